// /staff/orders: the inbox of incoming orders.
import type { Metadata } from 'next';
import { Inbox } from '@/components/staff/inbox/inbox';

export const metadata: Metadata = { title: 'Orders' };

export default function InboxPage() {
  return <Inbox />;
}
