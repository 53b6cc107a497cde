import { clock } from '../../core/clock';
import { welfarePermissions } from './welfare.access';
import { conflict, invalid } from '../../core/errors';
import { defineWorkflow } from '../../core/workflow';
import { Person } from '../person/person.entity';
import { RegionLevel as L } from '../region/region.entity';
import {
  ExitReason,
  JobPlacement,
  JobPlacementStatus,
  SubsidyPayment,
  SubsidyPaymentStatus,
  WelfarePost,
  WelfarePostStatus,
} from './welfare.entity';
import { countActiveOfPerson, countActiveOnPost, eligibilityFailures, lockRow, monthBounds } from './welfare.rules';

/* 岗位: DRAFT → OPEN → CLOSED */
export const welfarePostWorkflow = defineWorkflow<WelfarePost>({
  name: 'WelfarePost',
  entity: WelfarePost,
  title: (p) => `公益性岗位 ${p.title}`,
  transitions: [
    {
      action: 'PUBLISH',
      from: [WelfarePostStatus.DRAFT],
      to: WelfarePostStatus.OPEN,
      label: '发布岗位',
      permission: welfarePermissions.publish,
      // Posts are developed by townships and by county bureaus (人社、乡村振兴); either publishes its own.
      level: [L.TOWNSHIP, L.COUNTY],
      guard: ({ entity }) => {
        if (entity.termEnd < clock.today())
          throw conflict('TERM_ENDED', `聘期已于 ${entity.termEnd} 结束，不能发布 (the post’s term has ended)`);
      },
      effect: ({ entity }) => {
        entity.publishedAt = clock.now();
      },
    },
    {
      action: 'CLOSE',
      from: [WelfarePostStatus.OPEN],
      to: WelfarePostStatus.CLOSED,
      label: '关闭岗位',
      permission: welfarePermissions.close,
      level: [L.TOWNSHIP, L.COUNTY],
      inbox: false,
      effect: ({ entity }) => {
        entity.closedAt = clock.now();
      },
    },
  ],
});

const REVIEW_STATES = [
  JobPlacementStatus.APPLIED,
  JobPlacementStatus.VILLAGE_REVIEWED,
  JobPlacementStatus.PUBLICIZING,
  JobPlacementStatus.TOWNSHIP_REVIEWED,
];
/** Which review holds a placement in each review state: its level and its separation-of-duties key. */
const REVIEW_LEVEL = { APPLIED: L.VILLAGE, VILLAGE_REVIEWED: L.VILLAGE, PUBLICIZING: L.TOWNSHIP, TOWNSHIP_REVIEWED: L.COUNTY } as const;
const REVIEW_KEY = { APPLIED: 'village', VILLAGE_REVIEWED: 'village', PUBLICIZING: 'township', TOWNSHIP_REVIEWED: 'county' } as const;

interface PlacementPayload {
  agreementNumber?: string;
  startDate?: string;
  exitReason?: ExitReason;
  exitDate?: string;
}

/* 聘任: 申请 → 村级评议 → 公示 → 乡镇审核 → 县级审批 → 上岗 → 退岗 */
export const jobPlacementWorkflow = defineWorkflow<JobPlacement>({
  name: 'JobPlacement',
  entity: JobPlacement,
  title: (p) => `公益性岗位聘任 ${p.id}`,
  transitions: [
    {
      action: 'VILLAGE_APPROVE',
      from: [JobPlacementStatus.APPLIED],
      to: JobPlacementStatus.VILLAGE_REVIEWED,
      label: '村级评议通过',
      permission: welfarePermissions.villageApprove,
      level: L.VILLAGE,
      review: 'village',
    },
    {
      action: 'PUBLICIZE',
      from: [JobPlacementStatus.VILLAGE_REVIEWED],
      to: JobPlacementStatus.PUBLICIZING,
      label: '公示',
      permission: welfarePermissions.publicize,
      // The village posts the notice (村务公开栏) after its own review; its committee is the publishing body.
      level: L.VILLAGE,
      // The publicity itself (period, publishing organization, objections) is core/publicity.ts, declared in welfare.service.ts.
      payloadFields: ['publisherId'],
      effect: ({ entity }) => {
        entity.publicizedAt = clock.now();
      },
    },
    {
      action: 'TOWNSHIP_APPROVE',
      from: [JobPlacementStatus.PUBLICIZING],
      to: JobPlacementStatus.TOWNSHIP_REVIEWED,
      label: '乡镇审核通过',
      permission: welfarePermissions.townshipApprove,
      level: L.TOWNSHIP,
      review: 'township',
      // Refused until the publicity has ended with no open objection (core/publicity.ts).
    },
    {
      action: 'COUNTY_APPROVE',
      from: [JobPlacementStatus.TOWNSHIP_REVIEWED],
      to: JobPlacementStatus.APPROVED,
      label: '县级审批通过',
      permission: welfarePermissions.countyApprove,
      level: L.COUNTY,
      review: 'county',
      lock: true,
      guard: async ({ em, entity }) => {
        // Lock order everywhere: placement (the engine) → post → person, so concurrent approvals queue, never deadlock.
        const post = await lockRow(em, WelfarePost, entity.postId);
        if (!post) throw conflict('POST_MISSING', '岗位不存在 (the post no longer exists)');
        if (post.status !== WelfarePostStatus.OPEN || post.archivedAt)
          throw conflict('POST_NOT_OPEN', `岗位「${post.title}」未开放 (the post is ${post.status})`);
        const person = await lockRow(em, Person, entity.personId);
        if (!person) throw conflict('PERSON_MISSING', '申请人不存在 (the applicant no longer exists)');
        const failures = eligibilityFailures(post, person);
        if (failures.length)
          throw conflict(failures[0].rule, failures.map((f) => f.message).join('；'), { rules: failures.map((f) => f.rule) });
        if (await countActiveOfPerson(em, person.id, entity.id)) {
          throw conflict('ALREADY_ACTIVE', `${person.name} 已在其他公益性岗位上 (a person holds at most one active placement)`);
        }
        const active = await countActiveOnPost(em, post.id);
        if (active >= post.headcount)
          throw conflict(
            'HEADCOUNT_FULL',
            `岗位「${post.title}」${post.headcount} 个名额已满 (the post’s ${post.headcount} places are filled)`,
            { headcount: post.headcount, active },
          );
      },
    },
    {
      action: 'ONBOARD',
      from: [JobPlacementStatus.APPROVED],
      to: JobPlacementStatus.ONBOARDED,
      label: '上岗',
      permission: welfarePermissions.onboard,
      level: L.TOWNSHIP,
      payloadRequired: ['agreementNumber', 'startDate'],
      guard: async ({
        em,
        entity,
        payload,
      }: {
        em: import('@mikro-orm/knex').SqlEntityManager;
        entity: JobPlacement;
        payload: PlacementPayload;
      }) => {
        const post = await em.findOneOrFail(WelfarePost, { id: entity.postId });
        const start = payload.startDate!;
        if (start < post.termStart || start > post.termEnd) {
          throw invalid(
            'payload.startDate',
            'withinTerm',
            `上岗日期须在聘期 ${post.termStart} 至 ${post.termEnd} 内 (start date must lie within the post’s term)`,
          );
        }
      },
      effect: ({ entity, payload }: { entity: JobPlacement; payload: PlacementPayload }) => {
        entity.agreementNumber = payload.agreementNumber!.trim();
        entity.startDate = payload.startDate!;
      },
    },
    {
      action: 'EXIT',
      from: [JobPlacementStatus.ONBOARDED],
      to: JobPlacementStatus.EXITED,
      label: '退岗',
      permission: welfarePermissions.exit,
      level: L.TOWNSHIP,
      commentRequired: true,
      payloadRequired: ['exitReason'],
      payloadFields: ['exitReason', 'exitDate'],
      guard: ({ entity, payload }: { entity: JobPlacement; payload: PlacementPayload }) => {
        const exit = payload.exitDate ?? clock.today();
        if (entity.startDate && exit < entity.startDate) {
          throw invalid(
            'payload.exitDate',
            'notBeforeStart',
            `退岗日期不能早于上岗日期 ${entity.startDate} (exit date must not precede the start date)`,
          );
        }
      },
      effect: ({ entity, payload }: { entity: JobPlacement; payload: PlacementPayload }) => {
        entity.exitDate = payload.exitDate ?? clock.today();
        entity.exitReason = payload.exitReason!;
        entity.flaggedForExit = false;
      },
    },
    // A rejection is the decision of whichever review holds the record.
    {
      action: 'REJECT',
      from: REVIEW_STATES,
      to: JobPlacementStatus.REJECTED,
      label: '驳回',
      permission: welfarePermissions.reject,
      commentRequired: true,
      level: REVIEW_LEVEL,
      review: REVIEW_KEY,
    },
    // The applicant withdraws; any officer of the area with the permission records it.
    {
      action: 'WITHDRAW',
      from: REVIEW_STATES,
      to: JobPlacementStatus.WITHDRAWN,
      label: '撤回申请',
      permission: welfarePermissions.withdraw,
      commentRequired: true,
      inbox: false,
      level: 'ANY',
    },
  ],
});

/* 在岗补贴: CALCULATED → APPROVED → PAID */
export const subsidyPaymentWorkflow = defineWorkflow<SubsidyPayment>({
  name: 'SubsidyPayment',
  entity: SubsidyPayment,
  title: (p) => `在岗补贴 ${p.month}`,
  transitions: [
    {
      action: 'APPROVE',
      from: [SubsidyPaymentStatus.CALCULATED],
      to: SubsidyPaymentStatus.APPROVED,
      label: '审核补贴',
      permission: welfarePermissions.approvePayment,
      level: L.COUNTY,
      guard: ({ entity }) => {
        if (!entity.assessment)
          throw conflict('ASSESSMENT_MISSING', `${entity.month} 考核结果未录入 (record the month’s assessment first)`);
      },
    },
    {
      action: 'PAY',
      from: [SubsidyPaymentStatus.APPROVED],
      to: SubsidyPaymentStatus.PAID,
      label: '发放补贴',
      permission: welfarePermissions.pay,
      level: L.COUNTY,
      payloadRequired: ['paidDate', 'paymentReference'],
      guard: ({ entity, payload }: { entity: SubsidyPayment; payload: { paidDate?: string } }) => {
        // The running month is not paid before it ends: the paid date lies after the month's last day.
        if (payload.paidDate! <= monthBounds(entity.month).last)
          throw invalid('payload.paidDate', 'afterMonth', `发放日期须在 ${entity.month} 结束之后 (a month is paid after it ends)`);
        if (payload.paidDate! > clock.today())
          throw invalid('payload.paidDate', 'notFuture', '发放日期不能晚于今天 (paid date cannot be in the future)');
      },
      effect: ({ entity, payload }: { entity: SubsidyPayment; payload: { paidDate?: string; paymentReference?: string } }) => {
        entity.paidDate = payload.paidDate!;
        entity.paymentReference = payload.paymentReference!.trim();
      },
    },
  ],
});
