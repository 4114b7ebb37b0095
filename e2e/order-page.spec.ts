// The patient's order page, in a real browser against `next start`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ordersMarked, storedOrder } from './support/fixtures';
import { expectNoSeriousAxeViolations, saveScreenshot } from './support/accessibility';
import { noisePng } from './support/noise-png';
import { fixtureFile, uniqueMarker } from './support/order-requests';
import { OrderPage } from './support/order-page';
import { expect, test } from './support/test';

const png = fixtureFile('prescription.png');

test('a patient sends two medicines and a photo, and the order is stored whole', async ({
  page,
  portal,
  client,
}, testInfo) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'order-page', testInfo.project.name);

  const marker = uniqueMarker();
  await orderPage.fill({
    clientId: String(client.clientId),
    prescription: `Amoxicillin course ${marker}`,
    medicines: [
      { name: 'Amoxicillin 500 mg', quantity: '21' },
      { name: 'Ibuprofen 400 mg', quantity: '2' },
    ],
    insuranceCard: 'AOK 1234-5678',
    file: { name: 'prescription.png', mimeType: 'image/png', buffer: png },
  });
  await expect(page.getByText('prescription.png', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Preview of the chosen photo' })).toBeVisible();
  await saveScreenshot(page, 'order-page-filled', testInfo.project.name);
  await orderPage.send.click();

  const reference = await orderPage.sentReference();
  expect(reference).toMatch(/^DN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(page.getByRole('heading', { name: 'Order sent' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Follow your order' })).toHaveAttribute(
    'href',
    `/orders/track?reference=${reference}`,
  );
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'order-sent', testInfo.project.name);

  const stored = await portal.withDatabase((db) => storedOrder(db, reference));
  expect(stored).toMatchObject({ clientId: client.clientId, channel: 'web', insuranceCard: 'AOK 1234-5678' });
  expect(stored!.items.map(({ name, quantity }) => ({ name, quantity }))).toEqual([
    { name: 'Amoxicillin 500 mg', quantity: 21 },
    { name: 'Ibuprofen 400 mg', quantity: 2 },
  ]);
  expect(stored!.attachment!.content.equals(png)).toBe(true);
  expect(stored!.attachment!.mediaType).toBe('image/png');
});

test('an empty order shows the problems in a summary and beside each field, then goes once fixed', async ({
  page,
  portal,
  client,
}, testInfo) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  await orderPage.send.click();

  await expect(orderPage.errorSummary).toBeFocused();
  await expect(orderPage.errorSummary.getByRole('link')).toHaveText([
    'Enter your client ID',
    'Enter a prescription or reason, add a medicine, or choose a photo or PDF of the prescription',
  ]);
  await expect(orderPage.clientId).toHaveAttribute('aria-invalid', 'true');
  await expect(orderPage.clientId).toHaveAccessibleDescription(/Enter your client ID/);
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'order-page-errors', testInfo.project.name);

  // Each link takes the patient to the field to fix.
  await orderPage.errorSummary.getByRole('link', { name: 'Enter your client ID' }).click();
  await expect(orderPage.clientId).toBeFocused();

  await orderPage.fill({ clientId: 'abc', medicines: [{ name: 'Paracetamol', quantity: '0' }] });
  await orderPage.send.click();
  await expect(orderPage.errorSummary.getByRole('link')).toHaveText([
    'Enter your client ID using digits only, for example 28378',
    'Enter a quantity between 1 and 1000, as a whole number',
  ]);
  await orderPage.errorSummary.getByRole('link', { name: /Enter a quantity/ }).click();
  await expect(orderPage.quantity(0)).toBeFocused();

  const marker = uniqueMarker();
  await orderPage.clientId.fill(String(client.clientId));
  await orderPage.quantity(0).fill('2');
  await orderPage.prescription.fill(marker);
  await orderPage.send.click();
  const reference = await orderPage.sentReference();
  expect((await portal.withDatabase((db) => storedOrder(db, reference)))?.prescription).toBe(marker);
});

test('a problem only the server can see lands on its field, and nothing typed is lost', async ({ page, portal }) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  const marker = uniqueMarker();
  await orderPage.fill({
    clientId: '2147483000', // no such client: only the server knows
    prescription: marker,
    medicines: [{ name: 'Salbutamol inhaler', quantity: '1' }],
    file: { name: 'prescription.png', mimeType: 'image/png', buffer: png },
  });
  await orderPage.send.click();

  await expect(orderPage.errorSummary).toBeFocused();
  await expect(orderPage.errorSummary.getByRole('link')).toHaveText([
    'There is no active client with this ID. Check the client ID and try again.',
  ]);
  await expect(orderPage.clientId).toHaveAccessibleDescription(/There is no active client with this ID/);
  await expect(orderPage.clientId).toHaveValue('2147483000');
  await expect(orderPage.prescription).toHaveValue(marker);
  await expect(orderPage.medicineName(0)).toHaveValue('Salbutamol inhaler');
  await expect(page.getByText('prescription.png', { exact: true })).toBeVisible();
  expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(0);
});

test('a large photo shows how far the upload has got', async ({ page, client }) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drugnet-photo-')), 'large-photo.png');
  fs.writeFileSync(photo, noisePng(5 * 1024 * 1024));
  await orderPage.fill({ clientId: String(client.clientId), prescription: uniqueMarker(), file: photo });

  // A phone's upload speed: 5 MB takes a few seconds.
  const network = await page.context().newCDPSession(page);
  await network.send('Network.enable');
  await network.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1.5 * 1024 * 1024,
  });
  await orderPage.page.getByRole('button', { name: 'Send order' }).click();

  const progress = page.getByRole('progressbar', { name: /Sending your order/ });
  await expect(progress).toBeVisible();
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 10_000 })
    .toBeGreaterThan(10);
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await expect(page.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  await orderPage.sentReference();
});

test('a double click on Send makes one order', async ({ page, portal, client }) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  const marker = uniqueMarker();
  await orderPage.fill({
    clientId: String(client.clientId),
    prescription: marker,
    file: { name: 'p.png', mimeType: 'image/png', buffer: png },
  });
  await orderPage.send.dblclick();
  await orderPage.sentReference();
  expect(await portal.withDatabase((db) => ordersMarked(db, marker))).toBe(1);
});

test('a file the pharmacy cannot read is refused in the browser, before sending', async ({ page }) => {
  const orderPage = new OrderPage(page);
  await orderPage.goto();
  await orderPage.fill({
    clientId: '28378',
    file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') },
  });
  await orderPage.send.click();
  await expect(orderPage.errorSummary.getByRole('link')).toHaveText([
    'The file must be a photo (JPEG, PNG, WebP or HEIC) or a PDF of the prescription. Choose another file.',
  ]);
  await orderPage.page.getByRole('button', { name: /Remove the file/ }).click();
  await expect(orderPage.file).toBeFocused();
});
