// The prescription file on the order page: photos shown, PDFs in the browser's viewer, HEIC (which
// most browsers cannot draw) offered for download; every one downloadable.
import { formatBytes } from '@/lib/format-bytes';
import type { StaffOrderDetails } from '@/lib/staff/order-details';

export function OrderFile({
  reference,
  file,
}: {
  reference: string;
  file: NonNullable<StaffOrderDetails['attachment']>;
}) {
  const url = `/api/staff/orders/${reference}/file`;
  const drawable = ['image/jpeg', 'image/png', 'image/webp'].includes(file.mediaType);
  return (
    <div>
      {drawable ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not an optimisable image
        <img
          src={url}
          alt={`The prescription as sent: ${file.fileName}`}
          className="max-h-[36rem] w-auto rounded-md border border-slate-300"
        />
      ) : file.mediaType === 'application/pdf' ? (
        <object
          data={url}
          type="application/pdf"
          aria-label={`The prescription PDF: ${file.fileName}`}
          className="h-[36rem] w-full rounded-md border border-slate-300"
        >
          <p className="p-4">
            This browser cannot show the PDF here. <a href={`${url}?download=1`}>Download it</a>.
          </p>
        </object>
      ) : (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-4">
          This photo is in HEIC format, which most browsers cannot show. Download it to open it.
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          {file.fileName} · {formatBytes(file.sizeBytes)}
        </span>
        <a href={url} target="_blank" rel="noopener">
          Open in a new tab
        </a>
        <a href={`${url}?download=1`}>Download</a>
      </p>
    </div>
  );
}
