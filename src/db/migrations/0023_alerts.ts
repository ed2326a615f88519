import { sql, type Kysely } from 'kysely';

// Early warning (issue 12): each inbox item's detected language and sentiment, the workspace's alert rules, and the
// alerts they fired. A rule is evaluated at least once a minute by whichever worker claims it (next_evaluation_at
// is its lease); `armed` is what makes one surge fire once: a rule that fired stays quiet until its condition has
// been false at an evaluation.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE engagements
      ADD COLUMN language text,
      ADD COLUMN sentiment_label text CHECK (sentiment_label IN ('positive', 'neutral', 'negative')),
      ADD COLUMN sentiment_score real CHECK (sentiment_score BETWEEN -1 AND 1);

    CREATE TABLE alert_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('negative_surge', 'keyword_surge', 'post_backlash')),
      window_minutes integer NOT NULL CHECK (window_minutes BETWEEN 1 AND 1440),
      min_count integer NOT NULL CHECK (min_count >= 1),
      keywords text[] NOT NULL DEFAULT '{}',
      notify jsonb NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      armed boolean NOT NULL DEFAULT true,
      next_evaluation_at timestamptz NOT NULL DEFAULT now(),
      last_evaluated_at timestamptz,
      last_fired_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX alert_rules_due_idx ON alert_rules (next_evaluation_at) WHERE active;

    CREATE TABLE alerts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      rule_id uuid REFERENCES alert_rules(id) ON DELETE SET NULL,
      kind text NOT NULL,
      fired_at timestamptz NOT NULL DEFAULT now(),
      summary text NOT NULL,
      engagement_ids uuid[] NOT NULL DEFAULT '{}',
      -- What the rule saw: the window's count, the baseline's mean and deviation, the publication of a backlash.
      details jsonb NOT NULL DEFAULT '{}'
    );
    CREATE INDEX alerts_workspace_idx ON alerts (workspace_id, fired_at DESC, id DESC);
  `.execute(db);
}
