// The Idempotency-Key of a submission, and what makes two submissions the same one.
import type { OrderFormValues } from '@/lib/orders/order-form-schema';

/** A random UUID (v4). crypto.randomUUID needs HTTPS; getRandomValues works on any page. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Equal for two submissions of the same answers and the same file. */
export function submissionFingerprint(values: OrderFormValues): string {
  const { file, ...answers } = values;
  return JSON.stringify([answers, file && [file.name, file.size, file.lastModified]]);
}
