import { getNamedType, isObjectType } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Names of the fields selected directly under the current field, through fragments. */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') names.add(sel.name.value);
      else if (sel.kind === 'InlineFragment') visit(sel.selectionSet);
      else if (sel.kind === 'FragmentSpread') visit((info.fragments[sel.name.value] as FragmentDefinitionNode | undefined)?.selectionSet);
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet);
  return names;
}

/** What a connection field needs fetched: rows (nodes, edges, pageInfo), the total, and the sort values cursors are made of. */
export function connectionNeeds(info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): {
  rows: boolean;
  count: boolean;
  cursors: boolean;
} {
  if (!info) return { rows: true, count: true, cursors: true };
  const f = selectedFields(info);
  return {
    rows: f.has('nodes') || f.has('edges') || f.has('pageInfo'),
    count: f.has('totalCount'),
    cursors: f.has('edges') || f.has('pageInfo'),
  };
}

export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType'>;

function fieldsUnder(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: (SelectionSetNode | undefined)[], path: string[]): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === 'InlineFragment') visit(sel.selectionSet, depth);
      else if (sel.kind === 'FragmentSpread')
        visit((info.fragments[sel.name.value] as FragmentDefinitionNode | undefined)?.selectionSet, depth);
      else if (depth === path.length) names.add(sel.name.value);
      else if (sel.name.value === path[depth]) visit(sel.selectionSet, depth + 1);
    }
  };
  for (const set of sets) visit(set, 0);
  return names;
}

/**
 * The row type's fields a request selects, with that type: under `nodes` and `edges { node }` of a
 * connection field, or directly under a field returning one row. Undefined when unknown.
 */
export function selectedRowFields(
  info: SelectionInfo | undefined,
  connection: boolean,
): { type: GraphQLObjectType; fields: Set<string> } | undefined {
  if (!info) return undefined;
  const returned = getNamedType(info.returnType);
  if (!isObjectType(returned)) return undefined;
  const sets = info.fieldNodes.map((n) => n.selectionSet);
  if (!connection) return { type: returned, fields: fieldsUnder(info, sets, []) };
  const node = getNamedType(returned.getFields().nodes?.type);
  if (!isObjectType(node)) return undefined;
  const fields = fieldsUnder(info, sets, ['nodes']);
  for (const f of fieldsUnder(info, sets, ['edges', 'node'])) fields.add(f);
  return { type: node, fields };
}

/**
 * The nodes of one field of the row type, under `nodes` and `edges { node }` of a connection or
 * directly under a field returning one row, through fragments: the selection a to-one field of
 * every row will resolve.
 */
export function rowFieldNodes(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, connection: boolean, field: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, path: string[], depth: number) => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === 'InlineFragment') visit(sel.selectionSet, path, depth);
      else if (sel.kind === 'FragmentSpread')
        visit((info.fragments[sel.name.value] as FragmentDefinitionNode | undefined)?.selectionSet, path, depth);
      else if (depth === path.length) {
        if (sel.name.value === field) found.push(sel);
      } else if (sel.name.value === path[depth]) visit(sel.selectionSet, path, depth + 1);
    }
  };
  const paths = connection ? [['nodes'], ['edges', 'node']] : [[]];
  for (const node of info.fieldNodes) for (const path of paths) visit(node.selectionSet, path, 0);
  return found;
}
