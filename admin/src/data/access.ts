/**
 * Which entities the signed-in user may read, asked of the server itself rather than guessed from
 * names: the schema does not say which permission domain guards an entity (`WelfarePost`,
 * `JobPlacement` and `SubsidyPayment` all need `welfare.read`, `AuditLog` needs `audit.read`), but
 * the server answers FORBIDDEN for every field the user may not read.
 *
 * One request per session: every entity's one-record query, `x(id)`, for an id no record has.
 * These fields are nullable, so each refusal comes back as its own error beside the others'
 * (a refused non-null list field would void the whole answer), and a lookup by an unknown id costs
 * the server nothing. The API contract guards `x(id)` with the same permission as the list `xs`.
 * An entity without a one-record query is asked through its list, alone, for one row without a
 * count. Anything but FORBIDDEN (a network failure, an odd id refused) leaves the entity shown: the
 * menu only hides what the server has refused; the server still guards everything.
 */
import type { SchemaModel } from '../schema/model';
import { GraphQLResponse, rawRequest } from './transport';

/** An id no record has: the lookups find nothing, only the permission check answers. */
export const PROBE_ID = '00000000-0000-0000-0000-000000000000';

export interface ReadProbe {
  query: string;
  variables: Record<string, unknown>;
  /** Root field -> entity type name. */
  roots: Map<string, string>;
}

export function readProbes(model: SchemaModel): ReadProbe[] {
  const probes: ReadProbe[] = [];
  const withOne = model.entities.filter((e) => e.oneQuery);
  if (withOne.length) {
    probes.push({
      query: `query CanRead($id: ID!) { ${withOne.map((e) => `${e.oneQuery}(id: $id) { __typename }`).join(' ')} }`,
      variables: { id: PROBE_ID },
      roots: new Map(withOne.map((e) => [e.oneQuery!, e.typeName])),
    });
  }
  for (const e of model.entities.filter((x) => !x.oneQuery)) {
    probes.push({
      query: `query CanRead { ${e.listQuery}(first: 1) { pageInfo { hasNextPage } } }`,
      variables: {},
      roots: new Map([[e.listQuery, e.typeName]]),
    });
  }
  return probes;
}

/** Entity type names the server refused to read in one probe's answer. */
export function refusedIn(probe: ReadProbe, res: GraphQLResponse): string[] {
  const out: string[] = [];
  for (const err of res.errors ?? []) {
    if (err.extensions?.code !== 'FORBIDDEN') continue;
    const root = err.path?.[0] ?? (probe.roots.size === 1 ? [...probe.roots.keys()][0] : undefined);
    const typeName = root === undefined ? undefined : probe.roots.get(String(root));
    if (typeName && !out.includes(typeName)) out.push(typeName);
  }
  return out;
}

/** Type names of the entities the signed-in user may read. */
export async function readableEntities(model: SchemaModel, send: typeof rawRequest = rawRequest): Promise<Set<string>> {
  const refused = new Set<string>();
  await Promise.all(readProbes(model).map((p) => send(p.query, p.variables)
    .then((res) => { for (const t of refusedIn(p, res)) refused.add(t); })
    .catch(() => undefined)));
  return new Set(model.entities.map((e) => e.typeName).filter((t) => !refused.has(t)));
}
