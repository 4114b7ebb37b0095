'use client';
// The GOV.UK error summary: "There is a problem", then every error as a link that moves focus to
// its field. It takes focus itself when it appears, so that screen readers read it out.
import { type RefObject, useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the field to focus, if the error belongs to one. */
  fieldId?: string;
  message: string;
}

export function ErrorSummary({
  errors,
  summaryRef,
  focusKey,
}: {
  errors: SummaryError[];
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Changes at every failed attempt, so that the summary takes focus again. */
  focusKey: number;
}) {
  // Focus once per failed attempt, as soon as the summary is on the page: react-hook-form reports an
  // invalid submit before it publishes the errors, so the two may arrive in different renders.
  const focusedFor = useRef(0);
  const visible = errors.length > 0;
  useEffect(() => {
    if (!visible || focusKey === focusedFor.current) return;
    focusedFor.current = focusKey;
    summaryRef.current?.focus();
  }, [focusKey, visible, summaryRef]);

  if (!visible) return null;
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-md border-4 border-red-700 bg-white p-4 focus:outline-3 focus:outline-amber-500"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        There is a problem
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((error, index) => (
          <li key={`${error.fieldId}-${index}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                className="font-semibold text-red-700 underline hover:text-red-800"
                onClick={(event) => {
                  const field = document.getElementById(error.fieldId!);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: 'center' });
                }}
              >
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-red-700">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
