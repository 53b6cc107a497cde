import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { Knex } from 'knex';
import { LocalDateScalar, MoneyScalar, YearMonthScalar } from './scalars';

/*
 * Typed filter inputs shared by every entity. A filter object maps property names to one of these
 * operator inputs; `applyFilter` in read.ts turns it into SQL. Never raw JSON: clients get
 * completion and validation from the schema.
 */

export enum ArchiveScope {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
  ALL = 'ALL',
}
registerEnumType(ArchiveScope, {
  name: 'ArchiveScope',
  description: '归档范围 Which records to include by archive state.',
  valuesConfig: {
    ACTIVE: { description: '未归档 (not archived; the default)' },
    ARCHIVED: { description: '已归档 (archived only)' },
    ALL: { description: '全部 (both)' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: '排序方向 Sort direction.',
  valuesConfig: { ASC: { description: '升序 (ascending)' }, DESC: { description: '降序 (descending)' } },
});

@InputType({ description: '文本条件 Conditions on a text field; all given conditions must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to.' }) eq?: string;
  @Field(() => String, { nullable: true, description: 'Not equal to.' }) ne?: string;
  @Field(() => [String], { nullable: true, description: 'One of.' }) in?: string[];
  @Field(() => [String], { nullable: true, description: 'None of.' }) notIn?: string[];
  @Field(() => String, { nullable: true, description: 'Contains the text (case-sensitive).' }) contains?: string;
  @Field(() => String, { nullable: true, description: 'Starts with the text.' }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '标识条件 Conditions on an id or a reference to another record.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to.' }) eq?: string;
  @Field(() => [ID], { nullable: true, description: 'One of.' }) in?: string[];
  @Field(() => [ID], { nullable: true, description: 'None of.' }) notIn?: string[];
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '区划条件 Conditions on an administrative region code (统计用区划代码).' })
export class RegionCodeFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this region.' }) eq?: string;
  @Field(() => [String], { nullable: true, description: 'One of these regions.' }) in?: string[];
  @Field(() => String, { nullable: true, description: 'Inside this region (the code starts with it), e.g. "6204" for 白银市.' })
  within?: string;
  @Field(() => String, { nullable: true, description: 'Code starts with the text (same as within).' }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: has no region; false: has one.' }) isNull?: boolean;
}

@InputType({ description: '整数条件 Conditions on a whole number.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => Int, { nullable: true, description: 'Not equal to.' }) ne?: number;
  @Field(() => [Int], { nullable: true, description: 'One of.' }) in?: number[];
  @Field(() => Int, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => Int, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '金额条件 Conditions on an amount of money (yuan, e.g. "1000.00").' })
export class MoneyFilter {
  @Field(() => MoneyScalar, { nullable: true, description: 'Equal to.' }) eq?: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Greater than.' }) gt?: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Greater than or equal to.' }) gte?: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Less than.' }) lt?: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Less than or equal to.' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '时间条件 Conditions on a point in time.' })
export class DateTimeFilter {
  @Field(() => Date, { nullable: true, description: 'Equal to.' }) eq?: Date;
  @Field(() => Date, { nullable: true, description: 'After.' }) gt?: Date;
  @Field(() => Date, { nullable: true, description: 'At or after.' }) gte?: Date;
  @Field(() => Date, { nullable: true, description: 'Before.' }) lt?: Date;
  @Field(() => Date, { nullable: true, description: 'At or before.' }) lte?: Date;
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '日期条件 Conditions on a calendar date (YYYY-MM-DD).' })
export class LocalDateFilter {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Equal to.' }) eq?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'After.' }) gt?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after.' }) gte?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Before.' }) lt?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'On or before.' }) lte?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: has no value; false: has a value.' }) isNull?: boolean;
}

@InputType({ description: '月份条件 Conditions on a month (YYYY-MM).' })
export class YearMonthFilter {
  @Field(() => YearMonthScalar, { nullable: true, description: 'Equal to.' }) eq?: string;
  @Field(() => [YearMonthScalar], { nullable: true, description: 'One of.' }) in?: string[];
  @Field(() => YearMonthScalar, { nullable: true, description: 'From this month on.' }) gte?: string;
  @Field(() => YearMonthScalar, { nullable: true, description: 'Up to this month.' }) lte?: string;
}

@InputType({ description: '是否条件 Condition on a yes/no field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to.' }) eq?: boolean;
}

const enumFilters = new Map<object, Function>();

/** The filter input for an enum, created once per enum: `<Enum>Filter { eq ne in notIn }`. */
export function enumFilter<E extends object>(
  enumObject: E,
  enumName: string,
): new () => { eq?: E[keyof E]; ne?: E[keyof E]; in?: E[keyof E][]; notIn?: E[keyof E][] } {
  const existing = enumFilters.get(enumObject);
  if (existing) return existing as never;
  @InputType(`${enumName}Filter`, { description: `Conditions on ${enumName}.` })
  class EnumFilter {
    @Field(() => enumObject, { nullable: true, description: 'Equal to.' }) eq?: E[keyof E];
    @Field(() => enumObject, { nullable: true, description: 'Not equal to.' }) ne?: E[keyof E];
    @Field(() => [enumObject], { nullable: true, description: 'One of.' }) in?: E[keyof E][];
    @Field(() => [enumObject], { nullable: true, description: 'None of.' }) notIn?: E[keyof E][];
  }
  enumFilters.set(enumObject, EnumFilter);
  return EnumFilter;
}

/** Operators an operator-input may carry, applied to one SQL expression. */
export function applyOperators(
  qb: Knex.QueryBuilder,
  column: string,
  ops: Record<string, unknown>,
  convert: (v: unknown) => unknown = (v) => v,
): void {
  for (const [op, raw] of Object.entries(ops)) {
    if (raw === undefined || raw === null) continue;
    // Values come from validated GraphQL scalars and `convert`: knex's Value in all but name.
    const value = (Array.isArray(raw) ? raw.map(convert) : convert(raw)) as Knex.Value;
    switch (op) {
      case 'eq':
        qb.where(column, value);
        break;
      case 'ne':
        qb.whereNot(column, value);
        break;
      case 'in':
        qb.whereIn(column as string, value as Knex.Value[]);
        break;
      case 'notIn':
        qb.whereNotIn(column as string, value as Knex.Value[]);
        break;
      case 'gt':
        qb.where(column, '>', value);
        break;
      case 'gte':
        qb.where(column, '>=', value);
        break;
      case 'lt':
        qb.where(column, '<', value);
        break;
      case 'lte':
        qb.where(column, '<=', value);
        break;
      case 'contains':
        whereLike(qb, column, `%${escapeLike(String(value))}%`);
        break;
      case 'startsWith':
      case 'within':
        whereLike(qb, column, `${escapeLike(String(value))}%`);
        break;
      case 'isNull':
        if (value) qb.whereNull(column as string);
        else qb.whereNotNull(column as string);
        break;
      default:
        throw new Error(`Unknown filter operator ${op}`);
    }
  }
}

/** SQLite's LIKE has no default escape character, so it is named explicitly for both databases. */
export function whereLike(qb: Knex.QueryBuilder, column: string | Knex.Raw, pattern: string): void {
  if (typeof column === 'string') qb.whereRaw(`?? like ? escape '\\'`, [column, pattern]);
  else qb.whereRaw(`${column.toQuery()} like ? escape '\\'`, [pattern]);
}

/** LIKE wildcards typed by a user are matched literally. Both databases treat backslash as the escape here. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
