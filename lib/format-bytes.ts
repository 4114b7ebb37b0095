// File sizes as people read them: 10 MiB, 512 KiB. Browser-safe.
const KiB = 1024;
const MiB = 1024 * KiB;

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= KiB) return `${Math.round(bytes / KiB)} KiB`;
  return `${bytes} bytes`;
}
