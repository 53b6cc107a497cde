import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Box, CircularProgress, CssBaseline, ThemeProvider, Typography, Alert, Button, createTheme } from '@mui/material';
import { App } from './App';
import { LoginScreen } from './pages/LoginScreen';
import { TotpEnrolment } from './pages/TotpEnrolment';
import { fetchMe, CurrentUser } from './data/auth';
import { errorMessage } from './data/errors';
import { loadModel } from './schema/load';
import { readableEntities } from './data/access';
import type { SchemaModel } from './schema/model';
import { theme } from './theme';
import './styles.css';

const muiTheme = createTheme(theme);

type State =
  | { phase: 'loading' }
  | { phase: 'login' }
  | { phase: 'enrol' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; model: SchemaModel; user: CurrentUser | null; readable: Set<string> };

/**
 * Sign in first (introspection needs a signed-in user), then read the schema and generate the
 * console from it, for the entities this user may read.
 */
function Root() {
  const [state, setState] = React.useState<State>({ phase: 'loading' });
  const boot = React.useCallback(async () => {
    setState({ phase: 'loading' });
    try {
      const user = await fetchMe();
      if (!user) {
        setState({ phase: 'login' });
        return;
      }
      if (user.secondFactorEnrolmentRequired) {
        setState({ phase: 'enrol' });
        return;
      }
      const { model } = await loadModel();
      const readable = await readableEntities(model);
      setState({ phase: 'ready', model, user, readable });
    } catch (e) {
      setState({ phase: 'error', message: errorMessage(e) });
    }
  }, []);
  React.useEffect(() => {
    boot();
  }, [boot]);
  if (state.phase === 'ready') return <App model={state.model} user={state.user} readable={state.readable} />;
  return (
    <ThemeProvider theme={muiTheme}>
      <CssBaseline />
      {state.phase === 'login' && <LoginScreen onLogin={boot} />}
      {state.phase === 'enrol' && <TotpEnrolment onDone={boot} onSignOut={() => setState({ phase: 'login' })} />}
      {state.phase === 'loading' && (
        <Box sx={{ height: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2 }}>
          <CircularProgress size={28} />
          <Typography color="text.secondary">乡村振兴帮扶管理系统 · 加载中…</Typography>
        </Box>
      )}
      {state.phase === 'error' && (
        <Box sx={{ maxWidth: 560, mx: 'auto', mt: 12 }}>
          <Alert severity="error" action={<Button onClick={boot}>重试</Button>}>
            无法连接服务器（Cannot reach the server）：{state.message}
          </Alert>
        </Box>
      )}
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Root />);
