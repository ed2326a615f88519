import { sql, type Kysely } from 'kysely';

// A/B destinations: a link may split its visitors between arms (fixed weights, sticky per visitor, or a bandit
// that moves traffic to the arm that converts better). Each click records its arm; per-arm visits and conversions
// are counters, so the bandit reads two numbers per arm.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE links ADD COLUMN variants jsonb;
    ALTER TABLE clicks ADD COLUMN variant text;
    CREATE TABLE link_arm_stats (
      link_id uuid NOT NULL REFERENCES links(id) ON DELETE CASCADE,
      arm text NOT NULL,
      visits bigint NOT NULL DEFAULT 0,
      conversions bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (link_id, arm)
    );
  `.execute(db);
}
