// Sending orders to a running portal the way clients do, and reading its answers.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { apiErrorSchema, orderSentSchema } from '@/lib/http/envelope-schemas';

export const fixturePath = (name: string): string => path.join(import.meta.dirname, '..', 'fixtures', name);

export const fixtureFile = (name: string): Buffer => fs.readFileSync(fixturePath(name));

/** A unique text to find a test's order by (tests put it in the prescription). */
export const uniqueMarker = (): string => `marker-${randomUUID()}`;

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { errors?: Array<{ field: string; message: string }> };
}

export type SendOptions = RequestInit & { key?: string; query?: string };

export async function send(url: string, init: SendOptions = {}): Promise<Answer> {
  const { key, query, ...request } = init;
  const headers = new Headers(request.headers);
  if (key !== undefined) headers.set('x-api-key', key);
  const response = await fetch(`${url}/send_request_web${query ?? ''}`, { method: 'POST', ...request, headers });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Not JSON (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

export function orderForm(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; type?: string },
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', blobOf(file.content, file.type ?? 'application/octet-stream'), file.name);
  return form;
}

export function blobOf(bytes: Buffer, type = 'application/octet-stream'): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

export function jsonBody(body: unknown): RequestInit {
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

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
