// Staff pages: only for a signed-in staff member (others go to sign in), and admin pages only for
// admins (others get the 403 page).
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { type StaffMember, currentStaffMember } from './staff-session';

export async function staffPageMember(role?: 'admin'): Promise<StaffMember> {
  const member = await currentStaffMember(await headers());
  if (!member) redirect('/login');
  if (role === 'admin' && member.role !== 'admin') forbidden();
  return member;
}
