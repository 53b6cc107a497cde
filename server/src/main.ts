import 'reflect-metadata';
import { settings } from './config';
import { openDatabase, seedOnce } from './bootstrap';
import { createApp, listen } from './app';
import { closeRedis } from './core/redis';
import { seedersFor } from '../../seeds';

async function main(): Promise<void> {
  const orm = await openDatabase();
  await seedOnce(orm, seedersFor(settings));
  const { httpServer, apollo } = await createApp(orm);
  const port = await listen(httpServer, settings.port);
  const base = `http://localhost:${port}`;
  console.log(`\n乡村振兴帮扶管理 is running on ${settings.databaseUrl.startsWith('sqlite') ? 'SQLite' : 'PostgreSQL'}`);
  console.log(`  Console (管理后台): ${base}/admin/`);
  console.log(`  GraphQL API:       ${base}/graphql`);
  console.log(`  GraphQL IDE:       ${base}/graphiql`);
  if (settings.demoData) console.log('  Demo accounts: demo.province / demo.county / demo.township / demo.auditor, password Demo#2025');
  let stopping = false;
  const stop = async () => {
    // A second signal while draining means "now".
    if (stopping) process.exit(1);
    stopping = true;
    // Stops accepting connections and lets requests in flight finish (the drain plugin, up to its
    // grace period) before the pool closes: closing it first failed them with internal errors.
    await apollo.stop();
    await orm.close();
    await closeRedis();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('Failed to start:', error);
  process.exit(1);
});
