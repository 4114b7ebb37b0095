import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-12">
      <h1 className="text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-3 text-lg">Only administrators look after clients, API keys and staff accounts.</p>
      <p className="mt-6">
        <Link href="/staff/orders">Back to the orders</Link>
      </p>
    </main>
  );
}
