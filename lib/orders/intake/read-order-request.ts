// Reads an order request's body by its Content-Type, within the size limits.
import { ApiError } from '@/lib/http/api-error';
import { readJson } from './read-json';
import { readMultipart } from './read-multipart';
import { readUrlencoded } from './read-urlencoded';
import { type ReceivedOrder, bodyTooLarge, intakeLimits, malformed } from './received-order';

const READERS = {
  'multipart/form-data': { read: readMultipart, limit: 'multipartBytes' },
  'application/json': { read: readJson, limit: 'jsonBytes' },
  'application/x-www-form-urlencoded': { read: readUrlencoded, limit: 'urlencodedBytes' },
} as const;

export async function readOrderRequest(request: Request): Promise<ReceivedOrder> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!Object.hasOwn(READERS, mediaType)) {
    throw new ApiError(
      'unsupported_media_type',
      'Send the order as multipart/form-data, application/json or application/x-www-form-urlencoded.',
    );
  }
  const encoding = request.headers.get('content-encoding');
  if (encoding && encoding.toLowerCase() !== 'identity') {
    // Decompressing would let a few kilobytes become gigabytes: bodies come as they are.
    throw new ApiError('unsupported_media_type', 'Send the body without Content-Encoding (no gzip or deflate).');
  }
  const reader = READERS[mediaType as keyof typeof READERS];
  // Refused before a byte of the body is read when the sender announces too much.
  const limit = intakeLimits()[reader.limit];
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw bodyTooLarge(limit);

  const received = await reader.read(request);
  const values = { ...received.values, order_items: parseOrderItems(received.values.order_items) };
  for (const [name, value] of Object.entries(values)) {
    if (!isWellFormedText(value))
      throw malformed(`The field ${name} is not valid UTF-8 text. Send it encoded as UTF-8.`);
  }
  return { ...received, values };
}

/**
 * Every string in the value is well-formed Unicode and has no U+FFFD, which is what the multipart
 * and form decoders put in place of bytes that were not UTF-8.
 */
function isWellFormedText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.isWellFormed() && !value.includes('\uFFFD');
  // Deeper than an order goes, the shape is wrong anyway: the schema says so, not a stack overflow.
  if (depth > 4 || value === null || typeof value !== 'object') return true;
  return Object.values(value).every((inner) => isWellFormedText(inner, depth + 1));
}

/** `order_items` sent as JSON text (always so in multipart and urlencoded bodies) becomes the array. */
function parseOrderItems(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw malformed('order_items is not valid JSON. Send an array such as [{"name": "drug 1", "quantity": 2}].');
  }
}
