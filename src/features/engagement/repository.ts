/** The inbox's engagement: the only code that touches the engagements table. */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { EngagementsTable } from '../../db/schema.js';
import type { EngagementItem } from '../../networks/connector.js';

export type EngagementRow = Selectable<EngagementsTable>;
/** What the sentiment engine said of an item's text (features/sentiment), stored with it. */
export interface TextAnalysis {
  language: string;
  label: 'positive' | 'neutral' | 'negative';
  score: number;
}

/** The channel an item arrived for (what the upsert needs of it). */
export interface EngagementChannel {
  id: string;
  workspace_id: string;
  network: string;
}

export const engagementsRepository = {
  /**
   * Stores items once per (channel, external id), whether a poll or a webhook found them first; returns how many
   * were new. A second sighting fills in what the first lacked (a webhook may not name the author, a poll may
   * classify a mention as the reply it is) but never undoes the inbox's own state (hidden, deleted, replied).
   * The publication is the one of ours whose external id is the parent, or the parent comment's publication.
   * Returns the rows that were new (re-seen items are not).
   */
  async upsertMany(db: Queryable, channel: EngagementChannel, items: Array<EngagementItem & { analysis?: TextAnalysis }>): Promise<EngagementRow[]> {
    const inserted: EngagementRow[] = [];
    const seen = new Set<string>();
    // Oldest first, so a reply to a comment in the same batch finds that comment's publication.
    const ordered = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const item of ordered) {
      if (!item.externalId || seen.has(item.externalId)) continue;
      seen.add(item.externalId);
      const parent = item.inReplyTo;
      const publication = parent
        ? sql<string | null>`COALESCE(
            (SELECT id FROM publications WHERE channel_id = ${channel.id} AND external_id = ${parent} LIMIT 1),
            (SELECT publication_id FROM engagements WHERE channel_id = ${channel.id} AND external_id = ${parent} LIMIT 1))`
        : null;
      const row = await db
        .insertInto('engagements')
        .values({
          workspace_id: channel.workspace_id,
          channel_id: channel.id,
          publication_id: publication,
          network: channel.network,
          kind: item.kind,
          external_id: item.externalId,
          parent_external_id: parent,
          author_external_id: item.author.externalId,
          author_handle: item.author.handle,
          author_name: item.author.displayName,
          author_avatar_url: item.author.avatarUrl,
          text: item.text,
          url: item.url,
          created_at: Number.isNaN(item.createdAt.getTime()) ? new Date() : item.createdAt,
          language: item.analysis?.language ?? null,
          sentiment_label: item.analysis?.label ?? null,
          sentiment_score: item.analysis?.score ?? null,
        })
        .onConflict((oc) =>
          oc.columns(['channel_id', 'external_id']).doUpdateSet({
            text: (eb) => eb.ref('excluded.text'),
            // The text may have been edited: its language and sentiment follow it.
            language: sql`COALESCE(excluded.language, engagements.language)`,
            sentiment_label: sql`COALESCE(excluded.sentiment_label, engagements.sentiment_label)`,
            sentiment_score: sql`COALESCE(excluded.sentiment_score, engagements.sentiment_score)`,
            // A listening match never hides what an item is to us; a mention or a match found to answer us becomes that.
            kind: sql`CASE WHEN excluded.kind = 'listening' THEN engagements.kind WHEN engagements.kind IN ('mention', 'listening') THEN excluded.kind ELSE engagements.kind END`,
            author_handle: sql`COALESCE(NULLIF(excluded.author_handle, ''), engagements.author_handle)`,
            author_name: sql`COALESCE(NULLIF(excluded.author_name, ''), engagements.author_name)`,
            author_avatar_url: sql`COALESCE(excluded.author_avatar_url, engagements.author_avatar_url)`,
            url: sql`COALESCE(excluded.url, engagements.url)`,
            parent_external_id: sql`COALESCE(engagements.parent_external_id, excluded.parent_external_id)`,
            publication_id: sql`COALESCE(engagements.publication_id, excluded.publication_id)`,
          }),
        )
        // xmax is 0 only for a row this statement inserted (an update of an existing row sets it).
        .returningAll()
        .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
        .executeTakeFirst();
      if (row?.inserted) {
        const { inserted: _, ...stored } = row;
        inserted.push(stored);
      }
    }
    return inserted;
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<EngagementRow | undefined> {
    return db
      .selectFrom('engagements')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  },

  async findByExternalId(db: Queryable, channelId: string, externalId: string): Promise<EngagementRow | undefined> {
    return db.selectFrom('engagements').selectAll().where('channel_id', '=', channelId).where('external_id', '=', externalId).executeTakeFirst();
  },

  async setHidden(db: Queryable, id: string, hidden: boolean): Promise<EngagementRow> {
    return db.updateTable('engagements').set({ hidden }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  },

  async markDeleted(db: Queryable, id: string, at = new Date()): Promise<void> {
    await db.updateTable('engagements').set({ deleted_at: at }).where('id', '=', id).execute();
  },

  /** Records a reply sent by `by`; the first reply's time and author stay as they were (the team figures read them). */
  async markReplied(db: Queryable, id: string, reply: { externalId: string; url: string }, by: string | null, at = new Date()): Promise<EngagementRow> {
    return db
      .updateTable('engagements')
      .set({
        replied_at: at,
        reply_external_id: reply.externalId,
        reply_url: reply.url,
        replied_by: by,
        first_replied_by: sql<string | null>`CASE WHEN first_replied_at IS NULL THEN ${by}::uuid ELSE first_replied_by END`,
        first_replied_at: sql<Date>`COALESCE(first_replied_at, ${at})`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * Channels of a network with this account id, in every workspace that connected it (a webhook names
   * the account, not the workspace). Read-only use of the channels table: the channels repository has no lookup
   * across workspaces, and webhooks are the one caller that needs it.
   */
  async channelsForAccount(db: Queryable, network: string, externalId: string): Promise<EngagementChannel[]> {
    return db
      .selectFrom('channels')
      .select(['id', 'workspace_id', 'network'])
      .where('network', '=', network)
      .where('external_id', '=', externalId)
      // A channel waiting for reconnection still has an inbox: comments keep arriving while its token is dead.
      .where('status', '!=', 'disabled')
      .execute();
  },
};
