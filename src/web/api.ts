/**
 * The web app's only way to reach the Chorus API. Every page calls these functions; none calls `fetch` itself.
 *
 * The session lives in the httpOnly `chorus_session` cookie; every request that changes something also carries the
 * CSRF token the server handed out (login, setup or `GET /me`) in the `x-csrf-token` header.
 *
 * @example
 *   const { channels } = await api.listChannels(workspaceId);
 *   try { await api.login({ email, password }); } catch (e) { if (e instanceof ApiError) show(e.field, e.message); }
 */
import { request } from './http';

export { ApiError, request, setCsrfToken, setUnauthorizedHandler } from './http';

export type Role = 'owner' | 'admin' | 'editor' | 'contributor' | 'viewer';
export type PostStatus =
  | 'draft'
  | 'pending_approval'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'cancelled'
  | 'held';
export type ChannelStatus = 'active' | 'needs_reconnect' | 'disabled';

export interface User {
  id: string;
  email: string;
  name: string | null;
  locale?: string | null;
}

export interface Workspace {
  id: string;
  name: string;
  role: Role;
}

export interface ChannelLimits {
  maxGraphemes: number;
  maxBytes?: number;
  urlLength?: number;
  maxImages: number;
  maxImageBytes: number;
  maxVideos: number;
  maxVideoBytes: number;
  allowMixedMedia: boolean;
  acceptedImageTypes: string[];
  acceptedVideoTypes: string[];
  /** The images the network takes, for what Chorus cannot convert (it never enlarges: a minimum size stays). */
  images?: { formats: string[]; maxBytes: number; minWidth?: number; minHeight?: number };
}

export interface Channel {
  id: string;
  network: string;
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  /** The account's server (Mastodon instance, Bluesky PDS). */
  serviceUrl: string | null;
  status: ChannelStatus;
  statusReason: string | null;
  limits: ChannelLimits;
  /** What the composer may attach: the network's own types plus the images the server converts for it. */
  attachableTypes: { images: string[]; videos: string[] };
}

export interface Media {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  altText: string;
  url: string;
  /** Videos, when the server could probe them (ffprobe). */
  durationSeconds?: number | null;
}

export interface Variant {
  network?: string;
  channelId?: string;
  text?: string;
  mediaIds?: string[];
  /** Settings only that network understands (YouTube title, TikTok audience, Pinterest board…). */
  options?: Record<string, unknown>;
}

export interface Publication {
  id: string;
  channelId: string;
  network: string;
  status: PostStatus;
  text: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  externalId: string | null;
  externalUrl: string | null;
  error: string | null;
}

export interface Post {
  id: string;
  text: string;
  mediaIds: string[];
  variants: Variant[];
  status: PostStatus;
  scheduledAt: string | null;
  createdAt: string;
  updatedAt: string;
  authorId: string;
  publications: Publication[];
}

export interface PostInput {
  text?: string;
  mediaIds?: string[];
  channelIds?: string[];
  variants?: Variant[];
  scheduledAt?: string | null;
  publishNow?: boolean;
}

export interface Violation {
  channelId: string;
  network: string;
  rule: string;
  message: string;
  field: string;
}

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  term?: string;
}

/** One audience rule of a short link: visitors matching `when` (the audience condition language) go to `url`. */
export interface LinkRule {
  when: unknown;
  url: string;
}

/** A tracked short link (named so it is not mistaken for the router's `<Link>`). */
export interface ShortLink {
  id: string;
  code: string;
  shortUrl: string;
  qrUrl: string;
  url: string;
  title: string;
  utm: Utm;
  rules: LinkRule[];
  tags: string[];
  expiresAt: string | null;
  archivedAt: string | null;
  hasPassword: boolean;
  addClickId: boolean;
  /** Set on links made automatically for the URLs of a post. */
  postId: string | null;
  publicationId: string | null;
  network: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LinkInput {
  url?: string;
  code?: string;
  title?: string;
  utm?: Utm;
  rules?: LinkRule[];
  tags?: string[];
  expiresAt?: string | null;
  password?: string | null;
  addClickId?: boolean;
  archived?: boolean;
}

export const LINK_DIMENSIONS = ['country', 'device', 'os', 'browser', 'referrer', 'network', 'rule'] as const;
export type LinkDimension = (typeof LINK_DIMENSIONS)[number];

export interface LinkStats {
  from: string;
  to: string;
  totals: { clicks: number; uniques: number; bots: number; qr: number };
  breakdowns: Partial<Record<LinkDimension, Array<{ value: string; clicks: number }>>>;
  series: Array<{ at: string; clicks: number }>;
}

/** How visitors spread a link (or all links of a post) by sharing: metrics over the whole tree, and its drawable part. */
export interface Cascade {
  metrics: {
    visitors: number;
    /** [0] = first generation (came from the link), [1] = their visitors, ... */
    visitorsByGeneration: number[];
    maxDepth: number;
    amplification: number;
    shares: number;
    sharesPerVisitor: number;
    visitsPerShare: number;
    kFactor: number;
    structuralVirality: number;
  };
  tree: {
    nodes: Array<{ id: string; parentId: string | null; visits: number }>;
    total: number;
    /** Only the oldest part of the tree is in `nodes` (the metrics still cover all of it). */
    capped: boolean;
  };
}

export interface BioItem {
  linkId: string;
  label: string;
}

/** The workspace's link-in-bio page, public at `url` (`/bio/{slug}`). */
export interface Bio {
  slug: string;
  url: string;
  title: string;
  description: string;
  theme: string;
  lang: string;
  avatarMediaId: string | null;
  /** The avatar, signed for a while (null without one). */
  avatarUrl: string | null;
  items: Array<BioItem & { code: string; url: string; shown: boolean }>;
  updatedAt: string;
}

export interface BioInput {
  slug: string;
  title: string;
  description: string;
  theme: string;
  lang?: string;
  avatarMediaId?: string | null;
  items: BioItem[];
}

const ws = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  getSetup: () => request<{ needed: boolean }>('GET', '/setup'),
  setup: (input: { email: string; password: string; workspaceName: string }) =>
    request<{ user: User; workspace: Workspace; token: string; csrfToken: string }>('POST', '/setup', input),
  login: (input: { email: string; password: string }) =>
    request<{ user: User; csrfToken: string }>('POST', '/auth/login', input),
  logout: () => request<void>('POST', '/auth/logout'),
  me: () => request<{ user: User; workspaces: Workspace[]; csrfToken: string }>('GET', '/me'),

  listWorkspaces: () => request<{ workspaces: Workspace[] }>('GET', '/workspaces'),
  createWorkspace: (name: string) => request<Workspace>('POST', '/workspaces', { name }),

  listChannels: (workspaceId: string) => request<{ channels: Channel[] }>('GET', `${ws(workspaceId)}/channels`),
  connectBluesky: (workspaceId: string, input: { identifier: string; appPassword: string; service?: string }) =>
    request<Channel>('POST', `${ws(workspaceId)}/channels`, { network: 'bluesky', ...input }),
  connectMastodon: (workspaceId: string, input: { instanceUrl: string; accessToken: string }) =>
    request<Channel>('POST', `${ws(workspaceId)}/channels`, { network: 'mastodon', ...input }),
  startMastodonOAuth: (workspaceId: string, instanceUrl: string) =>
    request<{ authorizeUrl: string }>('POST', `${ws(workspaceId)}/channels/mastodon/oauth`, { instanceUrl }),
  deleteChannel: (workspaceId: string, channelId: string) =>
    request<void>('DELETE', `${ws(workspaceId)}/channels/${encodeURIComponent(channelId)}`),

  uploadMedia: (workspaceId: string, file: File, altText: string) => {
    const form = new FormData();
    form.set('altText', altText);
    form.set('file', file);
    return request<Media>('POST', `${ws(workspaceId)}/media`, form);
  },
  updateMedia: (workspaceId: string, mediaId: string, altText: string) =>
    request<Media>('PATCH', `${ws(workspaceId)}/media/${encodeURIComponent(mediaId)}`, { altText }),

  listPosts: (workspaceId: string, params: { from?: string; to?: string; status?: PostStatus }) =>
    request<{ posts: Post[] }>('GET', `${ws(workspaceId)}/posts${query({ ...params })}`),
  getPost: (workspaceId: string, postId: string) =>
    request<Post>('GET', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}`),
  createPost: (workspaceId: string, input: PostInput) => request<Post>('POST', `${ws(workspaceId)}/posts`, input),
  validatePost: (workspaceId: string, input: PostInput) =>
    request<{ violations: Violation[] }>('POST', `${ws(workspaceId)}/posts/validate`, input),
  updatePost: (workspaceId: string, postId: string, input: PostInput) =>
    request<Post>('PATCH', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}`, input),
  approvePost: (workspaceId: string, postId: string) =>
    request<Post>('POST', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}/approve`),
  /** Sends a post waiting for approval back to its author as a draft. */
  rejectPost: (workspaceId: string, postId: string, reason = '') =>
    request<Post>('POST', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}/reject`, { reason }),
  cancelPost: (workspaceId: string, postId: string) =>
    request<Post>('POST', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}/cancel`),
  deletePost: (workspaceId: string, postId: string) =>
    request<void>('DELETE', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}`),

  listLinks: (workspaceId: string, params: { archived?: boolean; tag?: string }) =>
    request<{ links: ShortLink[] }>(
      'GET',
      `${ws(workspaceId)}/links${query({ archived: params.archived === undefined ? undefined : String(params.archived), tag: params.tag })}`,
    ),
  getLink: (workspaceId: string, linkId: string) =>
    request<ShortLink>('GET', `${ws(workspaceId)}/links/${encodeURIComponent(linkId)}`),
  createLink: (workspaceId: string, input: LinkInput) => request<ShortLink>('POST', `${ws(workspaceId)}/links`, input),
  /** Edits a link; `{ archived: true }` archives it (its short URL stops redirecting), `false` brings it back. */
  updateLink: (workspaceId: string, linkId: string, input: LinkInput) =>
    request<ShortLink>('PATCH', `${ws(workspaceId)}/links/${encodeURIComponent(linkId)}`, input),
  linkStats: (workspaceId: string, linkId: string, params: { from?: string; to?: string; interval?: 'hour' | 'day' }) =>
    request<LinkStats>('GET', `${ws(workspaceId)}/links/${encodeURIComponent(linkId)}/stats${query({ ...params })}`),
  linkCascade: (workspaceId: string, linkId: string) =>
    request<Cascade>('GET', `${ws(workspaceId)}/links/${encodeURIComponent(linkId)}/cascade`),
  postCascade: (workspaceId: string, postId: string) =>
    request<Cascade>('GET', `${ws(workspaceId)}/posts/${encodeURIComponent(postId)}/cascade`),

  /** The link-in-bio page; a 404 means none was saved yet. */
  getBio: (workspaceId: string) => request<Bio>('GET', `${ws(workspaceId)}/bio`),
  saveBio: (workspaceId: string, input: BioInput) => request<Bio>('PUT', `${ws(workspaceId)}/bio`, input),

  /** Sites allowed to send tracking data from the /t.js snippet (admins). */
  getCollectOrigins: (workspaceId: string) => request<{ origins: string[] }>('GET', `${ws(workspaceId)}/collect/origins`),
  setCollectOrigins: (workspaceId: string, origins: string[]) =>
    request<{ origins: string[] }>('PUT', `${ws(workspaceId)}/collect/origins`, { origins }),
};
