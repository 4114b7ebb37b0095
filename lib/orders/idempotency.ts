// Idempotency-Key: a retried order is stored once. A key is claimed (a row without a response) before
// the order is stored, and the order's transaction records the response in the same commit, so a
// claim and its order can never disagree (see create-order.ts). Keys are scoped to the caller and kept 24 hours.
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { ApiError } from '@/lib/http/api-error';

const KEEP_HOURS = 24;
// A claim this old without a response belongs to a process that died mid-order: it may be taken over.
const ABANDONED_CLAIM_SECONDS = 120;
const VISIBLE_ASCII = /^[\x21-\x7e]{1,255}$/;

export interface IdempotencyClaim {
  scope: string;
  key: string;
}

export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The request's Idempotency-Key, if it sent one; 400 when it is not 1 to 255 visible ASCII characters. */
export function idempotencyKeyOf(request: Request): string | undefined {
  const key = request.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (!VISIBLE_ASCII.test(key)) {
    throw new ApiError(
      'malformed_request',
      'The Idempotency-Key header must be 1 to 255 visible ASCII characters, for example a UUID.',
    );
  }
  return key;
}

/**
 * Claims `key` for this request. Returns the stored answer when the same payload was already
 * answered; throws 409 while it is still being answered, 422 when the key came with another payload.
 */
export async function claimIdempotencyKey(
  db: Database,
  claim: IdempotencyClaim,
  requestHash: string,
): Promise<StoredAnswer | undefined> {
  const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ ...claim, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return undefined;

    const [existing] = await db
      .select({
        requestHash: idempotencyKeys.requestHash,
        responseStatus: idempotencyKeys.responseStatus,
        responseBody: idempotencyKeys.responseBody,
        expired: sql<boolean>`${idempotencyKeys.createdAt} < now() - make_interval(hours => ${KEEP_HOURS})`,
        abandoned: sql<boolean>`${idempotencyKeys.responseStatus} IS NULL AND ${idempotencyKeys.createdAt} < now() - make_interval(secs => ${ABANDONED_CLAIM_SECONDS})`,
      })
      .from(idempotencyKeys)
      .where(where);
    if (!existing) continue; // released in the meantime: claim again
    if (existing.expired || existing.abandoned) {
      await db.delete(idempotencyKeys).where(and(where, eq(idempotencyKeys.requestHash, existing.requestHash)));
      continue;
    }
    if (existing.requestHash !== requestHash) {
      throw new ApiError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different order. Use a new key for a new order.',
      );
    }
    if (existing.responseStatus === null || !existing.responseBody) {
      throw new ApiError(
        'idempotency_in_progress',
        'An order with this Idempotency-Key is still being processed. Try again in a few seconds.',
      );
    }
    return { status: existing.responseStatus, body: existing.responseBody };
  }
  throw new ApiError('idempotency_in_progress', 'This Idempotency-Key is busy. Try again in a few seconds.');
}

/** Gives a claim back when its order could not be stored, so that a retry is not refused. */
export async function releaseIdempotencyKey(db: Database, claim: IdempotencyClaim): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, claim.scope),
        eq(idempotencyKeys.key, claim.key),
        isNull(idempotencyKeys.responseStatus),
      ),
    );
}

/** Forgets keys past their 24 hours. */
export async function purgeExpiredIdempotencyKeys(db: Database): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${KEEP_HOURS})`));
}
