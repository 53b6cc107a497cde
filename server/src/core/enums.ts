import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum declared once: each value with the description the schema shows, instead of a
 * TypeScript enum whose every value is named again in `registerEnumType`'s `valuesConfig`.
 * Returns the values as constants (`WelfarePostAction.PUBLISH === 'PUBLISH'`); declare the type of a
 * value beside it with the same name:
 *
 *   export const WelfarePostAction = graphqlEnum('WelfarePostAction', '岗位操作 Actions on a welfare post.', {
 *     PUBLISH: '发布 (publish: DRAFT → OPEN)',
 *     CLOSE: '关闭 (close: OPEN → CLOSED)',
 *   });
 *   export type WelfarePostAction = keyof typeof WelfarePostAction;
 */
export function graphqlEnum<const V extends Record<string, string>>(
  name: string,
  description: string,
  values: V,
): { readonly [K in keyof V & string]: K } {
  const enumObject: { [key: string]: string } = {};
  const valuesConfig: { [key: string]: { description: string } } = {};
  for (const [key, valueDescription] of Object.entries(values)) {
    enumObject[key] = key;
    valuesConfig[key] = { description: valueDescription };
  }
  registerEnumType(enumObject, { name, description, valuesConfig });
  // Each key maps to itself, which is what the mapped type says; TypeScript cannot follow it through the loop.
  return Object.freeze(enumObject) as { readonly [K in keyof V & string]: K };
}
