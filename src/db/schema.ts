/**
 * Kysely's view of the tables created by the migrations in ./migrations. Only repositories import this.
 * `Generated<T>` marks columns the database fills in; timestamps are `Date` in UTC on both PGlite and PostgreSQL.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  BioItemsTable, BioPagesTable, ClicksTable, CollectOriginsTable, ConversionStatsDailyTable, ConversionsTable,
  LinkArmStatsTable, LinksTable, LinkStatsDailyDimsTable, LinkStatsDailyTable, LinkStatsHourlyTable,
  LinkVisitorsDailyTable, PageViewsTable, ShareTokensTable, VisitorSaltsTable,
} from './schema-links.js';
import type { OAuthSchema } from './schema-oauth.js';
import type { TwoFactorSchema } from './schema-two-factor.js';
import type { WebhooksSchema } from './schema-webhooks.js';

export * from './schema-links.js';
export * from './schema-engagement.js';
export * from './schema-alerts.js';
import type { AlertsSchema } from './schema-alerts.js';
export * from './schema-listening.js';
import type { ListeningSchema } from './schema-listening.js';
export * from './schema-segments.js';
import type { SegmentsSchema } from './schema-segments.js';
export * from './schema-best-times.js';
export * from './schema-calendar-feeds.js';
export * from './schema-account-metrics.js';
export * from './schema-reports.js';
export * from './schema-collaboration.js';
export * from './schema-queue.js';
export * from './schema-ideas.js';
export * from './schema-feeds.js';
export * from './schema-analytics.js';
import type { AnalyticsSchema } from './schema-analytics.js';
import type { BestTimesSchema } from './schema-best-times.js';
import type { CalendarFeedsSchema } from './schema-calendar-feeds.js';
import type { AccountMetricsSchema } from './schema-account-metrics.js';
import type { ReportsSchema } from './schema-reports.js';
import type { CollaborationSchema } from './schema-collaboration.js';
export * from './schema-client-approvals.js';
import type { ClientApprovalsSchema } from './schema-client-approvals.js';
export * from './schema-campaigns.js';
import type { CampaignsSchema } from './schema-campaigns.js';
import type { IdeasSchema } from './schema-ideas.js';
export * from './schema-experiments.js';
import type { ExperimentsSchema } from './schema-experiments.js';
import type { FeedsSchema } from './schema-feeds.js';
export * from './schema-templates.js';
import type { TemplatesSchema } from './schema-templates.js';
import type { DueReason, QueueSchema } from './schema-queue.js';
import type { EngagementSchema } from './schema-engagement.js';

export type Role = 'owner' | 'admin' | 'editor' | 'contributor' | 'viewer';
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: Generated<string>;
  password_hash: string | null;
  locale: Generated<string>;
  created_at: Generated<Date>;
}

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  timezone: Generated<string>;
  created_at: Generated<Date>;
  utm_template: ColumnType<UtmTemplate, string | undefined, string>;
  /** Migration 0017: members without two-factor are kept out until they enrol. */
  require_two_factor: Generated<boolean>;
}

/** A workspace's UTM conventions for tracked links of posts. */
export interface UtmTemplate {
  /** utm_medium (default "social"). */
  medium?: string;
  /** utm_source per network (default: the network's id, e.g. "facebook"). */
  sources?: Record<string, string>;
  /** utm_campaign when a post names none. */
  campaign?: string;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  /** Migration 0017: the id people and the API name a session by; when and from where it was last used. */
  id: Generated<string>;
  last_seen_at: Generated<Date>;
  user_agent: string | null;
  ip: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  workspace_id: string;
  user_id: string;
  name: string;
  role: Role;
  token_hash: string;
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface InvitesTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  workspace_id: string;
  /** The role the membership gets when the invite is accepted (migration 0016). */
  role: Role;
  invited_by: string | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string;
  actor_user_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  data: Json<Record<string, unknown>>;
  at: Generated<Date>;
}

export type ChannelStatus = 'active' | 'needs_reconnect' | 'disabled';

export interface ChannelsTable {
  id: Generated<string>;
  workspace_id: string;
  network: string;
  external_id: string;
  handle: string;
  display_name: Generated<string>;
  avatar_url: string | null;
  service_url: string | null;
  credentials_enc: string;
  limits: Json<Record<string, unknown>>;
  status: Generated<ChannelStatus>;
  status_reason: string | null;
  timezone: Generated<string>;
  /** Migration 0028: the zone best times are counted in; null: the workspace's. */
  audience_time_zone: Generated<string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ChannelRateTable {
  channel_id: string;
  tokens: number;
  refilled_at: Timestamp;
  blocked_until: Timestamp | null;
}

export interface MediaTable {
  id: Generated<string>;
  workspace_id: string;
  storage_key: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  duration_seconds: Generated<number | null>;
  frame_rate: Generated<number | null>;
  video_codec: Generated<string | null>;
  alt_text: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  /** Migration 0043: words to find the file again in the media library. */
  tags: JSONColumnType<string[], string | undefined, string>;
}

/** An image converted for a network's rules (migration 0014); the original stays in \`media\`. */
export interface MediaRenditionsTable {
  media_id: string;
  key: string;
  storage_key: string;
  mime_type: string;
  size_bytes: number;
  width: number;
  height: number;
  created_at: Generated<Date>;
}

export type PublicationStatus =
  | 'draft'
  | 'pending_approval'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'cancelled'
  | 'held';

export interface PostVariantRow {
  network?: string;
  channelId?: string;
  text?: string;
  mediaIds?: string[];
  /** Network-specific settings (see `PublicationContent.options`), checked by the network's connector. */
  options?: Record<string, unknown>;
  /** An audience segment's variant: its own publication per channel, for that segment (migration 0027). */
  segmentId?: string;
  /** The link of a segment's variant, added to its text when the text does not already contain it. */
  url?: string;
}

/** A post scheduled on local clocks: each publication goes out at this date and time in its own time zone. */
export interface ScheduledLocal {
  date: string;
  time: string;
}

export interface PostsTable {
  id: Generated<string>;
  workspace_id: string;
  author_id: string | null;
  text: string;
  media_ids: Json<string[]>;
  variants: Json<PostVariantRow[]>;
  status: string;
  scheduled_at: Timestamp | null;
  timezone: Generated<string>;
  approved_by: string | null;
  approved_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  deleted_at: Timestamp | null;
  track_links: Generated<boolean>;
  /** Migration 0030: the campaign it belongs to (replaced the free-text `campaign`). */
  campaign_id: Generated<string | null>;
  scheduled_local: JSONColumnType<ScheduledLocal | null, string | null | undefined, string | null>;
  /** Migration 0039: add each channel's signature to its publications (false: leave it off this post). */
  signature: Generated<boolean>;
  /** Migration 0045: words to find it again (as on ideas: no '#', lower case, each once). */
  tags: JSONColumnType<string[], string | undefined, string>;
}

export interface PublicationsTable {
  id: Generated<string>;
  workspace_id: string;
  post_id: string;
  channel_id: string;
  network: string;
  text: string;
  media_ids: Json<string[]>;
  options: Json<Record<string, unknown>>;
  status: PublicationStatus;
  scheduled_at: Timestamp | null;
  published_at: Timestamp | null;
  external_id: string | null;
  external_url: string | null;
  error: string | null;
  idempotency_key: string;
  attempt_count: Generated<number>;
  attempt_started_at: Timestamp | null;
  lease_until: Timestamp | null;
  next_attempt_at: Timestamp | null;
  /** Held by the workspace's publishing pause (released on resume), not until a channel is reconnected. */
  held_by_pause: Generated<boolean>;
  /** The audience segment this publication is the variant for; null: the default, for everyone else. */
  segment_id: string | null;
  /** The IANA zone its due time was set in (the segment's, or the post's); null on rows older than migration 0027. */
  time_zone: string | null;
  /** The network's targeting parameters sent for the segment at its last attempt; null without native targeting. */
  targeting: JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  /** Why it is due then, when Chorus chose the time (a queue slot, the best-time estimate); null: a person chose it. */
  due_reason: JSONColumnType<DueReason | null, string | null | undefined, string | null>;
  /** Its slot in the post's experiment (migration 0037); null: not an experiment's publication. */
  experiment_slot: ColumnType<number | null, number | null | undefined, number | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OAuthAppsTable {
  id: Generated<string>;
  network: string;
  instance_url: string;
  redirect_uri: string;
  client_id: string;
  client_secret_enc: string;
  scopes: string;
  created_at: Generated<Date>;
}

export interface OAuthStatesTable {
  state_hash: string;
  workspace_id: string;
  user_id: string;
  network: string;
  oauth_app_id: string;
  expires_at: Timestamp;
}

/** Where a publication's resumable upload stands (migration 0013); the session is sealed. */
export interface UploadSessionsTable {
  network: string;
  idempotency_key: string;
  channel_id: string;
  session_enc: string;
  bytes_confirmed: number;
  updated_at: Timestamp;
  expires_at: Timestamp;
}

/** Units of a network's daily quota spent per project, bucket and quota day ('YYYY-MM-DD'). */
export interface NetworkQuotaUsageTable {
  network: string;
  project: string;
  bucket: string;
  day: string;
  units: number;
  updated_at: Generated<Date>;
}

/** A workspace's own OAuth app for one network (migration 0018); the secret is sealed. */
export interface NetworkAppsTable {
  workspace_id: string;
  network: string;
  client_id: string;
  client_secret_enc: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A row while the workspace's publishing is paused (the crisis switch). */
export interface PublishingPausesTable {
  workspace_id: string;
  reason: string;
  paused_by: string | null;
  paused_at: Generated<Date>;
}

export interface Schema
  extends OAuthSchema, EngagementSchema, TwoFactorSchema, AlertsSchema, ListeningSchema, WebhooksSchema, SegmentsSchema, BestTimesSchema,
    CalendarFeedsSchema, AccountMetricsSchema, CampaignsSchema, QueueSchema, AnalyticsSchema, ReportsSchema,
    IdeasSchema, ExperimentsSchema, CollaborationSchema, FeedsSchema, TemplatesSchema, ClientApprovalsSchema {
  network_apps: NetworkAppsTable;
  publishing_pauses: PublishingPausesTable;
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invites: InvitesTable;
  audit_log: AuditLogTable;
  channels: ChannelsTable;
  channel_rate: ChannelRateTable;
  media: MediaTable;
  media_renditions: MediaRenditionsTable;
  posts: PostsTable;
  publications: PublicationsTable;
  oauth_apps: OAuthAppsTable;
  oauth_states: OAuthStatesTable;
  links: LinksTable;
  clicks: ClicksTable;
  link_stats_hourly: LinkStatsHourlyTable;
  link_stats_daily_dims: LinkStatsDailyDimsTable;
  link_visitors_daily: LinkVisitorsDailyTable;
  link_stats_daily: LinkStatsDailyTable;
  visitor_salts: VisitorSaltsTable;
  link_arm_stats: LinkArmStatsTable;
  bio_pages: BioPagesTable;
  bio_items: BioItemsTable;
  collect_origins: CollectOriginsTable;
  page_views: PageViewsTable;
  share_tokens: ShareTokensTable;
  conversions: ConversionsTable;
  conversion_stats_daily: ConversionStatsDailyTable;
  upload_sessions: UploadSessionsTable;
  network_quota_usage: NetworkQuotaUsageTable;
}
