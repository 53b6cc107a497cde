import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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

/** What a connection field needs fetched: rows (nodes, edges, pageInfo) and/or the total. */
export function connectionNeeds(info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): { rows: boolean; count: boolean } {
  if (!info) return { rows: true, count: true };
  const f = selectedFields(info);
  return { rows: f.has('nodes') || f.has('edges') || f.has('pageInfo'), count: f.has('totalCount') };
}
