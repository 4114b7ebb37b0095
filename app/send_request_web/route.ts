// POST /send_request_web: the published order intake API (design/api-contract.md).
import { ApiError } from '@/lib/http/api-error';
import { answerApi } from '@/lib/http/answer-api';
import { receiveOrder } from '@/lib/orders/intake/receive-order';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return answerApi(request, () => receiveOrder(request));
}

function methodNotAllowed(request: Request): Promise<Response> {
  return answerApi(request, async () => {
    throw new ApiError('method_not_allowed', `${request.method} is not allowed here. Send the order with POST.`, {
      headers: { Allow: 'POST' },
    });
  });
}

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  methodNotAllowed as OPTIONS,
};
