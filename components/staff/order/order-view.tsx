'use client';
// One order for staff: what it holds, the file, the work form and the trail.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDateTime } from '@/lib/format-age';
import type { StaffOrderDetails } from '@/lib/staff/order-details';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';
import { StatusBadge } from '@/components/status-badge';
import { OrderFile } from './order-file';
import { OrderTrail } from './order-trail';
import { OrderWorkForm } from './order-work-form';
import { useRefresh } from '@/components/use-refresh';

const section = 'rounded-lg border border-slate-200 bg-white p-4 sm:p-6';

export function OrderView({ reference }: { reference: string }) {
  const refresh = useRefresh();
  const queryKey = ['staff-order', reference];
  const order = useQuery({
    queryKey,
    queryFn: () =>
      staffFetch<{ order: StaffOrderDetails }>(`/api/staff/orders/${reference}`).then((body) => body.order),
  });

  if (order.error) {
    return (
      <p role="alert" className="font-semibold text-red-700">
        {order.error instanceof StaffApiError ? order.error.message : 'The order could not be loaded.'}
      </p>
    );
  }
  if (!order.data) return <p>Loading the order…</p>;
  const o = order.data;

  return (
    <>
      <p className="text-sm">
        <Link href="/staff/orders">← All orders</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-bold">{o.reference}</h1>
        <StatusBadge status={o.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        Received {formatDateTime(o.createdAt)} · sent by {o.sentBy}
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <section aria-labelledby="order-details" className={section}>
            <h2 id="order-details" className="text-lg font-semibold">
              Order
            </h2>
            <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">Client</dt>
              <dd>
                <span className="font-mono">{o.client.id}</span> · {o.client.name}
                {!o.client.active && <span className="ml-2 text-red-700">(inactive)</span>}
              </dd>
              <dt className="font-semibold">Prescription or reason</dt>
              <dd className="whitespace-pre-line">
                {o.prescription || <span className="text-slate-600">none given</span>}
              </dd>
              <dt className="font-semibold">Insurance card</dt>
              <dd className="font-mono">
                {o.insuranceCard || <span className="font-sans text-slate-600">none given</span>}
              </dd>
            </dl>
            <h3 className="mt-5 font-semibold">Medicines</h3>
            {o.items.length > 0 ? (
              <table className="mt-2 w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-4">
                      Medicine
                    </th>
                    <th scope="col" className="py-1">
                      Quantity
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {o.items.map((item, index) => (
                    <tr key={index} className="border-b border-slate-200">
                      <td className="py-1.5 pr-4">{item.name}</td>
                      <td className="py-1.5">{item.quantity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="mt-1 text-slate-700">None listed.</p>
            )}
          </section>
          <section aria-labelledby="order-file" className={section}>
            <h2 id="order-file" className="text-lg font-semibold">
              Prescription file
            </h2>
            <div className="mt-3">
              {o.attachment ? (
                <OrderFile reference={o.reference} file={o.attachment} />
              ) : (
                <p className="text-slate-700">No file was sent.</p>
              )}
            </div>
          </section>
        </div>
        <div className="space-y-6">
          <section aria-labelledby="order-work" className={section}>
            <h2 id="order-work" className="text-lg font-semibold">
              Work the order
            </h2>
            <div className="mt-3">
              <OrderWorkForm
                reference={o.reference}
                status={o.status}
                version={o.version}
                nextStatuses={o.nextStatuses}
                onDone={() => refresh(queryKey)}
              />
            </div>
          </section>
          <section aria-labelledby="order-trail" className={section}>
            <h2 id="order-trail" className="text-lg font-semibold">
              Trail
            </h2>
            <div className="mt-3">
              <OrderTrail entries={o.trail} />
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
