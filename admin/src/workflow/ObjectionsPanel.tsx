/**
 * Publicity (公示) and objections (异议) of any record whose type has `publicity` and `objections`
 * (the server adds them to every workflow that declares a publicity): the period and the publishing
 * body, each objection with its state, a button to record one (holders of `publicity.object` while
 * the record is in publicity) and, where the server says `canResolve`, buttons to uphold or dismiss
 * it with a reason. The objector's name and contact come masked unless the caller decides objections.
 */
import * as React from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { EntityModel } from '../schema/model';
import { useCurrentUser } from '../schema/ModelContext';
import type { AppDataProvider } from '../data/dataProvider';
import { formatDateTime } from '../format/values';
import { errorMessage } from '../data/errors';
import type { Objection } from '../generated/schema';

const RECORD = `mutation($i: RecordObjectionInput!) { recordObjection(input: $i) { id } }`;
const RESOLVE = `mutation($id: ID!, $d: ObjectionDecision!, $r: String!, $v: Int!) { resolveObjection(id: $id, decision: $d, reason: $r, expectedVersion: $v) { id } }`;

type Dialogue = { kind: 'record' } | { kind: 'resolve'; objection: Objection; decision: 'UPHOLD' | 'DISMISS' };

export function hasPublicity(e: EntityModel): boolean {
  return e.fieldMap.get('objections')?.kind === 'valueList' && e.fieldMap.has('publicity');
}

export function ObjectionsCard({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const user = useCurrentUser();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = React.useState<Dialogue | null>(null);
  const [form, setForm] = React.useState({ content: '', objectorName: '', objectorContact: '', reason: '' });
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  if (!record || !hasPublicity(e)) return null;
  const publicity = record.publicity;
  const objections: Objection[] = record.objections ?? [];
  if (!publicity && !objections.length) return null;
  const inPublicity = !!publicity && !publicity.closedAt;
  const mayObject = inPublicity && !!user?.permissions.includes('publicity.object');

  const start = (d: Dialogue) => {
    setOpen(d);
    setFailure(null);
    setForm({ content: '', objectorName: '', objectorContact: '', reason: '' });
  };
  const submit = async () => {
    if (!open) return;
    setSaving(true);
    setFailure(null);
    try {
      if (open.kind === 'record') {
        await dp.query(RECORD, {
          i: {
            workflow: e.typeName,
            recordId: String(record.id),
            content: form.content,
            objectorName: form.objectorName || null,
            objectorContact: form.objectorContact || null,
          },
        });
      } else {
        await dp.query(RESOLVE, { id: open.objection.id, d: open.decision, r: form.reason, v: open.objection.version });
      }
      notify('app.objection.done', { type: 'success' });
      setOpen(null);
      refresh();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="objections-card">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('app.objection.publicity')}
        </Typography>
        {publicity && (
          <Typography variant="body2" sx={{ mb: 1.5 }} data-testid="publicity-period">
            {translate('app.objection.period', {
              publisher: publicity.publisherName,
              days: publicity.minDays,
              start: formatDateTime(publicity.startedAt),
              end: formatDateTime(publicity.endsAt),
            })}{' '}
            <Chip
              size="small"
              label={translate(
                publicity.running ? 'app.objection.running' : publicity.closedAt ? 'app.objection.closed' : 'app.objection.ended',
              )}
            />
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
          {translate('app.objection.title')}
        </Typography>
        {objections.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.objection.none')}
          </Typography>
        )}
        <Stack spacing={1.5}>
          {objections.map((o) => (
            <Box
              key={o.id}
              sx={{ borderLeft: '3px solid', borderColor: o.status === 'OPEN' ? 'warning.main' : 'grey.300', pl: 1 }}
              data-testid="objection"
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Chip
                  size="small"
                  color={o.status === 'OPEN' ? 'warning' : 'default'}
                  label={translate(`app.objection.status.${o.status}`)}
                />
                <Typography variant="caption" color="text.secondary">
                  {o.recordedByName} · {formatDateTime(o.createdAt)}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {o.content}
              </Typography>
              {(o.objectorName || o.objectorContact) && (
                <Typography variant="caption" component="div">
                  {translate('app.objection.objector')}：{[o.objectorName, o.objectorContact].filter(Boolean).join(' ')}
                </Typography>
              )}
              {o.resolution && (
                <Typography variant="caption" component="div">
                  {translate('app.objection.resolution')}：{o.resolution}（{o.resolvedByName}）
                </Typography>
              )}
              {o.canResolve && (
                <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                  <Button
                    size="small"
                    variant="outlined"
                    color="error"
                    onClick={() => start({ kind: 'resolve', objection: o, decision: 'UPHOLD' })}
                    data-testid="objection-uphold"
                  >
                    {translate('app.objection.uphold')}
                  </Button>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => start({ kind: 'resolve', objection: o, decision: 'DISMISS' })}
                    data-testid="objection-dismiss"
                  >
                    {translate('app.objection.dismiss')}
                  </Button>
                </Stack>
              )}
            </Box>
          ))}
        </Stack>
        {mayObject && (
          <Button
            size="small"
            variant="contained"
            sx={{ mt: 1.5 }}
            onClick={() => start({ kind: 'record' })}
            data-testid="objection-record"
          >
            {translate('app.objection.record')}
          </Button>
        )}
      </CardContent>
      <Dialog open={!!open} onClose={() => !saving && setOpen(null)} fullWidth maxWidth="sm">
        <DialogTitle>
          {open?.kind === 'record'
            ? translate('app.objection.record')
            : open?.decision === 'UPHOLD'
              ? translate('app.objection.uphold')
              : translate('app.objection.dismiss')}
        </DialogTitle>
        <DialogContent dividers>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {failure}
            </Alert>
          )}
          {open?.kind === 'record' ? (
            <>
              <TextField
                label={translate('app.objection.content')}
                required
                multiline
                minRows={3}
                fullWidth
                margin="dense"
                value={form.content}
                onChange={(ev) => setForm((f) => ({ ...f, content: ev.target.value }))}
                slotProps={{ htmlInput: { 'data-testid': 'objection-content' } }}
              />
              <TextField
                label={translate('app.objection.objector_name')}
                fullWidth
                margin="dense"
                value={form.objectorName}
                onChange={(ev) => setForm((f) => ({ ...f, objectorName: ev.target.value }))}
              />
              <TextField
                label={translate('app.objection.objector_contact')}
                helperText={translate('app.objection.private')}
                fullWidth
                margin="dense"
                value={form.objectorContact}
                onChange={(ev) => setForm((f) => ({ ...f, objectorContact: ev.target.value }))}
              />
            </>
          ) : (
            <TextField
              label={translate('app.objection.reason')}
              required
              multiline
              minRows={3}
              fullWidth
              margin="dense"
              value={form.reason}
              onChange={(ev) => setForm((f) => ({ ...f, reason: ev.target.value }))}
              slotProps={{ htmlInput: { 'data-testid': 'objection-reason' } }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button variant="contained" onClick={submit} disabled={saving} data-testid="objection-submit">
            {translate('app.workflow.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
