/** Account-level figures per channel and day: the only code that touches account_metrics_daily. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { AccountMetricsDailyTable } from '../../db/schema.js';
import type { AccountMetrics } from '../../networks/connector.js';

export type AccountDay = Selectable<AccountMetricsDailyTable>;

export const accountMetricsRepository = {
  /** The day's reading of a channel; a later one the same (UTC) day replaces it. */
  async upsert(db: Queryable, row: { channelId: string; workspaceId: string; at: Date; metrics: AccountMetrics }): Promise<void> {
    const { followers, following, posts, impressions, reach } = row.metrics;
    const values = { followers, following, posts, impressions, reach, fetched_at: row.at };
    await db
      .insertInto('account_metrics_daily')
      .values({ channel_id: row.channelId, workspace_id: row.workspaceId, day: row.at.toISOString().slice(0, 10), ...values })
      .onConflict((oc) => oc.columns(['channel_id', 'day']).doUpdateSet(values))
      .execute();
  },

  /** When the channel was last read (null: never), to read it at most once a day. */
  async lastFetched(db: Queryable, channelId: string): Promise<Date | null> {
    const row = await db.selectFrom('account_metrics_daily').select('fetched_at').where('channel_id', '=', channelId).orderBy('day', 'desc').limit(1).executeTakeFirst();
    return row?.fetched_at ?? null;
  },

  /** A channel's days from `from` to `to` (UTC dates, inclusive), oldest first; the workspace guards the channel. */
  async days(db: Queryable, workspaceId: string, channelId: string, from: string, to: string): Promise<AccountDay[]> {
    return db
      .selectFrom('account_metrics_daily')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .execute();
  },
};
