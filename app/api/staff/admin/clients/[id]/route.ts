// PATCH /api/staff/admin/clients/:id { active }: deactivate or reactivate a client. Admins only.
import { setClientActive } from '@/lib/clients/clients';
import { clientChangeSchema } from '@/lib/staff/admin-schemas';
import { notFound, ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';

export const dynamic = 'force-dynamic';

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return staffApi(
    request,
    async (_member, db) => {
      const { active } = await readJsonBody(request, clientChangeSchema);
      if (!(await setClientActive(db, Number((await params).id), active))) throw notFound('client');
      return ok({ active });
    },
    { role: 'admin' },
  );
}
