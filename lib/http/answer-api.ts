// Runs an API handler and turns what it returns or throws into the JSON envelope. Errors that are
// not the API's own are logged with the request id and answered without any detail.
import { describeError, isDatabaseUnavailable } from '@/db/errors';
import { logger } from '@/lib/logger';
import { ApiError } from './api-error';
import { apiJson } from './api-response';
import { requestIdOf } from './request-meta';

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Runs `handle`; a JSON answer is wrapped in the envelope, a Response (a file) goes out as it is. */
export async function answerApi(request: Request, handle: () => Promise<ApiAnswer | Response>): Promise<Response> {
  const requestId = requestIdOf(request);
  try {
    const answer = await handle();
    if (answer instanceof Response) return answer;
    return apiJson(answer.status, answer.body, answer.headers);
  } catch (error) {
    return toApiError(error, requestId).toResponse(requestId);
  }
}

function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error)) {
    logger.warn({ request_id: requestId, err: describeError(error) }, 'database unavailable');
    return new ApiError(
      'unavailable',
      'The order service cannot reach its database right now. Nothing was stored; please try again in a minute.',
      { headers: { 'Retry-After': '30' } },
    );
  }
  logger.error({ request_id: requestId, err: describeError(error) }, 'unexpected error');
  return new ApiError(
    'internal_error',
    'Something went wrong on our side. Please try again; if it keeps happening, contact support and quote the request_id.',
  );
}
