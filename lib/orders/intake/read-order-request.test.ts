// The body readers, fed real bodies in-process: multipart through busboy, JSON, urlencoded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/http/api-error';
import { readOrderRequest } from './read-order-request';

const png = fs.readFileSync(path.join(import.meta.dirname, '../../../e2e/fixtures/prescription.png'));
const MiB = 1024 * 1024;

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://portal.test/send_request_web', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

/** A form's multipart bytes, as a browser or curl would send them. */
async function postForm(data: FormData): Promise<Request> {
  const encoded = new Response(data);
  return post(Buffer.from(await encoded.arrayBuffer()), { 'content-type': encoded.headers.get('content-type')! });
}

function form(entries: Array<[string, string | Blob, string?]>): FormData {
  const data = new FormData();
  for (const [name, value, fileName] of entries) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, value, fileName);
  }
  return data;
}

async function refusal(request: Request): Promise<{ code: string; status: number; message: string }> {
  try {
    await readOrderRequest(request);
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, status: error.status, message: error.message };
    throw error;
  }
  throw new Error('the request was read without complaint');
}

describe('reading a multipart order', () => {
  it('keeps the known fields, parses order_items and collects the file with its hash', async () => {
    const received = await readOrderRequest(
      await postForm(
        form([
          ['client_id', '28378'],
          ['prescription', 'Headache'],
          ['order_items', '[{"name": "drug 1", "quantity": 2}]'],
          ['colour', 'ignored'],
          ['file', new Blob([png], { type: 'image/png' }), 'toda.png'],
        ]),
      ),
    );
    expect(received.values).toEqual({
      client_id: '28378',
      prescription: 'Headache',
      order_items: [{ name: 'drug 1', quantity: 2 }],
    });
    expect(received.file?.fileName).toBe('toda.png');
    expect(received.file?.content.equals(png)).toBe(true);
    expect(received.file?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats an empty file input (no name, no bytes) as no file', async () => {
    const received = await readOrderRequest(
      await postForm(
        form([
          ['client_id', '1'],
          ['file', new Blob([]), ''],
        ]),
      ),
    );
    expect(received.file).toBeUndefined();
    expect(received.fileProblem).toBeUndefined();
  });

  it('says so when the file was sent as text', async () => {
    const received = await readOrderRequest(
      await postForm(
        form([
          ['client_id', '1'],
          ['file', 'photo.png'],
        ]),
      ),
    );
    expect(received.fileProblem).toMatch(/sent as text/);
  });

  it.each([
    [
      'a field sent twice',
      form([
        ['client_id', '1'],
        ['client_id', '2'],
      ]),
      'malformed_request',
    ],
    [
      'two files',
      form([
        ['file', new Blob([png]), 'a.png'],
        ['file', new Blob([png]), 'b.png'],
      ]),
      'malformed_request',
    ],
    ['order_items that is not JSON', form([['order_items', '[{name: drug}]']]), 'malformed_request'],
    ['a field over 256 KiB', form([['prescription', 'x'.repeat(300 * 1024)]]), 'payload_too_large'],
    ['a file over 10 MiB', form([['file', new Blob([Buffer.alloc(10 * MiB + 1)]), 'big.png']]), 'payload_too_large'],
  ])('refuses %s', async (_, body, code) => {
    expect((await refusal(await postForm(body))).code).toBe(code);
  });

  it('refuses a body that ends in the middle of a part', async () => {
    const body = '--XyZ\r\nContent-Disposition: form-data; name="client_id"\r\n\r\n283';
    expect((await refusal(post(body, { 'content-type': 'multipart/form-data; boundary=XyZ' }))).code).toBe(
      'malformed_request',
    );
  });

  it('refuses a multipart Content-Type without a boundary', async () => {
    expect((await refusal(post('x', { 'content-type': 'multipart/form-data' }))).code).toBe('malformed_request');
  });

  it('refuses an announced body over the limit before reading it', async () => {
    const request = post('small', {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(50 * MiB),
    });
    expect(await refusal(request)).toMatchObject({ code: 'payload_too_large', status: 413 });
    expect(request.bodyUsed).toBe(false);
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="prescription"\r\n\r\n'),
        );
      },
      pull(controller) {
        sent += MiB;
        controller.enqueue(new Uint8Array(MiB).fill(0x61));
      },
    });
    expect((await refusal(post(endless, { 'content-type': 'multipart/form-data; boundary=b' }))).code).toBe(
      'payload_too_large',
    );
    expect(sent).toBeLessThan(16 * MiB);
  });
});

describe('reading a JSON order', () => {
  it('takes order_items as an array or as a string holding one, and the file as base64 or a data: URL', async () => {
    const asObject = await readOrderRequest(
      post(
        JSON.stringify({
          client_id: 28378,
          order_items: [{ name: 'drug 1', quantity: 2 }],
          file: { name: 'toda.png', type: 'image/png', data: png.toString('base64') },
        }),
        { 'content-type': 'application/json' },
      ),
    );
    const asStrings = await readOrderRequest(
      post(
        JSON.stringify({
          client_id: 28378,
          order_items: '[{"name": "drug 1", "quantity": 2}]',
          file: `data:image/png;base64,${png.toString('base64')}`,
        }),
        { 'content-type': 'application/json; charset=utf-8' },
      ),
    );
    for (const received of [asObject, asStrings]) {
      expect(received.values.order_items).toEqual([{ name: 'drug 1', quantity: 2 }]);
      expect(received.file?.content.equals(png)).toBe(true);
    }
  });

  it.each([
    ['broken JSON', '{"client_id": 1,'],
    ['an array instead of an object', '[1, 2]'],
    ['a field sent twice', '{"client_id": 1, "client_id": 2}'],
    ['order_items as a string that is not JSON', '{"client_id": 1, "order_items": "[{"}'],
  ])('refuses %s with 400', async (_, body) => {
    expect((await refusal(post(body, { 'content-type': 'application/json' }))).code).toBe('malformed_request');
  });

  it('refuses invalid UTF-8 with 400', async () => {
    const body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    expect((await refusal(post(body, { 'content-type': 'application/json' }))).code).toBe('malformed_request');
  });

  it('reports bad base64 as a problem of the file field', async () => {
    const received = await readOrderRequest(
      post(JSON.stringify({ client_id: 1, file: { name: 'a.png', data: 'not base64!' } }), {
        'content-type': 'application/json',
      }),
    );
    expect(received.fileProblem).toMatch(/base64/);
  });

  it('does not let __proto__ reach the order', async () => {
    const received = await readOrderRequest(
      post('{"client_id": 1, "__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}', {
        'content-type': 'application/json',
      }),
    );
    expect(Object.keys(received.values).sort()).toEqual(['client_id', 'order_items']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('reading other bodies', () => {
  it('reads urlencoded fields and refuses one sent twice', async () => {
    const body =
      'client_id=28378&prescription=Headache&order_items=%5B%7B%22name%22%3A%22a%22%2C%22quantity%22%3A1%7D%5D';
    const received = await readOrderRequest(post(body, { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(received.values).toEqual({
      client_id: '28378',
      prescription: 'Headache',
      order_items: [{ name: 'a', quantity: 1 }],
    });
    const twice = post('client_id=1&client_id=2', { 'content-type': 'application/x-www-form-urlencoded' });
    expect((await refusal(twice)).code).toBe('malformed_request');
  });

  it.each(['text/plain', 'application/xml', ''])('refuses Content-Type %j with 415', async (contentType) => {
    const request = post('client_id=1', contentType ? { 'content-type': contentType } : {});
    if (!contentType) request.headers.delete('content-type');
    expect(await refusal(request)).toMatchObject({ code: 'unsupported_media_type', status: 415 });
  });
});
