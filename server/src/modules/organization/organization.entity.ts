import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Record } from '../../core/entity';
import { Region } from '../region/region.entity';

export enum OrganizationKind {
  PARTY_GOVERNMENT = 'PARTY_GOVERNMENT',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  CENTRAL_SOE = 'CENTRAL_SOE',
  LOCAL_SOE = 'LOCAL_SOE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  COOPERATIVE = 'COOPERATIVE',
  FAMILY_FARM = 'FAMILY_FARM',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  UNIVERSITY = 'UNIVERSITY',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  MILITARY = 'MILITARY',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: '单位类型 Kind of organization.',
  valuesConfig: {
    PARTY_GOVERNMENT: { description: '党政机关 (Party or government body)' },
    PUBLIC_INSTITUTION: { description: '事业单位 (public institution)' },
    CENTRAL_SOE: { description: '中央企业 (central state-owned enterprise)' },
    LOCAL_SOE: { description: '地方国企 (local state-owned enterprise)' },
    PRIVATE_ENTERPRISE: { description: '民营企业 (private enterprise)' },
    COOPERATIVE: { description: '农民专业合作社 (farmers’ cooperative)' },
    FAMILY_FARM: { description: '家庭农场 (family farm)' },
    SOCIAL_ORGANIZATION: { description: '社会组织 (social organization)' },
    UNIVERSITY: { description: '高校 (university)' },
    SCHOOL: { description: '学校 (school)' },
    HOSPITAL: { description: '医院 (hospital)' },
    MILITARY: { description: '军队 (military unit)' },
    OTHER: { description: '其他 (other)' },
  },
});

@ObjectType({
  description: '单位 Organization: dispatching unit, partner government or enterprise, supplier, employer, school or hospital.',
})
@Entity({ tableName: 'organization' })
export class Organization extends Record {
  @Field(() => String, { description: '单位名称 (name)' })
  @Property({ type: 'string', length: 200, index: true })
  name: string;

  @Field(() => OrganizationKind, { description: '单位类型 (kind)' })
  @Enum({ items: () => OrganizationKind, type: 'string', index: true })
  kind: OrganizationKind;

  @ManyToOne(() => Region, { mapToPk: true, index: true, fieldName: 'region_code' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (unified social credit code, GB 32100, 18 characters)' })
  @Property({ type: 'string', length: 18, nullable: true })
  @Unique()
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '联系人 (contact person)' })
  @Property({ type: 'string', length: 50, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: '地址 (address)' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;
}
