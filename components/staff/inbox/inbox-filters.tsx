'use client';
// The inbox's search and date range, applied together with the Apply button.
import { type FormEvent, useState } from 'react';

export interface InboxSearch {
  q: string;
  from: string;
  to: string;
}

const field = 'mt-1 block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-base';

export function InboxFilters({ value, onApply }: { value: InboxSearch; onApply: (search: InboxSearch) => void }) {
  const [draft, setDraft] = useState(value);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form
      role="search"
      aria-label="Orders"
      onSubmit={apply}
      className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div>
        <label htmlFor="inbox-search" className="font-semibold">
          Search
        </label>
        <input
          id="inbox-search"
          type="search"
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          placeholder="Reference, client ID or medicine"
          aria-describedby="inbox-search-hint"
          className={field}
        />
        <span id="inbox-search-hint" className="sr-only">
          A reference such as DN-7K3F-9Q2M, a client ID, or part of a medicine&apos;s name
        </span>
      </div>
      <div>
        <label htmlFor="inbox-from" className="font-semibold">
          From
        </label>
        <input
          id="inbox-from"
          type="date"
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="inbox-to" className="font-semibold">
          To
        </label>
        <input
          id="inbox-to"
          type="date"
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          className={field}
        />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        Apply
      </button>
    </form>
  );
}
