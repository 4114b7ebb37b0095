// multipart/form-data, parsed as it streams in (busboy): the limits are enforced while the bytes
// arrive, so an oversized upload is refused after at most its first limit's worth of bytes and is
// never held in memory. Only the `file` part's bytes are kept.
import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  type ReceivedFile,
  type ReceivedOrder,
  bodyTooLarge,
  fieldSentTwice,
  fileTooLarge,
  intakeLimits,
  malformed,
} from './received-order';
import { formatBytes } from '@/lib/format-bytes';
import { ApiError } from '@/lib/http/api-error';
import { isOrderField } from '@/lib/orders/order-schema';

export async function readMultipart(request: Request): Promise<ReceivedOrder> {
  const limits = intakeLimits();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      defParamCharset: 'utf8', // file names from curl, PHP and requests are UTF-8
      limits: {
        fileSize: limits.fileBytes,
        files: 1,
        fields: limits.fields,
        parts: limits.fields + 1,
        fieldSize: limits.fieldBytes,
      },
    });
  } catch {
    throw malformed('The multipart body has no boundary in its Content-Type. Let your HTTP client set the header.');
  }

  const values: Record<string, string> = {};
  const files: Promise<ReceivedFile | undefined>[] = [];
  // The first problem wins: it aborts the upload, and the rest of the body is never read. (Deferred:
  // busboy is still inside its own write when it reports a limit.)
  const fail = (error: ApiError) => process.nextTick(() => parser.destroy(error));

  let fileProblem: string | undefined;

  parser.on('field', (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated) {
      return fail(
        new ApiError('payload_too_large', `The field ${name} is larger than ${formatBytes(limits.fieldBytes)}.`),
      );
    }
    if (name === 'file') fileProblem = FILE_AS_TEXT;
    if (!isOrderField(name)) return; // unknown fields are ignored
    if (Object.hasOwn(values, name)) return fail(fieldSentTwice(name));
    values[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file') return void stream.resume(); // an unknown field: ignored
    files.push(collectFile(stream, info.filename ?? '', () => fail(fileTooLarge(limits.fileBytes))));
  });
  parser.on('filesLimit', () => fail(malformed('Send at most one file per order.')));
  parser.on('fieldsLimit', () => fail(malformed(`Send at most ${limits.fields} fields.`)));
  parser.on('partsLimit', () => fail(malformed(`Send at most ${limits.fields} fields and one file.`)));

  try {
    await pipeline(
      Readable.fromWeb((request.body ?? emptyStream()) as NodeReadableStream<Uint8Array>),
      byteLimit(limits.multipartBytes),
      parser,
    );
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw malformed(`The multipart body could not be read (${(error as Error).message}). Check how it is encoded.`);
  }
  const [file] = (await Promise.all(files)).filter((received) => received !== undefined);
  return { values, file, fileProblem: file ? undefined : fileProblem };
}

const FILE_AS_TEXT =
  'The file was sent as text, not as a file. Upload it as a file part (with curl: --form file=@photo.jpg).';

function collectFile(stream: Readable & { truncated?: boolean }, fileName: string, onLimit: () => void) {
  return new Promise<ReceivedFile | undefined>((resolve) => {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      chunks.push(chunk);
      size += chunk.length;
    });
    stream.on('limit', onLimit);
    stream.on('error', () => undefined); // the parser's failure, already reported by the pipeline
    stream.on('close', () => {
      // A browser form's empty file input still sends a part: no name, no bytes. That is no file.
      if (stream.truncated || (size === 0 && fileName === '')) return resolve(undefined);
      const content = Buffer.concat(chunks, size);
      chunks.length = 0; // one copy of the file, not two, while it waits to be stored
      resolve({ fileName, content, sha256: hash.digest('hex') });
    });
  });
}

/** Counts the body's bytes and fails the upload as soon as it passes `maxBytes`. */
function byteLimit(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      total += chunk.length;
      if (total > maxBytes) return callback(bodyTooLarge(maxBytes));
      callback(null, chunk);
    },
  });
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
