// API keys of external clients. A key is `dn_<prefix>_<secret>`: 160 random bits of secret, shown
// once when created. Only its SHA-256 is stored (a slow hash adds nothing to 160 random bits), found
// by the public prefix and compared in constant time.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '@/db/client';
import { apiKeys, clients } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { findClient } from '@/lib/clients/clients';
import { RFC4648_LOWER, randomCode } from '@/lib/random-code';

const KEY_PATTERN = /^(dn_[a-z2-7]{8})_[a-z2-7]{32}$/;
// Compared against when no key has the presented prefix, so that both paths take the same time.
const NO_SUCH_KEY_HASH = Buffer.alloc(32);
const LAST_USED_PRECISION_MS = 60_000;

export interface AuthenticatedApiKey {
  id: number;
  clientId: number;
  label: string;
  prefix: string;
  /** Read with the key, so that an API order needs no second look at its client. */
  clientActive: boolean;
}

export class ApiKeyError extends Error {
  name = 'ApiKeyError';
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export async function createApiKey(
  db: Database,
  input: { clientId: number; label?: string },
): Promise<{ prefix: string; key: string }> {
  if (!(await findClient(db, input.clientId))) throw new ApiKeyError(`There is no client ${input.clientId}.`);
  for (;;) {
    const prefix = `dn_${randomCode(8, RFC4648_LOWER)}`;
    const key = `${prefix}_${randomCode(32, RFC4648_LOWER)}`;
    try {
      await db.insert(apiKeys).values({
        clientId: input.clientId,
        label: input.label ?? '',
        prefix,
        keyHash: hashKey(key).toString('hex'),
      });
      return { prefix, key };
    } catch (error) {
      if (!isUniqueViolation(error, 'api_keys_prefix_key')) throw error; // 1 in 10^12: draw again
    }
  }
}

/** Revokes the key with this prefix; false when there is no such active key. */
export async function revokeApiKey(db: Database, prefix: string): Promise<boolean> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return revoked.length > 0;
}

export interface ApiKeySummary {
  prefix: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A client's keys, newest first: never the key itself, which only its hash keeps. */
export async function listApiKeys(db: Database, clientId: number): Promise<ApiKeySummary[]> {
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.clientId, clientId)).orderBy(desc(apiKeys.createdAt));
  return rows.map((row) => ({
    prefix: row.prefix,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

const lastTouched = new Map<number, number>();

/** The active key that `presented` is, or null for a malformed, unknown or revoked one. */
export async function authenticateApiKey(db: Database, presented: string): Promise<AuthenticatedApiKey | null> {
  const prefix = KEY_PATTERN.exec(presented)?.[1];
  const [row] = prefix
    ? await db
        .select({ key: apiKeys, clientActive: clients.active })
        .from(apiKeys)
        .innerJoin(clients, eq(clients.id, apiKeys.clientId))
        .where(eq(apiKeys.prefix, prefix))
        .limit(1)
    : [];
  const matches = timingSafeEqual(hashKey(presented), row ? Buffer.from(row.key.keyHash, 'hex') : NO_SUCH_KEY_HASH);
  if (!row || !matches || row.key.revokedAt) return null;
  touch(db, row.key.id);
  const { id, clientId, label } = row.key;
  return { id, clientId, label, prefix: row.key.prefix, clientActive: row.clientActive };
}

/** Records when a key was last used, to the minute: a write per request would cost more than it tells. */
function touch(db: Database, id: number): void {
  const now = Date.now();
  if (now - (lastTouched.get(id) ?? 0) < LAST_USED_PRECISION_MS) return;
  lastTouched.set(id, now);
  db.update(apiKeys)
    .set({ lastUsedAt: new Date(now) })
    .where(eq(apiKeys.id, id))
    .catch(() => lastTouched.delete(id));
}
