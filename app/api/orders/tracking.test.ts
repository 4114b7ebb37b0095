// The tracking page's API: look up by reference and client ID, cancel while received. Real HTTP to
// `next start`, on PGlite and PostgreSQL; every refusal leaves the order as it was.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/db/schema';
import { recordMove } from '@/lib/orders/record-move';
import { type TestClient, addClientWithKey, storedOrder } from '@/e2e/support/fixtures';
import { orderForm, send } from '@/e2e/support/order-requests';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';

describe.each(backends())('the tracking API on %s', (backend) => {
  let portal: Portal;
  let client: TestClient;

  beforeAll(async () => {
    portal = await startPortal({
      backend,
      env: { TRUST_PROXY: '1', RATE_LIMIT_WEB_PER_MIN: '5' },
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
  });
  afterAll(() => portal?.stop());

  let addressCounter = 0;
  /** Each test comes from an address of its own, so that the lookup limit is its own too. */
  const newAddress = () => `198.51.100.${++addressCounter}`;

  async function newOrder(): Promise<string> {
    const body = orderForm({ client_id: String(client.clientId), prescription: 'Headache', insurance_card: 'INS 42' });
    const answer = await send(portal.url, { key: client.key, body });
    return String(answer.body.reference);
  }

  async function call(path: 'track' | 'cancel', body: unknown, headers: Record<string, string>) {
    const response = await fetch(`${portal.url}/api/orders/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: portal.url, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  it('shows the order without its insurance number, file or staff notes', async () => {
    const reference = await newOrder();
    await portal.withDatabase(async (db) => {
      const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.reference, reference));
      await recordMove(db, {
        orderId: order!.id,
        from: 'received',
        to: 'needs_info',
        actor: 'staff:1',
        messageForPatient: 'Send page 2',
        note: 'staff only',
      });
    });
    const answer = await call(
      'track',
      { reference: reference.toLowerCase(), client_id: String(client.clientId) },
      { 'x-forwarded-for': newAddress() },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body.order).toMatchObject({ reference, status: 'needs_info', cancellable: false, items: [] });
    expect(answer.body.order.timeline.map((entry: { status: string }) => entry.status)).toEqual([
      'received',
      'needs_info',
    ]);
    expect(answer.body.order.timeline[1].message).toBe('Send page 2');
    expect(JSON.stringify(answer.body)).not.toMatch(/INS 42|staff only|staff:1/);
  });

  it('answers a wrong reference and a wrong client ID alike', async () => {
    const reference = await newOrder();
    const from = { 'x-forwarded-for': newAddress() };
    const wrongClient = await call('track', { reference, client_id: client.clientId + 1 }, from);
    const wrongReference = await call('track', { reference: 'DN-0000-0000', client_id: client.clientId }, from);
    expect(wrongClient.status).toBe(404);
    expect(wrongReference.body).toEqual(wrongClient.body);
    expect(wrongClient.body).toMatchObject({
      code: 404,
      error: 'not_found',
      message: expect.stringMatching(/We could not find that order/),
    });
  });

  it('refuses malformed lookups, other sites, and too many lookups from one address', async () => {
    const from = { 'x-forwarded-for': newAddress() };
    expect((await call('track', '{"reference":', from)).status).toBe(400);
    const invalid = await call('track', { reference: 'nope', client_id: 'x' }, from);
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((error: { field: string }) => error.field)).toEqual(['reference', 'client_id']);
    const crossSite = await call(
      'track',
      { reference: 'DN-0000-0000', client_id: 1 },
      { ...from, origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(401);

    const limitedFrom = { 'x-forwarded-for': newAddress() };
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await call('track', { reference: 'DN-0000-0000', client_id: 1 }, limitedFrom)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });

  it('cancels an order that is still received, once; a later cancel changes nothing', async () => {
    const reference = await newOrder();
    const lookup = { reference, client_id: client.clientId };
    const cancelled = await call('cancel', lookup, { 'x-forwarded-for': newAddress() });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order).toMatchObject({ status: 'cancelled', cancellable: false });

    const again = await call('cancel', lookup, { 'x-forwarded-for': newAddress() });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'order_not_cancellable', message: expect.stringMatching(/Cancelled/) });
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored!.events.filter((event) => event.type === 'status_changed')).toHaveLength(1);
  });

  it('does not cancel an order the pharmacy is already working on, nor one of another client', async () => {
    const reference = await newOrder();
    const other = await call(
      'cancel',
      { reference, client_id: client.clientId + 1 },
      { 'x-forwarded-for': newAddress() },
    );
    expect(other.status).toBe(404);
    await portal.withDatabase(async (db) => {
      const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.reference, reference));
      await recordMove(db, { orderId: order!.id, from: 'received', to: 'in_review', actor: 'staff:1' });
    });
    const late = await call('cancel', { reference, client_id: client.clientId }, { 'x-forwarded-for': newAddress() });
    expect(late.status).toBe(409);
    expect((await portal.withDatabase((db) => storedOrder(db, reference)))?.status).toBe('in_review');
  });
});
