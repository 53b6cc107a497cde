import fs from 'fs';
import path from 'path';
import { buildSchema, parse, validate } from 'graphql';
import { buildModel } from '../../../admin/src/schema/model';
import { readProbes, readableEntities, refusedIn, PROBE_ID } from '../../../admin/src/data/access';
import type { GraphQLResponse } from '../../../admin/src/data/transport';

const fixture = fs.readFileSync(path.join(__dirname, '../fixtures/contract.graphql'), 'utf8');
const committed = fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8');

const forbidden = (field: string, permission: string) => ({
  message: `缺少权限 ${permission} (forbidden: needs ${permission})`,
  path: [field],
  extensions: { code: 'FORBIDDEN', permissions: [permission] },
});

describe('which entities the user may read', () => {
  test.each([
    ['the fixture', fixture],
    ['the committed schema', committed],
  ])('every probe validates against %s, and every entity is asked about once', (_, sdl) => {
    const schema = buildSchema(sdl);
    const model = buildModel(schema);
    const probes = readProbes(model);
    for (const p of probes) expect(validate(schema, parse(p.query)).map((e) => e.message)).toEqual([]);
    const asked = probes.flatMap((p) => [...p.roots.values()]).sort();
    expect(asked).toEqual(model.entities.map((e) => e.typeName).sort());
    // one request for every entity with a one-record query; no aliases (the server limits them)
    const one = probes.find((p) => p.variables.id === PROBE_ID)!;
    expect(one.roots.size).toBe(model.entities.filter((e) => e.oneQuery).length);
    expect(one.query).not.toMatch(/\w+:\s*\w+\(/);
  });

  test('an entity the server refuses is left out; other errors and silence leave it in', async () => {
    const model = buildModel(buildSchema(committed));
    const sent: string[] = [];
    const send = async (query: string): Promise<GraphQLResponse> => {
      sent.push(query);
      if (query.includes('welfarePost(id: $id)')) {
        return {
          data: { welfarePost: null, jobPlacement: null, region: null },
          errors: [
            forbidden('welfarePost', 'welfare.read'),
            forbidden('jobPlacement', 'welfare.read'),
            { message: 'bad id', path: ['region'], extensions: { code: 'BAD_USER_INPUT' } },
          ],
        };
      }
      if (query.includes('auditLogs(')) return { data: { auditLogs: { pageInfo: { hasNextPage: false } } } };
      return { data: {} };
    };
    const readable = await readableEntities(model, send as any);
    expect(readable.has('WelfarePost')).toBe(false);
    expect(readable.has('JobPlacement')).toBe(false);
    expect(readable.has('Region')).toBe(true);
    expect(readable.has('AuditLog')).toBe(true);
    expect(readable.has('Person')).toBe(true);
    expect(sent.length).toBe(readProbes(model).length);
  });

  test('a refused list probe (no path on the error) counts for its one entity; a failed request hides nothing', async () => {
    const model = buildModel(buildSchema(committed));
    const list = readProbes(model).find((p) => p.roots.has('auditLogs'))!;
    expect(refusedIn(list, { data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })).toEqual(['AuditLog']);
    const all = await readableEntities(model, (async () => {
      throw new Error('network');
    }) as any);
    expect(all.size).toBe(model.entities.length);
  });
});
