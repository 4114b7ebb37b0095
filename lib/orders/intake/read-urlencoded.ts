// application/x-www-form-urlencoded: the same fields as multipart, without a file.
import { decodeUtf8, readLimited } from './read-limited';
import { type ReceivedOrder, fieldSentTwice, intakeLimits } from './received-order';
import { isOrderField } from '@/lib/orders/order-schema';

export async function readUrlencoded(request: Request): Promise<ReceivedOrder> {
  const text = decodeUtf8(await readLimited(request.body, intakeLimits().urlencodedBytes));
  const values: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (!isOrderField(name)) continue;
    if (Object.hasOwn(values, name)) throw fieldSentTwice(name);
    values[name] = value;
  }
  return { values };
}
