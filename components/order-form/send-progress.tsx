// How far the order's upload has got, for a screen reader too (a labelled progressbar).
export function SendProgress({ fraction }: { fraction: number }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="mt-4" aria-live="polite">
      <p id="send-progress-label" className="text-sm font-semibold text-slate-800">
        {percent < 100 ? `Sending your order… ${percent}%` : 'Sent, waiting for the pharmacy to confirm…'}
      </p>
      <div
        role="progressbar"
        aria-labelledby="send-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
