/** The only place that touches `outgoing_webhooks` and `webhook_deliveries`. */
import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { OutgoingWebhooksTable, WebhookDeliveriesTable } from '../../db/schema-webhooks.js';

export type WebhookRow = Selectable<OutgoingWebhooksTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** One event to deliver: who it is for and the body each subscribed webhook receives (it is the same for all). */
export interface NewEvent {
  workspaceId: string;
  eventId: string;
  type: string;
  body: string;
}

/** What the delivery job reads: the delivery and its webhook's address and sealed secret. */
export type DeliveryToSend = DeliveryRow & { url: string; secret_enc: string };

export interface AttemptRecord {
  id: string;
  status: 'pending' | 'delivered' | 'failed';
  httpStatus: number | null;
  error: string | null;
  excerpt: string | null;
  at: Date;
  nextAttemptAt: Date | null;
}

/**
 * `true` when the workspace in `workspaceId` (a column) has a webhook subscribed to `type` (a column or a value): for
 * another domain's statement to say, at no extra round trip, whether its rows have events to emit.
 */
export function hasSubscribedWebhook(workspaceId: RawBuilder<unknown>, type: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM outgoing_webhooks w WHERE w.workspace_id = ${workspaceId} AND ${type} = ANY(w.events))`;
}

export const outgoingWebhooksRepository = {
  /** `id` is drawn by the caller: the secret is sealed bound to it. */
  async create(db: Queryable, row: { id: string; workspaceId: string; url: string; events: string[]; secretEnc: string; userId: string }): Promise<WebhookRow> {
    return db
      .insertInto('outgoing_webhooks')
      .values({ id: row.id, workspace_id: row.workspaceId, url: row.url, events: row.events, secret_enc: row.secretEnc, created_by: row.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async list(db: Queryable, workspaceId: string): Promise<WebhookRow[]> {
    return db.selectFrom('outgoing_webhooks').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  },

  async find(db: Queryable, workspaceId: string, id: string): Promise<WebhookRow | undefined> {
    return db.selectFrom('outgoing_webhooks').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  },

  async remove(db: Queryable, workspaceId: string, id: string): Promise<WebhookRow | undefined> {
    return db.deleteFrom('outgoing_webhooks').where('workspace_id', '=', workspaceId).where('id', '=', id).returningAll().executeTakeFirst();
  },

  /**
   * One statement for a whole batch of events: finds the webhooks of the events' workspaces subscribed to each
   * event's type and inserts one delivery per (event, webhook). Returns the new deliveries' ids (none when no
   * workspace of the batch has a matching webhook).
   */
  /** The "<workspace id> <event type>" pairs some webhook of these workspaces subscribes to. */
  async subscribedTypes(db: Queryable, workspaceIds: string[]): Promise<Set<string>> {
    const rows = await sql<{ pair: string }>`
      SELECT DISTINCT w.workspace_id || ' ' || e.type AS pair
      FROM outgoing_webhooks w CROSS JOIN LATERAL unnest(w.events) AS e(type)
      WHERE w.workspace_id = ANY(${workspaceIds}::uuid[])
    `.execute(db);
    return new Set(rows.rows.map((r) => r.pair));
  },

  async insertDeliveries(db: Queryable, events: NewEvent[], nextAttemptAt: Date): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await sql<{ id: string }>`
      INSERT INTO webhook_deliveries (webhook_id, workspace_id, event_id, event_type, body, next_attempt_at, created_at)
      SELECT w.id, w.workspace_id, e.event_id, e.type, e.body, ${nextAttemptAt}, ${nextAttemptAt}
      FROM unnest(
        ${events.map((e) => e.workspaceId)}::uuid[], ${events.map((e) => e.eventId)}::uuid[],
        ${events.map((e) => e.type)}::text[], ${events.map((e) => e.body)}::text[]
      ) AS e(workspace_id, event_id, type, body)
      JOIN outgoing_webhooks w ON w.workspace_id = e.workspace_id AND e.type = ANY(w.events)
      RETURNING id
    `.execute(db);
    return rows.rows.map((r) => r.id);
  },

  /** One delivery to one webhook (the test ping). */
  async insertOne(db: Queryable, d: { webhookId: string; workspaceId: string; eventId: string; type: string; body: string; nextAttemptAt: Date }): Promise<DeliveryRow> {
    return db
      .insertInto('webhook_deliveries')
      .values({ webhook_id: d.webhookId, workspace_id: d.workspaceId, event_id: d.eventId, event_type: d.type, body: d.body, next_attempt_at: d.nextAttemptAt, created_at: d.nextAttemptAt })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The delivery with its webhook's address and sealed secret, while it is still pending. */
  async findPending(db: Queryable, id: string): Promise<DeliveryToSend | undefined> {
    return db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('outgoing_webhooks as w', 'w.id', 'd.webhook_id')
      .selectAll('d')
      .select(['w.url', 'w.secret_enc'])
      .where('d.id', '=', id)
      .where('d.status', '=', 'pending')
      .executeTakeFirst();
  },

  /**
   * Records an attempt unless another worker recorded one meanwhile (same delivery sent twice by a duplicate job):
   * false then, and the caller schedules nothing.
   */
  async recordAttempt(db: Queryable, a: AttemptRecord, attemptsBefore: number): Promise<boolean> {
    const result = await db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: a.status,
        attempts: eb('attempts', '+', 1),
        last_status: a.httpStatus,
        last_error: a.error,
        response_excerpt: a.excerpt,
        last_attempt_at: a.at,
        next_attempt_at: a.nextAttemptAt,
      }))
      .where('id', '=', a.id)
      .where('status', '=', 'pending')
      .where('attempts', '=', attemptsBefore)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** A webhook's deliveries, newest first (created_at has the page cursor's millisecond precision: it is set from the app's clock), `before` the given (created_at, id) when paging. */
  async listDeliveries(db: Queryable, webhookId: string, limit: number, before?: { at: Date; id?: string }): Promise<DeliveryRow[]> {
    let q = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId);
    if (before) {
      const { at, id } = before;
      q = id ? q.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])])) : q.where('created_at', '<', at);
    }
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  },
};
