// A server's resident memory, read from /proc, and a large upload that streams until answered:
// for the large-upload test and the benchmark alike.
import fs from 'node:fs';
import http from 'node:http';

const MiB = 1024 * 1024;

export function residentMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** Samples the process's resident memory every 10 ms while `work` runs: its level before, and its peak. */
export async function residentDuring<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; before: number; peak: number }> {
  const before = residentMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 10);
  try {
    return { result: await work(), before, peak: Math.max(peak, residentMiB(pid)) };
  } finally {
    clearInterval(sampler);
  }
}

/** Streams a file part of `totalBytes` without Content-Length, a MiB at a time, until the server answers. */
export function uploadUntilAnswered(url: string, apiKey: string, totalBytes: number) {
  return new Promise<{ status: number; body: string; sentMiB: number }>((resolve, reject) => {
    const request = http.request(`${url}/send_request_web`, {
      method: 'POST',
      headers: {
        'x-api-key': apiKey,
        'content-type': 'multipart/form-data; boundary=b',
        'transfer-encoding': 'chunked',
      },
    });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(MiB, 0x61);
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (data) => (body += data));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode!, body, sentMiB: sent / MiB });
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    request.write(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n',
    );
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}
