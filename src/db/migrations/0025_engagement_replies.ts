import { sql, type Kysely } from 'kysely';

// Replies from the inbox go out through a job, exactly once (issue 12), like publications: a row records each reply
// and its attempt BEFORE the network is called, so a worker that dies mid-send leaves a `sending` row whose expired
// lease tells the next worker to ask the network first instead of sending again. A contributor's reply waits for
// an editor (`pending_approval`). `liked` keeps whether the workspace's account liked the item on its network.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE engagement_replies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      engagement_id uuid NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      text text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending_approval', 'queued', 'sending', 'sent', 'failed', 'rejected')),
      author_id uuid REFERENCES users(id) ON DELETE SET NULL,
      approved_by uuid REFERENCES users(id) ON DELETE SET NULL,
      attempt integer NOT NULL DEFAULT 0,
      lease_until timestamptz,
      external_id text,
      url text,
      error text,
      -- A stable code for why it failed (reply_outcome_unknown, network_refused…), for the person's language.
      error_code text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    );
    -- An item's replies, newest first; the approvals page's pending ones per workspace.
    CREATE INDEX engagement_replies_engagement_idx ON engagement_replies (engagement_id, created_at);
    CREATE INDEX engagement_replies_pending_idx ON engagement_replies (workspace_id, created_at) WHERE status = 'pending_approval';

    ALTER TABLE engagements ADD COLUMN liked boolean NOT NULL DEFAULT false;
  `.execute(db);
}
