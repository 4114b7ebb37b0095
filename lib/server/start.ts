// What a server process does once, before it answers any request (called from instrumentation.ts):
// hook the HTTP server, open the database, and take over graceful shutdown.
import { closeDatabase, database } from '@/db/client';
import { DataDirectoryLockedError } from '@/db/data-directory-lock';
import { describeError } from '@/db/errors';
import { config } from '@/lib/config';
import { purgeExpiredIdempotencyKeys } from '@/lib/orders/idempotency';
import { logger } from '@/lib/logger';
import { httpServers, installRequestHooks, requestsDrained } from './request-hooks';

const SHUTDOWN_GRACE_MS = 25_000;

const PURGE_EVERY_MS = 60 * 60 * 1000;

export async function startServer(): Promise<void> {
  installRequestHooks();
  await openDatabaseOrExit();
  takeOverShutdown();
  setInterval(purgeExpired, PURGE_EVERY_MS).unref();
}

/** Idempotency keys past their 24 hours are forgotten, by every instance (the deletes are idempotent). */
async function purgeExpired(): Promise<void> {
  try {
    await purgeExpiredIdempotencyKeys((await database()).db);
  } catch (error) {
    logger.warn({ err: describeError(error) }, 'purging expired idempotency keys failed');
  }
}

async function openDatabaseOrExit(): Promise<void> {
  try {
    const { kind } = await database();
    logger.info({ database: kind }, 'database ready');
  } catch (error) {
    // PostgreSQL may come up after us: answer 503 until it does. The embedded database is ours to
    // open, so failing to open it (most often: another process holds it) ends this process.
    if (config().DATABASE_URL && !(error instanceof DataDirectoryLockedError)) {
      logger.warn({ err: (error as Error).message }, 'database unavailable at start; answering 503 until it is back');
      return;
    }
    process.stderr.write(`drugnet: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * Next.js's own signal handler exits as soon as its HTTP server has closed, without closing the
 * database. Ours stops accepting, lets the requests in flight finish, closes the database, then exits.
 */
function takeOverShutdown(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(signal));
  }
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  logger.info({ signal }, 'shutting down: finishing the requests in flight');
  for (const server of httpServers()) {
    server.close();
    server.closeIdleConnections();
  }
  const graceOver = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
  await Promise.race([requestsDrained(), graceOver]);
  await closeDatabase().catch((error) =>
    logger.error({ err: (error as Error).message }, 'closing the database failed'),
  );
  logger.info('stopped');
  process.exit(0);
}
