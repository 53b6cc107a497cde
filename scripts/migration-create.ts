/**
 * Writes the next migration for both databases by diffing the entities against a scratch database
 * that has every existing migration applied. Usage: npm run migration:create -- <name>
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../server/src/mikro-orm.config';

const adminUrl = process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function forKind(kind: 'sqlite' | 'postgresql', name: string): Promise<void> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (kind === 'sqlite') {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mig-')), 'scratch.sqlite');
    url = `sqlite:${file}`;
    cleanup = async () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  } else {
    const db = `mig_${Date.now()}`;
    const admin = await MikroORM.init({ ...ormOptions(adminUrl), entities: [], discovery: { warnWhenNoEntities: false } } as never);
    await admin.em.getConnection().execute(`create database ${db}`);
    url = adminUrl.replace(/\/[^/]*$/, `/${db}`);
    cleanup = async () => {
      await admin.em.getConnection().execute(`drop database if exists ${db} with (force)`);
      await admin.close();
    };
  }
  try {
    const orm = await MikroORM.init(ormOptions(url));
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(undefined, false, false, name);
    console.log(kind, result.fileName ? `wrote ${result.fileName}` : 'no changes');
    await orm.close();
  } finally {
    await cleanup();
  }
}

async function main() {
  const name = process.argv[2] ?? 'change';
  await forKind('sqlite', name);
  await forKind('postgresql', name);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
