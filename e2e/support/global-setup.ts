// Once per test run: build the app if its sources changed, and migrate one PGlite directory that
// every suite copies instead of running PGlite's initdb again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { buildIfNeeded } from '@/scripts/build-if-needed';

export default async function setup(): Promise<() => void> {
  buildIfNeeded();
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'drugnet-template-'));
  await (await openDatabase({ dataDir: template })).close();
  process.env.DRUGNET_TEST_PGLITE_TEMPLATE = template;
  return () => fs.rmSync(template, { recursive: true, force: true });
}
