// The pharmacy network's clients: the IDs that orders and API keys belong to.
import { and, asc, count, eq, ilike, isNull, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type Client, apiKeys, clients } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { containing } from '@/db/like-pattern';

export class ClientError extends Error {
  name = 'ClientError';
}

export async function createClient(db: Database, input: { id: number; name: string }): Promise<Client> {
  try {
    const [client] = await db.insert(clients).values(input).returning();
    return client!;
  } catch (error) {
    if (isUniqueViolation(error, 'clients_pkey')) throw new ClientError(`Client ${input.id} already exists.`);
    throw error;
  }
}

export async function findClient(db: Database, id: number): Promise<Client | undefined> {
  const [client] = await db.select().from(clients).where(eq(clients.id, id)).limit(1);
  return client;
}

export async function countClients(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(clients);
  return row?.value ?? 0;
}

export type ClientSummary = Client & { apiKeyCount: number };

/** Every client, or those whose ID is `search` or whose name contains it. */
export async function listClients(db: Database, search?: string): Promise<ClientSummary[]> {
  const term = search?.trim();
  const matching = !term
    ? undefined
    : /^\d{1,10}$/.test(term) && Number(term) <= 2_147_483_647
      ? or(eq(clients.id, Number(term)), ilike(clients.name, containing(term)))
      : ilike(clients.name, containing(term));
  return db
    .select({
      id: clients.id,
      name: clients.name,
      active: clients.active,
      createdAt: clients.createdAt,
      apiKeyCount: count(apiKeys.id),
    })
    .from(clients)
    .leftJoin(apiKeys, and(eq(apiKeys.clientId, clients.id), isNull(apiKeys.revokedAt)))
    .where(matching)
    .groupBy(clients.id)
    .orderBy(asc(clients.id));
}

/** Deactivates or reactivates a client; an inactive client's orders are refused (422). */
export async function setClientActive(db: Database, id: number, active: boolean): Promise<boolean> {
  const updated = await db.update(clients).set({ active }).where(eq(clients.id, id)).returning({ id: clients.id });
  return updated.length > 0;
}
