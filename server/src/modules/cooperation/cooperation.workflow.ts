import { defineWorkflow } from '../../core/workflow';
import { invalid } from '../../core/errors';
import { clock } from '../../core/clock';
import { CooperationProject, CooperationProjectStatus as S } from './cooperation.entity';
import type { CooperationProjectTransitionInput } from './cooperation.inputs';

/**
 * 协作项目流程: DRAFT → SUBMIT → SUBMITTED → APPROVE → APPROVED → START → IN_PROGRESS → COMPLETE →
 * COMPLETED → ACCEPT → ACCEPTED; RETURN (comment) back to DRAFT from SUBMITTED or APPROVED; CANCEL
 * (comment) from DRAFT, SUBMITTED or APPROVED. County officers submit, start and complete; the
 * province approves, returns, accepts and cancels.
 */
export const cooperationProjectWorkflow = defineWorkflow<CooperationProject>({
  name: 'CooperationProject',
  entity: CooperationProject,
  title: (p) => `${p.year} ${p.name}`,
  transitions: [
    { action: 'SUBMIT', from: [S.DRAFT], to: S.SUBMITTED, label: '申报', permission: 'cooperation.update', inbox: false },
    { action: 'APPROVE', from: [S.SUBMITTED], to: S.APPROVED, label: '批复', permission: 'cooperation.approve' },
    {
      action: 'START',
      from: [S.APPROVED],
      to: S.IN_PROGRESS,
      label: '开工',
      permission: 'cooperation.update',
      payloadFields: ['startDate'],
      effect: ({ entity, payload }) => {
        entity.startDate = (payload as CooperationProjectTransitionInput).startDate ?? clock.today();
      },
    },
    {
      action: 'COMPLETE',
      from: [S.IN_PROGRESS],
      to: S.COMPLETED,
      label: '完工',
      permission: 'cooperation.update',
      payloadFields: ['completionDate'],
      guard: ({ entity, payload }) => {
        const date = (payload as CooperationProjectTransitionInput).completionDate ?? clock.today();
        if (entity.startDate && date < entity.startDate) throw invalid('payload.completionDate', 'afterStart', `完工日期不能早于开工日期 ${entity.startDate} (completion cannot precede the start)`);
      },
      effect: ({ entity, payload }) => {
        entity.completionDate = (payload as CooperationProjectTransitionInput).completionDate ?? clock.today();
      },
    },
    { action: 'ACCEPT', from: [S.COMPLETED], to: S.ACCEPTED, label: '验收', permission: 'cooperation.approve' },
    { action: 'RETURN', from: [S.SUBMITTED, S.APPROVED], to: S.DRAFT, label: '退回', permission: 'cooperation.approve', commentRequired: true },
    { action: 'CANCEL', from: [S.DRAFT, S.SUBMITTED, S.APPROVED], to: S.CANCELLED, label: '取消', permission: 'cooperation.approve', commentRequired: true, inbox: false },
  ],
});
