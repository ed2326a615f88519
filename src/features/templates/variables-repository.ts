/** The only place that touches `template_variables` and `channel_signatures`. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { ChannelSignaturesTable, TemplateVariablesTable } from '../../db/schema.js';

export type VariableRow = Selectable<TemplateVariablesTable>;
export type SignatureRow = Selectable<ChannelSignaturesTable>;

export interface VariableScope {
  channelId: string | null;
  segmentId: string | null;
}

export const variablesRepository = {
  async list(db: Queryable, workspaceId: string): Promise<VariableRow[]> {
    return db.selectFrom('template_variables').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').orderBy('created_at').execute();
  },

  /** The workspace's values and those of the given channels and segments: what filling them needs. */
  async forScopes(db: Queryable, workspaceId: string, channelIds: string[], segmentIds: string[]): Promise<VariableRow[]> {
    return db
      .selectFrom('template_variables')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where((eb) =>
        eb.or([
          eb.and([eb('channel_id', 'is', null), eb('segment_id', 'is', null)]),
          ...(channelIds.length > 0 ? [eb('channel_id', 'in', channelIds)] : []),
          ...(segmentIds.length > 0 ? [eb('segment_id', 'in', segmentIds)] : []),
        ]),
      )
      .execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<VariableRow | undefined> {
    return db.selectFrom('template_variables').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async findByScope(db: Queryable, workspaceId: string, name: string, scope: VariableScope): Promise<VariableRow | undefined> {
    return db
      .selectFrom('template_variables')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .where('channel_id', scope.channelId ? '=' : 'is', scope.channelId)
      .where('segment_id', scope.segmentId ? '=' : 'is', scope.segmentId)
      .executeTakeFirst();
  },

  async create(db: Queryable, workspaceId: string, scope: VariableScope, name: string, value: string): Promise<VariableRow> {
    return db
      .insertInto('template_variables')
      .values({ workspace_id: workspaceId, channel_id: scope.channelId, segment_id: scope.segmentId, name, value })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async update(db: Queryable, workspaceId: string, id: string, value: string): Promise<VariableRow | undefined> {
    return db
      .updateTable('template_variables')
      .set({ value, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('template_variables').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  async signatures(db: Queryable, workspaceId: string, channelIds: string[]): Promise<SignatureRow[]> {
    if (channelIds.length === 0) return [];
    return db.selectFrom('channel_signatures').selectAll().where('workspace_id', '=', workspaceId).where('channel_id', 'in', channelIds).execute();
  },

  /** Sets the channel's signature; empty text removes it. */
  async setSignature(db: Queryable, workspaceId: string, channelId: string, text: string): Promise<void> {
    if (text === '') {
      await db.deleteFrom('channel_signatures').where('workspace_id', '=', workspaceId).where('channel_id', '=', channelId).execute();
      return;
    }
    await db
      .insertInto('channel_signatures')
      .values({ workspace_id: workspaceId, channel_id: channelId, text })
      .onConflict((oc) => oc.column('channel_id').doUpdateSet({ text, updated_at: sql`now()` }))
      .execute();
  },
};
