// Order references: `DN-` and two groups of four Crockford base-32 characters (40 random bits),
// easy to read out on the phone. Uniqueness is the database's unique index; see create-order.ts.
import { CROCKFORD, randomCode } from '@/lib/random-code';

export const REFERENCE_PATTERN = /^DN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function newReference(): string {
  const code = randomCode(8, CROCKFORD);
  return `DN-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A reference as a person may type it: any case, spaces, and the letters Crockford reads as digits. */
export function normaliseReference(typed: string): string {
  const code = typed
    .toUpperCase()
    .replace(/^\s*DN/, '')
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return code.length === 8 ? `DN-${code.slice(0, 4)}-${code.slice(4)}` : typed.trim().toUpperCase();
}
