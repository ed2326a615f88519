/** Kysely's view of the outgoing-webhook tables of migration 0020. Split from schema.ts by domain; schema.ts extends it. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A URL a workspace subscribed to some event types; its signing secret is sealed. */
export interface OutgoingWebhooksTable {
  id: Generated<string>;
  workspace_id: string;
  url: string;
  events: string[];
  secret_enc: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** One event for one webhook: the exact body it signs, and how its attempts went. */
export interface WebhookDeliveriesTable {
  id: Generated<string>;
  webhook_id: string;
  workspace_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  response_excerpt: string | null;
  next_attempt_at: Timestamp | null;
  last_attempt_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface WebhooksSchema {
  outgoing_webhooks: OutgoingWebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
