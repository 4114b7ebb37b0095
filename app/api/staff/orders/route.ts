// GET /api/staff/orders: a page of the inbox, and the counts for its status tabs.
import * as z from 'zod/mini';
import { ApiError } from '@/lib/http/api-error';
import { ORDER_STATUSES } from '@/lib/orders/order-status';
import { listInbox, recentCountByStatus } from '@/lib/staff/inbox';
import { ok, staffApi } from '@/lib/staff/staff-api';

export const dynamic = 'force-dynamic';

const inboxQuery = z.object({
  status: z.optional(z.enum(ORDER_STATUSES)),
  q: z.optional(z.string().check(z.maxLength(200))),
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
  cursor: z.optional(z.string().check(z.maxLength(500))),
});

export function GET(request: Request): Promise<Response> {
  return staffApi(request, async (_member, db) => {
    const parsed = inboxQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new ApiError('malformed_request', 'The inbox filter is not valid.');
    const { status, q, from, to, cursor } = parsed.data;
    const filter = { search: q, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
    const [page, counts] = await Promise.all([
      listInbox(db, { ...filter, status }, cursor),
      recentCountByStatus(db, filter),
    ]);
    return ok({ ...page, counts });
  });
}
