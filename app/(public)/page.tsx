// The patient's order page.
import { OrderForm } from '@/components/order-form/order-form';
import { config } from '@/lib/config';

export const dynamic = 'force-dynamic'; // the upload limit is read at run time

export default function OrderPage() {
  return <OrderForm maxUploadBytes={config().MAX_UPLOAD_BYTES} />;
}
