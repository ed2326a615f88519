/** The only place that touches `network_apps`: a workspace's own OAuth app per network, its secret sealed. */
import type { Queryable } from '../../db/database.js';

export interface NetworkAppRow {
  network: string;
  client_id: string;
  client_secret_enc: string;
  updated_at: Date;
}

export const networkAppsRepository = {
  async list(db: Queryable, workspaceId: string): Promise<NetworkAppRow[]> {
    return db
      .selectFrom('network_apps')
      .select(['network', 'client_id', 'client_secret_enc', 'updated_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('network')
      .execute();
  },

  async find(db: Queryable, workspaceId: string, network: string): Promise<NetworkAppRow | undefined> {
    return db
      .selectFrom('network_apps')
      .select(['network', 'client_id', 'client_secret_enc', 'updated_at'])
      .where('workspace_id', '=', workspaceId)
      .where('network', '=', network)
      .executeTakeFirst();
  },

  /** Saves or replaces the workspace's app for the network. */
  async save(db: Queryable, row: { workspaceId: string; network: string; clientId: string; clientSecretEnc: string; userId: string }): Promise<void> {
    const values = { client_id: row.clientId, client_secret_enc: row.clientSecretEnc, updated_by: row.userId, updated_at: new Date() };
    await db
      .insertInto('network_apps')
      .values({ workspace_id: row.workspaceId, network: row.network, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'network']).doUpdateSet(values))
      .execute();
  },

  async remove(db: Queryable, workspaceId: string, network: string): Promise<boolean> {
    const result = await db.deleteFrom('network_apps').where('workspace_id', '=', workspaceId).where('network', '=', network).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /** Every workspace's saved app for one network (the Meta webhook handshake names no workspace). */
  async listForNetwork(db: Queryable, network: string): Promise<Array<NetworkAppRow & { workspace_id: string }>> {
    return db
      .selectFrom('network_apps')
      .select(['workspace_id', 'network', 'client_id', 'client_secret_enc', 'updated_at'])
      .where('network', '=', network)
      .execute();
  },

  /** How many workspaces saved an app for each network (for `chorus doctor`). */
  async countByNetwork(db: Queryable): Promise<Record<string, number>> {
    const rows = await db.selectFrom('network_apps').select(['network']).select((eb) => eb.fn.countAll<string>().as('n')).groupBy('network').execute();
    return Object.fromEntries(rows.map((r) => [r.network, Number(r.n)]));
  },
};
