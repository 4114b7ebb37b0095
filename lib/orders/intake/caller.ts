// Who is sending an order: an external client with its API key, a patient's browser on the
// portal's own order page (no key, same origin), or a signed-in staff member on that same page.
// Anyone else is answered 401, with one body for every case.
import type { Database } from '@/db/client';
import { type AuthenticatedApiKey, authenticateApiKey } from '@/lib/api-keys/api-keys';
import { ApiError } from '@/lib/http/api-error';
import { clientAddressOf, isSameOriginBrowserRequest } from '@/lib/http/request-meta';
import { type LimitName, assertUnder, penalise } from '@/lib/rate-limit/rate-limits';
import { type StaffMember, currentStaffMember, staffActor } from '@/lib/staff/staff-session';

export type Caller =
  | { channel: 'api'; address: string; apiKey: AuthenticatedApiKey }
  | { channel: 'staff'; address: string; staffMember: StaffMember }
  | { channel: 'web'; address: string };

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
  if (!isSameOriginBrowserRequest(request)) throw unauthorized();
  const staffMember = await currentStaffMember(request.headers);
  return staffMember ? { channel: 'staff', address, staffMember } : { channel: 'web', address };
}

/** How the caller appears in the order's trail, and what its `created` event records of it. */
export function senderOf(caller: Caller): { actor: string; source: Record<string, unknown> } {
  switch (caller.channel) {
    case 'api':
      return {
        actor: `api_key:${caller.apiKey.prefix}`,
        source: { api_key_id: caller.apiKey.id, api_key_label: caller.apiKey.label },
      };
    case 'staff':
      return { actor: staffActor(caller.staffMember), source: { staff_member_name: caller.staffMember.name } };
    case 'web':
      return { actor: 'patient', source: {} };
  }
}

/** Which rate limit the caller's orders count against, and under what key. */
export function rateLimitOf(caller: Caller): [LimitName, string] {
  switch (caller.channel) {
    case 'api':
      return ['api', String(caller.apiKey.id)];
    case 'staff':
      return ['api', caller.staffMember.id];
    case 'web':
      return ['web', caller.address];
  }
}

/** Whose Idempotency-Keys these are: one API key's, one staff member's, or one browser address's. */
export function idempotencyScopeOf(caller: Caller): string {
  switch (caller.channel) {
    case 'api':
      return `api_key:${caller.apiKey.id}`;
    case 'staff':
      return `staff:${caller.staffMember.id}`;
    case 'web':
      return `web:${caller.address}`;
  }
}
