// The OpenAPI 3.1 description of POST /send_request_web, generated from the same zod schemas the
// route validates with (zod's JSON Schema output is OpenAPI 3.1's dialect).
import { z } from 'zod';
import { API_ERRORS, type ApiErrorCode, INTAKE_ERROR_CODES } from '@/lib/http/api-error';
import { apiErrorSchema, orderSentSchema } from '@/lib/http/envelope-schemas';
import { formatBytes } from '@/lib/format-bytes';
import { ORDER_LIMITS, orderItemSchema, orderSchema } from '@/lib/orders/order-schema';

type JsonSchema = Record<string, unknown> & {
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const jsonSchema = (schema: z.core.$ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

export function openApiDocument(maxUploadBytes: number) {
  const order = jsonSchema(orderSchema);
  const fields = order.properties!;
  const itemsArray = fields.order_items!;
  const fileRule = `At most ${formatBytes(maxUploadBytes)}. Its content must be JPEG, PNG, WebP, HEIC/HEIF or PDF (read from the bytes, not the name).`;

  // multipart and urlencoded carry every value as text; order_items is JSON text there.
  const formFields = {
    client_id: { type: 'string', pattern: '^\\d+$', description: fields.client_id!.description },
    prescription: fields.prescription!,
    order_items: {
      type: 'string',
      contentMediaType: 'application/json',
      contentSchema: itemsArray,
      description: `${itemsArray.description} JSON text, such as [{"name": "drug 1", "quantity": 2}].`,
    },
    insurance_card: fields.insurance_card!,
  };
  const multipart = {
    type: 'object',
    required: ['client_id'],
    properties: {
      ...formFields,
      file: { type: 'string', contentMediaType: 'application/octet-stream', description: fileRule },
    },
  };
  const json = {
    ...order,
    properties: {
      ...fields,
      order_items: {
        ...itemsArray,
        description: `${itemsArray.description} A string holding the array is accepted too.`,
      },
      file: {
        description: `Optional. ${fileRule}`,
        oneOf: [
          {
            type: 'object',
            required: ['data'],
            properties: {
              name: { type: 'string', description: 'The original file name, kept as a sanitised display name.' },
              type: { type: 'string', description: 'Ignored: the type is read from the bytes.' },
              data: { type: 'string', contentEncoding: 'base64' },
            },
          },
          { type: 'string', pattern: '^data:', description: 'A data: URL with base64 content.' },
        ],
      },
    },
  };

  const errorsByStatus = new Map<number, ApiErrorCode[]>();
  for (const code of INTAKE_ERROR_CODES) {
    const { status } = API_ERRORS[code];
    errorsByStatus.set(status, [...(errorsByStatus.get(status) ?? []), code]);
  }
  const errorResponses = Object.fromEntries(
    [...errorsByStatus].map(([status, codes]) => [
      String(status),
      {
        description: codes.map((code) => `\`${code}\`: ${API_ERRORS[code].when}`).join(' '),
        headers:
          status === 429
            ? { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } }
            : undefined,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      },
    ]),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'DrugNet portal API',
      version: '1.0.0',
      description:
        'Send a medication order from a client to the DrugNet portal. Compatible with the published ' +
        '"Send Order Request" samples (curl, PHP, Python).',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
    paths: {
      '/send_request_web': {
        post: {
          operationId: 'sendOrderRequest',
          summary: 'Send Order Request',
          description:
            'An order must carry something to act on: a prescription, at least one item or a file. ' +
            `At most ${ORDER_LIMITS.itemsMax} items. Unknown fields are ignored; a field sent twice is refused.`,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
              description:
                'Makes retries safe: the same key with the same payload returns the first answer again ' +
                '(with Idempotent-Replayed: true) and stores one order. Kept 24 hours, per API key.',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: multipart },
              'application/json': {
                schema: json,
                example: {
                  client_id: 28378,
                  prescription: 'Headache',
                  order_items: [
                    { name: 'drug 1', quantity: 2 },
                    { name: 'drug 2', quantity: 3 },
                  ],
                },
              },
              'application/x-www-form-urlencoded': {
                schema: { type: 'object', required: ['client_id'], properties: formFields },
              },
            },
          },
          responses: {
            '200': {
              description: 'The order is stored.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderSent' } } },
            },
            ...errorResponses,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: "Your client's API key." },
      },
      schemas: {
        OrderSent: jsonSchema(orderSentSchema),
        ApiError: jsonSchema(apiErrorSchema),
        OrderItem: jsonSchema(orderItemSchema),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
