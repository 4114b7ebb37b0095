// The patient's order page, as a person sees it: fields found by their labels, buttons by their names.
import type { Locator, Page } from '@playwright/test';

export interface MedicineEntry {
  name: string;
  quantity: string;
}

export class OrderPage {
  readonly clientId: Locator;
  readonly prescription: Locator;
  readonly insuranceCard: Locator;
  readonly file: Locator;
  readonly addMedicine: Locator;
  readonly send: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.clientId = page.getByLabel('Client ID');
    this.prescription = page.getByLabel('Prescription or reason');
    this.insuranceCard = page.getByLabel('Insurance card number');
    this.file = page.getByLabel('Prescription file');
    this.addMedicine = page.getByRole('button', { name: 'Add another medicine' });
    this.send = page.getByRole('button', { name: 'Send order' });
    this.errorSummary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
  }

  medicineName(index: number): Locator {
    return this.page.getByLabel(`Medicine name (medicine ${index + 1})`);
  }

  quantity(index: number): Locator {
    return this.page.getByLabel(`Quantity (medicine ${index + 1})`);
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  async fill(order: {
    clientId?: string;
    prescription?: string;
    medicines?: MedicineEntry[];
    insuranceCard?: string;
    file?: string | { name: string; mimeType: string; buffer: Buffer };
  }): Promise<void> {
    if (order.clientId !== undefined) await this.clientId.fill(order.clientId);
    if (order.prescription !== undefined) await this.prescription.fill(order.prescription);
    for (const [index, medicine] of (order.medicines ?? []).entries()) {
      if (index > 0) await this.addMedicine.click();
      await this.medicineName(index).fill(medicine.name);
      await this.quantity(index).fill(medicine.quantity);
    }
    if (order.insuranceCard !== undefined) await this.insuranceCard.fill(order.insuranceCard);
    if (order.file !== undefined) await this.file.setInputFiles(order.file);
  }

  /** The reference shown once the order is sent. */
  async sentReference(): Promise<string> {
    await this.page.getByRole('heading', { name: 'Order sent' }).waitFor();
    return (await this.page.getByTestId('order-reference').textContent())!.trim();
  }
}
