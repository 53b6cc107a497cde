import { defineWorkflow } from '../../core/workflow';
import { conflict, invalid } from '../../core/errors';
import { clock } from '../../core/clock';
import { settings } from '../../config';
import { isPostgres } from '../../core/db';
import { AssistanceProduct, ProductStatus as S } from './consumption.entity';
import type { ProductTransitionInput } from './consumption.inputs';

const DAY_MS = 24 * 3600_000;

function addYearsMinusDay(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * 帮扶产品认定: DRAFT → SUBMIT → SUBMITTED → RECOMMEND → COUNTY_RECOMMENDED → PUBLICIZE → PUBLICIZING →
 * CERTIFY (not before PUBLICITY_MIN_DAYS after the notice started) → CERTIFIED; REJECT (comment) →
 * REJECTED (may be resubmitted); REVOKE (comment) → REVOKED; EXPIRE → EXPIRED once validity passed.
 * Suppliers' data is entered by officers (consumption.update); the county recommends; the province
 * publicizes, certifies, revokes.
 */
export const productWorkflow = defineWorkflow<AssistanceProduct>({
  name: 'AssistanceProduct',
  entity: AssistanceProduct,
  title: (p) => p.name,
  transitions: [
    { action: 'SUBMIT', from: [S.DRAFT, S.REJECTED], to: S.SUBMITTED, label: '申报', permission: 'consumption.update', inbox: false },
    { action: 'RECOMMEND', from: [S.SUBMITTED], to: S.COUNTY_RECOMMENDED, label: '县级推荐', permission: 'consumption.recommend' },
    {
      action: 'PUBLICIZE',
      from: [S.COUNTY_RECOMMENDED],
      to: S.PUBLICIZING,
      label: '公示',
      permission: 'consumption.certify',
      effect: ({ entity }) => {
        entity.publicizedAt = clock.now();
      },
    },
    {
      action: 'CERTIFY',
      from: [S.PUBLICIZING],
      to: S.CERTIFIED,
      label: '认定',
      permission: 'consumption.certify',
      payloadFields: ['validTo'],
      lock: true,
      guard: ({ entity, payload }) => {
        const started = entity.publicizedAt ? new Date(entity.publicizedAt).getTime() : Number.POSITIVE_INFINITY;
        const due = started + settings.publicityMinDays * DAY_MS;
        if (clock.now().getTime() < due) {
          throw conflict('PUBLICITY_PERIOD', `公示期不少于 ${settings.publicityMinDays} 天，须于 ${new Date(due).toISOString()} 后认定 (the public notice must run at least ${settings.publicityMinDays} days)`, { certifiableFrom: new Date(due).toISOString() });
        }
        const validTo = (payload as ProductTransitionInput).validTo;
        if (validTo && validTo <= clock.today()) throw invalid('payload.validTo', 'future', '有效期止须晚于今天 (validity must end after today)');
      },
      effect: async ({ em, entity, payload }) => {
        const today = clock.today();
        entity.validFrom = today;
        entity.validTo = (payload as ProductTransitionInput).validTo ?? addYearsMinusDay(today, 2);
        entity.revokedOn = null;
        const prefix = `XFBF-${entity.countyCode}-${today.slice(0, 4)}-`;
        // Serialise numbering per county and year on PostgreSQL (SQLite already has a single writer).
        if (isPostgres(em)) await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [prefix], 'all', em.getTransactionContext());
        const issued = await em.count(AssistanceProduct, { certificateNumber: { $like: `${prefix}%` } });
        entity.certificateNumber ??= `${prefix}${String(issued + 1).padStart(5, '0')}`;
      },
    },
    { action: 'REJECT', from: [S.SUBMITTED, S.COUNTY_RECOMMENDED, S.PUBLICIZING], to: S.REJECTED, label: '不予认定', permission: 'consumption.recommend', commentRequired: true },
    {
      action: 'REVOKE',
      from: [S.CERTIFIED],
      to: S.REVOKED,
      label: '撤销认定',
      permission: 'consumption.certify',
      commentRequired: true,
      inbox: false,
      effect: ({ entity }) => {
        entity.revokedOn = clock.today();
      },
    },
    {
      action: 'EXPIRE',
      from: [S.CERTIFIED],
      to: S.EXPIRED,
      label: '认定到期',
      permission: 'consumption.certify',
      inbox: false,
      guard: ({ entity }) => {
        if (!entity.validTo || entity.validTo >= clock.today()) throw conflict('NOT_EXPIRED', `认定有效期至 ${entity.validTo}，尚未到期 (the certificate is still valid)`);
      },
    },
  ],
});
