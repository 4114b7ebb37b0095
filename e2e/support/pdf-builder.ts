// Small PDFs for tests, built object by object with a correct cross-reference table.
import zlib from 'node:zlib';

export function buildPdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, index) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.from(object), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** A Flate-compressed stream object holding `content`. */
export function flateStream(content: Buffer | string, dictionary = ''): Buffer {
  const data = zlib.deflateSync(content);
  return Buffer.concat([
    Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode ${dictionary}>>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

const page = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const leaf = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>';

export const pdfWithOpenActionScript = () =>
  buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    page,
    leaf,
    '<< /S /JavaScript /JS (app.alert(1)) >>',
  ]);

/** The script's dictionary hidden in a compressed object stream, its name spelt with #xx escapes. */
export const pdfWithHiddenScript = () =>
  buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    page,
    leaf,
    flateStream('4 0 << /S /J#61vaScript /JS (app.alert(1)) >>', '/Type /ObjStm /N 1 /First 4 '),
  ]);

/** A stream that inflates to 100 MiB of zeros from about 100 KiB. */
export const pdfWithDecompressionBomb = () =>
  buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', page, leaf, flateStream(Buffer.alloc(100 * 1024 * 1024))]);

export const plainPdf = () =>
  buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', page, leaf, flateStream('BT /F1 12 Tf 10 50 Td (Paracetamol) Tj ET')]);
