// The portal's one PostgreSQL schema (PGlite and PostgreSQL alike). Migrations in db/migrations
// are generated from this file with `npm run db:generate`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { ORDER_STATUSES, type OrderStatus } from '@/lib/orders/order-status';

/** bytea as a Node Buffer (PGlite hands back a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const orderStatus = pgEnum('order_status', ORDER_STATUSES);
export type { OrderStatus };

export const orderChannel = pgEnum('order_channel', ['api', 'web', 'staff']);
export type OrderChannel = (typeof orderChannel.enumValues)[number];

/** A client of the pharmacy network; `id` is the external client ID that orders carry. */
export const clients = pgTable('clients', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});
export type Client = typeof clients.$inferSelect;

/** An external system's key. Only its SHA-256 is kept; `prefix` is the public part used to find it. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    label: text('label').notNull().default(''),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('api_keys_prefix_key').on(table.prefix), index('api_keys_client_idx').on(table.clientId)],
);
export type ApiKey = typeof apiKeys.$inferSelect;

export const orders = pgTable(
  'orders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    prescription: text('prescription').notNull().default(''),
    insuranceCard: text('insurance_card').notNull().default(''),
    status: orderStatus('status').notNull().default('received'),
    channel: orderChannel('channel').notNull(),
    /** Raised by every status change: a change made against an older version is refused. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('orders_reference_key').on(table.reference),
    // The staff inbox: newest first, overall, per status and per client, with the id as the keyset
    // tie-breaker. Ascending on purpose: read backwards they give ORDER BY … DESC exactly (a DESC
    // index is DESC NULLS LAST, which PostgreSQL will not use for a plain DESC).
    index('orders_created_idx').on(table.createdAt, table.id),
    index('orders_status_created_idx').on(table.status, table.createdAt, table.id),
    index('orders_client_created_idx').on(table.clientId, table.createdAt, table.id),
  ],
);
export type Order = typeof orders.$inferSelect;

export const orderItems = pgTable(
  'order_items',
  {
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.position] }),
    // The staff inbox searches medicine names anywhere in the name (ILIKE '%…%'): trigrams.
    index('order_items_name_trgm_idx').using('gin', sql`${table.name} gin_trgm_ops`),
  ],
);
export type OrderItem = typeof orderItems.$inferSelect;

/** The prescription photo or PDF. Its own table, so that lists of orders never read the bytes. */
export const attachments = pgTable(
  'attachments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('attachments_order_key').on(table.orderId)],
);
export type Attachment = typeof attachments.$inferSelect;

/** The append-only trail of everything that happened to an order, and who did it. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    type: text('type').notNull(),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (table) => [index('order_events_order_idx').on(table.orderId, table.at)],
);
export type OrderEvent = typeof orderEvents.$inferSelect;

/** Idempotency-Key records: one per caller and key, kept at least 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: smallint('response_status'),
    responseBody: jsonb('response_body').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.key] }),
    index('idempotency_keys_created_idx').on(table.createdAt),
  ],
);

/** Rate-limit counters shared by every instance on PostgreSQL (rate-limiter-flexible's table layout). */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});

export * from './staff-schema';
