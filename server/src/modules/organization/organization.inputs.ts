import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { IdFilter, RegionCodeFilter, StringFilter, DateTimeFilter, enumFilter, ArchiveScope } from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { OrganizationKind } from './organization.entity';

export enum OrganizationSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  name = 'name',
  kind = 'kind',
  regionCode = 'regionCode',
}

const OrganizationKindFilter = enumFilter(OrganizationKind, 'OrganizationKind');

@InputType({ description: '单位筛选 Conditions on organizations.' })
export class OrganizationFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '单位名称 (name)' }) name?: StringFilter;
  @Field(() => OrganizationKindFilter, { nullable: true, description: '单位类型 (kind)' }) kind?: InstanceType<
    typeof OrganizationKindFilter
  >;
  @Field(() => RegionCodeFilter, { nullable: true, description: '所在区划 (region)' }) region?: RegionCodeFilter;
  @Field(() => StringFilter, { nullable: true, description: '统一社会信用代码 (credit code)' }) creditCode?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [OrganizationFilter], { nullable: true, description: 'All of these.' }) and?: OrganizationFilter[];
  @Field(() => [OrganizationFilter], { nullable: true, description: 'Any of these.' }) or?: OrganizationFilter[];
}

@InputType({ description: '新建单位 A new organization.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: '单位名称 (name)' })
  @Length(2, 200)
  name: string;

  @Field(() => OrganizationKind, { description: '单位类型 (kind)' })
  kind: OrganizationKind;

  @Field(() => String, { description: '所在区划代码 (region code, any level)' })
  @Length(2, 12)
  regionCode: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (unified social credit code; validated when given)' })
  @IsOptional()
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '联系人 (contact person)' })
  @IsOptional()
  @MaxLength(50)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: '地址 (address)' })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;
}

@InputType({ description: '修改单位 Changes to an organization; omitted fields keep their value.' })
export class UpdateOrganizationInput extends PartialInput(CreateOrganizationInput, {
  descriptions: { creditCode: '统一社会信用代码 (credit code; empty string clears it)' },
}) {}
