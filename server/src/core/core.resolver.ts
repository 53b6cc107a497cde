import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Public } from './access';
import type { RequestContext } from './context';
import { pendingCount, pendingFor } from './workflow';

@ObjectType({ description: '待办 A record waiting for an action the caller may take.' })
class PendingApproval {
  @Field(() => String, { description: '对象类型 (entity type, e.g. JobPlacement)' }) entity: string;
  @Field(() => ID, { description: 'Record id.' }) id: string;
  @Field(() => String, { description: '标题 (short description)' }) title: string;
  @Field(() => String, { description: '状态 (current status)' }) status: string;
  @Field(() => [String], { description: '可执行操作 (actions the caller may take)' }) actions: string[];
  @Field(() => Date, { description: '更新时间 (waiting since)' }) updatedAt: Date;
}

@ObjectType({ description: '服务状态 Health of the service.' })
class Health {
  @Field(() => Boolean, { description: 'The service answers.' }) ok: boolean;
  @Field(() => String, { description: 'Database kind in use.' }) database: string;
}

/** Fields that belong to no domain: health and the cross-workflow inbox. */
@Resolver()
export class CoreResolver {
  @Public()
  @Query(() => Health, { description: '服务状态 Liveness check; needs no sign-in.' })
  health(@Ctx() ctx: RequestContext): Health {
    return { ok: true, database: ctx.em.getPlatform().constructor.name.replace('Platform', '').toLowerCase() };
  }

  @Authorized()
  @Query(() => [PendingApproval], { description: '我的待办 Records across all workflows on which you can act now, oldest first.' })
  myPendingApprovals(
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'At most this many (default 100, max 500).' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PendingApproval[]> {
    return pendingFor(ctx, Math.min(Math.max(first, 1), 500));
  }

  @Authorized()
  @Query(() => Int, { description: '待办数 How many records across all workflows wait for an action you can take (the menu badge).' })
  myPendingApprovalCount(@Ctx() ctx: RequestContext): Promise<number> {
    return pendingCount(ctx);
  }
}
