// Serving a prescription file to staff: the stored bytes with the stored (sniffed) media type, a safe
// encoded name, and headers that keep a browser from ever treating it as a page of the portal.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { attachments } from '@/db/schema';

/** RFC 6266: an ASCII fallback, and the real name UTF-8-encoded (RFC 5987). */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function attachmentResponse(
  db: Database,
  orderId: number,
  disposition: 'inline' | 'attachment',
): Promise<Response | undefined> {
  const [file] = await db.select().from(attachments).where(eq(attachments.orderId, orderId));
  if (!file) return undefined;
  // Chrome's PDF viewer does not run in a sandboxed document; images are sandboxed as well.
  const sandbox = file.mediaType === 'application/pdf' ? '' : '; sandbox';
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': contentDisposition(disposition, file.fileName),
      'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${sandbox}`,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'private, no-store',
    },
  });
}
