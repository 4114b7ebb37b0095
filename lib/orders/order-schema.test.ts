import { describe, expect, it } from 'vitest';
import { isEmptyOrder, orderSchema, toFieldErrors } from './order-schema';

const errorsOf = (value: unknown) => {
  const result = orderSchema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error);
};

describe('the order schema', () => {
  it('accepts the published example and trims text', () => {
    const result = orderSchema.parse({
      client_id: '28378',
      prescription: '  Headache ',
      order_items: [
        { name: ' drug 1 ', quantity: 2, colour: 'ignored' },
        { name: 'drug 2', quantity: 3 },
      ],
      insurance_card: ' AB-12/34 ',
    });
    expect(result).toEqual({
      client_id: 28378,
      prescription: 'Headache',
      order_items: [
        { name: 'drug 1', quantity: 2 },
        { name: 'drug 2', quantity: 3 },
      ],
      insurance_card: 'AB-12/34',
    });
  });

  it.each([
    [undefined, 'Enter your client ID'],
    ['', 'Enter your client ID'],
    ['12a', 'Enter your client ID using digits only, for example 28378'],
    ['-1', 'Enter your client ID using digits only, for example 28378'],
    [2.5, 'Enter your client ID using digits only, for example 28378'],
    ['0', 'Enter a client ID between 1 and 2147483647'],
    ['2147483648', 'Enter a client ID between 1 and 2147483647'],
  ])('refuses client_id %j with "%s"', (clientId, message) => {
    expect(errorsOf({ client_id: clientId })).toEqual([{ field: 'client_id', message }]);
  });

  it('accepts the largest client ID as a string and as a number', () => {
    expect(orderSchema.parse({ client_id: '2147483647' }).client_id).toBe(2147483647);
    expect(orderSchema.parse({ client_id: 1 }).client_id).toBe(1);
  });

  it.each([['2'], [2.5], [0], [-1], [1001], [null]])('refuses quantity %j', (quantity) => {
    expect(errorsOf({ client_id: 1, order_items: [{ name: 'x', quantity }] })).toEqual([
      { field: 'order_items[0].quantity', message: 'Enter a quantity between 1 and 1000, as a whole number' },
    ]);
  });

  it('reports every problem at once, each with its path', () => {
    const errors = errorsOf({
      client_id: 'abc',
      prescription: 'x'.repeat(2001),
      order_items: [{ name: 'ok', quantity: 1 }, { name: '  ', quantity: 0 }, 'not an item'],
      insurance_card: 'AB<script>',
    });
    expect(errors.map((error) => error.field)).toEqual([
      'client_id',
      'prescription',
      'order_items[1].name',
      'order_items[1].quantity',
      'order_items[2]',
      'insurance_card',
    ]);
  });

  it('limits the lengths and counts', () => {
    expect(errorsOf({ client_id: 1, prescription: 'x'.repeat(2000), insurance_card: '1'.repeat(64) })).toEqual([]);
    const fields = (value: object) => errorsOf({ client_id: 1, ...value }).map((error) => error.field);
    const item = { name: 'n'.repeat(200), quantity: 1 };
    expect(fields({ order_items: Array.from({ length: 50 }, () => item) })).toEqual([]);
    expect(fields({ order_items: Array.from({ length: 51 }, () => item) })).toEqual(['order_items']);
    expect(fields({ order_items: [{ ...item, name: 'n'.repeat(201) }] })).toEqual(['order_items[0].name']);
    expect(fields({ insurance_card: '1'.repeat(65) })).toEqual(['insurance_card']);
  });

  it('calls an order with no prescription, no medicine and no file empty', () => {
    expect(isEmptyOrder({}, false)).toBe(true);
    expect(isEmptyOrder({ prescription: '  ', order_items: [] }, false)).toBe(true);
    expect(isEmptyOrder({ prescription: 'Headache' }, false)).toBe(false);
    expect(isEmptyOrder({ order_items: [{}] }, false)).toBe(false);
    expect(isEmptyOrder({}, true)).toBe(false);
  });
});
