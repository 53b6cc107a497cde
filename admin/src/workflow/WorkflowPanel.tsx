/**
 * Workflow actions for any entity with `transitionX`: the status, one button per
 * `availableActions` entry (only those), a dialog for the comment and the payload fields the action
 * takes, pessimistic saving (the record changes only when the server said yes), a clear message when
 * someone else acted first, and the `history` as a timeline.
 */
import * as React from 'react';
import {
  Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography,
} from '@mui/material';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { EntityModel, InputModel } from '../schema/model';
import { useModel } from '../schema/ModelContext';
import type { AppDataProvider } from '../data/dataProvider';
import { EnumChip, enumText, formatDateTime } from '../views/fields';
import { RegionSelects } from '../inputs/RegionInput';
import { enumChoices } from '../views/inputs';
import { problemField } from '../data/errors';

interface AvailableAction { action: string; label: string; commentRequired: boolean; payloadFields: string[]; payloadRequired?: string[] }

const NEGATIVE = /REJECT|RETURN|REVOKE|RECALL|EXIT|CANCEL|WITHDRAW|TERMINATE|DISQUALIFY|SUSPEND/;

function PayloadInput({ p, value, onChange, error, required }: { p: InputModel; value: any; onChange: (v: any) => void; error?: string; required: boolean }) {
  const model = useModel();
  const [locale] = useLocaleState();
  const label = locale === 'en' ? p.label.en : p.label.zh;
  const common = { fullWidth: true, size: 'small' as const, label, required, error: !!error, helperText: error, value: value ?? '', onChange: (e: any) => onChange(e.target.value), margin: 'dense' as const, slotProps: { htmlInput: { 'data-payload': p.name }, inputLabel: { shrink: ['date', 'month', 'datetime'].includes(p.kind) ? true : undefined } } };
  switch (p.kind) {
    case 'enum':
      return <TextField {...common} select>{enumChoices(model, p.enumName, locale).map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}</TextField>;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'month':
      return <TextField {...common} type="month" />;
    case 'datetime':
      return <TextField {...common} type="datetime-local" />;
    case 'int': case 'float':
      return <TextField {...common} type="number" />;
    case 'money':
      return <TextField {...common} slotProps={{ ...common.slotProps, input: { startAdornment: <span style={{ marginRight: 4 }}>¥</span> } }} />;
    case 'boolean':
      return <TextField {...common} select value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === 'true')}><MenuItem value="true">{locale === 'en' ? 'Yes' : '是'}</MenuItem><MenuItem value="false">{locale === 'en' ? 'No' : '否'}</MenuItem></TextField>;
    case 'region':
      return <Box sx={{ my: 1 }}><Typography variant="caption">{label}</Typography><RegionSelects value={value} onChange={onChange} /></Box>;
    default:
      return <TextField {...common} multiline={/reason|comment|note/i.test(p.name)} />;
  }
}

export function WorkflowActions({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [active, setActive] = React.useState<AvailableAction | null>(null);
  const [comment, setComment] = React.useState('');
  const [payload, setPayload] = React.useState<Record<string, any>>({});
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [conflict, setConflict] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  if (!record || !e.workflow) return null;
  const actions: AvailableAction[] = record.availableActions ?? [];

  const open = (a: AvailableAction) => {
    setActive(a); setComment(''); setPayload({}); setErrors({}); setConflict(false); setFailure(null);
  };
  const close = () => { if (!saving) setActive(null); };

  const submit = async () => {
    if (!active) return;
    const missing: Record<string, string> = {};
    if (active.commentRequired && !comment.trim()) missing.comment = translate('app.workflow.comment_required');
    for (const f of active.payloadRequired ?? []) if (payload[f] === undefined || payload[f] === '' || payload[f] === null) missing[`payload.${f}`] = translate('ra.validation.required');
    if (Object.keys(missing).length) { setErrors(missing); return; }
    setSaving(true); setErrors({}); setFailure(null);
    try {
      await dp.transition(resource!, { id: String(record.id), action: active.action, comment: comment.trim() || undefined, expectedVersion: record.version, payload });
      notify('app.workflow.done', { type: 'success', messageArgs: { action: active.label } });
      setActive(null);
      refresh();
    } catch (err: any) {
      if (err?.status === 409 && err?.body?.rule === 'STALE_VERSION') setConflict(true);
      else if (err?.status === 400 && err?.body?.problems?.length) {
        const fe: Record<string, string> = {};
        for (const p of err.body.problems) fe[problemField(p.field)] = err.body.errors?.[problemField(p.field)] ?? p.message;
        setErrors(fe);
        setFailure(err.message);
      } else setFailure(translate(err?.message ?? 'ra.notification.http_error', { _: err?.message }));
    } finally {
      setSaving(false);
    }
  };

  const fields = active ? e.workflow.payloadFields.filter((p) => active.payloadFields.includes(p.name)) : [];
  return (
    <Box data-testid="workflow-actions">
      {actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('app.workflow.no_actions')}</Typography>
      ) : (
        <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
          {actions.map((a) => (
            <Button key={a.action} size="small" variant={NEGATIVE.test(a.action) ? 'outlined' : 'contained'} color={NEGATIVE.test(a.action) ? 'error' : 'primary'} onClick={() => open(a)} data-action={a.action}>
              {a.label}
            </Button>
          ))}
        </Stack>
      )}
      <Dialog open={!!active} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{active?.label}</DialogTitle>
        <DialogContent dividers>
          {conflict && (
            <Alert severity="warning" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => { setActive(null); refresh(); }}>{translate('app.common.reload')}</Button>} data-testid="conflict-alert">
              {translate('app.error.stale_version')}
            </Alert>
          )}
          {failure && !conflict && <Alert severity="error" sx={{ mb: 2 }}>{failure}</Alert>}
          {fields.map((p) => (
            <PayloadInput key={p.name} p={p} required={!!active?.payloadRequired?.includes(p.name)} value={payload[p.name]} error={errors[`payload.${p.name}`]} onChange={(v) => setPayload((x) => ({ ...x, [p.name]: v }))} />
          ))}
          <TextField
            label={translate('app.workflow.comment')}
            required={active?.commentRequired}
            value={comment}
            onChange={(ev) => setComment(ev.target.value)}
            multiline
            minRows={3}
            fullWidth
            margin="dense"
            error={!!errors.comment}
            helperText={errors.comment}
            slotProps={{ htmlInput: { 'data-testid': 'workflow-comment' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={saving}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={submit} disabled={saving || conflict} data-testid="workflow-submit">{translate('app.workflow.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

export function HistoryTimeline({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const model = useModel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const steps: any[] = record?.history ?? [];
  const wf = e.workflow;
  const payloadLabel = (k: string) => {
    const p = wf?.payloadFields.find((x) => x.name === k);
    return p ? (locale === 'en' ? p.label.en : p.label.zh) : k;
  };
  if (!steps.length) return <Typography variant="body2" color="text.secondary">{translate('app.workflow.no_history')}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="history-timeline">
      {steps.map((s, idx) => {
        let payload: Record<string, unknown> | null = null;
        try { payload = typeof s.payload === 'string' ? JSON.parse(s.payload) : s.payload ?? null; } catch { payload = null; }
        const last = idx === steps.length - 1;
        const actionText = locale === 'en' ? enumText(model, wf?.actionEnum, s.action, 'en') : s.actionLabel || enumText(model, wf?.actionEnum, s.action, 'zh');
        return (
          <Box component="li" key={s.id ?? idx} sx={{ position: 'relative', pl: 3, pb: last ? 0 : 2 }}>
            <Box sx={{ position: 'absolute', left: 5, top: 6, width: 10, height: 10, borderRadius: '50%', bgcolor: last ? 'primary.main' : 'grey.400' }} />
            {!last && <Box sx={{ position: 'absolute', left: 9, top: 18, bottom: 0, width: 2, bgcolor: 'grey.300' }} />}
            <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
              <Typography variant="subtitle2">{actionText}</Typography>
              {s.fromStatus && <EnumChip enumName={wf?.statusEnum} value={s.fromStatus} />}
              <span>→</span>
              <EnumChip enumName={wf?.statusEnum} value={s.toStatus} status />
            </Stack>
            <Typography variant="caption" color="text.secondary">{s.actorName} · {formatDateTime(s.at)}</Typography>
            {s.comment && <Typography variant="body2" sx={{ mt: 0.5, bgcolor: 'grey.50', px: 1, py: 0.5, borderLeft: '3px solid', borderColor: 'grey.300' }}>{s.comment}</Typography>}
            {payload && Object.keys(payload).length > 0 && (
              <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
                {Object.entries(payload).map(([k, v]) => `${payloadLabel(k)}：${v}`).join('；')}
              </Typography>
            )}
          </Box>
        );
      })}
    </Box>
  );
}

export function WorkflowCard({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || !e.workflow) return null;
  const status = e.workflow.statusField ? record[e.workflow.statusField] : undefined;
  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('app.workflow.status')}</Typography>
            {status && <span data-testid="workflow-status"><EnumChip enumName={e.workflow.statusEnum} value={status} status /></span>}
          </Stack>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>{translate('app.workflow.actions')}</Typography>
          <WorkflowActions e={e} />
        </CardContent>
      </Card>
      {e.workflow.hasHistory && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>{translate('app.workflow.history')}</Typography>
            <HistoryTimeline e={e} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
