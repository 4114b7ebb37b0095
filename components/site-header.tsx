import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-slate-900 no-underline">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white">
            ℞
          </span>
          DrugNet portal
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm font-semibold">
            <li>
              <Link href="/">Send an order</Link>
            </li>
            <li>
              <Link href="/orders/track">Follow an order</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
