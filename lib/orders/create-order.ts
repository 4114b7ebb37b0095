// Stores an order whole or not at all: the order, its items in the order sent, the file's bytes,
// the first trail event, and (with an Idempotency-Key) the answer to replay, are written by one SQL
// statement. A statement is atomic by itself, and one round trip instead of seven (BEGIN, four
// inserts, an update, COMMIT) is what most of an order's time at the database was (BENCHMARKS.md).
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { OrderChannel } from '@/db/schema';
import { isUniqueViolation } from '@/db/errors';
import type { IdempotencyClaim } from './idempotency';
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

/** An Idempotency-Key's claim, and the answer to record for it once the order is stored. */
export interface IdempotentAnswer {
  claim: IdempotencyClaim;
  answer: (reference: string) => { status: number; body: Record<string, unknown> };
}

export async function createOrder(
  db: Database,
  order: NewOrder,
  idempotent?: IdempotentAnswer,
): Promise<{ reference: string }> {
  // A new reference collides once in about 10^12 draws; on a collision the statement is run again.
  for (let attempt = 1; ; attempt++) {
    const reference = newReference();
    try {
      await db.execute(insertOrder(reference, order, idempotent));
      return { reference };
    } catch (error) {
      if (attempt < 5 && isUniqueViolation(error, 'orders_reference_key')) continue;
      throw error;
    }
  }
}

function insertOrder(reference: string, order: NewOrder, idempotent?: IdempotentAnswer): SQL {
  const items = JSON.stringify(order.items.map((item, index) => ({ position: index + 1, ...item })));
  const file = order.attachment;
  const details = JSON.stringify({ channel: order.channel, ...order.source });
  const answer = idempotent?.answer(reference);
  return sql`
    WITH new_order AS (
      INSERT INTO orders (reference, client_id, prescription, insurance_card, channel)
      VALUES (${reference}, ${order.clientId}, ${order.prescription}, ${order.insuranceCard}, ${order.channel})
      RETURNING id
    ), new_items AS (
      INSERT INTO order_items (order_id, position, name, quantity)
      SELECT new_order.id, item.position, item.name, item.quantity
      FROM new_order, jsonb_to_recordset(${items}::jsonb) AS item(position smallint, name text, quantity integer)
    ), new_attachment AS (
      INSERT INTO attachments (order_id, file_name, media_type, size_bytes, sha256, content)
      SELECT id, ${file?.fileName ?? null}::text, ${file?.mediaType ?? null}::text, ${file?.sizeBytes ?? null}::integer,
             ${file?.sha256 ?? null}::text, ${file?.content ?? null}::bytea
      FROM new_order WHERE ${file !== undefined}::boolean
    ), created AS (
      INSERT INTO order_events (order_id, actor, type, details)
      SELECT id, ${order.actor}, 'created', ${details}::jsonb FROM new_order
    )
    ${
      idempotent && answer
        ? sql`UPDATE idempotency_keys SET response_status = ${answer.status}, response_body = ${JSON.stringify(answer.body)}::jsonb
              WHERE scope = ${idempotent.claim.scope} AND key = ${idempotent.claim.key} AND EXISTS (SELECT 1 FROM new_order)`
        : sql`SELECT id FROM new_order`
    }`;
}
