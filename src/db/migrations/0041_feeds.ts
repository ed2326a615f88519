import { sql, type Kysely } from 'kysely';

// RSS/Atom auto-post (issue 15). A feed is read every few minutes by any worker (next_check_at is claimed and moved
// forward in the transaction that queues its job, like report schedules) and its new entries become posts on its
// channels. feed_items remembers every entry seen, by GUID (or link), once per feed: the primary key is what makes two
// workers reading the same feed at once post an entry only once. `local_day` is the day (on the first channel's
// audience clock) an entry was taken for posting, which the daily cap counts; entries only recorded on the first read
// have none. etag/last_modified make the next read conditional; failures drive the backoff of a broken feed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      url text NOT NULL,
      channel_ids jsonb NOT NULL,
      template text NOT NULL,
      daily_cap integer NOT NULL CHECK (daily_cap BETWEEN 1 AND 50),
      mode text NOT NULL CHECK (mode IN ('publish', 'draft', 'queue')),
      active boolean NOT NULL DEFAULT true,
      etag text,
      last_modified text,
      primed_at timestamptz,
      last_checked_at timestamptz,
      last_status text NOT NULL DEFAULT 'pending' CHECK (last_status IN ('pending', 'ok', 'error')),
      last_error text,
      failures integer NOT NULL DEFAULT 0,
      next_check_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX feeds_due_idx ON feeds (next_check_at) WHERE active;
    CREATE INDEX feeds_workspace_idx ON feeds (workspace_id, created_at);
    CREATE TABLE feed_items (
      feed_id uuid NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
      item_key text NOT NULL,
      status text NOT NULL CHECK (status IN ('seen', 'posting', 'posted', 'failed')),
      title text NOT NULL DEFAULT '',
      link text,
      local_day date,
      post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (feed_id, item_key)
    );
    CREATE INDEX feed_items_day_idx ON feed_items (feed_id, local_day) WHERE local_day IS NOT NULL;
  `.execute(db);
}
