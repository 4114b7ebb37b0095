// Everything that happened to the order, and who did it, newest last.
import { formatDateTime } from '@/lib/format-age';
import { type OrderStatus, STATUS_LABELS } from '@/lib/orders/order-status';
import type { TrailEntry } from '@/lib/staff/order-trail';

const label = (status?: string) => (status ? (STATUS_LABELS[status as OrderStatus] ?? status) : '');

function describe(entry: TrailEntry): string {
  switch (entry.type) {
    case 'created':
      return `Sent the order (${entry.channel === 'api' ? 'API' : entry.channel === 'staff' ? 'staff' : 'order page'})`;
    case 'status_changed':
      return `${label(entry.from)} → ${label(entry.to)}`;
    case 'viewed':
      return 'Viewed the order';
    case 'file_viewed':
      return 'Viewed the file';
    case 'file_downloaded':
      return 'Downloaded the file';
    case 'note_added':
      return 'Added a note';
    default:
      return entry.type;
  }
}

export function OrderTrail({ entries }: { entries: TrailEntry[] }) {
  return (
    <ol className="space-y-3" aria-label="Trail">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="border-l-4 border-slate-200 pl-3 text-sm">
          <p>
            <span className="font-semibold">{describe(entry)}</span>
            <span className="text-slate-700"> · {entry.by}</span>
          </p>
          <p className="text-slate-600">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.messageForPatient && (
            <p className="mt-1">
              <span className="font-semibold">To the patient:</span> {entry.messageForPatient}
            </p>
          )}
          {entry.note && (
            <p className="mt-1">
              <span className="font-semibold">Note:</span> {entry.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
