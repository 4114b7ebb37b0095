// Builds the app when its sources changed since the last build (or it was never built), so that
// `npm start` and `npm test` work on a fresh clone and a second start does not rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = path.join('.next', 'drugnet-sources.sha256');
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function sourcesHash(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    if (fs.statSync(entry).isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else if (!isTest(entry)) {
      hash.update(entry).update('\0').update(fs.readFileSync(entry)).update('\0');
    }
  };
  INPUTS.forEach(visit);
  return hash.digest('hex');
}

/** Runs `next build` unless the last build was made from exactly these sources. */
export function buildIfNeeded(): void {
  const hash = sourcesHash();
  const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(STAMP);
  if (built && fs.readFileSync(STAMP, 'utf8') === hash) return;
  console.log('Building the portal (first start, or its sources changed)…');
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed; see its output above.');
  fs.writeFileSync(STAMP, hash);
}
