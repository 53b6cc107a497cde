import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import {
  ArchiveScope,
  BooleanFilter,
  DateTimeFilter,
  IdFilter,
  LocalDateFilter,
  RegionCodeFilter,
  StringFilter,
  enumFilter,
} from '../../core/filters';
import { PartialInput } from '../../core/input-types';
import { Gender, HouseholdCategory, LabourCapacity, MonitoringType } from './person.entity';

export enum PersonSortField {
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  name = 'name',
  birthDate = 'birthDate',
  villageCode = 'villageCode',
}

const HouseholdCategoryFilter = enumFilter(HouseholdCategory, 'HouseholdCategory');
const LabourCapacityFilter = enumFilter(LabourCapacity, 'LabourCapacity');
const GenderFilter = enumFilter(Gender, 'Gender');

@InputType({ description: '人员筛选 Conditions on persons.' })
export class PersonFilter {
  @Field(() => IdFilter, { nullable: true, description: 'Id.' }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: '姓名 (name)' }) name?: StringFilter;
  @Field(() => String, {
    nullable: true,
    description: '公民身份号码 (exact ID number; matched through its keyed hash, never stored in clear)',
  })
  idNumber?: string;
  @Field(() => GenderFilter, { nullable: true, description: '性别 (gender)' }) gender?: InstanceType<typeof GenderFilter>;
  @Field(() => LocalDateFilter, { nullable: true, description: '出生日期 (birth date)' }) birthDate?: LocalDateFilter;
  @Field(() => RegionCodeFilter, { nullable: true, description: '户籍所在村 (home village; `within` a township, county…)' })
  village?: RegionCodeFilter;
  @Field(() => HouseholdCategoryFilter, { nullable: true, description: '户类别 (household category)' }) householdCategory?: InstanceType<
    typeof HouseholdCategoryFilter
  >;
  @Field(() => LabourCapacityFilter, { nullable: true, description: '劳动能力 (labour capacity)' }) labourCapacity?: InstanceType<
    typeof LabourCapacityFilter
  >;
  @Field(() => BooleanFilter, { nullable: true, description: '村干部及近亲属 (village cadre or relative)' })
  villageCadreOrRelative?: BooleanFilter;
  @Field(() => BooleanFilter, { nullable: true, description: '残疾 (disabled)' }) disabled?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: '更新时间 (updated at; for incremental sync)' }) updatedAt?: DateTimeFilter;
  @Field(() => ArchiveScope, { nullable: true, description: '归档范围 (archived records: hidden by default)' }) archived?: ArchiveScope;
  @Field(() => [PersonFilter], { nullable: true, description: 'All of these.' }) and?: PersonFilter[];
  @Field(() => [PersonFilter], { nullable: true, description: 'Any of these.' }) or?: PersonFilter[];
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

@InputType({ description: '人员信息 Fields of a person shared by create and update.' })
class PersonFields {
  @Field(() => String, { nullable: true, description: '联系电话 (mobile 11 digits, or landline with area code)' })
  @IsOptional()
  @Matches(PHONE, { message: '联系电话须为11位手机号或带区号的固定电话 (phone must be a mobile or landline number)' })
  phone?: string | null;

  @Field(() => MonitoringType, { nullable: true, description: '监测类型 (monitoring type; required for monitored households)' })
  monitoringType?: MonitoringType | null;

  @Field(() => Boolean, { nullable: true, description: '低保 (minimum-living allowance)' }) minimumLiving?: boolean;
  @Field(() => Boolean, { nullable: true, description: '特困 (extreme hardship)' }) extremeHardship?: boolean;
  @Field(() => Boolean, { nullable: true, description: '残疾 (disability)' }) disabled?: boolean;
  @Field(() => Boolean, { nullable: true, description: '易地搬迁 (relocated)' }) relocated?: boolean;
  @Field(() => Boolean, { nullable: true, description: '村干部及近亲属 (village cadre or close relative)' })
  villageCadreOrRelative?: boolean;
}

@InputType({ description: '新建人员 A new person.' })
export class CreatePersonInput extends PersonFields {
  @Field(() => String, { description: '姓名 (name)' })
  @Length(2, 50)
  name: string;

  @Field(() => String, { description: '公民身份号码 (18-character citizen ID number; gender and birth date are derived from it)' })
  idNumber: string;

  @Field(() => String, { description: '户籍所在村代码 (home village code, 12 digits)' })
  villageCode: string;

  @Field(() => HouseholdCategory, { nullable: true, description: '户类别 (household category; default ORDINARY)' })
  householdCategory?: HouseholdCategory;

  @Field(() => LabourCapacity, { nullable: true, description: '劳动能力 (labour capacity; default FULL)' })
  labourCapacity?: LabourCapacity;
}

@InputType({ description: '修改人员 Changes to a person; omitted fields keep their value. The ID number cannot change.' })
export class UpdatePersonInput extends PartialInput(CreatePersonInput, {
  omit: ['idNumber'],
  descriptions: { householdCategory: '户类别 (household category)', labourCapacity: '劳动能力 (labour capacity)' },
}) {}
