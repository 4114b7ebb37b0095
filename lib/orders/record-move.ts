// Moves an order from one status to another and writes the trail event in the same transaction.
// The move only happens if the order is still where the caller saw it (its status, and its version
// when given): two people acting on the same order at once cannot overwrite each other.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderEvents, orders } from '@/db/schema';
import type { OrderStatus } from './order-status';

export interface Move {
  orderId: number;
  from: OrderStatus;
  to: OrderStatus;
  /** The version the caller saw; omitted, only the status must match. */
  version?: number;
  /** Who moves it, as the trail names them: `patient`, `staff:…`, `api_key:…`. */
  actor: string;
  /** Shown to the patient on their tracking page. */
  messageForPatient?: string;
  /** For staff only; never shown to the patient. */
  note?: string;
}

/** The order's new version, or undefined when it was no longer where the caller saw it. */
export async function recordMove(db: Database, move: Move): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const [moved] = await tx
      .update(orders)
      .set({ status: move.to, version: sql`${orders.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(orders.id, move.orderId),
          eq(orders.status, move.from),
          move.version === undefined ? undefined : eq(orders.version, move.version),
        ),
      )
      .returning({ version: orders.version });
    if (!moved) return undefined;
    await tx.insert(orderEvents).values({
      orderId: move.orderId,
      actor: move.actor,
      type: 'status_changed',
      details: {
        from: move.from,
        to: move.to,
        ...(move.messageForPatient ? { message_for_patient: move.messageForPatient } : {}),
        ...(move.note ? { note: move.note } : {}),
      },
    });
    return moved.version;
  });
}
