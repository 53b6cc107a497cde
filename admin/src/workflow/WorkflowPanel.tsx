/**
 * Workflow actions for any entity with `transitionX`: the status, one button per
 * `availableActions` entry (only those), a dialog for the comment and the payload fields the action
 * takes (TransitionDialog), pessimistic saving (the record changes only when the server said yes), a
 * clear message when someone else acted first, and the `history` as a timeline (HistoryTimeline).
 */
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { EntityModel } from '../schema/model';
import { EnumChip } from '../format/EnumChip';
import { hasPublicity, ObjectionsCard } from './ObjectionsPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { TransitionDialog, useTransitionForm, type AvailableAction } from './TransitionDialog';

const NEGATIVE = /REJECT|RETURN|REVOKE|RECALL|EXIT|CANCEL|WITHDRAW|TERMINATE|DISQUALIFY|SUSPEND/;

/** One button per action the server offers on this record, and the dialog that takes it. */
export function WorkflowActions({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const form = useTransitionForm();
  if (!record || !e.workflow) return null;
  const actions: AvailableAction[] = record.availableActions ?? [];
  return (
    <Box data-testid="workflow-actions">
      {actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.workflow.no_actions')}
        </Typography>
      ) : (
        <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
          {actions.map((a) => (
            <Button
              key={a.action}
              size="small"
              variant={NEGATIVE.test(a.action) ? 'outlined' : 'contained'}
              color={NEGATIVE.test(a.action) ? 'error' : 'primary'}
              onClick={() => form.open(a)}
              data-action={a.action}
            >
              {a.label}
            </Button>
          ))}
        </Stack>
      )}
      <TransitionDialog e={e} form={form} />
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
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {translate('app.workflow.status')}
            </Typography>
            {status && (
              <span data-testid="workflow-status">
                <EnumChip enumName={e.workflow.statusEnum} value={status} status />
              </span>
            )}
          </Stack>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
            {translate('app.workflow.actions')}
          </Typography>
          <WorkflowActions e={e} />
        </CardContent>
      </Card>
      {hasPublicity(e) && <ObjectionsCard e={e} />}
      {e.workflow.hasHistory && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
              {translate('app.workflow.history')}
            </Typography>
            <HistoryTimeline e={e} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
