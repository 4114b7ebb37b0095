// The patient's tracking page's two calls: look an order up, and cancel it. Both take the
// reference and the client ID in a small JSON body, come only from the portal's own pages, and
// count against the address's lookup limit, so that references cannot be guessed at speed.
import { database } from '@/db/client';
import { ApiError } from '@/lib/http/api-error';
import type { ApiAnswer } from '@/lib/http/answer-api';
import { clientAddressOf, isSameOriginBrowserRequest } from '@/lib/http/request-meta';
import { decodeUtf8, readLimited } from '@/lib/orders/intake/read-limited';
import { consume } from '@/lib/rate-limit/rate-limits';
import { STATUS_LABELS } from './order-status';
import { cancelOrderForPatient, findOrderForPatient } from './patient-orders';
import { type TrackingLookup, trackingLookupSchema } from './tracking-schema';
import { toFieldErrors } from './order-schema';

const NOT_FOUND = 'We could not find that order. Check the reference and the client ID, and try again.';

async function readLookup(request: Request): Promise<{ lookup: TrackingLookup; headers: Record<string, string> }> {
  if (!isSameOriginBrowserRequest(request)) {
    throw new ApiError('unauthorized', 'Look orders up on the portal’s tracking page.');
  }
  const headers = await consume('tracking', clientAddressOf(request));
  let body: unknown;
  try {
    body = JSON.parse(decodeUtf8(await readLimited(request.body, 16 * 1024)));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('malformed_request', 'Send the reference and client ID as JSON.');
  }
  const parsed = trackingLookupSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('validation_failed', 'Check the reference and the client ID.', {
      errors: toFieldErrors(parsed.error),
    });
  }
  return { lookup: parsed.data, headers };
}

export async function trackOrder(request: Request): Promise<ApiAnswer> {
  const { lookup, headers } = await readLookup(request);
  const order = await findOrderForPatient((await database()).db, lookup);
  if (!order) throw new ApiError('not_found', NOT_FOUND, { headers });
  return { status: 200, body: { code: 200, success: true, order }, headers };
}

export async function cancelOrder(request: Request): Promise<ApiAnswer> {
  const { lookup, headers } = await readLookup(request);
  const { db } = await database();
  const result = await cancelOrderForPatient(db, lookup);
  if (result.outcome === 'not_found') throw new ApiError('not_found', NOT_FOUND, { headers });
  if (result.outcome === 'too_late') {
    throw new ApiError(
      'order_not_cancellable',
      `This order can no longer be cancelled: it is already “${STATUS_LABELS[result.status]}”. Contact your pharmacy.`,
      { headers },
    );
  }
  return { status: 200, body: { code: 200, success: true, order: await findOrderForPatient(db, lookup) }, headers };
}
