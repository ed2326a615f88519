/**
 * The inbox as a work queue: filtered pages with what threading needs (the post's excerpt and the publication's
 * URL), the team's workflow (status, assignee, tags), internal notes and the navigation's counts. Writes only the
 * workflow columns of engagements; storing what the networks send stays in repository.ts.
 */
import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { EngagementKindValue, EngagementNotesTable, EngagementStatusValue } from '../../db/schema.js';
import type { EngagementRow } from './repository.js';

/** "open" is every item not done (assigned ones included); "assigned" the open ones someone has. */
export type InboxStatusFilter = 'open' | 'assigned' | 'done';
export type InboxOrder = 'newest' | 'oldest_open';

export interface InboxFilter {
  channelId?: string;
  network?: string;
  kind?: EngagementKindValue;
  status?: InboxStatusFilter;
  assigneeId?: string;
  tag?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
  language?: string;
  from?: Date;
  to?: Date;
  order: InboxOrder;
  /** Keyset: the last item of the previous page in the chosen order (created_at, then id). */
  cursor?: { at: Date; id?: string };
  limit: number;
}

export type InboxRow = EngagementRow & {
  post_id: string | null;
  post_excerpt: string | null;
  publication_url: string | null;
  assignee_name: string | null;
  notes_count: number;
};

export type NoteRow = Selectable<EngagementNotesTable> & { author_name: string | null };

export interface WorkflowChange {
  status?: EngagementStatusValue;
  assigneeId?: string | null;
  tags?: string[];
  by: string;
}

const EXCERPT_CHARS = 280;

/** An inbox item as the list and the detail show it: the engagement, its post, its assignee's name, its notes count. */
function inboxItems(db: Queryable, workspaceId: string) {
  return db
    .selectFrom('engagements as e')
    .leftJoin('publications as p', 'p.id', 'e.publication_id')
    .leftJoin('users as u', 'u.id', 'e.assignee_id')
    .selectAll('e')
    .select(['p.post_id', 'p.external_url as publication_url'])
    .select(sql<string | null>`left(p.text, ${EXCERPT_CHARS})`.as('post_excerpt'))
    .select(sql<string | null>`COALESCE(NULLIF(u.name, ''), u.email)`.as('assignee_name'))
    .select(sql<number>`(SELECT count(*)::int FROM engagement_notes n WHERE n.engagement_id = e.id)`.as('notes_count'))
    .where('e.workspace_id', '=', workspaceId)
    .where('e.deleted_at', 'is', null);
}

export const inboxRepository = {
  async list(db: Queryable, workspaceId: string, f: InboxFilter): Promise<InboxRow[]> {
    let q = inboxItems(db, workspaceId);
    if (f.channelId) q = q.where('e.channel_id', '=', f.channelId);
    if (f.network) q = q.where('e.network', '=', f.network);
    if (f.kind) q = q.where('e.kind', '=', f.kind);
    if (f.status === 'done') q = q.where('e.status', '=', 'done');
    if (f.status === 'open' || f.order === 'oldest_open') q = q.where('e.status', '=', 'open');
    if (f.status === 'assigned') q = q.where('e.status', '=', 'open').where('e.assignee_id', 'is not', null);
    if (f.assigneeId) q = q.where('e.assignee_id', '=', f.assigneeId);
    if (f.tag) q = q.where(sql<boolean>`e.tags @> ARRAY[${f.tag}]::text[]`);
    if (f.sentiment) q = q.where('e.sentiment_label', '=', f.sentiment);
    if (f.language) q = q.where('e.language', '=', f.language);
    if (f.from) q = q.where('e.created_at', '>=', f.from);
    if (f.to) q = q.where('e.created_at', '<', f.to);
    const c = f.cursor;
    const ascending = f.order === 'oldest_open';
    const past = ascending ? '>' : '<';
    if (c) {
      q = c.id
        ? q.where((eb) => eb.or([eb('e.created_at', past, c.at), eb.and([eb('e.created_at', '=', c.at), eb('e.id', past, c.id!)])]))
        : q.where('e.created_at', past, c.at);
    }
    const direction = ascending ? 'asc' : 'desc';
    return q.orderBy('e.created_at', direction).orderBy('e.id', direction).limit(f.limit).execute();
  },

  async findItem(db: Queryable, workspaceId: string, id: string): Promise<InboxRow | undefined> {
    const rows = await inboxItems(db, workspaceId)
      .where('e.id', '=', id)
      .execute();
    return rows[0];
  },

  /** Sets what changed; done_at/done_by follow the status (reopening clears them). */
  async updateWorkflow(db: Queryable, workspaceId: string, id: string, change: WorkflowChange): Promise<boolean> {
    const set: Record<string, unknown> = {};
    if (change.tags !== undefined) set['tags'] = change.tags;
    if (change.assigneeId !== undefined) set['assignee_id'] = change.assigneeId;
    if (change.status === 'done') Object.assign(set, { status: 'done', done_at: new Date(), done_by: change.by });
    if (change.status === 'open') Object.assign(set, { status: 'open', done_at: null, done_by: null });
    if (Object.keys(set).length === 0) return true;
    const result = await db
      .updateTable('engagements')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async isMember(db: Queryable, workspaceId: string, userId: string): Promise<boolean> {
    const row = await db.selectFrom('memberships').select('user_id').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    return row !== undefined;
  },

  /** Open (not done), open and assigned to `userId`, and done since `dayStart`. */
  async counts(db: Queryable, workspaceId: string, userId: string, dayStart: Date) {
    const row = await db
      .selectFrom('engagements')
      .select([
        sql<number>`count(*) FILTER (WHERE status = 'open')::int`.as('open'),
        sql<number>`count(*) FILTER (WHERE status = 'open' AND assignee_id = ${userId})::int`.as('assigned_to_me'),
        sql<number>`count(*) FILTER (WHERE status = 'done' AND done_at >= ${dayStart})::int`.as('done_today'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { open: row.open, assignedToMe: row.assigned_to_me, doneToday: row.done_today };
  },

  async notes(db: Queryable, engagementId: string): Promise<NoteRow[]> {
    return db
      .selectFrom('engagement_notes as n')
      .leftJoin('users as u', 'u.id', 'n.author_id')
      .selectAll('n')
      .select(sql<string | null>`COALESCE(NULLIF(u.name, ''), u.email)`.as('author_name'))
      .where('n.engagement_id', '=', engagementId)
      .orderBy('n.created_at')
      .orderBy('n.id')
      .execute();
  },

  async addNote(db: Queryable, engagementId: string, authorId: string, text: string): Promise<string> {
    const row = await db.insertInto('engagement_notes').values({ engagement_id: engagementId, author_id: authorId, text }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  },
};
