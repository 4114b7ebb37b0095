// New order references: `DN-` and two groups of four Crockford base-32 characters (40 random bits),
// easy to read out on the phone. Uniqueness is the database's unique index; see create-order.ts.
import { CROCKFORD, randomCode } from '@/lib/random-code';

export function newReference(): string {
  const code = randomCode(8, CROCKFORD);
  return `DN-${code.slice(0, 4)}-${code.slice(4)}`;
}
