/**
 * The only place that touches `alert_rules` and `alerts`, and the counts the rules read off `engagements`. Windows are
 * counted the way the detector's replay counts them: bucket b holds items with now - (b+1)·w < created_at ≤ now - b·w.
 */
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { AlertKind, AlertNotify, AlertRulesTable, AlertsTable, Schema } from '../../db/schema.js';

export type AlertRuleRow = Selectable<AlertRulesTable>;
export type AlertRow = Selectable<AlertsTable>;

export interface NewAlertRule {
  workspaceId: string;
  name: string;
  kind: AlertKind;
  windowMinutes: number;
  minCount: number;
  keywords: string[];
  notify: AlertNotify;
  /** Null for rules made by the system (the benchmark's replay). */
  createdBy: string | null;
}

export type AlertRuleChanges = Partial<Pick<NewAlertRule, 'name' | 'windowMinutes' | 'minCount' | 'keywords' | 'notify'>> & { active?: boolean };

/** What a surge rule counts: the negative items, or the items that mention one of the keywords. */
export type Counted = { negative: true } | { keywords: string[] };

/** The items a surge rule counts, as a condition on engagements (the same for its counts and for the items it names). */
function isCounted(eb: ExpressionBuilder<Schema, 'engagements'>, counted: Counted) {
  return 'negative' in counted
    ? eb('sentiment_label', '=', 'negative')
    : eb('text', 'ilike', sql<string>`ANY(${counted.keywords.map(containsPattern)}::text[])`);
}

export const alertsRepository = {
  async createRule(db: Queryable, r: NewAlertRule): Promise<AlertRuleRow> {
    return db
      .insertInto('alert_rules')
      .values({
        workspace_id: r.workspaceId,
        name: r.name,
        kind: r.kind,
        window_minutes: r.windowMinutes,
        min_count: r.minCount,
        keywords: r.keywords,
        notify: JSON.stringify(r.notify),
        created_by: r.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async listRules(db: Queryable, workspaceId: string): Promise<AlertRuleRow[]> {
    return db.selectFrom('alert_rules').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  },

  async countRules(db: Queryable, workspaceId: string): Promise<number> {
    const row = await db.selectFrom('alert_rules').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async findRule(db: Queryable, workspaceId: string, id: string): Promise<AlertRuleRow | undefined> {
    return db.selectFrom('alert_rules').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async updateRule(db: Queryable, workspaceId: string, id: string, c: AlertRuleChanges): Promise<AlertRuleRow | undefined> {
    return db
      .updateTable('alert_rules')
      .set({
        ...(c.name !== undefined && { name: c.name }),
        ...(c.windowMinutes !== undefined && { window_minutes: c.windowMinutes }),
        ...(c.minCount !== undefined && { min_count: c.minCount }),
        ...(c.keywords !== undefined && { keywords: c.keywords }),
        ...(c.notify !== undefined && { notify: JSON.stringify(c.notify) }),
        ...(c.active !== undefined && { active: c.active }),
        // A changed rule starts afresh: armed, and evaluated at the next round.
        armed: true,
        next_evaluation_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  async removeRule(db: Queryable, workspaceId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('alert_rules').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /** Claims the rules due for evaluation; the lease keeps other workers off them until it runs out. */
  async claimDue(db: Queryable, now: Date, leaseMs: number, limit = 100): Promise<string[]> {
    const rows = await sql<{ id: string }>`
      UPDATE alert_rules SET next_evaluation_at = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz
      WHERE id IN (
        SELECT id FROM alert_rules WHERE active AND next_evaluation_at <= ${now.toISOString()}::timestamptz
        ORDER BY next_evaluation_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id`.execute(db);
    return rows.rows.map((r) => r.id);
  },

  async lockRule(db: Queryable, id: string): Promise<AlertRuleRow | undefined> {
    return db.selectFrom('alert_rules').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async saveState(db: Queryable, id: string, s: { armed: boolean; evaluatedAt: Date; firedAt: Date | null }): Promise<void> {
    await db
      .updateTable('alert_rules')
      .set({ armed: s.armed, last_evaluated_at: s.evaluatedAt, ...(s.firedAt && { last_fired_at: s.firedAt }) })
      .where('id', '=', id)
      .execute();
  },

  /** Items per window, the current one first, then `windows` previous ones. */
  async windowCounts(db: Queryable, workspaceId: string, counted: Counted, now: Date, windowMinutes: number, windows: number): Promise<number[]> {
    const size = windowMinutes * 60_000;
    const since = new Date(now.getTime() - (windows + 1) * size);
    const rows = await db
      .selectFrom('engagements')
      .select([
        sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - created_at)) * 1000 / ${size}::float8)::int`.as('bucket'),
        sql<number>`count(*)::int`.as('n'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where('created_at', '>', since)
      .where('created_at', '<=', now)
      .where((eb) => isCounted(eb, counted))
      .groupBy(sql`1`)
      .execute();
    const counts = Array<number>(windows + 1).fill(0);
    for (const r of rows) if (r.bucket >= 0 && r.bucket <= windows) counts[r.bucket] = r.n;
    return counts;
  },

  /** The newest items of the current window (the alert names them), at most `limit`. */
  async windowItems(db: Queryable, workspaceId: string, counted: Counted, now: Date, windowMinutes: number, limit = 50): Promise<string[]> {
    const rows = await db
      .selectFrom('engagements')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where('created_at', '>', new Date(now.getTime() - windowMinutes * 60_000))
      .where('created_at', '<=', now)
      .where((eb) => isCounted(eb, counted))
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  /** Per publication answered in the window: its negative and positive replies, and the negative ones' ids. */
  async repliesBySentiment(db: Queryable, workspaceId: string, now: Date, windowMinutes: number) {
    return db
      .selectFrom('engagements')
      .select([
        'publication_id',
        sql<number>`count(*) FILTER (WHERE sentiment_label = 'negative')::int`.as('negative'),
        sql<number>`count(*) FILTER (WHERE sentiment_label = 'positive')::int`.as('positive'),
        sql<string[]>`(array_agg(id ORDER BY created_at DESC) FILTER (WHERE sentiment_label = 'negative'))[1:50]`.as('negativeIds'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where('publication_id', 'is not', null)
      .where('created_at', '>', new Date(now.getTime() - windowMinutes * 60_000))
      .where('created_at', '<=', now)
      .groupBy('publication_id')
      .execute();
  },

  /** Publications this rule already called a backlash on since `since` (one alert per post and day). */
  async recentBacklashes(db: Queryable, ruleId: string, since: Date): Promise<Set<string>> {
    const rows = await db
      .selectFrom('alerts')
      .select(sql<string>`details->>'publicationId'`.as('publicationId'))
      .where('rule_id', '=', ruleId)
      .where('fired_at', '>', since)
      .execute();
    return new Set(rows.map((r) => r.publicationId));
  },

  async insertAlert(db: Queryable, a: { workspaceId: string; ruleId: string; kind: AlertKind; firedAt: Date; summary: string; engagementIds: string[]; details: Record<string, unknown> }): Promise<AlertRow> {
    return db
      .insertInto('alerts')
      .values({
        workspace_id: a.workspaceId,
        rule_id: a.ruleId,
        kind: a.kind,
        fired_at: a.firedAt,
        summary: a.summary,
        engagement_ids: a.engagementIds,
        details: JSON.stringify(a.details),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** What an alert's email needs: its rule's addresses and name, and the language of the person who made the rule. */
  async alertForEmail(db: Queryable, alertId: string) {
    const row = await db
      .selectFrom('alerts')
      .innerJoin('alert_rules', 'alert_rules.id', 'alerts.rule_id')
      .leftJoin('users', 'users.id', 'alert_rules.created_by')
      .select(['alerts.workspace_id', 'alerts.summary', 'alerts.engagement_ids', 'alert_rules.name', 'alert_rules.notify', 'users.locale'])
      .where('alerts.id', '=', alertId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      workspaceId: row.workspace_id,
      summary: row.summary,
      engagementIds: row.engagement_ids,
      ruleName: row.name,
      emails: row.notify.emails ?? [],
      locale: row.locale ?? 'en',
    };
  },

  /** The inbox items alerts name, for showing them beside the alert (this workspace's only). */
  async itemsByIds(db: Queryable, workspaceId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('engagements')
      .select(['id', 'network', 'author_handle', 'author_name', 'text', 'url', 'created_at', 'sentiment_label'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },

  /** Newest first, by keyset (fired_at, id). */
  async listAlerts(db: Queryable, workspaceId: string, page: { before?: { at: Date; id?: string }; limit: number }): Promise<AlertRow[]> {
    let q = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId);
    if (page.before) {
      const { at, id } = page.before;
      q = q.where((eb) => (id ? eb.or([eb('fired_at', '<', at), eb.and([eb('fired_at', '=', at), eb('id', '<', id)])]) : eb('fired_at', '<', at)));
    }
    return q.orderBy('fired_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  },
};
