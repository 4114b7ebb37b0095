import type { Metadata } from 'next';
import { StaffAdmin } from '@/components/staff/admin/staff-admin';
import { staffPageMember } from '@/lib/staff/staff-page';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const member = await staffPageMember('admin');
  return <StaffAdmin currentMemberId={member.id} />;
}
