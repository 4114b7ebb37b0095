import { type OrderStatus, STATUS_LABELS } from '@/lib/orders/order-status';

const COLOURS: Record<OrderStatus, string> = {
  received: 'bg-sky-100 text-sky-900',
  in_review: 'bg-indigo-100 text-indigo-900',
  needs_info: 'bg-amber-100 text-amber-900',
  ready: 'bg-brand-100 text-brand-800',
  dispensed: 'bg-slate-200 text-slate-800',
  rejected: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-800',
};

/** An order's status as a coloured label, the same for patients and staff. */
export function StatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold ${COLOURS[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
