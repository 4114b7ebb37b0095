// Before the browser suites: build the app if its sources changed, and make the migrated PGlite
// template that each worker's portal copies.
import setup from './global-setup';

export default async function playwrightGlobalSetup(): Promise<() => void> {
  return setup();
}
