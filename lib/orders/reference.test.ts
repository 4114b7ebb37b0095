import { describe, expect, it } from 'vitest';
import { newReference } from './reference';
import { REFERENCE_PATTERN, normaliseReference } from './reference-format';

describe('order references', () => {
  it('are DN- and two groups of four Crockford characters, and do not repeat', () => {
    const references = Array.from({ length: 2000 }, newReference);
    for (const reference of references) expect(reference).toMatch(REFERENCE_PATTERN);
    expect(new Set(references).size).toBe(references.length);
  });

  it('survive the way people type them', () => {
    expect(normaliseReference('dn-7k3f-9q2m')).toBe('DN-7K3F-9Q2M');
    expect(normaliseReference(' DN 7K3F 9Q2M ')).toBe('DN-7K3F-9Q2M');
    expect(normaliseReference('DN-7K3F-OQIL')).toBe('DN-7K3F-0Q11');
  });
});
