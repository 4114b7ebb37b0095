// The inbox's rows: one order each, newest first.
import Link from 'next/link';
import { formatAge, formatDateTime } from '@/lib/format-age';
import type { OrderStatus } from '@/lib/orders/order-status';
import type { InboxRow } from '@/lib/staff/inbox';
import { StatusBadge } from '@/components/status-badge';
import { ScrollRegion } from '@/components/scroll-region';
import { TableHead } from '@/components/table-head';

const CHANNELS: Record<string, string> = { api: 'API', web: 'Order page', staff: 'Staff' };

export function InboxTable({ rows, now }: { rows: InboxRow[]; now: number }) {
  return (
    <ScrollRegion label="Orders" className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <TableHead headings={['Reference', 'Client', 'Channel', 'Items', 'File', 'Status', 'Received']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.reference} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/staff/orders/${row.reference}`} className="font-mono font-semibold">
                  {row.reference}
                </Link>
              </th>
              <td className="px-3 py-2">
                <span className="font-mono">{row.clientId}</span>
                <span className="block text-slate-600">{row.clientName}</span>
              </td>
              <td className="px-3 py-2">{CHANNELS[row.channel] ?? row.channel}</td>
              <td className="px-3 py-2">{row.itemCount}</td>
              <td className="px-3 py-2">{row.hasFile ? 'Yes' : <span className="text-slate-600">No</span>}</td>
              <td className="px-3 py-2">
                <StatusBadge status={row.status as OrderStatus} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={row.createdAt} title={formatDateTime(row.createdAt)}>
                  {formatAge(row.createdAt, now)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
