import { sql, type Kysely } from 'kysely';

// UTM templates: a workspace's names for sources and medium, and a campaign per post, used by tracked links.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE workspaces ADD COLUMN utm_template jsonb NOT NULL DEFAULT '{}'::jsonb;
    ALTER TABLE posts ADD COLUMN campaign text;
  `.execute(db);
}
