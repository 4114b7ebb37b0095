// POST /send_request_web end to end: real HTTP to `next start`, on PGlite and on PostgreSQL.
// Every row of the contract's tables, and for every refusal: nothing of the order was stored.
import { sql } from 'drizzle-orm';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '@/lib/api-keys/api-keys';
import { type TestClient, addClientWithKey, ordersMarked, storedCounts, storedOrder } from '@/e2e/support/fixtures';
import {
  type Answer,
  type SendOptions,
  blobOf,
  fixtureFile,
  jsonBody,
  orderForm,
  send,
  uniqueMarker,
} from '@/e2e/support/order-requests';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';

const png = fixtureFile('prescription.png');
const MiB = 1024 * 1024;

describe.each(backends())('POST /send_request_web on %s', (backend) => {
  let portal: Portal;
  let client: TestClient;
  let otherClient: TestClient;
  let inactiveClient: TestClient;
  let revokedKey: TestClient;

  beforeAll(async () => {
    portal = await startPortal({
      backend,
      async prepare(db) {
        client = await addClientWithKey(db, { label: 'pharmacy system' });
        otherClient = await addClientWithKey(db);
        inactiveClient = await addClientWithKey(db, { active: false });
        revokedKey = await addClientWithKey(db);
        await revokeApiKey(db, revokedKey.prefix);
      },
    });
  });
  afterAll(() => portal?.stop());

  const order = (marker: string, fields: Record<string, string> = {}) =>
    orderForm({
      client_id: String(client.clientId),
      prescription: `Headache ${marker}`,
      order_items: '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]',
      ...fields,
    });

  /** Sends a request that must be refused, and checks that nothing of it was stored. */
  async function expectRefused(marker: string, request: () => Promise<Answer>, status: number, error: string) {
    const answer = await request();
    expectAnswer(answer, status, error);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
    return answer;
  }

  describe('200: the order is stored whole', () => {
    it('from multipart, with its items in the order sent, the file and the first trail event', async () => {
      const marker = uniqueMarker();
      const form = order(marker, { insurance_card: 'AOK 123-456/7' });
      form.append('file', blobOf(png, 'image/png'), 'toda.png');
      const answer = await send(portal.url, { key: client.key, body: form });
      expectAnswer(answer, 200);
      expect(Object.keys(answer.body)).toEqual(['code', 'success', 'message', 'reference']);

      const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
      expect(stored).toMatchObject({
        clientId: client.clientId,
        prescription: `Headache ${marker}`,
        insuranceCard: 'AOK 123-456/7',
        status: 'received',
        channel: 'api',
      });
      expect(stored!.items.map(({ position, name, quantity }) => ({ position, name, quantity }))).toEqual([
        { position: 1, name: 'drug 1', quantity: 2 },
        { position: 2, name: 'drug 2', quantity: 3 },
      ]);
      expect(stored!.attachment).toMatchObject({ fileName: 'toda.png', mediaType: 'image/png', sizeBytes: png.length });
      expect(stored!.attachment!.content.equals(png)).toBe(true);
      expect(stored!.attachment!.sha256).toBe(
        (await import('node:crypto')).createHash('sha256').update(png).digest('hex'),
      );
      expect(stored!.events).toHaveLength(1);
      expect(stored!.events[0]).toMatchObject({
        type: 'created',
        actor: `api_key:${client.prefix}`,
        details: { channel: 'api', api_key_label: 'pharmacy system' },
      });
    });

    it('from JSON, the published example, with the file as base64', async () => {
      const marker = uniqueMarker();
      const pdf = fixtureFile('prescription.pdf');
      const answer = await send(portal.url, {
        key: client.key,
        ...jsonBody({
          client_id: client.clientId,
          prescription: `Headache ${marker}`,
          order_items: [
            { name: 'drug 1', quantity: 2 },
            { name: 'drug 2', quantity: 3 },
          ],
          file: { name: 'scan.pdf', type: 'application/pdf', data: pdf.toString('base64') },
        }),
      });
      expectAnswer(answer, 200);
      const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
      expect(stored!.items.map((item) => item.name)).toEqual(['drug 1', 'drug 2']);
      expect(stored!.attachment).toMatchObject({ fileName: 'scan.pdf', mediaType: 'application/pdf' });
      expect(stored!.attachment!.content.equals(pdf)).toBe(true);
    });

    it('from urlencoded, and unknown fields are neither refused nor stored', async () => {
      const marker = uniqueMarker();
      const body = new URLSearchParams({
        client_id: String(client.clientId),
        prescription: `Headache ${marker}`,
        order_items: '[{"name": "drug 1", "quantity": 2, "colour": "red"}]',
        pharmacy_notes: 'not ours to keep',
      });
      const answer = await send(portal.url, { key: client.key, body });
      expectAnswer(answer, 200);
      const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
      expect(stored!.items.map(({ name, quantity }) => ({ name, quantity }))).toEqual([
        { name: 'drug 1', quantity: 2 },
      ]);
      expect(JSON.stringify(stored)).not.toContain('not ours to keep');
    });

    it.each([
      ['prescription.jpg', 'image/jpeg'],
      ['prescription.webp', 'image/webp'],
      ['prescription.heic', 'image/heic'],
      ['prescription.pdf', 'application/pdf'],
    ])('with %s, stored as %s whatever type the sender declared', async (name, mediaType) => {
      const form = orderForm(
        { client_id: String(client.clientId) },
        { name, content: fixtureFile(name), type: 'text/plain' },
      );
      const answer = await send(portal.url, { key: client.key, body: form });
      expectAnswer(answer, 200);
      const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
      expect(stored!.attachment!.mediaType).toBe(mediaType);
      expect(stored!.attachment!.content.equals(fixtureFile(name))).toBe(true);
    });

    it("from the portal's own page without a key, as channel web", async () => {
      const sameOriginHeaders: Array<Record<string, string>> = [
        { origin: portal.url },
        { 'sec-fetch-site': 'same-origin' },
      ];
      for (const sameOrigin of sameOriginHeaders) {
        const marker = uniqueMarker();
        const answer = await send(portal.url, { body: order(marker), headers: sameOrigin });
        expectAnswer(answer, 200);
        const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
        expect(stored).toMatchObject({ channel: 'web', prescription: `Headache ${marker}` });
        expect(stored!.events[0]).toMatchObject({ type: 'created', actor: 'patient', details: { channel: 'web' } });
      }
    });
  });

  describe('400', () => {
    it('request_empty: nothing to act on', async () => {
      const before = await portal.withDatabase(storedCounts);
      for (const body of [
        orderForm({ client_id: String(client.clientId) }),
        orderForm({ client_id: String(client.clientId), prescription: '   ', order_items: '[]' }),
      ]) {
        const answer = await send(portal.url, { key: client.key, body });
        expectAnswer(answer, 400, 'request_empty');
      }
      expect(await portal.withDatabase(storedCounts)).toEqual(before);
    });

    it.each([
      [
        'broken JSON',
        (marker: string) => ({
          body: `{"prescription": "${marker}",`,
          headers: { 'content-type': 'application/json' },
        }),
      ],
      [
        'a multipart body cut short',
        (marker: string) => ({
          body: `--b\r\nContent-Disposition: form-data; name="prescription"\r\n\r\n${marker}`,
          headers: { 'content-type': 'multipart/form-data; boundary=b' },
        }),
      ],
      [
        'order_items that is not JSON',
        (marker: string) => ({ body: new URLSearchParams({ prescription: marker, order_items: '[{' }) }),
      ],
      [
        'a field sent twice',
        (marker: string) => ({
          body: `prescription=${marker}&client_id=1&client_id=2`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ],
      [
        'two files',
        (marker: string) => {
          const form = orderForm({ prescription: marker });
          form.append('file', blobOf(png), 'a.png');
          form.append('file', blobOf(png), 'b.png');
          return { body: form };
        },
      ],
      [
        'an Idempotency-Key with a space',
        (marker: string) => ({ body: order(marker), headers: { 'idempotency-key': 'a b' } }),
      ],
    ])('malformed_request: %s', async (_, request) => {
      const marker = uniqueMarker();
      const answer = await expectRefused(
        marker,
        () => send(portal.url, { key: client.key, ...request(marker) }),
        400,
        'malformed_request',
      );
      expect(answer.body.message).not.toMatch(/undefined|null/);
    });
  });

  describe('401 and 403', () => {
    it('unauthorized: no key, an unknown, malformed or revoked key, a key in the URL, another site', async () => {
      const marker = uniqueMarker();
      const requests: Array<() => Promise<Answer>> = [
        () => send(portal.url, { body: order(marker) }),
        () => send(portal.url, { key: `${client.prefix}_${'a'.repeat(32)}`, body: order(marker) }),
        () => send(portal.url, { key: 'not-a-key', body: order(marker) }),
        () =>
          send(portal.url, {
            key: revokedKey.key,
            body: orderForm({ client_id: String(revokedKey.clientId), prescription: marker }),
          }),
        () => send(portal.url, { query: `?x-api-key=${client.key}&api_key=${client.key}`, body: order(marker) }),
        () =>
          send(portal.url, {
            body: order(marker),
            headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
          }),
      ];
      const bodies = [];
      for (const request of requests) bodies.push((await expectRefused(marker, request, 401, 'unauthorized')).body);
      expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    });

    it("forbidden: a key sends another client's order", async () => {
      const marker = uniqueMarker();
      const body = orderForm({ client_id: String(otherClient.clientId), prescription: marker });
      await expectRefused(marker, () => send(portal.url, { key: client.key, body }), 403, 'forbidden');
    });
  });

  describe('405, 413, 415', () => {
    it.each(['GET', 'PUT', 'PATCH', 'DELETE'])('method_not_allowed: %s, with Allow: POST', async (method) => {
      const response = await fetch(`${portal.url}/send_request_web`, { method, headers: { 'x-api-key': client.key } });
      const answer = { status: response.status, headers: response.headers, body: await response.json() };
      expectAnswer(answer, 405, 'method_not_allowed');
      expect(response.headers.get('allow')).toBe('POST');
    });

    it('payload_too_large: an announced Content-Length over the limit is answered before the body is sent', async () => {
      const answer = await new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
        const request = http.request(`${portal.url}/send_request_web`, {
          method: 'POST',
          headers: {
            'x-api-key': client.key,
            'content-type': 'multipart/form-data; boundary=b',
            'content-length': String(1024 * MiB),
          },
        });
        request.on('response', (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, body, sentBytes: request.socket?.bytesWritten ?? 0 }),
          );
        });
        request.on('error', reject);
        request.flushHeaders(); // headers only: the body never comes
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 413, error: 'payload_too_large' });
      expect(answer.sentBytes).toBeLessThan(4096);
    });

    it('payload_too_large: a streamed body, a file and a field over their limits', async () => {
      const marker = uniqueMarker();
      const bigFile = orderForm(
        { client_id: String(client.clientId), prescription: marker },
        { name: 'big.png', content: Buffer.concat([png, Buffer.alloc(10 * MiB)]) },
      );
      await expectRefused(marker, () => send(portal.url, { key: client.key, body: bigFile }), 413, 'payload_too_large');

      const bigField = orderForm({
        client_id: String(client.clientId),
        prescription: `${marker} ${'x'.repeat(300 * 1024)}`,
      });
      await expectRefused(
        marker,
        () => send(portal.url, { key: client.key, body: bigField }),
        413,
        'payload_too_large',
      );

      // No Content-Length: the limit is enforced while the bytes stream in.
      const chunks = (function* () {
        yield Buffer.from(`--b\r\nContent-Disposition: form-data; name="prescription"\r\n\r\n${marker}`);
        for (let i = 0; i < 20; i++) yield Buffer.alloc(MiB, 0x61);
      })();
      const streamed = new ReadableStream({
        pull(controller) {
          const next = chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
      await expectRefused(
        marker,
        () =>
          send(portal.url, {
            key: client.key,
            body: streamed,
            headers: { 'content-type': 'multipart/form-data; boundary=b' },
            duplex: 'half',
          } as SendOptions),
        413,
        'payload_too_large',
      );
    });

    it.each(['text/plain', 'application/xml', 'image/png'])('unsupported_media_type: %s', async (contentType) => {
      const marker = uniqueMarker();
      const body = `client_id=${client.clientId}&prescription=${marker}`;
      await expectRefused(
        marker,
        () => send(portal.url, { key: client.key, body, headers: { 'content-type': contentType } }),
        415,
        'unsupported_media_type',
      );
    });
  });

  describe('422', () => {
    it('validation_failed lists every problem at once, each with its path', async () => {
      const marker = uniqueMarker();
      const answer = await expectRefused(
        marker,
        () =>
          send(portal.url, {
            key: client.key,
            ...jsonBody({
              client_id: client.clientId,
              prescription: `${marker} ${'x'.repeat(2000)}`,
              order_items: [
                { name: 'ok', quantity: 1 },
                { name: 'drug 2', quantity: '2' },
                { name: '', quantity: 2.5 },
              ],
              insurance_card: '<script>',
              file: { name: 'notes.txt', data: Buffer.from('plain text').toString('base64') },
            }),
          }),
        422,
        'validation_failed',
      );
      expect(answer.body.errors!.map((error) => error.field)).toEqual([
        'prescription',
        'order_items[1].quantity',
        'order_items[2].name',
        'order_items[2].quantity',
        'insurance_card',
        'file',
      ]);
      for (const error of answer.body.errors!) expect(error.message.length).toBeGreaterThan(10);
    });

    it('validation_failed: an unknown or inactive client_id', async () => {
      const marker = uniqueMarker();
      for (const clientId of ['2147483646', String(inactiveClient.clientId)]) {
        const answer = await expectRefused(
          marker,
          () =>
            send(portal.url, {
              body: orderForm({ client_id: clientId, prescription: marker }),
              headers: { origin: portal.url },
            }),
          422,
          'validation_failed',
        );
        expect(answer.body.errors).toEqual([
          { field: 'client_id', message: expect.stringMatching(/no active client/) },
        ]);
      }
    });

    it('validation_failed: a file whose bytes are not an image or PDF, whatever its name says', async () => {
      const marker = uniqueMarker();
      const executable = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(256)]);
      const form = orderForm(
        { client_id: String(client.clientId), prescription: marker },
        { name: 'photo.jpg', content: executable, type: 'image/jpeg' },
      );
      const answer = await expectRefused(
        marker,
        () => send(portal.url, { key: client.key, body: form }),
        422,
        'validation_failed',
      );
      expect(answer.body.errors).toEqual([
        { field: 'file', message: expect.stringMatching(/JPEG, PNG, WebP or HEIC/) },
      ]);
    });
  });

  describe('Idempotency-Key', () => {
    it('a retry gets the stored answer again, marked as replayed, and there is still one order', async () => {
      const marker = uniqueMarker();
      const headers = { 'idempotency-key': `retry-${marker}` };
      const first = await send(portal.url, { key: client.key, body: order(marker), headers });
      const retry = await send(portal.url, { key: client.key, body: order(marker), headers });
      expectAnswer(first, 200);
      expectAnswer(retry, 200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(1);
    });

    it('idempotency_key_reused: the same key with another payload', async () => {
      const marker = uniqueMarker();
      const headers = { 'idempotency-key': `reuse-${marker}` };
      expectAnswer(await send(portal.url, { key: client.key, body: order(marker), headers }), 200);
      const other = uniqueMarker();
      await expectRefused(
        other,
        () => send(portal.url, { key: client.key, body: order(other), headers }),
        422,
        'idempotency_key_reused',
      );
    });

    it('keys belong to their caller: another client may use the same key', async () => {
      const marker = uniqueMarker();
      const headers = { 'idempotency-key': `shared-${marker}` };
      expectAnswer(await send(portal.url, { key: client.key, body: order(marker), headers }), 200);
      const body = orderForm({ client_id: String(otherClient.clientId), prescription: marker });
      expectAnswer(await send(portal.url, { key: otherClient.key, body, headers }), 200);
      expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(2);
    });

    it('a burst of the same request makes exactly one order; the others replay it or hear it is in progress (409)', async () => {
      const marker = uniqueMarker();
      const headers = { 'idempotency-key': `burst-${marker}` };
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => send(portal.url, { key: client.key, body: order(marker), headers })),
      );
      const references = new Set<unknown>();
      for (const answer of answers) {
        if (answer.status === 409) expectAnswer(answer, 409, 'idempotency_in_progress');
        else {
          expectAnswer(answer, 200);
          references.add(answer.body.reference);
        }
      }
      expect(references.size).toBe(1);
      expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(1);
    });
  });

  // PGlite runs one statement at a time in this process, so only PostgreSQL can hold an order
  // mid-transaction while a second request comes in.
  it.runIf(backend === 'postgres')(
    'idempotency_in_progress: the same key while the first is still being stored',
    async () => {
      await portal.withDatabase((db) =>
        db.execute(sql`
        CREATE OR REPLACE FUNCTION test_slow_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.prescription LIKE '%hold-me%' THEN PERFORM pg_sleep(2); END IF; RETURN NEW; END $$;
        CREATE OR REPLACE TRIGGER test_slow_order BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION test_slow_order();
      `),
      );
      const marker = uniqueMarker();
      const headers = { 'idempotency-key': `slow-${marker}` };
      const first = send(portal.url, { key: client.key, body: order(`hold-me ${marker}`), headers });
      await new Promise((resolve) => setTimeout(resolve, 700));
      const second = await send(portal.url, { key: client.key, body: order(`hold-me ${marker}`), headers });
      expectAnswer(second, 409, 'idempotency_in_progress');
      expectAnswer(await first, 200);
      const retry = await send(portal.url, { key: client.key, body: order(`hold-me ${marker}`), headers });
      expect(retry.body.reference).toBe((await first).body.reference);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(1);
    },
  );

  describe('operations', () => {
    it('logs one line per request, with its id and client, and none of the health data or the key', async () => {
      const marker = uniqueMarker();
      const answer = await send(portal.url, {
        key: client.key,
        body: order(marker, { insurance_card: 'INS-SECRET-42' }),
      });
      expectAnswer(answer, 200);
      const requestId = answer.headers.get('x-request-id')!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const line = portal
        .output()
        .split('\n')
        .find((entry) => entry.includes(requestId));
      expect(JSON.parse(line!)).toMatchObject({
        method: 'POST',
        path: '/send_request_web',
        status: 200,
        request_id: requestId,
        client_id: client.clientId,
        duration_ms: expect.any(Number),
      });
      expect(portal.output()).not.toContain(marker);
      expect(portal.output()).not.toContain('INS-SECRET-42');
      expect(portal.output()).not.toContain(client.key);
    });

    it('GET /healthz answers 200 while the database answers', async () => {
      const response = await fetch(`${portal.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ code: 200, status: 'ok', database: backend });
    });
  });
});
