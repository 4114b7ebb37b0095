import { expectNoSeriousAxeViolations, saveScreenshot } from './support/accessibility';
import { expect, test } from './support/test';

test('the API page explains the endpoint from the OpenAPI description, offline', async ({ page }, testInfo) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(testInfo.project.use.baseURL ?? page.url().slice(0, 0))) external.push(request.url());
  });
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1, name: 'Send Order Request' })).toBeVisible();
  for (const section of ['Authentication', 'Request', 'Examples', 'Responses', 'Safe retries', 'Rate limits']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole('rowheader', { name: 'order_items' }).first()).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'request_empty' })).toBeVisible();
  await expect(page.getByLabel('curl example')).toContainText('--form \'file=@"YOUR FILE"\'');
  await expect(page.getByRole('link', { name: '/openapi.json' })).toHaveAttribute('href', '/openapi.json');
  expect(external.filter((url) => !url.includes('127.0.0.1'))).toEqual([]);

  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'api-docs', testInfo.project.name);
});

test('the OpenAPI description is served as JSON', async ({ request }) => {
  const response = await request.get('/openapi.json');
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths['/send_request_web'].post.requestBody.content)).toEqual([
    'multipart/form-data',
    'application/json',
    'application/x-www-form-urlencoded',
  ]);
});
