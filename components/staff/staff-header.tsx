import Link from 'next/link';
import type { StaffMember } from '@/lib/staff/staff-session';
import { ROLE_LABELS } from '@/lib/staff/staff-roles';
import { SignOutButton } from './sign-out-button';

export function StaffHeader({ member }: { member: StaffMember }) {
  const links = [
    { href: '/staff/orders', label: 'Orders' },
    { href: '/', label: 'Send an order' },
    ...(member.role === 'admin'
      ? [
          { href: '/staff/admin/clients', label: 'Clients' },
          { href: '/staff/admin/staff', label: 'Staff' },
        ]
      : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link
          href="/staff/orders"
          className="flex items-center gap-2 text-lg font-semibold text-slate-900 no-underline"
        >
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white">
            ℞
          </span>
          DrugNet staff
        </Link>
        <nav aria-label="Staff">
          <ul className="flex flex-wrap gap-4 text-sm font-semibold">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span>
            <span className="font-semibold">{member.name}</span>
            <span className="text-slate-600"> · {ROLE_LABELS[member.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
