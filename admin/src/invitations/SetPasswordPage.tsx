import { Alert, Button, CardContent, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isLanguage, renderMessage } from '../../../api/src/domain';
import { PublicCard } from './PublicCard';
import { useLanguage } from '../i18n/useLanguage';

type Field = 'token' | 'password' | 'confirm';
interface ApiError {
  errors?: Record<string, string>;
  errorCodes?: Record<string, { code: string; params?: Record<string, unknown> }>;
}

/**
 * The page an invitation mail links to (`/#/set-password?token=…&lang=nl`, public, without the console's
 * layout): the person chooses their password under the rules, sees errors by field, then signs in. A "forgot
 * your password" mail links here too, with `&purpose=reset`: the same form, worded for a new password.
 */
export default function SetPasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const language = useLanguage();
  const [, setLocale] = useLocaleState();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lang = params.get('lang');
  const reset = params.get('purpose') === 'reset';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);

  // The invitation's language (the new user's own), else the one the console already shows.
  useEffect(() => {
    if (lang && isLanguage(lang)) setLocale(lang);
  }, [lang, setLocale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) return setErrors({ confirm: translate('traject.invitation.mismatch') });
    setSaving(true);
    try {
      const response = await fetch('/api/auth/set-password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ token, password }),
      });
      if (response.ok) {
        notify(reset ? 'traject.password_reset.done_new' : 'traject.invitation.done', {
          type: 'success',
          autoHideDuration: 10000,
        });
        navigate('/login');
        return;
      }
      const body = ((await response.json().catch(() => ({}))) ?? {}) as ApiError;
      const fields = Object.entries(body.errors ?? {}).map(([field, text]) => {
        const found = body.errorCodes?.[field];
        // A reset link that no longer exists: say how to get a new one, not to ask an admin.
        const coded =
          reset && found?.code === 'invitation.unknown' ? { ...found, code: 'password_reset.unknown' } : found;
        return [field, (coded && renderMessage(coded.code, coded.params, language)) || text];
      });
      setErrors(fields.length ? Object.fromEntries(fields) : { password: translate('traject.invitation.failed') });
    } catch {
      setErrors({ password: translate('traject.invitation.failed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <PublicCard>
      <CardContent component="form" onSubmit={submit} noValidate>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate(reset ? 'traject.password_reset.title_new' : 'traject.invitation.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate(reset ? 'traject.password_reset.intro_new' : 'traject.invitation.intro')}
        </Typography>
        {(!token || errors.token) && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {errors.token ?? translate('traject.invitation.no_token')}
          </Alert>
        )}
        <TextField
          id="set-password-password"
          label={translate('traject.invitation.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={!!errors.password}
          helperText={errors.password ?? translate('traject.invitation.rules')}
          fullWidth
          required
          margin="normal"
        />
        <TextField
          id="set-password-confirm"
          label={translate('traject.invitation.confirm')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={!!errors.confirm}
          helperText={errors.confirm ?? ' '}
          fullWidth
          required
          margin="normal"
        />
        <Button type="submit" variant="contained" fullWidth disabled={saving || !token} sx={{ mt: 2 }}>
          {translate(reset ? 'traject.password_reset.submit_new' : 'traject.invitation.submit')}
        </Button>
      </CardContent>
    </PublicCard>
  );
}
