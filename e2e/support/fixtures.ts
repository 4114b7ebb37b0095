// Test data: every test makes its own clients and keys, with ids no other test uses.
import { randomInt } from 'node:crypto';
import { count, eq, like } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { attachments, clients, idempotencyKeys, orderEvents, orderItems, orders } from '@/db/schema';
import { createApiKey } from '@/lib/api-keys/api-keys';
import { createClient } from '@/lib/clients/clients';

export function uniqueClientId(): number {
  return randomInt(100_000, 2_000_000_000);
}

export interface TestClient {
  clientId: number;
  key: string;
  prefix: string;
}

export async function addClientWithKey(
  db: Database,
  options: { active?: boolean; label?: string } = {},
): Promise<TestClient> {
  const clientId = uniqueClientId();
  await createClient(db, { id: clientId, name: `Test client ${clientId}` });
  const { key, prefix } = await createApiKey(db, { clientId, label: options.label ?? 'tests' });
  if (options.active === false) await db.update(clients).set({ active: false }).where(eq(clients.id, clientId));
  return { clientId, key, prefix };
}

/** The number of rows in every table an order touches: "nothing was stored" means these did not move. */
export async function storedCounts(db: Database): Promise<Record<string, number>> {
  const tables = { orders, orderItems, attachments, orderEvents, idempotencyKeys };
  const entries = await Promise.all(
    Object.entries(tables).map(
      async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** An order as stored, with its items in position order, its file and its trail. */
export async function storedOrder(db: Database, reference: string) {
  const [order] = await db.select().from(orders).where(eq(orders.reference, reference));
  if (!order) return undefined;
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(orderItems.position);
  const [attachment] = await db.select().from(attachments).where(eq(attachments.orderId, order.id));
  const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(orderEvents.id);
  return { ...order, items, attachment, events };
}

/** Orders whose prescription carries `marker` (tests put a unique one in each order they send). */
export async function ordersMarked(db: Database, marker: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(like(orders.prescription, `%${marker}%`));
  return row!.n;
}
