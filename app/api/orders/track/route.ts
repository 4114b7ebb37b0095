// POST /api/orders/track: the tracking page looks an order up by reference and client ID.
import { answerApi } from '@/lib/http/answer-api';
import { trackOrder } from '@/lib/orders/tracking-api';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return answerApi(request, () => trackOrder(request));
}
