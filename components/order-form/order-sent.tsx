'use client';
// "Order sent": the reference, large and easy to copy, what happens next, and where to follow it.
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';

export function OrderSent({ reference, onSendAnother }: { reference: string; onSendAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reference);
      setCopied(true);
    } catch {
      setCopied(false); // the reference stays selectable on the page
    }
  };

  return (
    <section aria-labelledby="order-sent-title" className="rounded-lg border-2 border-brand-700 bg-white p-6">
      <div className="-mx-6 -mt-6 mb-6 rounded-t-md bg-brand-700 px-6 py-6 text-center text-white">
        <h1 id="order-sent-title" ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
          Order sent
        </h1>
        <p className="mt-3">Your reference is</p>
        <p
          className="mt-1 font-mono text-3xl font-bold tracking-wider select-all sm:text-4xl"
          data-testid="order-reference"
        >
          {reference}
        </p>
        <button
          type="button"
          onClick={copy}
          className="mt-4 rounded-md bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {copied ? 'Copied' : 'Copy the reference'}
        </button>
        <p aria-live="polite" className="sr-only">
          {copied ? 'The reference is copied.' : ''}
        </p>
      </div>
      <h2 className="text-xl font-semibold">What happens next</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>Your pharmacy checks the order and the prescription.</li>
        <li>If they need anything from you, they say so on the tracking page.</li>
        <li>When your medicine is ready to collect, the tracking page shows it.</li>
      </ol>
      <p className="mt-4">Keep the reference: with your client ID, it lets you follow the order.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href={`/orders/track?reference=${encodeURIComponent(reference)}`}
          className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          Follow your order
        </Link>
        <button
          type="button"
          onClick={onSendAnother}
          className="rounded-md border-2 border-brand-700 px-5 py-3 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Send another order
        </button>
      </div>
    </section>
  );
}
