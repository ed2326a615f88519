import { sql, type Kysely } from 'kysely';

// A workspace's own OAuth app per network (issue 11): owners enter the client id and secret on an admin page
// instead of the server's operator setting CHORUS_<NETWORK>_CLIENT_ID / _SECRET. The secret is sealed like channel
// credentials (bound to the workspace and the network, so a ciphertext copied to another row does not open). The
// environment still wins when it sets an app. `network` is the app's network: `facebook` also signs in Instagram.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_apps (
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      network text NOT NULL,
      client_id text NOT NULL,
      client_secret_enc text NOT NULL,
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, network)
    );
  `.execute(db);
}
