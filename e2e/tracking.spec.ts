// The patient follows an order: its status, its history with the pharmacy's messages, and a cancel.
import { eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import { recordMove } from '@/lib/orders/record-move';
import { expectNoSeriousAxeViolations, saveScreenshot } from './support/accessibility';
import { storedOrder } from './support/fixtures';
import { orderForm, send } from './support/order-requests';
import { TrackingPage } from './support/tracking-page';
import { expect, test } from './support/test';
import type { TestClient } from './support/fixtures';
import type { Portal } from './support/portal';

/** An order sent through the API, as an external system would. */
async function apiOrder(portal: Portal, client: TestClient): Promise<string> {
  const answer = await send(portal.url, {
    key: client.key,
    body: orderForm({
      client_id: String(client.clientId),
      prescription: 'Repeat prescription',
      order_items: '[{"name": "Metformin 500 mg", "quantity": 60}, {"name": "Ramipril 5 mg", "quantity": 30}]',
      insurance_card: 'INS-77-SECRET',
    }),
  });
  expect(answer.status).toBe(200);
  return String(answer.body.reference);
}

test('tracking shows the status, the history with the pharmacy’s message, and the medicines', async ({
  page,
  portal,
  client,
}, testInfo) => {
  const reference = await apiOrder(portal, client);
  await portal.withDatabase(async (db) => {
    const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.reference, reference));
    await recordMove(db, { orderId: order!.id, from: 'received', to: 'in_review', actor: 'staff:test' });
    await recordMove(db, {
      orderId: order!.id,
      from: 'in_review',
      to: 'needs_info',
      actor: 'staff:test',
      messageForPatient: 'Please send a readable photo of page 2.',
      note: 'INTERNAL NOTE',
    });
  });

  const tracking = new TrackingPage(page);
  await tracking.lookUp(reference.toLowerCase().replace('-', ' '), client.clientId);
  await expect(page.getByRole('heading', { name: `Order ${reference}` })).toBeFocused();
  await expect(tracking.status).toHaveText('Needs information');
  const history = page.getByRole('heading', { name: 'History' }).locator('+ ol');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('Needs information');
  await expect(history).toContainText('Please send a readable photo of page 2.');
  await expect(page.getByRole('heading', { name: 'Medicines' }).locator('+ ul')).toContainText('Metformin 500 mg× 60');
  await expect(page.getByText('INS-77-SECRET')).toHaveCount(0);
  await expect(page.getByText('INTERNAL NOTE')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel this order' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'tracking', testInfo.project.name);
});

test('a wrong reference or client ID gets the same answer', async ({ page, portal, client }) => {
  const reference = await apiOrder(portal, client);
  const tracking = new TrackingPage(page);
  const notFound = 'We could not find that order. Check the reference and the client ID, and try again.';
  await tracking.lookUp(reference, client.clientId + 1);
  await expect(tracking.errorSummary.getByRole('link')).toHaveText([notFound]);
  await tracking.lookUp('DN-0000-0000', client.clientId);
  await expect(tracking.errorSummary.getByRole('link')).toHaveText([notFound]);
  await expect(tracking.errorSummary).toBeFocused();
});

test('a patient cancels an order that is still received', async ({ page, portal, client }) => {
  const reference = await apiOrder(portal, client);
  const tracking = new TrackingPage(page);
  await tracking.lookUp(reference, client.clientId);
  await expect(tracking.status).toHaveText('Received');
  await page.getByRole('button', { name: 'Cancel this order' }).click();
  await expect(page.getByRole('button', { name: 'Yes, cancel the order' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, cancel the order' }).click();
  await expect(tracking.status).toHaveText('Cancelled');
  await expect(page.getByRole('button', { name: 'Cancel this order' })).toHaveCount(0);

  const stored = await portal.withDatabase((db) => storedOrder(db, reference));
  expect(stored?.status).toBe('cancelled');
  expect(stored?.events.at(-1)).toMatchObject({
    type: 'status_changed',
    actor: 'patient',
    details: { from: 'received', to: 'cancelled' },
  });
});
