// A 1 GB upload streamed without Content-Length: how long until the server answers 413, and how much
// its resident memory moved meanwhile.
import { residentDuring, uploadUntilAnswered } from '@/e2e/support/memory';
import type { Portal } from '@/e2e/support/portal';

export async function measureHugeUpload(portal: Portal, apiKey: string): Promise<string> {
  const started = performance.now();
  const { result, before, peak } = await residentDuring(portal.pid(), () =>
    uploadUntilAnswered(portal.url, apiKey, 1024 * 1024 * 1024),
  );
  const elapsed = performance.now() - started;
  return (
    `answered ${result.status} in ${elapsed.toFixed(0)} ms, after ${result.sentMiB} MiB had been sent; server resident ` +
    `memory ${before.toFixed(0)} MiB before, at most ${peak.toFixed(0)} MiB meanwhile (+${(peak - before).toFixed(0)} MiB)`
  );
}
