'use client';
// Adding a client of the pharmacy network: its external client ID and its name.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import { applyServerErrors, summaryErrors } from '@/components/forms/use-form-errors';
import { newClientSchema } from '@/lib/staff/admin-schemas';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';

interface NewClient {
  id: string;
  name: string;
}

const FIELDS: Array<keyof NewClient> = ['id', 'name'];

export function NewClientForm({ onCreated }: { onCreated: () => void }) {
  const form = useForm<NewClient>({
    defaultValues: { id: '', name: '' },
    resolver: zodResolver(newClientSchema) as unknown as Resolver<NewClient>,
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [attempts, setAttempts] = useState(0);
  const [created, setCreated] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation({
    mutationFn: (client: NewClient) => staffFetch('/api/staff/admin/clients', { method: 'POST', body: client }),
  });
  const { errors } = form.formState;
  const id = fieldIds('id');
  const name = fieldIds('name');

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(
        async (values) => {
          setCreated(undefined);
          try {
            await create.mutateAsync(values);
            setCreated(`Client ${values.id} is added.`);
            form.reset();
            onCreated();
          } catch (error) {
            const apiError = error instanceof StaffApiError ? error : new StaffApiError(0, 'The client was not added.');
            applyServerErrors(form.setError, FIELDS, apiError.message, apiError.errors);
            setAttempts((count) => count + 1);
          }
        },
        () => setAttempts((count) => count + 1),
      )}
      className="space-y-4"
    >
      <ErrorSummary errors={summaryErrors(form.formState.errors, FIELDS)} summaryRef={summaryRef} focusKey={attempts} />
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
        disabled={create.isPending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Add the client
      </button>
      <p role="status" className="font-semibold text-brand-800">
        {created}
      </p>
    </form>
  );
}
