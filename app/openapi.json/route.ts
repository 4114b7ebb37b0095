// GET /openapi.json: the API's OpenAPI 3.1 description.
import { openApiDocument } from '@/lib/api-docs/openapi';
import { config } from '@/lib/config';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(openApiDocument(config().MAX_UPLOAD_BYTES), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
