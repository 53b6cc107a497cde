import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { OrderDirection } from './filters';

@ObjectType({ description: '分页信息 Where this page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More rows follow this page.' }) hasNextPage: boolean;
  @Field(() => Boolean, { description: 'Rows precede this page.' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first row on this page.' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last row; pass it as `after` for the next page.' }) endCursor:
    string | null;
}

export interface ConnectionShape<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

const connections = new Map<Function, ClassType>();

/** `XConnection` and `XEdge` for an object type, created once. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name): ClassType<ConnectionShape<T>> {
  const existing = connections.get(node);
  if (existing) return existing as ClassType<ConnectionShape<T>>;

  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this row; stable while rows are inserted.' }) cursor: string;
    @Field(() => node, { description: 'The row.' }) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows with the total count.` })
  class ConnectionType {
    // Resolved lazily (a promise, counted only when asked for): needs a resolver, which awaits it.
    @Field(() => Int, { description: 'Rows matching the filter, across all pages.', simple: false }) totalCount: number;
    @Field(() => [node], { description: 'The rows of this page.' }) nodes: T[];
    @Field(() => [Edge], { description: 'The rows of this page with their cursors.' }) edges: Edge[];
    @Field(() => PageInfo, { description: 'Paging information.' }) pageInfo: PageInfo;
  }
  connections.set(node, ConnectionType);
  return ConnectionType as unknown as ClassType<ConnectionShape<T>>;
}

export interface OrderSpec {
  field: string;
  direction?: OrderDirection;
}

const orderInputs = new Map<object, ClassType>();

/** `XOrder { field: XSortField!, direction: OrderDirection }` for a sort-field enum. */
export function OrderInput<E extends object>(sortFields: E, name: string): ClassType<OrderSpec> {
  const existing = orderInputs.get(sortFields);
  if (existing) return existing as ClassType<OrderSpec>;
  registerEnumType(sortFields, {
    name: `${name}SortField`,
    description: `排序字段 Fields ${name} lists can be sorted by (each backed by an index).`,
    valuesConfig: Object.fromEntries(Object.keys(sortFields).map((k) => [k, { description: `Sort by ${k}.` }])) as never,
  });
  @InputType(`${name}Order`, { description: `One sort key for ${name} lists; give several for a multi-key sort.` })
  class Order {
    @Field(() => sortFields, { description: 'The field to sort by.' }) field: string;
    @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: 'Sort direction (default ASC).' })
    direction?: OrderDirection;
  }
  orderInputs.set(sortFields, Order);
  return Order;
}

export interface ListArgs<F = Record<string, unknown>> {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  filter?: F | null;
  orderBy?: OrderSpec[] | null;
}

/** Arguments of a list field: `first`, `after`, `offset`, `filter`, `orderBy`. */
export function ListArgsType<F extends object>(filter: ClassType<F>, order: ClassType<OrderSpec>, name: string): ClassType<ListArgs<F>> {
  @ArgsType()
  class Args {
    @Field(() => Int, { nullable: true, description: 'Page size: default 20, maximum 500.' }) first?: number;
    @Field(() => String, { nullable: true, description: 'Return rows after this cursor (from `pageInfo.endCursor`).' }) after?: string;
    @Field(() => Int, { nullable: true, description: 'Skip this many rows (for page numbers; prefer `after` for deep pages).' })
    offset?: number;
    @Field(() => filter, { nullable: true, description: `Conditions the ${name} rows must meet.` }) filter?: F;
    @Field(() => [order], { nullable: true, description: 'Sort keys in order of priority; the id breaks ties.' }) orderBy?: OrderSpec[];
  }
  Object.defineProperty(Args, 'name', { value: `${name}ListArgs` });
  return Args;
}
