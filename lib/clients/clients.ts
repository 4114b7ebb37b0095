// The pharmacy network's clients: the IDs that orders and API keys belong to.
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type Client, apiKeys, clients } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';

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

export async function listClients(db: Database): Promise<ClientSummary[]> {
  return db
    .select({
      id: clients.id,
      name: clients.name,
      active: clients.active,
      createdAt: clients.createdAt,
      apiKeyCount: count(apiKeys.id),
    })
    .from(clients)
    .leftJoin(apiKeys, eq(apiKeys.clientId, clients.id))
    .groupBy(clients.id)
    .orderBy(asc(clients.id));
}
