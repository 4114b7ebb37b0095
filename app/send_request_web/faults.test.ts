// Faults: the database going away and coming back, the connection dropping mid-order, the server
// killed outright under load, and a graceful stop. Whatever happens, an order that was answered 200
// is stored whole, and one that was not answered 200 leaves nothing half-stored.
import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type TestClient, addClientWithKey, ordersMarked, storedOrder } from '@/e2e/support/fixtures';
import { noisePng } from '@/e2e/support/noise-png';
import { blobOf, orderForm, send, uniqueMarker } from '@/e2e/support/order-requests';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';
import { TcpProxy } from '@/e2e/support/tcp-proxy';

const postgres = process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL) : undefined;

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('did not happen in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.runIf(postgres)('PostgreSQL going away', () => {
  let proxy: TcpProxy;
  let portal: Portal;
  let client: TestClient;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: postgres!.hostname, port: Number(postgres!.port || 5432) });
    portal = await startPortal({
      backend: 'postgres',
      postgresPort: proxy.port,
      prepare: async (db) => {
        client = await addClientWithKey(db);
        // Holds an order mid-transaction (its row written, its items not yet) for as long as asked.
        await db.execute(sql`
          CREATE FUNCTION test_hold_items() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN IF NEW.name = 'hold-me' THEN PERFORM pg_sleep(2); END IF; RETURN NEW; END $$;
          CREATE TRIGGER test_hold_items BEFORE INSERT ON order_items FOR EACH ROW EXECUTE FUNCTION test_hold_items();
        `);
      },
    });
  });
  afterAll(async () => {
    await portal?.stop();
    await proxy?.stop();
  });

  const order = (marker: string, item = 'Paracetamol') =>
    orderForm({
      client_id: String(client.clientId),
      prescription: marker,
      order_items: JSON.stringify([{ name: item, quantity: 1 }]),
    });

  it('answers 503 while the database is unreachable, and recovers by itself when it is back', async () => {
    expectAnswer(await send(portal.url, { key: client.key, body: order(uniqueMarker()) }), 200);

    await proxy.pause();
    const marker = uniqueMarker();
    const refused = await send(portal.url, { key: client.key, body: order(marker) });
    expectAnswer(refused, 503, 'unavailable');
    expect(refused.body.message).toMatch(/Nothing was stored/);
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(503);

    await proxy.resume();
    await eventually(async () => (await fetch(`${portal.url}/healthz`)).status === 200);
    expectAnswer(await send(portal.url, { key: client.key, body: order(uniqueMarker()) }), 200);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });

  it('leaves nothing of an order whose connection drops in the middle of its transaction', async () => {
    const marker = uniqueMarker();
    const answer = send(portal.url, { key: client.key, body: order(marker, 'hold-me') });
    await new Promise((resolve) => setTimeout(resolve, 800)); // the order row is in, the items wait
    proxy.cutConnections();
    expectAnswer(await answer, 503, 'unavailable');
    await eventually(async () => (await fetch(`${portal.url}/healthz`)).status === 200);
    expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
  });
});

describe.each(backends())('the server killed under load, on %s', (backend) => {
  let portal: Portal;
  let client: TestClient;
  beforeAll(async () => {
    portal = await startPortal({
      backend,
      env: { RATE_LIMIT_API_PER_MIN: '100000' },
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
  });
  afterAll(() => portal?.stop());

  it('keeps, whole, every order it answered 200 before SIGKILL', async () => {
    const photo = noisePng(20 * 1024);
    const photoSha = createHash('sha256').update(photo).digest('hex');
    const answered: Array<{ reference: string; marker: string }> = [];
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const marker = uniqueMarker();
        const form = orderForm({
          client_id: String(client.clientId),
          prescription: marker,
          order_items: '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]',
        });
        form.append('file', blobOf(photo, 'image/png'), 'photo.png');
        try {
          const answer = await send(portal.url, { key: client.key, body: form });
          if (answer.status === 200) answered.push({ reference: String(answer.body.reference), marker });
        } catch {
          return; // the server is gone
        }
      }
    };
    const senders = Array.from({ length: 8 }, sender);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    killed = true;
    await portal.kill();
    await Promise.all(senders);
    expect(answered.length).toBeGreaterThan(10);

    await portal.restart();
    const missing = await portal.withDatabase(async (db) => {
      const problems: string[] = [];
      for (const { reference, marker } of answered) {
        const stored = await storedOrder(db, reference);
        const whole =
          stored?.prescription === marker &&
          stored.items.length === 2 &&
          stored.attachment?.sha256 === photoSha &&
          createHash('sha256').update(stored.attachment.content).digest('hex') === photoSha &&
          stored.events[0]?.type === 'created';
        if (!whole) problems.push(reference);
      }
      return problems;
    });
    console.log(
      `${backend}: ${answered.length} orders answered 200 before SIGKILL; ${missing.length} missing or partial after restart`,
    );
    expect(missing).toEqual([]);
  });
});

describe('SIGTERM', () => {
  let portal: Portal;
  let client: TestClient;
  beforeAll(async () => {
    portal = await startPortal({
      backend: 'pglite',
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
  });
  afterAll(() => portal?.stop());

  it('finishes the order in flight, takes no new ones, closes the database and exits cleanly', async () => {
    const marker = uniqueMarker();
    const { port } = new URL(portal.url);
    const pid = portal.pid();
    // An upload that takes a second and a half to arrive.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = `--b\r\nContent-Disposition: form-data; name="client_id"\r\n\r\n${client.clientId}\r\n--b\r\nContent-Disposition: form-data; name="prescription"\r\n\r\n${marker}\r\n--b--\r\n`;
      const request = http.request({
        host: '127.0.0.1',
        port,
        path: '/send_request_web',
        method: 'POST',
        headers: {
          'x-api-key': client.key,
          'content-type': 'multipart/form-data; boundary=b',
          'content-length': Buffer.byteLength(body),
        },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 40));
      setTimeout(() => request.end(body.slice(40)), 1_500);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        try {
          process.kill(pid, 0);
        } catch {
          clearInterval(poll);
          resolve(0);
        }
      }, 50);
    });
    process.kill(pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    await expect(fetch(`${portal.url}/healthz`)).rejects.toThrow(); // no longer accepting
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    await exited;
    expect(portal.output()).toMatch(/"msg":"shutting down: finishing the requests in flight"/);
    expect(portal.output()).toMatch(/"msg":"stopped"/);

    await portal.restart();
    const stored = await portal.withDatabase((db) => storedOrder(db, JSON.parse(answer.body).reference));
    expect(stored?.prescription).toBe(marker);
  });
});
