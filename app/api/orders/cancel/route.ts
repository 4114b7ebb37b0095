// POST /api/orders/cancel: the patient cancels an order that is still only received.
import { answerApi } from '@/lib/http/answer-api';
import { cancelOrder } from '@/lib/orders/tracking-api';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return answerApi(request, () => cancelOrder(request));
}
