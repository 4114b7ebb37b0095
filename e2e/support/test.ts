// Playwright's `test` with a portal per worker: the built app under `next start` on a fresh PGlite.
import { test as base } from '@playwright/test';
import { type Portal, startPortal } from './portal';

export const test = base.extend<object, { portal: Portal }>({
  portal: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const portal = await startPortal({ backend: 'pglite' });
      await use(portal);
      await portal.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ portal }, use) => use(portal.url),
});

export { expect } from '@playwright/test';
