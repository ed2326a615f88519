import { sql, type Kysely } from 'kysely';

// Templates, hashtag groups, variables and signatures (issue 15).
//
// A template is a saved caption whose text may name `{{variables}}`; `channel_ids` are the channels it is written
// for (its filled variants are checked against their networks' rules when it is saved). A variable has one value per
// scope: the workspace (no channel, no segment), a channel, or an audience segment; the most specific wins when a
// post or a template is filled (segment over channel over workspace). The unique index treats "no channel" and
// "no segment" as one value each (coalesce to the nil UUID) so a workspace-level name is unique too; NULLS NOT
// DISTINCT would say the same but needs PostgreSQL 15.
//
// A channel's signature is added at the end of every post on it, unless the post says `signature: false`
// (posts.signature, true by default so posts saved before keep their text as it was checked).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      text text NOT NULL,
      tags jsonb NOT NULL DEFAULT '[]',
      channel_ids jsonb NOT NULL DEFAULT '[]',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX templates_name_idx ON templates (workspace_id, lower(name));

    CREATE TABLE hashtag_groups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      hashtags jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX hashtag_groups_name_idx ON hashtag_groups (workspace_id, lower(name));

    CREATE TABLE template_variables (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      channel_id uuid REFERENCES channels(id) ON DELETE CASCADE,
      segment_id uuid REFERENCES segments(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$' AND length(name) <= 60),
      value text NOT NULL CHECK (length(value) <= 5000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (channel_id IS NULL OR segment_id IS NULL)
    );
    CREATE UNIQUE INDEX template_variables_scope_idx ON template_variables (
      workspace_id, name,
      coalesce(channel_id, '00000000-0000-0000-0000-000000000000'::uuid),
      coalesce(segment_id, '00000000-0000-0000-0000-000000000000'::uuid)
    );

    CREATE TABLE channel_signatures (
      channel_id uuid PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    ALTER TABLE posts ADD COLUMN signature boolean NOT NULL DEFAULT true;
  `.execute(db);
}
