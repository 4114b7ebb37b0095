// The staff portal: signed-in staff only (the proxy sends visitors without a session cookie to
// /login; this checks the session itself).
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StaffHeader } from '@/components/staff/staff-header';
import { staffPageMember } from '@/lib/staff/staff-page';

export const metadata: Metadata = { title: { default: 'Staff', template: '%s · DrugNet staff' }, robots: 'noindex' };
export const dynamic = 'force-dynamic';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const member = await staffPageMember();
  return (
    <>
      <StaffHeader member={member} />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
