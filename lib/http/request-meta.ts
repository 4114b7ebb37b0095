// What a handler may know about where a request came from. The server's request hook
// (lib/server/request-hooks.ts) stamps the request id and the socket's address on every request
// before Next.js sees it, overwriting anything a client sent under those names.
import { randomUUID } from 'node:crypto';
import { config } from '@/lib/config';

export const REQUEST_ID_HEADER = 'x-request-id';
export const PEER_ADDRESS_HEADER = 'x-drugnet-peer-address';

export function requestIdOf(request: Request): string {
  return request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
}

/**
 * The client's address: the socket's peer, or, behind TRUST_PROXY proxies, the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For, which clients can forge).
 */
export function clientAddressOf(request: Request): string {
  const trustedProxies = config().TRUST_PROXY;
  const peer = request.headers.get(PEER_ADDRESS_HEADER) ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - trustedProxies)] ?? peer;
}

/** A request that a browser sent from one of the portal's own pages. */
export function isSameOriginBrowserRequest(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'same-origin') return true;
  const origin = request.headers.get('origin');
  return origin !== null && origin === portalOrigin(request.headers);
}

/** The portal's own origin: APP_ORIGIN, or the one the request was addressed to. */
export function portalOrigin(headers: Headers): string {
  const configured = config().APP_ORIGIN;
  if (configured) return new URL(configured).origin;
  const proto = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${headers.get('host') ?? ''}`;
}
