// /docs/api: the API page for integrators, rendered by the app from its own OpenAPI description.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CodeBlock } from '@/components/api-docs/code-block';
import { SchemaFields } from '@/components/api-docs/schema-fields';
import { openApiDocument } from '@/lib/api-docs/openapi';
import { publishedSamples } from '@/lib/api-docs/samples';
import { config } from '@/lib/config';
import { API_ERRORS, INTAKE_ERROR_CODES } from '@/lib/http/api-error';
import { portalOrigin } from '@/lib/http/request-meta';
import { ScrollRegion } from '@/components/scroll-region';

export const metadata: Metadata = { title: 'API: Send Order Request' };
export const dynamic = 'force-dynamic';

const sectionTitle = 'mt-10 text-xl font-semibold';

export default async function ApiDocsPage() {
  const document = openApiDocument(config().MAX_UPLOAD_BYTES);
  const operation = document.paths['/send_request_web'].post;
  const { content } = operation.requestBody;
  const requestHeaders = await headers();
  const origin = portalOrigin(requestHeaders);

  return (
    <article className="max-w-none">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">API for integrators</p>
      <h1 className="mt-1 text-3xl font-semibold">Send Order Request</h1>
      <p className="mt-3 text-lg text-slate-700">{document.info.description}</p>
      <p className="mt-3">
        <code className="rounded bg-slate-200 px-2 py-1">POST /send_request_web</code> · machine-readable:{' '}
        <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1)
      </p>

      <h2 className={sectionTitle}>Authentication</h2>
      <p className="mt-2">
        Send your client&apos;s API key in the <code>x-api-key</code> header. A key belongs to one client: its orders
        must carry that <code>client_id</code>. Keys are never accepted in the URL.
      </p>

      <h2 className={sectionTitle}>Request</h2>
      <p className="mt-2">{operation.description}</p>
      <p className="mt-2">
        Send it as <code>multipart/form-data</code> (the published samples, the only way to attach a file as a part),{' '}
        <code>application/json</code> or <code>application/x-www-form-urlencoded</code>.
      </p>
      <h3 className="mt-6 font-semibold">multipart/form-data and urlencoded fields</h3>
      <SchemaFields label="multipart and urlencoded fields" schema={content['multipart/form-data'].schema} />
      <h3 className="mt-6 font-semibold">JSON body</h3>
      <SchemaFields label="JSON fields" schema={content['application/json'].schema} />
      <CodeBlock label="JSON example" code={JSON.stringify(content['application/json'].example, null, 2)} />

      <h2 className={sectionTitle}>Examples</h2>
      {publishedSamples(origin).map((sample) => (
        <CodeBlock key={sample.language} label={sample.language} code={sample.code} />
      ))}

      <h2 className={sectionTitle}>Responses</h2>
      <p className="mt-2">
        Always JSON, never cached, and <code>code</code> always equals the HTTP status.
      </p>
      <CodeBlock
        label="200: the order is stored"
        code={JSON.stringify(
          { code: 200, success: true, message: 'Order sent successfully', reference: 'DN-7K3F-9Q2M' },
          null,
          2,
        )}
      />
      <CodeBlock
        label="422: every problem at once"
        code={JSON.stringify(
          {
            code: 422,
            success: false,
            error: 'validation_failed',
            message: 'The order has a problem. Fix what errors lists and send it again.',
            errors: [
              { field: 'order_items[1].quantity', message: 'Enter a quantity between 1 and 1000, as a whole number' },
            ],
          },
          null,
          2,
        )}
      />
      <ScrollRegion label="Errors" className="mt-4">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">Errors</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2 pr-4">
                <code>error</code>
              </th>
              <th scope="col" className="py-2">
                When
              </th>
            </tr>
          </thead>
          <tbody>
            {INTAKE_ERROR_CODES.map((code) => [code, API_ERRORS[code]] as const).map(([code, { status, when }]) => (
              <tr key={code} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">{status}</td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <code>{code}</code>
                </th>
                <td className="py-2">{when}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-4">
        <strong>Why not 204?</strong> The original page documented an empty request as “204 No Content” with a JSON
        body. HTTP forbids a body on 204, so no client could ever read it: an empty request is answered <code>400</code>{' '}
        with <code>&quot;error&quot;: &quot;request_empty&quot;</code>.
      </p>

      <h2 className={sectionTitle}>Safe retries</h2>
      <p className="mt-2">{operation.parameters[0]!.description}</p>

      <h2 className={sectionTitle}>Rate limits</h2>
      <p className="mt-2">
        At most {config().RATE_LIMIT_API_PER_MIN} orders a minute per API key. Over it, the answer is <code>429</code>{' '}
        with <code>Retry-After</code>; every answer carries <code>RateLimit-Policy</code> and <code>RateLimit</code>{' '}
        headers.
      </p>
    </article>
  );
}
