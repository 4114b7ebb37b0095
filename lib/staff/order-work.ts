// Staff working an order: moving it on through the allowed statuses, and leaving notes. A change
// made against an order that someone else changed meanwhile is refused, never applied on top.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderEvents, orders } from '@/db/schema';
import { ApiError } from '@/lib/http/api-error';
import { STAFF_TRANSITIONS, STATUS_LABELS } from '@/lib/orders/order-status';
import { recordMove } from '@/lib/orders/record-move';
import type { StatusChange } from './order-work-schema';

async function currentState(db: Database, orderId: number) {
  const [order] = await db
    .select({ status: orders.status, version: orders.version })
    .from(orders)
    .where(eq(orders.id, orderId));
  return order!;
}

function changedMeanwhile(status: keyof typeof STATUS_LABELS): ApiError {
  return new ApiError(
    'order_changed',
    `Someone changed this order since you opened it: it is now “${STATUS_LABELS[status]}”. Check it and try again.`,
  );
}

export async function changeOrderStatus(db: Database, orderId: number, change: StatusChange, actor: string) {
  const current = await currentState(db, orderId);
  if (current.version !== change.version) throw changedMeanwhile(current.status);
  if (!STAFF_TRANSITIONS[current.status].includes(change.to)) {
    throw new ApiError(
      'invalid_transition',
      `An order that is “${STATUS_LABELS[current.status]}” cannot become “${STATUS_LABELS[change.to]}”.`,
    );
  }
  const version = await recordMove(db, {
    orderId,
    from: current.status,
    to: change.to,
    version: change.version,
    actor,
    note: change.note || undefined,
    messageForPatient: change.messageForPatient || undefined,
  });
  if (version === undefined) throw changedMeanwhile((await currentState(db, orderId)).status);
  return { status: change.to, version };
}

export async function addOrderNote(db: Database, orderId: number, note: string, actor: string): Promise<void> {
  await db.insert(orderEvents).values({ orderId, actor, type: 'note_added', details: { note } });
}
