import { sql, type Kysely } from 'kysely';

// Outgoing webhooks (issue "Engage"): a workspace's admins subscribe a URL to events; each event becomes one
// delivery per subscribed webhook, sent and retried by the `webhook-delivery` job. The signing secret is sealed like
// channel credentials (bound to the workspace and the webhook). The delivery keeps the exact body it signs, so a
// retry sends the same bytes; the receiver's answer is kept only as a short excerpt.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outgoing_webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      url text NOT NULL,
      events text[] NOT NULL,
      secret_enc text NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
  await sql`CREATE INDEX outgoing_webhooks_workspace ON outgoing_webhooks (workspace_id)`.execute(db);
  await sql`
    CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES outgoing_webhooks(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_status integer,
      last_error text,
      response_excerpt text,
      next_attempt_at timestamptz,
      last_attempt_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
  await sql`CREATE INDEX webhook_deliveries_log ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`.execute(db);
}
