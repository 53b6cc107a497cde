jest.setTimeout(300_000);

import { startTestServer } from '../support/server';
import type { TestServer } from '../support/server';
import { HUINING, newIdNumber, villageOf } from '../identity/helpers';
import { startBuiltServer } from './built-server';
import type { ServerProcess } from './built-server';

/*
 * Personal data never reaches the server log. A database error used to be logged whole: knex puts
 * the statement with its values into the message and PostgreSQL adds the failing row, so a refused
 * write printed the person's name and their encrypted and masked ID number. The built server in
 * production mode; the test reads everything the process printed.
 */

describe('the server log', () => {
  let holder: TestServer;
  let server: ServerProcess;
  beforeAll(async () => {
    holder = await startTestServer();
    server = await startBuiltServer(holder.databaseUrl);
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await holder?.close();
  });

  test('given a write the database refuses unexpectedly, then the log names the error, table and constraint but holds no name, ID number or row values', async () => {
    const name = '日志探针张三';
    // A rule only the database knows, as an unexpected driver error.
    if (holder.kind === 'postgresql') await holder.directSql(`alter table person add constraint t_log_probe check (name <> '${name}')`);
    else
      await holder.directSql(
        `create trigger t_log_probe before insert on person when new.name = '${name}' begin select raise(abort, 'log probe'); end`,
      );

    const token = await holder.login('demo.county');
    const idNumber = newIdNumber(HUINING, '19790305');
    const phone = '13912345678';
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        variables: { input: { name, idNumber, phone, villageCode: await villageOf(holder, HUINING) } },
      }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBeDefined();
    expect(JSON.stringify(body)).not.toContain(idNumber);

    // The log line is there (not vacuous) and says what failed and where.
    const deadline = Date.now() + 10_000;
    while (!/internal error/.test(server.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const log = server.output();
    expect(log).toMatch(/internal error: \w*(Exception|Error)/);
    expect(log).toMatch(holder.kind === 'postgresql' ? /constraint=t_log_probe/ : /Exception|SqliteError/);
    // …and nothing of the person.
    for (const secret of [name, idNumber, idNumber.slice(6, 14), phone, 'Failing row', 'insert into', 'values ('])
      expect(log).not.toContain(secret);
    // No masked ID number (6204**********1234) or phone (139****5678) either.
    expect(log).not.toMatch(/\d{6}\*{4,}[\dX]{4}|\d{3}\*{4}\d{4}/);
  });
});
