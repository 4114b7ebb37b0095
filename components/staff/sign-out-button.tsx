'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch('/api/auth/sign-out', { method: 'POST' }).catch(() => undefined);
        router.replace('/login');
        router.refresh();
      }}
      className="rounded-md border-2 border-slate-400 px-3 py-1 text-sm font-semibold text-slate-800 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
