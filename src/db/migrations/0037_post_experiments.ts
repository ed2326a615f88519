import { sql, type Kysely } from 'kysely';

// Post experiments (issue 14): a post carries 2–4 variants per network (text, media, first line) and publishes them at
// several slots. The first slots show each variant once (exploration); each later publication takes its variant by
// Thompson sampling on the variants' measured results when its publish job runs.
//
// A post's publications were one per channel (and segment). An experiment's publications are several per channel,
// told apart by `experiment_slot`, so the "one default publication per channel" key leaves them out and a key of
// their own keeps one publication per slot. `experiment_publications` records which variant each one used and why
// (null until picked at publish time).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE post_experiments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      post_id uuid NOT NULL UNIQUE REFERENCES posts(id) ON DELETE CASCADE,
      metric text NOT NULL CHECK (metric IN ('engagementRate', 'clicks')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX post_experiments_workspace_idx ON post_experiments (workspace_id);

    CREATE TABLE experiment_variants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      experiment_id uuid NOT NULL REFERENCES post_experiments(id) ON DELETE CASCADE,
      network text NOT NULL,
      position int NOT NULL,
      label text NOT NULL,
      text text,
      media_ids jsonb,
      first_line text,
      UNIQUE (experiment_id, network, position)
    );

    ALTER TABLE publications ADD COLUMN experiment_slot int;
    DROP INDEX publications_post_channel_key;
    CREATE UNIQUE INDEX publications_post_channel_key ON publications (post_id, channel_id)
      WHERE segment_id IS NULL AND experiment_slot IS NULL;
    CREATE UNIQUE INDEX publications_post_channel_slot_key ON publications (post_id, channel_id, experiment_slot)
      WHERE experiment_slot IS NOT NULL;

    CREATE TABLE experiment_publications (
      publication_id uuid PRIMARY KEY REFERENCES publications(id) ON DELETE CASCADE,
      experiment_id uuid NOT NULL REFERENCES post_experiments(id) ON DELETE CASCADE,
      variant_id uuid REFERENCES experiment_variants(id) ON DELETE CASCADE,
      reason jsonb,
      picked_at timestamptz
    );
    CREATE INDEX experiment_publications_experiment_idx ON experiment_publications (experiment_id);
  `.execute(db);
}
