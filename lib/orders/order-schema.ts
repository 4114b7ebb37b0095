// The one zod schema of an order, shared by the patient's order form (in the browser) and by
// POST /send_request_web. Messages are written for the person who has to fix the value.
// Browser-safe: nothing here may import Node or server code. Written with zod/mini, whose functions
// tree-shake: the order page's JavaScript carries a fraction of what zod's chained API would add.
import * as z from 'zod/mini';

export const ORDER_LIMITS = {
  clientIdMax: 2_147_483_647,
  prescriptionMaxChars: 2000,
  itemsMax: 50,
  itemNameMaxChars: 200,
  quantityMin: 1,
  quantityMax: 1000,
  insuranceCardMaxChars: 64,
} as const;

const L = ORDER_LIMITS;

// Text with no control characters (a NUL, say, which PostgreSQL cannot store); lines and tabs are
// fine in a prescription, not in a name.
const PLAIN_TEXT_LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f]*$/;
const CONTROL_CHARACTERS = 'Remove the invisible control characters from the text, or type it again';
const quantityMessage = `Enter a quantity between ${L.quantityMin} and ${L.quantityMax}, as a whole number`;

const clientIdMessage = 'Enter your client ID using digits only, for example 28378';
const clientIdRangeMessage = `Enter a client ID between 1 and ${L.clientIdMax}`;
const clientIdRange = [
  z.minimum(1, { error: clientIdRangeMessage }),
  z.maximum(L.clientIdMax, { error: clientIdRangeMessage }),
] as const;

export const clientIdSchema = z
  .pipe(
    z.pipe(
      z.union(
        [
          z
            .string()
            .check(
              z.trim(),
              z.regex(/^\d+$/, { error: (issue) => (issue.input === '' ? 'Enter your client ID' : clientIdMessage) }),
            ),
          z.int({ error: clientIdMessage }).check(...clientIdRange),
        ],
        { error: (issue) => (issue.input == null ? 'Enter your client ID' : clientIdMessage) },
      ),
      z.transform(Number),
    ),
    z.number().check(...clientIdRange),
  )
  .check(z.describe(`The client's ID: decimal digits only, 1 to ${L.clientIdMax}.`));

export const orderItemSchema = z.object(
  {
    name: z.string({ error: 'Enter the name of the medicine' }).check(
      z.trim(),
      z.minLength(1, { error: 'Enter the name of the medicine' }),
      z.maxLength(L.itemNameMaxChars, {
        error: `Shorten the medicine name to ${L.itemNameMaxChars} characters or fewer`,
      }),
      z.regex(PLAIN_TEXT, { error: CONTROL_CHARACTERS }),
      z.describe(`The medicine's name, 1 to ${L.itemNameMaxChars} characters after trimming.`),
    ),
    quantity: z
      .int({ error: quantityMessage })
      .check(
        z.minimum(L.quantityMin, { error: quantityMessage }),
        z.maximum(L.quantityMax, { error: quantityMessage }),
        z.describe(`How many, an integer from ${L.quantityMin} to ${L.quantityMax} (a JSON number, not a string).`),
      ),
  },
  { error: 'Give each medicine a name and a quantity' },
);

export const prescriptionSchema = z.string({ error: 'Enter the prescription or reason as text' }).check(
  z.trim(),
  z.maxLength(L.prescriptionMaxChars, {
    error: `Shorten the prescription or reason to ${L.prescriptionMaxChars} characters or fewer`,
  }),
  z.regex(PLAIN_TEXT_LINES, { error: CONTROL_CHARACTERS }),
);

export const insuranceCardSchema = z.string({ error: 'Enter the insurance card number as text' }).check(
  z.trim(),
  z.maxLength(L.insuranceCardMaxChars, {
    error: `Shorten the insurance card number to ${L.insuranceCardMaxChars} characters or fewer`,
  }),
  z.regex(/^[A-Za-z0-9 /-]*$/, {
    error: 'Enter the insurance card number using only letters, digits, spaces, - and /',
  }),
);

export const orderSchema = z.object({
  client_id: clientIdSchema,
  prescription: z
    .optional(prescriptionSchema)
    .check(z.describe(`The prescription or the reason for the order, at most ${L.prescriptionMaxChars} characters.`)),
  order_items: z
    .optional(
      z
        .array(orderItemSchema, { error: 'List the medicines as an array of objects with a name and a quantity' })
        .check(z.maxLength(L.itemsMax, { error: `Send at most ${L.itemsMax} medicines in one order` })),
    )
    .check(z.describe(`The medicines, at most ${L.itemsMax}, kept in the order sent. Other keys are ignored.`)),
  insurance_card: z
    .optional(insuranceCardSchema)
    .check(
      z.describe(`The insurance card number: letters, digits, space, - and /, at most ${L.insuranceCardMaxChars}.`),
    ),
});

export type OrderField = keyof typeof orderSchema.shape;

export function isOrderField(name: string): name is OrderField {
  return Object.hasOwn(orderSchema.shape, name);
}

export type OrderInput = z.input<typeof orderSchema>;
export type ValidOrder = z.output<typeof orderSchema>;

export interface FieldError {
  field: string;
  message: string;
}

/** zod's issue paths as the API reports them: `order_items[1].quantity`. */
export function toFieldErrors(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.reduce<string>(
      (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
      '',
    ),
    message: issue.message,
  }));
}

/** An order must carry something to act on: a prescription, a medicine or a file. */
export function isEmptyOrder(values: { prescription?: unknown; order_items?: unknown }, hasFile: boolean): boolean {
  const noPrescription =
    values.prescription == null || (typeof values.prescription === 'string' && values.prescription.trim() === '');
  const noItems = values.order_items == null || (Array.isArray(values.order_items) && values.order_items.length === 0);
  return noPrescription && noItems && !hasFile;
}
