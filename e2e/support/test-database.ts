// A database of a test's own, opened in the test's process: a fresh PGlite directory, or a fresh
// PostgreSQL database on TEST_DATABASE_URL's server (dropped afterwards).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { type DatabaseConnection, openDatabase } from '@/db/client';
import { type Backend, freshPgliteDirectory } from './portal';

export interface TestDatabase {
  connection: DatabaseConnection;
  dispose(): Promise<void>;
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dataDir = freshPgliteDirectory();
    const connection = await openDatabase({ dataDir });
    return {
      connection,
      async dispose() {
        await connection.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = new URL(process.env.TEST_DATABASE_URL!);
  const name = `drugnet_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server.href);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ url: url.href });
  return {
    connection,
    async dispose() {
      await connection.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
