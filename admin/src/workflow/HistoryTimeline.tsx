import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { EntityModel } from '../schema/model';
import { useModel } from '../schema/ModelContext';
import { enumText, formatDateTime } from '../format/values';
import { EnumChip } from '../format/EnumChip';
import { asRow } from '../data/row';
import type { WorkflowStep } from '../generated/schema';

/** A step's payload: JSON text of the fields the action took; null when absent or unreadable. */
function parsePayload(payload: string | null | undefined): Record<string, unknown> | null {
  if (!payload) return null;
  try {
    return asRow(JSON.parse(payload)) ?? null;
  } catch {
    return null;
  }
}

/** The record's `history`, oldest first: action, from and to status, who, when, comment and payload. */
export function HistoryTimeline({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const model = useModel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const steps: WorkflowStep[] = record?.history ?? [];
  const wf = e.workflow;
  const payloadLabel = (k: string) => {
    const p = wf?.payloadFields.find((x) => x.name === k);
    return p ? (locale === 'en' ? p.label.en : p.label.zh) : k;
  };
  if (!steps.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.workflow.no_history')}
      </Typography>
    );
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="history-timeline">
      {steps.map((s, idx) => {
        const payload = parsePayload(s.payload);
        const last = idx === steps.length - 1;
        const actionText =
          locale === 'en'
            ? enumText(model, wf?.actionEnum, s.action, 'en')
            : s.actionLabel || enumText(model, wf?.actionEnum, s.action, 'zh');
        return (
          <Box component="li" key={s.id ?? idx} sx={{ position: 'relative', pl: 3, pb: last ? 0 : 2 }}>
            <Box
              sx={{
                position: 'absolute',
                left: 5,
                top: 6,
                width: 10,
                height: 10,
                borderRadius: '50%',
                bgcolor: last ? 'primary.main' : 'grey.400',
              }}
            />
            {!last && <Box sx={{ position: 'absolute', left: 9, top: 18, bottom: 0, width: 2, bgcolor: 'grey.300' }} />}
            <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
              <Typography variant="subtitle2">{actionText}</Typography>
              {s.fromStatus && <EnumChip enumName={wf?.statusEnum} value={s.fromStatus} />}
              <span>→</span>
              <EnumChip enumName={wf?.statusEnum} value={s.toStatus} status />
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {s.actorName} · {formatDateTime(s.at)}
            </Typography>
            {s.comment && (
              <Typography
                variant="body2"
                sx={{ mt: 0.5, bgcolor: 'grey.50', px: 1, py: 0.5, borderLeft: '3px solid', borderColor: 'grey.300' }}
              >
                {s.comment}
              </Typography>
            )}
            {payload && Object.keys(payload).length > 0 && (
              <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
                {Object.entries(payload)
                  .map(([k, v]) => `${payloadLabel(k)}：${v}`)
                  .join('；')}
              </Typography>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
