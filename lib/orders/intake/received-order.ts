// What the body readers hand on: the order's raw values, as sent, and the file's bytes. Nothing in
// here has been validated yet; the readers only enforce the size limits and the body's syntax.
import { config } from '@/lib/config';
import { formatBytes } from '@/lib/format-bytes';
import { fileTooLargeMessage } from '@/lib/orders/attachment-rules';
import { ApiError } from '@/lib/http/api-error';

export interface ReceivedFile {
  /** The name the sender gave, unsanitised: for display only, after inspect-attachment. */
  fileName: string;
  content: Buffer;
  sha256: string;
}

export interface ReceivedOrder {
  values: Record<string, unknown>;
  file?: ReceivedFile;
  /** Why the `file` value could not be read (bad base64, …): reported with the other field errors. */
  fileProblem?: string;
}

const MiB = 1024 * 1024;

export function intakeLimits() {
  const fileBytes = config().MAX_UPLOAD_BYTES;
  return {
    fileBytes,
    /** The file plus room for the fields and part headers. */
    multipartBytes: fileBytes + MiB,
    /** Base64 makes the file a third larger. */
    jsonBytes: Math.ceil((fileBytes * 4) / 3) + MiB,
    urlencodedBytes: MiB,
    fieldBytes: 256 * 1024,
    fields: 64,
  };
}

export function bodyTooLarge(limit: number): ApiError {
  return new ApiError(
    'payload_too_large',
    `The request body is larger than ${formatBytes(limit)}. Send a smaller file.`,
  );
}

export function fileTooLarge(limit: number): ApiError {
  return new ApiError('payload_too_large', fileTooLargeMessage(limit));
}

export function malformed(message: string): ApiError {
  return new ApiError('malformed_request', message);
}

export function fieldSentTwice(name: string): ApiError {
  return malformed(`The field ${name} was sent more than once. Send each field once.`);
}
