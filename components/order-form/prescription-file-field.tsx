'use client';
// The prescription photo or PDF: chosen with the file picker (on a phone: the camera or the photo
// library) or dropped onto the field; shown with its name, size and, for photos, a thumbnail.
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { FieldError, describedBy, fieldIds } from '@/components/forms/form-field';
import { formatBytes } from '@/lib/format-bytes';
import { ACCEPT_ATTRIBUTE } from '@/lib/orders/attachment-rules';

const ids = fieldIds('file');
// Browsers can draw these; HEIC and PDF get an icon instead.
const PREVIEWABLE = ['image/jpeg', 'image/png', 'image/webp'];

export function PrescriptionFileField({
  file,
  onChange,
  error,
  maxUploadBytes,
  disabled,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  error?: string;
  maxUploadBytes: number;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<string>();

  useEffect(() => {
    if (!file || !PREVIEWABLE.includes(file.type)) return setPreview(undefined);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onChange(dropped);
  };

  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : ''}>
      <label htmlFor={ids.input} className="block text-base font-semibold text-slate-900">
        Prescription file
      </label>
      <p id={ids.hint} className="mt-1 text-sm text-slate-600">
        A photo (JPEG, PNG, WebP or HEIC) or a PDF of the paper prescription, up to {formatBytes(maxUploadBytes)}.
      </p>
      <FieldError id={ids.error} message={error} />
      {file ? (
        <div className="mt-2 flex items-center gap-4 rounded-md border-2 border-slate-300 bg-white p-3">
          {preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local object URL, not an optimisable image
            <img src={preview} alt="Preview of the chosen photo" className="size-16 shrink-0 rounded object-cover" />
          ) : (
            <span aria-hidden="true" className="grid size-16 shrink-0 place-items-center rounded bg-slate-100 text-2xl">
              {file.type === 'application/pdf' ? '📄' : '🖼️'}
            </span>
          )}
          <div className="min-w-0 flex-1">
            <p className="line-clamp-2 font-semibold break-all" title={file.name}>
              {file.name}
            </p>
            <p className="text-sm text-slate-600">{formatBytes(file.size)}</p>
          </div>
          <button
            ref={removeButton}
            type="button"
            disabled={disabled}
            onClick={() => {
              onChange(null);
              requestAnimationFrame(() => input.current?.focus());
            }}
            className="rounded-md px-3 py-2 font-semibold text-red-700 underline hover:bg-red-50"
          >
            Remove<span className="sr-only"> the file {file.name}</span>
          </button>
        </div>
      ) : (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="file-drop-zone"
          className={`mt-2 rounded-md border-2 border-dashed p-4 focus-within:outline-3 focus-within:outline-amber-500 ${
            dragging ? 'border-brand-700 bg-brand-50' : error ? 'border-red-700 bg-white' : 'border-slate-500 bg-white'
          }`}
        >
          <input
            ref={input}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            disabled={disabled}
            {...describedBy(ids, { hint: true, error })}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (!chosen) return;
              onChange(chosen);
              // The input gives way to the chosen file: keep the keyboard's place on its Remove button.
              requestAnimationFrame(() => removeButton.current?.focus());
            }}
            className="block w-full text-base file:mr-4 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-800"
          />
          <p className="mt-2 text-sm text-slate-600">or drag the file here</p>
        </div>
      )}
    </div>
  );
}
