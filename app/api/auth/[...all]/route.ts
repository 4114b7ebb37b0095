// better-auth's endpoints (sign-in, sign-out, session), with the portal's stricter limit on failed
// sign-ins in front: per address, shared by every instance.
import { ApiError } from '@/lib/http/api-error';
import { clientAddressOf, requestIdOf } from '@/lib/http/request-meta';
import { assertUnder, penalise } from '@/lib/rate-limit/rate-limits';
import { staffAuth } from '@/lib/staff/auth';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return (await staffAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  const auth = await staffAuth();
  if (!new URL(request.url).pathname.endsWith('/sign-in/email')) return auth.handler(request);
  const address = clientAddressOf(request);
  try {
    await assertUnder('authFailure', address);
  } catch (error) {
    if (error instanceof ApiError) return error.toResponse(requestIdOf(request));
    throw error;
  }
  const response = await auth.handler(request);
  if (response.status === 401) await penalise('authFailure', address);
  return response;
}
