/** "My pending approvals": what the signed-in user can act on now, across every workflow. */
import * as React from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  Button,
} from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { getNamedType, isObjectType } from 'graphql';
import { useModel } from '../schema/ModelContext';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';
import type { PendingApproval } from '../generated/schema';
import { enumText } from '../format/values';
import { EnumChip } from '../format/EnumChip';
import type { SchemaModel } from '../schema/model';

export const PENDING_QUERY = 'myPendingApprovals';
export const PENDING_COUNT_QUERY = 'myPendingApprovalCount';

export function pendingSelection(model: SchemaModel): string | undefined {
  const f = model.schema.getQueryType()?.getFields()[PENDING_QUERY];
  if (!f) return undefined;
  const t = getNamedType(f.type);
  if (!isObjectType(t)) return undefined;
  return Object.keys(t.getFields())
    .filter((k) => ['entity', 'id', 'title', 'status', 'actions', 'updatedAt'].includes(k))
    .join(' ');
}

export function usePending(first = 200) {
  const model = useModel();
  const dp = useDataProvider<AppDataProvider>();
  const sel = pendingSelection(model);
  const [rows, setRows] = React.useState<PendingApproval[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!sel) return;
    // pendingSelection selects PendingApproval's fields the console shows, as the schema has them
    dp.query<Record<string, PendingApproval[] | undefined>>(`query Pending($first: Int) { ${PENDING_QUERY}(first: $first) { ${sel} } }`, {
      first,
    })
      .then((d) => setRows(d[PENDING_QUERY] ?? []))
      .catch((e) => setError(errorMessage(e)));
  }, [sel, dp, first]);
  return { available: !!sel, rows, error };
}

export function PendingApprovalsPage() {
  const model = useModel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { available, rows, error } = usePending();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.pending.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 2, fontWeight: 600 }}>
            {translate('app.pending.title')}
            {rows ? `（${rows.length}）` : ''}
          </Typography>
          {!available && <Alert severity="info">{translate('app.pending.unavailable')}</Alert>}
          {error && <Alert severity="error">{error}</Alert>}
          {available && !rows && !error && <CircularProgress size={24} />}
          {rows && rows.length === 0 && <Typography color="text.secondary">{translate('app.pending.empty')}</Typography>}
          {rows && rows.length > 0 && (
            <Table size="small" data-testid="pending-table">
              <TableHead>
                <TableRow sx={{ '& th': { fontWeight: 600, bgcolor: '#f3f6fa' } }}>
                  <TableCell>{translate('app.pending.entity')}</TableCell>
                  <TableCell>{translate('app.pending.item')}</TableCell>
                  <TableCell>{translate('app.pending.status')}</TableCell>
                  <TableCell>{translate('app.pending.actions')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => {
                  const e = model.byType.get(r.entity);
                  return (
                    <TableRow key={`${r.entity}:${r.id}`} hover>
                      <TableCell>{e ? (locale === 'en' ? e.label.en : e.label.zh) : r.entity}</TableCell>
                      <TableCell>{r.title}</TableCell>
                      <TableCell>
                        <EnumChip enumName={e?.workflow?.statusEnum} value={r.status} status />
                      </TableCell>
                      <TableCell>
                        {(r.actions ?? []).map((a) => (
                          <Chip
                            key={a}
                            size="small"
                            variant="outlined"
                            label={enumText(model, e?.workflow?.actionEnum, a, locale)}
                            sx={{ mr: 0.5 }}
                          />
                        ))}
                      </TableCell>
                      <TableCell align="right">
                        {e && (
                          <Button size="small" variant="contained" component={Link} to={`/${e.resource}/${encodeURIComponent(r.id)}/show`}>
                            {translate('app.pending.open')}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
