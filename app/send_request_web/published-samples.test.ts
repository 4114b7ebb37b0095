// The published curl, PHP and Python samples: their bodies, byte for byte as those clients built
// them (captured once from curl 7.88, PHP 8.2's curl and requests 2.28), and the samples as the API
// page shows them, run with the real clients where this machine has them (CI installs them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@/lib/api-keys/api-keys';
import { createClient } from '@/lib/clients/clients';
import { storedOrder } from '@/e2e/support/fixtures';
import { fixtureFile, fixturePath, send } from '@/e2e/support/order-requests';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { publishedSamples } from '@/lib/api-docs/samples';
import { type Portal, backends, startPortal } from '@/e2e/support/portal';

const CAPTURED_DIR = path.join(import.meta.dirname, '../../e2e/fixtures/published');
const png = fixtureFile('prescription.png');

/** How each sample runs, and how to check that its client is installed. */
const CLIENTS = {
  curl: { language: 'curl', file: 'sample.sh', run: ['sh'], probe: ['curl', '--version'] },
  php: {
    language: 'PHP',
    file: 'sample.php',
    run: ['php'],
    probe: ['php', '-r', 'exit(function_exists("curl_init") ? 0 : 1);'],
  },
  python: {
    language: 'Python',
    file: 'sample.py',
    run: ['/usr/bin/python3'],
    probe: ['/usr/bin/python3', '-c', 'import requests'],
  },
} as const;

const available = (client: keyof typeof CLIENTS) => {
  const [command, ...args] = CLIENTS[client].probe;
  return spawnSync(command, args).status === 0;
};

/** The sample exactly as /docs/api shows it, with its placeholders filled in. */
function fillIn(client: keyof typeof CLIENTS, origin: string, apiKey: string): string {
  const sample = publishedSamples(origin).find((candidate) => candidate.language === CLIENTS[client].language)!;
  return sample.code
    .replaceAll('YOUR API KEY', apiKey)
    .replaceAll('YOUR CLIENT ID', '28378')
    .replaceAll('YOUR PRESCRIPTION', 'Headache')
    .replaceAll('YOUR FILE', fixturePath('toda.png'));
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
    it.runIf(process.env.CI || available(client))(`the ${client} sample on /docs/api, run as shown`, async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'drugnet-sample-'));
      const script = path.join(folder, CLIENTS[client].file);
      fs.writeFileSync(script, fillIn(client, portal.url, apiKey));
      const [program] = CLIENTS[client].run;
      const run = spawnSync(program, [script], { encoding: 'utf8' });
      fs.rmSync(folder, { recursive: true });
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
