'use client';
// The staff inbox: status tabs with counts, search and dates, and the orders a page at a time.
// It refetches every few seconds, so new orders appear without a reload.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrderStatus } from '@/lib/orders/order-status';
import type { InboxPage } from '@/lib/staff/inbox';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';
import { type InboxSearch, InboxFilters } from './inbox-filters';
import { InboxTable } from './inbox-table';
import { StatusTabs } from './status-tabs';

const REFRESH_MS = 10_000;

type InboxAnswer = InboxPage & { counts: Record<OrderStatus, number> };

/** Local dates from the date inputs, as the instants the API filters by (the end date included). */
function toQuery(status: OrderStatus | undefined, search: InboxSearch, cursor?: string): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.from) params.set('from', new Date(`${search.from}T00:00`).toISOString());
  if (search.to) {
    const end = new Date(`${search.to}T00:00`);
    end.setDate(end.getDate() + 1);
    params.set('to', end.toISOString());
  }
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function Inbox() {
  const [status, setStatus] = useState<OrderStatus>();
  const [search, setSearch] = useState<InboxSearch>({ q: '', from: '', to: '' });
  const inbox = useInfiniteQuery({
    queryKey: ['inbox', status, search],
    queryFn: ({ pageParam }) => staffFetch<InboxAnswer>(`/api/staff/orders?${toQuery(status, search, pageParam)}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: REFRESH_MS,
  });
  const rows = inbox.data?.pages.flatMap((page) => page.orders) ?? [];
  const counts = inbox.data?.pages[0]?.counts;

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Orders</h1>
        <p className="text-sm text-slate-600" aria-live="polite">
          {inbox.isFetching
            ? 'Updating…'
            : `Updated ${new Date(inbox.dataUpdatedAt || Date.now()).toLocaleTimeString()}`}
        </p>
      </div>
      <div className="mt-4 space-y-4">
        <InboxFilters value={search} onApply={setSearch} />
        <StatusTabs selected={status} counts={counts} onSelect={setStatus} />
        {inbox.error ? (
          <p role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 font-semibold text-red-700">
            {inbox.error instanceof StaffApiError ? inbox.error.message : 'The orders could not be loaded.'}
          </p>
        ) : inbox.isPending ? (
          <p>Loading the orders…</p>
        ) : rows.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-700">
            No orders match. Try another status, search or dates.
          </p>
        ) : (
          <InboxTable rows={rows} now={inbox.dataUpdatedAt} />
        )}
        {inbox.hasNextPage && (
          <button
            type="button"
            onClick={() => inbox.fetchNextPage()}
            disabled={inbox.isFetchingNextPage}
            className="rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {inbox.isFetchingNextPage ? 'Loading…' : 'Show older orders'}
          </button>
        )}
      </div>
    </>
  );
}
