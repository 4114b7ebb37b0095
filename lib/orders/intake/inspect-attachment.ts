// The prescription file: its type is read from its bytes (file-type), never from its name or the
// type the sender declared; its name is kept only as a safe display name.
import { fileTypeFromBuffer } from 'file-type';
import { NOT_ACCEPTED } from '@/lib/orders/attachment-rules';
import { structureProblem } from './file-structure';
import type { NewAttachment } from '@/lib/orders/create-order';
import type { ReceivedFile } from './received-order';

/** Accepted media types, with the extensions a display name may end in. */
const ACCEPTED: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'application/pdf': ['pdf'],
};

export async function inspectAttachment(file: ReceivedFile): Promise<NewAttachment | { problem: string }> {
  if (file.content.length === 0) {
    return { problem: 'The file is empty. Choose the photo or PDF of the prescription again.' };
  }
  const sniffed = await fileTypeFromBuffer(file.content);
  const extensions = sniffed ? ACCEPTED[sniffed.mime] : undefined;
  if (!sniffed || !extensions) return { problem: NOT_ACCEPTED };
  const structure = structureProblem(sniffed.mime, file.content);
  if (structure) return { problem: structure === 'damaged' ? DAMAGED : ACTIVE_CONTENT };
  return {
    fileName: safeFileName(file.fileName, extensions),
    mediaType: sniffed.mime,
    sizeBytes: file.content.length,
    sha256: file.sha256,
    content: file.content,
  };
}

const DAMAGED =
  'The file is damaged, or is not the photo or PDF it looks like. Take the photo again, or save the PDF again, and send that.';
const ACTIVE_CONTENT =
  'The PDF contains scripts or attached files, which the pharmacy cannot accept. Print it to a new PDF, or send a photo of the paper prescription.';

const MAX_NAME_CHARS = 120;
// Control characters, characters that Windows or shells treat specially, and the invisible
// direction marks that can make `gpj.exe` look like `exe.jpg`.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\/\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display name that is safe anywhere: the last path segment, without unsafe characters, at most
 * 120 characters, and ending in an extension that matches the content (`passwd` → `passwd.png`).
 */
export function safeFileName(original: string, extensions: string[]): string {
  const lastSegment = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = lastSegment
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!extension || !extensions.includes(extension)) name = `${name || 'prescription'}.${extensions[0]}`;
  if (name.length > MAX_NAME_CHARS) {
    const suffix = name.slice(name.lastIndexOf('.'));
    name = name.slice(0, MAX_NAME_CHARS - suffix.length) + suffix;
  }
  return name;
}
