import { sql, type Kysely } from 'kysely';

// Team figures (issue 12): who answered each inbox item through Chorus and when it was first answered, so a second
// reply does not move the first-reply time; when and by whom an item was done already exists (0021). Each workspace
// may set its business hours, the clock the figures count in (without a row: Monday to Friday, 09:00 to 17:00).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE engagements
      ADD COLUMN replied_by uuid REFERENCES users(id) ON DELETE SET NULL,
      ADD COLUMN first_replied_at timestamptz,
      ADD COLUMN first_replied_by uuid REFERENCES users(id) ON DELETE SET NULL;
    -- Replies sent before this migration: the last one known is the best first one there is; who sent it is not known.
    UPDATE engagements SET first_replied_at = replied_at WHERE replied_at IS NOT NULL;
    -- The figures read the items first answered, and those done, in a window of days.
    CREATE INDEX engagements_first_replied_idx ON engagements (workspace_id, first_replied_at) WHERE first_replied_at IS NOT NULL;
    CREATE INDEX engagements_done_idx ON engagements (workspace_id, done_at) WHERE done_at IS NOT NULL;

    CREATE TABLE inbox_business_hours (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
      time_zone text NOT NULL,
      -- [{ "weekday": 1-7 (Monday = 1), "start": "09:00", "end": "17:30" }], several intervals a day allowed.
      days jsonb NOT NULL DEFAULT '[]',
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL
    );
  `.execute(db);
}
