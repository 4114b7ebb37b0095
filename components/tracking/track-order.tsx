'use client';
// The tracking page: the patient gives the reference and their client ID and sees the order. It
// refreshes by itself while open, so a change by the pharmacy shows without a reload.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import { TrackingError, fetchTrackedOrder } from '@/lib/orders/tracking-client';
import { type TrackingLookup, trackingLookupSchema } from '@/lib/orders/tracking-schema';
import { TrackedOrderView } from './tracked-order-view';

interface LookupForm {
  reference: string;
  client_id: string;
}

const REFRESH_MS = 30_000;

export function TrackOrder({ initialReference }: { initialReference: string }) {
  const form = useForm<LookupForm>({
    defaultValues: { reference: initialReference, client_id: '' },
    resolver: zodResolver(trackingLookupSchema) as unknown as Resolver<LookupForm>,
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const [lookup, setLookup] = useState<TrackingLookup>();
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const queryKey = ['tracked-order', lookup?.reference, lookup?.client_id] as const;
  const order = useQuery({
    queryKey,
    queryFn: () => fetchTrackedOrder(lookup!),
    enabled: lookup !== undefined,
    refetchInterval: REFRESH_MS,
    retry: false,
  });

  const failure =
    order.error instanceof TrackingError ? order.error.message : order.error ? 'Something went wrong.' : undefined;
  const summary: SummaryError[] = [
    ...(errors.reference?.message ? [{ fieldId: 'reference', message: errors.reference.message }] : []),
    ...(errors.client_id?.message ? [{ fieldId: 'client_id', message: errors.client_id.message }] : []),
    ...(failure && !order.isFetching ? [{ fieldId: 'reference', message: failure }] : []),
  ];
  const reference = fieldIds('reference');
  const clientId = fieldIds('client_id');

  return (
    <>
      <h1 className="text-3xl font-bold">Follow your order</h1>
      <p className="mt-2 text-lg text-slate-700">
        Enter the reference you got when you sent the order, and your client ID.
      </p>
      <form
        noValidate
        onSubmit={form.handleSubmit(
          (values) => {
            // The resolver has already normalised them (case, spaces, O for 0…).
            const next = values as unknown as TrackingLookup;
            setLookup(next);
            if (lookup?.reference === next.reference && lookup.client_id === next.client_id) void order.refetch();
            setAttempts((count) => count + 1);
          },
          () => setAttempts((count) => count + 1),
        )}
        className="mt-8 space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8"
      >
        <ErrorSummary errors={summary} summaryRef={summaryRef} focusKey={summary.length > 0 ? attempts : 0} />
        <FormField
          ids={reference}
          label="Order reference"
          hint="For example DN-7K3F-9Q2M."
          error={errors.reference?.message}
        >
          <input
            {...form.register('reference')}
            {...describedBy(reference, { hint: true, error: errors.reference?.message })}
            className={`${inputClass(errors.reference?.message)} max-w-xs font-mono uppercase`}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </FormField>
        <FormField
          ids={clientId}
          label="Client ID"
          hint="The number on your pharmacy card."
          error={errors.client_id?.message}
        >
          <input
            {...form.register('client_id')}
            {...describedBy(clientId, { hint: true, error: errors.client_id?.message })}
            className={`${inputClass(errors.client_id?.message)} max-w-xs`}
            inputMode="numeric"
            autoComplete="off"
          />
        </FormField>
        <button
          type="submit"
          disabled={order.isFetching}
          className="w-full rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
        >
          {order.isFetching ? 'Looking…' : 'Show my order'}
        </button>
      </form>
      {order.data && lookup && !order.error && (
        <TrackedOrderView order={order.data} lookup={lookup} queryKey={queryKey} />
      )}
    </>
  );
}
