// A 1 GB upload streamed without Content-Length: how long until the server answers 413, and how
// much its resident memory moved meanwhile (sampled every 10 ms from /proc).
import fs from 'node:fs';
import http from 'node:http';
import type { Portal } from '@/e2e/support/portal';

const MiB = 1024 * 1024;

const residentMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export async function measureHugeUpload(portal: Portal, apiKey: string): Promise<string> {
  const pid = portal.pid();
  const before = residentMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 10);
  const started = performance.now();
  const { status, sentMiB } = await new Promise<{ status: number; sentMiB: number }>((resolve, reject) => {
    const request = http.request(`${portal.url}/send_request_web`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'content-type': 'multipart/form-data; boundary=b' },
    });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(MiB, 0x61);
    request.on('response', (response) => {
      answered = true;
      response.resume();
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode!, sentMiB: sent / MiB });
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    request.write('--b\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\n\r\n');
    const pump = () => {
      while (!answered && sent < 1024 * MiB) {
        sent += MiB;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  return (
    `answered ${status} in ${elapsed.toFixed(0)} ms, after ${sentMiB} MiB had been sent; server resident memory ` +
    `${before.toFixed(0)} MiB before, at most ${peak.toFixed(0)} MiB meanwhile (+${(peak - before).toFixed(0)} MiB)`
  );
}
