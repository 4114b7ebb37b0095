// The secret that signs staff session cookies: AUTH_SECRET when set, otherwise one the portal makes
// on first use and keeps in its database, so that a fresh installation needs no setup and every
// instance on one PostgreSQL signs alike.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { portalSettings } from '@/db/schema';
import { config } from '@/lib/config';

const KEY = 'auth_secret';

export async function authSecret(db: Database): Promise<string> {
  const configured = config().AUTH_SECRET;
  if (configured) return configured;
  await db
    .insert(portalSettings)
    .values({ key: KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(portalSettings).where(eq(portalSettings.key, KEY));
  return row!.value;
}
