'use client';
// Inviting a staff member: their name, email, role, and a first password to hand over.
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import { newStaffSchema } from '@/lib/staff/admin-schemas';
import { staffFetch } from '@/lib/staff/staff-fetch';
import { useAdminForm } from './use-admin-form';
import { MIN_STAFF_PASSWORD_LENGTH, ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@/lib/staff/staff-roles';

interface NewStaff {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
}

export function NewStaffForm({ onCreated }: { onCreated: () => void }) {
  const { form, onSubmit, sending, message, summary } = useAdminForm<NewStaff>({
    schema: newStaffSchema,
    defaultValues: { name: '', email: '', role: 'pharmacist', password: '' },
    fields: ['name', 'email', 'role', 'password'],
    send: (member) => staffFetch('/api/staff/admin/staff', { method: 'POST', body: member }),
    done: (member) => `${member.name} can now sign in with ${member.email}.`,
    failure: 'The member was not added.',
    onDone: onCreated,
  });
  const { errors } = form.formState;
  const ids = {
    name: fieldIds('name'),
    email: fieldIds('email'),
    role: fieldIds('role'),
    password: fieldIds('password'),
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <ErrorSummary {...summary} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField ids={ids.name} label="Name" error={errors.name?.message}>
          <input
            {...form.register('name')}
            {...describedBy(ids.name, { error: errors.name?.message })}
            autoComplete="off"
            className={inputClass(errors.name?.message)}
          />
        </FormField>
        <FormField ids={ids.email} label="Email" error={errors.email?.message}>
          <input
            {...form.register('email')}
            {...describedBy(ids.email, { error: errors.email?.message })}
            type="email"
            autoComplete="off"
            className={inputClass(errors.email?.message)}
          />
        </FormField>
        <FormField ids={ids.role} label="Role" error={errors.role?.message}>
          <select
            {...form.register('role')}
            {...describedBy(ids.role, { error: errors.role?.message })}
            className={inputClass(errors.role?.message)}
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          ids={ids.password}
          label="First password"
          hint={`At least ${MIN_STAFF_PASSWORD_LENGTH} characters. Hand it over in person.`}
          error={errors.password?.message}
        >
          <input
            {...form.register('password')}
            {...describedBy(ids.password, { hint: true, error: errors.password?.message })}
            type="password"
            autoComplete="new-password"
            className={inputClass(errors.password?.message)}
          />
        </FormField>
      </div>
      <button
        type="submit"
        disabled={sending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Add the staff member
      </button>
      <p role="status" className="font-semibold text-brand-800">
        {message}
      </p>
    </form>
  );
}
