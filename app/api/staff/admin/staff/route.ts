// /api/staff/admin/staff: the staff list (GET), and a new member with a set password (POST). Admins only.
import { newStaffSchema } from '@/lib/staff/admin-schemas';
import { staffAuth } from '@/lib/staff/auth';
import { withAuthErrors } from '@/lib/staff/auth-errors';
import { ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';
import { inviteStaffMember, listStaff } from '@/lib/staff/staff-members';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return staffApi(request, async (_member, db) => ok({ staff: await listStaff(db) }), { role: 'admin' });
}

export function POST(request: Request): Promise<Response> {
  return staffApi(
    request,
    async () => {
      const member = await readJsonBody(request, newStaffSchema);
      return ok(
        await withAuthErrors(async () => inviteStaffMember(await staffAuth(), member, request.headers), 'email'),
      );
    },
    { role: 'admin' },
  );
}
