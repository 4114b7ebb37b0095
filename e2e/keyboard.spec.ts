// The whole patient flow on a 375 × 667 phone screen, by keyboard alone: send an order with two
// medicines and a photo, follow it, and cancel it.
import type { Locator, Page } from '@playwright/test';
import { fixturePath } from './support/order-requests';
import { OrderPage } from './support/order-page';
import { TrackingPage } from './support/tracking-page';
import { expect, test } from './support/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('send, follow and cancel an order by keyboard alone on a phone', async ({ page, client }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the keyboard flow is the phone-sized one');
  expect(page.viewportSize()).toEqual({ width: 375, height: 667 });
  const orderPage = new OrderPage(page);
  await orderPage.goto();

  await tabTo(page, orderPage.clientId);
  await page.keyboard.type(String(client.clientId));
  await page.keyboard.press('Tab');
  await expect(orderPage.prescription).toBeFocused();
  await page.keyboard.type('Repeat prescription');
  await page.keyboard.press('Tab');
  await expect(orderPage.medicineName(0)).toBeFocused();
  await page.keyboard.type('Levothyroxine 50 mcg');
  await page.keyboard.press('Tab');
  await page.keyboard.type('28');
  await tabTo(page, orderPage.addMedicine);
  await page.keyboard.press('Enter');
  await expect(orderPage.medicineName(1)).toBeFocused();
  await page.keyboard.type('Vitamin D 1000 IU');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');

  await tabTo(page, orderPage.file);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(fixturePath('prescription.jpg'));
  await expect(page.getByRole('button', { name: /Remove the file prescription.jpg/ })).toBeFocused();

  await tabTo(page, orderPage.send);
  await page.keyboard.press('Enter');
  const reference = await orderPage.sentReference();
  await expect(page.getByRole('heading', { name: 'Order sent' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Follow your order' }));
  await page.keyboard.press('Enter');
  const tracking = new TrackingPage(page);
  await expect(tracking.reference).toHaveValue(reference);
  await tabTo(page, tracking.clientId);
  await page.keyboard.type(String(client.clientId));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Order ${reference}` })).toBeFocused();
  await expect(tracking.status).toHaveText('Received');

  await tabTo(page, page.getByRole('button', { name: 'Cancel this order' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, cancel the order' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tracking.status).toHaveText('Cancelled');
});
