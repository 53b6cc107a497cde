import * as React from 'react';
import { Link } from 'react-router-dom';
import { Chip, Tooltip } from '@mui/material';
import { FunctionField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { EntityModel, FieldModel, SchemaModel } from '../schema/model';
import { recordTitle } from '../data/queries';
import { useCanRead, useModel } from '../schema/ModelContext';

const moneyFmt = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatMoney(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? `¥${moneyFmt.format(n)}` : String(v);
}

export function formatDateTime(v: unknown): string {
  if (!v) return '';
  const d = new Date(String(v));
  if (Number.isNaN(d.getTime())) return String(v);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function enumText(model: SchemaModel, enumName: string | undefined, value: unknown, locale: string): string {
  if (value === null || value === undefined) return '';
  const en = enumName ? model.enums.get(enumName) : undefined;
  const v = en?.values.find((x) => x.value === value);
  return v ? (locale === 'en' ? v.label.en : v.label.zh) : String(value);
}

export function getPath(record: any, path: string): any {
  return path.split('.').reduce((acc, k) => (acc && typeof acc === 'object' ? acc[k] : undefined), record);
}

/** Plain text of one field of a record, as exports and print pages show it. */
export function fieldText(model: SchemaModel, f: FieldModel, record: any, locale: string): string {
  const v = record?.[f.name];
  if (v === null || v === undefined) return '';
  switch (f.kind) {
    case 'money': return formatMoney(v);
    case 'datetime': return formatDateTime(v);
    case 'boolean': return v ? (locale === 'en' ? 'Yes' : '是') : (locale === 'en' ? 'No' : '否');
    case 'enum': return enumText(model, f.typeName, v, locale);
    case 'reference': return recordTitle(f.reference ? model.byType.get(f.reference) : undefined, v);
    case 'region': return v.name ?? v.code ?? v.id ?? '';
    case 'scalarList': return (v as unknown[]).map((x) => enumText(model, f.typeName, x, locale)).join('、');
    case 'json': return typeof v === 'string' ? v : JSON.stringify(v);
    default: return String(v);
  }
}

const STATUS_COLORS: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info'> = {};
function statusColor(value: string): 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info' {
  if (STATUS_COLORS[value]) return STATUS_COLORS[value];
  if (/REJECT|RECALL|REVOK|CANCEL|TERMINAT|FAIL|DISQUAL/.test(value)) return 'error';
  if (/EXIT|COMPLETE|CLOSED|EXPIRED|ENDED|ARCHIV/.test(value)) return 'default';
  if (/ACTIVE|ON_POST|ON_DUTY|APPROVED|CERTIFIED|PAID|ONBOARD|IN_PROGRESS|ACCEPT/.test(value)) return 'success';
  if (/DRAFT|PROPOSED|APPLIED|SUBMITTED|PENDING|REVIEW/.test(value)) return 'warning';
  return 'info';
}

export function EnumChip({ enumName, value, status }: { enumName?: string; value: string; status?: boolean }) {
  const model = useModel();
  const [locale] = useLocaleState();
  const text = enumText(model, enumName, value, locale);
  if (!status) return <span>{text}</span>;
  return <Chip size="small" label={text} color={statusColor(value)} variant={statusColor(value) === 'default' ? 'outlined' : 'filled'} />;
}

function ReferenceLink({ f }: { f: FieldModel }) {
  const model = useModel();
  const canRead = useCanRead();
  const record = useRecordContext();
  const v = record?.[f.name];
  if (!v) return null;
  const target = f.reference ? model.byType.get(f.reference) : undefined;
  const text = recordTitle(target, v);
  // no link to a page the user may not open
  if (!target || !v.id || !canRead(target.typeName)) return <span>{text}</span>;
  return (
    <Link to={`/${target.resource}/${encodeURIComponent(v.id)}/show`} onClick={(e) => e.stopPropagation()} style={{ color: '#1d4f91', textDecoration: 'none' }}>
      {text}
    </Link>
  );
}

function RegionText({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  const v = record?.[f.name];
  if (!v) return null;
  return <Tooltip title={v.code ?? v.id ?? ''}><span>{v.name ?? v.code}</span></Tooltip>;
}

function Money({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(record?.[f.name])}</span>;
}

function Plain({ f }: { f: FieldModel }) {
  const model = useModel();
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const text = fieldText(model, f, record, locale);
  if (f.sensitive) return <span style={{ fontFamily: 'monospace', letterSpacing: 0.5 }}>{text}</span>;
  return <span>{text}</span>;
}

function EnumValue({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  const v = record?.[f.name];
  if (v === null || v === undefined) return null;
  return <EnumChip enumName={f.typeName} value={v} status={f.name === 'status' || /Status$/.test(f.typeName)} />;
}

function BoolValue({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const v = record?.[f.name];
  if (v === null || v === undefined) return null;
  return <span style={{ color: v ? '#1b5e20' : '#757575' }}>{translate(v ? 'app.common.yes' : 'app.common.no')}</span>;
}

/** Fields a generated list or show page can display (never lists of objects or connections). */
export function displayable(f: FieldModel): boolean {
  return !['valueList', 'object', 'connection'].includes(f.kind);
}

/** One generated field; label comes from resources.<resource>.fields.<name> (the schema's description). */
export function renderField(e: EntityModel, f: FieldModel, opts: { list?: boolean } = {}): React.ReactElement | null {
  if (!displayable(f)) return null;
  const common = { key: f.name, source: f.name, sortable: !!opts.list && !!f.sortKey, sortBy: f.name };
  switch (f.kind) {
    case 'reference': return <FunctionField {...common} render={() => <ReferenceLink f={f} />} />;
    case 'region': return <FunctionField {...common} render={() => <RegionText f={f} />} />;
    case 'money': return <FunctionField {...common} textAlign="right" render={() => <Money f={f} />} />;
    case 'enum': return <FunctionField {...common} render={() => <EnumValue f={f} />} />;
    case 'boolean': return <FunctionField {...common} render={() => <BoolValue f={f} />} />;
    case 'int': case 'float': return <FunctionField {...common} textAlign="right" render={() => <Plain f={f} />} />;
    default: return <FunctionField {...common} render={() => <Plain f={f} />} />;
  }
}
