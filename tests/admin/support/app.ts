import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, TestServer } from '../../support/server';

/**
 * The real server (in-process, fresh database with demo data, as `npm start` seeds it) serving the
 * built console at /admin. The console must have been built (`npm run build:admin`, which
 * `npm run test:admin` does first).
 */
export async function startConsole(env: Record<string, string> = {}): Promise<{ server: TestServer; base: string }> {
  const index = path.resolve(__dirname, '../../../admin/dist/index.html');
  if (!fs.existsSync(index)) throw new Error('The console is not built: run `npm run build:admin` (npm run test:admin does it).');
  const server = await startTestServer(env);
  return { server, base: server.url.replace(/\/graphql$/, '') };
}
