// One process per embedded data directory: a second server or admin command is refused without
// touching the files, the data stays readable, and a killed holder leaves no stale lock.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClientWithKey, storedOrder, type TestClient } from '@/e2e/support/fixtures';
import { orderForm, send } from '@/e2e/support/order-requests';
import { expectAnswer } from '@/e2e/support/expect-answer';
import { type Portal, freePort, freshPgliteDirectory, startPortal } from '@/e2e/support/portal';
import { runNpm } from '@/e2e/support/run-command';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every file of the directory with its size and modification time. */
function snapshot(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => path.join(dir, entry))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => `${file} ${fs.statSync(file).size} ${fs.statSync(file).mtimeMs}`)
    .sort();
}

describe('the embedded data directory lock', () => {
  let dataDir: string;
  let portal: Portal;
  let client: TestClient;

  beforeAll(async () => {
    dataDir = freshPgliteDirectory();
    portal = await startPortal({
      backend: 'pglite',
      dataDir,
      prepare: async (db) => {
        client = await addClientWithKey(db);
      },
    });
  });
  afterAll(async () => {
    await portal?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server and the admin tool with one line, and never touches the files', async () => {
    const before = snapshot(dataDir);

    const admin = await runNpm(['admin', '--', 'list-clients'], { DATA_DIR: dataDir });
    expect(admin.code).toBe(1);
    expect(admin.stderr).toBe(
      `admin: The embedded database in ${fs.realpathSync(dataDir)} is in use by process ${portal.pid()}. ` +
        'Stop that process first (only one server or admin command may open it), or set DATABASE_URL.\n',
    );

    const second = await new Promise<{ code: number | null; output: string }>(async (resolve) => {
      const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(await freePort())], {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      server.stdout.on('data', (chunk) => (output += chunk));
      server.stderr.on('data', (chunk) => (output += chunk));
      server.on('exit', (code) => resolve({ code, output }));
    });
    expect(second.code).not.toBe(0);
    const reasons = second.output.split('\n').filter((line) => line.startsWith('drugnet:'));
    expect(reasons).toEqual([expect.stringContaining(`is in use by process ${portal.pid()}`)]);

    expect(snapshot(dataDir)).toEqual(before);
  });

  it('keeps the data readable and the first server working', async () => {
    const answer = await send(portal.url, {
      key: client.key,
      body: orderForm({ client_id: String(client.clientId), prescription: 'after the refused openers' }),
    });
    expectAnswer(answer, 200);
    const stored = await portal.withDatabase((db) => storedOrder(db, String(answer.body.reference)));
    expect(stored?.prescription).toBe('after the refused openers');
  });

  it('is released by the kernel when its holder is killed', async () => {
    process.kill(portal.pid(), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const admin = await runNpm(['admin', '--', 'list-clients'], { DATA_DIR: dataDir });
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toContain(String(client.clientId));
  });
});
