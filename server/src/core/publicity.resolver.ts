import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Allow } from './access';
import type { RequestContext } from './context';
import { runQuery } from './db';
import { clock } from './clock';
import { applyScope, knexOf } from './read';
import { resource, rowToObject } from './resource';
import {
  allPublicityDefinitions,
  mayResolve,
  Objection,
  ObjectionStatus,
  objectorField,
  Publicity,
  publicityNotice,
  PublicityNotice,
  recordObjection,
  resolveObjection,
} from './publicity';
import type { PublicityDef } from './publicity';
import { ObjectionDecision } from './publicity.enums';
import { RecordObjectionInput } from './publicity.inputs';

/** Rows of one table for many records of one workflow, in one statement per request and field. */
function byRecord<T extends { entityId: string }>(
  ctx: RequestContext,
  entity: ClassType<T>,
  workflow: string,
  entityId: string,
  order: string,
): Promise<T[]> {
  const res = resource(entity);
  const loader = ctx.loaders.get(
    `${res.name}:${workflow}`,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const qb = knexOf(ctx)(`${res.table} as t`)
          .select(res.columns.map((c) => `t.${c.column} as ${c.prop}`))
          .where('t.workflow', workflow)
          .whereIn('t.entity_id', ids as string[])
          .orderBy([{ column: `t.${res.byProp.get(order)!.column}` }, { column: 't.id' }]);
        applyScope(qb, res, ctx);
        const grouped = new Map<string, T[]>();
        for (const row of await runQuery(ctx.em, qb)) {
          const one = rowToObject(res, row) as T;
          grouped.set(one.entityId, [...(grouped.get(one.entityId) ?? []), one]);
        }
        return ids.map((i) => grouped.get(i) ?? []);
      }),
  );
  return loader.load(entityId);
}

@Resolver(() => Publicity)
export class PublicityResolver {
  @FieldResolver(() => Boolean, { description: '公示中 (true while the period runs: started, not ended, record still in publicity)' })
  running(@Root() p: Publicity): boolean {
    return !p.closedAt && clock.now().getTime() < new Date(p.endsAt).getTime();
  }

  @FieldResolver(() => Boolean, { description: '期满 (true once the period has ended, whatever happened to the record since)' })
  ended(@Root() p: Publicity): boolean {
    return clock.now().getTime() >= new Date(p.endsAt).getTime();
  }

  @Allow('publicity.read')
  @Query(() => PublicityNotice, {
    description:
      '公示名单 The printable publicity notice of one workflow: exactly the records whose publicity is running in your jurisdiction (optionally one batch: a publishing organization and a start day), with name, gender, village, post or product and supplier, and reason only — never ID number, phone, bank account or health detail — and the notice text stating the configured period and the publishing body.',
  })
  publicityList(
    @Arg('workflow', () => String, { description: '流程 (JobPlacement: 公益性岗位拟聘人员; AssistanceProduct: 消费帮扶产品拟认定)' })
    workflow: string,
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码 (only records inside this region, any level)' })
    regionCode: string | null,
    @Arg('publisherId', () => ID, { nullable: true, description: '公示单位 id (one publishing organization)' }) publisherId: string | null,
    @Arg('startedOn', () => String, { nullable: true, description: '公示开始日期 (YYYY-MM-DD, China time: one batch)' })
    startedOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicityNotice> {
    return publicityNotice(ctx, { workflow, regionCode, publisherId, startedOn });
  }

  @Allow('publicity.object')
  @Mutation(() => Objection, {
    description:
      '登记异议 Record an objection against a record in publicity (in your jurisdiction). It blocks the step after publicity (CONFLICT, rule OPEN_OBJECTION) until decided, and is written to the record’s history.',
  })
  recordObjection(
    @Arg('input', () => RecordObjectionInput, { description: 'The objection.' }) input: RecordObjectionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Objection> {
    return recordObjection(ctx, {
      workflow: input.workflow,
      entityId: input.recordId,
      content: input.content,
      objectorName: input.objectorName,
      objectorContact: input.objectorContact,
    });
  }

  @Allow('publicity.read')
  @Mutation(() => Objection, {
    description:
      '处理异议 Decide an open objection (whoever may take the step after publicity: the township for placements, the certifying province for products). UPHOLD sends the record back to the status before publicity; DISMISS lets the step proceed. Both are written to the record’s history.',
  })
  resolveObjection(
    @Arg('id', () => ID, { description: '异议 id (the objection)' }) id: string,
    @Arg('decision', () => ObjectionDecision, { description: '结论 (decision)' }) decision: ObjectionDecision,
    @Arg('reason', () => String, { description: '处理意见 (the reason, required)' }) reason: string,
    @Arg('expectedVersion', () => Int, { description: 'The objection’s `version` you read; a stale one is refused with CONFLICT.' })
    expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Objection> {
    return resolveObjection(ctx, id, decision === ObjectionDecision.UPHOLD, reason, expectedVersion);
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '反映人姓名 (objector’s name: in full to those who decide objections, masked to others)',
  })
  objectorName(@Root() o: Objection, @Ctx() ctx: RequestContext): string | null {
    return objectorField(ctx, o, 'name');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '反映人联系方式 (objector’s contact: in full to those who decide objections, masked to others)',
  })
  objectorContact(@Root() o: Objection, @Ctx() ctx: RequestContext): string | null {
    return objectorField(ctx, o, 'contact');
  }

  @FieldResolver(() => Boolean, { description: '可处理 (true when the caller may decide this objection now)' })
  canResolve(@Root() o: Objection, @Ctx() ctx: RequestContext): boolean {
    return o.status === ObjectionStatus.OPEN && mayResolve(ctx.actor, o.workflow, o.regionCode);
  }
}

/** `publicity` and `objections` on every workflow that declares a publicity. */
function fieldsFor(def: PublicityDef): Function {
  const name = def.workflow.name;
  @Resolver(() => def.workflow.entity as ClassType<object>)
  class PublicityFields {
    @FieldResolver(() => Publicity, {
      nullable: true,
      description: '公示 (the current or latest publicity of this record; null when never publicized)',
    })
    async publicity(@Root() root: { id: string }, @Ctx() ctx: RequestContext): Promise<Publicity | null> {
      const all = await byRecord(ctx, Publicity, name, String(root.id), 'startedAt');
      return all[all.length - 1] ?? null;
    }

    @FieldResolver(() => [Objection], {
      description: '异议 (objections raised against this record in any of its publicities, oldest first)',
    })
    objections(@Root() root: { id: string }, @Ctx() ctx: RequestContext): Promise<Objection[]> {
      return byRecord(ctx, Objection, name, String(root.id), 'createdAt');
    }
  }
  Object.defineProperty(PublicityFields, 'name', { value: `${name}PublicityFields` });
  return PublicityFields;
}

/** Resolvers for modules/index.ts: called after every domain declared its publicity. */
export function publicityResolvers(): Function[] {
  return [PublicityResolver, ObjectionResolver, ...allPublicityDefinitions().map(fieldsFor)];
}
