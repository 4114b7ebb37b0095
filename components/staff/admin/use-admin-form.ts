'use client';
// What the admin pages' forms share: a react-hook-form form on a shared schema, sent to a staff API;
// problems in the error summary and beside their fields (the server's too), success said once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { applyServerErrors, summaryErrors } from '@/components/forms/use-form-errors';
import { StaffApiError } from '@/lib/staff/staff-fetch';

export function useAdminForm<T extends FieldValues>(options: {
  schema: z.ZodMiniType<unknown, FieldValues>;
  defaultValues: DefaultValues<T>;
  fields: Array<Path<T>>;
  send: (values: T) => Promise<unknown>;
  /** What to tell the admin once it is done. */
  done: (values: T) => string;
  /** Said when the server's refusal gives no reason. */
  failure: string;
  onDone: () => void;
}) {
  const form = useForm<T>({
    defaultValues: options.defaultValues,
    resolver: zodResolver(options.schema) as unknown as Resolver<T>,
    reValidateMode: 'onSubmit',
    shouldFocusError: false, // the error summary takes focus
  });
  const [attempts, setAttempts] = useState(0);
  const [message, setMessage] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const send = useMutation({ mutationFn: options.send });
  const failed = () => setAttempts((count) => count + 1);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    try {
      await send.mutateAsync(values);
      setMessage(options.done(values));
      form.reset();
      options.onDone();
    } catch (error) {
      const apiError = error instanceof StaffApiError ? error : new StaffApiError(0, options.failure);
      applyServerErrors(form.setError, options.fields, apiError.message, apiError.errors);
      failed();
    }
  }, failed);

  return {
    form,
    onSubmit,
    sending: send.isPending,
    message,
    summary: { errors: summaryErrors(form.formState.errors, options.fields), summaryRef, focusKey: attempts },
  };
}
