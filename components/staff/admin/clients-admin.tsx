'use client';
// Admin: the clients, found by ID or name; each can be deactivated (its orders are then refused)
// and has its API keys one click away.
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import type { ClientSummary } from '@/lib/clients/clients';
import { staffFetch } from '@/lib/staff/staff-fetch';
import { NewClientForm } from './new-client-form';
import { ScrollRegion } from '@/components/scroll-region';
import { TableHead } from '@/components/table-head';
import { useRefresh } from '@/components/use-refresh';

type ClientRow = Omit<ClientSummary, 'createdAt'> & { createdAt: string };

export function ClientsAdmin() {
  const refresh = useRefresh();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const clients = useQuery({
    queryKey: ['admin-clients', search],
    queryFn: () => staffFetch<{ clients: ClientRow[] }>(`/api/staff/admin/clients?q=${encodeURIComponent(search)}`),
  });
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: number; active: boolean }) =>
      staffFetch(`/api/staff/admin/clients/${id}`, { method: 'PATCH', body: { active } }),
    onSettled: () => refresh(['admin-clients']),
  });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
  };

  return (
    <>
      <h1 className="text-2xl font-bold">Clients</h1>
      <form role="search" aria-label="Clients" onSubmit={onSearch} className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="client-search" className="font-semibold">
            Search by ID or name
          </label>
          <input
            id="client-search"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            className="mt-1 block rounded-md border-2 border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Search
        </button>
      </form>
      <ScrollRegion label="Clients" className="mt-4 rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <TableHead headings={['Client ID', 'Name', 'State', 'Active keys', '']} />
          <tbody>
            {clients.data?.clients.map((client) => (
              <tr key={client.id} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-mono font-normal">
                  {client.id}
                </th>
                <td className="px-3 py-2">{client.name}</td>
                <td className="px-3 py-2">
                  {client.active ? 'Active' : <span className="font-semibold text-red-700">Inactive</span>}
                </td>
                <td className="px-3 py-2">{client.apiKeyCount}</td>
                <td className="flex flex-wrap gap-3 px-3 py-2">
                  <Link href={`/staff/admin/clients/${client.id}`}>
                    API keys<span className="sr-only"> of client {client.id}</span>
                  </Link>
                  <button
                    type="button"
                    onClick={() => setActive.mutate({ id: client.id, active: !client.active })}
                    className="font-semibold text-red-700 underline"
                  >
                    {client.active ? 'Deactivate' : 'Reactivate'}
                    <span className="sr-only"> client {client.id}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {clients.data?.clients.length === 0 && <p className="p-4 text-slate-700">No clients match.</p>}
      </ScrollRegion>
      <section aria-labelledby="new-client" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="new-client" className="text-lg font-semibold">
          Add a client
        </h2>
        <div className="mt-3">
          <NewClientForm onCreated={() => refresh(['admin-clients'])} />
        </div>
      </section>
    </>
  );
}
