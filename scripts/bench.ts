// npm run bench: POST /send_request_web measured through `next start` and, as the floor Next.js adds
// to, the same intake code from lib/ behind a bare node:http server; on PGlite and PostgreSQL, at 1,
// 16 and 64 connections, each request with a 100 KB PNG and a fresh Idempotency-Key. Then peak
// server memory under 20 concurrent 10 MB uploads (streaming, and request.formData() buffering), and
// a 1 GB upload. Prints everything side by side and writes BENCHMARKS.md.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { openDatabase } from '@/db/client';
import { type TestClient, addClientWithKey } from '@/e2e/support/fixtures';
import { noisePng } from '@/e2e/support/noise-png';
import { type Backend, type Portal, freshPgliteDirectory, startPortal } from '@/e2e/support/portal';
import { buildIfNeeded } from './build-if-needed';
import { type BareServer, startBareServer } from './bench/bare-server-process';
import { measureHugeUpload } from './bench/huge-upload';
import { multipartOrder, peakMemoryUnder } from './bench/uploads';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 16, 64];
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const UNLIMITED = { RATE_LIMIT_API_PER_MIN: '100000000' };

interface Target {
  name: 'next start' | 'bare node:http';
  url: string;
  key: string;
  clientId: number;
  pid: () => number;
}

interface LoadRow {
  backend: Backend;
  target: Target['name'];
  connections: number;
  ordersPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

async function load(target: Target, connections: number, seconds: number, path = '/send_request_web') {
  const { body, contentType } = multipartOrder(target.clientId, noisePng(100 * 1024));
  return autocannon({
    url: `${target.url}${path}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        body,
        headers: { 'x-api-key': target.key, 'content-type': contentType },
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });
}

async function bareBeside(portal: Portal, backend: Backend): Promise<{ bare: BareServer; client: TestClient }> {
  if (backend === 'postgres') {
    const client = await portal.withDatabase((db) => addClientWithKey(db));
    return { bare: await startBareServer({ ...UNLIMITED, DATABASE_URL: portal.env.DATABASE_URL! }), client };
  }
  // The embedded database admits one process: the bare server gets a directory of its own.
  const dataDir = freshPgliteDirectory();
  const connection = await openDatabase({ dataDir });
  const client = await addClientWithKey(connection.db);
  await connection.close();
  return { bare: await startBareServer({ ...UNLIMITED, DATA_DIR: dataDir }, dataDir), client };
}

async function benchBackend(backend: Backend) {
  let portalClient!: TestClient;
  const portal = await startPortal({
    backend,
    quiet: true,
    env: UNLIMITED,
    prepare: async (db) => void (portalClient = await addClientWithKey(db)),
  });
  const { bare, client: bareClient } = await bareBeside(portal, backend);
  const targets: Target[] = [
    { name: 'next start', url: portal.url, key: portalClient.key, clientId: portalClient.clientId, pid: portal.pid },
    { name: 'bare node:http', url: bare.url, key: bareClient.key, clientId: bareClient.clientId, pid: bare.pid },
  ];
  try {
    const rows: LoadRow[] = [];
    for (const target of targets) {
      await load(target, 16, 3); // warm up: JIT, pools, caches
      for (const connections of CONNECTIONS) {
        const result = await load(target, connections, SECONDS);
        const row = {
          backend,
          target: target.name,
          connections,
          ordersPerSecond: result['2xx'] / SECONDS,
          p50: result.latency.p50,
          p99: result.latency.p99,
          failed: result.non2xx + result.errors + result.timeouts,
        };
        rows.push(row);
        console.log(
          `${backend} · ${target.name} · ${connections} conn: ${row.ordersPerSecond.toFixed(1)} orders/s, p99 ${row.p99} ms`,
        );
      }
    }
    return {
      rows,
      memory: await memoryFigures(backend),
      hugeUpload: await measureHugeUpload(portal, portalClient.key),
    };
  } finally {
    await bare.stop();
    await portal.stop();
  }
}

/** Each measured on a freshly started server, so that one run's garbage does not count in the next. */
async function memoryFigures(backend: Backend) {
  const measure = async (kind: 'next' | 'bare', path: string) => {
    let client!: TestClient;
    const portal = await startPortal({
      backend,
      quiet: true,
      env: UNLIMITED,
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
    try {
      if (kind === 'next') return await peakMemoryUnder({ ...client, url: portal.url, pid: portal.pid }, path);
      const { bare, client: bareClient } = await bareBeside(portal, backend);
      try {
        return await peakMemoryUnder({ ...bareClient, url: bare.url, pid: bare.pid }, path);
      } finally {
        await bare.stop();
      }
    } finally {
      await portal.stop();
    }
  };
  const memory = {
    next: await measure('next', '/send_request_web'),
    bareStreaming: await measure('bare', '/send_request_web'),
    bareBuffered: await measure('bare', '/buffered'),
  };
  console.log(`${backend} · memory under 20 × 10 MB:`, memory);
  return memory;
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

function report(results: Array<{ backend: Backend } & Awaited<ReturnType<typeof benchBackend>>>): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const throughput = results.flatMap(({ backend, rows }) =>
    CONNECTIONS.map((connections) => {
      const next = rows.find((row) => row.target === 'next start' && row.connections === connections)!;
      const bare = rows.find((row) => row.target === 'bare node:http' && row.connections === connections)!;
      const ratio = ((100 * next.ordersPerSecond) / bare.ordersPerSecond).toFixed(0);
      return `| ${backend} | ${connections} | ${next.ordersPerSecond.toFixed(1)} | ${next.p50} / ${next.p99} | ${bare.ordersPerSecond.toFixed(1)} | ${bare.p50} / ${bare.p99} | ${ratio}% | ${next.failed + bare.failed} |`;
    }),
  );
  const memory = results.map(
    ({ backend, memory: m }) =>
      `| ${backend} | ${m.next.peak} (+${m.next.added}) | ${m.bareStreaming.peak} (+${m.bareStreaming.added}) | ${m.bareBuffered.peak} (+${m.bareBuffered.added}) |`,
  );
  return `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. The load generator
(autocannon), the servers and PostgreSQL share the machine's cores.

## Orders a second

\`POST /send_request_web\`, multipart with a 100 KB PNG and a fresh \`Idempotency-Key\` per request,
${SECONDS} s per row after a 3 s warm-up. "bare" is the same intake code from \`lib/\` behind a plain
\`node:http\` server: the floor Next.js adds to. Latencies in ms.

| database | connections | next start orders/s | p50 / p99 | bare orders/s | p50 / p99 | next / bare | failed |
|---|---:|---:|---:|---:|---:|---:|---:|
${throughput.join('\n')}

## Peak server memory, 20 concurrent 10 MB uploads

Resident memory of the server process in MiB, sampled every 10 ms: the highest, and how much above
its level before the uploads. Every upload is a whole order, stored.

| database | next start, streaming | bare, streaming | bare, request.formData() |
|---|---:|---:|---:|
${memory.join('\n')}

## A 1 GB upload, streamed without Content-Length

${results.map(({ backend, hugeUpload }) => `- ${backend}: ${hugeUpload}`).join('\n')}
`;
}

async function main(): Promise<void> {
  buildIfNeeded();
  process.env.TEST_DATABASE_URL = POSTGRES_URL;
  const backends: Backend[] = (await postgresReachable()) ? ['postgres', 'pglite'] : ['pglite'];
  const results = [];
  for (const backend of backends) results.push({ backend, ...(await benchBackend(backend)) });
  const text = report(results);
  fs.writeFileSync('BENCHMARKS.md', text);
  console.log(`\n${text}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
