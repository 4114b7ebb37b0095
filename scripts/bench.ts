// npm run bench: measures POST /send_request_web through `next start` on PGlite and on PostgreSQL,
// and prints the figures side by side (and writes them to BENCHMARKS.md). Each request carries a
// 100 KB PNG and a fresh Idempotency-Key, as a real integrator's would.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { addClientWithKey, type TestClient } from '@/e2e/support/fixtures';
import { type Backend, type Portal, startPortal } from '@/e2e/support/portal';
import { buildIfNeeded } from './build-if-needed';
import { noisePng } from '@/e2e/support/noise-png';
import { measureHugeUpload } from './bench/huge-upload';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 16];
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Row {
  backend: Backend;
  connections: number;
  ordersPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

function multipartOrder(client: TestClient, file: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomUUID()}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field('client_id', String(client.clientId)) +
    field('prescription', 'Headache') +
    field('order_items', '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function load(portal: Portal, client: TestClient, connections: number, seconds: number) {
  const { body, contentType } = multipartOrder(client, noisePng(100 * 1024));
  const result = await autocannon({
    url: `${portal.url}/send_request_web`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        body,
        headers: { 'x-api-key': client.key, 'content-type': contentType },
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });
  return result;
}

async function benchBackend(backend: Backend): Promise<{ rows: Row[]; hugeUpload: string }> {
  let client!: TestClient;
  const portal = await startPortal({
    backend,
    quiet: true,
    env: { RATE_LIMIT_API_PER_MIN: '100000000' },
    prepare: async (db) => void (client = await addClientWithKey(db)),
  });
  try {
    await load(portal, client, 4, 3); // warm up: JIT, connection pool, PGlite's caches
    const rows: Row[] = [];
    for (const connections of CONNECTIONS) {
      const result = await load(portal, client, connections, DURATION_SECONDS);
      rows.push({
        backend,
        connections,
        ordersPerSecond: result['2xx'] / DURATION_SECONDS,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failures: result.non2xx + result.errors,
      });
      console.log(`${backend}, ${connections} connection(s): ${rows.at(-1)!.ordersPerSecond.toFixed(1)} orders/s`);
    }
    return { rows, hugeUpload: await measureHugeUpload(portal, client.key) };
  } finally {
    await portal.stop();
  }
}

async function postgresReachable(): Promise<boolean> {
  const probe = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
    await probe.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  buildIfNeeded();
  process.env.TEST_DATABASE_URL = POSTGRES_URL;
  const backends: Backend[] = (await postgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];
  const results = [];
  for (const backend of backends) results.push(await benchBackend(backend));

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  const table = [
    '| database | connections | orders/s | p50 ms | p99 ms | failed |',
    '|---|---:|---:|---:|---:|---:|',
    ...results
      .flatMap((result) => result.rows)
      .map(
        (row) =>
          `| ${row.backend} | ${row.connections} | ${row.ordersPerSecond.toFixed(1)} | ${row.p50} | ${row.p99} | ${row.failures} |`,
      ),
  ].join('\n');
  const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.

\`POST /send_request_web\` through \`next start\`, multipart with a 100 KB PNG and a fresh
\`Idempotency-Key\` per request, ${DURATION_SECONDS} s per row after a 3 s warm-up; the load generator
(autocannon) runs on the same machine.

${table}

A 1 GB upload streamed without \`Content-Length\`:

${results.map((result, index) => `- ${backends[index]}: ${result.hugeUpload}`).join('\n')}
`;
  fs.writeFileSync('BENCHMARKS.md', report);
  console.log(`\n${report}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
