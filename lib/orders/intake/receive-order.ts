// POST /send_request_web, start to end: who sends it → within their rate limit → (a slot, for a large
// upload) → read the body → validate → store once → the published success body.
import { createHash } from 'node:crypto';
import { type Database, database } from '@/db/client';
import type { ApiAnswer } from '@/lib/http/answer-api';
import { requestIdOf } from '@/lib/http/request-meta';
import { createOrder } from '@/lib/orders/create-order';
import {
  type IdempotencyClaim,
  claimIdempotencyKey,
  idempotencyKeyOf,
  releaseIdempotencyKey,
} from '@/lib/orders/idempotency';
import { consume } from '@/lib/rate-limit/rate-limits';
import { noteClientId } from '@/lib/server/request-hooks';
import { type Caller, idempotencyScopeOf, identifyCaller, rateLimitOf, senderOf } from './caller';
import { readOrderRequest } from './read-order-request';
import { takeUploadSlot } from './upload-slots';
import { type ValidatedOrder, validateOrder } from './validate-order';

/** `readBody` stands in for the streaming reader only in the benchmark's buffered comparison. */
export async function receiveOrder(request: Request, readBody = readOrderRequest): Promise<ApiAnswer> {
  const { db } = await database();
  const requestId = requestIdOf(request);
  const caller = await identifyCaller(db, request);
  if (caller.channel === 'api') noteClientId(requestId, caller.apiKey.clientId);
  const rateLimitHeaders = await consume(...rateLimitOf(caller));
  const idempotencyKey = idempotencyKeyOf(request);
  const releaseUploadSlot = await takeUploadSlot(request);
  try {
    const received = await readBody(request);
    const order = await validateOrder(db, received, caller);
    noteClientId(requestId, order.client_id);
    const answer = idempotencyKey
      ? await storeOnce(db, order, caller, { scope: idempotencyScopeOf(caller), key: idempotencyKey })
      : await store(db, order, caller);
    return { ...answer, headers: { ...rateLimitHeaders, ...answer.headers } };
  } finally {
    releaseUploadSlot(); // the file's bytes are stored (or refused): the next large upload may start
  }
}

function sent(reference: string): ApiAnswer {
  return { status: 200, body: { code: 200, success: true, message: 'Order sent successfully', reference } };
}

async function store(
  db: Database,
  order: ValidatedOrder,
  caller: Caller,
  claim?: IdempotencyClaim,
): Promise<ApiAnswer> {
  const { reference } = await createOrder(
    db,
    {
      clientId: order.client_id,
      prescription: order.prescription ?? '',
      insuranceCard: order.insurance_card ?? '',
      items: order.order_items ?? [],
      attachment: order.attachment,
      channel: caller.channel,
      ...senderOf(caller),
    },
    claim && { claim, answer: sent },
  );
  return sent(reference);
}

/** With an Idempotency-Key: the first request stores the order, its retries get the same answer. */
async function storeOnce(
  db: Database,
  order: ValidatedOrder,
  caller: Caller,
  claim: IdempotencyClaim,
): Promise<ApiAnswer> {
  const replay = await claimIdempotencyKey(db, claim, fingerprint(order));
  if (replay) return { ...replay, headers: { 'Idempotent-Replayed': 'true' } };
  try {
    return await store(db, order, caller, claim);
  } catch (error) {
    await releaseIdempotencyKey(db, claim).catch(() => undefined);
    throw error;
  }
}

/** What makes two requests "the same payload": every stored value, and the file by its hash. */
function fingerprint(order: ValidatedOrder): string {
  const { attachment, ...fields } = order;
  const file = attachment && { name: attachment.fileName, sha256: attachment.sha256 };
  return createHash('sha256')
    .update(JSON.stringify({ ...fields, file }))
    .digest('hex');
}
