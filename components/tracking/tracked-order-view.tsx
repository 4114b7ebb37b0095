'use client';
// One order as its patient sees it: where it stands, its history, its medicines.
import { useEffect, useRef } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { type OrderStatus, STATUS_EXPLANATIONS } from '@/lib/orders/order-status';
import type { TrackedOrder, TrackingLookup } from '@/lib/orders/tracking-schema';
import { CancelOrder } from './cancel-order';
import { OrderTimeline } from './order-timeline';

export function TrackedOrderView({
  order,
  lookup,
  queryKey,
}: {
  order: TrackedOrder;
  lookup: TrackingLookup;
  queryKey: readonly unknown[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const status = order.status as OrderStatus;
  useEffect(() => heading.current?.focus(), [order.reference]);

  return (
    <section
      aria-labelledby="tracked-order-title"
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8"
    >
      <h2 id="tracked-order-title" ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        Order <span className="font-mono">{order.reference}</span>
      </h2>
      <p className="mt-3">
        <span className="sr-only">Status: </span>
        <StatusBadge status={status} testId="order-status" />
      </p>
      <p className="mt-2 text-slate-700" aria-live="polite">
        {STATUS_EXPLANATIONS[status]}
      </p>

      <h3 className="mt-6 text-lg font-semibold">History</h3>
      <OrderTimeline entries={order.timeline} />

      <h3 className="mt-6 text-lg font-semibold">Medicines</h3>
      {order.items.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
          {order.items.map((item, index) => (
            <li key={index} className="flex justify-between gap-4 px-3 py-2">
              <span>{item.name}</span>
              <span className="shrink-0 text-slate-700">× {item.quantity}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">No medicines listed: your pharmacy works from the prescription.</p>
      )}

      {order.cancellable && <CancelOrder lookup={lookup} queryKey={queryKey} />}
    </section>
  );
}
