'use client';
// The inbox's status filter: every status with how many orders the other filters find in it.
import { ORDER_STATUSES, type OrderStatus, STATUS_LABELS } from '@/lib/orders/order-status';

export function StatusTabs({
  selected,
  counts,
  onSelect,
}: {
  selected?: OrderStatus;
  counts?: Record<OrderStatus, number>;
  onSelect: (status?: OrderStatus) => void;
}) {
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  const tabs: Array<{ status?: OrderStatus; label: string; count?: number }> = [
    { label: 'All', count: total },
    ...ORDER_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: counts?.[status] })),
  ];
  return (
    <div role="group" aria-label="Status" className="flex gap-2 overflow-x-auto pb-1">
      {tabs.map((tab) => {
        const active = tab.status === selected;
        return (
          <button
            key={tab.label}
            type="button"
            aria-pressed={active}
            onClick={() => onSelect(tab.status)}
            className={`shrink-0 rounded-full border-2 px-3 py-1 text-sm font-semibold ${
              active
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-slate-300 bg-white text-slate-800 hover:border-brand-700'
            }`}
          >
            {tab.label}
            {tab.count !== undefined && (
              <span className={active ? 'ml-1.5' : 'ml-1.5 text-slate-600'}>{tab.count}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}
