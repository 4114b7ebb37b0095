// Whether this instance can serve: its database answers a trivial query within two seconds.
import { sql } from 'drizzle-orm';
import { database } from '@/db/client';

const TIMEOUT_MS = 2_000;

export async function checkHealth(): Promise<{ code: 200 | 503; status: 'ok' | 'unavailable'; database?: string }> {
  try {
    const probe = database().then(async ({ db, kind }) => {
      await db.execute(sql`SELECT 1`);
      return kind;
    });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('database did not answer in time')), TIMEOUT_MS).unref(),
    );
    return { code: 200, status: 'ok', database: await Promise.race([probe, timeout]) };
  } catch {
    return { code: 503, status: 'unavailable' };
  }
}
