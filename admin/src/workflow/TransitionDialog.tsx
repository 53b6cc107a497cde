/**
 * Taking one workflow action: the form state and the submit (useTransitionForm) and the dialog that
 * shows it. The record changes only when the server said yes; a stale version becomes the clear
 * "someone acted first" message with a reload button, refused fields their own errors.
 */
import * as React from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { EntityModel } from '../schema/model';
import type { AppDataProvider } from '../data/dataProvider';
import { writeFailure } from '../data/errors';
import { PayloadInput, type PayloadValue } from './PayloadInput';

/** An entry of a record's `availableActions` (each entity has its own type of the same shape). */
export interface AvailableAction {
  action: string;
  label: string;
  commentRequired: boolean;
  payloadFields: string[];
  payloadRequired?: string[];
}

const empty = (v: PayloadValue) => v === undefined || v === '' || v === null;

export function useTransitionForm() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [active, setActive] = React.useState<AvailableAction | null>(null);
  const [comment, setComment] = React.useState('');
  const [payload, setPayload] = React.useState<Record<string, PayloadValue>>({});
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [conflict, setConflict] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);

  const open = (a: AvailableAction) => {
    setActive(a);
    setComment('');
    setPayload({});
    setErrors({});
    setConflict(false);
    setFailure(null);
  };
  const close = () => {
    if (!saving) setActive(null);
  };
  const reload = () => {
    setActive(null);
    refresh();
  };
  const setField = (name: string, v: PayloadValue) => setPayload((x) => ({ ...x, [name]: v }));

  const submit = async () => {
    if (!active || !record) return;
    const missing: Record<string, string> = {};
    if (active.commentRequired && !comment.trim()) missing.comment = translate('app.workflow.comment_required');
    for (const f of active.payloadRequired ?? []) if (empty(payload[f])) missing[`payload.${f}`] = translate('ra.validation.required');
    if (Object.keys(missing).length) {
      setErrors(missing);
      return;
    }
    setSaving(true);
    setErrors({});
    setFailure(null);
    try {
      await dp.transition(resource!, {
        id: String(record.id),
        action: active.action,
        comment: comment.trim() || undefined,
        expectedVersion: record.version,
        payload,
      });
      notify('app.workflow.done', { type: 'success', messageArgs: { action: active.label } });
      setActive(null);
      refresh();
    } catch (err) {
      const f = writeFailure(err);
      if (f.kind === 'conflict') setConflict(true);
      else if (f.kind === 'fields') {
        setErrors(f.fieldErrors);
        setFailure(f.message);
      } else setFailure(translate(f.message ?? 'ra.notification.http_error', { _: f.message }));
    } finally {
      setSaving(false);
    }
  };

  return { active, comment, setComment, payload, setField, errors, conflict, failure, saving, open, close, reload, submit };
}

export type TransitionForm = ReturnType<typeof useTransitionForm>;

export function TransitionDialog({ e, form }: { e: EntityModel; form: TransitionForm }) {
  const translate = useTranslate();
  const { active, errors, conflict, failure, saving } = form;
  const fields = active && e.workflow ? e.workflow.payloadFields.filter((p) => active.payloadFields.includes(p.name)) : [];
  return (
    <Dialog open={!!active} onClose={form.close} fullWidth maxWidth="sm">
      <DialogTitle>{active?.label}</DialogTitle>
      <DialogContent dividers>
        {conflict && (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={form.reload}>
                {translate('app.common.reload')}
              </Button>
            }
            data-testid="conflict-alert"
          >
            {translate('app.error.stale_version')}
          </Alert>
        )}
        {failure && !conflict && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        {fields.map((p) => (
          <PayloadInput
            key={p.name}
            p={p}
            required={!!active?.payloadRequired?.includes(p.name)}
            value={form.payload[p.name]}
            error={errors[`payload.${p.name}`]}
            onChange={(v) => form.setField(p.name, v)}
          />
        ))}
        <TextField
          label={translate('app.workflow.comment')}
          required={active?.commentRequired}
          value={form.comment}
          onChange={(ev) => form.setComment(ev.target.value)}
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
        <Button onClick={form.close} disabled={saving}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={form.submit} disabled={saving || conflict} data-testid="workflow-submit">
          {translate('app.workflow.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
