// Sending orders to a running portal the way clients do, and reading its answers (for vitest and
// Playwright alike: no test runner is imported here).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
