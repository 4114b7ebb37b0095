// /orders/track: the patient follows an order by its reference and their client ID.
import type { Metadata } from 'next';
import { TrackOrder } from '@/components/tracking/track-order';

export const metadata: Metadata = { title: 'Follow your order' };

export default async function TrackPage({
  searchParams,
}: {
  searchParams: Promise<{ reference?: string | string[] }>;
}) {
  const { reference } = await searchParams;
  return <TrackOrder initialReference={typeof reference === 'string' ? reference.slice(0, 32) : ''} />;
}
