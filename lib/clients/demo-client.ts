// A fresh installation gets one client to try the API with: 28378, the published samples' client.
import { clients } from '@/db/schema';
import type { Database } from '@/db/client';
import { createApiKey } from '@/lib/api-keys/api-keys';
import { countClients } from './clients';

export const DEMO_CLIENT_ID = 28378;

/** Creates the demo client and a key for it when the database has no clients; returns the new key. */
export async function seedDemoClient(db: Database): Promise<string | undefined> {
  if ((await countClients(db)) > 0) return undefined;
  // Several instances may start at once on one PostgreSQL: only the one whose insert lands goes on.
  const created = await db
    .insert(clients)
    .values({ id: DEMO_CLIENT_ID, name: 'Demo client' })
    .onConflictDoNothing()
    .returning({ id: clients.id });
  if (created.length === 0) return undefined;
  const { key } = await createApiKey(db, { clientId: DEMO_CLIENT_ID, label: 'demo' });
  return key;
}
