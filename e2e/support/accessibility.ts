// An axe scan of the page as it stands; serious and critical violations fail the test.
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Saves a screenshot (not committed) under e2e/screenshots/, named after the page and the project. */
export async function saveScreenshot(page: Page, name: string, project: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}-${project}.png`, fullPage: true });
}
