/** A printable publicity list (公示名单) for entities named in overrides/publicity.ts. */
import * as React from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useCurrentUser, useModel } from '../schema/ModelContext';
import { publicityConfig } from '../overrides/publicity';
import type { EntityModel, FieldModel, SchemaModel } from '../schema/model';
import { buildFilter } from '../data/queries';
import { fieldText } from '../views/fields';
import type { AppDataProvider } from '../data/dataProvider';

interface Column { path: string; field: FieldModel; owner: EntityModel }

function resolve(model: SchemaModel, e: EntityModel, path: string): Column | undefined {
  const parts = path.split('.');
  let owner = e;
  for (let i = 0; i < parts.length; i++) {
    const f = owner.fieldMap.get(parts[i]);
    if (!f) return undefined;
    if (i === parts.length - 1) return { path, field: f, owner };
    if (f.kind !== 'reference' || !f.reference) return undefined;
    const next = model.byType.get(f.reference);
    if (!next) return undefined;
    owner = next;
  }
  return undefined;
}

function leafSelection(model: SchemaModel, f: FieldModel): string {
  if (f.kind === 'region') return `${f.name} { id code name }`;
  if (f.kind === 'reference') {
    const t = f.reference ? model.byType.get(f.reference) : undefined;
    const paths = t?.titlePaths ?? ['id'];
    return `${f.name} { id ${paths.map((p) => (p.includes('.') ? `${p.split('.')[0]} { ${p.split('.')[1]} }` : p)).join(' ')} }`;
  }
  return f.name;
}

function selectionFor(model: SchemaModel, e: EntityModel, cols: Column[]): string {
  const tree: Record<string, any> = {};
  for (const c of cols) {
    const parts = c.path.split('.');
    let node = tree;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {});
    node[parts[parts.length - 1]] = leafSelection(model, c.field);
  }
  const render = (n: Record<string, any>): string => Object.entries(n).map(([k, v]) => (typeof v === 'string' ? v : `${k} { id ${render(v)} }`)).join(' ');
  return `id ${render(tree)}`;
}

export function PublicityPage() {
  const { resource } = useParams();
  const [params] = useSearchParams();
  const model = useModel();
  const user = useCurrentUser();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const e = resource ? model.byResource.get(resource) : undefined;
  const config = e ? publicityConfig[e.typeName] : undefined;
  const [rows, setRows] = React.useState<any[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const cols = React.useMemo(() => (e && config ? config.columns.map((p) => resolve(model, e, p)).filter((c): c is Column => !!c) : []), [e, config, model]);

  React.useEffect(() => {
    if (!e || !config) return;
    let raw: Record<string, unknown> = {};
    try { raw = JSON.parse(params.get('filter') ?? '{}'); } catch { raw = {}; }
    const filter = buildFilter(e, raw) ?? {};
    if (config.statuses?.length && e.workflow?.statusField) filter[e.workflow.statusField] = { in: config.statuses };
    const q = `query Publicity($filter: ${e.filterType}) { ${e.listQuery}(first: 500, filter: $filter) { totalCount nodes { ${selectionFor(model, e, cols)} } } }`;
    dp.query(q, { filter }).then((d: any) => setRows(d[e.listQuery].nodes)).catch((err: any) => setError(err.message));
  }, [e, config, params, cols, dp, model]);

  if (!e || !config) return <Alert severity="warning">{resource}</Alert>;
  const name = locale === 'en' ? config.title.en : config.title.zh;
  const region = user?.regionName ?? '';
  const today = new Date();
  const date = locale === 'en' ? today.toISOString().slice(0, 10) : `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
  const valueOf = (row: any, c: Column) => {
    const parts = c.path.split('.');
    const parent = parts.slice(0, -1).reduce((acc, k) => (acc ? acc[k] : undefined), row);
    return parent ? fieldText(model, c.field, parent, locale) : '';
  };
  return (
    <Box className="publicity-page" sx={{ bgcolor: '#fff', p: { xs: 2, md: 4 }, mt: 1 }}>
      <Title title={translate('app.publicity.title', { name })} />
      <Box className="no-print" sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="body2" color="text.secondary">{translate('app.publicity.filter_hint')}</Typography>
        <Button variant="contained" onClick={() => window.print()} data-testid="print-button">{translate('app.common.print')}</Button>
      </Box>
      <Typography variant="h5" align="center" sx={{ fontWeight: 700, letterSpacing: 2, mb: 1, fontFamily: '"SimSun","Songti SC","Noto Serif CJK SC",serif' }} data-testid="publicity-title">
        {region}{translate('app.publicity.title', { name })}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {!rows && !error && <Box sx={{ textAlign: 'center', p: 4 }}><CircularProgress size={24} /></Box>}
      {rows && (
        <table className="publicity-table">
          <thead>
            <tr>
              <th style={{ width: 48 }}>{translate('app.publicity.seq')}</th>
              {cols.map((c) => <th key={c.path}>{locale === 'en' ? c.field.label.en : c.field.label.zh}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td style={{ textAlign: 'center' }}>{i + 1}</td>
                {cols.map((c) => <td key={c.path}>{valueOf(r, c)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Typography variant="body2" sx={{ mt: 3, textIndent: '2em', lineHeight: 1.9 }}>{translate('app.publicity.notice')}</Typography>
      <Box sx={{ mt: 4, textAlign: 'right', lineHeight: 2 }}>
        <div>{translate('app.publicity.issuer')}：{region}</div>
        <div>{translate('app.publicity.date')}：{date}</div>
      </Box>
    </Box>
  );
}
