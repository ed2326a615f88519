/**
 * The one contract every social network implements. The publisher, the composer's validation, the inbox and
 * analytics talk to networks only through this interface, so adding a network never touches them.
 *
 * Errors: every method throws `NetworkError` (never a raw HTTP error) so callers can decide between retrying,
 * holding the channel for reconnection, or failing the publication with the network's own message.
 */
import type { AudienceTargeting, NativeTargeting } from './targeting.js';
import type { LinkCard } from './link-card.js';
import type { AccountMetrics } from './account-metrics.js';
import type { Violation } from './violation.js';

export type NetworkId =
  | 'bluesky'
  | 'mastodon'
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'x'
  | 'linkedin'
  | 'youtube'
  | 'tiktok'
  | 'pinterest'
  | 'snapchat';

/** The rules a network enforces on one post, as the composer and the validator need them. */
export interface NetworkLimits {
  /** Maximum length as people see it (grapheme clusters). */
  maxGraphemes: number;
  /** Some networks also cap bytes (Bluesky: 3,000 UTF-8 bytes). */
  maxBytes?: number;
  /** Every URL counts as this many characters (Mastodon: 23); absent means URLs count as written. */
  urlLength?: number;
  maxImages: number;
  maxImageBytes: number;
  maxVideos: number;
  maxVideoBytes: number;
  /** Image and video can't be mixed in one post on most networks. */
  allowMixedMedia: boolean;
  acceptedImageTypes: string[];
  acceptedVideoTypes: string[];
  /** Requests per window for the per-channel token bucket (documented rate limit, with a margin). */
  rate: { requests: number; perSeconds: number };
  /**
   * What images must be for this network. When set, Chorus converts uploads that do not fit (format, bytes,
   * pixels) into a rendition that does, keeping the original (src/features/media/convert.ts); absent, images are
   * sent as uploaded and only checked.
   */
  images?: ImageRules;
}

/** The image rules of one network: what Chorus converts to before sending. */
export interface ImageRules {
  /** MIME types sent as they are; anything else becomes JPEG. */
  formats: string[];
  maxBytes: number;
  maxWidth?: number;
  maxHeight?: number;
  /** Width × height. */
  maxPixels?: number;
  /** Chorus never enlarges: a smaller image is refused. */
  minWidth?: number;
  minHeight?: number;
}

/** What is known of an uploaded file once it is stored: what the media table keeps and what connectors check. */
export interface MediaFacts {
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** Video only, when the media was probed on upload (issue 5's media pipeline); connectors check them when known. */
  durationSeconds?: number | null;
  frameRate?: number | null;
  videoCodec?: string | null;
  altText: string;
}

export interface MediaForNetwork extends MediaFacts {
  id: string;
  /** Reads the bytes (for networks that take uploads). */
  read(): Promise<Buffer>;
  /**
   * Reads bytes [start, end) only, so a chunked upload of a large video never holds the whole file. Absent for
   * media held in memory anyway (tests): use `mediaBytes(media)`, which falls back to `read()`.
   */
  readRange?(start: number, end: number): Promise<Buffer>;
  /** A signed, expiring URL (for networks that fetch media themselves). */
  url: string;
}

/**
 * The metrics of each post, read one at a time and in order: a post the network no longer has (deleted since it
 * was published, `not_found`) is left out so the others still count; any other failure ends the round.
 *
 * @example
 * return metricsOfEach(externalIds, async (id) => toMetrics(id, (await client.get(`/posts/${id}`)).body));
 */
export async function metricsOfEach(externalIds: string[], read: (externalId: string) => Promise<PostMetrics>): Promise<PostMetrics[]> {
  const metrics: PostMetrics[] = [];
  for (const externalId of externalIds) {
    try {
      metrics.push(await read(externalId));
    } catch (error) {
      if (error instanceof NetworkError && error.kind === 'not_found') continue;
      throw error;
    }
  }
  return metrics;
}

/** Byte access for chunked uploads: ranges when the media offers them, else the whole file read once. */
export interface MediaBytes {
  size: number;
  slice(start: number, end: number): Promise<Uint8Array>;
}

export function mediaBytes(media: Pick<MediaForNetwork, 'sizeBytes' | 'read' | 'readRange'>): MediaBytes {
  const readRange = media.readRange;
  if (readRange) return { size: media.sizeBytes, slice: (start, end) => readRange(start, end) };
  let whole: Promise<Buffer> | null = null;
  return {
    size: media.sizeBytes,
    slice: async (start, end) => (await (whole ??= media.read())).subarray(start, end),
  };
}

/** A buffer as `MediaBytes` (callers that already hold the bytes). */
export function bufferBytes(bytes: Buffer): MediaBytes {
  return { size: bytes.length, slice: async (start, end) => bytes.subarray(start, end) };
}

export interface PublicationContent {
  text: string;
  media: MediaForNetwork[];
  /** The external id of the post this one replies to, if any. */
  inReplyTo?: string;
  /**
   * Settings only one network understands, checked by that connector's `validate` (e.g. LinkedIn
   * `{ targetEntities }`, X `{ thread: string[] }`, YouTube `{ title, privacy }`). Other connectors ignore them.
   */
  options?: Record<string, unknown>;
  /**
   * Who this publication is for, when it is one audience segment's variant on a network that targets organic posts
   * (Facebook Pages, LinkedIn organization pages): the connector turns it into the network's own parameters
   * (`nativeTargeting`). Other connectors ignore it; for them a segment is reached by timing instead.
   */
  audience?: AudienceTargeting;
  /**
   * The card of the page the text links to, for a connector that declares `linkCards` (a network that does not
   * build cards itself, Bluesky): title, description and a thumbnail already under the network's size.
   */
  linkCard?: LinkCard;
}

// Audience targeting, violations and link cards have files of their own; import them from here as before.
export type { AudienceTargeting, NativeTargeting } from './targeting.js';
export type { Violation } from './violation.js';
export type { LinkCard } from './link-card.js';
export type { AccountMetrics } from './account-metrics.js';

/** What a channel stores: decrypted only in memory, encrypted at rest by the channels feature. */
export type Credentials = Record<string, string>;

export interface ChannelContext {
  channelId: string;
  credentials: Credentials;
  /** The account's id on the network (DID for Bluesky, account id for Mastodon). */
  externalId: string;
  /** Instance or PDS base URL where the network has one. */
  serviceUrl: string | null;
  /** Called when a connector refreshed tokens, so the new ones are saved. */
  onCredentialsChanged(next: Credentials): Promise<void>;
  /** The OAuth app of the channel's workspace, for renewing tokens when the server sets none (issue 11). */
  oauthApp?: () => Promise<{ clientId: string; clientSecret: string } | undefined>;
}

export interface ConnectedAccount {
  externalId: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  serviceUrl: string | null;
  credentials: Credentials;
  limits: NetworkLimits;
}

export interface PublishedRef {
  externalId: string;
  url: string;
}

export interface PostMetrics {
  externalId: string;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number | null;
  views: number | null;
  /** Times shown (impressions) and distinct accounts reached, where the network reports them. */
  impressions?: number | null;
  reach?: number | null;
  saves?: number | null;
  linkClicks?: number | null;
  fetchedAt: Date;
}

/** What a reply is looked for by after an interrupted attempt (see `Connector.findReply`). */
export interface ReplyLookup {
  /** The item the reply answers, on the network. */
  parentExternalId: string;
  text: string;
  /** When the reply was written: nothing older can be it. */
  since: Date;
  /** The key every attempt of this reply was sent with. */
  idempotencyKey: string;
}

export type EngagementKind = 'reply' | 'mention' | 'direct_message' | 'quote' | 'listening';

export interface EngagementItem {
  kind: EngagementKind;
  externalId: string;
  /** The post of ours it answers, when known. */
  inReplyTo: string | null;
  author: { externalId: string; handle: string; displayName: string; avatarUrl: string | null };
  text: string;
  url: string | null;
  createdAt: Date;
  /** ISO 639-1 languages the network tags the post with (search results), when it says. */
  languages?: string[];
}

/**
 * A saved listening query as a connector searches it. Terms are plain: hashtags without `#`. A connector asks its
 * network for what it can express (Bluesky and X take the whole query; Mastodon searches one hashtag or phrase at a
 * time); the listening feature applies exclusions and languages to every result again, so a network that ignores
 * an operator never lets an excluded post through.
 */
export interface SearchQuery {
  keywords: string[];
  hashtags: string[];
  exclude: string[];
  languages: string[];
}

/** One choice the composer offers (a YouTube category, a Pinterest board). */
export interface ComposeChoice {
  id: string;
  name: string;
}

/**
 * What the composer shows and checks for one channel: the choices only the network can give (issue 5). Each network
 * names what it knows; `maxDurationSeconds` is the longest video this account may post, null when unknown.
 */
export type ComposeOptions =
  | {
      network: 'youtube';
      privacyOptions: string[];
      /** What Chorus sends when the composer leaves privacy unset (the Data API exposes no channel default). */
      defaultPrivacy: string;
      categories: ComposeChoice[];
      defaultCategoryId: string;
      /** The channel's own "made for kids" setting, which YouTube applies to every video when it is set. */
      channelMadeForKids: boolean | null;
      maxTitleLength: number;
      maxDurationSeconds: number | null;
    }
  | {
      network: 'tiktok';
      /** creator_info's audiences; TikTok requires the person to pick one, so there is no default. */
      privacyLevelOptions: string[];
      commentDisabled: boolean;
      duetDisabled: boolean;
      stitchDisabled: boolean;
      maxDurationSeconds: number | null;
      creator: string | null;
    }
  | { network: 'pinterest'; boards: Array<ComposeChoice & { privacy: string }>; canCreateBoard: boolean; maxTitleLength: number }
  | { network: 'snapchat'; kinds: string[]; maxTitleLength: number; maxDescriptionLength: number; minDurationSeconds: number; maxDurationSeconds: number }
  | {
      network: 'linkedin';
      /** Only organization pages can target an audience; a member's posts go to everyone who may see them. */
      audienceTargeting: boolean;
      geoLocations: Array<{ id: string; country: string }>;
      seniorities: string[];
      staffCountRanges: string[];
      interfaceLocales: Array<{ country: string; language: string }>;
    };

export interface Connector {
  readonly network: NetworkId;
  /** Checks credentials against the network and returns the account to save. Throws NetworkError('auth') if wrong. */
  connect(input: Record<string, string>): Promise<ConnectedAccount>;
  /** The limits of this account (an instance may set its own), from what `connect` stored. */
  limits(stored: Record<string, unknown>): NetworkLimits;
  /** Pure: checks content against limits; [] when it can be published. */
  validate(content: PublicationContent, limits: NetworkLimits): Violation[];
  /**
   * Publishes once. `idempotencyKey` is the same for every attempt of one publication: the connector passes it to
   * the network where the network supports it (Mastodon `Idempotency-Key`, Bluesky a record key derived from it).
   */
  publish(ctx: ChannelContext, content: PublicationContent, idempotencyKey: string): Promise<PublishedRef>;
  /** After a crash mid-attempt: the post made with this key, if the network has it; null if it was never made. */
  findPublished(ctx: ChannelContext, idempotencyKey: string, content: PublicationContent): Promise<PublishedRef | null>;
  delete(ctx: ChannelContext, externalId: string): Promise<void>;
  fetchMetrics(ctx: ChannelContext, externalIds: string[]): Promise<PostMetrics[]>;
  /** Replies, mentions and (where the API allows) direct messages since `since`. */
  fetchEngagement(ctx: ChannelContext, since: Date | null): Promise<EngagementItem[]>;
  reply(ctx: ChannelContext, toExternalId: string, content: PublicationContent, idempotencyKey: string): Promise<PublishedRef>;
  /**
   * After a worker died mid-send: the reply made by an earlier attempt, if the network has it; null if it was never
   * made. Absent where the network cannot be asked: the inbox then fails such a reply (`reply_outcome_unknown`)
   * rather than risk sending it twice.
   */
  findReply?(ctx: ChannelContext, lookup: ReplyLookup): Promise<PublishedRef | null>;
  /**
   * The network shows a link's card only when the post carries it (Bluesky's external embed): the publisher then reads
   * the linked page's tags and passes `linkCard` with a post that has no media. Networks that build the card from the
   * page themselves (Mastodon, Facebook, X, LinkedIn) leave this unset.
   */
  linkCards?: boolean;
  /** The account's followers (and its own reach and impressions where reported), read once a day. */
  fetchAccountMetrics?(ctx: ChannelContext): Promise<AccountMetrics>;
  /** Likes (favourites) an item, or takes the like back, where the network allows it; doing it twice is harmless. */
  like?(ctx: ChannelContext, externalId: string, liked: boolean): Promise<void>;
  /** Refreshes expiring credentials; null when this network's credentials never expire. */
  refreshCredentials(ctx: ChannelContext): Promise<Credentials | null>;
  /**
   * Public posts matching `query` since `since` (null: the network's most recent page), as items of kind
   * `listening`, where the network's API allows search (Bluesky, Mastodon, X).
   */
  search?(ctx: ChannelContext, query: SearchQuery, since: Date | null): Promise<EngagementItem[]>;
  /** Hides or shows a comment on our post, where the network allows it (Facebook, Instagram, Threads, X). */
  hideEngagement?(ctx: ChannelContext, externalId: string, hidden: boolean): Promise<void>;
  /** Deletes a comment on our post (or our own reply), where the network allows it. */
  deleteEngagement?(ctx: ChannelContext, externalId: string): Promise<void>;
  /**
   * Pure: how this account would target `audience` with the network's organic targeting, from what `connect` stored.
   * Absent on networks with no organic targeting; there a segment's variant is its own publication, timed in the
   * segment's time zone.
   */
  nativeTargeting?(audience: AudienceTargeting, stored: Record<string, unknown>): NativeTargeting;
  /** The composer's choices for this account (audiences, boards, categories), where the network has any. */
  composeOptions?(ctx: ChannelContext): Promise<ComposeOptions>;
  /** Creates a board to post to, where the network has boards (Pinterest), for the composer's board picker. */
  createBoard?(ctx: ChannelContext, input: { name: string; description?: string; privacy?: 'PUBLIC' | 'SECRET' }): Promise<ComposeChoice & { privacy: string }>;
}

export type NetworkErrorKind =
  /** 429 or a rate-limit header at zero: retry after `retryAfterMs`. */
  | 'rate_limited'
  /** 5xx, timeouts, connection errors: retry with backoff. */
  | 'transient'
  /** Credentials revoked or expired: mark the channel needs_reconnect and hold its publications. */
  | 'auth'
  /** The network refused the content or request for good (4xx): fail with its message. */
  | 'rejected'
  /** The thing asked for does not exist (e.g. delete of a post already gone). */
  | 'not_found';

export class NetworkError extends Error {
  constructor(
    readonly kind: NetworkErrorKind,
    message: string,
    /** `rule`: the violation code when the connector refused before calling (`audience_too_small`), for translation. */
    readonly details: { status?: number; retryAfterMs?: number; network?: NetworkId; rule?: string } = {},
    /** What went wrong underneath (`cause`), kept so callers can tell a refused local address from an outage. */
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'NetworkError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}

/** What a connector threw, as a NetworkError: anything else counts as a transient failure with its message. */
export function asNetworkError(error: unknown): NetworkError {
  return error instanceof NetworkError ? error : new NetworkError('transient', error instanceof Error ? error.message : String(error));
}

/**
 * Reads a retry delay from standard and network headers: `Retry-After` (seconds or HTTP date), then
 * `ratelimit-reset` / `x-ratelimit-reset` (epoch seconds or ISO date) when remaining is 0.
 */
export function retryAfterFromHeaders(headers: Headers | Record<string, string | undefined>, now = Date.now()): number | undefined {
  const get = (name: string): string | undefined =>
    headers instanceof Headers ? (headers.get(name) ?? undefined) : (headers[name] ?? headers[name.toLowerCase()]);
  const retryAfter = get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  for (const prefix of ['ratelimit', 'x-ratelimit']) {
    const remaining = get(`${prefix}-remaining`);
    const reset = get(`${prefix}-reset`);
    if (reset === undefined || remaining === undefined || Number(remaining) > 0) continue;
    const asNumber = Number(reset);
    if (Number.isFinite(asNumber)) {
      // Epoch seconds when large, otherwise seconds from now (both conventions exist).
      return Math.max(0, asNumber > 1e9 ? asNumber * 1000 - now : asNumber * 1000);
    }
    const date = Date.parse(reset);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}
