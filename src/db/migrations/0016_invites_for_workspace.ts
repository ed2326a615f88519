import { sql, type Kysely } from 'kysely';

// Invites grant membership when they are accepted, not when they are sent. Before this, adding an email made the
// membership at once, so whoever later set that account's password (through any workspace's invite) got every
// workspace that had added it. An invite now carries its role; pending people are listed from it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE invites ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
    ALTER TABLE invites ADD CONSTRAINT invites_id_key UNIQUE (id);
    ALTER TABLE invites ADD COLUMN role text CHECK (role IN ('owner','admin','editor','contributor','viewer'));
    ALTER TABLE invites ADD COLUMN invited_by uuid REFERENCES users(id) ON DELETE SET NULL;
    CREATE INDEX invites_user_idx ON invites (user_id);
    CREATE INDEX invites_workspace_idx ON invites (workspace_id);

    -- A pending invitee's role moves from the membership to their invites of that workspace.
    UPDATE invites i SET role = m.role
      FROM memberships m
     WHERE m.workspace_id = i.workspace_id AND m.user_id = i.user_id;
    UPDATE invites SET role = 'viewer' WHERE role IS NULL;
    ALTER TABLE invites ALTER COLUMN role SET NOT NULL;

    -- A membership of an account that never set a password was only an invite: keep it as one (expired if it had
    -- no invite, so an admin can send a new one), and drop the membership.
    INSERT INTO invites (token_hash, user_id, workspace_id, role, expires_at)
    SELECT 'none:' || gen_random_uuid()::text, m.user_id, m.workspace_id, m.role, now()
      FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE u.password_hash IS NULL
       AND NOT EXISTS (SELECT 1 FROM invites i WHERE i.workspace_id = m.workspace_id AND i.user_id = m.user_id);
    DELETE FROM memberships m USING users u WHERE u.id = m.user_id AND u.password_hash IS NULL;
  `.execute(db);
}
