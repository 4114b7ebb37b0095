import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApiKeysAdmin } from '@/components/staff/admin/api-keys-admin';

export const metadata: Metadata = { title: 'API keys' };

export default async function ClientKeysPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  return <ApiKeysAdmin clientId={Number(id)} />;
}
