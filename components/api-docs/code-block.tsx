export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-semibold text-slate-700">{label}</figcaption>
      <pre
        tabIndex={0}
        aria-label={`${label} example`}
        className="mt-1 overflow-x-auto rounded-lg bg-slate-900 p-4 text-slate-100"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
