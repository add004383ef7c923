import { Box, Button, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { startSession } from '../auth/session';
import { rememberSignInLanguage } from '../i18n/signInLanguage';
import { codeErrorKey, EnrolmentForm, RecoveryCodes } from './EnrolmentForm';
import { EnrolmentOffer, GrantWithCodes, PendingStep, post, setPendingStep } from './signInStep';

/** The sign-in page after a right password: a code, or (when the role requires it) setting the app up first. */
export function SecondStep({ pending }: { pending: PendingStep }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [grant, setGrant] = useState<GrantWithCodes>();

  const enter = async (signedIn: GrantWithCodes) => {
    await rememberSignInLanguage(startSession(signedIn).language);
    setPendingStep(null);
    navigate('/');
  };
  const restart = () => setPendingStep(null);

  if (grant?.recoveryCodes) return <RecoveryCodes codes={grant.recoveryCodes} onDone={() => void enter(grant)} />;
  return (
    <Box sx={{ px: 2, pb: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="h6" component="h2">
        {translate(pending.step === 'second_factor' ? 'traject.totp.step_title' : 'traject.totp.enrol_title')}
      </Typography>
      {pending.step === 'second_factor' ? (
        <CodeStep challenge={pending.challenge} onSignedIn={(signedIn) => void enter(signedIn)} />
      ) : (
        <EnrolStep challenge={pending.challenge} onEnrolled={setGrant} />
      )}
      <Button size="small" onClick={restart}>
        {translate('traject.totp.back')}
      </Button>
    </Box>
  );
}

function CodeStep({ challenge, onSignedIn }: { challenge: string; onSignedIn: (grant: GrantWithCodes) => void }) {
  const translate = useTranslate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      onSignedIn(await post<GrantWithCodes>('/api/auth/login/second-factor', { challenge, code: code.trim() }));
    } catch (failure) {
      setError(codeErrorKey(failure));
    }
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography variant="body2">{translate('traject.totp.step_text')}</Typography>
      <TextField
        label={translate('traject.totp.code_or_recovery')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'one-time-code', maxLength: 24 } }}
        error={!!error}
        helperText={error && translate(error)}
        required
        autoFocus
      />
      <Button type="submit" variant="contained">
        {translate('traject.totp.verify')}
      </Button>
    </Box>
  );
}

function EnrolStep({ challenge, onEnrolled }: { challenge: string; onEnrolled: (grant: GrantWithCodes) => void }) {
  const translate = useTranslate();
  const [offer, setOffer] = useState<EnrolmentOffer>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    post<EnrolmentOffer>('/api/auth/login/enrolment', { challenge }).then(setOffer, (failure) =>
      setError(codeErrorKey(failure)),
    );
  }, [challenge]);
  const confirm = async (code: string) => {
    try {
      onEnrolled(await post<GrantWithCodes>('/api/auth/login/enrolment/confirm', { challenge, code }));
      return undefined;
    } catch (failure) {
      return codeErrorKey(failure);
    }
  };
  return (
    <>
      <Typography variant="body2">{translate('traject.totp.enrol_text')}</Typography>
      {error && <Typography color="error">{translate(error)}</Typography>}
      {offer && <EnrolmentForm offer={offer} confirm={confirm} />}
    </>
  );
}
