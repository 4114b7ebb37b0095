// What staff send to work an order: a status change (with a note, and for some a message for the
// patient) or a note alone. Browser-safe: the order page's forms check the same rules.
import * as z from 'zod/mini';
import { NEEDS_PATIENT_MESSAGE, ORDER_STATUSES, STATUS_LABELS } from '@/lib/orders/order-status';

const NOTE_MAX = 2000;
const MESSAGE_MAX = 1000;

const note = z
  .string()
  .check(z.trim(), z.maxLength(NOTE_MAX, { error: `Shorten the note to ${NOTE_MAX} characters or fewer` }));

export const statusChangeSchema = z
  .object({
    to: z.enum(ORDER_STATUSES, { error: 'Choose the new status' }),
    version: z.int().check(z.minimum(1)),
    note: z.optional(note),
    messageForPatient: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(MESSAGE_MAX, { error: `Shorten the message to ${MESSAGE_MAX} characters or fewer` }),
        ),
    ),
  })
  .check(
    z.superRefine((change, context) => {
      if (NEEDS_PATIENT_MESSAGE.includes(change.to) && !change.messageForPatient) {
        context.addIssue({
          code: 'custom',
          path: ['messageForPatient'],
          message: `Write what the patient should know: “${STATUS_LABELS[change.to]}” needs a message for them`,
        });
      }
    }),
  );

export type StatusChange = z.output<typeof statusChangeSchema>;

export const noteSchema = z.object({
  note: z
    .string({ error: 'Write the note' })
    .check(z.trim(), z.minLength(1, { error: 'Write the note' }), z.maxLength(NOTE_MAX)),
});
