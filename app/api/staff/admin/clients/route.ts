// /api/staff/admin/clients: list and search clients (GET), add one (POST). Admins only.
import { ApiError } from '@/lib/http/api-error';
import { ClientError, createClient, listClients } from '@/lib/clients/clients';
import { newClientSchema } from '@/lib/staff/admin-schemas';
import { ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return staffApi(
    request,
    async (_member, db) => {
      const search = new URL(request.url).searchParams.get('q')?.slice(0, 200);
      return ok({ clients: await listClients(db, search) });
    },
    { role: 'admin' },
  );
}

export function POST(request: Request): Promise<Response> {
  return staffApi(
    request,
    async (_member, db) => {
      const client = await readJsonBody(request, newClientSchema);
      try {
        return ok({ client: await createClient(db, client) });
      } catch (error) {
        if (!(error instanceof ClientError)) throw error;
        throw new ApiError('validation_failed', error.message, { errors: [{ field: 'id', message: error.message }] });
      }
    },
    { role: 'admin' },
  );
}
