// npm run bench:inbox: fills a fresh PostgreSQL database with a million orders (two million items,
// a third with a file) and times the staff inbox's queries, the first page and a page 900,000 orders
// deep, for each filter. The database is dropped afterwards (BENCH_KEEP=1 keeps it).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '@/db/client';
import { type InboxFilter, countByStatus, listInbox } from '@/lib/staff/inbox';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const DEEP = Math.floor(ORDERS * 0.9);
const RUNS = 7;
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const FILL = sql.raw(`
  CREATE FUNCTION pg_temp.bench_reference(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'DN-' || string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((n >> (5 * k)) & 31)::int + 1, 1), '' ORDER BY k)
      FROM generate_series(0, 7) AS k $$;
  INSERT INTO clients (id, name) SELECT c, 'Client ' || c FROM generate_series(1, 1000) AS c;
  INSERT INTO orders (reference, client_id, prescription, status, channel, created_at, updated_at)
    SELECT pg_temp.bench_reference(i::bigint * 7919), 1 + i % 1000, 'Repeat prescription',
           (CASE WHEN i % 100 < 5 THEN 'received' WHEN i % 100 < 8 THEN 'in_review' WHEN i % 100 < 10 THEN 'needs_info'
                 WHEN i % 100 < 20 THEN 'ready' WHEN i % 100 < 90 THEN 'dispensed' WHEN i % 100 < 95 THEN 'rejected'
                 ELSE 'cancelled' END)::order_status,
           (CASE WHEN i % 3 = 0 THEN 'web' ELSE 'api' END)::order_channel,
           timestamptz '2026-01-01' + i * interval '30 seconds', now()
      FROM generate_series(1, ${ORDERS}) AS i;
  INSERT INTO order_items (order_id, position, name, quantity)
    SELECT o.id, p, (ARRAY['Paracetamol 500 mg','Ibuprofen 400 mg','Amoxicillin 500 mg','Metformin 850 mg',
                           'Ramipril 5 mg','Simvastatin 20 mg','Omeprazole 20 mg','Levothyroxine 50 mcg'])[1 + (o.id + p) % 8]
                     || CASE WHEN o.id % 5000 = 0 THEN ' (Insulin glargine pen)' ELSE '' END,
           1 + o.id % 30
      FROM orders o CROSS JOIN generate_series(1, 2) AS p;
  INSERT INTO attachments (order_id, file_name, media_type, size_bytes, sha256, content)
    SELECT id, 'rx.png', 'image/png', 1, '00', '\\x00'::bytea FROM orders WHERE id % 3 = 0;
  ANALYZE;
`);

async function main(): Promise<void> {
  const name = `drugnet_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const { db, close } = await openDatabase({ url: url.href });
  try {
    let started = performance.now();
    await db.execute(FILL);
    console.log(
      `filled ${ORDERS.toLocaleString('en')} orders in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    // A cursor 90% of the way down, made the slow way once, outside the timings.
    const rowsOf = async <T>(query: ReturnType<typeof sql>) =>
      ((await db.execute(query)) as unknown as { rows: T[] }).rows;
    const [deepRow] = await rowsOf<{ created_at: string; id: number }>(
      sql`SELECT created_at::text, id FROM orders ORDER BY created_at DESC, id DESC OFFSET ${DEEP} LIMIT 1`,
    );
    const deepCursor = Buffer.from(JSON.stringify([deepRow!.created_at, Number(deepRow!.id)])).toString('base64url');
    const [sample] = await rowsOf<{ reference: string }>(
      sql`SELECT reference FROM orders ORDER BY id LIMIT 1 OFFSET ${Math.floor(ORDERS / 2)}`,
    );
    const someReference = sample!.reference;

    const filters: Array<[string, InboxFilter]> = [
      ['all orders', {}],
      ['status received (5%)', { status: 'received' }],
      ['status dispensed (70%)', { status: 'dispensed' }],
      ['client ID', { search: '417' }],
      ['medicine, common', { search: 'amoxicillin' }],
      ['medicine, rare (1 in 5000)', { search: 'insulin glargine' }],
      ['reference', { search: someReference }],
      ['one month', { from: new Date('2026-03-01T00:00Z'), to: new Date('2026-04-01T00:00Z') }],
      [
        'received + one month',
        { status: 'received', from: new Date('2026-03-01T00:00Z'), to: new Date('2026-04-01T00:00Z') },
      ],
    ];

    const median = async (work: () => Promise<unknown>) => {
      await work(); // warm the cache
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        started = performance.now();
        await work();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    };

    const rows = [];
    for (const [label, filter] of filters) {
      const { status: _, ...countFilter } = filter;
      rows.push({
        label,
        first: await median(() => listInbox(db, filter)),
        deep: await median(() => listInbox(db, filter, deepCursor)),
        counts: await median(() => countByStatus(db, countFilter)),
      });
    }
    console.log(`\nInbox on PostgreSQL, ${ORDERS.toLocaleString('en')} orders; median of ${RUNS} runs, ms:\n`);
    console.log('| filter | first page | page 90% deep | tab counts |\n|---|---:|---:|---:|');
    for (const row of rows) {
      console.log(`| ${row.label} | ${row.first.toFixed(1)} | ${row.deep.toFixed(1)} | ${row.counts.toFixed(1)} |`);
    }
  } finally {
    await close();
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
