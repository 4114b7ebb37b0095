// A labelled field in the GOV.UK manner: label, hint, then the error right above the input, all tied
// to the input by id for screen readers (aria-describedby, aria-invalid).
import type { ReactNode } from 'react';

export interface FieldIds {
  input: string;
  hint: string;
  error: string;
}

export const fieldIds = (id: string): FieldIds => ({ input: id, hint: `${id}-hint`, error: `${id}-error` });

/** The input's ARIA attributes for a field with these ids. */
export function describedBy(ids: FieldIds, options: { hint?: boolean; error?: string }) {
  const described = [options.hint ? ids.hint : '', options.error ? ids.error : ''].filter(Boolean).join(' ');
  return {
    id: ids.input,
    'aria-invalid': options.error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
}

export const inputClass = (error?: string) =>
  `mt-1 block w-full rounded-md border-2 bg-white px-3 py-2 text-base text-slate-900 ${
    error ? 'border-red-700' : 'border-slate-500'
  }`;

export function FormField({
  ids,
  label,
  hint,
  error,
  children,
}: {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : ''}>
      <label htmlFor={ids.input} className="block text-base font-semibold text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={ids.hint} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={ids.error} message={error} />
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}
