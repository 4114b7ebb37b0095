'use client';
// The patient's order page: the form, its errors (in a summary and beside each field), the upload's
// progress, and the confirmation. Nothing the patient typed or chose is lost on any error.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Controller, type FieldErrors, type FieldPath, type Resolver, useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import {
  EMPTY_ORDER_MESSAGE,
  type OrderFormValues,
  emptyOrderForm,
  orderFormSchema,
  toOrderRequest,
} from '@/lib/orders/order-form-schema';
import { NetworkError, type OrderAnswer, sendOrderRequest } from '@/lib/orders/send-order-request';
import { MedicineRows, rowFieldId } from './medicine-rows';
import { OrderSent } from './order-sent';
import { PrescriptionFileField } from './prescription-file-field';
import { SendProgress } from './send-progress';
import { newIdempotencyKey, submissionFingerprint } from './submission-key';

const KEPT = 'Your answers are kept: send the order again when you are ready.';

export function OrderForm({ maxUploadBytes }: { maxUploadBytes: number }) {
  const schema = useMemo(() => orderFormSchema(maxUploadBytes), [maxUploadBytes]);
  const form = useForm<OrderFormValues>({
    defaultValues: emptyOrderForm(),
    // raw: the form keeps what the patient typed (the route parses it again from the request), so
    // the resolver hands back the form's own values, not the schema's parsed output.
    resolver: zodResolver(schema, undefined, { raw: true }) as Resolver<OrderFormValues>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false, // the error summary takes focus instead
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const { errors } = formState;
  const summaryRef = useRef<HTMLDivElement>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [progress, setProgress] = useState<number>();
  const [reference, setReference] = useState<string>();
  // One Idempotency-Key per submission: a retry of the same answers reuses it, so a double click or
  // a lost response never makes two orders.
  const submission = useRef<{ fingerprint: string; key: string }>(undefined);
  const sending = useRef(false);

  const send = useMutation({
    mutationFn: ({ body, key }: { body: FormData; key: string }) =>
      sendOrderRequest(body, { idempotencyKey: key, onProgress: setProgress }),
  });

  const onValid = async (values: OrderFormValues) => {
    if (sending.current) return;
    sending.current = true;
    const fingerprint = submissionFingerprint(values);
    if (submission.current?.fingerprint !== fingerprint) submission.current = { fingerprint, key: newIdempotencyKey() };
    const { body, rowOfItem } = toOrderRequest(values);
    setProgress(values.file ? 0 : undefined);
    try {
      const answer = await send.mutateAsync({ body, key: submission.current.key });
      if (answer.status === 200 && answer.body.reference) return setReference(answer.body.reference);
      showServerErrors(answer, rowOfItem, values.file !== null);
    } catch (error) {
      const message =
        error instanceof NetworkError
          ? 'We could not reach the pharmacy. Check your connection.'
          : 'Something went wrong.';
      setError('root.server', { message: `${message} ${KEPT}` });
    } finally {
      sending.current = false;
      setProgress(undefined);
    }
    setFailedAttempts((count) => count + 1);
  };

  const showServerErrors = (answer: OrderAnswer, rowOfItem: number[], hasFile: boolean) => {
    const { error, message = 'The pharmacy could not take the order.' } = answer.body;
    if (answer.status === 422 && answer.body.errors) {
      for (const fieldError of answer.body.errors) {
        setError(formFieldOf(fieldError.field, rowOfItem), { message: fieldError.message });
      }
    } else if (answer.status === 413 && hasFile) {
      setError('file', { message });
    } else if (error === 'request_empty') {
      setError('prescription', { message: EMPTY_ORDER_MESSAGE });
    } else {
      setError('root.server', { message: `${message} ${KEPT}` });
    }
  };

  if (reference) {
    return (
      <OrderSent
        reference={reference}
        onSendAnother={() => {
          form.reset(emptyOrderForm());
          submission.current = undefined;
          setReference(undefined);
        }}
      />
    );
  }

  const busy = formState.isSubmitting;
  const clientId = fieldIds('client_id');
  const prescription = fieldIds('prescription');
  const insuranceCard = fieldIds('insurance_card');
  return (
    <>
      <h1 className="text-3xl font-bold">Send a medication order</h1>
      <p className="mt-2 text-lg text-slate-700">
        Send your prescription to your pharmacy. You will get a reference to follow the order until your medicine is
        ready.
      </p>
      <form
        noValidate
        onSubmit={handleSubmit(onValid, () => setFailedAttempts((count) => count + 1))}
        className="mt-8 space-y-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8"
        aria-describedby="order-form-intro"
      >
        <p id="order-form-intro" className="sr-only">
          Fields are optional unless marked required. Send a prescription, a medicine or a file.
        </p>
        <ErrorSummary
          errors={summaryOf(errors, form.getValues('order_items').length)}
          summaryRef={summaryRef}
          focusKey={failedAttempts}
        />

        <FormField
          ids={clientId}
          label="Client ID (required)"
          hint="The number on your pharmacy card, for example 28378."
          error={errors.client_id?.message}
        >
          <input
            {...register('client_id')}
            {...describedBy(clientId, { hint: true, error: errors.client_id?.message })}
            className={`${inputClass(errors.client_id?.message)} max-w-xs`}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>

        <FormField
          ids={prescription}
          label="Prescription or reason"
          hint="What your doctor prescribed, or why you need the medicine."
          error={errors.prescription?.message}
        >
          <textarea
            {...register('prescription')}
            {...describedBy(prescription, { hint: true, error: errors.prescription?.message })}
            className={inputClass(errors.prescription?.message)}
            rows={4}
          />
        </FormField>

        <MedicineRows control={control} register={register} errors={errors.order_items} />

        <FormField
          ids={insuranceCard}
          label="Insurance card number"
          hint="As printed on your card: letters, digits, spaces, - and /."
          error={errors.insurance_card?.message}
        >
          <input
            {...register('insurance_card')}
            {...describedBy(insuranceCard, { hint: true, error: errors.insurance_card?.message })}
            className={`${inputClass(errors.insurance_card?.message)} max-w-md`}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>

        <Controller
          control={control}
          name="file"
          render={({ field }) => (
            <PrescriptionFileField
              file={field.value}
              onChange={field.onChange}
              error={errors.file?.message}
              maxUploadBytes={maxUploadBytes}
              disabled={busy}
            />
          )}
        />

        <div>
          <button
            type="submit"
            disabled={busy}
            className="w-full rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
          >
            {busy ? 'Sending…' : 'Send order'}
          </button>
          {busy && progress !== undefined && <SendProgress fraction={progress} />}
        </div>
      </form>
    </>
  );
}

/** Where a server-side error path (`order_items[1].quantity`) belongs in the form. */
function formFieldOf(path: string, rowOfItem: number[]): FieldPath<OrderFormValues> | 'root.server' {
  const item = /^order_items\[(\d+)\](?:\.(name|quantity))?$/.exec(path);
  if (item) {
    const row = rowOfItem[Number(item[1])];
    return row === undefined ? 'root.server' : `order_items.${row}.${(item[2] as 'name' | 'quantity') ?? 'name'}`;
  }
  if (path === 'order_items') return 'order_items';
  return ['client_id', 'prescription', 'insurance_card', 'file'].includes(path)
    ? (path as FieldPath<OrderFormValues>)
    : 'root.server';
}

/** Every error, in the order of the fields on the page, each pointing at its field. */
function summaryOf(errors: FieldErrors<OrderFormValues>, rows: number): SummaryError[] {
  const summary: SummaryError[] = [];
  const add = (fieldId: string | undefined, message?: string) => message && summary.push({ fieldId, message });
  add('client_id', errors.client_id?.message);
  add('prescription', errors.prescription?.message);
  add(rowFieldId(0, 'name'), errors.order_items?.root?.message ?? errors.order_items?.message);
  for (let index = 0; index < rows; index++) {
    add(rowFieldId(index, 'name'), errors.order_items?.[index]?.name?.message);
    add(rowFieldId(index, 'quantity'), errors.order_items?.[index]?.quantity?.message);
  }
  add('insurance_card', errors.insurance_card?.message);
  add('file', errors.file?.message);
  add(undefined, errors.root?.server?.message);
  return summary;
}
