import { InputType, getMetadataStorage as graphqlMetadata } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { IsOptional, getMetadataStorage as validationMetadata } from 'class-validator';

type FieldMetadata = ReturnType<typeof graphqlMetadata>['fields'][number];
type TypeOptions = FieldMetadata['typeOptions'];

export interface PartialInputOptions<T, K extends keyof T> {
  /** Fields the update does not take (those that cannot change after creation). */
  omit?: readonly K[];
  /**
   * Descriptions that differ on update, where the create description says something untrue of a
   * change ("default …" applies only to a new record, "empty string clears it" only to a change).
   */
  descriptions?: { [P in Exclude<keyof T, K>]?: string };
}

/** The GraphQL fields of a class and its ancestors in schema order: ancestors' first, a redeclared field where it first stood. */
function fieldsOf(type: Function): FieldMetadata[] {
  const chain: Function[] = [];
  for (let t: Function = type; t.prototype !== undefined && t !== Object; t = Object.getPrototypeOf(t) as Function) chain.unshift(t);
  const byName = new Map<string, FieldMetadata>();
  for (const t of chain) for (const f of graphqlMetadata().fields) if (f.target === t) byName.set(f.name, f);
  return [...byName.values()];
}

/** Nullable on update: a list `[X!]!` becomes `[X!]`, `[X]!` becomes `[X]`; a default would overwrite the stored value, so none is kept. */
function relaxed(options: TypeOptions): TypeOptions {
  const out: TypeOptions = {
    ...options,
    nullable: options.nullable === 'items' || options.nullable === 'itemsAndList' ? 'itemsAndList' : true,
  };
  delete out.defaultValue;
  return out;
}

/**
 * The base of an update input derived from a create input, as Saleor's `WarehouseUpdateInput(WarehouseInput)`
 * and NestJS's `PartialType`: the same fields in the same order with the same descriptions, every one
 * nullable, the class-validator rules kept and skipped when the field is omitted or null (IsOptional),
 * as an update leaves an omitted field as it is.
 *
 *   @InputType({ description: '修改岗位 Changes to a welfare post; …' })
 *   export class UpdateWelfarePostInput extends PartialInput(CreateWelfarePostInput, { omit: ['villageCode'] }) {}
 *
 * A field the update adds, or one it declares differently (required, other rules), is declared in the
 * subclass: a redeclared field keeps its place and its rules replace the inherited ones of the same
 * kind. Labels (`labelOf`) and input hygiene read the copied field metadata like any other.
 */
export function PartialInput<T extends object, K extends keyof T = never>(
  base: ClassType<T>,
  options: PartialInputOptions<T, K> = {},
): ClassType<Partial<Omit<T, K>>> {
  const omitted = new Set<PropertyKey>(options.omit ?? []);
  const descriptions: Partial<Record<PropertyKey, string>> = options.descriptions ?? {};
  const all = fieldsOf(base);
  // A misspelt name would silently keep (or leave undescribed) the field it meant.
  for (const name of [...omitted, ...Object.keys(descriptions)]) {
    if (!all.some((f) => f.name === name)) throw new Error(`PartialInput(${base.name}): ${String(name)} is not a field of ${base.name}`);
  }
  const fields = all.filter((f) => !omitted.has(f.name));

  // A class of its own, not a subclass of `base`: type-graphql would otherwise merge the required fields back in.
  const Derived = { [`Partial${base.name}`]: class {} }[`Partial${base.name}`];
  for (const f of fields) {
    const typeOptions = relaxed(f.typeOptions);
    // `@Field(() => [X])` learns that it is a list only when its type function first runs, and
    // records it on its own options: run the original and carry that over.
    const getType = () => {
      const type = f.getType();
      typeOptions.array = f.typeOptions.array;
      typeOptions.arrayDepth = f.typeOptions.arrayDepth;
      return type;
    };
    graphqlMetadata().collectClassFieldMetadata({
      ...f,
      target: Derived,
      description: descriptions[f.name] ?? f.description,
      getType,
      typeOptions,
    });
  }
  InputType(Derived.name)(Derived);

  const storage = validationMetadata();
  const kept = new Set(fields.map((f) => f.name));
  const rules = storage.getTargetValidationMetadatas(base, '', true, false).filter((m) => kept.has(m.propertyName));
  for (const rule of rules) storage.addValidationMetadata({ ...rule, target: Derived });
  for (const name of new Set(rules.map((m) => m.propertyName))) {
    if (!rules.some((m) => m.propertyName === name && m.name === 'isOptional')) IsOptional()(Derived.prototype, name);
  }
  return Derived;
}
