/**
 * Plain text of values as every part of the console shows them: lists and show pages (views/),
 * exports (export/), workflow panels (workflow/), the dashboard and the pages. Nothing here renders
 * a component or reads a hook, so any layer may import it.
 */
import type { FieldModel, SchemaModel } from '../schema/model';
import { recordTitle } from '../data/queries';
import { asRow, type Row } from '../data/row';

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

/** An enum's values as select choices with labels in the locale. */
export function enumChoices(model: SchemaModel, enumName: string | undefined, locale: string) {
  const en = enumName ? model.enums.get(enumName) : undefined;
  return (en?.values ?? []).map((v) => ({ id: v.value, name: locale === 'en' ? v.label.en : v.label.zh }));
}

/** A Region value's name (its code or id when the name was not selected). */
export function regionText(v: unknown): string {
  const r = asRow(v);
  return String(r?.name ?? r?.code ?? r?.id ?? '');
}

/** Plain text of one field of a record, as exports and print pages show it. */
export function fieldText(model: SchemaModel, f: FieldModel, record: Row | undefined, locale: string): string {
  const v = record?.[f.name];
  if (v === null || v === undefined) return '';
  switch (f.kind) {
    case 'money':
      return formatMoney(v);
    case 'datetime':
      return formatDateTime(v);
    case 'boolean':
      return v ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否';
    case 'enum':
      return enumText(model, f.typeName, v, locale);
    case 'reference':
      return recordTitle(f.reference ? model.byType.get(f.reference) : undefined, asRow(v));
    case 'region':
      return regionText(v);
    case 'scalarList':
      return (Array.isArray(v) ? v : [v]).map((x) => enumText(model, f.typeName, x, locale)).join('、');
    case 'json':
      return typeof v === 'string' ? v : JSON.stringify(v);
    default:
      return String(v);
  }
}

/** Fields a generated list or show page can display (never lists of objects or connections). */
export function displayable(f: FieldModel): boolean {
  return !['valueList', 'object', 'connection'].includes(f.kind);
}

export type StatusColor = 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info';

/** A chip colour for a status value, from the words statuses are named with. */
export function statusColor(value: string): StatusColor {
  if (/REJECT|RECALL|REVOK|CANCEL|TERMINAT|FAIL|DISQUAL/.test(value)) return 'error';
  if (/EXIT|COMPLETE|CLOSED|EXPIRED|ENDED|ARCHIV/.test(value)) return 'default';
  if (/ACTIVE|ON_POST|ON_DUTY|APPROVED|CERTIFIED|PAID|ONBOARD|IN_PROGRESS|ACCEPT/.test(value)) return 'success';
  if (/DRAFT|PROPOSED|APPLIED|SUBMITTED|PENDING|REVIEW/.test(value)) return 'warning';
  return 'info';
}
