// The patient's tracking page, as a person sees it.
import type { Locator, Page } from '@playwright/test';

export class TrackingPage {
  readonly reference: Locator;
  readonly clientId: Locator;
  readonly show: Locator;
  readonly status: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.reference = page.getByLabel('Order reference');
    this.clientId = page.getByLabel('Client ID');
    this.show = page.getByRole('button', { name: 'Show my order' });
    this.status = page.getByTestId('order-status');
    this.errorSummary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
  }

  async lookUp(reference: string, clientId: number | string): Promise<void> {
    await this.page.goto('/orders/track');
    await this.reference.fill(reference);
    await this.clientId.fill(String(clientId));
    await this.show.click();
  }
}
