// Staff roles: pharmacists work orders; admins also look after clients, API keys and staff.
// Browser-safe.
export const STAFF_ROLES = ['pharmacist', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = { pharmacist: 'Pharmacist', admin: 'Administrator' };

export const isStaffRole = (value: unknown): value is StaffRole => STAFF_ROLES.includes(value as StaffRole);

export const MIN_STAFF_PASSWORD_LENGTH = 10;
