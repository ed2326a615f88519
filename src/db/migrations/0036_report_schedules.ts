import { sql, type Kysely } from 'kysely';

// Scheduled analytics reports by email (issue 14): weekly (Mondays) or monthly (the 1st), to chosen addresses, for the
// workspace or one channel or campaign, in English or French. `next_run_at` is claimed and moved forward in the same
// transaction that queues the report's job, so any number of workers send each report once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_schedules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
      emails jsonb NOT NULL,
      channel_id uuid REFERENCES channels(id) ON DELETE CASCADE,
      campaign_id uuid REFERENCES campaigns(id) ON DELETE CASCADE,
      locale text NOT NULL CHECK (locale IN ('en', 'fr')),
      next_run_at timestamptz NOT NULL,
      last_sent_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_schedules_due_idx ON report_schedules (next_run_at);
    CREATE INDEX report_schedules_workspace_idx ON report_schedules (workspace_id, created_at);
  `.execute(db);
}
