/**
 * A click as it travels from the redirector to the database: `PendingClick` while it waits in the queue
 * (redirect/click-ring.ts keeps it as columns), `ClickEvent` as one row of `clicks`. Both live here, apart from the
 * queue and the writer, so the queue, the writer, the rollups and the stats can all name them without importing
 * one another.
 *
 * @example
 * const id = ring.push({ atMs: Date.now(), link, visitor, visitorHash, referrerHost: null, trigger: 'link', ruleIndex: null, variant: null });
 * const row: ClickEvent = toClickEvent(batch.get(0));
 */
import type { Visitor } from '../audience/index.js';
import type { LinkRow } from './repository.js';

/** One queued click as an object (the queue itself keeps columns: redirect/click-ring.ts). */
export interface PendingClick {
  id: string;
  /** When, in epoch milliseconds. */
  atMs: number;
  link: Pick<LinkRow, 'id' | 'workspace_id' | 'publication_id' | 'network' | 'channel_id'>;
  visitor: Pick<Visitor, 'country' | 'region' | 'device' | 'os' | 'browser' | 'isBot'>;
  visitorHash: string;
  referrerHost: string | null;
  trigger: 'link' | 'qr';
  ruleIndex: number | null;
  variant: string | null;
}

/** One raw click as stored in `clicks`. */
export interface ClickEvent {
  id: string;
  at: Date;
  linkId: string;
  workspaceId: string;
  publicationId: string | null;
  network: string | null;
  channelId: string | null;
  country: string | null;
  region: string | null;
  device: string | null;
  os: string | null;
  browser: string | null;
  referrerHost: string | null;
  trigger: 'link' | 'qr';
  ruleIndex: number | null;
  /** The A/B arm the visitor was sent to, for links with variants. */
  variant?: string | null;
  visitorHash: string;
  isBot: boolean;
}

/** The click as the embedded writer and tests see it. */
export function toClickEvent(c: PendingClick): ClickEvent {
  return {
    id: c.id,
    at: new Date(c.atMs),
    linkId: c.link.id,
    workspaceId: c.link.workspace_id,
    publicationId: c.link.publication_id,
    network: c.link.network,
    channelId: c.link.channel_id,
    country: c.visitor.country,
    region: c.visitor.region,
    device: c.visitor.device,
    os: c.visitor.os,
    browser: c.visitor.browser,
    referrerHost: c.referrerHost,
    trigger: c.trigger,
    ruleIndex: c.ruleIndex,
    variant: c.variant,
    visitorHash: c.visitorHash,
    isBot: c.visitor.isBot,
  };
}
