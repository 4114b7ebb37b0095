'use client';
// The medicines of an order: one row each (name and quantity), added and removed by the patient.
import { useRef } from 'react';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { FieldError, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';
import type { OrderFormValues } from '@/lib/orders/order-form-schema';
import { ORDER_LIMITS } from '@/lib/orders/order-schema';

export const rowFieldId = (index: number, part: 'name' | 'quantity') => `order_items-${index}-${part}`;

export function MedicineRows({
  control,
  register,
  errors,
}: {
  control: Control<OrderFormValues>;
  register: UseFormRegister<OrderFormValues>;
  errors: FieldErrors<OrderFormValues>['order_items'];
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'order_items' });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = errors?.root?.message ?? errors?.message;

  return (
    <fieldset className={listError ? 'border-l-4 border-red-700 pl-4' : ''} aria-describedby="order_items-hint">
      <legend className="text-base font-semibold text-slate-900">Medicines</legend>
      <p id="order_items-hint" className="mt-1 text-sm text-slate-600">
        Each medicine and how many you need. Leave the rows empty if your prescription says it all.
      </p>
      <FieldError id="order_items-error" message={listError} />
      <ol className="mt-3 space-y-4">
        {fields.map((field, index) => {
          const name = fieldIds(rowFieldId(index, 'name'));
          const quantity = fieldIds(rowFieldId(index, 'quantity'));
          const nameError = errors?.[index]?.name?.message;
          const quantityError = errors?.[index]?.quantity?.message;
          const rowLabel = <span className="sr-only"> (medicine {index + 1})</span>;
          return (
            <li
              key={field.id}
              className={`rounded-md border border-slate-300 bg-slate-50 p-3 ${nameError || quantityError ? 'border-l-4 border-l-red-700' : ''}`}
            >
              <div className="grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-start">
                <div>
                  <label htmlFor={name.input} className="block font-semibold">
                    Medicine name{rowLabel}
                  </label>
                  <FieldError id={name.error} message={nameError} />
                  <input
                    {...register(`order_items.${index}.name`)}
                    {...describedBy(name, { error: nameError })}
                    className={inputClass(nameError)}
                    autoComplete="off"
                  />
                </div>
                <div>
                  <label htmlFor={quantity.input} className="block font-semibold">
                    Quantity{rowLabel}
                  </label>
                  <FieldError id={quantity.error} message={quantityError} />
                  <input
                    {...register(`order_items.${index}.quantity`)}
                    {...describedBy(quantity, { error: quantityError })}
                    className={`${inputClass(quantityError)} max-w-32`}
                    inputMode="numeric"
                    autoComplete="off"
                  />
                </div>
                {fields.length > 1 && (
                  <button
                    type="button"
                    onClick={() => {
                      remove(index);
                      addButton.current?.focus();
                    }}
                    className="justify-self-start rounded-md px-1 py-2 font-semibold text-red-700 underline hover:bg-red-50 sm:mb-0.5 sm:self-end sm:px-3"
                  >
                    Remove<span className="sr-only"> medicine {index + 1}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {fields.length < ORDER_LIMITS.itemsMax ? (
        <button
          ref={addButton}
          type="button"
          onClick={() => append({ name: '', quantity: '' }, { focusName: `order_items.${fields.length}.name` })}
          className="mt-3 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Add another medicine
        </button>
      ) : (
        <p className="mt-3 text-sm text-slate-700">
          That is the most one order can hold ({ORDER_LIMITS.itemsMax} medicines).
        </p>
      )}
    </fieldset>
  );
}
