/**
 * 接口密钥: the security administrator issues, lists, rotates and revokes the keys of third-party
 * apps. A new or rotated secret is shown once in a dialog with a copy button; the server keeps only
 * its hash, so it can never be shown again. It replaces the generated list of the ApiKey resource
 * (overrides/index.ts), so it sits in the menu where the resource does, for those who may read keys.
 */
import * as React from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';
import { KeyIntegrationDialog } from './KeyIntegration';

const KEY_FIELDS =
  'id name prefix scopes canWrite region { code name } expiresAt lastUsedAt requestsToday rateLimitPerMinute valid revokedAt trustedDocumentsOnly';

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  canWrite: boolean;
  region: { code: string; name: string } | null;
  expiresAt: string;
  lastUsedAt: string | null;
  requestsToday: number;
  rateLimitPerMinute: number;
  valid: boolean;
  revokedAt: string | null;
  trustedDocumentsOnly: boolean;
}

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  return d.toISOString().slice(0, 10);
}

/** The secret, once: copied with the clipboard API, or selected for copying by hand where that is not allowed (plain http). */
function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = React.useState(false);
  const field = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => setCopied(false), [secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
    } catch {
      field.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <Dialog open={!!secret} maxWidth="md" fullWidth data-testid="apikey-secret-dialog">
      <DialogTitle>{translate('app.apikeys.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.apikeys.secret_once')}
        </Alert>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            inputRef={field}
            value={secret ?? ''}
            fullWidth
            size="small"
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'apikey-secret', style: { fontFamily: 'monospace' } } }}
            onFocus={(e) => e.target.select()}
          />
          <Button variant="outlined" onClick={copy} data-testid="apikey-copy">
            {copied ? translate('app.apikeys.copied') : translate('app.apikeys.copy')}
          </Button>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="apikey-secret-close">
          {translate('app.apikeys.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function IssueDialog({
  open,
  scopes,
  onClose,
  onIssued,
}: {
  open: boolean;
  scopes: string[];
  onClose: () => void;
  onIssued: (secret: string) => void;
}) {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const [name, setName] = React.useState('');
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [regionCode, setRegionCode] = React.useState('');
  const [expires, setExpires] = React.useState(inDays(90));
  const [rate, setRate] = React.useState('');
  const [canWrite, setCanWrite] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const input: Record<string, unknown> = {
        name,
        scopes: chosen,
        expiresAt: new Date(`${expires}T23:59:59+08:00`).toISOString(),
        canWrite,
      };
      if (regionCode.trim()) input.regionCode = regionCode.trim();
      if (rate.trim()) input.rateLimitPerMinute = Number(rate);
      const data = await dp.query<{ issueApiKey: { key: string } }>(
        `mutation IssueApiKey($input: CreateApiKeyInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
        { input },
      );
      setName('');
      setChosen([]);
      onIssued(data.issueApiKey.key);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="apikey-issue-dialog">
      <DialogTitle>{translate('app.apikeys.issue')}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="apikey-issue-error">
            {error}
          </Alert>
        )}
        <TextField
          label={translate('app.apikeys.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          fullWidth
          size="small"
          sx={{ mt: 1, mb: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'apikey-name' } }}
        />
        <FormLabel>{translate('app.apikeys.scopes')}</FormLabel>
        <FormGroup row sx={{ mb: 2 }}>
          {scopes.map((s) => (
            <FormControlLabel
              key={s}
              label={s}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.includes(s)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, s] : chosen.filter((x) => x !== s))}
                  slotProps={{ input: { 'data-testid': `apikey-scope-${s}` } as never }}
                />
              }
            />
          ))}
        </FormGroup>
        <TextField
          label={translate('app.apikeys.region')}
          value={regionCode}
          onChange={(e) => setRegionCode(e.target.value)}
          fullWidth
          size="small"
          sx={{ mb: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'apikey-region' } }}
        />
        <Box sx={{ display: 'flex', gap: 2 }}>
          <TextField
            type="date"
            label={translate('app.apikeys.expires')}
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
            size="small"
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'apikey-expires' } }}
          />
          <TextField
            type="number"
            label={translate('app.apikeys.rate')}
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            size="small"
          />
        </Box>
        <FormControlLabel
          sx={{ mt: 1 }}
          label={translate('app.apikeys.write')}
          control={<Checkbox size="small" checked={canWrite} onChange={(e) => setCanWrite(e.target.checked)} />}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.apikeys.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={busy} data-testid="apikey-submit">
          {translate('app.apikeys.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function ApiKeysPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useDataProvider<AppDataProvider>();
  const [rows, setRows] = React.useState<KeyRow[] | null>(null);
  const [scopes, setScopes] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [issuing, setIssuing] = React.useState(false);
  const [secret, setSecret] = React.useState<string | null>(null);
  const [integrating, setIntegrating] = React.useState<KeyRow | null>(null);
  const load = React.useCallback(async () => {
    try {
      const data = await dp.query<{ apiKeys: { nodes: KeyRow[] } }>(
        `query ApiKeys { apiKeys(first: 500, orderBy: [{ field: createdAt, direction: DESC }]) { nodes { ${KEY_FIELDS} } } }`,
      );
      setRows(data.apiKeys.nodes);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [dp]);
  React.useEffect(() => {
    load();
    dp.query<{ apiKeyScopes: string[] }>(`query ApiKeyScopes { apiKeyScopes }`)
      .then((d) => setScopes(d.apiKeyScopes))
      .catch(() => setScopes([]));
  }, [dp, load]);
  const time = (v: string | null) =>
    v ? new Date(v).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : translate('app.apikeys.never');
  const act = async (row: KeyRow, action: 'rotate' | 'revoke') => {
    if (!window.confirm(translate(`app.apikeys.confirm_${action}`, { name: row.name }))) return;
    try {
      if (action === 'rotate') {
        const data = await dp.query<{ rotateApiKey: { key: string } }>(
          `mutation RotateApiKey($id: ID!) { rotateApiKey(id: $id) { key } }`,
          { id: row.id },
        );
        setSecret(data.rotateApiKey.key);
      } else {
        await dp.query(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: row.id });
      }
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const state = (r: KeyRow) =>
    r.revokedAt ? translate('app.apikeys.revoked') : r.valid ? translate('app.apikeys.valid') : translate('app.apikeys.expired');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.apikeys.title')} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" sx={{ fontWeight: 600, flex: 1 }}>
              {translate('app.apikeys.title')}
            </Typography>
            <Button variant="contained" onClick={() => setIssuing(true)} data-testid="apikey-issue">
              {translate('app.apikeys.issue')}
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.apikeys.intro')}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="apikey-error">
              {error}
            </Alert>
          )}
          {!rows && !error && <CircularProgress size={24} />}
          {rows && rows.length === 0 && <Typography color="text.secondary">{translate('app.apikeys.empty')}</Typography>}
          {rows && rows.length > 0 && (
            <Table size="small" data-testid="apikey-table">
              <TableHead>
                <TableRow sx={{ '& th': { fontWeight: 600, bgcolor: '#f3f6fa' } }}>
                  <TableCell>{translate('app.apikeys.name')}</TableCell>
                  <TableCell>{translate('app.apikeys.prefix')}</TableCell>
                  <TableCell>{translate('app.apikeys.scopes')}</TableCell>
                  <TableCell>{translate('app.apikeys.jurisdiction')}</TableCell>
                  <TableCell>{translate('app.apikeys.expires')}</TableCell>
                  <TableCell>{translate('app.apikeys.last_used')}</TableCell>
                  <TableCell align="right">{translate('app.apikeys.today')}</TableCell>
                  <TableCell>{translate('app.apikeys.state')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id} data-testid={`apikey-row-${r.prefix}`}>
                    <TableCell>{r.name}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{r.prefix}…</TableCell>
                    <TableCell>
                      {r.scopes.join(', ')}
                      {r.canWrite ? `（${translate('app.apikeys.write')}）` : ''}
                    </TableCell>
                    <TableCell>{r.region ? `${r.region.name}（${r.region.code}）` : translate('app.apikeys.whole_country')}</TableCell>
                    <TableCell>{time(r.expiresAt)}</TableCell>
                    <TableCell>{time(r.lastUsedAt)}</TableCell>
                    <TableCell align="right" title={`${translate('app.apikeys.rate')}: ${r.rateLimitPerMinute}`}>
                      {r.requestsToday}
                    </TableCell>
                    <TableCell>
                      <Chip size="small" label={state(r)} color={r.valid ? 'success' : 'default'} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {r.valid && (
                        <Button size="small" onClick={() => setIntegrating(r)} data-testid={`apikey-integration-${r.prefix}`}>
                          {translate('app.apikeys.integration')}
                        </Button>
                      )}
                      {r.valid && (
                        <Button size="small" onClick={() => act(r, 'rotate')} data-testid={`apikey-rotate-${r.prefix}`}>
                          {translate('app.apikeys.rotate')}
                        </Button>
                      )}
                      {!r.revokedAt && (
                        <Button size="small" color="error" onClick={() => act(r, 'revoke')} data-testid={`apikey-revoke-${r.prefix}`}>
                          {translate('app.apikeys.revoke')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <IssueDialog
        open={issuing}
        scopes={scopes}
        onClose={() => setIssuing(false)}
        onIssued={(s) => {
          setIssuing(false);
          setSecret(s);
          load();
        }}
      />
      <KeyIntegrationDialog apiKey={integrating} onClose={() => setIntegrating(null)} onSecret={setSecret} onChanged={load} />
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </Box>
  );
}
