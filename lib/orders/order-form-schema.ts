// The order page's form: the shared order schema's rules, applied to what a form holds (text
// inputs, blank medicine rows, a File). Browser-safe.
import * as z from 'zod/mini';
import { fileProblemInBrowser } from './attachment-rules';
import {
  ORDER_LIMITS,
  clientIdSchema,
  insuranceCardSchema,
  isEmptyOrder,
  orderItemSchema,
  prescriptionSchema,
} from './order-schema';

export interface MedicineRow {
  name: string;
  quantity: string;
}

export interface OrderFormValues {
  client_id: string;
  prescription: string;
  order_items: MedicineRow[];
  insurance_card: string;
  file: File | null;
}

export const emptyOrderForm = (): OrderFormValues => ({
  client_id: '',
  prescription: '',
  order_items: [{ name: '', quantity: '' }],
  insurance_card: '',
  file: null,
});

/** A row the patient left untouched is no medicine, and no error. */
export const isBlankRow = (row: MedicineRow) => row.name.trim() === '' && row.quantity.trim() === '';

const toItem = (row: MedicineRow) => ({
  name: row.name,
  quantity: row.quantity.trim() === '' ? NaN : Number(row.quantity),
});

export const EMPTY_ORDER_MESSAGE =
  'Enter a prescription or reason, add a medicine, or choose a photo or PDF of the prescription';

export function orderFormSchema(maxUploadBytes: number) {
  return z
    .object({
      client_id: clientIdSchema,
      prescription: prescriptionSchema,
      insurance_card: insuranceCardSchema,
      // Each filled row is checked by the shared item rules, at its own index in the form.
      order_items: z.array(z.object({ name: z.string(), quantity: z.string() })).check(
        z.superRefine((rows, context) => {
          if (rows.filter((row) => !isBlankRow(row)).length > ORDER_LIMITS.itemsMax) {
            context.addIssue({
              code: 'custom',
              message: `Send at most ${ORDER_LIMITS.itemsMax} medicines in one order`,
            });
          }
          rows.forEach((row, index) => {
            if (isBlankRow(row)) return;
            for (const issue of orderItemSchema.safeParse(toItem(row)).error?.issues ?? []) {
              context.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
            }
          });
        }),
      ),
      file: z.custom<File | null>().check(
        z.superRefine((file, context) => {
          const problem = file ? fileProblemInBrowser(file, maxUploadBytes) : undefined;
          if (problem) context.addIssue({ code: 'custom', message: problem });
        }),
      ),
    })
    .check(
      z.superRefine((values, context) => {
        const items = values.order_items.filter((row) => !isBlankRow(row));
        if (isEmptyOrder({ prescription: values.prescription, order_items: items }, values.file !== null)) {
          context.addIssue({ code: 'custom', message: EMPTY_ORDER_MESSAGE, path: ['prescription'] });
        }
      }),
    );
}

/**
 * The multipart body the route expects, and for each item sent, the form row it came from (the
 * server's `order_items[i]` errors point at sent items; blank rows are not sent).
 */
export function toOrderRequest(values: OrderFormValues): { body: FormData; rowOfItem: number[] } {
  const rowOfItem = values.order_items.flatMap((row, index) => (isBlankRow(row) ? [] : [index]));
  const body = new FormData();
  body.append('client_id', values.client_id.trim());
  if (values.prescription.trim()) body.append('prescription', values.prescription);
  if (rowOfItem.length > 0)
    body.append('order_items', JSON.stringify(rowOfItem.map((index) => toItem(values.order_items[index]!))));
  if (values.insurance_card.trim()) body.append('insurance_card', values.insurance_card);
  if (values.file) body.append('file', values.file, values.file.name);
  return { body, rowOfItem };
}
