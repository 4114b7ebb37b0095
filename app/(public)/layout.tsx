// The pages for patients and integrators: the order page, tracking, the API page, staff sign-in.
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
