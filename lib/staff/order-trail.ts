// An order's trail as staff read it: every event with who did it, by name. Views are recorded here
// too: each staff view of an order or its file is an event (repeat views within a few minutes by
// the same person are one, so that refreshing a page does not bury the trail).
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { apiKeys, orderEvents, staffMembers } from '@/db/schema';

export type ViewEvent = 'viewed' | 'file_viewed' | 'file_downloaded';

const REPEAT_VIEW_WINDOW_MINUTES = 5;

export async function recordView(db: Database, orderId: number, actor: string, type: ViewEvent): Promise<void> {
  if (type !== 'file_downloaded') {
    const [recent] = await db
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(
        and(
          eq(orderEvents.orderId, orderId),
          eq(orderEvents.actor, actor),
          eq(orderEvents.type, type),
          gt(orderEvents.at, sql`now() - make_interval(mins => ${REPEAT_VIEW_WINDOW_MINUTES})`),
        ),
      )
      .limit(1);
    if (recent) return;
  }
  await db.insert(orderEvents).values({ orderId, actor, type });
}

export interface TrailEntry {
  at: string;
  type: string;
  /** Who, by name: a staff member, an API key's label, or the patient. */
  by: string;
  from?: string;
  to?: string;
  note?: string;
  messageForPatient?: string;
  channel?: string;
}

export async function orderTrail(db: Database, orderId: number): Promise<TrailEntry[]> {
  const events = await db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.at), asc(orderEvents.id));
  const names = await actorNames(
    db,
    events.map((event) => event.actor),
  );
  return events.map((event) => {
    const details = event.details as Record<string, string | undefined>;
    return {
      at: event.at.toISOString(),
      type: event.type,
      by: names.get(event.actor) ?? event.actor,
      ...(details.from ? { from: details.from } : {}),
      ...(details.to ? { to: details.to } : {}),
      ...(details.note ? { note: details.note } : {}),
      ...(details.message_for_patient ? { messageForPatient: details.message_for_patient } : {}),
      ...(details.channel ? { channel: details.channel } : {}),
    };
  });
}

/** Display names for trail actors (`staff:…`, `api_key:…`, `patient`). */
export async function actorNames(db: Database, actors: string[]): Promise<Map<string, string>> {
  const staffIds = actors.filter((actor) => actor.startsWith('staff:')).map((actor) => actor.slice(6));
  const prefixes = actors.filter((actor) => actor.startsWith('api_key:')).map((actor) => actor.slice(8));
  const [staff, keys] = await Promise.all([
    staffIds.length
      ? db
          .select({ id: staffMembers.id, name: staffMembers.name })
          .from(staffMembers)
          .where(inArray(staffMembers.id, staffIds))
      : [],
    prefixes.length
      ? db
          .select({ prefix: apiKeys.prefix, label: apiKeys.label })
          .from(apiKeys)
          .where(inArray(apiKeys.prefix, prefixes))
      : [],
  ]);
  const names = new Map<string, string>([['patient', 'Patient (order page)']]);
  for (const member of staff) names.set(`staff:${member.id}`, member.name);
  for (const key of keys) names.set(`api_key:${key.prefix}`, `API key “${key.label || key.prefix}” (${key.prefix})`);
  return names;
}
