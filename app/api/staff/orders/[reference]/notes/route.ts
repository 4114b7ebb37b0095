// POST /api/staff/orders/:reference/notes: an internal note on the order's trail.
import { findOrderId } from '@/lib/staff/order-details';
import { addOrderNote } from '@/lib/staff/order-work';
import { noteSchema } from '@/lib/staff/order-work-schema';
import { notFound, ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';
import { staffActor } from '@/lib/staff/staff-session';

export const dynamic = 'force-dynamic';

export function POST(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  return staffApi(request, async (member, db) => {
    const orderId = await findOrderId(db, (await params).reference);
    if (orderId === undefined) throw notFound();
    const { note } = await readJsonBody(request, noteSchema);
    await addOrderNote(db, orderId, note, staffActor(member));
    return ok();
  });
}
