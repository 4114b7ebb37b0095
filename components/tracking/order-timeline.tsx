// Where an order has been: each status it reached, when, and what the pharmacy said.
import { formatDateTime } from '@/lib/format-age';
import { type OrderStatus, STATUS_LABELS } from '@/lib/orders/order-status';
import type { TimelineEntry } from '@/lib/orders/tracking-schema';

export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="mt-3 border-l-4 border-brand-100 pl-5">
      {[...entries].reverse().map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="relative pb-5 last:pb-0">
          <span
            aria-hidden="true"
            className={`absolute -left-[1.85rem] top-1 size-4 rounded-full border-4 border-white ${index === 0 ? 'bg-brand-700' : 'bg-slate-400'}`}
          />
          <p className="font-semibold">{STATUS_LABELS[entry.status as OrderStatus] ?? entry.status}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.message && (
            <blockquote className="mt-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3">
              <p className="text-sm font-semibold text-slate-800">Message from your pharmacy</p>
              <p className="mt-1 whitespace-pre-line">{entry.message}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
