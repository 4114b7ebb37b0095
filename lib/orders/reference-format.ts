// The shape of an order reference, and how a typed one is read. Browser-safe.
export const REFERENCE_PATTERN = /^DN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

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
