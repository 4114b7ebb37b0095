// Looking after staff accounts: list, invite with a password, change a role, disable or enable.
// Changes go through better-auth's admin plugin, which checks the acting admin's permissions again
// and revokes a disabled member's sessions.
import { asc } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { staffMembers } from '@/db/schema';
import { type StaffAuth, staffAuth } from './auth';
import type { StaffRole } from './staff-roles';

export interface StaffSummary {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
}

export async function listStaff(db: Database): Promise<StaffSummary[]> {
  const rows = await db.select().from(staffMembers).orderBy(asc(staffMembers.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    disabled: row.banned,
    createdAt: row.createdAt.toISOString(),
  }));
}

export interface NewStaffMember {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
}

/** `actingAs`: the admin's request headers; omitted only on the server's own (tools, tests). */
export async function inviteStaffMember(
  auth: StaffAuth,
  member: NewStaffMember,
  actingAs?: Headers,
): Promise<{ id: string }> {
  const { user } = await auth.api.createUser({
    body: { email: member.email, name: member.name, password: member.password, role: member.role },
    headers: actingAs,
  });
  return { id: user.id };
}

export async function setStaffRole(userId: string, role: StaffRole, actingAs: Headers): Promise<void> {
  await (await staffAuth()).api.setRole({ body: { userId, role }, headers: actingAs });
}

export async function setStaffDisabled(userId: string, disabled: boolean, actingAs: Headers): Promise<void> {
  const auth = await staffAuth();
  if (disabled)
    await auth.api.banUser({ body: { userId, banReason: 'Disabled by an administrator' }, headers: actingAs });
  else await auth.api.unbanUser({ body: { userId }, headers: actingAs });
}
