// Staff for tests: members of a given role with a known password, and signing them in over HTTP.
import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { staffAuthFor } from '@/lib/staff/auth';
import { inviteStaffMember } from '@/lib/staff/staff-members';
import type { StaffRole } from '@/lib/staff/staff-roles';

export interface TestStaffMember {
  id: string;
  name: string;
  email: string;
  password: string;
  role: StaffRole;
}

export async function addStaffMember(db: Database, role: StaffRole, name = `Test ${role}`): Promise<TestStaffMember> {
  const member = { email: `${role}-${randomUUID()}@pharmacy.test`, name, role, password: `pw-${randomUUID()}` };
  const { id } = await inviteStaffMember(await staffAuthFor(db), member);
  return { id, ...member };
}

/** Signs in as a browser on the portal's sign-in page would; returns the Cookie header to send. */
export async function signIn(url: string, member: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: member.email, password: member.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
