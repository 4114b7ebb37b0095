// Playwright's `test` with a portal per worker (the built app under `next start` on a fresh
// PGlite) and, per test, a client of the pharmacy network of its own.
import { test as base, expect } from '@playwright/test';
import { type TestClient, addClientWithKey } from './fixtures';
import { type Portal, startPortal } from './portal';

export const test = base.extend<{ client: TestClient; cspViolations: string[] }, { portal: Portal }>({
  portal: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Every browser comes from 127.0.0.1: the per-address limits would trip over the suite itself.
      const portal = await startPortal({ backend: 'pglite', env: { RATE_LIMIT_WEB_PER_MIN: '10000' } });
      await use(portal);
      await portal.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ portal }, use) => use(portal.url),
  client: async ({ portal }, use) => use(await portal.withDatabase((db) => addClientWithKey(db))),
  // Every test fails if the page broke its Content-Security-Policy (a script or style it refused).
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
          violations.push(message.text());
        }
      });
      await use(violations);
      expect(violations).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
