// POST /api/staff/orders/:reference/status: move the order on (allowed transitions only, and only
// if nobody changed it since the version the staff member saw).
import { findOrderId } from '@/lib/staff/order-details';
import { changeOrderStatus } from '@/lib/staff/order-work';
import { statusChangeSchema } from '@/lib/staff/order-work-schema';
import { notFound, ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';
import { staffActor } from '@/lib/staff/staff-session';

export const dynamic = 'force-dynamic';

export function POST(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  return staffApi(request, async (member, db) => {
    const orderId = await findOrderId(db, (await params).reference);
    if (orderId === undefined) throw notFound();
    const change = await readJsonBody(request, statusChangeSchema);
    return ok(await changeOrderStatus(db, orderId, change, staffActor(member)));
  });
}
