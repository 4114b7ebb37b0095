'use client';
// Admin: the staff, their roles, and who is disabled (a disabled member is signed out at once).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { StaffSummary } from '@/lib/staff/staff-members';
import { StaffApiError, staffFetch } from '@/lib/staff/staff-fetch';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@/lib/staff/staff-roles';
import { NewStaffForm } from './new-staff-form';
import { ScrollRegion } from '@/components/scroll-region';
import { TableHead } from '@/components/table-head';
import { useRefresh } from '@/components/use-refresh';

export function StaffAdmin({ currentMemberId }: { currentMemberId: string }) {
  const refresh = useRefresh();
  const staff = useQuery({
    queryKey: ['admin-staff'],
    queryFn: () => staffFetch<{ staff: StaffSummary[] }>('/api/staff/admin/staff'),
  });
  const [problem, setProblem] = useState<string>();
  const change = useMutation({
    mutationFn: ({ id, ...body }: { id: string; role?: StaffRole; disabled?: boolean }) =>
      staffFetch(`/api/staff/admin/staff/${id}`, { method: 'PATCH', body }),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(error instanceof StaffApiError ? error.message : 'The change was not saved.'),
    onSettled: () => refresh(['admin-staff']),
  });

  return (
    <>
      <h1 className="text-2xl font-bold">Staff</h1>
      {problem && (
        <p role="alert" className="mt-3 rounded-md border-2 border-red-700 bg-white p-3 font-semibold text-red-700">
          {problem}
        </p>
      )}
      <ScrollRegion label="Staff" className="mt-4 rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <TableHead headings={['Name', 'Email', 'Role', 'State', '']} />
          <tbody>
            {staff.data?.staff.map((member) => {
              const self = member.id === currentMemberId;
              return (
                <tr key={member.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {member.name}
                    {self && <span className="text-slate-600"> (you)</span>}
                  </th>
                  <td className="px-3 py-2">{member.email}</td>
                  <td className="px-3 py-2">
                    <label className="sr-only" htmlFor={`role-${member.id}`}>
                      Role of {member.name}
                    </label>
                    <select
                      id={`role-${member.id}`}
                      value={member.role}
                      disabled={self || member.disabled}
                      onChange={(event) => change.mutate({ id: member.id, role: event.target.value as StaffRole })}
                      className="rounded-md border-2 border-slate-500 bg-white px-2 py-1"
                    >
                      {STAFF_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-3 py-2">
                    {member.disabled ? <span className="font-semibold text-red-700">Disabled</span> : 'Active'}
                  </td>
                  <td className="px-3 py-2">
                    {!self && (
                      <button
                        type="button"
                        onClick={() => change.mutate({ id: member.id, disabled: !member.disabled })}
                        className="font-semibold text-red-700 underline"
                      >
                        {member.disabled ? 'Enable' : 'Disable'}
                        <span className="sr-only"> {member.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <section aria-labelledby="new-staff" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="new-staff" className="text-lg font-semibold">
          Add a staff member
        </h2>
        <div className="mt-3">
          <NewStaffForm onCreated={() => refresh(['admin-staff'])} />
        </div>
      </section>
    </>
  );
}
