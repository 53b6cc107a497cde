import { Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CrudResolver } from '../../core/crud';
import { regionResource } from './region.resource';
import { Connection, ListArgsType, OrderInput } from '../../core/pagination';
import type { ListArgs } from '../../core/pagination';
import { childConnection, loadById } from '../../core/read';
import type { Awaitable } from '../../core/read';
import type { RequestContext } from '../../core/context';
import { Region, ancestorCodes } from './region.entity';
import { RegionFilter, RegionSortField, UpdateRegionInput } from './region.inputs';
import { regionService } from './region.service';

const RegionListArgs = ListArgsType(RegionFilter, OrderInput(RegionSortField, 'Region'), 'Region');

@Resolver(() => Region)
export class RegionResolver extends CrudResolver(regionResource, {
  service: regionService,
  updateInput: UpdateRegionInput,
  archivable: false,
}) {
  @FieldResolver(() => ID, { description: 'Id: the region code.' })
  id(@Root() region: Region): string {
    return region.code;
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级区划 (parent region; null for provinces)' })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext): Awaitable<Region | null> {
    return loadById(ctx, Region, region.parentCode);
  }

  @FieldResolver(() => Connection(Region), { description: '下级区划 (regions directly below, as a connection)' })
  children(
    @Root() region: Region,
    @Args(() => RegionListArgs) args: ListArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(ctx, Region, 'parentCode', region.code, args, info);
  }

  @FieldResolver(() => [Region], { description: '各级上级 (all regions above, from the province down)' })
  async ancestors(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region[]> {
    const found = await Promise.all(ancestorCodes(region.code).map((code) => loadById(ctx, Region, code)));
    return found.filter((r): r is Region => r !== null);
  }

  @FieldResolver(() => String, { description: '全称 (full name from the province down, e.g. 甘肃省白银市会宁县)' })
  async fullName(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<string> {
    const above = await this.ancestors(region, ctx);
    return [...above, region].map((r) => (r.name === '市辖区' || r.name === '县' ? '' : r.name)).join('');
  }
}
