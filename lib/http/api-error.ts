// The API's errors: one catalogue (status, machine code, when) that the handlers, the OpenAPI
// description and the docs page all read, and one error class that turns into the JSON envelope.
import type { FieldError } from '@/lib/orders/order-schema';
import { apiJson } from './api-response';

export const API_ERRORS = {
  request_empty: { status: 400, when: 'Nothing to act on: no prescription, no medicine and no file.' },
  malformed_request: {
    status: 400,
    when: 'Broken multipart or JSON, order_items not parseable, a field sent twice, two files, a bad Idempotency-Key.',
  },
  unauthorized: { status: 401, when: 'No, unknown or revoked API key (and not a same-origin browser request).' },
  forbidden: { status: 403, when: "The API key's client is not client_id." },
  method_not_allowed: { status: 405, when: 'Any method but POST.' },
  idempotency_in_progress: { status: 409, when: 'The same Idempotency-Key is still being processed.' },
  payload_too_large: { status: 413, when: 'The body, a field or the file is over its limit.' },
  unsupported_media_type: {
    status: 415,
    when: 'A Content-Type other than multipart/form-data, application/json or application/x-www-form-urlencoded.',
  },
  validation_failed: {
    status: 422,
    when: 'A field breaks its rule, or client_id names no active client. `errors` lists every problem.',
  },
  idempotency_key_reused: { status: 422, when: 'The Idempotency-Key was used before with a different payload.' },
  rate_limited: { status: 429, when: 'Over a rate limit; Retry-After says when to try again.' },
  internal_error: { status: 500, when: 'A bug on our side; request_id finds the log line.' },
  unavailable: { status: 503, when: 'The database cannot be reached; nothing was stored, a retry is safe.' },
  // The patient's tracking page:
  not_found: { status: 404, when: 'No order has this reference and client ID.' },
  order_not_cancellable: { status: 409, when: 'The order is past `received` and can no longer be cancelled.' },
  // The staff portal:
  order_changed: { status: 409, when: 'Someone changed the order since it was opened.' },
  invalid_transition: { status: 422, when: 'The order cannot move from its status to the one asked for.' },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** The errors of POST /send_request_web, in the contract's order. */
export const INTAKE_ERROR_CODES = [
  'request_empty',
  'malformed_request',
  'unauthorized',
  'forbidden',
  'method_not_allowed',
  'idempotency_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'idempotency_key_reused',
  'rate_limited',
  'internal_error',
  'unavailable',
] as const satisfies readonly ApiErrorCode[];

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = API_ERRORS[code].status;
  }

  toResponse(requestId: string): Response {
    return apiJson(
      this.status,
      {
        code: this.status,
        success: false,
        error: this.code,
        message: this.message,
        ...(this.options.errors ? { errors: this.options.errors } : {}),
        ...(this.status >= 500 ? { request_id: requestId } : {}),
      },
      this.options.headers,
    );
  }
}
