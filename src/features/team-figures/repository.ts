/**
 * The only place that touches `inbox_business_hours`, and the reads of `engagements` the team figures need: the items
 * first answered in a window, the items done in it, and how many arrived per day and sentiment on the workspace clock.
 * Times are computed by the service (business time needs the opening hours), so these return the instants.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { InboxBusinessHoursTable } from '../../db/schema.js';
import type { BusinessInterval } from '../engagement/business-time.js';

export type BusinessHoursRow = Selectable<InboxBusinessHoursTable>;

/** What to count: one workspace, a window of instants [from, to), optionally one channel. */
export interface FiguresWindow {
  workspaceId: string;
  from: Date;
  to: Date;
  channelId?: string;
}

/** An item answered or done in the window: when it reached Chorus, when it was handled, by whom, on which channel. */
export interface HandledItem {
  channel_id: string;
  user_id: string | null;
  received_at: Date;
  handled_at: Date;
}

export interface DailyVolume {
  day: string;
  sentiment: 'positive' | 'neutral' | 'negative' | 'unknown';
  items: number;
}

export const teamFiguresRepository = {
  async businessHours(db: Queryable, workspaceId: string): Promise<BusinessHoursRow | undefined> {
    return db.selectFrom('inbox_business_hours').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
  },

  async saveBusinessHours(db: Queryable, workspaceId: string, hours: { timeZone: string; days: BusinessInterval[] }, by: string): Promise<BusinessHoursRow> {
    const values = { time_zone: hours.timeZone, days: JSON.stringify(hours.days), updated_by: by };
    return db
      .insertInto('inbox_business_hours')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Items first answered through Chorus in the window, with who answered. */
  async firstReplies(db: Queryable, w: FiguresWindow): Promise<HandledItem[]> {
    let query = db
      .selectFrom('engagements')
      .select(['channel_id', 'first_replied_by as user_id', 'received_at', sql<Date>`first_replied_at`.as('handled_at')])
      .where('workspace_id', '=', w.workspaceId)
      .where('first_replied_at', '>=', w.from)
      .where('first_replied_at', '<', w.to)
      .where('deleted_at', 'is', null);
    if (w.channelId) query = query.where('channel_id', '=', w.channelId);
    return query.execute();
  },

  /** Items marked done in the window (and still done), with who marked them. */
  async done(db: Queryable, w: FiguresWindow): Promise<HandledItem[]> {
    let query = db
      .selectFrom('engagements')
      .select(['channel_id', 'done_by as user_id', 'received_at', sql<Date>`done_at`.as('handled_at')])
      .where('workspace_id', '=', w.workspaceId)
      .where('status', '=', 'done')
      .where('done_at', '>=', w.from)
      .where('done_at', '<', w.to)
      .where('deleted_at', 'is', null);
    if (w.channelId) query = query.where('channel_id', '=', w.channelId);
    return query.execute();
  },

  /** Items that arrived (by when they were posted) per day of `timeZone` and sentiment. */
  async dailyVolume(db: Queryable, w: FiguresWindow, timeZone: string): Promise<DailyVolume[]> {
    const day = sql<string>`to_char(created_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
    let query = db
      .selectFrom('engagements')
      .select([day.as('day'), sql<DailyVolume['sentiment']>`COALESCE(sentiment_label, 'unknown')`.as('sentiment'), sql<number>`count(*)::int`.as('items')])
      .where('workspace_id', '=', w.workspaceId)
      .where('created_at', '>=', w.from)
      .where('created_at', '<', w.to)
      .where('deleted_at', 'is', null)
      // By position: the zone is a parameter, and PostgreSQL does not see two parameters as the same expression.
      .groupBy([sql`1`, sql`2`]);
    if (w.channelId) query = query.where('channel_id', '=', w.channelId);
    return query.execute();
  },

  /** The names of people, members or former members (a reply stays theirs after they leave). */
  async people(db: Queryable, ids: string[]): Promise<Array<{ id: string; name: string }>> {
    if (ids.length === 0) return [];
    return db
      .selectFrom('users')
      .select(['id', sql<string>`COALESCE(NULLIF(name, ''), email)`.as('name')])
      .where('id', 'in', ids)
      .execute();
  },

  async channels(db: Queryable, workspaceId: string): Promise<Array<{ id: string; network: string; handle: string; display_name: string }>> {
    return db.selectFrom('channels').select(['id', 'network', 'handle', 'display_name']).where('workspace_id', '=', workspaceId).orderBy('handle').execute();
  },
};
