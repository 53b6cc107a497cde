import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/*
 * The server as an operator runs it: compiled JavaScript (what `npm start` runs from dist/), in its
 * own process, with NODE_ENV=production. Tests of process behaviour (signals, lost connections,
 * limits, logs) use it, because production differs from the test runner's in-process server in
 * what matters there: Apollo installs its own signal handlers outside NODE_ENV=test, and errors are
 * formatted for strangers.
 *
 * The build goes to node_modules/.cache/ra-built/<hash of the sources>/dist, built once per version
 * of the code and shared by both database projects (the rename makes concurrent builds safe).
 * Module resolution walks up from there to the project's node_modules.
 */

const root = path.resolve(__dirname, '../..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'ra-built');

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(full.slice(root.length)).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['server/src', 'seeds', 'migrations']) walk(path.join(root, dir));
  hash.update(fs.readFileSync(path.join(root, 'tsconfig.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Path of the compiled server entry (dist/server/src/main.js), building it if this version is not built yet. */
export function builtServerEntry(): string {
  const target = path.join(cacheDir, sourceHash());
  const entry = path.join(target, 'dist', 'server', 'src', 'main.js');
  if (fs.existsSync(entry)) return entry;
  const building = `${target}.${process.pid}.${randomBytes(3).toString('hex')}`;
  // Type errors are `tsc --noEmit`'s business; this only needs the JavaScript.
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      path.join(root, 'tsconfig.json'),
      '--noCheck',
      '--outDir',
      path.join(building, 'dist'),
    ],
    { cwd: root, stdio: 'pipe' },
  );
  try {
    fs.renameSync(building, target);
  } catch {
    // Another worker finished the same build first.
    fs.rmSync(building, { recursive: true, force: true });
  }
  // Builds of older versions of the code (a few MB each), once they are a day old.
  for (const old of fs.readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, old);
    if (dir !== target && Date.now() - fs.statSync(dir).mtimeMs > 86_400_000) fs.rmSync(dir, { recursive: true, force: true });
  }
  return entry;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Base address, e.g. http://127.0.0.1:4711 */
  base: string;
  /** Resolves to the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything the process printed so far, stdout and stderr interleaved. */
  output(): string;
}

/** Starts the built server with NODE_ENV=production on `databaseUrl` and resolves once it listens. */
export function startBuiltServer(databaseUrl: string, env: Record<string, string | undefined> = {}): Promise<ServerProcess> {
  const entry = builtServerEntry();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      REDIS_URL: undefined,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const port = /GraphQL API:\s+http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port), base: `http://127.0.0.1:${port}`, exited, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}
