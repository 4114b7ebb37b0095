// Whether a file is what its first bytes claim, all the way through: a PNG signature glued onto a
// program, or a PDF that carries scripts, is refused. file-type reads the signature; this walks
// the container (PNG chunks and their CRCs, JPEG segments, RIFF and ISO-BMFF boxes, the PDF's
// streams) without decoding any image.
import zlib from 'node:zlib';

export type StructureProblem = 'damaged' | 'active_content';

export function structureProblem(mediaType: string, bytes: Buffer): StructureProblem | undefined {
  switch (mediaType) {
    case 'image/png':
      return wholePng(bytes) ? undefined : 'damaged';
    case 'image/jpeg':
      return wholeJpeg(bytes) ? undefined : 'damaged';
    case 'image/webp':
      return bytes.length >= 12 && bytes.readUInt32LE(4) + 8 === bytes.length ? undefined : 'damaged';
    case 'image/heic':
    case 'image/heif':
      return wholeIsoBoxes(bytes) ? undefined : 'damaged';
    case 'application/pdf':
      return pdfProblem(bytes);
    default:
      return 'damaged';
  }
}

/** Every chunk's length and CRC hold, from IHDR to IEND, and nothing follows IEND. */
function wholePng(bytes: Buffer): boolean {
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (first && type !== 'IHDR') return false;
    if (zlib.crc32(bytes.subarray(offset + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) return false;
    if (type === 'IEND') return end === bytes.length;
    first = false;
    offset = end;
  }
  return false;
}

/**
 * The segments before the image data chain up properly, and an end-of-image marker follows. Data
 * after it is allowed: phones append a second picture or depth map there.
 */
function wholeJpeg(bytes: Buffer): boolean {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return false;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2) return false;
    if (marker === 0xda) return bytes.includes(Buffer.from([0xff, 0xd9]), offset + 2 + length); // start of scan
    offset += 2 + length;
  }
  return false;
}

/** The boxes chain exactly to the end of the file, starting with `ftyp`. */
function wholeIsoBoxes(bytes: Buffer): boolean {
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    let size = bytes.readUInt32BE(offset);
    if (offset === 0 && bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
    if (size === 1) {
      if (offset + 16 > bytes.length) return false;
      size = Number(bytes.readBigUInt64BE(offset + 8));
    } else if (size === 0) {
      return true; // the last box runs to the end of the file
    }
    if (size < 8) return false;
    offset += size;
  }
  return offset === bytes.length;
}

// Names a prescription has no use for, which make a PDF run code or carry other files.
const ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)\b/;
const INFLATE_BUDGET = 32 * 1024 * 1024;

/**
 * A PDF must end in %%EOF and carry no active content, looked for in the file and in its compressed
 * streams (where object streams hide dictionaries); a stream that inflates past the budget, a
 * decompression bomb, is refused as well.
 */
function pdfProblem(bytes: Buffer): StructureProblem | undefined {
  if (!bytes.subarray(-1024).includes('%%EOF')) return 'damaged';
  const text = bytes.toString('latin1');
  if (ACTIVE.test(withoutNameEscapes(text))) return 'active_content';
  let budget = INFLATE_BUDGET;
  const streams = /(?<!end)stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let inflated: Buffer;
    try {
      inflated = zlib.inflateSync(bytes.subarray(start, end), { maxOutputLength: budget });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'active_content';
      continue; // not Flate-compressed (an image): nothing to read in it
    }
    budget -= inflated.length;
    if (ACTIVE.test(withoutNameEscapes(inflated.toString('latin1')))) return 'active_content';
    streams.lastIndex = end;
  }
  return undefined;
}

/** PDF names may spell a character as #xx (`/J#61vaScript`). */
const withoutNameEscapes = (text: string) =>
  text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
