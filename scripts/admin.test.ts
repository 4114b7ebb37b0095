// npm run admin: clients and API keys, on an embedded database of the test's own and on PostgreSQL.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClientId } from '@/e2e/support/fixtures';
import { orderForm, send } from '@/e2e/support/order-requests';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type Portal, freshPgliteDirectory, startPortal } from '@/e2e/support/portal';
import { runNpm } from '@/e2e/support/run-command';
import { signIn } from '@/e2e/support/staff';

describe('npm run admin', () => {
  let dataDir: string;
  const admin = (...args: string[]) => runNpm(['admin', '--', ...args], { DATA_DIR: dataDir });

  beforeAll(() => {
    dataDir = freshPgliteDirectory();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates a client and a key that works, lists them, and revokes the key', async () => {
    const id = uniqueClientId();
    expect(await admin('create-client', '--id', String(id), '--name', 'Apotheke am Markt')).toMatchObject({
      code: 0,
      stdout: `created client ${id} (Apotheke am Markt)\n`,
    });

    const created = await admin('create-api-key', '--client', String(id), '--label', 'shop');
    expect(created.code).toBe(0);
    const lines = created.stdout.trim().split('\n');
    const prefix = /^prefix: (dn_[a-z2-7]{8})$/.exec(lines[0]!)?.[1];
    const key = lines.at(-1)!;
    expect(prefix).toBeDefined();
    expect(key).toMatch(new RegExp(`^${prefix}_[a-z2-7]{32}$`));

    const listed = await admin('list-clients');
    expect(listed.stdout).toContain(`${id}\tactive\t1 key(s)\tApotheke am Markt`);

    // The key is accepted by a server on this database, and refused once revoked.
    const order = orderForm({ client_id: String(id), prescription: 'Headache' });
    let portal: Portal = await startPortal({ backend: 'pglite', dataDir });
    expectAnswer(await send(portal.url, { key, body: order }), 200);
    await portal.stop();

    expect(await admin('revoke-api-key', '--prefix', prefix!)).toMatchObject({
      code: 0,
      stdout: `revoked ${prefix}\n`,
    });
    portal = await startPortal({ backend: 'pglite', dataDir });
    expectAnswer(await send(portal.url, { key, body: order }), 401, 'unauthorized');
    await portal.stop();
  });

  it.each([
    [['create-client', '--id', 'abc', '--name', 'x'], /--id must be a whole number/],
    [['create-client', '--name', 'x'], /--id is required/],
    [['create-api-key', '--client', '2147483000'], /There is no client 2147483000/],
    [['revoke-api-key', '--prefix', 'dn_nothere'], /no active API key with prefix dn_nothere/],
    [['create-client', '--id', '1', '--name', 'x', '--colour', 'red'], /Unknown option '--colour'/],
    [['make-coffee'], /Unknown command make-coffee/],
  ])('refuses %j with one clear line and a non-zero exit', async (args, message) => {
    const result = await admin(...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('creates staff with the password from standard input, who can then sign in', async () => {
    const email = `ana-${uniqueClientId()}@pharmacy.test`;
    const created = await runNpm(
      ['admin', '--', 'create-staff', '--email', email, '--name', 'Ana Lima', '--role', 'admin'],
      { DATA_DIR: dataDir },
      'a long admin password\n',
    );
    expect(created).toMatchObject({ code: 0, stdout: `created administrator ${email}\n` });
    const again = await runNpm(['admin', '--', 'create-staff', '--email', email, '--name', 'x', '--role', 'admin'], {
      DATA_DIR: dataDir,
      STAFF_PASSWORD: 'another long password',
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^admin: User already exists/);
    const short = await runNpm(
      ['admin', '--', 'create-staff', '--email', `b-${email}`, '--name', 'B', '--role', 'pharmacist'],
      { DATA_DIR: dataDir },
      'short\n',
    );
    expect(short.stderr).toBe('admin: The password must have at least 10 characters.\n');

    const portal = await startPortal({ backend: 'pglite', dataDir });
    try {
      expect(await signIn(portal.url, { email, password: 'a long admin password' })).toMatch(/session_token/);
    } finally {
      await portal.stop();
    }
  });

  it('refuses a client ID that exists already', async () => {
    const id = String(uniqueClientId());
    await admin('create-client', '--id', id, '--name', 'first');
    const again = await admin('create-client', '--id', id, '--name', 'second');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`admin: Client ${id} already exists.\n`);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('npm run admin on PostgreSQL', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ backend: 'postgres' });
  });
  afterAll(() => portal?.stop());

  it('works beside a running server, on the same database', async () => {
    const databaseUrl = portal.env.DATABASE_URL!;
    const id = uniqueClientId();
    const admin = (...args: string[]) => runNpm(['admin', '--', ...args], { DATABASE_URL: databaseUrl });
    expect((await admin('create-client', '--id', String(id), '--name', 'On PostgreSQL')).code).toBe(0);
    const key = (await admin('create-api-key', '--client', String(id))).stdout.trim().split('\n').at(-1)!;
    expectAnswer(await send(portal.url, { key, body: orderForm({ client_id: String(id), prescription: 'x' }) }), 200);
  });
});
