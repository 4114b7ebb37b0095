// The one database connection of a process: PGlite in DATA_DIR by default, PostgreSQL through a
// node-postgres pool when DATABASE_URL is set. Opening it applies the committed migrations.
// It is cached on globalThis because Next.js bundles each route separately, and every bundle must
// share the one PGlite instance that holds the directory lock.
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import path from 'node:path';
import { Pool } from 'pg';
import { config } from '@/lib/config';
import { logger } from '@/lib/logger';
import { lockDataDirectory } from './data-directory-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** The node-postgres pool, for stores that share it (rate limits); absent on PGlite. */
  pool?: Pool;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
// Any constant will do: it only keeps two instances from migrating the same database at once.
const MIGRATION_LOCK_ID = 7_262_018_001;

const globalForDb = globalThis as unknown as { drugnetDatabase?: Promise<DatabaseConnection> };

/** The process's database, opened and migrated on first use. A failed open is retried on the next call. */
export function database(): Promise<DatabaseConnection> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database is not opened while Next.js builds the app.');
  }
  if (!globalForDb.drugnetDatabase) {
    const url = config().DATABASE_URL;
    const opening = openDatabase(url ? { url } : { dataDir: config().dataDir });
    globalForDb.drugnetDatabase = opening;
    opening.catch(() => {
      if (globalForDb.drugnetDatabase === opening) globalForDb.drugnetDatabase = undefined;
    });
  }
  return globalForDb.drugnetDatabase;
}

export type DatabaseTarget = { url: string } | { dataDir: string };

/** Opens and migrates a database of one's own (tests, tools); the app uses database(). */
export function openDatabase(target: DatabaseTarget): Promise<DatabaseConnection> {
  return 'url' in target ? openPostgres(target.url) : openPglite(target.dataDir);
}

export async function closeDatabase(): Promise<void> {
  const opening = globalForDb.drugnetDatabase;
  globalForDb.drugnetDatabase = undefined;
  const connection = await opening?.catch(() => undefined);
  await connection?.close();
}

async function openPglite(dir: string): Promise<DatabaseConnection> {
  const release = await lockDataDirectory(dir);
  try {
    const client = new PGlite(dir, {
      extensions: { pg_trgm },
      // PGlite's own bytea conversion goes byte by byte through JS strings: ~10x slower for a photo.
      serializers: { [types.BYTEA]: (value: unknown) => `\\x${Buffer.from(value as Uint8Array).toString('hex')}` },
      parsers: { [types.BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex') },
    });
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      kind: 'pglite',
      db: db as unknown as Database,
      async close() {
        await client.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<DatabaseConnection> {
  const pool = new Pool({
    connectionString: url,
    max: config().DB_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 30_000,
  });
  // An idle connection dropped by the server (a restart, a failover) must not end the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => logger.warn({ err: error.message }, 'idle database connection lost'));
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const db = drizzlePostgres(pool, { schema });
  return { kind: 'postgres', db: db as unknown as Database, pool, close: () => pool.end() };
}
