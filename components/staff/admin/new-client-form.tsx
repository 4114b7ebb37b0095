'use client';
// Adding a client of the pharmacy network: its external client ID and its name.
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import { newClientSchema } from '@/lib/staff/admin-schemas';
import { staffFetch } from '@/lib/staff/staff-fetch';
import { useAdminForm } from './use-admin-form';

interface NewClient {
  id: string;
  name: string;
}

export function NewClientForm({ onCreated }: { onCreated: () => void }) {
  const { form, onSubmit, sending, message, summary } = useAdminForm<NewClient>({
    schema: newClientSchema,
    defaultValues: { id: '', name: '' },
    fields: ['id', 'name'],
    send: (client) => staffFetch('/api/staff/admin/clients', { method: 'POST', body: client }),
    done: (client) => `Client ${client.id} is added.`,
    failure: 'The client was not added.',
    onDone: onCreated,
  });
  const { errors } = form.formState;
  const id = fieldIds('id');
  const name = fieldIds('name');

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <ErrorSummary {...summary} />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <FormField ids={id} label="Client ID" hint="Digits, as on the client's card." error={errors.id?.message}>
          <input
            {...form.register('id')}
            {...describedBy(id, { hint: true, error: errors.id?.message })}
            inputMode="numeric"
            className={inputClass(errors.id?.message)}
          />
        </FormField>
        <FormField
          ids={name}
          label="Name"
          hint="For example the pharmacy's or the system's name."
          error={errors.name?.message}
        >
          <input
            {...form.register('name')}
            {...describedBy(name, { hint: true, error: errors.name?.message })}
            className={inputClass(errors.name?.message)}
          />
        </FormField>
      </div>
      <button
        type="submit"
        disabled={sending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Add the client
      </button>
      <p role="status" className="font-semibold text-brand-800">
        {message}
      </p>
    </form>
  );
}
