// Upload bodies for the benchmark, and the peak memory of a server taking 20 at once.
import { randomUUID } from 'node:crypto';
import { residentDuring } from '@/e2e/support/memory';
import { noisePng } from '@/e2e/support/noise-png';

export function multipartOrder(clientId: number, file: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomUUID()}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field('client_id', String(clientId)) +
    field('prescription', 'Headache') +
    field('order_items', '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** 20 orders with a 10 MB photo each, sent at once: the server's peak resident memory, in MiB. */
export async function peakMemoryUnder(
  target: { url: string; key: string; clientId: number; pid: () => number },
  path: string,
): Promise<{ peak: number; added: number; stored: number }> {
  const { body, contentType } = multipartOrder(target.clientId, noisePng(9.9 * 1024 * 1024));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const {
    result: answers,
    before,
    peak,
  } = await residentDuring(target.pid(), () =>
    Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${target.url}${path}`, {
          method: 'POST',
          headers: { 'x-api-key': target.key, 'content-type': contentType, 'idempotency-key': randomUUID() },
          body: new Uint8Array(body),
        }).then((response) => response.status),
      ),
    ),
  );
  return {
    peak: Math.round(peak),
    added: Math.round(peak - before),
    stored: answers.filter((status) => status === 200).length,
  };
}
