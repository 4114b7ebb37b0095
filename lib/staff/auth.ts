// Staff sign-in with better-auth: email and password, sessions in the portal's database, and the
// admin plugin for staff accounts (roles, disabling). Created once per process, on first use,
// because it needs the database.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAccessControl } from 'better-auth/plugins/access';
import { admin } from 'better-auth/plugins/admin';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import { type Database, database } from '@/db/client';
import { staffAccounts, staffMembers, staffSessions, staffVerifications } from '@/db/schema';
import { config } from '@/lib/config';
import { portalOrigin } from '@/lib/http/request-meta';
import { authSecret } from './auth-secret';
import { MIN_STAFF_PASSWORD_LENGTH } from './staff-roles';

const accessControl = createAccessControl(defaultStatements);
// Pharmacists may not manage anyone: staff accounts are the admins' business.
const roles = { admin: adminAc, pharmacist: accessControl.newRole({ user: [], session: [] }) };

function createStaffAuth(db: Database, secret: string) {
  return betterAuth({
    appName: 'DrugNet portal',
    secret,
    baseURL: config().APP_ORIGIN,
    // Sign-in and sign-out are accepted from the portal's own pages, by the same rule as keyless orders.
    trustedOrigins: (request) => (request ? [portalOrigin(request.headers)] : []),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: staffMembers, session: staffSessions, account: staffAccounts, verification: staffVerifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_STAFF_PASSWORD_LENGTH },
    session: { expiresIn: 12 * 60 * 60, updateAge: 60 * 60 },
    // Failed sign-ins are limited by the portal's own limiter, which all instances share.
    rateLimit: { enabled: false },
    advanced: { cookiePrefix: 'drugnet' },
    telemetry: { enabled: false },
    // Its warnings (a base URL derived from each request, as intended here) would only be noise.
    logger: { level: 'error' },
    plugins: [admin({ ac: accessControl, roles, defaultRole: 'pharmacist', adminRoles: ['admin'] })],
  });
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

const globalForAuth = globalThis as unknown as { drugnetStaffAuth?: Promise<StaffAuth> };

/** better-auth on a given database (the command-line tool and the tests use their own). */
export async function staffAuthFor(db: Database): Promise<StaffAuth> {
  return createStaffAuth(db, await authSecret(db));
}

/** better-auth on the process's database. */
export function staffAuth(): Promise<StaffAuth> {
  globalForAuth.drugnetStaffAuth ??= database().then(({ db }) => staffAuthFor(db));
  globalForAuth.drugnetStaffAuth.catch(() => (globalForAuth.drugnetStaffAuth = undefined));
  return globalForAuth.drugnetStaffAuth;
}
