// The inbox's queries on a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// keyset pages that neither skip nor repeat an order, even among orders of the same instant, and
// filters that agree with the counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { createClient } from '@/lib/clients/clients';
import { backends } from '@/e2e/support/portal';
import { type TestDatabase, openTestDatabase } from '@/e2e/support/test-database';
import { INBOX_PAGE_SIZE, countByStatus, listInbox } from './inbox';

const STATUSES = ['received', 'in_review', 'needs_info', 'ready'] as const;

describe.each(backends())('the inbox on %s', (backend) => {
  let database: TestDatabase;
  let db: Database;
  const start = Date.parse('2026-11-01T08:00:00Z');

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.connection.db;
    await createClient(db, { id: 41, name: 'Forty-one' });
    await createClient(db, { id: 42, name: 'Forty-two' });
    // 130 orders, three to each instant, so that pages must break ties by id.
    const rows = Array.from({ length: 130 }, (_, index) => ({
      reference: `DN-TEST-${String(index).padStart(4, '0')}`,
      clientId: index % 2 ? 41 : 42,
      channel: 'api' as const,
      status: STATUSES[index % STATUSES.length]!,
      createdAt: new Date(start + Math.floor(index / 3) * 60_000),
    }));
    const inserted = await db.insert(orders).values(rows).returning({ id: orders.id, reference: orders.reference });
    await db.insert(orderItems).values(
      inserted.map((order, index) => ({
        orderId: order.id,
        position: 1,
        name: index % 10 === 0 ? 'Insulin glargine' : 'Paracetamol',
        quantity: 1,
      })),
    );
  });
  afterAll(() => database?.dispose());

  async function everyPage(filter: Parameters<typeof listInbox>[1]) {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listInbox(db, filter, cursor);
      expect(page.orders.length).toBeLessThanOrEqual(INBOX_PAGE_SIZE);
      seen.push(...page.orders.map((order) => order.reference));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('pages through every order once, newest first', async () => {
    const seen = await everyPage({});
    expect(seen).toHaveLength(130);
    expect(new Set(seen).size).toBe(130);
    expect(seen[0]).toBe('DN-TEST-0129');
    expect(seen.at(-1)).toBe('DN-TEST-0000');
  });

  it('filters by status, client ID, medicine and reference, and counts by status', async () => {
    expect(await everyPage({ status: 'needs_info' })).toHaveLength(32);
    expect(await everyPage({ search: '41' })).toHaveLength(65);
    const insulin = await everyPage({ search: 'INSULIN' });
    expect(insulin).toHaveLength(13);
    expect(await everyPage({ search: 'dn-test-0042' })).toEqual(['DN-TEST-0042']);
    expect(await countByStatus(db, { search: 'insulin' })).toEqual({
      received: 7, // orders 0, 20, … 120
      in_review: 0,
      needs_info: 6, // orders 10, 30, … 110
      ready: 0,
      dispensed: 0,
      rejected: 0,
      cancelled: 0,
    });
  });

  it('keeps to the date range, and treats LIKE wildcards as text', async () => {
    const from = new Date(start + 10 * 60_000);
    const to = new Date(start + 20 * 60_000);
    const inRange = await everyPage({ from, to });
    expect(inRange).toHaveLength(30);
    expect(await everyPage({ search: '%' })).toEqual([]);
    expect(await everyPage({ search: '_aracetamol' })).toEqual([]);
  });

  it('starts again from the top on a cursor it cannot read', async () => {
    const page = await listInbox(db, {}, 'not-a-cursor');
    expect(page.orders[0]?.reference).toBe('DN-TEST-0129');
  });
});
