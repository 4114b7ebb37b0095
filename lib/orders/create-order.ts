// Stores an order whole or not at all: the order, its items in the order sent, the file's bytes and
// the first trail event are written in one transaction.
import type { Database } from '@/db/client';
import { type OrderChannel, attachments, orderEvents, orderItems, orders } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import { newReference } from './reference';

export interface NewAttachment {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

export interface NewOrder {
  clientId: number;
  prescription: string;
  insuranceCard: string;
  items: Array<{ name: string; quantity: number }>;
  attachment?: NewAttachment;
  channel: OrderChannel;
  /** Who sent it, as the trail names them: `api_key:dn_…`, `patient`, `staff:…`. */
  actor: string;
  /** What the `created` event records besides the channel (the API key's id and label, …). */
  source: Record<string, unknown>;
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Stores `order` and returns its reference. `alsoInTransaction` runs inside the same transaction,
 * after the order is written, for work that must commit with it or not at all.
 */
export async function createOrder(
  db: Database,
  order: NewOrder,
  alsoInTransaction?: (tx: Transaction, reference: string) => Promise<void>,
): Promise<{ reference: string }> {
  // A new reference collides once in about 10^12 draws; on a collision the whole transaction is redone.
  for (let attempt = 1; ; attempt++) {
    const reference = newReference();
    try {
      await db.transaction(async (tx) => {
        const [stored] = await tx
          .insert(orders)
          .values({
            reference,
            clientId: order.clientId,
            prescription: order.prescription,
            insuranceCard: order.insuranceCard,
            channel: order.channel,
          })
          .returning({ id: orders.id });
        const orderId = stored!.id;
        if (order.items.length > 0) {
          await tx
            .insert(orderItems)
            .values(order.items.map((item, index) => ({ orderId, position: index + 1, ...item })));
        }
        if (order.attachment) await tx.insert(attachments).values({ orderId, ...order.attachment });
        await tx.insert(orderEvents).values({
          orderId,
          actor: order.actor,
          type: 'created',
          details: { channel: order.channel, ...order.source },
        });
        await alsoInTransaction?.(tx, reference);
      });
      return { reference };
    } catch (error) {
      if (attempt < 5 && isUniqueViolation(error, 'orders_reference_key')) continue;
      throw error;
    }
  }
}
