'use client';
// Working an order: move it to one of the statuses it may go to next, with a message for the patient
// where one is needed and an internal note; or leave a note alone. A change someone else made in the
// meantime is reported, and what was typed here stays.
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary';
import { FieldError, FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import { NEEDS_PATIENT_MESSAGE, type OrderStatus, STATUS_LABELS } from '@/lib/orders/order-status';
import { toFieldErrors } from '@/lib/orders/order-schema';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';
import { noteSchema, statusChangeSchema } from '@/lib/staff/order-work-schema';

const KEEP = 'keep';

interface WorkValues {
  to: string;
  messageForPatient: string;
  note: string;
}

type Work = { kind: 'status'; body: unknown } | { kind: 'note'; body: unknown };

export function OrderWorkForm({
  reference,
  status,
  version,
  nextStatuses,
  onDone,
}: {
  reference: string;
  status: OrderStatus;
  version: number;
  nextStatuses: readonly OrderStatus[];
  onDone: () => void;
}) {
  const form = useForm<WorkValues>({ defaultValues: { to: KEEP, messageForPatient: '', note: '' } });
  const { errors } = form.formState;
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const chosen = form.watch('to');

  const save = useMutation({
    mutationFn: (work: Work) =>
      staffFetch(`/api/staff/orders/${reference}/${work.kind === 'status' ? 'status' : 'notes'}`, {
        method: 'POST',
        body: work.body,
      }),
  });

  const fail = (fields: Array<{ field: string; message: string }>) => {
    for (const { field, message } of fields) {
      form.setError(['to', 'messageForPatient', 'note'].includes(field) ? (field as keyof WorkValues) : 'root.server', {
        message,
      });
    }
    setAttempts((count) => count + 1);
  };

  const submit = async (values: WorkValues) => {
    form.clearErrors();
    setSaved(undefined);
    const work: Work =
      values.to === KEEP
        ? { kind: 'note', body: { note: values.note } }
        : {
            kind: 'status',
            body: { to: values.to, version, note: values.note, messageForPatient: values.messageForPatient },
          };
    const checked = (work.kind === 'note' ? noteSchema : statusChangeSchema).safeParse(work.body);
    if (!checked.success) {
      const problems = toFieldErrors(checked.error);
      return fail(
        work.kind === 'note' ? [{ field: 'note', message: 'Choose a new status, or write a note' }] : problems,
      );
    }
    try {
      await save.mutateAsync(work);
      setSaved(
        work.kind === 'note' ? 'The note is saved.' : `The order is now “${STATUS_LABELS[values.to as OrderStatus]}”.`,
      );
      form.reset();
      onDone();
    } catch (error) {
      const apiError = error instanceof StaffApiError ? error : undefined;
      if (apiError?.status === 409) onDone(); // fetch what the order is now
      fail(
        apiError?.errors.length
          ? apiError.errors
          : [{ field: 'root', message: apiError?.message ?? 'The change was not saved.' }],
      );
    }
  };

  const summary: SummaryError[] = [
    ...(errors.to?.message ? [{ fieldId: 'work-to', message: errors.to.message }] : []),
    ...(errors.messageForPatient?.message
      ? [{ fieldId: 'messageForPatient', message: errors.messageForPatient.message }]
      : []),
    ...(errors.note?.message ? [{ fieldId: 'note', message: errors.note.message }] : []),
    ...(errors.root?.server?.message ? [{ message: errors.root.server.message }] : []),
  ];
  const message = fieldIds('messageForPatient');
  const note = fieldIds('note');
  const needsMessage = NEEDS_PATIENT_MESSAGE.includes(chosen as OrderStatus);

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="space-y-5">
      <ErrorSummary errors={summary} summaryRef={summaryRef} focusKey={attempts} />
      <fieldset aria-describedby={errors.to?.message ? 'work-to-error' : undefined}>
        <legend className="font-semibold">Move the order to</legend>
        <FieldError id="work-to-error" message={errors.to?.message} />
        <div className="mt-2 space-y-2">
          {[KEEP, ...nextStatuses].map((option, index) => (
            <label key={option} className="flex items-center gap-3">
              <input
                type="radio"
                value={option}
                {...form.register('to')}
                id={index === 0 ? 'work-to' : undefined}
                className="size-5 accent-brand-700"
              />
              <span>
                {option === KEEP
                  ? `Keep as “${STATUS_LABELS[status]}” (a note only)`
                  : STATUS_LABELS[option as OrderStatus]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField
        ids={message}
        label={`Message for the patient${needsMessage ? ' (required)' : ''}`}
        hint="Shown on their tracking page. Needed for “Needs information” and “Rejected”."
        error={errors.messageForPatient?.message}
      >
        <textarea
          {...form.register('messageForPatient')}
          {...describedBy(message, { hint: true, error: errors.messageForPatient?.message })}
          rows={3}
          className={inputClass(errors.messageForPatient?.message)}
        />
      </FormField>
      <FormField ids={note} label="Internal note" hint="Only staff see it." error={errors.note?.message}>
        <textarea
          {...form.register('note')}
          {...describedBy(note, { hint: true, error: errors.note?.message })}
          rows={2}
          className={inputClass(errors.note?.message)}
        />
      </FormField>
      <button
        type="submit"
        disabled={save.isPending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
      <p role="status" className="font-semibold text-brand-800">
        {saved}
      </p>
    </form>
  );
}
