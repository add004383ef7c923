import { Alert, Box, Button, CardContent, Link, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { renderMessage } from '../../../api/src/domain';
import { PublicCard } from './PublicCard';
import { useLanguage } from '../i18n/useLanguage';

interface ApiError {
  code?: string;
  params?: Record<string, unknown>;
  message?: string;
  errors?: Record<string, string>;
  errorCodes?: Record<string, { code: string; params?: Record<string, unknown> }>;
}

/**
 * "Forgot your password?" (`/#/forgot-password`, public, linked from the sign-in screen): the person types their
 * e-mail; the page then says the same thing whatever happened (the API does not tell whether a mail left), in a
 * live region that takes the focus. A mistyped address (400) and too many requests (429) are said as the API says.
 */
export default function ForgotPasswordPage() {
  const translate = useTranslate();
  const language = useLanguage();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setRefusal(null);
    setSending(true);
    try {
      const response = await fetch('/api/auth/forgot-password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ email: email.trim() }),
      });
      if (response.ok) {
        setSentTo(email.trim());
        return;
      }
      const body = ((await response.json().catch(() => ({}))) ?? {}) as ApiError;
      const coded = body.errorCodes?.email;
      if (body.errors?.email)
        setFieldError((coded && renderMessage(coded.code, coded.params, language)) || body.errors.email);
      else
        setRefusal(
          (body.code && renderMessage(body.code, body.params, language)) ||
            body.message ||
            translate('traject.password_reset.failed'),
        );
    } catch {
      setRefusal(translate('traject.password_reset.failed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <PublicCard>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('traject.password_reset.title')}
        </Typography>
        {/* Present from the start, so that screen readers announce what is written into it. */}
        <Box role="status" ref={confirmation} tabIndex={-1} sx={{ outline: 'none' }}>
          {sentTo && (
            <>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('traject.password_reset.sent_title')}
              </Typography>
              <Typography variant="body2">{translate('traject.password_reset.sent', { email: sentTo })}</Typography>
            </>
          )}
        </Box>
        {!sentTo && (
          <Box component="form" onSubmit={submit} noValidate>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('traject.password_reset.intro')}
            </Typography>
            {refusal && (
              <Alert severity="error" role="alert" sx={{ my: 1 }}>
                {refusal}
              </Alert>
            )}
            <TextField
              id="forgot-password-email"
              label={translate('traject.password_reset.email')}
              type="email"
              autoComplete="email"
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={!!fieldError}
              helperText={fieldError ?? ' '}
              fullWidth
              required
              margin="normal"
            />
            <Button type="submit" variant="contained" fullWidth disabled={sending || !email.trim()} sx={{ mt: 1 }}>
              {translate('traject.password_reset.submit')}
            </Button>
          </Box>
        )}
        <Box sx={{ mt: 2, textAlign: 'center' }}>
          <Link component={RouterLink} to="/login" variant="body2">
            {translate('traject.password_reset.back')}
          </Link>
        </Box>
      </CardContent>
    </PublicCard>
  );
}
