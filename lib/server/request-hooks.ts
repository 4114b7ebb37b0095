// Hooks on Node's HTTP server, through its diagnostics channels (no patching): every request gets
// a request id and its socket address before Next.js handles it, and leaves one JSON log line when
// its response closes. The in-flight count lets a graceful shutdown wait for the last answer.
import diagnosticsChannel from 'node:diagnostics_channel';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_ADDRESS_HEADER, REQUEST_ID_HEADER } from '@/lib/http/request-meta';
import { config } from '@/lib/config';
import { logger } from '@/lib/logger';

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
  server: Server;
}

interface HookState {
  installed: boolean;
  inFlight: number;
  servers: Set<Server>;
  /** What handlers add to the log line, by request id (only the client id, never health data). */
  notes: Map<string, { clientId?: number }>;
  idle: Array<() => void>;
}

const globalForHooks = globalThis as unknown as { drugnetRequestHooks?: HookState };
const state: HookState = (globalForHooks.drugnetRequestHooks ??= {
  installed: false,
  inFlight: 0,
  servers: new Set(),
  notes: new Map(),
  idle: [],
});

export function installRequestHooks(): void {
  if (state.installed) return;
  state.installed = true;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => onRequestStart(message as RequestStart));
}

/** Adds the client id to the request's log line. */
export function noteClientId(requestId: string, clientId: number): void {
  const note = state.notes.get(requestId);
  if (note) note.clientId = clientId;
}

/** The HTTP servers seen so far (to stop them accepting on shutdown). */
export function httpServers(): Server[] {
  return [...state.servers];
}

/** Resolves when no request is being answered. */
export function requestsDrained(): Promise<void> {
  return state.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => state.idle.push(resolve));
}

function onRequestStart({ request, response, socket, server }: RequestStart): void {
  const startedAt = performance.now();
  const requestId = randomUUID();
  request.headers[REQUEST_ID_HEADER] = requestId;
  request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? 'unknown';
  response.setHeader('X-Request-Id', requestId);
  state.servers.add(server);
  state.notes.set(requestId, {});
  state.inFlight++;

  // A body that trickles in (slow-loris) holds a connection and a parser open: past the deadline the
  // connection is closed. A slow phone upload of 10 MiB still fits in the default two minutes.
  const deadline = setTimeout(() => {
    if (request.complete) return;
    logger.warn(
      { request_id: requestId, path: (request.url ?? '').split('?')[0] },
      'request too slow: connection closed',
    );
    request.socket.destroy();
  }, config().REQUEST_TIMEOUT_MS);
  deadline.unref();

  response.once('close', () => {
    clearTimeout(deadline);
    const note = state.notes.get(requestId);
    state.notes.delete(requestId);
    logger.info(
      {
        method: request.method,
        path: (request.url ?? '').split('?')[0],
        status: response.statusCode,
        duration_ms: Math.round((performance.now() - startedAt) * 10) / 10,
        request_id: requestId,
        client_id: note?.clientId,
        ...(response.writableFinished ? {} : { aborted: true }),
      },
      'request',
    );
    if (--state.inFlight === 0) state.idle.splice(0).forEach((resolve) => resolve());
  });
}
