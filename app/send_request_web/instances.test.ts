// Two `next start` instances on one PostgreSQL behave as one portal: rate limits, idempotency keys
// and staff sessions hold across them, and 500 orders sent at once, spread over both, become
// exactly 500 orders.
import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItems, orders } from '@/db/schema';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type TestClient, addClientWithKey, ordersMarked } from '@/e2e/support/fixtures';
import { orderForm, send, uniqueMarker } from '@/e2e/support/order-requests';
import { type Portal, startPortal } from '@/e2e/support/portal';
import { type TestStaffMember, addStaffMember, signIn } from '@/e2e/support/staff';

const LIMIT = 10;

describe.runIf(process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  let first: Portal;
  let second: Portal;
  const clients: TestClient[] = [];
  let pharmacist: TestStaffMember;

  beforeAll(async () => {
    const env = { RATE_LIMIT_API_PER_MIN: String(LIMIT) };
    first = await startPortal({
      backend: 'postgres',
      env,
      async prepare(db) {
        for (let i = 0; i < 52; i++) clients.push(await addClientWithKey(db));
        pharmacist = await addStaffMember(db, 'pharmacist');
      },
    });
    second = await startPortal({ backend: 'postgres', env, databaseUrl: first.env.DATABASE_URL });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  const order = (client: TestClient, marker: string) =>
    orderForm({
      client_id: String(client.clientId),
      prescription: marker,
      order_items: '[{"name": "drug 1", "quantity": 2}]',
    });

  it('shares one rate limit per key: the eleventh order of a minute is refused wherever it lands', async () => {
    const client = clients[50]!;
    const statuses = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const instance = i % 2 ? second : first;
      statuses.push((await send(instance.url, { key: client.key, body: order(client, uniqueMarker()) })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });

  it('shares Idempotency-Keys: a retry on the other instance gets the first answer', async () => {
    const client = clients[51]!;
    const marker = uniqueMarker();
    const headers = { 'idempotency-key': `across-${marker}` };
    const firstAnswer = await send(first.url, { key: client.key, body: order(client, marker), headers });
    const retry = await send(second.url, { key: client.key, body: order(client, marker), headers });
    expectAnswer(firstAnswer, 200);
    expect(retry.body).toEqual(firstAnswer.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await first.withDatabase((db) => ordersMarked(db, marker))).toBe(1);
  });

  it('shares staff sessions: signed in on one, signed in on both; signed out on one, out on both', async () => {
    const cookie = await signIn(first.url, pharmacist);
    expect((await fetch(`${second.url}/api/staff/orders`, { headers: { cookie } })).status).toBe(200);
    const signOut = await fetch(`${second.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: second.url },
    });
    expect(signOut.status).toBe(200);
    expect((await fetch(`${first.url}/api/staff/orders`, { headers: { cookie } })).status).toBe(401);
  });

  it('turns 500 orders sent at once, spread over both, into exactly 500 orders', async () => {
    const marker = uniqueMarker();
    // Fifty clients, ten orders each: every key stays within its limit of ten a minute.
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, index) => {
        const client = clients[index % 50]!;
        return send((index % 2 ? second : first).url, {
          key: client.key,
          body: order(client, `${marker} #${index}`),
          headers: { 'idempotency-key': `${marker}-${index}` },
        });
      }),
    );
    const statuses = answers.reduce<Record<number, number>>(
      (tally, answer) => ({ ...tally, [answer.status]: (tally[answer.status] ?? 0) + 1 }),
      {},
    );
    expect(statuses).toEqual({ 200: 500 });
    const references = answers.map((answer) => String(answer.body.reference));
    expect(new Set(references).size).toBe(500);
    const [stored, items] = await first.withDatabase(async (db) => {
      const matching = await db.select({ id: orders.id }).from(orders).where(inArray(orders.reference, references));
      const [itemCount] = await db
        .select({ n: count() })
        .from(orderItems)
        .where(
          inArray(
            orderItems.orderId,
            matching.map((row) => row.id),
          ),
        );
      return [await ordersMarked(db, marker), itemCount!.n];
    });
    expect(stored).toBe(500);
    expect(items).toBe(500);
  });
});
