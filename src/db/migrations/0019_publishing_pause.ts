import { sql, type Kysely } from 'kysely';

// The crisis switch: a workspace's publishing paused by an admin, with why and by whom. A row means paused; resuming
// deletes it (the audit log keeps the history). The publisher reads these rows for each batch it claims, with a
// share lock, so a resume waits for a claim that has read "paused" and then releases what that claim held.
// `held_by_pause` tells the publications held by the pause (released on resume) from those held until their channel
// is reconnected (released by the reconnect); it only means something while the status is `held`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE publishing_pauses (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      reason text NOT NULL,
      paused_by uuid REFERENCES users(id) ON DELETE SET NULL,
      paused_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
  // A constant default: no table rewrite on PostgreSQL 11+, however many publications there are.
  await sql`ALTER TABLE publications ADD COLUMN held_by_pause boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE INDEX publications_held_by_pause ON publications (workspace_id) WHERE status = 'held' AND held_by_pause`.execute(db);
}
