import type { Metadata } from 'next';
import { ClientsAdmin } from '@/components/staff/admin/clients-admin';

export const metadata: Metadata = { title: 'Clients' };

export default function ClientsPage() {
  return <ClientsAdmin />;
}
