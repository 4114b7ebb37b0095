// What a patient may do with their order given its reference and client ID: see where it stands,
// and cancel it while it is still only received.
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderEvents, orderItems, orders } from '@/db/schema';
import { CANCELLABLE_STATUS, type OrderStatus } from './order-status';
import { recordMove } from './record-move';
import type { TimelineEntry, TrackedOrder, TrackingLookup } from './tracking-schema';

async function findOrder(db: Database, lookup: TrackingLookup) {
  const [order] = await db
    .select({ id: orders.id, reference: orders.reference, status: orders.status, createdAt: orders.createdAt })
    .from(orders)
    .where(and(eq(orders.reference, lookup.reference), eq(orders.clientId, lookup.client_id)))
    .limit(1);
  return order;
}

export async function findOrderForPatient(db: Database, lookup: TrackingLookup): Promise<TrackedOrder | undefined> {
  const order = await findOrder(db, lookup);
  if (!order) return undefined;
  const [items, events] = await Promise.all([
    db
      .select({ name: orderItems.name, quantity: orderItems.quantity })
      .from(orderItems)
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.position)),
    db
      .select({ type: orderEvents.type, at: orderEvents.at, details: orderEvents.details })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.at), asc(orderEvents.id)),
  ]);
  const timeline: TimelineEntry[] = events.flatMap((event): TimelineEntry[] => {
    if (event.type === 'created') return [{ status: 'received', at: event.at.toISOString() }];
    if (event.type !== 'status_changed') return []; // views, notes: staff business
    const message = event.details.message_for_patient;
    return [
      {
        status: String(event.details.to),
        at: event.at.toISOString(),
        ...(typeof message === 'string' ? { message } : {}),
      },
    ];
  });
  return {
    reference: order.reference,
    status: order.status,
    createdAt: order.createdAt.toISOString(),
    items,
    timeline,
    cancellable: order.status === CANCELLABLE_STATUS,
  };
}

export type CancelOutcome =
  { outcome: 'cancelled' } | { outcome: 'not_found' } | { outcome: 'too_late'; status: OrderStatus };

export async function cancelOrderForPatient(db: Database, lookup: TrackingLookup): Promise<CancelOutcome> {
  const order = await findOrder(db, lookup);
  if (!order) return { outcome: 'not_found' };
  const moved = await recordMove(db, {
    orderId: order.id,
    from: CANCELLABLE_STATUS,
    to: 'cancelled',
    actor: 'patient',
  });
  if (moved !== undefined) return { outcome: 'cancelled' };
  const current = await findOrder(db, lookup);
  return { outcome: 'too_late', status: current?.status ?? order.status };
}
