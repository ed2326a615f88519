/** The inbox's engagement: the only code that touches the engagements table. */
import { sql, type Insertable, type OnConflictBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { EngagementsTable, Schema } from '../../db/schema.js';
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

/** An item as the upsert takes it: what the network said, with what the sentiment engine said of its text. */
export type EngagementInput = EngagementItem & { analysis?: TextAnalysis };

/**
 * Rows per INSERT statement: one round trip and one plan shared by a few hundred rows. `npm run bench -- ingest`
 * compares 100, 250, 500 and 1,000 (bench/RESULTS.md). Passing the rows as column arrays (unnest) rather than VALUES
 * stored 10,000 items in rounds of 1,000 at 6,900–8,700/s instead of 3,300–4,500/s on PostgreSQL, and
 * 3,100–5,900/s instead of 1,300–2,900/s on PGlite (three runs each, interleaved, 2026-12-06, shared machine at load ~12).
 */
export const ROWS_PER_STATEMENT = 500;

/** The items to store, each external id once (its first sighting), oldest first. */
function oldestFirstOnce(items: EngagementInput[]): EngagementInput[] {
  const seen = new Set<string>();
  // Oldest first, so a reply to a comment in the same batch finds that comment's publication.
  const ordered = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return ordered.filter((item) => {
    if (!item.externalId || seen.has(item.externalId)) return false;
    seen.add(item.externalId);
    return true;
  });
}

/**
 * The publication each item belongs to: the one of ours whose external id is its parent, else the parent comment's
 * publication — a stored comment's, or that of a comment earlier in this batch. Two reads for the whole batch.
 */
async function publicationsOf(db: Queryable, channelId: string, ordered: EngagementInput[]): Promise<Map<string, string | null>> {
  const parents = [...new Set(ordered.flatMap((item) => (item.inReplyTo ? [item.inReplyTo] : [])))];
  const ours = new Map<string, string>();
  const storedParents = new Map<string, string | null>();
  if (parents.length > 0) {
    const anyParent = sql<string>`ANY(${parents}::text[])`;
    const publications = await db.selectFrom('publications').select(['id', 'external_id']).where('channel_id', '=', channelId).where('external_id', '=', anyParent).execute();
    for (const p of publications) if (p.external_id !== null && !ours.has(p.external_id)) ours.set(p.external_id, p.id);
    const comments = await db.selectFrom('engagements').select(['external_id', 'publication_id']).where('channel_id', '=', channelId).where('external_id', '=', anyParent).execute();
    for (const c of comments) storedParents.set(c.external_id, c.publication_id);
  }
  const resolved = new Map<string, string | null>();
  for (const item of ordered) {
    const parent = item.inReplyTo;
    // A stored parent keeps its publication (the upsert never replaces one), else it takes the one this batch gives it;
    // `resolved` holds only items earlier in the batch, as the one-row-at-a-time upsert saw them.
    const publication = parent ? (ours.get(parent) ?? storedParents.get(parent) ?? resolved.get(parent) ?? null) : null;
    resolved.set(item.externalId, publication);
  }
  return resolved;
}

/** A row as this batch inserts it, every column it sets given (the rest are the table's defaults). */
export type NewEngagementRow = Pick<
  EngagementRow,
  | 'workspace_id' | 'channel_id' | 'publication_id' | 'network' | 'kind' | 'external_id' | 'parent_external_id' | 'author_external_id'
  | 'author_handle' | 'author_name' | 'author_avatar_url' | 'text' | 'url' | 'language' | 'sentiment_label' | 'sentiment_score'
> & { created_at: Date };

/** A row this batch inserted: what it wrote, and the id the table gave it. */
export type InsertedEngagement = NewEngagementRow & { id: string };

function rowOf(channel: EngagementChannel, item: EngagementInput, publicationId: string | null): NewEngagementRow {
  return {
    workspace_id: channel.workspace_id,
    channel_id: channel.id,
    publication_id: publicationId,
    network: channel.network,
    kind: item.kind,
    external_id: item.externalId,
    parent_external_id: item.inReplyTo,
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
  };
}

/**
 * The rows as one SELECT over an array per column: 17 parameters per statement whatever its size (VALUES binds 17 per
 * row, each serialized, planned and parsed on its own). Exported for the ingest bench's ceiling, a bare INSERT of the
 * same shape.
 */
export function unnestOf(rows: NewEngagementRow[]) {
  const column = <T>(value: (row: NewEngagementRow) => T) => rows.map(value);
  return sql<Insertable<EngagementsTable>>`SELECT * FROM unnest(
    ${column((r) => r.workspace_id)}::uuid[], ${column((r) => r.channel_id)}::uuid[], ${column((r) => r.publication_id ?? null)}::uuid[],
    ${column((r) => r.network)}::text[], ${column((r) => r.kind)}::text[], ${column((r) => r.external_id)}::text[],
    ${column((r) => r.parent_external_id ?? null)}::text[], ${column((r) => r.author_external_id)}::text[],
    ${column((r) => r.author_handle)}::text[], ${column((r) => r.author_name)}::text[], ${column((r) => r.author_avatar_url ?? null)}::text[],
    ${column((r) => r.text)}::text[], ${column((r) => r.url ?? null)}::text[],
    ${column((r) => r.created_at.toISOString())}::timestamptz[],
    ${column((r) => r.language ?? null)}::text[], ${column((r) => r.sentiment_label ?? null)}::text[], ${column((r) => r.sentiment_score ?? null)}::real[])`;
}

/** What a second sighting of a stored item changes: the shared ON CONFLICT rule of the batch path and of the
 * per-item baseline the ingest bench keeps. */
export const onEngagementConflict = (oc: OnConflictBuilder<Schema, 'engagements'>) =>
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
  });

export const UPSERT_COLUMNS = [
  'workspace_id', 'channel_id', 'publication_id', 'network', 'kind', 'external_id', 'parent_external_id', 'author_external_id',
  'author_handle', 'author_name', 'author_avatar_url', 'text', 'url', 'created_at', 'language', 'sentiment_label', 'sentiment_score',
] as const;

/**
 * One multi-row upsert; answers the rows it inserted (not the ones it merged into), in no particular order. Only their
 * ids come back: an inserted row holds exactly what was sent, so reading whole rows back (three timestamps and twenty
 * columns each, parsed by Node) would only repeat it.
 */
async function upsertRows(db: Queryable, rows: NewEngagementRow[]): Promise<InsertedEngagement[]> {
  const upserted = await db
    .with('upserted', (qc) =>
      qc
        .insertInto('engagements')
        .columns(UPSERT_COLUMNS)
        .expression(unnestOf(rows))
        .onConflict(onEngagementConflict)
        .returning(['id', 'external_id'])
        // xmax is 0 only for a row this statement inserted (an update of an existing row sets it).
        .returning(sql<boolean>`(xmax = 0)`.as('inserted')),
    )
    .selectFrom('upserted')
    .select(['id', 'external_id'])
    .where('inserted', '=', true)
    .execute();
  const byExternalId = new Map(rows.map((row) => [row.external_id, row]));
  return upserted.map(({ id, external_id }) => ({ ...byExternalId.get(external_id)!, id }));
}

export const engagementsRepository = {
  /**
   * Stores items once per (channel, external id), whether a poll or a webhook found them first; returns how many
   * were new. A second sighting fills in what the first lacked (a webhook may not name the author, a poll may
   * classify a mention as the reply it is) but never undoes the inbox's own state (hidden, deleted, replied).
   * The publication is the one of ours whose external id is the parent, or the parent comment's publication.
   * Returns the rows that were new (re-seen items and repeats within the batch are not), oldest first — items of
   * the same time in the order given.
   *
   * Statements of `rowsPerStatement` rows, in external-id order: two batches storing some of the same items (a poll
   * and a webhook) take their row locks in the same order, so they wait for each other instead of deadlocking.
   */
  async upsertMany(db: Queryable, channel: EngagementChannel, items: EngagementInput[], rowsPerStatement = ROWS_PER_STATEMENT): Promise<InsertedEngagement[]> {
    const ordered = oldestFirstOnce(items);
    if (ordered.length === 0) return [];
    const publications = await publicationsOf(db, channel.id, ordered);
    const rows = ordered.map((item) => rowOf(channel, item, publications.get(item.externalId) ?? null));
    rows.sort((a, b) => (a.external_id < b.external_id ? -1 : a.external_id > b.external_id ? 1 : 0));
    const inserted = new Map<string, InsertedEngagement>();
    for (let i = 0; i < rows.length; i += rowsPerStatement) {
      for (const row of await upsertRows(db, rows.slice(i, i + rowsPerStatement))) inserted.set(row.external_id, row);
    }
    return ordered.flatMap((item) => inserted.get(item.externalId) ?? []);
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

  async setLiked(db: Queryable, id: string, liked: boolean): Promise<EngagementRow> {
    return db.updateTable('engagements').set({ liked }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
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
