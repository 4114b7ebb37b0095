// The contract's 429, 500 and 503 rows: rate limits, a fault inside the order's transaction, and a
// database that cannot be reached. In each, nothing of the refused order is stored.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, addClientWithKey, ordersMarked, storedCounts } from '@/e2e/support/fixtures';
import { blobOf, fixtureFile, orderForm, send, uniqueMarker } from '@/e2e/support/order-requests';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';

describe.each(backends())('limits and faults on %s', (backend) => {
  let portal: Portal;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    portal = await startPortal({
      backend,
      // Behind one trusted proxy, so that each test can come from an address of its own.
      env: {
        TRUST_PROXY: '1',
        RATE_LIMIT_API_PER_MIN: '3',
        RATE_LIMIT_WEB_PER_MIN: '2',
        RATE_LIMIT_AUTH_FAIL_PER_MIN: '2',
      },
      async prepare(db) {
        for (let i = 0; i < 3; i++) clients.push(await addClientWithKey(db));
        // A fault inside the transaction, after the order row is written: its items cannot be.
        await db.execute(sql`ALTER TABLE order_items ADD CONSTRAINT test_fault CHECK (name <> 'fault-injection')`);
      },
    });
  });
  afterAll(() => portal?.stop());

  const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const orderOf = (client: TestClient, marker: string, items = '[{"name": "drug 1", "quantity": 2}]') =>
    orderForm({ client_id: String(client.clientId), prescription: marker, order_items: items });

  it('429 rate_limited: an API key over its orders a minute, with Retry-After and RateLimit headers', async () => {
    const [client] = clients;
    for (let i = 0; i < 3; i++) {
      const answer = await send(portal.url, { key: client!.key, body: orderOf(client!, uniqueMarker()) });
      expectAnswer(answer, 200);
      expect(answer.headers.get('ratelimit')).toBe(
        `"api";r=${2 - i};t=${answer.headers.get('ratelimit')!.split('t=')[1]}`,
      );
    }
    const marker = uniqueMarker();
    const refused = await send(portal.url, { key: client!.key, body: orderOf(client!, marker) });
    expectAnswer(refused, 429, 'rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-policy')).toBe('"api";q=3;w=60');
    expect(refused.headers.get('ratelimit')).toMatch(/^"api";r=0;t=\d+$/);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('429 rate_limited: keyless orders from one address', async () => {
    const from = { origin: portal.url, 'x-forwarded-for': address() };
    for (let i = 0; i < 2; i++) {
      expectAnswer(await send(portal.url, { body: orderOf(clients[1]!, uniqueMarker()), headers: from }), 200);
    }
    const marker = uniqueMarker();
    expectAnswer(await send(portal.url, { body: orderOf(clients[1]!, marker), headers: from }), 429, 'rate_limited');
    // Another address is not held back.
    const elsewhere = { origin: portal.url, 'x-forwarded-for': address() };
    expectAnswer(await send(portal.url, { body: orderOf(clients[1]!, uniqueMarker()), headers: elsewhere }), 200);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('429 rate_limited: after too many failed keys from an address, even a good key waits', async () => {
    const from = { 'x-forwarded-for': address() };
    const client = clients[2]!;
    for (let i = 0; i < 2; i++) {
      const answer = await send(portal.url, {
        key: `dn_guessing_${i}`,
        body: orderOf(client, uniqueMarker()),
        headers: from,
      });
      expectAnswer(answer, 401, 'unauthorized');
    }
    const marker = uniqueMarker();
    expectAnswer(
      await send(portal.url, { key: client.key, body: orderOf(client, marker), headers: from }),
      429,
      'rate_limited',
    );
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('500 internal_error: a fault mid-transaction leaves nothing of the order, and the body tells nothing', async () => {
    const client = clients[1]!;
    const marker = uniqueMarker();
    const before = await portal.withDatabase(storedCounts);
    const form = orderOf(
      client,
      marker,
      '[{"name": "drug 1", "quantity": 2}, {"name": "fault-injection", "quantity": 1}]',
    );
    form.append('file', blobOf(fixtureFile('prescription.png'), 'image/png'), 'scan.png');
    const answer = await send(portal.url, { key: client.key, body: form, headers: { 'idempotency-key': marker } });
    expectAnswer(answer, 500, 'internal_error');
    expect(JSON.stringify(answer.body)).not.toMatch(/order_items|constraint|insert|select|test_fault|at .*\.js/i);
    expect(await portal.withDatabase(storedCounts)).toEqual(before);

    const logLine = portal
      .output()
      .split('\n')
      .find((line) => line.includes(String(answer.body.request_id)) && line.includes('unexpected error'));
    expect(JSON.parse(logLine!).err).toMatchObject({ constraint: 'test_fault' });
    expect(portal.output()).not.toContain(marker);
  });
});

describe('503 unavailable', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ backend: 'postgres', unreachableDatabase: true });
  });
  afterAll(() => portal?.stop());

  it('answers orders and /healthz with 503 while PostgreSQL cannot be reached', async () => {
    const body = orderForm({ client_id: '28378', prescription: 'Headache' });
    const answer = await send(portal.url, { key: 'dn_abcdefgh_abcdefghijklmnopqrstuvwxyz234567', body });
    expectAnswer(answer, 503, 'unavailable');
    expect(answer.body.message).toMatch(/Nothing was stored/);
    const keyless = await send(portal.url, { body, headers: { origin: portal.url } });
    expectAnswer(keyless, 503, 'unavailable');
    const health = await fetch(`${portal.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ code: 503, status: 'unavailable' });
  });
});
