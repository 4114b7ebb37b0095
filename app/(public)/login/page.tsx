// /login: pharmacy staff sign in here.
import type { Metadata } from 'next';
import { SignInForm } from '@/components/staff/sign-in-form';

export const metadata: Metadata = { title: 'Staff sign-in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // Only back into the staff portal: never an address elsewhere.
  const destination = typeof next === 'string' && /^\/staff(\/[\w\-/]*)?$/.test(next) ? next : '/staff/orders';
  return (
    <>
      <h1 className="text-3xl font-bold">Staff sign-in</h1>
      <p className="mt-2 text-lg text-slate-700">For pharmacy staff. Patients do not need an account.</p>
      <SignInForm next={destination} />
    </>
  );
}
