import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-slate-600">
        <p>DrugNet portal · medication orders for the pharmacy network</p>
        <Link href="/docs/api">API for integrators</Link>
      </div>
    </footer>
  );
}
