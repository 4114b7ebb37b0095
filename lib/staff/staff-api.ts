// The staff APIs' common steps: a signed-in staff member (401), the role where one is needed (403),
// changes only from the portal's own pages (403), then the handler on the database.
import type * as z from 'zod/mini';
import { type Database, database } from '@/db/client';
import { ApiError } from '@/lib/http/api-error';
import { type ApiAnswer, answerApi } from '@/lib/http/answer-api';
import { isSameOriginBrowserRequest } from '@/lib/http/request-meta';
import { decodeUtf8, readLimited } from '@/lib/orders/intake/read-limited';
import { toFieldErrors } from '@/lib/orders/order-schema';
import { type StaffMember, requireStaffMember } from './staff-session';

export function staffApi(
  request: Request,
  handle: (member: StaffMember, db: Database) => Promise<ApiAnswer | Response>,
  options: { role?: 'admin' } = {},
): Promise<Response> {
  return answerApi(request, async () => {
    const member = await requireStaffMember(request, options.role);
    if (request.method !== 'GET' && !isSameOriginBrowserRequest(request)) {
      throw new ApiError('forbidden', 'Changes are made from the staff portal’s own pages only.');
    }
    return handle(member, (await database()).db);
  });
}

export function ok(body: Record<string, unknown> = {}): ApiAnswer {
  return { status: 200, body: { code: 200, success: true, ...body } };
}

export function notFound(what = 'order'): ApiError {
  return new ApiError('not_found', `There is no such ${what}.`);
}

/** A small JSON body checked against `schema`: 400 when it is not JSON, 422 with every problem. */
export async function readJsonBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = JSON.parse(decodeUtf8(await readLimited(request.body, 64 * 1024)));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('malformed_request', 'Send the request as JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('validation_failed', 'Check what you entered.', { errors: toFieldErrors(parsed.error) });
  }
  return parsed.data;
}
