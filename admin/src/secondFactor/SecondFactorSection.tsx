import { Box, Button, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import { sessionToken } from '../auth/session';
import { codeErrorKey, EnrolmentForm, RecoveryCodes } from './EnrolmentForm';
import { EnrolmentOffer, post } from './signInStep';
import { formatDay } from '../../../api/src/domain';

interface Status {
  enabled: boolean;
  required: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

/** The profile's two-step sign-in: set it up (QR code, first code, recovery codes), switch it off, new codes. */
export function SecondFactorSection() {
  const translate = useTranslate();
  const _locale = useLocale(); // re-renders on a language switch
  const notify = useNotify();
  const [status, setStatus] = useState<Status>();
  const [offer, setOffer] = useState<EnrolmentOffer>();
  const [codes, setCodes] = useState<string[]>();
  const [proving, setProving] = useState<'disable' | 'recovery-codes'>();

  const reload = useCallback(() => {
    httpClient('/api/auth/second-factor').then(
      ({ json }) => setStatus(json as Status),
      () => notify('ra.notification.http_error', { type: 'error' }),
    );
  }, [notify]);
  useEffect(reload, [reload]);

  const begin = async () =>
    setOffer((await httpClient('/api/auth/second-factor/enrolment', { method: 'POST' })).json as EnrolmentOffer);
  const confirm = async (code: string) => {
    try {
      const { recoveryCodes } = await post<{ recoveryCodes: string[] }>(
        '/api/auth/second-factor/enrolment/confirm',
        { code },
        sessionToken() ?? undefined,
      );
      setOffer(undefined);
      setCodes(recoveryCodes);
      notify('traject.totp.enabled', { type: 'success' });
      return undefined;
    } catch (failure) {
      return codeErrorKey(failure);
    }
  };
  const proven = (recoveryCodes?: string[]) => {
    setProving(undefined);
    if (recoveryCodes) setCodes(recoveryCodes);
    else notify('traject.totp.switched_off', { type: 'info' });
    reload();
  };

  if (!status) return null;
  return (
    <Box
      component="section"
      aria-labelledby="totp-title"
      sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-start' }}
    >
      <Typography id="totp-title" variant="h6" component="h2">
        {translate('traject.totp.title')}
      </Typography>
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => (setCodes(undefined), reload())} />
      ) : offer ? (
        <EnrolmentForm offer={offer} confirm={confirm} />
      ) : status.enabled ? (
        <>
          <Typography variant="body2">
            {translate('traject.totp.on', {
              date: formatDay(status.enabledAt!),
              smart_count: status.recoveryCodesLeft,
            })}
          </Typography>
          {status.required && (
            <Typography variant="body2" color="text.secondary">
              {translate('traject.totp.required')}
            </Typography>
          )}
          {proving ? (
            <ProveItIsMe action={proving} onDone={proven} onCancel={() => setProving(undefined)} />
          ) : (
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button onClick={() => setProving('recovery-codes')}>{translate('traject.totp.new_codes')}</Button>
              {!status.required && (
                <Button color="error" onClick={() => setProving('disable')}>
                  {translate('traject.totp.switch_off')}
                </Button>
              )}
            </Box>
          )}
        </>
      ) : (
        <>
          <Typography variant="body2">{translate('traject.totp.off')}</Typography>
          <Button variant="outlined" onClick={begin}>
            {translate('traject.totp.set_up')}
          </Button>
        </>
      )}
    </Box>
  );
}

/** Password and a code, before switching off or replacing the recovery codes. */
function ProveItIsMe({
  action,
  onDone,
  onCancel,
}: {
  action: 'disable' | 'recovery-codes';
  onDone: (codes?: string[]) => void;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const answer = await post<{ recoveryCodes: string[] } | undefined>(
        `/api/auth/second-factor/${action}`,
        { password, code: code.trim() },
        sessionToken() ?? undefined,
      );
      onDone(answer?.recoveryCodes);
    } catch (failure) {
      const fields = (failure as { errors?: Record<string, string> }).errors ?? {};
      setErrors({
        ...(fields.password && { password: 'traject.totp.wrong_password' }),
        ...((fields.code || !fields.password) && { code: codeErrorKey(failure) }),
      });
    }
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 320 }}>
      <TextField
        type="password"
        label={translate('traject.profile.current_password')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={!!errors.password}
        helperText={errors.password && translate(errors.password)}
        autoComplete="current-password"
        required
      />
      <TextField
        label={translate('traject.totp.code_or_recovery')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={!!errors.code}
        helperText={errors.code && translate(errors.code)}
        slotProps={{ htmlInput: { autoComplete: 'one-time-code' } }}
        required
      />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" color={action === 'disable' ? 'error' : 'primary'}>
          {translate(action === 'disable' ? 'traject.totp.switch_off' : 'traject.totp.new_codes')}
        </Button>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
      </Box>
    </Box>
  );
}
