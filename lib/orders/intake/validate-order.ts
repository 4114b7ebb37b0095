// The rules an order must meet, all checked at once so that the sender can fix everything in one go:
// the shared zod schema, the file's real type, and whether the client exists and is active.
import type { Database } from '@/db/client';
import { findClient } from '@/lib/clients/clients';
import { ApiError } from '@/lib/http/api-error';
import type { NewAttachment } from '@/lib/orders/create-order';
import {
  type FieldError,
  type ValidOrder,
  clientIdSchema,
  isEmptyOrder,
  orderSchema,
  toFieldErrors,
} from '@/lib/orders/order-schema';
import type { Caller } from './caller';
import { inspectAttachment } from './inspect-attachment';
import type { ReceivedOrder } from './received-order';

export type ValidatedOrder = ValidOrder & { attachment?: NewAttachment };

export async function validateOrder(db: Database, received: ReceivedOrder, caller: Caller): Promise<ValidatedOrder> {
  const { values, file, fileProblem } = received;
  if (isEmptyOrder(values, file !== undefined || fileProblem !== undefined)) {
    throw new ApiError(
      'request_empty',
      'The order is empty. Send a prescription or reason, at least one medicine, or a photo or PDF of the prescription.',
    );
  }
  const clientId = clientIdSchema.safeParse(values.client_id);
  if (caller.channel === 'api' && clientId.success && clientId.data !== caller.apiKey.clientId) {
    throw new ApiError('forbidden', 'This API key belongs to another client. Send orders for your own client_id only.');
  }

  const parsed = orderSchema.safeParse(values);
  const errors: FieldError[] = parsed.success ? [] : toFieldErrors(parsed.error);
  if (clientId.success) {
    // An API key's own client was read with the key (the 403 above rules out any other).
    const active =
      caller.channel === 'api' ? caller.apiKey.clientActive : (await findClient(db, clientId.data))?.active;
    if (!active) {
      errors.push({
        field: 'client_id',
        message: 'There is no active client with this ID. Check the client ID and try again.',
      });
    }
  }
  let attachment: NewAttachment | undefined;
  if (fileProblem) {
    errors.push({ field: 'file', message: fileProblem });
  } else if (file) {
    const inspected = await inspectAttachment(file);
    if ('problem' in inspected) errors.push({ field: 'file', message: inspected.problem });
    else attachment = inspected;
  }

  if (!parsed.success || errors.length > 0) {
    const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
    throw new ApiError('validation_failed', `The order has ${count}. Fix what errors lists and send it again.`, {
      errors,
    });
  }
  return { ...parsed.data, attachment };
}
