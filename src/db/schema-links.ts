/**
 * Kysely's view of the link-tracking tables (links, clicks and their rollups, A/B arms, the website snippet's
 * page views, share tokens and conversions, bio pages). Split from schema.ts by domain; schema.ts re-exports it.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface LinkRuleRow {
  when: unknown;
  url: string;
}

export interface LinkUtm {
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  term?: string;
}

export interface LinksTable {
  id: Generated<string>;
  workspace_id: string;
  code: string;
  url: string;
  utm: Json<LinkUtm>;
  rules: Json<LinkRuleRow[]>;
  tags: Json<string[]>;
  title: Generated<string>;
  password_hash: string | null;
  expires_at: Timestamp | null;
  archived_at: Timestamp | null;
  add_click_id: Generated<boolean>;
  post_id: string | null;
  publication_id: string | null;
  network: string | null;
  channel_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  variants: Json<LinkVariants | null>;
  /** Migration 0030: the campaign it belongs to; its utm_campaign is copied into `utm.campaign`. */
  campaign_id: Generated<string | null>;
}

export interface LinkVariants {
  mode: 'weighted' | 'bandit';
  arms: Array<{ id: string; url: string; weight: number }>;
}

export interface LinkArmStatsTable {
  link_id: string;
  arm: string;
  visits: number;
  conversions: number;
}

export interface ClicksTable {
  id: string;
  at: Date;
  link_id: string;
  workspace_id: string;
  publication_id: string | null;
  network: string | null;
  channel_id: string | null;
  country: string | null;
  region: string | null;
  device: string | null;
  os: string | null;
  browser: string | null;
  referrer_host: string | null;
  trigger: string;
  rule_index: number | null;
  visitor_hash: string;
  is_bot: boolean;
  variant: string | null;
}

export interface LinkStatsHourlyTable {
  link_id: string;
  hour: Date;
  clicks: number;
  bots: number;
  qr: number;
}

export interface LinkStatsDailyDimsTable {
  link_id: string;
  day: string;
  dim: string;
  value: string;
  clicks: number;
}

export interface LinkVisitorsDailyTable {
  link_id: string;
  day: string;
  visitor_hash: string;
}

export interface VisitorSaltsTable {
  day: string;
  salt: string;
}

export interface LinkStatsDailyTable {
  link_id: string;
  day: string;
  uniques: number;
}

export interface BioPagesTable {
  id: Generated<string>;
  workspace_id: string;
  /** Lowercase; unique across all workspaces (it is the page's public address). */
  slug: string;
  title: Generated<string>;
  description: Generated<string>;
  /** One of the preset themes in features/bio/themes.ts. */
  theme: Generated<string>;
  lang: Generated<string>;
  avatar_media_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BioItemsTable {
  bio_page_id: string;
  position: number;
  link_id: string;
  label: string;
}

/** Origins (scheme://host[:port]) allowed to post to /api/v1/collect for a workspace. */
export interface CollectOriginsTable {
  workspace_id: string;
  origin: string;
  created_at: Generated<Date>;
}

export interface PageViewsTable {
  id: Generated<string>;
  workspace_id: string;
  at: Generated<Date>;
  url: string;
  referrer_host: string | null;
  click_id: string | null;
  ref: string | null;
  link_id: string | null;
  publication_id: string | null;
}

/** One visitor who arrived through a link (root) or through someone's share (child of that share's token). */
export interface ShareTokensTable {
  token: string;
  workspace_id: string;
  parent_token: string | null;
  click_id: string | null;
  link_id: string;
  post_id: string | null;
  publication_id: string | null;
  network: string | null;
  /** Visits that landed carrying this token. */
  visits: Generated<number>;
  created_at: Generated<Date>;
}

export interface ConversionsTable {
  id: Generated<string>;
  workspace_id: string;
  at: Generated<Date>;
  name: string;
  /** numeric: a decimal string when read. */
  value: string | null;
  currency: string | null;
  click_id: string | null;
  ref: string | null;
  own_ref: string | null;
  link_id: string | null;
  publication_id: string | null;
  post_id: string | null;
  network: string | null;
}

export interface ConversionStatsDailyTable {
  link_id: string;
  day: string;
  name: string;
  network: string;
  currency: string;
  conversions: Generated<number>;
  /** numeric: read it as ::text for an exact decimal string. */
  value: Generated<string>;
}
