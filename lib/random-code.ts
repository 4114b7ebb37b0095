// Random codes in base-32 alphabets: API keys (RFC 4648, lower case) and order references
// (Crockford: no I, L, O or U, so that a reference read aloud or copied by hand survives).
import { randomBytes } from 'node:crypto';

export const RFC4648_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` characters, each carrying 5 random bits. */
export function randomCode(length: number, alphabet: string): string {
  const bytes = randomBytes(Math.ceil((length * 5) / 8));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < length) {
      code += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}
