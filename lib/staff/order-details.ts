// One order as staff see it: everything it holds (but the file's bytes), who sent it, where it may
// go next, and its trail.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { attachments, clients, orderEvents, orderItems, orders } from '@/db/schema';
import { type OrderStatus, STAFF_TRANSITIONS } from '@/lib/orders/order-status';
import { type TrailEntry, actorNames, orderTrail } from './order-trail';

export interface StaffOrderDetails {
  reference: string;
  status: OrderStatus;
  version: number;
  channel: string;
  createdAt: string;
  updatedAt: string;
  client: { id: number; name: string; active: boolean };
  prescription: string;
  insuranceCard: string;
  items: Array<{ name: string; quantity: number }>;
  attachment?: { fileName: string; mediaType: string; sizeBytes: number; sha256: string };
  sentBy: string;
  nextStatuses: readonly OrderStatus[];
  trail: TrailEntry[];
}

export async function findOrderId(db: Database, reference: string): Promise<number | undefined> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.reference, reference)).limit(1);
  return order?.id;
}

export async function staffOrderDetails(db: Database, orderId: number): Promise<StaffOrderDetails | undefined> {
  const [order] = await db
    .select({ order: orders, client: clients })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(eq(orders.id, orderId));
  if (!order) return undefined;
  const [items, [attachment], [created], trail] = await Promise.all([
    db
      .select({ name: orderItems.name, quantity: orderItems.quantity })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.position)),
    db
      .select({
        fileName: attachments.fileName,
        mediaType: attachments.mediaType,
        sizeBytes: attachments.sizeBytes,
        sha256: attachments.sha256,
      })
      .from(attachments)
      .where(eq(attachments.orderId, orderId)),
    db
      .select({ actor: orderEvents.actor })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(asc(orderEvents.id))
      .limit(1),
    orderTrail(db, orderId),
  ]);
  const sentBy = created ? ((await actorNames(db, [created.actor])).get(created.actor) ?? created.actor) : 'unknown';
  const { order: o, client } = order;
  return {
    reference: o.reference,
    status: o.status,
    version: o.version,
    channel: o.channel,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    client: { id: client.id, name: client.name, active: client.active },
    prescription: o.prescription,
    insuranceCard: o.insuranceCard,
    items,
    attachment,
    sentBy,
    nextStatuses: STAFF_TRANSITIONS[o.status],
    trail,
  };
}
