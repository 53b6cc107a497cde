/**
 * Second-factor enrolment, shown instead of the console to an administrator (系统/安全/审计管理员)
 * who has none yet: the server lets such a session do nothing else (等保 2.0: 双因素认证).
 */
import * as React from 'react';
import QRCode from 'qrcode';
import { Alert, Box, Button, CircularProgress, TextField, Typography } from '@mui/material';
import { confirmTotp, enrolTotp, logout } from '../data/auth';
import { ApiError } from '../data/transport';
import { plainTranslate } from '../i18n';
import { localizeServerMessage } from '../i18n/locale';
import { AuthShell, storedLocale, storeLocale } from './LoginScreen';

export function TotpEnrolment({ onDone, onSignOut }: { onDone: () => void; onSignOut: () => void }) {
  const [locale, setLocale] = React.useState<'zh' | 'en'>(storedLocale());
  const t = (k: string) => plainTranslate(locale, k);
  const [enrolment, setEnrolment] = React.useState<{ secret: string; qr: string } | null>(null);
  const [code, setCode] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const message = (e: unknown) => (e instanceof ApiError ? localizeServerMessage(e.message, locale) : String((e as Error)?.message ?? e));

  // A new secret each time the page opens: an earlier, unconfirmed one is simply replaced.
  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const { secret, uri } = await enrolTotp();
        const qr = await QRCode.toDataURL(uri, { margin: 1, width: 168, errorCorrectionLevel: 'M' });
        if (live) setEnrolment({ secret, qr });
      } catch (e) {
        if (live) setError(message(e));
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await confirmTotp(code.trim());
      onDone();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthShell
      locale={locale}
      onLocale={(l) => {
        setLocale(l);
        storeLocale(l);
      }}
      title={t('app.totp.title')}
      width={440}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('app.totp.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="totp-error">
          {error}
        </Alert>
      )}
      {!enrolment && !error && (
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
          <CircularProgress size={28} />
        </Box>
      )}
      {enrolment && (
        <form onSubmit={submit}>
          <Box sx={{ display: 'flex', justifyContent: 'center' }}>
            <img src={enrolment.qr} width={168} height={168} alt="otpauth QR" data-testid="totp-qr" />
          </Box>
          <TextField
            label={t('app.totp.secret')}
            value={enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            fullWidth
            margin="normal"
            slotProps={{
              htmlInput: { readOnly: true, 'data-testid': 'totp-secret', style: { fontFamily: 'monospace', letterSpacing: 1 } },
            }}
          />
          <TextField
            label={t('app.totp.code')}
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            fullWidth
            margin="normal"
            autoFocus
            required
            autoComplete="one-time-code"
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6, pattern: '\\d{6}' } }}
          />
          <Typography variant="caption" color="text.secondary">
            {t('app.totp.once')}
          </Typography>
          <Button
            type="submit"
            variant="contained"
            size="large"
            fullWidth
            sx={{ mt: 2, py: 1.2, fontSize: 16 }}
            disabled={busy || code.length !== 6}
            data-testid="totp-submit"
          >
            {busy ? <CircularProgress size={22} color="inherit" /> : t('app.totp.confirm')}
          </Button>
        </form>
      )}
      <Button
        fullWidth
        sx={{ mt: 1 }}
        onClick={async () => {
          await logout();
          onSignOut();
        }}
        data-testid="totp-signout"
      >
        {t('app.totp.cancel')}
      </Button>
    </AuthShell>
  );
}
