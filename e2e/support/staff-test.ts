// Playwright's `test` for staff suites: a pharmacist and an admin per worker, each signed in once
// through the real sign-in page, with the browser state saved and reused by every test.
import type { Browser } from '@playwright/test';
import path from 'node:path';
import type { Portal } from './portal';
import { type TestStaffMember, addStaffMember } from './staff';
import { test as base } from './test';

export interface SignedIn {
  member: TestStaffMember;
  /** The saved browser state (cookies) of this member's session. */
  storageState: string;
}

async function signInAndSave(browser: Browser, portal: Portal, member: TestStaffMember, file: string): Promise<string> {
  const context = await browser.newContext({ baseURL: portal.url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/staff/orders');
  await context.storageState({ path: file });
  await context.close();
  return file;
}

export const test = base.extend<{ staffRole: 'pharmacist' | 'admin' }, { pharmacist: SignedIn; admin: SignedIn }>({
  pharmacist: [
    async ({ portal, browser }, use, workerInfo) => {
      const member = await portal.withDatabase((db) => addStaffMember(db, 'pharmacist', 'Petra Pharmacist'));
      const file = path.join(workerInfo.project.outputDir, `.auth-pharmacist-${workerInfo.workerIndex}.json`);
      await use({ member, storageState: await signInAndSave(browser, portal, member, file) });
    },
    { scope: 'worker' },
  ],
  admin: [
    async ({ portal, browser }, use, workerInfo) => {
      const member = await portal.withDatabase((db) => addStaffMember(db, 'admin', 'Ada Admin'));
      const file = path.join(workerInfo.project.outputDir, `.auth-admin-${workerInfo.workerIndex}.json`);
      await use({ member, storageState: await signInAndSave(browser, portal, member, file) });
    },
    { scope: 'worker' },
  ],
  staffRole: ['pharmacist', { option: true }],
  storageState: async ({ staffRole, pharmacist, admin }, use) =>
    use(staffRole === 'admin' ? admin.storageState : pharmacist.storageState),
});

export { expect } from '@playwright/test';
