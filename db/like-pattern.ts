// An ILIKE pattern that finds `term` anywhere, with LIKE's own wildcards in it taken literally.
export const containing = (term: string): string => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
