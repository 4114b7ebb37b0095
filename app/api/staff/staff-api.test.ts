// The staff APIs over real HTTP, on PGlite and PostgreSQL: sign-in and its limit, who may do what,
// the file's exact bytes and headers, transitions, and two people changing one order at once.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, addClientWithKey, storedOrder } from '@/e2e/support/fixtures';
import { blobOf, fixtureFile, orderForm, send } from '@/e2e/support/order-requests';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';
import { type TestStaffMember, addStaffMember, signIn } from '@/e2e/support/staff';

const png = fixtureFile('prescription.png');

describe.each(backends())('the staff APIs on %s', (backend) => {
  let portal: Portal;
  let client: TestClient;
  let pharmacist: TestStaffMember;
  let admin: TestStaffMember;
  let pharmacistCookie: string;
  let adminCookie: string;

  beforeAll(async () => {
    portal = await startPortal({
      backend,
      env: { TRUST_PROXY: '1', RATE_LIMIT_AUTH_FAIL_PER_MIN: '3' },
      async prepare(db) {
        client = await addClientWithKey(db, { label: 'shop' });
        pharmacist = await addStaffMember(db, 'pharmacist', 'Petra Pharmacist');
        admin = await addStaffMember(db, 'admin', 'Ada Admin');
      },
    });
    pharmacistCookie = await signIn(portal.url, pharmacist);
    adminCookie = await signIn(portal.url, admin);
  });
  afterAll(() => portal?.stop());

  async function newOrder(withFile = true): Promise<string> {
    const form = orderForm({ client_id: String(client.clientId), prescription: 'Headache', insurance_card: 'INS 1' });
    if (withFile) form.append('file', blobOf(png, 'image/png'), 'Rezept März.png');
    const answer = await send(portal.url, { key: client.key, body: form });
    expect(answer.status).toBe(200);
    return String(answer.body.reference);
  }

  const call = (
    path: string,
    init: { cookie?: string; method?: string; body?: unknown; origin?: string | null } = {},
  ) =>
    fetch(`${portal.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.origin === null ? {} : { origin: init.origin ?? portal.url }),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  it('answers every staff API 401 without a session, and changes nothing', async () => {
    const reference = await newOrder();
    const paths = [
      ['GET', '/api/staff/orders'],
      ['GET', `/api/staff/orders/${reference}`],
      ['GET', `/api/staff/orders/${reference}/file`],
      ['POST', `/api/staff/orders/${reference}/status`],
      ['POST', `/api/staff/orders/${reference}/notes`],
      ['GET', '/api/staff/admin/clients'],
      ['POST', '/api/staff/admin/staff'],
    ];
    for (const [method, path] of paths) {
      const response = await call(path!, {
        method,
        body: method === 'POST' ? { to: 'in_review', version: 1 } : undefined,
      });
      expect(response.status, path).toBe(401);
      expect(await response.json()).toMatchObject({ code: 401, error: 'unauthorized' });
    }
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored?.status).toBe('received');
    expect(stored?.events.map((event) => event.type)).toEqual(['created']);
  });

  it('serves the file to a pharmacist: the exact bytes, with safe headers, and the view is on the trail', async () => {
    const reference = await newOrder();
    const response = await call(`/api/staff/orders/${reference}/file`, { cookie: pharmacistCookie });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(png).digest('hex'));
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': `inline; filename="Rezept M_rz.png"; filename*=UTF-8''Rezept%20M%C3%A4rz.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);

    const download = await call(`/api/staff/orders/${reference}/file?download=1`, { cookie: pharmacistCookie });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored?.events.map((event) => [event.type, event.actor])).toEqual([
      ['created', `api_key:${client.prefix}`],
      ['file_viewed', `staff:${pharmacist.id}`],
      ['file_downloaded', `staff:${pharmacist.id}`],
    ]);
  });

  it('answers a pharmacist on the admin APIs 403', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/staff/admin/clients', undefined],
      ['POST', '/api/staff/admin/clients', { id: '99', name: 'x' }],
      ['GET', '/api/staff/admin/staff', undefined],
      ['PATCH', `/api/staff/admin/staff/${admin.id}`, { role: 'pharmacist' }],
    ] as const) {
      const response = await call(path, { cookie: pharmacistCookie, method, body });
      expect(response.status, path).toBe(403);
    }
  });

  it('refuses a transition the order may not make, and one without the patient message it needs', async () => {
    const reference = await newOrder(false);
    const toReady = await call(`/api/staff/orders/${reference}/status`, {
      cookie: pharmacistCookie,
      method: 'POST',
      body: { to: 'ready', version: 1 },
    });
    expect(toReady.status).toBe(422);
    expect(await toReady.json()).toMatchObject({
      error: 'invalid_transition',
      message: expect.stringMatching(/Received.*cannot become.*Ready/),
    });
    const noMessage = await call(`/api/staff/orders/${reference}/status`, {
      cookie: pharmacistCookie,
      method: 'POST',
      body: { to: 'needs_info', version: 1 },
    });
    expect(noMessage.status).toBe(422);
    expect((await noMessage.json()).errors).toEqual([{ field: 'messageForPatient', message: expect.any(String) }]);
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored).toMatchObject({ status: 'received', version: 1 });
    expect(stored?.events.map((event) => event.type)).toEqual(['created']);
  });

  it('lets one of two simultaneous changes through and tells the other the order changed', async () => {
    const reference = await newOrder(false);
    const change = (cookie: string, to: string) =>
      call(`/api/staff/orders/${reference}/status`, {
        cookie,
        method: 'POST',
        body: { to, version: 1, messageForPatient: 'x' },
      });
    const [first, second] = await Promise.all([change(pharmacistCookie, 'in_review'), change(adminCookie, 'rejected')]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refused = first.status === 409 ? first : second;
    expect(await refused.json()).toMatchObject({
      error: 'order_changed',
      message: expect.stringMatching(/Someone changed this order/),
    });
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored?.version).toBe(2);
    expect(stored?.events.filter((event) => event.type === 'status_changed')).toHaveLength(1);
  });

  it('refuses changes from another site even with a session', async () => {
    const reference = await newOrder(false);
    const response = await call(`/api/staff/orders/${reference}/notes`, {
      cookie: pharmacistCookie,
      method: 'POST',
      body: { note: 'hello' },
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
  });

  it('stores an order sent from the order page by a signed-in staff member as channel staff', async () => {
    const form = orderForm({ client_id: String(client.clientId), prescription: 'By phone' });
    const answer = await send(portal.url, { body: form, headers: { origin: portal.url, cookie: pharmacistCookie } });
    expect(answer.status).toBe(200);
    const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
    expect(stored).toMatchObject({ channel: 'staff' });
    expect(stored?.events[0]).toMatchObject({
      actor: `staff:${pharmacist.id}`,
      details: { channel: 'staff', staff_member_name: 'Petra Pharmacist' },
    });
  });

  it('lets an admin add a client and a key that works at once, and revoke it', async () => {
    const id = String(Math.floor(Math.random() * 1e9) + 1e5);
    expect(
      (await call('/api/staff/admin/clients', { cookie: adminCookie, method: 'POST', body: { id, name: 'New shop' } }))
        .status,
    ).toBe(200);
    const created = await call(`/api/staff/admin/clients/${id}/api-keys`, {
      cookie: adminCookie,
      method: 'POST',
      body: { label: 'till' },
    });
    const { key, prefix } = await created.json();
    expect((await send(portal.url, { key, body: orderForm({ client_id: id, prescription: 'x' }) })).status).toBe(200);
    expect((await call(`/api/staff/admin/api-keys/${prefix}`, { cookie: adminCookie, method: 'DELETE' })).status).toBe(
      200,
    );
    expect((await send(portal.url, { key, body: orderForm({ client_id: id, prescription: 'x' }) })).status).toBe(401);
  });

  it('ends a disabled member’s sessions at once, and lets them back in when enabled', async () => {
    const member = await portal.withDatabase((db) => addStaffMember(db, 'pharmacist'));
    const cookie = await signIn(portal.url, member);
    adminCookie = await signIn(portal.url, admin); // the restart above kept sessions; sign in afresh anyway
    expect((await call('/api/staff/orders', { cookie })).status).toBe(200);
    const disable = await call(`/api/staff/admin/staff/${member.id}`, {
      cookie: adminCookie,
      method: 'PATCH',
      body: { disabled: true },
    });
    expect(disable.status).toBe(200);
    expect((await call('/api/staff/orders', { cookie })).status).toBe(401);
    await expect(signIn(portal.url, member)).rejects.toThrow(/403/);
    await call(`/api/staff/admin/staff/${member.id}`, {
      cookie: adminCookie,
      method: 'PATCH',
      body: { disabled: false },
    });
    expect((await call('/api/staff/orders', { cookie: await signIn(portal.url, member) })).status).toBe(200);
  });

  it('holds back an address after too many failed sign-ins', async () => {
    const from = { 'x-forwarded-for': '192.0.2.77', 'content-type': 'application/json', origin: portal.url };
    const attempt = (password: string) =>
      fetch(`${portal.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: from,
        body: JSON.stringify({ email: admin.email, password }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong password')).status).toBe(401);
    const held = await attempt(admin.password);
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
