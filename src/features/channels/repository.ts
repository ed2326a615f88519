/** Channels (connected accounts): the only code that touches the channels table. */
import type { Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { ChannelsTable, ChannelStatus } from '../../db/schema.js';

export type ChannelRow = Selectable<ChannelsTable>;

export interface NewChannel {
  workspaceId: string;
  network: string;
  externalId: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  serviceUrl: string | null;
  credentialsEnc: string;
  limits: Record<string, unknown>;
}

export const channelsRepository = {
  /** Connecting the same account again refreshes its credentials and makes it active (a reconnect). */
  async upsert(db: Queryable, c: NewChannel): Promise<{ row: ChannelRow; created: boolean }> {
    const existing = await db
      .selectFrom('channels')
      .select('id')
      .where('workspace_id', '=', c.workspaceId)
      .where('network', '=', c.network)
      .where('external_id', '=', c.externalId)
      .executeTakeFirst();
    const values = {
      handle: c.handle,
      display_name: c.displayName,
      avatar_url: c.avatarUrl,
      service_url: c.serviceUrl,
      credentials_enc: c.credentialsEnc,
      limits: JSON.stringify(c.limits),
      status: 'active' as const,
      status_reason: null,
      updated_at: new Date(),
    };
    if (existing) {
      const row = await db.updateTable('channels').set(values).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow();
      return { row, created: false };
    }
    const row = await db
      .insertInto('channels')
      .values({ ...values, workspace_id: c.workspaceId, network: c.network, external_id: c.externalId })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { row, created: true };
  },

  async list(db: Queryable, workspaceId: string): Promise<ChannelRow[]> {
    return db.selectFrom('channels').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<ChannelRow | undefined> {
    return db.selectFrom('channels').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async findMany(db: Queryable, workspaceId: string, ids: string[]): Promise<ChannelRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('channels').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  },

  /** For the publisher, which works across workspaces: by id alone. */
  async findById(db: Queryable, id: string): Promise<ChannelRow | undefined> {
    return db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** For the publisher's batches, which span workspaces: by ids alone. */
  async findByIds(db: Queryable, ids: string[]): Promise<ChannelRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('channels').selectAll().where('id', 'in', ids).execute();
  },

  async setStatus(db: Queryable, id: string, status: ChannelStatus, reason: string | null): Promise<void> {
    await db.updateTable('channels').set({ status, status_reason: reason, updated_at: new Date() }).where('id', '=', id).execute();
  },

  async setCredentials(db: Queryable, id: string, credentialsEnc: string): Promise<void> {
    await db.updateTable('channels').set({ credentials_enc: credentialsEnc, updated_at: new Date() }).where('id', '=', id).execute();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('channels').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
