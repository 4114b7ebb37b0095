// DELETE /api/staff/admin/api-keys/:prefix: revoke a key; it is refused from then on. Admins only.
import { revokeApiKey } from '@/lib/api-keys/api-keys';
import { notFound, ok, staffApi } from '@/lib/staff/staff-api';

export const dynamic = 'force-dynamic';

export function DELETE(request: Request, { params }: { params: Promise<{ prefix: string }> }): Promise<Response> {
  return staffApi(
    request,
    async (_member, db) => {
      if (!(await revokeApiKey(db, (await params).prefix))) throw notFound('active API key');
      return ok();
    },
    { role: 'admin' },
  );
}
