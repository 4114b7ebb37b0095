// A 1 GB upload is refused while it streams in: the server answers 413 after the first limit's worth
// of bytes, and its resident memory, sampled while the bytes stream, hardly moves.
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, addClientWithKey } from '@/e2e/support/fixtures';
import { type Portal, startPortal } from '@/e2e/support/portal';

const MiB = 1024 * 1024;

function residentMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Samples the process's resident memory every 10 ms while `work` runs; returns the highest. */
async function peakResidentDuring<T>(pid: number, work: () => Promise<T>): Promise<[T, number]> {
  let peak = residentMiB(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 10);
  try {
    return [await work(), peak];
  } finally {
    clearInterval(sampler);
  }
}

/** Streams `totalBytes` of a file part without Content-Length until the server answers. */
function uploadUntilAnswered(url: string, key: string, totalBytes: number) {
  return new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
    const request = http.request(`${url}/send_request_web`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'multipart/form-data; boundary=b', 'transfer-encoding': 'chunked' },
    });
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(MiB, 0x61);
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (data) => (body += data));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode!, body, sentBytes });
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    request.write(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n',
    );
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

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
    const before = residentMiB(portal.pid());
    const [answer, peak] = await peakResidentDuring(portal.pid(), () =>
      uploadUntilAnswered(portal.url, client.key, 1024 * MiB),
    );
    console.log(
      `1 GB upload: answered ${answer.status} after ${answer.sentBytes / MiB} MiB had been sent; ` +
        `server resident memory ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB at most while it streamed`,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 413, error: 'payload_too_large' });
    expect(answer.sentBytes).toBeLessThan(1024 * MiB);
    expect(peak - before).toBeLessThan(64);
  });
});
