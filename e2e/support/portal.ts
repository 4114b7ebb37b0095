// A real portal for tests: the built app under `next start`, on a database of its own (a fresh
// PGlite directory, or a fresh PostgreSQL database on TEST_DATABASE_URL's server).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, type DatabaseConnection, openDatabase } from '@/db/client';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server to make databases on. */
export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface Portal {
  backend: Backend;
  url: string;
  /** The server's process id, while it runs. */
  pid(): number;
  /** Everything the server printed. */
  output(): string;
  /** The environment the server runs with (its DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  /**
   * Runs `work` on the portal's database. An embedded database admits one process, so on PGlite
   * the server is stopped meanwhile and started again afterwards, on the same address.
   */
  withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** Ends the server with SIGKILL: no shutdown of any kind. */
  kill(): Promise<void>;
  /** Starts the server again (stopping it first if it runs), on the same address and database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface PortalOptions {
  backend: Backend;
  env?: Record<string, string>;
  /** Runs on the fresh database before the server starts (clients, keys, faults). */
  prepare?: (db: Database) => Promise<void>;
  /** Points the server at a PostgreSQL address where nothing listens, and does not wait for health. */
  unreachableDatabase?: boolean;
  /** Serves this PGlite directory (kept afterwards) instead of a fresh one. */
  dataDir?: string;
  /** Drops what the server prints instead of keeping it (for long benchmark runs). */
  quiet?: boolean;
  /** Serves this PostgreSQL database (another portal's, left in place afterwards): a second instance. */
  databaseUrl?: string;
  /** The server reaches PostgreSQL through this port on 127.0.0.1 (a proxy a test can cut). */
  postgresPort?: number;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function startPortal(options: PortalOptions): Promise<Portal> {
  const port = await freePort();
  const store = options.unreachableDatabase
    ? await unreachableDatabase()
    : options.databaseUrl
      ? existingPostgresDatabase(options.databaseUrl)
      : options.backend === 'pglite'
        ? await pgliteDirectory(options.dataDir)
        : await freshPostgresDatabase();
  if (options.postgresPort) {
    const url = new URL(store.env.DATABASE_URL!);
    url.port = String(options.postgresPort);
    store.env.DATABASE_URL = url.href;
  }
  const env = { ...options.env, ...store.env };
  let output = '';
  let server: ChildProcess | undefined;

  const launch = async () => {
    server = spawnServer(port, env, (text) => (output = options.quiet ? text : output + text));
    await waitUntilAnswering(`http://127.0.0.1:${port}`, server, () => output, !options.unreachableDatabase);
  };
  const halt = async () => {
    const running = server;
    server = undefined;
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill('SIGTERM');
      await new Promise((resolve) => running.once('exit', resolve));
    }
  };
  const withDatabase = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
    if (store.shared) return work((await store.shared()).db);
    const wasRunning = server !== undefined;
    await halt();
    const connection = await store.open();
    try {
      return await work(connection.db);
    } finally {
      await connection.close();
      if (wasRunning) await launch();
    }
  };

  if (options.prepare) await withDatabase(options.prepare);
  await launch();
  return {
    backend: options.backend,
    url: `http://127.0.0.1:${port}`,
    pid: () => server?.pid ?? -1,
    output: () => output,
    env,
    withDatabase,
    async kill() {
      const running = server;
      server = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      running.kill('SIGKILL');
      await new Promise((resolve) => running.once('exit', resolve));
    },
    async restart() {
      await halt();
      await launch();
    },
    async stop() {
      await halt();
      await store.dispose();
    },
  };
}

interface Store {
  env: Record<string, string>;
  open(): Promise<DatabaseConnection>;
  /** PostgreSQL admits the tests' connection beside the server's. */
  shared?: () => Promise<DatabaseConnection>;
  dispose(): Promise<void>;
}

/** A fresh PGlite directory (or the caller's own, left in place afterwards). */
async function pgliteDirectory(existing?: string): Promise<Store> {
  const dataDir = existing ?? freshPgliteDirectory();
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    dispose: async () => {
      if (!existing) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new, migrated PGlite directory: a copy of the run's template (global-setup.ts) saves an initdb. */
export function freshPgliteDirectory(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drugnet-test-'));
  const template = process.env.DRUGNET_TEST_PGLITE_TEMPLATE;
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

async function freshPostgresDatabase(): Promise<Store> {
  const serverUrl = new URL(process.env.TEST_DATABASE_URL!);
  const name = `drugnet_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl.href);
  url.pathname = `/${name}`;
  let connection: Promise<DatabaseConnection> | undefined;
  return {
    env: { DATABASE_URL: url.href },
    open: () => openDatabase({ url: url.href }),
    shared: () => (connection ??= openDatabase({ url: url.href })),
    async dispose() {
      await (await connection)?.close();
      const cleaner = new pg.Client({ connectionString: serverUrl.href });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    },
  };
}

function existingPostgresDatabase(url: string): Store {
  let connection: Promise<DatabaseConnection> | undefined;
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase({ url }),
    shared: () => (connection ??= openDatabase({ url })),
    dispose: async () => void (await (await connection)?.close()),
  };
}

async function unreachableDatabase(): Promise<Store> {
  const url = `postgres://postgres@127.0.0.1:${await freePort()}/nothing_listens_here`;
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase({ url }),
    dispose: async () => undefined,
  };
}

function spawnServer(port: number, env: Record<string, string>, print: (text: string) => void): ChildProcess {
  const server = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk: Buffer) => print(chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => print(chunk.toString()));
  return server;
}

async function waitUntilAnswering(url: string, server: ChildProcess, output: () => string, healthy: boolean) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The portal exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok || !healthy) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The portal did not become healthy within a minute:\n${output()}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
