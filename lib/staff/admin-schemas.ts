// What admins send to look after clients, API keys and staff. Browser-safe: the admin pages' forms
// check the same rules.
import * as z from 'zod/mini';
import { clientIdSchema } from '@/lib/orders/order-schema';
import { MIN_STAFF_PASSWORD_LENGTH, STAFF_ROLES } from './staff-roles';

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}` })
    .check(
      z.trim(),
      z.minLength(1, { error: `Enter the ${what}` }),
      z.maxLength(max, { error: `Shorten the ${what} to ${max} characters or fewer` }),
    );

export const newClientSchema = z.object({ id: clientIdSchema, name: text('client’s name', 200) });

export const clientChangeSchema = z.object({ active: z.boolean() });

export const newApiKeySchema = z.object({
  label: z.string().check(z.trim(), z.maxLength(100, { error: 'Shorten the label to 100 characters or fewer' })),
});

export const newStaffSchema = z.object({
  email: z
    .string()
    .check(z.trim(), z.toLowerCase(), z.email({ error: 'Enter an email address such as ana@pharmacy.example' })),
  name: text('name', 200),
  role: z.enum(STAFF_ROLES, { error: 'Choose a role' }),
  password: z.string().check(
    z.minLength(MIN_STAFF_PASSWORD_LENGTH, {
      error: `Choose a password of at least ${MIN_STAFF_PASSWORD_LENGTH} characters`,
    }),
    z.maxLength(128, { error: 'Choose a password of at most 128 characters' }),
  ),
});

export const staffChangeSchema = z.object({
  role: z.optional(z.enum(STAFF_ROLES)),
  disabled: z.optional(z.boolean()),
});
