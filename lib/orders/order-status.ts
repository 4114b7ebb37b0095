// An order's statuses, the moves between them, and what patients and staff call them.
// Browser-safe: the tracking page and the staff pages read it as well as the server.

export const ORDER_STATUSES = [
  'received',
  'in_review',
  'needs_info',
  'ready',
  'dispensed',
  'rejected',
  'cancelled',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Where staff may move an order from each status. `cancelled` is not among them: only the patient
 * or the client cancels, and only while the order is still `received`.
 */
export const STAFF_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  received: ['in_review', 'needs_info', 'rejected'],
  in_review: ['ready', 'needs_info', 'rejected'],
  needs_info: ['in_review', 'rejected'],
  ready: ['dispensed'],
  dispensed: [],
  rejected: [],
  cancelled: [],
};

/** Moves that must tell the patient why (shown on their tracking page). */
export const NEEDS_PATIENT_MESSAGE: readonly OrderStatus[] = ['needs_info', 'rejected'];

export const CANCELLABLE_STATUS: OrderStatus = 'received';

export const STATUS_LABELS: Record<OrderStatus, string> = {
  received: 'Received',
  in_review: 'In review',
  needs_info: 'Needs information',
  ready: 'Ready to collect',
  dispensed: 'Dispensed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

/** What the status means for the patient, in one sentence. */
export const STATUS_EXPLANATIONS: Record<OrderStatus, string> = {
  received: 'Your pharmacy has your order and will look at it soon.',
  in_review: 'A pharmacist is checking your order.',
  needs_info: 'Your pharmacy needs something from you before it can go on. See their message.',
  ready: 'Your medicine is ready to collect.',
  dispensed: 'Your medicine has been handed over.',
  rejected: 'Your pharmacy could not accept this order. See their message.',
  cancelled: 'This order was cancelled.',
};
