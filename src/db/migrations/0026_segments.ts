import { sql, type Kysely } from 'kysely';

// Audience segments (issue 13): a named condition of the audience language (the one link rules use) and the IANA
// time zone its variants are timed in (null: the main zone of its countries, resolved when read). Names are unique
// per workspace, ignoring case, so a person never has to tell "Hot now" from "hot now".
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE segments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      condition jsonb NOT NULL,
      time_zone text,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX segments_name_idx ON segments (workspace_id, lower(name));
  `.execute(db);
}
