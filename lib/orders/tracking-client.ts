// The tracking page's calls to the portal, from the browser.
import type { TrackedOrder, TrackingLookup } from './tracking-schema';

/** An answer other than 200, with the message the portal gave for people. */
export class TrackingError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'TrackingError';
  }
}

async function post(path: string, lookup: TrackingLookup): Promise<TrackedOrder> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(lookup),
    });
  } catch {
    throw new TrackingError(0, 'We could not reach the pharmacy. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as { order?: TrackedOrder; message?: string };
  if (response.ok && body.order) return body.order;
  throw new TrackingError(response.status, body.message ?? 'Something went wrong. Try again in a minute.');
}

export const fetchTrackedOrder = (lookup: TrackingLookup) => post('/api/orders/track', lookup);
export const cancelTrackedOrder = (lookup: TrackingLookup) => post('/api/orders/cancel', lookup);
