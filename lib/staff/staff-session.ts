// Who is signed in: the staff member behind a request's session cookie, checked against the
// database on every call (a disabled member or a revoked session stops working at once).
import { ApiError } from '@/lib/http/api-error';
import { staffAuth } from './auth';
import { type StaffRole, isStaffRole } from './staff-roles';

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
}

export async function currentStaffMember(headers: Headers): Promise<StaffMember | undefined> {
  const session = await (await staffAuth()).api.getSession({ headers });
  const user = session?.user;
  if (!user || user.banned || !isStaffRole(user.role)) return undefined;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The signed-in staff member, or 401 (nobody) / 403 (not an admin, where one is needed). */
export async function requireStaffMember(request: Request, role?: 'admin'): Promise<StaffMember> {
  const member = await currentStaffMember(request.headers);
  if (!member) throw new ApiError('unauthorized', 'Sign in to the staff portal first.');
  if (role === 'admin' && member.role !== 'admin') {
    throw new ApiError('forbidden', 'Only administrators may do this.');
  }
  return member;
}

/** How the trail names a staff member. */
export const staffActor = (member: { id: string }) => `staff:${member.id}`;
