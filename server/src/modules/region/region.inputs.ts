import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { BooleanFilter, DateTimeFilter, IdFilter, RegionCodeFilter, StringFilter, enumFilter } from '../../core/filters';
import { RegionLevel } from './region.entity';

export enum RegionSortField {
  code = 'code',
  name = 'name',
  updatedAt = 'updatedAt',
}

const RegionLevelFilter = enumFilter(RegionLevel, 'RegionLevel');

@InputType({ description: '区划筛选 Conditions on regions; all given conditions must hold.' })
export class RegionFilter {
  @Field(() => RegionCodeFilter, { nullable: true, description: '区划代码 (code)' }) code?: RegionCodeFilter;
  @Field(() => String, { nullable: true, description: '所属区划 (inside this region: the code starts with it, e.g. "6204")' })
  within?: string;
  @Field(() => StringFilter, { nullable: true, description: '名称 (name)' }) name?: StringFilter;
  @Field(() => RegionLevelFilter, { nullable: true, description: '级别 (level)' }) level?: InstanceType<typeof RegionLevelFilter>;
  @Field(() => IdFilter, { nullable: true, description: '上级区划 (parent region code)' }) parent?: IdFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '脱贫县 (poverty-exited county flag)' }) povertyExitedCounty?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => [RegionFilter], { nullable: true, description: 'All of these.' }) and?: RegionFilter[];
  @Field(() => [RegionFilter], { nullable: true, description: 'Any of these.' }) or?: RegionFilter[];
}

@InputType({ description: '区划修改 Changes administrators may make to a region.' })
export class UpdateRegionInput {
  @Field(() => String, { nullable: true, description: '名称 (name)' })
  @IsOptional()
  @MaxLength(100)
  name?: string;

  @Field(() => Boolean, { nullable: true, description: '脱贫县 (poverty-exited county flag; counties only)' })
  povertyExitedCounty?: boolean;
}
