/**
 * Website tracking: the only code that touches collect_origins, page_views, share_tokens, conversions and
 * conversion_stats_daily (and reads clicks/links/posts to attribute what the snippet sends).
 */
import { clickTimeFromId } from '../links/redirect/click-ring.js';
import { statsRepository } from '../links/stats-repository.js';
import { sql } from 'kysely';
import type { DB, Queryable, Tx } from '../../db/database.js';
import { auditRepository } from '../audit/repository.js';


/** Where a visit came from: the link (and its post, publication and network) a click or token leads back to. */
export interface Attribution {
  linkId: string;
  postId: string | null;
  publicationId: string | null;
  network: string | null;
}

export interface TokenRow extends Attribution {
  token: string;
  clickId: string | null;
}

export interface NewPageView {
  workspaceId: string;
  url: string;
  referrerHost: string | null;
  clickId: string | null;
  ref: string | null;
  linkId: string | null;
  publicationId: string | null;
}

export interface NewConversion {
  workspaceId: string;
  at: Date;
  name: string;
  value: string | null;
  currency: string | null;
  clickId: string | null;
  ref: string | null;
  ownRef: string | null;
  attribution: Attribution | null;
}

export interface CascadeRow {
  token: string;
  parent_token: string | null;
  visits: number;
  created_at: Date;
}

export const collectRepository = {
  /** One round trip: does the workspace exist, and does it allow this origin? */
  async originCheck(db: Queryable, workspaceId: string, origin: string): Promise<{ workspace: boolean; allowed: boolean }> {
    const row = await db
      .selectFrom('workspaces as w')
      .leftJoin('collect_origins as o', (join) => join.onRef('o.workspace_id', '=', 'w.id').on('o.origin', '=', origin))
      .select(['w.id', 'o.origin'])
      .where('w.id', '=', workspaceId)
      .executeTakeFirst();
    return { workspace: row !== undefined, allowed: row?.origin != null };
  },

  async anyWorkspaceAllows(db: Queryable, origin: string): Promise<boolean> {
    const row = await db.selectFrom('collect_origins').select('origin').where('origin', '=', origin).limit(1).executeTakeFirst();
    return row !== undefined;
  },

  async listOrigins(db: Queryable, workspaceId: string): Promise<string[]> {
    const rows = await db.selectFrom('collect_origins').select('origin').where('workspace_id', '=', workspaceId).orderBy('origin').execute();
    return rows.map((r) => r.origin);
  },

  /** Replaces the whole list, audited in the same transaction. */
  async replaceOrigins(db: DB, workspaceId: string, origins: string[], actorUserId: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await auditRepository.record(trx, { workspaceId, actorUserId, action: 'collect.origins.update', targetType: 'workspace', targetId: workspaceId, data: { origins } });
      await trx.deleteFrom('collect_origins').where('workspace_id', '=', workspaceId).execute();
      if (origins.length > 0) {
        await trx.insertInto('collect_origins').values(origins.map((origin) => ({ workspace_id: workspaceId, origin }))).execute();
      }
    });
  },

  /** The link a click of this workspace was on, with the link's post (clicks do not carry it). */
  async findClick(db: Queryable, workspaceId: string, clickId: string): Promise<Attribution | undefined> {
    // Click ids are UUID v7 whose first 48 bits are the click's time: bounding `at` lets PostgreSQL read one monthly
    // partition instead of probing every partition's index. Older (v4) ids have no time and search them all.
    const at = clickTimeFromId(clickId);
    const row = await db
      .selectFrom('clicks as c')
      .$if(at !== null, (q) => q.where('c.at', '>=', at!).where('c.at', '<', new Date(at!.getTime() + 1)))
      .innerJoin('links as l', 'l.id', 'c.link_id')
      .select(['c.link_id', 'l.post_id', sql<string | null>`coalesce(c.publication_id, l.publication_id)`.as('publication_id'), sql<string | null>`coalesce(c.network, l.network)`.as('network')])
      .where('c.id', '=', clickId)
      .where('c.workspace_id', '=', workspaceId)
      .limit(1)
      .executeTakeFirst();
    return row && { linkId: row.link_id, postId: row.post_id, publicationId: row.publication_id, network: row.network };
  },

  async findToken(db: Queryable, workspaceId: string, token: string): Promise<TokenRow | undefined> {
    const row = await db
      .selectFrom('share_tokens')
      .select(['token', 'click_id', 'link_id', 'post_id', 'publication_id', 'network'])
      .where('token', '=', token)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row && { token: row.token, clickId: row.click_id, linkId: row.link_id, postId: row.post_id, publicationId: row.publication_id, network: row.network };
  },

  /** Stores the view and, when it carries a token of this workspace, counts one visit for that token. */
  async insertPageView(db: DB, v: NewPageView): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('page_views')
        .values({
          workspace_id: v.workspaceId,
          url: v.url,
          referrer_host: v.referrerHost,
          click_id: v.clickId,
          ref: v.ref,
          link_id: v.linkId,
          publication_id: v.publicationId,
        })
        .execute();
      if (v.ref) {
        await trx
          .updateTable('share_tokens')
          .set((eb) => ({ visits: eb('visits', '+', 1) }))
          .where('token', '=', v.ref)
          .where('workspace_id', '=', v.workspaceId)
          .execute();
      }
    });
  },

  /** Inserts unless the token is taken (returns false then: the caller draws another). */
  async insertToken(db: Queryable, workspaceId: string, token: string, parent: string | null, clickId: string | null, a: Attribution): Promise<boolean> {
    const row = await db
      .insertInto('share_tokens')
      .values({
        token,
        workspace_id: workspaceId,
        parent_token: parent,
        click_id: clickId,
        link_id: a.linkId,
        post_id: a.postId,
        publication_id: a.publicationId,
        network: a.network,
      })
      .onConflict((oc) => oc.column('token').doNothing())
      .returning('token')
      .executeTakeFirst();
    return row !== undefined;
  },

  /**
   * Stores the conversion and adds it to the link's daily rollup in the same transaction; `within` runs in it too,
   * with the new conversion's id (its webhook event).
   */
  async insertConversion(db: DB, c: NewConversion, within?: (trx: Tx, id: string) => Promise<void>): Promise<void> {
    const a = c.attribution;
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('conversions')
        .values({
          workspace_id: c.workspaceId,
          at: c.at,
          name: c.name,
          value: c.value,
          currency: c.currency,
          click_id: c.clickId,
          ref: c.ref,
          own_ref: c.ownRef,
          link_id: a?.linkId ?? null,
          publication_id: a?.publicationId ?? null,
          post_id: a?.postId ?? null,
          network: a?.network ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await within?.(trx, id);
      if (!a) return;
      await trx
        .insertInto('conversion_stats_daily')
        .values({
          link_id: a.linkId,
          day: c.at.toISOString().slice(0, 10),
          name: c.name,
          network: a.network ?? '',
          currency: c.currency ?? '',
          conversions: 1,
          value: c.value ?? '0',
        })
        .onConflict((oc) =>
          oc.columns(['link_id', 'day', 'name', 'network', 'currency']).doUpdateSet((eb) => ({
            conversions: eb('conversion_stats_daily.conversions', '+', 1),
            value: eb('conversion_stats_daily.value', '+', eb.ref('excluded.value')),
          })),
        )
        .execute();
      // A conversion after an A/B link counts for the arm that visitor was sent to (the bandit learns from it).
      if (c.clickId) await statsRepository.countArmConversion(trx, c.clickId);
    });
  },

  /** Every share token of one link or one post, oldest first (a parent is always older than its children). */
  async cascadeNodes(db: Queryable, workspaceId: string, of: { linkId: string } | { postId: string }): Promise<CascadeRow[]> {
    let q = db.selectFrom('share_tokens').select(['token', 'parent_token', 'visits', 'created_at']).where('workspace_id', '=', workspaceId);
    q = 'linkId' in of ? q.where('link_id', '=', of.linkId) : q.where('post_id', '=', of.postId);
    return q.orderBy('created_at').orderBy('token').execute();
  },

  async postExists(db: Queryable, workspaceId: string, postId: string): Promise<boolean> {
    const row = await db.selectFrom('posts').select('id').where('workspace_id', '=', workspaceId).where('id', '=', postId).executeTakeFirst();
    return row !== undefined;
  },

  /** When the workspace's post was created, or undefined when the workspace has no such post. */
  async postCreatedAt(db: Queryable, workspaceId: string, postId: string): Promise<Date | undefined> {
    const row = await db.selectFrom('posts').select('created_at').where('workspace_id', '=', workspaceId).where('id', '=', postId).executeTakeFirst();
    return row?.created_at;
  },

  /**
   * Conversion rollup rows over whole UTC days [fromDay, toDay], summed per name, network and currency: of one link,
   * or of every link of one post of the workspace.
   */
  async conversionRollup(
    db: Queryable,
    of: { linkId: string } | { workspaceId: string; postId: string },
    fromDay: string,
    toDay: string,
  ) {
    let query = db
      .selectFrom('conversion_stats_daily as s')
      .innerJoin('links as l', 'l.id', 's.link_id')
      .select(['s.name', 's.network', 's.currency', sql<number>`sum(s.conversions)::int8`.as('conversions'), sql<string>`sum(s.value)::text`.as('value')])
      .where('s.day', '>=', fromDay)
      .where('s.day', '<=', toDay);
    query = 'linkId' in of ? query.where('s.link_id', '=', of.linkId) : query.where('l.workspace_id', '=', of.workspaceId).where('l.post_id', '=', of.postId);
    return query.groupBy(['s.name', 's.network', 's.currency']).orderBy('s.name').orderBy('s.network').orderBy('s.currency').execute();
  },

  /** Conversions credited to each publication of a post of the workspace (through its links), all time, per currency. */
  async conversionsByPublication(db: Queryable, workspaceId: string, postId: string) {
    const rows = await db
      .selectFrom('conversion_stats_daily as s')
      .innerJoin('links as l', 'l.id', 's.link_id')
      .select(['l.publication_id', 's.currency', sql<number>`sum(s.conversions)::int8`.as('conversions'), sql<string>`sum(s.value)::text`.as('value')])
      .where('l.workspace_id', '=', workspaceId)
      .where('l.post_id', '=', postId)
      .where('l.publication_id', 'is not', null)
      .groupBy(['l.publication_id', 's.currency'])
      .execute();
    return rows.flatMap((r) => (r.publication_id ? [{ ...r, publication_id: r.publication_id }] : []));
  },

  /** Every share token of a post of the workspace with the publication its visitor came through. */
  async shareNodesOfPost(db: Queryable, workspaceId: string, postId: string) {
    return db
      .selectFrom('share_tokens')
      .select(['token', 'parent_token', 'visits', 'publication_id'])
      .where('workspace_id', '=', workspaceId)
      .where('post_id', '=', postId)
      .execute();
  },
};
