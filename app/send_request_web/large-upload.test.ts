// A 1 GB upload is refused while it streams in: the server answers 413 after the first limit's worth
// of bytes, and its resident memory, sampled while the bytes stream, hardly moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, addClientWithKey } from '@/e2e/support/fixtures';
import { residentDuring, uploadUntilAnswered } from '@/e2e/support/memory';
import { type Portal, startPortal } from '@/e2e/support/portal';

const MiB = 1024 * 1024;

describe('a 1 GB upload', () => {
  let portal: Portal;
  let client: TestClient;
  beforeAll(async () => {
    portal = await startPortal({
      backend: 'pglite',
      prepare: async (db) => void (client = await addClientWithKey(db)),
    });
  });
  afterAll(() => portal?.stop());

  it('is answered 413 while it streams, without being held in memory', async () => {
    const {
      result: answer,
      before,
      peak,
    } = await residentDuring(portal.pid(), () => uploadUntilAnswered(portal.url, client.key, 1024 * MiB));
    console.log(
      `1 GB upload: answered ${answer.status} after ${answer.sentMiB} MiB had been sent; ` +
        `server resident memory ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB at most while it streamed`,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 413, error: 'payload_too_large' });
    expect(answer.sentMiB).toBeLessThan(1024);
    expect(peak - before).toBeLessThan(64);
  });
});
