import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { EnrolmentOffer } from './signInStep';

/**
 * The QR code to scan (and the key for those who cannot), then the first code the app shows.
 * `confirm` answers an error key to show, or nothing when the code was taken.
 */
export function EnrolmentForm({
  offer,
  confirm,
}: {
  offer: EnrolmentOffer;
  confirm: (code: string) => Promise<string | undefined>;
}) {
  const translate = useTranslate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await confirm(code.trim()));
    setBusy(false);
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 1, maxWidth: 360 }}>
      <Typography variant="body2">{translate('traject.totp.scan')}</Typography>
      <Box
        component="img"
        src={offer.qrCode}
        alt={translate('traject.totp.qr_alt')}
        data-otpauth={offer.otpauthUrl}
        sx={{ width: 200, height: 200, alignSelf: 'center' }}
      />
      <Typography variant="caption" color="text.secondary">
        {translate('traject.totp.manual')} <code>{offer.secret.match(/.{1,4}/g)?.join(' ')}</code>
      </Typography>
      <TextField
        label={translate('traject.totp.code')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7 } }}
        error={!!error}
        helperText={error ? translate(error) : translate('traject.totp.code_hint')}
        required
        autoFocus
      />
      <Button type="submit" variant="contained" disabled={busy}>
        {translate('traject.totp.confirm')}
      </Button>
    </Box>
  );
}

/** The ten recovery codes, shown once. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const translate = useTranslate();
  return (
    <Box
      component="section"
      aria-labelledby="recovery-title"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1, maxWidth: 360 }}
    >
      <Typography id="recovery-title" variant="h6" component="h2">
        {translate('traject.totp.recovery_title')}
      </Typography>
      <Typography variant="body2">{translate('traject.totp.recovery_text')}</Typography>
      <Box
        component="ul"
        aria-label={translate('traject.totp.recovery_title')}
        sx={{ fontFamily: 'monospace', columns: 2, pl: 3, my: 1 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Button variant="contained" onClick={onDone}>
        {translate('traject.totp.recovery_done')}
      </Button>
    </Box>
  );
}

/** The key of the message for an API refusal of a code. */
export function codeErrorKey(error: unknown): string {
  const { status, code } = error as { status?: number; code?: string };
  if (status === 429) return 'traject.auth.throttled';
  if (code === 'auth.challenge_expired') return 'traject.totp.errors.challenge_expired';
  if (status === 401 || status === 400) return 'traject.totp.errors.wrong_code';
  return 'ra.notification.http_error';
}
