import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_ACCEPTED } from '@/lib/orders/attachment-rules';
import { inspectAttachment, safeFileName } from './inspect-attachment';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../../../e2e/fixtures', name));
const received = (fileName: string, content: Buffer) => ({ fileName, content, sha256: 'test' });

describe('inspecting the prescription file', () => {
  it.each([
    ['prescription.png', 'image/png'],
    ['prescription.jpg', 'image/jpeg'],
    ['prescription.webp', 'image/webp'],
    ['prescription.heic', 'image/heic'],
    ['prescription.pdf', 'application/pdf'],
  ])('recognises %s by its bytes as %s', async (name, mediaType) => {
    const inspected = await inspectAttachment(received('scan', fixture(name)));
    expect(inspected).toMatchObject({ mediaType, sizeBytes: fixture(name).length });
  });

  it('goes by the bytes, not by the name', async () => {
    const pdfNamedPng = await inspectAttachment(received('photo.png', fixture('prescription.pdf')));
    expect(pdfNamedPng).toMatchObject({ mediaType: 'application/pdf', fileName: 'photo.png.pdf' });
    const textNamedPng = await inspectAttachment(received('photo.png', Buffer.from('just some text')));
    expect(textNamedPng).toEqual({ problem: NOT_ACCEPTED });
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expect(await inspectAttachment(received('x.jpg', elf))).toEqual({ problem: NOT_ACCEPTED });
  });

  it('refuses an empty file', async () => {
    expect(await inspectAttachment(received('x.png', Buffer.alloc(0)))).toHaveProperty('problem');
  });
});

describe('display names', () => {
  it.each([
    ['../../etc/passwd', 'passwd.png'],
    ['C:\\Users\\ana\\scan.PNG', 'scan.PNG'],
    ['rx\u202Egnp.exe', 'rxgnp.exe.png'],
    ['  .hidden  ', 'hidden.png'],
    ['a<b>:c"|?*.png', 'abc.png'],
    ['', 'prescription.png'],
    ['ordonnance médicale.png', 'ordonnance médicale.png'],
  ])('%j becomes %j', (original, safe) => {
    expect(safeFileName(original, ['png'])).toBe(safe);
  });

  it('keeps long names to 120 characters, with their extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.jpeg`, ['jpg', 'jpeg']);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});
