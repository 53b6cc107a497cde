import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Timestamped } from '../../core/entity';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '区划级别 Level of an administrative region.',
  valuesConfig: {
    PROVINCE: { description: '省级 (province, 2-digit code)' },
    CITY: { description: '地级 (city/prefecture, 4-digit code)' },
    COUNTY: { description: '县级 (county/district, 6-digit code)' },
    TOWNSHIP: { description: '乡级 (township/town/street, 9-digit code)' },
    VILLAGE: { description: '村级 (village/community, 12-digit code)' },
  },
});

/** Prefixes of a code for each level above it, e.g. 620422 → [62, 6204]. */
export function ancestorCodes(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

@ObjectType({
  description:
    '行政区划 Administrative region with the statistics bureau code (统计用区划代码); a region lies inside another exactly when its code starts with the other’s.',
})
@Entity({ tableName: 'region' })
export class Region extends Timestamped {
  @Field(() => String, { description: '区划代码 (the region code, e.g. 620422 for 会宁县; also the id)' })
  @PrimaryKey({ type: 'string', length: 12 })
  code: string;

  @Field(() => String, { description: '名称 (name)' })
  @Property({ type: 'string', length: 100, index: true })
  name: string;

  @Field(() => RegionLevel, { description: '级别 (level)' })
  @Enum({ items: () => RegionLevel, type: 'string', index: true })
  level: RegionLevel;

  @ManyToOne(() => Region, { mapToPk: true, nullable: true, index: true, fieldName: 'parent_code' })
  parentCode?: string | null;

  @Field(() => Boolean, { description: '脱贫县 (county flagged poverty-exited; consumption-assistance rules depend on it)' })
  @Property({ type: 'boolean', default: false, index: true })
  povertyExitedCounty: boolean = false;
}
