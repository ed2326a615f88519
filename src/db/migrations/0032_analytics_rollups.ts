import { sql, type Kysely } from 'kysely';

// Analytics (issue 14): the collected metric history rolled up by day, so the analytics pages read a few thousand
// rollup rows instead of scanning publication_metrics.
//
// Days are UTC dates, like the link click rollups: a rollup is shared by every reader, and a workspace may change
// its time zone after the fact; a day boundary a few hours off the workspace's clock is the price.
//
// A day's figure is the *increase* that day of a cumulative count (the last point of the day minus the last point
// before it), so summing days over any range gives the growth over that range. A count the network stops
// reporting, or a like taken back, can make a day negative: the sum over the range stays right.
//   impressions  the network's impressions, else its views (Bluesky and Mastodon report neither: 0)
//   engagements  likes + reposts + replies + quotes + saves
//   link_clicks  clicks on links as the network reports them
// Rows are maintained in the same transaction as the points they come from (metrics repository addPoints), and
// backfilled below from the points stored so far. Rows go with their publication or channel (ON DELETE CASCADE), as
// those go with their workspace; workspace_id has no foreign key of its own, whose check on every rollup row cost a
// third of the write (measured with EXPLAIN ANALYZE on 500 publications).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE publication_daily (
      publication_id uuid NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
      day date NOT NULL,
      workspace_id uuid NOT NULL,
      channel_id uuid NOT NULL,
      post_id uuid NOT NULL,
      network text NOT NULL,
      impressions bigint NOT NULL,
      views bigint NOT NULL,
      engagements bigint NOT NULL,
      link_clicks bigint NOT NULL,
      PRIMARY KEY (publication_id, day)
    );
    -- One post's days (the analytics view filtered on a post).
    CREATE INDEX publication_daily_post_idx ON publication_daily (post_id, day);

    -- The sums of publication_daily per channel and day, plus the publications published that day (counted once
    -- their first point is stored). A deleted publication leaves its past days here: they happened.
    CREATE TABLE channel_daily (
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      day date NOT NULL,
      workspace_id uuid NOT NULL,
      network text NOT NULL,
      impressions bigint NOT NULL DEFAULT 0,
      views bigint NOT NULL DEFAULT 0,
      engagements bigint NOT NULL DEFAULT 0,
      link_clicks bigint NOT NULL DEFAULT 0,
      published integer NOT NULL DEFAULT 0,
      PRIMARY KEY (channel_id, day)
    );
    CREATE INDEX channel_daily_workspace_idx ON channel_daily (workspace_id, day);

    -- Each measured publication's latest point, for top posts (ranked among those published in a range).
    CREATE TABLE publication_totals (
      publication_id uuid PRIMARY KEY REFERENCES publications(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL,
      channel_id uuid NOT NULL,
      post_id uuid NOT NULL,
      network text NOT NULL,
      published_at timestamptz NOT NULL,
      fetched_at timestamptz NOT NULL,
      impressions bigint NOT NULL,
      views bigint NOT NULL,
      engagements bigint NOT NULL,
      link_clicks bigint NOT NULL
    );
    CREATE INDEX publication_totals_published_idx ON publication_totals (workspace_id, published_at);

    -- Backfill: the same arithmetic as the write path, over every point stored so far.
    INSERT INTO publication_daily (publication_id, day, workspace_id, channel_id, post_id, network, impressions, views, engagements, link_clicks)
    SELECT d.publication_id, d.day, p.workspace_id, p.channel_id, p.post_id, p.network,
           sum(d.impressions), sum(d.views), sum(d.engagements), sum(d.link_clicks)
    FROM (
      SELECT m.publication_id, (m.fetched_at AT TIME ZONE 'UTC')::date AS day,
             m.impressions - coalesce(lag(m.impressions) OVER w, 0) AS impressions,
             m.views - coalesce(lag(m.views) OVER w, 0) AS views,
             m.engagements - coalesce(lag(m.engagements) OVER w, 0) AS engagements,
             m.link_clicks - coalesce(lag(m.link_clicks) OVER w, 0) AS link_clicks
      FROM (
        SELECT publication_id, fetched_at, coalesce(impressions, views, 0) AS impressions, coalesce(views, 0) AS views,
               likes + reposts + replies + coalesce(quotes, 0) + coalesce(saves, 0) AS engagements, coalesce(link_clicks, 0) AS link_clicks
        FROM publication_metrics
      ) m
      WINDOW w AS (PARTITION BY m.publication_id ORDER BY m.fetched_at)
    ) d
    JOIN publications p ON p.id = d.publication_id
    GROUP BY d.publication_id, d.day, p.workspace_id, p.channel_id, p.post_id, p.network;

    INSERT INTO publication_totals (publication_id, workspace_id, channel_id, post_id, network, published_at, fetched_at, impressions, views, engagements, link_clicks)
    SELECT DISTINCT ON (m.publication_id) m.publication_id, p.workspace_id, p.channel_id, p.post_id, p.network,
           coalesce(p.published_at, m.fetched_at), m.fetched_at, coalesce(m.impressions, m.views, 0), coalesce(m.views, 0),
           m.likes + m.reposts + m.replies + coalesce(m.quotes, 0) + coalesce(m.saves, 0), coalesce(m.link_clicks, 0)
    FROM publication_metrics m JOIN publications p ON p.id = m.publication_id
    ORDER BY m.publication_id, m.fetched_at DESC;

    INSERT INTO channel_daily (channel_id, day, workspace_id, network, impressions, views, engagements, link_clicks, published)
    SELECT channel_id, day, workspace_id, network, sum(impressions), sum(views), sum(engagements), sum(link_clicks), sum(published)
    FROM (
      SELECT channel_id, day, workspace_id, network, impressions, views, engagements, link_clicks, 0 AS published FROM publication_daily
      UNION ALL
      SELECT channel_id, (published_at AT TIME ZONE 'UTC')::date, workspace_id, network, 0, 0, 0, 0, 1 FROM publication_totals
    ) r
    GROUP BY channel_id, day, workspace_id, network;
  `.execute(db);
}
