/**
 * Generated list / show / edit / create for one entity of the schema model. A resource that needs
 * more registers an override in ../overrides; everything else is produced here.
 */
import * as React from 'react';
import {
  Box,
  Card,
  CardContent,
  Grid,
  Typography,
  Button as MuiButton,
  Dialog,
  DialogTitle,
  DialogContent,
  DialogActions,
  TextField,
  Alert,
} from '@mui/material';
import {
  BulkDeleteButton,
  Button,
  Create,
  CreateButton,
  DatagridConfigurable,
  DeleteButton,
  Edit,
  EditButton,
  ExportButton,
  FilterButton,
  Labeled,
  List,
  ListButton,
  Pagination,
  ReferenceManyField,
  SelectColumnsButton,
  Show,
  SimpleForm,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  Datagrid,
  SaveButton,
  Toolbar,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { EntityModel, FieldModel, InputModel, SchemaModel } from '../schema/model';
import { renderField } from './fields';
import { displayable } from '../format/values';
import { renderFilters, renderInput } from './inputs';
import { xlsxExporter } from '../export/xlsx';
import { WorkflowCard } from '../workflow/WorkflowPanel';
import { useCanRead, useCurrentUser } from '../schema/ModelContext';
import { recordTitle } from '../data/queries';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';
import { publicityConfig } from '../overrides/publicity';

const SYSTEM_FIELDS = ['id', 'version', 'archivedAt', 'createdAt', 'updatedAt'];
const LONG = /(note|notes|remark|remarks|description|comment|content|reason|summary|address|purpose)$/i;

export function listColumns(e: EntityModel): FieldModel[] {
  return e.fields.filter(displayable);
}

/**
 * Columns hidden by default (still selectable in 显示列): bookkeeping, long text, and codes an
 * object column already shows by name (villageCode beside 所在村).
 */
export function hiddenByDefault(e: EntityModel): string[] {
  return e.fields
    .filter(
      (f) =>
        ['id', 'version', 'archivedAt', 'createdAt'].includes(f.name) ||
        (f.kind === 'string' && LONG.test(f.name)) ||
        f.kind === 'json' ||
        f.kind === 'scalarList' ||
        f.secondary,
    )
    .map((f) => f.name);
}

function defaultSort(e: EntityModel): { field: string; order: 'ASC' | 'DESC' } | undefined {
  if (e.typeName === 'Region' && e.fieldMap.get('code')?.sortKey) return { field: 'code', order: 'ASC' };
  for (const name of ['updatedAt', 'createdAt']) if (e.fieldMap.get(name)?.sortKey) return { field: name, order: 'DESC' };
  // A log (records with a time but no edits, such as the audit log): newest first.
  const time = e.fields.find((x) => x.sortKey && x.kind === 'datetime');
  if (time) return { field: time.name, order: 'DESC' };
  const f = e.fields.find((x) => x.sortKey);
  return f ? { field: f.name, order: 'ASC' } : undefined;
}

function PublicityButton({ e }: { e: EntityModel }) {
  const navigate = useNavigate();
  // The notice lists what is in publicity now, whatever the list's filters (the server decides the rows).
  return <Button label="app.action.publicity" onClick={() => navigate(`/publicity/${e.resource}`)} />;
}

function ListActions({ e }: { e: EntityModel }) {
  return (
    <TopToolbar>
      <FilterButton />
      <SelectColumnsButton />
      {e.create && <CreateButton />}
      <ExportButton label="app.action.export_xlsx" maxResults={5000} />
      {publicityConfig[e.typeName] && <PublicityButton e={e} />}
    </TopToolbar>
  );
}

export function makeList(model: SchemaModel, e: EntityModel) {
  const exporter = xlsxExporter(model, e);
  const sort = defaultSort(e);
  const columns = listColumns(e);
  const omit = hiddenByDefault(e);
  function GeneratedList() {
    const [locale] = useLocaleState();
    const canRead = useCanRead();
    const filters = React.useMemo(() => renderFilters(model, e, locale, canRead), [locale, canRead]);
    return (
      <List
        filters={filters}
        sort={sort}
        perPage={20}
        exporter={exporter}
        actions={<ListActions e={e} />}
        pagination={<Pagination rowsPerPageOptions={[10, 20, 50, 100]} />}
        sx={{ '& .RaList-content': { overflowX: 'auto' } }}
      >
        <DatagridConfigurable
          rowClick="show"
          omit={omit}
          // v2: columns moved (an object column now stands where its code was declared), and the
          // stored choice is by column position
          preferenceKey={`${e.resource}.datagrid.v2`}
          bulkActionButtons={e.archive ? <BulkDeleteButton mutationMode="pessimistic" label="app.action.archive" /> : false}
          size="small"
          sx={{
            '& .RaDatagrid-headerCell': { fontWeight: 600, bgcolor: '#f3f6fa', whiteSpace: 'nowrap' },
            '& td': { whiteSpace: 'nowrap' },
          }}
        >
          {columns.map((f) => renderField(e, f, { list: true }))}
        </DatagridConfigurable>
      </List>
    );
  }
  GeneratedList.displayName = `${e.typeName}List`;
  return GeneratedList;
}

function RecordTitle({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const name = locale === 'en' ? e.label.en : e.label.zh;
  return <span>{record ? `${name}：${recordTitle(e, record)}` : name}</span>;
}

function ArchiveOrRestore({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  if (record.archivedAt) {
    if (!e.restore) return null;
    return (
      <Button
        label="app.action.restore"
        onClick={async () => {
          try {
            await dp.restore(resource!, { id: String(record.id) });
            notify('app.action.restored', { type: 'success' });
            refresh();
          } catch (err) {
            notify(errorMessage(err), { type: 'error' });
          }
        }}
      >
        <span aria-hidden>↺</span>
      </Button>
    );
  }
  if (!e.archive) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      label="app.action.archive"
      confirmTitle="app.action.archive"
      confirmContent="app.action.archive_confirm"
      translateOptions={{ title: recordTitle(e, record) }}
    />
  );
}

function RevealButton({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [result, setResult] = React.useState<Record<string, unknown> | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  if (!record || !e.reveal) return null;
  const submit = async () => {
    setError(null);
    try {
      setResult((await dp.reveal(resource!, { id: String(record.id), reason })).data);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <>
      <Button
        label="app.reveal.button"
        onClick={() => {
          setOpen(true);
          setResult(null);
          setReason('');
          setError(null);
        }}
      >
        <span aria-hidden>👁</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.reveal.title')}</DialogTitle>
        <DialogContent dividers>
          {error && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {error}
            </Alert>
          )}
          {result ? (
            e.reveal.fields.map((f) => (
              <Box key={f.name} sx={{ mb: 1 }}>
                <Typography variant="caption" color="text.secondary">
                  {locale === 'en' ? f.label.en : f.label.zh}
                </Typography>
                <Typography sx={{ fontFamily: 'monospace' }}>{String(result[f.name] ?? '')}</Typography>
              </Box>
            ))
          ) : (
            <TextField
              label={translate('app.reveal.reason')}
              value={reason}
              onChange={(ev) => setReason(ev.target.value)}
              fullWidth
              multiline
              minRows={2}
              required
            />
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
          {!result && (
            <MuiButton variant="contained" disabled={!reason.trim()} onClick={submit}>
              {translate('app.reveal.submit')}
            </MuiButton>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}

function ShowActions({ e }: { e: EntityModel }) {
  const record = useRecordContext();
  return (
    <TopToolbar>
      <ListButton />
      {e.reveal && <RevealButton e={e} />}
      {e.update && !record?.archivedAt && <EditButton />}
      <ArchiveOrRestore e={e} />
    </TopToolbar>
  );
}

function FieldGrid({ e, fields }: { e: EntityModel; fields: FieldModel[] }) {
  return (
    <Grid container spacing={2}>
      {fields.map((f) => {
        const el = renderField(e, f);
        if (!el) return null;
        const wide = f.kind === 'string' && LONG.test(f.name);
        return (
          <Grid size={{ xs: 12, sm: wide ? 12 : 6, md: wide ? 12 : 4 }} key={f.name}>
            <Labeled source={f.name} fullWidth>
              {el}
            </Labeled>
          </Grid>
        );
      })}
    </Grid>
  );
}

/** Entities pointing at this one through a reference filter (WelfarePost <- JobPlacement.post). */
function reverseReferences(model: SchemaModel, e: EntityModel): { other: EntityModel; filter: string }[] {
  const out: { other: EntityModel; filter: string }[] = [];
  for (const other of model.entities) {
    for (const f of other.filters) if (f.kind === 'reference' && f.reference === e.typeName) out.push({ other, filter: f.name });
  }
  return out;
}

function RelatedList({ other, filter }: { other: EntityModel; filter: string }) {
  const [locale] = useLocaleState();
  const hidden = hiddenByDefault(other);
  const cols = listColumns(other)
    .filter((f) => !SYSTEM_FIELDS.includes(f.name) && !hidden.includes(f.name) && f.name !== filter)
    .slice(0, 6);
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {locale === 'en' ? other.label.enPlural : other.label.zh}
        </Typography>
        <ReferenceManyField reference={other.resource} target={filter} perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
          <Datagrid
            rowClick="show"
            bulkActionButtons={false}
            size="small"
            empty={
              <Typography variant="body2" color="text.secondary">
                {locale === 'en' ? 'None' : '暂无'}
              </Typography>
            }
          >
            {cols.map((f) => renderField(other, f))}
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}

export function makeShow(model: SchemaModel, e: EntityModel) {
  // codes already shown by name in the main part (所在村代码) go with the record's bookkeeping
  const main = e.fields.filter(
    (f) => displayable(f) && !SYSTEM_FIELDS.includes(f.name) && !f.secondary && f.name !== e.workflow?.statusField,
  );
  const system = e.fields.filter((f) => displayable(f) && (SYSTEM_FIELDS.includes(f.name) || f.secondary));
  const related = reverseReferences(model, e);
  function GeneratedShow() {
    const translate = useTranslate();
    const canRead = useCanRead();
    return (
      <Show actions={<ShowActions e={e} />} title={<RecordTitle e={e} />}>
        <Box sx={{ p: 2 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: e.workflow ? 8 : 12 }}>
              <Card variant="outlined">
                <CardContent>
                  <Typography
                    variant="subtitle1"
                    sx={{ fontWeight: 600, mb: 2, borderLeft: '4px solid', borderColor: 'primary.main', pl: 1 }}
                  >
                    {translate('app.common.basic')}
                  </Typography>
                  <FieldGrid e={e} fields={main} />
                </CardContent>
              </Card>
              <Card variant="outlined" sx={{ mt: 2 }}>
                <CardContent>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 2, borderLeft: '4px solid', borderColor: 'grey.400', pl: 1 }}>
                    {translate('app.common.system')}
                  </Typography>
                  <FieldGrid e={e} fields={system} />
                </CardContent>
              </Card>
              {related
                .filter((r) => canRead(r.other.typeName))
                .map((r) => (
                  <RelatedList key={`${r.other.resource}.${r.filter}`} other={r.other} filter={r.filter} />
                ))}
            </Grid>
            {e.workflow && (
              <Grid size={{ xs: 12, md: 4 }}>
                <WorkflowCard e={e} />
              </Grid>
            )}
          </Grid>
        </Box>
      </Show>
    );
  }
  GeneratedShow.displayName = `${e.typeName}Show`;
  return GeneratedShow;
}

const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Inputs in the entity's field order, switches last; two columns, wide inputs across. */
export function orderedInputs(e: EntityModel, inputs: InputModel[]): InputModel[] {
  const pos = (i: InputModel) => {
    const k = e.fields.findIndex((f) => f.name === (i.sourceField ?? i.name));
    return (i.kind === 'boolean' ? 10_000 : 0) + (k < 0 ? 5_000 : k);
  };
  return [...inputs].sort((a, b) => pos(a) - pos(b));
}

function FormGrid({ model, e, inputs, mode }: { model: SchemaModel; e: EntityModel; inputs: InputModel[]; mode: 'create' | 'edit' }) {
  const user = useCurrentUser();
  const ordered = orderedInputs(e, inputs);
  const wide = (i: InputModel) => i.kind === 'region' || (i.kind === 'string' && LONG.test(i.name));
  const switches = ordered.filter((i) => i.kind === 'boolean');
  return (
    <Box sx={{ width: '100%' }}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
          columnGap: 3,
          '& .MuiFormControl-root, & .MuiAutocomplete-root': { width: '100%' },
        }}
      >
        {ordered
          .filter((i) => i.kind !== 'boolean')
          .map((i) => (
            <Box key={i.name} sx={{ gridColumn: wide(i) ? '1 / -1' : undefined }}>
              {renderInput(model, e, i, mode, user)}
            </Box>
          ))}
      </Box>
      {switches.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, mt: 1, pt: 1, borderTop: '1px dashed #dde3ea' }}>
          {switches.map((i) => (
            <Box key={i.name}>{renderInput(model, e, i, mode, user)}</Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

export function makeEdit(model: SchemaModel, e: EntityModel) {
  if (!e.update) return undefined;
  const inputs = e.update.inputs;
  function GeneratedEdit() {
    return (
      <Edit
        mutationMode="pessimistic"
        redirect="show"
        title={<RecordTitle e={e} />}
        actions={
          <TopToolbar>
            <ListButton />
          </TopToolbar>
        }
      >
        <SimpleForm toolbar={<FormToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1000 }}>
          <FormGrid model={model} e={e} inputs={inputs} mode="edit" />
        </SimpleForm>
      </Edit>
    );
  }
  GeneratedEdit.displayName = `${e.typeName}Edit`;
  return GeneratedEdit;
}

export function makeCreate(model: SchemaModel, e: EntityModel) {
  if (!e.create) return undefined;
  const inputs = e.create.inputs;
  function GeneratedCreate() {
    return (
      <Create redirect="show" mutationMode="pessimistic">
        <SimpleForm toolbar={<FormToolbar />} sx={{ maxWidth: 1000 }}>
          <FormGrid model={model} e={e} inputs={inputs} mode="create" />
        </SimpleForm>
      </Create>
    );
  }
  GeneratedCreate.displayName = `${e.typeName}Create`;
  return GeneratedCreate;
}
