'use client';
// Admin: one client's API keys. A new key is shown once, with a copy button; afterwards only its
// prefix is known. Revoking a key refuses it from the next request on.
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '@/lib/format-age';
import type { ApiKeySummary } from '@/lib/api-keys/api-keys';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';
import { ScrollRegion } from '@/components/scroll-region';
import { TableHead } from '@/components/table-head';
import { useRefresh } from '@/components/use-refresh';

export function ApiKeysAdmin({ clientId }: { clientId: number }) {
  const refresh = useRefresh();
  const queryKey = ['admin-api-keys', clientId];
  const keys = useQuery({
    queryKey,
    queryFn: () => staffFetch<{ apiKeys: ApiKeySummary[] }>(`/api/staff/admin/clients/${clientId}/api-keys`),
  });
  const [label, setLabel] = useState('');
  const [newKey, setNewKey] = useState<{ prefix: string; key: string }>();
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      staffFetch<{ prefix: string; key: string }>(`/api/staff/admin/clients/${clientId}/api-keys`, {
        method: 'POST',
        body: { label },
      }),
    onSuccess: (created) => {
      setNewKey(created);
      setCopied(false);
      setLabel('');
      refresh(queryKey);
    },
  });
  const revoke = useMutation({
    mutationFn: (prefix: string) => staffFetch(`/api/staff/admin/api-keys/${prefix}`, { method: 'DELETE' }),
    onSettled: () => refresh(queryKey),
  });
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <>
      <p className="text-sm">
        <Link href="/staff/admin/clients">← All clients</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">API keys of client {clientId}</h1>
      {keys.error && (
        <p role="alert" className="mt-3 font-semibold text-red-700">
          {keys.error instanceof StaffApiError ? keys.error.message : 'The keys could not be loaded.'}
        </p>
      )}
      {newKey && (
        <div role="status" className="mt-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
          <p className="font-semibold">
            The new key is shown only this once. Copy it now and give it to the client safely.
          </p>
          <p className="mt-2 break-all rounded bg-white p-2 font-mono" data-testid="new-api-key">
            {newKey.key}
          </p>
          <button
            type="button"
            onClick={async () => {
              await navigator.clipboard.writeText(newKey.key).catch(() => undefined);
              setCopied(true);
            }}
            className="mt-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {copied ? 'Copied' : 'Copy the key'}
          </button>
        </div>
      )}
      <ScrollRegion label="API keys" className="mt-4 rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <TableHead headings={['Prefix', 'Label', 'Created', 'Last used', 'State', '']} />
          <tbody>
            {keys.data?.apiKeys.map((key) => (
              <tr key={key.prefix} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-mono font-normal">
                  {key.prefix}
                </th>
                <td className="px-3 py-2">{key.label || <span className="text-slate-600">none</span>}</td>
                <td className="px-3 py-2">{formatDateTime(key.createdAt)}</td>
                <td className="px-3 py-2">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'never'}</td>
                <td className="px-3 py-2">{key.revokedAt ? `Revoked ${formatDateTime(key.revokedAt)}` : 'Active'}</td>
                <td className="px-3 py-2">
                  {!key.revokedAt && (
                    <button
                      type="button"
                      onClick={() => revoke.mutate(key.prefix)}
                      className="font-semibold text-red-700 underline"
                    >
                      Revoke<span className="sr-only"> key {key.prefix}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {keys.data?.apiKeys.length === 0 && <p className="p-4 text-slate-700">This client has no keys yet.</p>}
      </ScrollRegion>
      <form
        onSubmit={onCreate}
        className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div>
          <label htmlFor="key-label" className="font-semibold">
            Label for a new key
          </label>
          <p id="key-label-hint" className="text-sm text-slate-600">
            Which system uses it, for example “shop”.
          </p>
          <input
            id="key-label"
            aria-describedby="key-label-hint"
            value={label}
            maxLength={100}
            onChange={(event) => setLabel(event.target.value)}
            className="mt-1 block rounded-md border-2 border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          Create a key
        </button>
        {create.error && (
          <p role="alert" className="w-full font-semibold text-red-700">
            {create.error instanceof StaffApiError ? create.error.message : 'The key was not created.'}
          </p>
        )}
      </form>
    </>
  );
}
