// Pharmacy staff at work: the inbox, an order, its file, its statuses, the trail, and signing out.
import { expectNoSeriousAxeViolations, saveScreenshot } from './support/accessibility';
import { fixtureFile, orderForm, blobOf, send } from './support/order-requests';
import { TrackingPage } from './support/tracking-page';
import { expect, test } from './support/staff-test';
import type { TestClient } from './support/fixtures';
import type { Portal } from './support/portal';

async function apiOrder(portal: Portal, client: TestClient, medicine: string): Promise<string> {
  const form = orderForm({
    client_id: String(client.clientId),
    prescription: 'Please prepare the usual',
    order_items: JSON.stringify([
      { name: medicine, quantity: 30 },
      { name: 'Aspirin 100 mg', quantity: 100 },
    ]),
    insurance_card: 'TK 555-123',
  });
  form.append('file', blobOf(fixtureFile('prescription.png'), 'image/png'), 'rezept.png');
  const answer = await send(portal.url, { key: client.key, body: form });
  expect(answer.status).toBe(200);
  return String(answer.body.reference);
}

test('staff sign in on /login and land in the inbox', async ({ browser, portal, pharmacist }, testInfo) => {
  const context = await browser.newContext({ baseURL: portal.url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/staff/orders');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff%2Forders/);
  await page.getByLabel('Email').fill(pharmacist.member.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Enter a correct email address and password' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'staff-login', testInfo.project.name);
  await page.getByLabel('Password').fill(pharmacist.member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await context.close();
});

test('an order sent through the API is found, opened, worked, and the patient sees the message', async ({
  page,
  portal,
  client,
}, testInfo) => {
  await page.goto('/staff/orders');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  const medicine = `Simvastatin ${Date.now()}`;
  const reference = await apiOrder(portal, client, medicine);

  // New orders appear without a reload.
  await expect(page.getByRole('link', { name: reference })).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'staff-inbox', testInfo.project.name);

  // The status tab and the search find it.
  await page.getByRole('button', { name: /^Needs information/ }).click();
  await expect(page.getByRole('link', { name: reference })).toHaveCount(0);
  await page.getByRole('button', { name: /^Received/ }).click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await page.getByLabel('Search').fill(medicine.slice(0, 14).toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search').fill(reference.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { name: reference })).toBeVisible();
  await expect(page.getByRole('cell', { name: medicine })).toBeVisible();
  await expect(page.getByText('TK 555-123')).toBeVisible();
  const image = page.getByRole('img', { name: /The prescription as sent/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('radio', { name: 'In review' }).check();
  await page.getByLabel('Internal note').fill('Checking the dose with the doctor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('The order is now “In review”.');

  await page.getByRole('radio', { name: 'Needs information' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: /needs a message for them/ })).toBeVisible();
  await page.getByLabel(/Message for the patient/).fill('Please bring the second page of the prescription.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('The order is now “Needs information”.');

  const trail = page.getByRole('list', { name: 'Trail' });
  await expect(trail.getByRole('listitem')).toHaveText([
    /Sent the order \(API\).*API key/,
    /Viewed the order.*Petra Pharmacist/,
    /Viewed the file.*Petra Pharmacist/,
    /Received → In review.*Petra Pharmacist.*Note: Checking the dose/,
    /In review → Needs information.*To the patient: Please bring the second page/,
  ]);
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'staff-order', testInfo.project.name);

  const patient = await page
    .context()
    .browser()!
    .newContext({ baseURL: portal.url, storageState: { cookies: [], origins: [] } });
  const tracking = new TrackingPage(await patient.newPage());
  await tracking.lookUp(reference, client.clientId);
  await expect(tracking.status).toHaveText('Needs information');
  await expect(tracking.page.getByText('Please bring the second page of the prescription.')).toBeVisible();
  await expect(tracking.page.getByText('Checking the dose')).toHaveCount(0);
  await patient.close();
});

test('after signing out, every staff address sends you to sign in', async ({ browser, portal, pharmacist }) => {
  // A session of its own, so that signing out does not end the suite's saved one.
  const context = await browser.newContext({ baseURL: portal.url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(pharmacist.member.email);
  await page.getByLabel('Password').fill(pharmacist.member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  for (const path of [
    '/staff',
    '/staff/orders',
    '/staff/orders/DN-0000-0000',
    '/staff/admin/clients',
    '/staff/admin/staff',
  ]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login/);
  }
  const api = await page.request.get('/api/staff/orders');
  expect(api.status()).toBe(401);
  await context.close();
});

test.describe('as a pharmacist on admin pages', () => {
  test('the admin pages answer 403', async ({ page }) => {
    const response = await page.goto('/staff/admin/clients');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  });
});

test.describe('as an admin', () => {
  test.use({ staffRole: 'admin' });

  test('adds a client, creates a key shown once, and adds a staff member', async ({ page, portal }, testInfo) => {
    const clientId = String(Math.floor(Math.random() * 1e9) + 1e6);
    await page.goto('/staff/admin/clients');
    await page.getByLabel('Client ID').fill(clientId);
    await page.getByLabel('Name', { exact: true }).fill('Apotheke am Markt');
    await page.getByRole('button', { name: 'Add the client' }).click();
    await expect(page.getByRole('status')).toHaveText(`Client ${clientId} is added.`);
    await expect(page.getByRole('rowheader', { name: clientId })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'staff-clients', testInfo.project.name);

    await page.getByRole('link', { name: `API keys of client ${clientId}` }).click();
    await page.getByLabel('Label for a new key').fill('shop system');
    await page.getByRole('button', { name: 'Create a key' }).click();
    const key = (await page.getByTestId('new-api-key').textContent())!.trim();
    expect(key).toMatch(/^dn_[a-z2-7]{8}_[a-z2-7]{32}$/);
    const answer = await send(portal.url, {
      key,
      body: orderForm({ client_id: clientId, prescription: 'First order' }),
    });
    expect(answer.status).toBe(200);
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'staff-api-keys', testInfo.project.name);

    await page.goto('/staff/admin/staff');
    await page.getByLabel('Name', { exact: true }).fill('Nora New');
    await page.getByLabel('Email').fill(`nora-${clientId}@pharmacy.test`);
    await page.getByLabel('First password').fill('a long enough password');
    await page.getByRole('button', { name: 'Add the staff member' }).click();
    await expect(page.getByRole('status')).toHaveText(/Nora New can now sign in/);
    await expect(page.getByRole('rowheader', { name: 'Nora New' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'staff-members', testInfo.project.name);
  });
});
