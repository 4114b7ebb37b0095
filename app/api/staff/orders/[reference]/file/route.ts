// GET /api/staff/orders/:reference/file[?download=1]: the prescription file, to signed-in staff only;
// each view or download goes on the order's trail.
import { attachmentResponse } from '@/lib/staff/order-file';
import { findOrderId } from '@/lib/staff/order-details';
import { recordView } from '@/lib/staff/order-trail';
import { notFound, staffApi } from '@/lib/staff/staff-api';
import { staffActor } from '@/lib/staff/staff-session';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  return staffApi(request, async (member, db) => {
    const orderId = await findOrderId(db, (await params).reference);
    if (orderId === undefined) throw notFound();
    const download = new URL(request.url).searchParams.get('download') === '1';
    const response = await attachmentResponse(db, orderId, download ? 'attachment' : 'inline');
    if (!response) throw notFound('file for this order');
    await recordView(db, orderId, staffActor(member), download ? 'file_downloaded' : 'file_viewed');
    return response;
  });
}
