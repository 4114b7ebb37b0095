// The published curl, PHP and Python samples: their bodies, byte for byte as those clients built
// them (captured once from curl 7.88, PHP 8.2's curl and requests 2.28), and the samples themselves,
// run with the real clients where this machine has them (CI installs them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@/lib/api-keys/api-keys';
import { createClient } from '@/lib/clients/clients';
import { storedOrder } from '@/e2e/support/fixtures';
import { expectAnswer, fixtureFile, send } from '@/e2e/support/order-requests';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';

const SAMPLES_DIR = path.join(import.meta.dirname, '../../e2e/published-samples');
const CAPTURED_DIR = path.join(import.meta.dirname, '../../e2e/fixtures/published');
const png = fixtureFile('prescription.png');

const CLIENTS = {
  curl: ['sh', 'sample.sh'],
  php: ['php', 'sample.php'],
  python: ['/usr/bin/python3', 'sample.py'],
} as const;

function available(client: keyof typeof CLIENTS): boolean {
  const [program] = CLIENTS[client];
  const probe = {
    curl: ['curl', ['--version']],
    php: [program, ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']],
    python: [program, ['-c', 'import requests']],
  } as const;
  const [command, args] = probe[client];
  return spawnSync(command, args).status === 0;
}

describe.each(backends())('the published samples on %s', (backend) => {
  let portal: Portal;
  let apiKey: string;

  beforeAll(async () => {
    portal = await startPortal({
      backend,
      async prepare(db) {
        await createClient(db, { id: 28378, name: 'Published samples' });
        apiKey = (await createApiKey(db, { clientId: 28378, label: 'samples' })).key;
      },
    });
  });
  afterAll(() => portal?.stop());

  async function expectStoredAsPublished(reference: string) {
    const stored = await portal.withDatabase((db) => storedOrder(db, reference));
    expect(stored).toMatchObject({ clientId: 28378, prescription: 'Headache', channel: 'api' });
    expect(stored!.items.map(({ name, quantity }) => ({ name, quantity }))).toEqual([
      { name: 'drug 1', quantity: 2 },
      { name: 'drug 2', quantity: 3 },
    ]);
    expect(stored!.attachment).toMatchObject({ fileName: 'toda.png', mediaType: 'image/png' });
    expect(stored!.attachment!.content.equals(png)).toBe(true);
  }

  it.each(Object.keys(CLIENTS))(
    'the %s body, byte for byte, is answered 200 with the published body',
    async (client) => {
      const body = fs.readFileSync(path.join(CAPTURED_DIR, `${client}.multipart`));
      const contentType = fs.readFileSync(path.join(CAPTURED_DIR, `${client}.content-type`), 'utf8');
      const answer = await send(portal.url, {
        key: apiKey,
        body: new Uint8Array(body),
        headers: { 'content-type': contentType },
      });
      expectAnswer(answer, 200);
      expect(answer.body).toEqual({
        code: 200,
        success: true,
        message: 'Order sent successfully',
        reference: expect.any(String),
      });
      await expectStoredAsPublished(String(answer.body.reference));
    },
  );

  for (const client of Object.keys(CLIENTS) as Array<keyof typeof CLIENTS>) {
    // A developer's machine may lack PHP or requests; CI has them, and there the test must run.
    it.runIf(process.env.CI || available(client))(`the ${client} sample, run as published`, async () => {
      const [program, script] = CLIENTS[client];
      const run = spawnSync(program, [script], {
        cwd: SAMPLES_DIR,
        env: {
          ...process.env,
          PORTAL_URL: portal.url,
          API_KEY: apiKey,
          CLIENT_ID: '28378',
          FILE: path.join(CAPTURED_DIR, '..', 'toda.png'),
        },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const answer = JSON.parse(run.stdout.trim());
      expect(answer).toEqual({
        code: 200,
        success: true,
        message: 'Order sent successfully',
        reference: expect.any(String),
      });
      await expectStoredAsPublished(answer.reference);
    });
  }
});
