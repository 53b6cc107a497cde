/*
 * Every filter and sort the API offers is served by an index on PostgreSQL, the production
 * database: for each entity's filter input fields and sort-field enum values (read from the live
 * schema), EXPLAIN a lookup and a sorted first page with sequential scans priced out, and require
 * that no plan falls back to scanning the table. A new filter without an index fails here.
 */
import { startTestServer, ok } from '../support/server';
import type { TestServer } from '../support/server';
import { allResources, resource } from '../../server/src/core/resource';

const onPostgres = process.env.TEST_DB === 'postgresql' ? describe : describe.skip;
const LOGIC = new Set(['and', 'or', 'archived']);

function planNodes(plan: any, out: { type: string; relation?: string }[] = []): { type: string; relation?: string }[] {
  out.push({ type: plan['Node Type'], relation: plan['Relation Name'] });
  for (const child of plan.Plans ?? []) planNodes(child, out);
  return out;
}

onPostgres('indexes for every offered filter and sort (EXPLAIN on PostgreSQL)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  test('no offered filter or sort makes PostgreSQL scan a whole table', async () => {
    const token = await s.login('demo.province');
    const checked: string[] = [];
    const unindexed: string[] = [];
    const explain = async (table: string, sql: string, params: unknown[]) => {
      const [row] = await s.directRows(`explain (format json) ${sql}`, params, 'set enable_seqscan = off');
      const nodes = planNodes(row['QUERY PLAN'][0].Plan);
      return !nodes.some((n) => n.type === 'Seq Scan' && n.relation === table);
    };
    for (const config of allResources()) {
      const res = resource(config.entity);
      const types = ok(
        await s.gql(
          `query($f: String!, $o: String!) { f: __type(name: $f) { inputFields { name type { name } } } o: __type(name: $o) { enumValues { name } } }`,
          { f: `${res.name}Filter`, o: `${res.name}SortField` },
          token,
        ),
      );
      const filters = (types.f?.inputFields ?? [])
        .map((x: any) => x.name as string)
        .filter((n: string) => !LOGIC.has(n) && !res.customFilters?.[n]);
      const sorts = (types.o?.enumValues ?? []).map((x: any) => x.name as string);
      for (const name of filters) {
        const column = res.byProp.get(name) ?? res.byProp.get(`${name}Id`) ?? res.byProp.get(`${name}Code`);
        if (!column || column.kind === 'json') continue;
        const [sample] = await s.directRows(
          `select "${column.column}" as v from "${res.table}" where "${column.column}" is not null limit 1`,
        );
        const value =
          sample?.v ?? (column.kind === 'number' ? 0 : column.kind === 'boolean' ? true : column.kind === 'datetime' ? new Date() : 'x');
        checked.push(`${res.name}.${name}`);
        if (!(await explain(res.table, `select * from "${res.table}" where "${column.column}" = $1 limit 20`, [value])))
          unindexed.push(`filter ${res.name}.${name}`);
        // A region-code filter also offers `within`, a prefix match.
        const type = (types.f.inputFields as { name: string; type: { name: string | null } }[]).find((x) => x.name === name)?.type.name;
        if (type === 'RegionCodeFilter') {
          checked.push(`${res.name}.${name} within a region`);
          if (!(await explain(res.table, `select * from "${res.table}" where "${column.column}" like $1 limit 20`, ['620422%'])))
            unindexed.push(`within ${res.name}.${name}`);
        }
      }
      // Jurisdiction and `within` match region codes by prefix.
      const regionColumn = res.readScopeColumn ? [...res.byProp.values()].find((c) => c.column === res.readScopeColumn) : undefined;
      if (regionColumn) {
        checked.push(`${res.name} within a region`);
        if (!(await explain(res.table, `select * from "${res.table}" where "${regionColumn.column}" like $1 limit 20`, ['620422%'])))
          unindexed.push(`within ${res.name}.${regionColumn.prop}`);
      }
      for (const name of sorts) {
        const column = res.byProp.get(name);
        if (!column) continue;
        checked.push(`${res.name} by ${name}`);
        if (
          !(await explain(res.table, `select * from "${res.table}" order by "${column.column}", "${res.primaryKey.column}" limit 20`, []))
        )
          unindexed.push(`sort ${res.name}.${name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(100);
    expect(unindexed).toEqual([]);
  });
});
