// Admin pages: administrators only; a pharmacist gets the 403 page.
import type { ReactNode } from 'react';
import { staffPageMember } from '@/lib/staff/staff-page';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await staffPageMember('admin');
  return children;
}
