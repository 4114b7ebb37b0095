// GET /healthz: 200 while the database answers, 503 while it does not (for load balancers).
import { checkHealth } from '@/lib/server/health';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.code, headers: { 'Cache-Control': 'no-store' } });
}
