// The benchmark's floor: the same intake code from lib/, served by a bare node:http server instead
// of Next.js. /send_request_web streams multipart as the portal does; /buffered reads it with
// request.formData(), the way that holds the whole body in memory, for comparison.
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { database } from '@/db/client';
import { answerApi } from '@/lib/http/answer-api';
import { PEER_ADDRESS_HEADER, REQUEST_ID_HEADER } from '@/lib/http/request-meta';
import { receiveOrder } from '@/lib/orders/intake/receive-order';
import type { ReceivedOrder } from '@/lib/orders/intake/received-order';
import { isOrderField } from '@/lib/orders/order-schema';

async function readBuffered(request: Request): Promise<ReceivedOrder> {
  const form = await request.formData();
  const values: Record<string, unknown> = {};
  let file: ReceivedOrder['file'];
  for (const [name, value] of form) {
    if (typeof value !== 'string') {
      const content = Buffer.from(await value.arrayBuffer());
      file = { fileName: value.name, content, sha256: createHash('sha256').update(content).digest('hex') };
    } else if (isOrderField(name)) {
      values[name] = name === 'order_items' ? JSON.parse(value) : value;
    }
  }
  return { values, file };
}

async function main(): Promise<void> {
  await database();
  const server = http.createServer(async (incoming, outgoing) => {
    incoming.headers[REQUEST_ID_HEADER] = randomUUID();
    incoming.headers[PEER_ADDRESS_HEADER] = incoming.socket.remoteAddress ?? 'unknown';
    const path = (incoming.url ?? '/').split('?')[0];
    if (path === '/healthz') return void outgoing.end('{"status":"ok"}');
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: incoming.method === 'POST' ? (Readable.toWeb(incoming) as WebReadableStream<Uint8Array>) : undefined,
      duplex: 'half',
    } as RequestInit);
    const response = await answerApi(request, () =>
      receiveOrder(request, path === '/buffered' ? readBuffered : undefined),
    );
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
