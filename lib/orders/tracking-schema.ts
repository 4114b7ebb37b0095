// What a patient gives to find their order: its reference and their client ID. Browser-safe.
import * as z from 'zod/mini';
import { clientIdSchema } from './order-schema';
import { REFERENCE_PATTERN, normaliseReference } from './reference-format';

export const trackingLookupSchema = z.object({
  reference: z.pipe(
    z.pipe(
      z
        .string({ error: 'Enter the order reference' })
        .check(z.trim(), z.minLength(1, { error: 'Enter the order reference' })),
      z.transform(normaliseReference),
    ),
    z.string().check(
      z.regex(REFERENCE_PATTERN, {
        error: 'Enter the reference as it was shown when you sent the order, for example DN-7K3F-9Q2M',
      }),
    ),
  ),
  client_id: clientIdSchema,
});

export type TrackingLookup = z.output<typeof trackingLookupSchema>;
export type TrackingLookupInput = z.input<typeof trackingLookupSchema>;

export interface TimelineEntry {
  status: string;
  at: string;
  message?: string;
}

/** An order as its patient sees it: no insurance number, no file, no staff notes. */
export interface TrackedOrder {
  reference: string;
  status: string;
  createdAt: string;
  items: Array<{ name: string; quantity: number }>;
  timeline: TimelineEntry[];
  cancellable: boolean;
}
