import { defineWorkflow } from '../../core/workflow';
import { consumptionPermissions } from './consumption.access';
import { conflict, invalid } from '../../core/errors';
import { clock } from '../../core/clock';
import { isPostgres } from '../../core/db';
import { AssistanceProduct, ProductStatus as S } from './consumption.entity';
import { RegionLevel as L } from '../region/region.entity';
import type { ProductTransitionInput } from './consumption.inputs';
import { recomputeAssistedSales } from './consumption.rules';

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
    {
      action: 'SUBMIT',
      from: [S.DRAFT, S.REJECTED],
      to: S.SUBMITTED,
      label: '申报',
      permission: consumptionPermissions.update,
      inbox: false,
      level: 'ANY',
    },
    {
      action: 'RECOMMEND',
      from: [S.SUBMITTED],
      to: S.COUNTY_RECOMMENDED,
      label: '县级推荐',
      permission: consumptionPermissions.recommend,
      level: L.COUNTY,
      review: 'recommendation',
    },
    {
      action: 'PUBLICIZE',
      from: [S.COUNTY_RECOMMENDED],
      to: S.PUBLICIZING,
      label: '公示',
      permission: consumptionPermissions.certify,
      level: L.PROVINCE,
      // The publicity itself (period, publishing organization, objections) is core/publicity.ts, declared in consumption.service.ts.
      payloadFields: ['publisherId'],
      effect: ({ entity }) => {
        entity.publicizedAt = clock.now();
      },
    },
    {
      action: 'CERTIFY',
      from: [S.PUBLICIZING],
      to: S.CERTIFIED,
      label: '认定',
      permission: consumptionPermissions.certify,
      level: L.PROVINCE,
      review: 'certification',
      payloadFields: ['validTo'],
      lock: true,
      // Refused until the publicity has ended with no open objection (core/publicity.ts).
      guard: ({ payload }) => {
        const validTo = (payload as ProductTransitionInput).validTo;
        if (validTo && validTo <= clock.today())
          throw invalid('payload.validTo', 'future', '有效期止须晚于今天 (validity must end after today)');
      },
      effect: async ({ em, entity, payload }) => {
        const today = clock.today();
        entity.validFrom = today;
        entity.validTo = (payload as ProductTransitionInput).validTo ?? addYearsMinusDay(today, 2);
        entity.revokedOn = null;
        const prefix = `XFBF-${entity.countyCode}-${today.slice(0, 4)}-`;
        // Serialise numbering per county and year on PostgreSQL (SQLite already has a single writer).
        if (isPostgres(em))
          await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [prefix], 'all', em.getTransactionContext());
        const issued = await em.count(AssistanceProduct, { certificateNumber: { $like: `${prefix}%` } });
        entity.certificateNumber ??= `${prefix}${String(issued + 1).padStart(5, '0')}`;
      },
    },
    {
      action: 'REJECT',
      from: [S.SUBMITTED, S.COUNTY_RECOMMENDED, S.PUBLICIZING],
      to: S.REJECTED,
      label: '不予认定',
      permission: consumptionPermissions.recommend,
      commentRequired: true,
      level: { SUBMITTED: L.COUNTY, COUNTY_RECOMMENDED: L.PROVINCE, PUBLICIZING: L.PROVINCE },
      review: { SUBMITTED: 'recommendation', COUNTY_RECOMMENDED: 'certification', PUBLICIZING: 'certification' },
    },
    {
      action: 'REVOKE',
      from: [S.CERTIFIED],
      to: S.REVOKED,
      label: '撤销认定',
      permission: consumptionPermissions.certify,
      level: L.PROVINCE,
      commentRequired: true,
      inbox: false,
      // Not retroactive unless it says so: the certificate stops today, and sales of months it was
      // in force keep counting; `retroactive` voids it from `effectiveDate` (default: its first day).
      payloadFields: ['retroactive', 'effectiveDate'],
      guard: ({ entity, payload }) => {
        const { retroactive, effectiveDate } = payload as ProductTransitionInput;
        if (effectiveDate && !retroactive)
          throw invalid(
            'payload.effectiveDate',
            'retroactiveOnly',
            '只有追溯撤销才能指定生效日期，请同时设 retroactive: true (an effective date is given only with retroactive: true)',
          );
        if (retroactive && effectiveDate) {
          if (effectiveDate >= clock.today())
            throw invalid(
              'payload.effectiveDate',
              'past',
              '追溯撤销的生效日期须早于今天 (a retroactive revocation takes effect before today)',
            );
          if (entity.validFrom && effectiveDate < entity.validFrom)
            throw invalid(
              'payload.effectiveDate',
              'withinValidity',
              `生效日期不能早于认定有效期起 ${entity.validFrom} (the effective date cannot precede the certificate)`,
            );
        }
      },
      effect: async ({ ctx, em, entity, payload }) => {
        const { retroactive, effectiveDate } = payload as ProductTransitionInput;
        entity.revokedOn = retroactive ? (effectiveDate ?? entity.validFrom ?? clock.today()) : clock.today();
        await recomputeAssistedSales(em, ctx, entity);
      },
    },
    {
      action: 'EXPIRE',
      from: [S.CERTIFIED],
      to: S.EXPIRED,
      label: '认定到期',
      permission: consumptionPermissions.certify,
      level: L.PROVINCE,
      inbox: false,
      guard: ({ entity }) => {
        if (!entity.validTo || entity.validTo >= clock.today())
          throw conflict('NOT_EXPIRED', `认定有效期至 ${entity.validTo}，尚未到期 (the certificate is still valid)`);
      },
      // Rows are checked against the validity again so no sale of a month after it keeps counting.
      effect: async ({ ctx, em, entity }) => {
        await recomputeAssistedSales(em, ctx, entity);
      },
    },
  ],
});
