// Hostile input at POST /send_request_web: named attacks, each answered as the contract says with
// nothing stored, and a property-based barrage (fast-check) of random and mutated requests after
// which the server still stands and has stored exactly the orders it answered 200.
import fc from 'fast-check';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/db/schema';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type TestClient, addClientWithKey, ordersMarked, storedOrder } from '@/e2e/support/fixtures';
import { fixtureFile, jsonBody, orderForm, send, uniqueMarker } from '@/e2e/support/order-requests';
import { pdfWithDecompressionBomb, pdfWithHiddenScript, pdfWithOpenActionScript } from '@/e2e/support/pdf-builder';
import { type Portal, startPortal } from '@/e2e/support/portal';

const png = fixtureFile('prescription.png');
const CONTRACT_STATUSES = [200, 400, 401, 403, 409, 413, 415, 422, 429];

describe('hostile input', () => {
  let portal: Portal;
  let client: TestClient;

  beforeAll(async () => {
    portal = await startPortal({
      backend: 'pglite',
      env: { REQUEST_TIMEOUT_MS: '2000', RATE_LIMIT_API_PER_MIN: '100000', RATE_LIMIT_AUTH_FAIL_PER_MIN: '100000' },
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
  });
  afterAll(() => portal?.stop());

  const withFile = (marker: string, name: string, content: Buffer, type = 'application/octet-stream') =>
    orderForm({ client_id: String(client.clientId), prescription: marker }, { name, content, type });

  it('keeps only the name of a file called ../../etc/passwd, and its real type', async () => {
    const answer = await send(portal.url, { key: client.key, body: withFile(uniqueMarker(), '../../etc/passwd', png) });
    expectAnswer(answer, 200);
    const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
    expect(stored?.attachment).toMatchObject({ fileName: 'passwd.png', mediaType: 'image/png' });
  });

  it.each([
    [
      'a PNG header on an executable',
      'photo.png',
      Buffer.concat([png.subarray(0, 33), Buffer.from('\x7fELF\x02\x01\x01'), Buffer.alloc(4096, 0x90)]),
      /damaged/,
    ],
    ['a PDF that runs a script when opened', 'rx.pdf', pdfWithOpenActionScript(), /scripts/],
    ['a PDF with a script hidden in a compressed object stream', 'rx.pdf', pdfWithHiddenScript(), /scripts/],
    ['a PDF with a decompression bomb', 'rx.pdf', pdfWithDecompressionBomb(), /scripts/],
    ['a zip archive', 'rx.png', zipOf('rx.png', Buffer.alloc(1024 * 1024)), /JPEG, PNG, WebP or HEIC/],
  ])('refuses %s (422), storing nothing', async (_, name, content, message) => {
    const marker = uniqueMarker();
    const answer = await send(portal.url, { key: client.key, body: withFile(marker, name, content) });
    expectAnswer(answer, 422, 'validation_failed');
    expect(answer.body.errors).toEqual([{ field: 'file', message: expect.stringMatching(message) }]);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('refuses a compressed request body (415) without inflating it', async () => {
    const marker = uniqueMarker();
    const bomb = zlib.gzipSync(
      Buffer.from(JSON.stringify({ client_id: client.clientId, prescription: marker + ' '.repeat(50_000_000) })),
    );
    const answer = await send(portal.url, {
      key: client.key,
      body: new Uint8Array(bomb),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expectAnswer(answer, 415, 'unsupported_media_type');
  });

  it('answers a 100,000-item array at once (422), storing nothing', async () => {
    const marker = uniqueMarker();
    const items = Array.from({ length: 100_000 }, (_, index) => ({ name: `drug ${index}`, quantity: 1 }));
    const started = performance.now();
    const answer = await send(portal.url, {
      key: client.key,
      ...jsonBody({ client_id: client.clientId, prescription: marker, order_items: items }),
    });
    expectAnswer(answer, 422, 'validation_failed');
    expect(answer.body.errors).toEqual([{ field: 'order_items', message: 'Send at most 50 medicines in one order' }]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('refuses a 10 MB prescription: 413 in a form, 422 in JSON', async () => {
    const marker = uniqueMarker();
    const huge = `${marker} ${'x'.repeat(10 * 1024 * 1024)}`;
    expectAnswer(
      await send(portal.url, {
        key: client.key,
        body: orderForm({ client_id: String(client.clientId), prescription: huge }),
      }),
      413,
      'payload_too_large',
    );
    const json = await send(portal.url, {
      key: client.key,
      ...jsonBody({ client_id: client.clientId, prescription: huge }),
    });
    expectAnswer(json, 422, 'validation_failed');
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('refuses text that is not UTF-8 (400) and text with a NUL byte (422)', async () => {
    const marker = uniqueMarker();
    const multipart = Buffer.concat([
      Buffer.from(
        `--b\r\nContent-Disposition: form-data; name="client_id"\r\n\r\n${client.clientId}\r\n--b\r\nContent-Disposition: form-data; name="prescription"\r\n\r\n${marker} `,
      ),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
      Buffer.from('\r\n--b--\r\n'),
    ]);
    const asForm = await send(portal.url, {
      key: client.key,
      body: new Uint8Array(multipart),
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expectAnswer(asForm, 400, 'malformed_request');
    const asUrlencoded = await send(portal.url, {
      key: client.key,
      body: `client_id=${client.clientId}&prescription=${marker}%FF%FE`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectAnswer(asUrlencoded, 400, 'malformed_request');
    const withNul = await send(portal.url, {
      key: client.key,
      ...jsonBody({
        client_id: client.clientId,
        prescription: `${marker}\u0000`,
        order_items: [{ name: 'a\u0000b', quantity: 1 }],
      }),
    });
    expectAnswer(withNul, 422, 'validation_failed');
    expect(withNul.body.errors!.map((error) => error.field)).toEqual(['prescription', 'order_items[0].name']);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('ignores __proto__ and constructor keys, and stays itself afterwards', async () => {
    const marker = uniqueMarker();
    const body = `{"client_id": ${client.clientId}, "prescription": "${marker}", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "order_items": [{"name": "a", "quantity": 1, "__proto__": {"quantity": 999}}]}`;
    const answer = await send(portal.url, { key: client.key, body, headers: { 'content-type': 'application/json' } });
    expectAnswer(answer, 200);
    const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
    expect(stored?.items.map(({ name, quantity }) => ({ name, quantity }))).toEqual([{ name: 'a', quantity: 1 }]);
    expectAnswer(
      await send(portal.url, { key: client.key, ...jsonBody({ client_id: client.clientId }) }),
      400,
      'request_empty',
    );
  });

  it('closes a slow-loris upload when its deadline passes, and keeps serving', async () => {
    const { port } = new URL(portal.url);
    const started = performance.now();
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /send_request_web HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: ${client.key}\r\n` +
            'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n',
        );
        const trickle = setInterval(() => socket.write('x'), 300);
        socket.on('close', () => {
          clearInterval(trickle);
          resolve(performance.now() - started);
        });
        socket.on('error', () => undefined);
      });
    });
    expect(closedAfter).toBeGreaterThan(1_500);
    expect(closedAfter).toBeLessThan(6_000);
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(200);
  });

  it('answers a barrage of random and mutated requests as the contract says, and stores only what it answered 200', async () => {
    const before = await portal.withDatabase(
      async (db) =>
        new Set((await db.select({ reference: orders.reference }).from(orders)).map((row) => row.reference)),
    );
    const accepted = new Set<string>();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        hostileRequest(() => client),
        async (request) => {
          const response = await fetch(`${portal.url}/send_request_web`, { method: 'POST', ...request });
          const text = await response.text();
          expect(CONTRACT_STATUSES, `${response.status}: ${text.slice(0, 300)}`).toContain(response.status);
          const body = JSON.parse(text) as { code: number; reference?: string };
          expect(body.code).toBe(response.status);
          expect(response.headers.get('cache-control')).toBe('no-store');
          if (response.status === 200) accepted.add(body.reference!);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        },
      ),
      {
        numRuns: Number(process.env.HOSTILE_RUNS ?? 400),
        seed: Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31),
      },
    );
    console.log('answers to the barrage, by status:', Object.fromEntries([...statuses].sort()));
    // The barrage reached storing, and each early refusal, often enough to mean something.
    expect(accepted.size).toBeGreaterThan(0);
    expect(statuses.get(401)).toBeGreaterThan(0);
    expect(statuses.get(422)).toBeGreaterThan(0);
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(200);
    const added = await portal.withDatabase(async (db) =>
      (await db.select({ reference: orders.reference }).from(orders))
        .map((row) => row.reference)
        .filter((reference) => !before.has(reference)),
    );
    expect(new Set(added)).toEqual(accepted);
  }, 180_000);
});

/**
 * A request an attacker or a broken client might send: mostly well-aimed (the real key, the real
 * client, a matching Content-Type) so that many get as far as validation and storing, with random
 * values, random bytes and mutations throughout.
 */
function hostileRequest(client: () => TestClient): fc.Arbitrary<RequestInit> {
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  const plain = fc.stringMatching(/^[A-Za-z0-9 .,-]{1,60}$/);
  const either = <T>(likely: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: likely, weight: 3 }, { arbitrary: odd, weight: 1 });
  const validItems = fc.array(fc.record({ name: plain, quantity: fc.integer({ min: 1, max: 1000 }) }), {
    minLength: 1,
    maxLength: 5,
  });
  const oddItems = fc.array(
    fc.record({ name: text, quantity: fc.oneof(fc.integer({ min: -5, max: 1200 }), fc.double(), fc.string()) }),
    { maxLength: 60 },
  );
  const items = fc.oneof(
    either(validItems, oddItems).map((list) => JSON.stringify(list)),
    fc.json(),
    text,
  );
  const fields = fc
    .record(
      {
        client_id: either(fc.constant('real'), fc.oneof(fc.integer().map(String), text)),
        prescription: either(plain, text),
        order_items: either(items, text),
        insurance_card: either(fc.stringMatching(/^[A-Z0-9 /-]{0,64}$/), text),
        file: text,
        __proto__: fc.json(),
      },
      { requiredKeys: ['client_id'] },
    )
    .map((record) => ({
      ...record,
      client_id: record.client_id === 'real' ? String(client().clientId) : record.client_id,
    }));
  const fileBytes = fc.oneof(
    fc.constant(png),
    fc.constant(fixtureFile('prescription.pdf')),
    mutated(png),
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  );
  const file = fc.option(fc.tuple(fc.string({ maxLength: 40 }), fileBytes), { nil: undefined, freq: 2 });

  const multipart = fc.tuple(fields, file).map(([parts, attached]) => {
    const chunks: Buffer[] = Object.entries(parts).map(([name, value]) =>
      Buffer.from(`--xYz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    if (attached) {
      const fileName = attached[0].replace(/["\r\n]/g, '');
      chunks.push(
        Buffer.from(`--xYz\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
        attached[1],
        Buffer.from('\r\n'),
      );
    }
    chunks.push(Buffer.from('--xYz--\r\n'));
    return { contentType: 'multipart/form-data; boundary=xYz', body: Buffer.concat(chunks) };
  });
  const json = fields.map((parts) => {
    const { order_items: list, client_id: id, ...rest } = parts;
    const parsed = (() => {
      try {
        return list === undefined ? undefined : JSON.parse(list);
      } catch {
        return list;
      }
    })();
    return {
      contentType: 'application/json',
      body: Buffer.from(
        JSON.stringify({ ...rest, client_id: id && /^\d+$/.test(id) ? Number(id) : id, order_items: parsed }),
      ),
    };
  });
  const urlencoded = fields.map((parts) => ({
    contentType: 'application/x-www-form-urlencoded',
    body: Buffer.from(
      new URLSearchParams(Object.entries(parts).map(([name, value]) => [name, String(value)])).toString(),
    ),
  }));
  const noise = fc.record({
    contentType: fc.string({ maxLength: 40 }).filter((value) => /^[\x20-\x7e]*$/.test(value)),
    body: fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  });
  const request = fc.oneof(
    { arbitrary: multipart, weight: 3 },
    { arbitrary: json, weight: 3 },
    { arbitrary: urlencoded, weight: 2 },
    { arbitrary: noise, weight: 1 },
  );
  const damaged = request.chain((sent) => mutated(sent.body).map((body) => ({ ...sent, body })));

  const key = fc.oneof(
    { arbitrary: fc.constant('valid'), weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: fc.stringMatching(/^[\x21-\x7e]{0,60}$/), weight: 2 },
  );
  const idempotencyKey = fc.option(fc.stringMatching(/^[\x20-\x7e]{0,300}$/), { nil: undefined, freq: 3 });

  return fc
    .record({
      key,
      idempotencyKey,
      sent: fc.oneof({ arbitrary: request, weight: 7 }, { arbitrary: damaged, weight: 3 }),
    })
    .map(({ key: apiKey, idempotencyKey: idempotency, sent }) => {
      const headers: Record<string, string> = { 'content-type': sent.contentType };
      if (apiKey !== undefined) headers['x-api-key'] = apiKey === 'valid' ? client().key : apiKey;
      if (idempotency !== undefined) headers['idempotency-key'] = idempotency;
      return { headers, body: new Uint8Array(sent.body) };
    });
}

/** A buffer with a few bytes flipped, dropped or inserted, or cut short. */
function mutated(bytes: Buffer): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.nat({ max: Math.max(0, bytes.length - 1) }).map((cut) => bytes.subarray(0, cut)),
    fc
      .array(fc.tuple(fc.nat({ max: Math.max(0, bytes.length - 1) }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 8,
      })
      .map((flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, byte] of flips) copy[at] = byte;
        return copy;
      }),
    fc
      .tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ maxLength: 64 }))
      .map(([at, inserted]) => Buffer.concat([bytes.subarray(0, at), Buffer.from(inserted), bytes.subarray(at)])),
  );
}

/** A zip archive of one stored (uncompressed) file: what a "zip bomb" upload starts as. */
function zipOf(name: string, content: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(zlib.crc32(content), 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, content]);
}
