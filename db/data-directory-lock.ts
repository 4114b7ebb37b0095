// One process at a time may open an embedded (PGlite) data directory: two were seen to corrupt it.
// On Linux the lock is a listening socket in the abstract namespace, named after the directory:
// the kernel frees it when the holder exits, even on SIGKILL, so there is never a stale lock, and
// the second opener learns the holder's pid without touching any file in the directory.
// Elsewhere a pid file inside the directory stands in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export class DataDirectoryLockedError extends Error {
  constructor(dir: string, holder: string) {
    super(
      `The embedded database in ${dir} is in use by ${holder}. ` +
        'Stop that process first (only one server or admin command may open it), or set DATABASE_URL.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

export type ReleaseLock = () => Promise<void>;

export async function lockDataDirectory(dir: string): Promise<ReleaseLock> {
  fs.mkdirSync(dir, { recursive: true });
  const realDir = fs.realpathSync(dir);
  return process.platform === 'linux' ? lockWithAbstractSocket(realDir) : lockWithPidFile(realDir);
}

async function lockWithAbstractSocket(dir: string): Promise<ReleaseLock> {
  const name = `\0drugnet-pglite-${createHash('sha256').update(dir).digest('hex').slice(0, 32)}`;
  const server = net.createServer((socket) => socket.end(String(process.pid)));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(name, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new DataDirectoryLockedError(dir, await describeHolder(name));
  }
  server.unref(); // the lock must not keep a finished process alive
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/** Asks the holder for its pid; the answer only makes the message more useful. */
function describeHolder(name: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(name);
    let answer = '';
    const done = () => resolve(/^\d+$/.test(answer) ? `process ${answer}` : 'another process');
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

async function lockWithPidFile(dir: string): Promise<ReleaseLock> {
  const lockFile = path.join(dir, 'drugnet.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return async () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (isAlive(holder)) throw new DataDirectoryLockedError(dir, `process ${holder}`);
      fs.rmSync(lockFile, { force: true }); // left by a process that died
    }
  }
  throw new DataDirectoryLockedError(dir, 'another process');
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
