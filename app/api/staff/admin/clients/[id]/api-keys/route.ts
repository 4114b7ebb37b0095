// /api/staff/admin/clients/:id/api-keys: a client's keys (GET), and a new one, shown once (POST).
import { ApiKeyError, createApiKey, listApiKeys } from '@/lib/api-keys/api-keys';
import { newApiKeySchema } from '@/lib/staff/admin-schemas';
import { notFound, ok, readJsonBody, staffApi } from '@/lib/staff/staff-api';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context): Promise<Response> {
  return staffApi(request, async (_member, db) => ok({ apiKeys: await listApiKeys(db, Number((await params).id)) }), {
    role: 'admin',
  });
}

export function POST(request: Request, { params }: Context): Promise<Response> {
  return staffApi(
    request,
    async (_member, db) => {
      const { label } = await readJsonBody(request, newApiKeySchema);
      try {
        return ok(await createApiKey(db, { clientId: Number((await params).id), label }));
      } catch (error) {
        if (error instanceof ApiKeyError) throw notFound('client');
        throw error;
      }
    },
    { role: 'admin' },
  );
}
