// /staff/orders/:reference: one order, to read and to work.
import type { Metadata } from 'next';
import { OrderView } from '@/components/staff/order/order-view';

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> {
  return { title: (await params).reference };
}

export default async function StaffOrderPage({ params }: { params: Promise<{ reference: string }> }) {
  return <OrderView reference={(await params).reference} />;
}
