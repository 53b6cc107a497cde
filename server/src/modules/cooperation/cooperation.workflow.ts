import { defineWorkflow } from '../../core/workflow';
import { cooperationPermissions } from './cooperation.access';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Problems, invalid } from '../../core/errors';
import { clock } from '../../core/clock';
import { formatFen } from '../../core/scalars';
import { CooperationProject, CooperationProjectStatus as S, Pairing } from './cooperation.entity';
import { RegionLevel as L } from '../region/region.entity';
import type { CooperationProjectTransitionInput } from './cooperation.inputs';

/**
 * 协作项目流程: DRAFT → SUBMIT → SUBMITTED → APPROVE → APPROVED → START → IN_PROGRESS → COMPLETE →
 * COMPLETED → ACCEPT → ACCEPTED; RETURN (comment) back to DRAFT from SUBMITTED or APPROVED; CANCEL
 * (comment) from DRAFT, SUBMITTED or APPROVED; RECORD_FUNDS on an ACCEPTED project adds funds that
 * arrive or are spent after acceptance. County officers submit, start, complete and record funds; the
 * province approves, returns, accepts and cancels. Start and completion dates lie in the pairing's period.
 */
/** A project's dates lie inside its pairing's period [start, end). */
async function requireWithinPairing(
  em: SqlEntityManager,
  project: CooperationProject,
  date: string,
  field: string,
  label: string,
): Promise<void> {
  const pairing = await em.findOneOrFail(Pairing, { id: project.pairingId });
  if (date < pairing.startDate || (pairing.endDate && date >= pairing.endDate)) {
    throw invalid(
      field,
      'withinPairingPeriod',
      `${label} ${date} 不在结对期间 ${pairing.startDate} 至 ${pairing.endDate ?? '长期'}（不含结束日）内 (the date must lie within the pairing’s period)`,
    );
  }
}

export const cooperationProjectWorkflow = defineWorkflow<CooperationProject>({
  name: 'CooperationProject',
  entity: CooperationProject,
  title: (p) => `${p.year} ${p.name}`,
  transitions: [
    {
      action: 'SUBMIT',
      from: [S.DRAFT],
      to: S.SUBMITTED,
      label: '申报',
      permission: cooperationPermissions.update,
      inbox: false,
      level: L.COUNTY,
      review: 'submission',
    },
    {
      action: 'APPROVE',
      from: [S.SUBMITTED],
      to: S.APPROVED,
      label: '批复',
      permission: cooperationPermissions.approve,
      level: L.PROVINCE,
      review: 'approval',
    },
    {
      action: 'START',
      from: [S.APPROVED],
      to: S.IN_PROGRESS,
      label: '开工',
      permission: cooperationPermissions.update,
      level: L.COUNTY,
      payloadFields: ['startDate'],
      guard: async ({ em, entity, payload }) => {
        await requireWithinPairing(
          em,
          entity,
          (payload as CooperationProjectTransitionInput).startDate ?? clock.today(),
          'payload.startDate',
          '开工日期',
        );
      },
      effect: ({ entity, payload }) => {
        entity.startDate = (payload as CooperationProjectTransitionInput).startDate ?? clock.today();
      },
    },
    {
      action: 'COMPLETE',
      from: [S.IN_PROGRESS],
      to: S.COMPLETED,
      label: '完工',
      permission: cooperationPermissions.update,
      level: L.COUNTY,
      payloadFields: ['completionDate'],
      guard: async ({ em, entity, payload }) => {
        const date = (payload as CooperationProjectTransitionInput).completionDate ?? clock.today();
        if (entity.startDate && date < entity.startDate)
          throw invalid(
            'payload.completionDate',
            'afterStart',
            `完工日期不能早于开工日期 ${entity.startDate} (completion cannot precede the start)`,
          );
        await requireWithinPairing(em, entity, date, 'payload.completionDate', '完工日期');
      },
      effect: ({ entity, payload }) => {
        entity.completionDate = (payload as CooperationProjectTransitionInput).completionDate ?? clock.today();
      },
    },
    { action: 'ACCEPT', from: [S.COMPLETED], to: S.ACCEPTED, label: '验收', permission: cooperationPermissions.approve, level: L.PROVINCE },
    {
      // Funds keep arriving after acceptance (final instalments, retained sums); an accepted project is
      // closed to edits, so this step is the one way to record them, each arrival a history row.
      action: 'RECORD_FUNDS',
      from: [S.ACCEPTED],
      to: S.ACCEPTED,
      label: '登记验收后资金',
      permission: cooperationPermissions.update,
      level: L.COUNTY,
      inbox: false,
      payloadFields: ['fundsArrived', 'fundsSpent'],
      guard: ({ entity, payload }) => {
        const { fundsArrived, fundsSpent } = payload as CooperationProjectTransitionInput;
        const problems = new Problems();
        if (fundsArrived == null && fundsSpent == null)
          problems.add('payload.fundsArrived', 'required', '须填写本次到位资金或本次支出资金 (give fundsArrived and/or fundsSpent)');
        for (const [field, v] of [
          ['fundsArrived', fundsArrived],
          ['fundsSpent', fundsSpent],
        ] as const) {
          if (v != null && !(v > 0)) problems.add(`payload.${field}`, 'positive', `${field} 须大于0 (must be above zero)`);
        }
        problems.throwIfAny();
        const inPlace = entity.fundsInPlace + (fundsArrived ?? 0);
        const disbursed = entity.fundsDisbursed + (fundsSpent ?? 0);
        if (inPlace > entity.plannedFunds)
          problems.add(
            'payload.fundsArrived',
            'maxPlanned',
            `到位资金将为 ${inPlace / 100} 元，超过计划资金 ${entity.plannedFunds / 100} 元 (funds in place would exceed planned funds)`,
          );
        if (disbursed > inPlace)
          problems.add(
            'payload.fundsSpent',
            'maxInPlace',
            `已支出资金将为 ${disbursed / 100} 元，超过到位资金 ${inPlace / 100} 元 (disbursed funds would exceed funds in place)`,
          );
        problems.throwIfAny();
      },
      effect: ({ entity, payload }) => {
        const p = payload as Record<string, unknown> & CooperationProjectTransitionInput;
        entity.fundsInPlace += p.fundsArrived ?? 0;
        entity.fundsDisbursed += p.fundsSpent ?? 0;
        // The history row stores the payload as JSON: keep the amounts in yuan as entered, not in fen.
        for (const field of ['fundsArrived', 'fundsSpent'] as const)
          if (p[field] != null) p[field] = formatFen(p[field] as number) as never;
      },
    },
    {
      action: 'RETURN',
      from: [S.SUBMITTED, S.APPROVED],
      to: S.DRAFT,
      label: '退回',
      permission: cooperationPermissions.approve,
      commentRequired: true,
      level: L.PROVINCE,
      review: 'approval',
    },
    {
      action: 'CANCEL',
      from: [S.DRAFT, S.SUBMITTED, S.APPROVED],
      to: S.CANCELLED,
      label: '取消',
      permission: cooperationPermissions.approve,
      commentRequired: true,
      inbox: false,
      level: L.PROVINCE,
    },
  ],
});
