import { sql, type Kysely } from 'kysely';

// Queue slots (issue 14). A channel's weekly posting times, Buffer-style: a post "added to the queue" takes the
// channel's next free slot. Weekday is ISO (1 = Monday … 7 = Sunday) and time a wall-clock "HH:MM" on the channel's
// audience clock (channels.audience_time_zone, else the workspace's zone), so 09:00 stays 09:00 across summer time.
// publications.due_reason keeps why a publication got its time (a queue slot, or the best-time estimate with its
// score), so the composer and the calendar can say it after the fact; null for a time a person chose.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE channel_queue_slots (
      channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      time text NOT NULL CHECK (time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (channel_id, weekday, time)
    );
    ALTER TABLE publications ADD COLUMN due_reason jsonb;
  `.execute(db);
}
