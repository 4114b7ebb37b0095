// GET /api/staff/orders/:reference: the whole order for staff; the view goes on its trail.
import { findOrderId, staffOrderDetails } from '@/lib/staff/order-details';
import { recordView } from '@/lib/staff/order-trail';
import { notFound, ok, staffApi } from '@/lib/staff/staff-api';
import { staffActor } from '@/lib/staff/staff-session';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  return staffApi(request, async (member, db) => {
    const orderId = await findOrderId(db, (await params).reference);
    if (orderId === undefined) throw notFound();
    await recordView(db, orderId, staffActor(member), 'viewed');
    return ok({ order: await staffOrderDetails(db, orderId) });
  });
}
