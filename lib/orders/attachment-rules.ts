// Which prescription files are accepted, worded once for the browser's check and the server's.
// Browser-safe. The server decides by the file's bytes; the browser can only go by type and name.
import { formatBytes } from '@/lib/format-bytes';

export const ACCEPTED_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
];

/** For the file input's `accept`: phones offer the camera and the photo library for these. */
export const ACCEPT_ATTRIBUTE = [
  ...ACCEPTED_MEDIA_TYPES,
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.heic',
  '.heif',
  '.pdf',
].join(',');

export const NOT_ACCEPTED =
  'The file must be a photo (JPEG, PNG, WebP or HEIC) or a PDF of the prescription. Choose another file.';

export function fileTooLargeMessage(maxBytes: number): string {
  return `The file is larger than ${formatBytes(maxBytes)}. Choose a smaller photo or PDF of the prescription.`;
}

/** What is wrong with a chosen file, as far as the browser can tell; undefined when nothing is. */
export function fileProblemInBrowser(file: { name: string; type: string; size: number }, maxBytes: number) {
  const knownType = ACCEPTED_MEDIA_TYPES.includes(file.type.toLowerCase());
  // Some browsers give HEIC photos no type at all: the name is all there is to go by.
  const knownName = /\.(jpe?g|png|webp|heic|heif|pdf)$/i.test(file.name);
  if (!knownType && !(file.type === '' && knownName)) return NOT_ACCEPTED;
  if (file.size === 0) return 'The file is empty. Choose the photo or PDF of the prescription again.';
  if (file.size > maxBytes) return fileTooLargeMessage(maxBytes);
  return undefined;
}
