/** Sign-in page, shown before the console (and its schema) loads. */
import * as React from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import { login } from '../data/auth';
import { ApiError } from '../data/transport';
import { plainTranslate } from '../i18n';
import { localizeServerMessage } from '../i18n/locale';
import { ACCENT, PRIMARY } from '../theme';

export function storedLocale(): 'zh' | 'en' {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"zh"') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function storeLocale(l: 'zh' | 'en'): void {
  localStorage.setItem('RaStore.locale', JSON.stringify(l));
}

export function Emblem({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden>
      <circle cx="24" cy="24" r="22" fill={ACCENT} stroke="#f6c343" strokeWidth="2" />
      <path d="M24 9 l3.5 10.5 h11 l-9 6.6 3.4 10.6 -8.9-6.5 -8.9 6.5 3.4-10.6 -9-6.6 h11z" fill="#f6c343" />
    </svg>
  );
}

export function LoginScreen({ onLogin }: { onLogin: () => void }) {
  const [locale, setLocale] = React.useState<'zh' | 'en'>(storedLocale());
  const t = (k: string) => plainTranslate(locale, k);
  const [username, setUsername] = React.useState('');
  const [password, setPassword] = React.useState('');
  const [totp, setTotp] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const switchLocale = (l: 'zh' | 'en') => {
    setLocale(l);
    storeLocale(l);
  };
  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password, totp.trim() || undefined);
      onLogin();
    } catch (e) {
      const msg =
        e instanceof ApiError
          ? e.message.startsWith('app.')
            ? t(e.message)
            : localizeServerMessage(e.message, locale)
          : t('app.login.failed');
      setError(msg);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthShell locale={locale} onLocale={switchLocale} title={t('app.login.title')}>
      <form onSubmit={submit}>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="login-error">
            {error}
          </Alert>
        )}
        <TextField
          label={t('app.login.username')}
          name="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          fullWidth
          margin="normal"
          autoFocus
          autoComplete="username"
          required
        />
        <TextField
          label={t('app.login.password')}
          name="password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          fullWidth
          margin="normal"
          autoComplete="current-password"
          required
        />
        <TextField
          label={t('app.login.totp')}
          name="totp"
          value={totp}
          onChange={(e) => setTotp(e.target.value)}
          fullWidth
          margin="normal"
          autoComplete="one-time-code"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 8 } }}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          sx={{ mt: 3, py: 1.2, fontSize: 16 }}
          disabled={busy}
          data-testid="login-submit"
        >
          {busy ? <CircularProgress size={22} color="inherit" /> : t('app.login.submit')}
        </Button>
      </form>
    </AuthShell>
  );
}

/** The frame of the pages shown before the console opens: sign-in and second-factor enrolment. */
export function AuthShell({
  locale,
  onLocale,
  title,
  width = 380,
  children,
}: {
  locale: 'zh' | 'en';
  onLocale: (l: 'zh' | 'en') => void;
  title: string;
  width?: number;
  children: React.ReactNode;
}) {
  const t = (k: string) => plainTranslate(locale, k);
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `linear-gradient(160deg, ${PRIMARY} 0%, #0f2d57 55%, #3a0d0d 100%)`,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 4, py: 2, color: '#fff' }}>
        <Emblem />
        <Box>
          <Typography variant="h6" sx={{ fontWeight: 700, letterSpacing: 2 }}>
            {t('app.title')}
          </Typography>
          <Typography variant="caption" sx={{ opacity: 0.8 }}>
            Rural Revitalization Assistance Administration
          </Typography>
        </Box>
        <Box sx={{ flex: 1 }} />
        <Link component="button" onClick={() => onLocale(locale === 'zh' ? 'en' : 'zh')} sx={{ color: '#fff' }} data-testid="login-locale">
          {locale === 'zh' ? 'English' : '简体中文'}
        </Link>
      </Box>
      <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
        <Card sx={{ width, borderRadius: 2 }}>
          <Box sx={{ height: 4, bgcolor: ACCENT }} />
          <CardContent sx={{ p: 4 }}>
            <Typography variant="h5" align="center" sx={{ fontWeight: 700, mb: 3, color: PRIMARY }}>
              {title}
            </Typography>
            {children}
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 3, textAlign: 'center' }}>
              {t('app.login.intranet')}
            </Typography>
          </CardContent>
        </Card>
      </Box>
      <Typography variant="caption" align="center" sx={{ color: 'rgba(255,255,255,0.6)', pb: 2 }}>
        © 乡村振兴帮扶管理系统
      </Typography>
    </Box>
  );
}
