import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-12">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-lg">Check the address, or start again from the order page.</p>
      <p className="mt-6">
        <Link href="/">Send an order</Link> · <Link href="/orders/track">Follow an order</Link>
      </p>
    </main>
  );
}
