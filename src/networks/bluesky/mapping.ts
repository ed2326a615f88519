/**
 * Between Chorus's shapes and Bluesky's records and views: the post record we write, the web address of a post, and
 * what we read back (metrics, notifications). Pure functions, no network.
 */
import { AtUri, type AppBskyFeedDefs, type AppBskyNotificationListNotifications, type BlobRef } from '@atproto/api';
import type { EngagementItem, EngagementKind, PostMetrics } from '../connector.js';
import type { Facet } from './facets.js';

export const POST_COLLECTION = 'app.bsky.feed.post';
/** Bluesky's web app; a post's address there is the same whatever PDS holds it. */
export const WEB_APP_ORIGIN = 'https://bsky.app';

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface ReplyRefs {
  root: StrongRef;
  parent: StrongRef;
}

export interface UploadedImage {
  blob: BlobRef;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface UploadedVideo {
  blob: BlobRef;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface PostRecordInput {
  text: string;
  facets: Facet[];
  createdAt: Date;
  images?: UploadedImage[];
  video?: UploadedVideo;
  reply?: ReplyRefs;
  /** A link's card (`app.bsky.embed.external`), used only when the post has no images or video. */
  external?: { uri: string; title: string; description: string; thumb?: BlobRef };
}

/** An `app.bsky.feed.post` record, ready for `createRecord`. */
export function buildPostRecord(input: PostRecordInput): Record<string, unknown> {
  const record: Record<string, unknown> = {
    $type: POST_COLLECTION,
    text: input.text,
    createdAt: input.createdAt.toISOString(),
  };
  if (input.facets.length > 0) record['facets'] = input.facets;
  if (input.reply) record['reply'] = input.reply;
  if (input.images && input.images.length > 0) {
    record['embed'] = {
      $type: 'app.bsky.embed.images',
      images: input.images.map((image) => ({
        image: image.blob,
        alt: image.alt,
        ...aspectRatio(image.width, image.height),
      })),
    };
  } else if (input.video) {
    record['embed'] = {
      $type: 'app.bsky.embed.video',
      video: input.video.blob,
      ...(input.video.alt ? { alt: input.video.alt } : {}),
      ...aspectRatio(input.video.width, input.video.height),
    };
  } else if (input.external) {
    const { uri, title, description, thumb } = input.external;
    record['embed'] = { $type: 'app.bsky.embed.external', external: { uri, title, description, ...(thumb ? { thumb } : {}) } };
  }
  return record;
}

// `app.bsky.embed.defs#aspectRatio` wants two positive integers; clients use it to lay the image out before loading.
function aspectRatio(width: number | null, height: number | null): { aspectRatio?: { width: number; height: number } } {
  if (!width || !height || width <= 0 || height <= 0) return {};
  return { aspectRatio: { width: Math.round(width), height: Math.round(height) } };
}

/** `at://did/app.bsky.feed.post/rkey` */
export function postUri(did: string, rkey: string): string {
  return `at://${did}/${POST_COLLECTION}/${rkey}`;
}

/** The post's page on the Bluesky web app: `https://bsky.app/profile/<handle>/post/<rkey>`. */
export function postWebUrl(handleOrDid: string, rkey: string): string {
  return `${WEB_APP_ORIGIN}/profile/${handleOrDid}/post/${rkey}`;
}

/** Splits a post's at-uri; throws a plain Error on anything else (callers turn it into a NetworkError). */
export function parsePostUri(uri: string): { did: string; rkey: string } {
  let parsed: AtUri;
  try {
    parsed = new AtUri(uri);
  } catch {
    throw new Error(`Not a Bluesky post address: ${uri}`);
  }
  if (parsed.collection !== POST_COLLECTION || !parsed.rkey) throw new Error(`Not a Bluesky post address: ${uri}`);
  return { did: parsed.host, rkey: parsed.rkey };
}

/** The reply refs for answering `parent`: the thread root is the parent's root, or the parent itself. */
export function replyRefsFor(parent: StrongRef, parentRecord: Record<string, unknown>): ReplyRefs {
  const reply = parentRecord['reply'] as Partial<ReplyRefs> | undefined;
  const root = reply?.root && isStrongRef(reply.root) ? reply.root : parent;
  return { root: { uri: root.uri, cid: root.cid }, parent: { uri: parent.uri, cid: parent.cid } };
}

function isStrongRef(value: unknown): value is StrongRef {
  const v = value as Partial<StrongRef> | null;
  return typeof v?.uri === 'string' && typeof v?.cid === 'string';
}

export function metricsFromPostView(post: AppBskyFeedDefs.PostView, fetchedAt: Date): PostMetrics {
  return {
    externalId: post.uri,
    likes: post.likeCount ?? 0,
    reposts: post.repostCount ?? 0,
    replies: post.replyCount ?? 0,
    quotes: post.quoteCount ?? null,
    // Bluesky does not count views.
    views: null,
    fetchedAt,
  };
}

const ENGAGEMENT_REASONS: Record<string, EngagementKind> = { reply: 'reply', mention: 'mention', quote: 'quote' };
export const ENGAGEMENT_REASON_NAMES = Object.keys(ENGAGEMENT_REASONS);

type Notification = AppBskyNotificationListNotifications.Notification;

/** A reply, mention or quote notification as an inbox item; null for the reasons the inbox does not show. */
export function engagementFromNotification(n: Notification): EngagementItem | null {
  const kind = ENGAGEMENT_REASONS[n.reason];
  if (!kind) return null;
  const record = n.record;
  const text = typeof record['text'] === 'string' ? record['text'] : '';
  const createdAt = parseDate(record['createdAt']) ?? parseDate(n.indexedAt) ?? new Date(0);
  let url: string | null = null;
  try {
    url = postWebUrl(n.author.handle, parsePostUri(n.uri).rkey);
  } catch {
    url = null;
  }
  return {
    kind,
    externalId: n.uri,
    inReplyTo: answeredUri(kind, record, n.reasonSubject),
    author: {
      externalId: n.author.did,
      handle: n.author.handle,
      displayName: n.author.displayName || n.author.handle,
      avatarUrl: n.author.avatar ?? null,
    },
    text,
    url,
    createdAt,
  };
}

// Which of our posts it answers: the replied-to post, or the quoted one. A mention answers nothing of ours.
function answeredUri(kind: EngagementKind, record: Record<string, unknown>, reasonSubject?: string): string | null {
  if (kind === 'reply') {
    const parent = (record['reply'] as { parent?: { uri?: unknown } } | undefined)?.parent?.uri;
    return typeof parent === 'string' ? parent : (reasonSubject ?? null);
  }
  if (kind === 'quote') {
    const embed = record['embed'] as { record?: { uri?: unknown; record?: { uri?: unknown } } } | undefined;
    const quoted = embed?.record?.uri ?? embed?.record?.record?.uri;
    return typeof quoted === 'string' ? quoted : (reasonSubject ?? null);
  }
  return null;
}

export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}
