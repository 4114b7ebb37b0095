// Who is sending an order: an external client with its API key, or a browser on the portal's own
// order page (no key, same origin). Anyone else is answered 401 with one body for every case.
import type { Database } from '@/db/client';
import { type AuthenticatedApiKey, authenticateApiKey } from '@/lib/api-keys/api-keys';
import { ApiError } from '@/lib/http/api-error';
import { clientAddressOf, isSameOriginBrowserRequest } from '@/lib/http/request-meta';
import { assertUnder, penalise } from '@/lib/rate-limit/rate-limits';

export type Caller =
  { channel: 'api'; address: string; apiKey: AuthenticatedApiKey } | { channel: 'web'; address: string };

const unauthorized = () =>
  new ApiError(
    'unauthorized',
    'Send a valid API key in the x-api-key header. Ask the pharmacy network for a key if you have none.',
  );

export async function identifyCaller(db: Database, request: Request): Promise<Caller> {
  const address = clientAddressOf(request);
  const presented = request.headers.get('x-api-key');
  if (presented !== null) {
    // Guessing keys costs a failure each; an address with too many waits before it may try again.
    await assertUnder('authFailure', address);
    const apiKey = await authenticateApiKey(db, presented.trim());
    if (apiKey) return { channel: 'api', address, apiKey };
    await penalise('authFailure', address);
    throw unauthorized();
  }
  if (isSameOriginBrowserRequest(request)) return { channel: 'web', address };
  throw unauthorized();
}

/** Whose Idempotency-Keys these are: one API key's, or one browser address's. */
export function idempotencyScopeOf(caller: Caller): string {
  return caller.channel === 'api' ? `api_key:${caller.apiKey.id}` : `web:${caller.address}`;
}
