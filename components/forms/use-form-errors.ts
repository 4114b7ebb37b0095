'use client';
// The error summary's list for a react-hook-form form: its fields' errors in the given order, then
// a server-side error that belongs to no field. Also applies an API's field errors to the form.
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SummaryError } from './error-summary';

export function summaryErrors<T extends FieldValues>(errors: FieldErrors<T>, fields: Array<Path<T>>): SummaryError[] {
  const summary: SummaryError[] = [];
  for (const field of fields) {
    const message = (errors as Record<string, { message?: string } | undefined>)[field]?.message;
    if (message) summary.push({ fieldId: field, message });
  }
  const server = errors.root?.server?.message;
  if (server) summary.push({ message: server });
  return summary;
}

export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: Array<Path<T>>,
  message: string,
  errors: Array<{ field: string; message: string }>,
): void {
  const known = errors.filter((error) => fields.includes(error.field as Path<T>));
  for (const error of known) setError(error.field as Path<T>, { message: error.message });
  if (known.length === 0) setError('root.server', { message });
}
