// What a patient's phone downloads before the order page works: its JavaScript, compressed as the
// browser receives it. The budget keeps it small on a slow connection; the figure is printed.
import { expect, test } from './support/test';

const BUDGET_KIB = 200;

test('the order page’s first-load JavaScript stays within its budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'measured once');
  const network = await page.context().newCDPSession(page);
  await network.send('Network.enable');
  const scripts = new Map<string, string>();
  let transferred = 0;
  network.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, event.response.url);
  });
  network.on('Network.loadingFinished', (event) => {
    if (scripts.has(event.requestId)) transferred += event.encodedDataLength;
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Send order' })).toBeEnabled();

  const kib = transferred / 1024;
  console.log(`order page first-load JavaScript: ${kib.toFixed(1)} KiB over the wire in ${scripts.size} files`);
  expect(kib).toBeLessThan(BUDGET_KIB);
});
