// The contract's envelope, checked in vitest suites.
import { expect } from 'vitest';
import { apiErrorSchema, orderSentSchema } from '@/lib/http/envelope-schemas';
import type { Answer } from './order-requests';

/**
 * The contract's envelope: JSON, never cached, `code` equal to the status, the error code named, and
 * exactly the shape the OpenAPI description documents.
 */
export function expectAnswer(answer: Answer, status: number, error?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const documented = (status === 200 ? orderSentSchema : apiErrorSchema).safeParse(answer.body);
  expect(documented.error?.issues ?? []).toEqual([]);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(answer.body.code).toBe(status);
  expect(answer.body.success).toBe(status === 200);
  expect(typeof answer.body.message).toBe('string');
  if (status === 200) {
    expect(answer.body.message).toBe('Order sent successfully');
    expect(answer.body.reference).toMatch(/^DN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  } else {
    expect(answer.body.error).toBe(error);
    if (status >= 500) expect(answer.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    else expect(answer.body).not.toHaveProperty('request_id');
  }
}
