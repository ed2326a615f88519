/** OAuth app registrations and one-time states: the only code that touches these tables. */
import type { Queryable } from '../../db/database.js';


export const oauthRepository = {
  async findApp(db: Queryable, network: string, instanceUrl: string, redirectUri: string) {
    return db
      .selectFrom('oauth_apps')
      .selectAll()
      .where('network', '=', network)
      .where('instance_url', '=', instanceUrl)
      .where('redirect_uri', '=', redirectUri)
      .executeTakeFirst();
  },

  async findAppById(db: Queryable, id: string) {
    return db.selectFrom('oauth_apps').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async saveApp(db: Queryable, a: { network: string; instanceUrl: string; redirectUri: string; clientId: string; clientSecretEnc: string; scopes: string }) {
    return db
      .insertInto('oauth_apps')
      .values({
        network: a.network,
        instance_url: a.instanceUrl,
        redirect_uri: a.redirectUri,
        client_id: a.clientId,
        client_secret_enc: a.clientSecretEnc,
        scopes: a.scopes,
      })
      .onConflict((oc) => oc.columns(['network', 'instance_url', 'redirect_uri']).doUpdateSet({ client_id: a.clientId, client_secret_enc: a.clientSecretEnc }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async saveState(db: Queryable, s: { stateHash: string; workspaceId: string; userId: string; network: string; appId: string; expiresAt: Date }) {
    await db
      .insertInto('oauth_states')
      .values({ state_hash: s.stateHash, workspace_id: s.workspaceId, user_id: s.userId, network: s.network, oauth_app_id: s.appId, expires_at: s.expiresAt })
      .execute();
  },

  /** A state works once, and only before it expires. */
  async consumeState(db: Queryable, stateHash: string) {
    return db
      .deleteFrom('oauth_states')
      .where('state_hash', '=', stateHash)
      .where('expires_at', '>', new Date())
      .returningAll()
      .executeTakeFirst();
  },
};
