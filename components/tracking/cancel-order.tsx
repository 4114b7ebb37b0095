'use client';
// Cancelling an order that is still only received: asked once more, because it cannot be undone.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { TrackingError, cancelTrackedOrder } from '@/lib/orders/tracking-client';
import type { TrackingLookup } from '@/lib/orders/tracking-schema';
import { useRefresh } from '@/components/use-refresh';

export function CancelOrder({ lookup, queryKey }: { lookup: TrackingLookup; queryKey: readonly unknown[] }) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancel = useMutation({
    mutationFn: () => cancelTrackedOrder(lookup),
    onSuccess: (order) => {
      queryClient.setQueryData(queryKey, order);
      // This panel goes with the cancel; the keyboard's place goes back to the order's heading.
      requestAnimationFrame(() => document.getElementById('tracked-order-title')?.focus());
    },
    onError: () => refresh(queryKey),
  });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="mt-6 rounded-md border-2 border-red-700 px-4 py-2 font-semibold text-red-700 hover:bg-red-50"
      >
        Cancel this order
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="cancel-title" className="mt-6 rounded-md border-2 border-red-700 bg-red-50 p-4">
      <h3 id="cancel-title" className="font-semibold">
        Cancel order {lookup.reference}?
      </h3>
      <p className="mt-1">Your pharmacy will not prepare it. To order again you would send a new order.</p>
      {cancel.error && (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          {cancel.error instanceof TrackingError ? cancel.error.message : 'The order could not be cancelled.'}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          ref={confirmButton}
          type="button"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate()}
          className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70"
        >
          {cancel.isPending ? 'Cancelling…' : 'Yes, cancel the order'}
        </button>
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded-md border-2 border-slate-500 bg-white px-4 py-2 font-semibold text-slate-800"
        >
          No, keep it
        </button>
      </div>
    </div>
  );
}
