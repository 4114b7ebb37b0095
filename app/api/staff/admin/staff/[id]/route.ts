// PATCH /api/staff/admin/staff/:id { role?, disabled? }: change a member's role, disable or enable
// them (disabling ends their sessions at once). Admins only, and never on themselves.
import { ApiError } from '@/lib/http/api-error';
import { staffChangeSchema } from '@/lib/staff/admin-schemas';
import { withAuthErrors } from '@/lib/staff/auth-errors';
import { ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';
import { setStaffDisabled, setStaffRole } from '@/lib/staff/staff-members';

export const dynamic = 'force-dynamic';

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return staffApi(
    request,
    async (member) => {
      const { id } = await params;
      const change = await readJsonBody(request, staffChangeSchema);
      // An admin who demotes or disables themselves could leave the portal without one.
      if (id === member.id) throw new ApiError('forbidden', 'You cannot change your own role or disable yourself.');
      await withAuthErrors(async () => {
        if (change.role) await setStaffRole(id, change.role, request.headers);
        if (change.disabled !== undefined) await setStaffDisabled(id, change.disabled, request.headers);
      });
      return ok(change);
    },
    { role: 'admin' },
  );
}
