// Large uploads are taken a few at a time. An order's file is held in memory until it is stored, so
// twenty 10 MB photos at once would cost twenty times that (and more: the copies the database driver
// makes). Past the limit a large upload waits, unread, in the kernel's socket buffers, which slows
// the client down instead of growing the server.
import { config } from '@/lib/config';

const SMALL_BODY_BYTES = 1024 * 1024;

let active = 0;
const waiting: Array<() => void> = [];

/** Waits for a slot if the request's body is large (or of unknown length); returns its release. */
export async function takeUploadSlot(request: Request): Promise<() => void> {
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (length <= SMALL_BODY_BYTES) return () => undefined;
  if (active >= config().MAX_CONCURRENT_UPLOADS) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    active--;
    waiting.shift()?.();
  };
}
