/**
 * What an API key's app is told and may run, opened from a row of 接口密钥: its webhooks (事件推送:
 * subscribe a URL, the signing secret shown once, pause, resume, delete, the delivery log with a
 * redeliver button) and its trusted documents (登记的查询: register the app's operations, require
 * them). Everything goes through the same GraphQL mutations an integrator can call.
 */
import * as React from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';

export interface IntegrationKey {
  id: string;
  name: string;
  scopes: string[];
  region: { code: string; name: string } | null;
  trustedDocumentsOnly: boolean;
}

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  regionCode: string | null;
  status: 'ACTIVE' | 'PAUSED';
  pausedReason: string | null;
  consecutiveFailures: number;
  lastDeliveredAt: string | null;
  recentDeliveries: Delivery[];
}

interface Delivery {
  id: string;
  eventType: string;
  at: string;
  attempt: number;
  succeeded: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  redelivery: boolean;
}

interface TrustedDocument {
  id: string;
  operationName: string | null;
  sha256Hash: string;
  lastUsedAt: string | null;
}

const SUBSCRIPTION_FIELDS =
  'id url eventTypes regionCode status pausedReason consecutiveFailures lastDeliveredAt recentDeliveries(first: 10) { id eventType at attempt succeeded statusCode latencyMs error redelivery }';

function useTime() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (v: string | null) =>
    v ? new Date(v).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : translate('app.apikeys.never');
}

function DeliveryLog({ rows, onRedeliver }: { rows: Delivery[]; onRedeliver: (id: string) => void }) {
  const translate = useTranslate();
  const time = useTime();
  if (!rows.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.webhooks.no_deliveries')}
      </Typography>
    );
  return (
    <Table size="small" data-testid="webhook-deliveries">
      <TableHead>
        <TableRow sx={{ '& th': { fontWeight: 600 } }}>
          <TableCell>{translate('app.webhooks.at')}</TableCell>
          <TableCell>{translate('app.webhooks.event')}</TableCell>
          <TableCell>{translate('app.webhooks.result')}</TableCell>
          <TableCell align="right">{translate('app.webhooks.latency')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((d) => (
          <TableRow key={d.id}>
            <TableCell>{time(d.at)}</TableCell>
            <TableCell>
              {d.eventType}
              {d.attempt > 1 ? ` (#${d.attempt})` : ''}
              {d.redelivery ? ` · ${translate('app.webhooks.redelivered')}` : ''}
            </TableCell>
            <TableCell>
              <Chip size="small" color={d.succeeded ? 'success' : 'error'} label={d.statusCode ?? translate('app.webhooks.no_answer')} />
              {d.error && (
                <Typography component="span" variant="caption" sx={{ ml: 1 }}>
                  {d.error}
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">{d.latencyMs} ms</TableCell>
            <TableCell>
              <Button size="small" onClick={() => onRedeliver(d.id)} data-testid="webhook-redeliver">
                {translate('app.webhooks.redeliver')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Webhooks({ apiKey, onSecret }: { apiKey: IntegrationKey; onSecret: (secret: string) => void }) {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const [subs, setSubs] = React.useState<Subscription[]>([]);
  const [types, setTypes] = React.useState<string[]>([]);
  const [url, setUrl] = React.useState('');
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const load = React.useCallback(async () => {
    const data = await dp.query<{ webhookSubscriptions: Subscription[] }>(
      `query KeyWebhooks($id: ID) { webhookSubscriptions(apiKeyId: $id) { ${SUBSCRIPTION_FIELDS} } }`,
      { id: apiKey.id },
    );
    setSubs(data.webhookSubscriptions);
  }, [dp, apiKey.id]);
  React.useEffect(() => {
    load().catch((e) => setError(errorMessage(e)));
    dp.query<{ webhookEventTypes: string[] }>('query WebhookEventTypes { webhookEventTypes }')
      .then((d) => setTypes(d.webhookEventTypes.map((t) => `${t.split('.')[0]}.*`).filter((t, i, all) => all.indexOf(t) === i)))
      .catch(() => setTypes([]));
  }, [dp, load]);
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const subscribe = () =>
    run(async () => {
      const data = await dp.query<{ createWebhookSubscription: { secret: string } }>(
        `mutation Subscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
        { input: { apiKeyId: apiKey.id, url: url.trim(), eventTypes: chosen } },
      );
      setUrl('');
      setChosen([]);
      onSecret(data.createWebhookSubscription.secret);
    });
  const act = (sub: Subscription, mutation: 'pauseWebhookSubscription' | 'resumeWebhookSubscription' | 'deleteWebhookSubscription') =>
    run(async () => {
      await dp.query(`mutation ChangeWebhook($id: ID!) { ${mutation}(id: $id) { id } }`, { id: sub.id });
    });
  const redeliver = (id: string) =>
    run(async () => {
      await dp.query('mutation Redeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }', { id });
    });
  return (
    <Box data-testid="webhooks">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('app.webhooks.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.webhooks.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="webhook-error">
          {error}
        </Alert>
      )}
      {subs.map((sub) => (
        <Box key={sub.id} sx={{ border: '1px solid #e0e6ee', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid="webhook-subscription">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography sx={{ fontFamily: 'monospace', flex: 1, wordBreak: 'break-all' }}>{sub.url}</Typography>
            <Chip
              size="small"
              label={translate(`app.webhooks.status_${sub.status}`)}
              color={sub.status === 'ACTIVE' ? 'success' : 'warning'}
              data-testid="webhook-status"
            />
            {sub.status === 'ACTIVE' ? (
              <Button size="small" onClick={() => act(sub, 'pauseWebhookSubscription')}>
                {translate('app.webhooks.pause')}
              </Button>
            ) : (
              <Button size="small" onClick={() => act(sub, 'resumeWebhookSubscription')} data-testid="webhook-resume">
                {translate('app.webhooks.resume')}
              </Button>
            )}
            <Button size="small" color="error" onClick={() => act(sub, 'deleteWebhookSubscription')}>
              {translate('app.webhooks.delete')}
            </Button>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {sub.eventTypes.join(', ')}
            {sub.regionCode ? ` · ${sub.regionCode}` : ''}
          </Typography>
          {sub.pausedReason && (
            <Alert severity="warning" sx={{ my: 1 }}>
              {sub.pausedReason}
            </Alert>
          )}
          <DeliveryLog rows={sub.recentDeliveries} onRedeliver={redeliver} />
        </Box>
      ))}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <TextField
          size="small"
          label={translate('app.webhooks.url')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'webhook-url' } }}
        />
        <Box sx={{ display: 'flex', flexWrap: 'wrap' }}>
          {types.map((t) => (
            <FormControlLabel
              key={t}
              label={t}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.includes(t)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, t] : chosen.filter((x) => x !== t))}
                />
              }
            />
          ))}
        </Box>
        <Box>
          <Button variant="outlined" onClick={subscribe} disabled={!url.trim() || !chosen.length} data-testid="webhook-subscribe">
            {translate('app.webhooks.subscribe')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}

function TrustedDocuments({ apiKey, onChanged }: { apiKey: IntegrationKey; onChanged: () => void }) {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const time = useTime();
  const [docs, setDocs] = React.useState<TrustedDocument[]>([]);
  const [only, setOnly] = React.useState(apiKey.trustedDocumentsOnly);
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const load = React.useCallback(async () => {
    const data = await dp.query<{ trustedDocuments: TrustedDocument[] }>(
      'query KeyDocuments($id: ID!) { trustedDocuments(apiKeyId: $id) { id operationName sha256Hash lastUsedAt } }',
      { id: apiKey.id },
    );
    setDocs(data.trustedDocuments);
  }, [dp, apiKey.id]);
  React.useEffect(() => {
    load().catch((e) => setError(errorMessage(e)));
  }, [load]);
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await load();
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  // One operation per block, blocks separated by a blank line: what a persisted-query manifest lists.
  const register = () =>
    run(async () => {
      const documents = text
        .split(/\n\s*\n/)
        .map((d) => d.trim())
        .filter(Boolean);
      await dp.query(
        'mutation RegisterDocuments($id: ID!, $docs: [String!]!) { registerTrustedDocuments(apiKeyId: $id, documents: $docs) { id } }',
        { id: apiKey.id, docs: documents },
      );
      setText('');
    });
  const toggle = (required: boolean) =>
    run(async () => {
      await dp.query(
        'mutation RequireDocuments($id: ID!, $required: Boolean!) { setApiKeyTrustedDocumentsOnly(apiKeyId: $id, required: $required) { id } }',
        { id: apiKey.id, required },
      );
      setOnly(required);
    });
  const remove = (id: string) =>
    run(async () => {
      await dp.query('mutation RemoveDocument($id: ID!) { removeTrustedDocument(id: $id) }', { id });
    });
  return (
    <Box data-testid="trusted-documents">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('app.webhooks.documents_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.webhooks.documents_intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <FormControlLabel
        control={<Switch checked={only} onChange={(e) => toggle(e.target.checked)} />}
        label={translate('app.webhooks.documents_only')}
      />
      {docs.length > 0 && (
        <Table size="small">
          <TableBody>
            {docs.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{d.operationName ?? translate('app.webhooks.anonymous')}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{d.sha256Hash.slice(0, 16)}…</TableCell>
                <TableCell>{time(d.lastUsedAt)}</TableCell>
                <TableCell>
                  <Button size="small" color="error" onClick={() => remove(d.id)}>
                    {translate('app.webhooks.delete')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <TextField
        multiline
        minRows={3}
        fullWidth
        size="small"
        sx={{ mt: 1 }}
        label={translate('app.webhooks.documents_paste')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
      />
      <Button sx={{ mt: 1 }} variant="outlined" onClick={register} disabled={!text.trim()}>
        {translate('app.webhooks.documents_register')}
      </Button>
    </Box>
  );
}

export function KeyIntegrationDialog({
  apiKey,
  onClose,
  onSecret,
  onChanged,
}: {
  apiKey: IntegrationKey | null;
  onClose: () => void;
  onSecret: (secret: string) => void;
  onChanged: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={!!apiKey} onClose={onClose} maxWidth="md" fullWidth data-testid="key-integration-dialog">
      <DialogTitle>{apiKey ? translate('app.webhooks.dialog_title', { name: apiKey.name }) : ''}</DialogTitle>
      <DialogContent>
        {apiKey && (
          <>
            <Webhooks apiKey={apiKey} onSecret={onSecret} />
            <Divider sx={{ my: 2 }} />
            <TrustedDocuments apiKey={apiKey} onChanged={onChanged} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.apikeys.close_dialog')}</Button>
      </DialogActions>
    </Dialog>
  );
}
