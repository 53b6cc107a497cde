import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { LocalDateScalar } from '../../core/scalars';
import { Region } from '../region/region.entity';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: '性别 Gender.',
  valuesConfig: { MALE: { description: '男 (male)' }, FEMALE: { description: '女 (female)' } },
});

export enum HouseholdCategory {
  POVERTY_EXITED = 'POVERTY_EXITED',
  MONITORED = 'MONITORED',
  ORDINARY = 'ORDINARY',
}
registerEnumType(HouseholdCategory, {
  name: 'HouseholdCategory',
  description: '户类别 Household category.',
  valuesConfig: {
    POVERTY_EXITED: { description: '脱贫户 (poverty-exited household)' },
    MONITORED: { description: '监测户 (monitored household)' },
    ORDINARY: { description: '一般农户 (ordinary household)' },
  },
});

export enum MonitoringType {
  UNSTABLE = 'UNSTABLE',
  MARGINAL = 'MARGINAL',
  SUDDEN_HARDSHIP = 'SUDDEN_HARDSHIP',
}
registerEnumType(MonitoringType, {
  name: 'MonitoringType',
  description: '监测类型 Type of monitored household.',
  valuesConfig: {
    UNSTABLE: { description: '脱贫不稳定户 (unstable poverty-exited household)' },
    MARGINAL: { description: '边缘易致贫户 (marginal household at risk of poverty)' },
    SUDDEN_HARDSHIP: { description: '突发严重困难户 (household in sudden severe hardship)' },
  },
});

export enum LabourCapacity {
  FULL = 'FULL',
  WEAK = 'WEAK',
  NONE = 'NONE',
}
registerEnumType(LabourCapacity, {
  name: 'LabourCapacity',
  description: '劳动能力 Labour capacity.',
  valuesConfig: {
    FULL: { description: '全劳力 (full labour capacity)' },
    WEAK: { description: '弱劳力/半劳力 (weak or half labour capacity)' },
    NONE: { description: '无劳动能力 (no labour capacity)' },
  },
});

/**
 * A rural resident. The ID number and phone are stored encrypted, with a keyed hash for lookup and
 * uniqueness and a masked copy for display, so lists never decrypt anything.
 */
@ObjectType({ description: '人员 Person: a rural resident (applicant for posts, household member).' })
@Entity({ tableName: 'person' })
export class Person extends Record {
  @Field(() => String, { description: '姓名 (name)' })
  @Property({ type: 'string', length: 50, index: true })
  name: string;

  @Property({ type: 'text', hidden: true })
  idNumberEncrypted: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  idNumberHash: string;

  /** Display copy, so lists never decrypt; exposed as `idNumber`. */
  @Property({ type: 'string', length: 18 })
  idNumberMasked: string;

  @Field(() => Gender, { description: '性别 (gender, derived from the ID number)' })
  @Enum({ items: () => Gender, type: 'string', index: true })
  gender: Gender;

  @Field(() => LocalDateScalar, { description: '出生日期 (birth date, derived from the ID number)' })
  @Property({ type: 'string', length: 10, index: true })
  birthDate: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  phoneEncrypted?: string | null;

  /** Display copy, exposed as `phone`. */
  @Property({ type: 'string', length: 20, nullable: true })
  phoneMasked?: string | null;

  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'village_code' })
  villageCode: string;

  @Field(() => HouseholdCategory, { description: '户类别 (household category)' })
  @Enum({ items: () => HouseholdCategory, type: 'string', index: true })
  householdCategory: HouseholdCategory = HouseholdCategory.ORDINARY;

  @Field(() => MonitoringType, { nullable: true, description: '监测类型 (monitoring type, for monitored households)' })
  @Enum({ items: () => MonitoringType, type: 'string', nullable: true })
  monitoringType?: MonitoringType | null;

  @Field(() => LabourCapacity, { description: '劳动能力 (labour capacity)' })
  @Enum({ items: () => LabourCapacity, type: 'string', index: true })
  labourCapacity: LabourCapacity = LabourCapacity.FULL;

  @Field(() => Boolean, { description: '低保 (receives minimum-living allowance)' })
  @Property({ type: 'boolean', default: false })
  minimumLiving: boolean = false;

  @Field(() => Boolean, { description: '特困 (extreme hardship support)' })
  @Property({ type: 'boolean', default: false })
  extremeHardship: boolean = false;

  @Field(() => Boolean, { description: '残疾 (has a disability)' })
  @Property({ type: 'boolean', default: false, index: true })
  disabled: boolean = false;

  @Field(() => Boolean, { description: '易地搬迁 (relocated household)' })
  @Property({ type: 'boolean', default: false })
  relocated: boolean = false;

  @Field(() => Boolean, { description: '村干部及近亲属 (village cadre or close relative of one)' })
  @Property({ type: 'boolean', default: false, index: true })
  villageCadreOrRelative: boolean = false;
}
