import * as React from 'react';
import { Link } from 'react-router-dom';
import { Tooltip } from '@mui/material';
import { FunctionField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { EntityModel, FieldModel } from '../schema/model';
import { recordTitle } from '../data/queries';
import { useCanRead, useModel } from '../schema/ModelContext';
import { displayable, fieldText, formatMoney } from '../format/values';
import { asRow } from '../data/row';
import { EnumChip } from '../format/EnumChip';

function ReferenceLink({ f }: { f: FieldModel }) {
  const model = useModel();
  const canRead = useCanRead();
  const record = useRecordContext();
  const v = asRow(record?.[f.name]);
  if (!v) return null;
  const target = f.reference ? model.byType.get(f.reference) : undefined;
  const text = recordTitle(target, v);
  // no link to a page the user may not open
  if (!target || !v.id || !canRead(target.typeName)) return <span>{text}</span>;
  return (
    <Link
      to={`/${target.resource}/${encodeURIComponent(String(v.id))}/show`}
      onClick={(e) => e.stopPropagation()}
      style={{ color: '#1d4f91', textDecoration: 'none' }}
    >
      {text}
    </Link>
  );
}

function RegionText({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  const v = asRow(record?.[f.name]);
  if (!v) return null;
  return (
    <Tooltip title={String(v.code ?? v.id ?? '')}>
      <span>{String(v.name ?? v.code ?? '')}</span>
    </Tooltip>
  );
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
  return <EnumChip enumName={f.typeName} value={String(v)} status={f.name === 'status' || /Status$/.test(f.typeName)} />;
}

function BoolValue({ f }: { f: FieldModel }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const v = record?.[f.name];
  if (v === null || v === undefined) return null;
  return <span style={{ color: v ? '#1b5e20' : '#757575' }}>{translate(v ? 'app.common.yes' : 'app.common.no')}</span>;
}

/** One generated field; label comes from resources.<resource>.fields.<name> (the schema's description). */
export function renderField(e: EntityModel, f: FieldModel, opts: { list?: boolean } = {}): React.ReactElement | null {
  if (!displayable(f)) return null;
  const common = { key: f.name, source: f.name, sortable: !!opts.list && !!f.sortKey, sortBy: f.name };
  switch (f.kind) {
    case 'reference':
      return <FunctionField {...common} render={() => <ReferenceLink f={f} />} />;
    case 'region':
      return <FunctionField {...common} render={() => <RegionText f={f} />} />;
    case 'money':
      return <FunctionField {...common} textAlign="right" render={() => <Money f={f} />} />;
    case 'enum':
      return <FunctionField {...common} render={() => <EnumValue f={f} />} />;
    case 'boolean':
      return <FunctionField {...common} render={() => <BoolValue f={f} />} />;
    case 'int':
    case 'float':
      return <FunctionField {...common} textAlign="right" render={() => <Plain f={f} />} />;
    default:
      return <FunctionField {...common} render={() => <Plain f={f} />} />;
  }
}
