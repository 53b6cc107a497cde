/**
 * Every list exports to .xlsx with headers in the user's language. Personal data stays masked:
 * the export writes what the server returned (masked unless revealed), never asks for more.
 * exceljs is loaded on demand so the list pages stay light.
 */
import type { Exporter, RaRecord } from 'react-admin';
import type { Row } from '../data/row';
import type { EntityModel, FieldModel, SchemaModel } from '../schema/model';
import { displayable, fieldText } from '../format/values';
import { currentLocale } from '../i18n/locale';

export function exportColumns(e: EntityModel): FieldModel[] {
  return e.fields.filter((f) => displayable(f) && !['version', 'archivedAt'].includes(f.name));
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function buildWorkbook(model: SchemaModel, e: EntityModel, records: Row[], locale: 'zh' | 'en'): Promise<ArrayBuffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = locale === 'en' ? 'Rural Revitalization Assistance' : '乡村振兴帮扶管理系统';
  wb.created = new Date();
  const title = locale === 'en' ? e.label.enPlural : e.label.zh;
  const ws = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const cols = exportColumns(e);
  ws.columns = cols.map((f) => ({
    header: locale === 'en' ? f.label.en : f.label.zh,
    key: f.name,
    width: Math.max(10, Math.min(40, (locale === 'en' ? f.label.en : f.label.zh).length * 2 + 6)),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4F91' } };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  for (const r of records) {
    const row: Record<string, unknown> = {};
    for (const f of cols) {
      const v = r[f.name];
      if ((f.kind === 'int' || f.kind === 'float') && typeof v === 'number') row[f.name] = v;
      else if (f.kind === 'money' && v !== null && v !== undefined && v !== '') row[f.name] = Number(v);
      else row[f.name] = fieldText(model, f, r, locale);
    }
    ws.addRow(row);
  }
  cols.forEach((f, i) => {
    if (f.kind === 'money') ws.getColumn(i + 1).numFmt = '#,##0.00';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, cols.length) } };
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

export function xlsxExporter(model: SchemaModel, e: EntityModel): Exporter {
  return async (records: RaRecord[]) => {
    const locale = currentLocale();
    const buf = await buildWorkbook(model, e, records, locale);
    const d = new Date();
    const stamp = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    const name = locale === 'en' ? e.label.enPlural : e.label.zh;
    saveBlob(new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${name}_${stamp}.xlsx`);
  };
}
