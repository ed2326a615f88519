/**
 * The media library's reads: a workspace's uploads filtered and paged newest first, their converted copies, where
 * each is used, and the tags in use. Writes of tags are here too; the upload row itself stays repository.ts's.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { MediaRenditionsTable, PublicationStatus } from '../../db/schema.js';
import type { MediaRow } from './repository.js';

export interface LibraryFilter {
  /** Words found in the file name, the alt text or a tag (case and accents as typed). */
  q?: string;
  tag?: string;
  /** Images without alt text only. */
  missingAlt?: boolean;
  kind?: 'image' | 'video';
  ids?: string[];
  /** Keyset: rows strictly older than this (created_at, id). */
  after?: { createdAt: Date; id: string };
  limit: number;
}

export interface MediaUsage {
  /** Posts (not deleted) that name the file in their content, a variant or a publication. */
  posts: number;
  /** Of those, posts with a publication still going out (the ones that block deletion). */
  open: number;
  /** The most recent few, to link to. */
  postIds: string[];
}

/** Images are what screen readers need alt text for; videos carry captions instead, which is another matter. */
const missingAltWhere = sql<boolean>`(media.alt_text = '' AND media.mime_type LIKE 'image/%')`;

export const libraryRepository = {
  async list(db: Queryable, workspaceId: string, f: LibraryFilter): Promise<MediaRow[]> {
    let query = db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId);
    if (f.ids) query = query.where('id', 'in', f.ids.length > 0 ? f.ids : ['00000000-0000-0000-0000-000000000000']);
    if (f.kind) query = query.where('mime_type', 'like', `${f.kind}/%`);
    if (f.missingAlt) query = query.where(missingAltWhere);
    if (f.tag) query = query.where(sql<boolean>`media.tags @> ${JSON.stringify([f.tag])}::jsonb`);
    if (f.q) {
      const pattern = containsPattern(f.q);
      query = query.where(sql<boolean>`(media.file_name ILIKE ${pattern} OR media.alt_text ILIKE ${pattern} OR media.tags::text ILIKE ${pattern})`);
    }
    if (f.after) {
      const { createdAt, id } = f.after;
      query = query.where(sql<boolean>`(media.created_at, media.id) < (${createdAt}, ${id}::uuid)`);
    }
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  },

  async renditionsOf(db: Queryable, mediaIds: string[]): Promise<Array<Selectable<MediaRenditionsTable>>> {
    if (mediaIds.length === 0) return [];
    return db.selectFrom('media_renditions').selectAll().where('media_id', 'in', mediaIds).orderBy('key').execute();
  },

  /**
   * Where each file is used, in one query over the workspace's posts and publications: a draft with no channel has
   * only the post's own list, a scheduled post also its publications (variants already resolved).
   */
  async usage(db: Queryable, workspaceId: string, mediaIds: string[], openStatuses: readonly PublicationStatus[]): Promise<Map<string, MediaUsage>> {
    const usage = new Map<string, MediaUsage>();
    if (mediaIds.length === 0) return usage;
    const ids = sql.join(mediaIds.map((id) => sql`${id}`));
    const open = sql.join(openStatuses.map((s) => sql`${s}`));
    const rows = await sql<{ media_id: string; posts: string; open: string; post_ids: string[] }>`
      WITH uses AS (
        SELECT e.media_id, p.id AS post_id, p.updated_at, false AS open
          FROM posts p, jsonb_array_elements_text(p.media_ids) AS e(media_id)
         WHERE p.workspace_id = ${workspaceId} AND p.deleted_at IS NULL AND e.media_id IN (${ids})
        UNION ALL
        SELECT e.media_id, p.id, p.updated_at, false
          FROM posts p, jsonb_array_elements(p.variants) AS v(variant), jsonb_array_elements_text(COALESCE(v.variant->'mediaIds', '[]'::jsonb)) AS e(media_id)
         WHERE p.workspace_id = ${workspaceId} AND p.deleted_at IS NULL AND e.media_id IN (${ids})
        UNION ALL
        SELECT e.media_id, p.id, p.updated_at, pub.status IN (${open})
          FROM publications pub JOIN posts p ON p.id = pub.post_id, jsonb_array_elements_text(pub.media_ids) AS e(media_id)
         WHERE pub.workspace_id = ${workspaceId} AND p.deleted_at IS NULL AND e.media_id IN (${ids})
      ), per_post AS (
        SELECT media_id, post_id, max(updated_at) AS updated_at, bool_or(open) AS open FROM uses GROUP BY media_id, post_id
      )
      SELECT media_id, count(*) AS posts, count(*) FILTER (WHERE open) AS open,
             (array_agg(post_id::text ORDER BY updated_at DESC))[1:5] AS post_ids
        FROM per_post GROUP BY media_id
    `.execute(db);
    for (const r of rows.rows) usage.set(r.media_id, { posts: Number(r.posts), open: Number(r.open), postIds: r.post_ids });
    return usage;
  },

  /** Tags in use with how many files carry each, most used first. */
  async tags(db: Queryable, workspaceId: string): Promise<Array<{ tag: string; count: number }>> {
    const rows = await sql<{ tag: string; count: string }>`
      SELECT t.tag, count(*) AS count FROM media, jsonb_array_elements_text(media.tags) AS t(tag)
       WHERE media.workspace_id = ${workspaceId} GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT 200
    `.execute(db);
    return rows.rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  },

  async countMissingAlt(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db.selectFrom('media').select(sql<string>`count(*)`.as('n')).where('workspace_id', '=', workspaceId).where(missingAltWhere).executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  async setTags(db: Queryable, workspaceId: string, id: string, tags: string[]): Promise<MediaRow | undefined> {
    return db.updateTable('media').set({ tags: JSON.stringify(tags) }).where('workspace_id', '=', workspaceId).where('id', '=', id).returningAll().executeTakeFirst();
  },
};
