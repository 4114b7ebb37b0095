// The shapes of POST /send_request_web's answers, for the OpenAPI description and for the tests
// that hold every answer to them.
import { z } from 'zod';
import { API_ERRORS } from './api-error';

export const orderSentSchema = z
  .object({
    code: z.literal(200),
    success: z.literal(true),
    message: z.literal('Order sent successfully'),
    reference: z
      .string()
      .regex(/^DN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
      .describe("The order's reference: quote it to follow the order."),
  })
  .strict();

export const apiErrorSchema = z
  .object({
    code: z.number().int().describe('The HTTP status, repeated.'),
    success: z.literal(false),
    error: z.enum(Object.keys(API_ERRORS) as [keyof typeof API_ERRORS, ...Array<keyof typeof API_ERRORS>]),
    message: z.string().describe('What went wrong and what to do, for people.'),
    errors: z
      .array(
        z.object({ field: z.string().describe('The path, such as order_items[1].quantity.'), message: z.string() }),
      )
      .optional()
      .describe('422 only: every problem of the request at once.'),
    request_id: z.string().optional().describe('5xx only: quote it to support; it finds the log line.'),
  })
  .strict();
