// npm start: build when needed, prepare the database (migrations, and the demo client on a fresh
// one), then hand over to `next start`, passing signals on so that it shuts down gracefully.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { closeDatabase, database } from '@/db/client';
import { config } from '@/lib/config';
import { DEMO_CLIENT_ID, seedDemoClient } from '@/lib/clients/demo-client';
import { buildIfNeeded } from './build-if-needed';

async function prepareDatabase(): Promise<void> {
  const { db, kind } = await database();
  const key = config().SEED_DEMO_CLIENT ? await seedDemoClient(db) : undefined;
  await closeDatabase(); // the server opens it again; the embedded one allows one process at a time
  console.log(`Database ready (${kind === 'pglite' ? `embedded, in ${config().dataDir}` : 'PostgreSQL'}).`);
  if (key) printDemoKey(key);
}

function printDemoKey(key: string): void {
  const port = process.env.PORT ?? '3000';
  console.log(`
Created the demo client ${DEMO_CLIENT_ID}. Its API key is shown only this once:

    ${key}

Send an order with it:
    curl http://localhost:${port}/send_request_web -H 'x-api-key: ${key}' \\
      --form 'client_id="${DEMO_CLIENT_ID}"' --form 'prescription="Headache"' \\
      --form 'order_items="[{\\"name\\": \\"drug 1\\", \\"quantity\\": 2}]"'
`);
}

async function main(): Promise<void> {
  config(); // a bad setting stops us here, with its name
  buildIfNeeded();
  await prepareDatabase();
  const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: Error) => {
  console.error(`drugnet: ${error.message}`);
  process.exit(1);
});
