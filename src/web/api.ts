/**
 * The web app's only way to reach the Chorus API. Every page calls these functions; none calls `fetch` itself. Calls go
 * through the typed client of api/client.ts and every type here is an alias of the server's OpenAPI document
 * (api/schema.d.ts, `npm run api:types`), so nothing the server answers is restated or cast by hand.
 *
 * The session lives in the httpOnly `chorus_session` cookie; every request that changes something also carries the
 * CSRF token the server handed out (login, setup or `GET /me`) in the `x-csrf-token` header.
 *
 * @example
 *   const { channels } = await api.listChannels(workspaceId);
 *   try { await api.login({ email, password }); } catch (e) { if (e instanceof ApiError) show(e.field, e.message); }
 */
import { answer, client, done, withForm } from './api/client';
import type { Answer, Input, Query } from './api/types';

export { ApiError, setCsrfToken, setUnauthorizedHandler } from './http';

export type User = Answer<'/api/v1/me', 'get'>['user'];
export type Workspace = Answer<'/api/v1/workspaces', 'get'>['workspaces'][number];
export type Role = Workspace['role'];

export type Channel = Answer<'/api/v1/workspaces/{ws}/channels', 'get'>['channels'][number];
export type ChannelLimits = Channel['limits'];
export type ChannelStatus = Channel['status'];
export type Media = Answer<'/api/v1/workspaces/{ws}/media', 'post'>;

export type Post = Answer<'/api/v1/workspaces/{ws}/posts/{postId}', 'get'>;
export type PostStatus = Post['status'];
export type Variant = Post['variants'][number];
export type Publication = Post['publications'][number];
export type PostInput = Input<'/api/v1/workspaces/{ws}/posts', 'post'>;
export type PostChanges = Input<'/api/v1/workspaces/{ws}/posts/{postId}', 'patch'>;
export type { Violation } from './api/types';

/** A tracked short link (named so it is not mistaken for the router's `<Link>`). */
export type ShortLink = Answer<'/api/v1/workspaces/{ws}/links/{linkId}', 'get'>;
export type Utm = ShortLink['utm'];
/** One audience rule of a short link: visitors matching `when` (the audience condition language) go to `url`. */
export type LinkRule = ShortLink['rules'][number];
export type LinkInput = Input<'/api/v1/workspaces/{ws}/links/{linkId}', 'patch'>;
export type NewLink = Input<'/api/v1/workspaces/{ws}/links', 'post'>;

export const LINK_DIMENSIONS = ['country', 'device', 'os', 'browser', 'referrer', 'network', 'rule'] as const;
export type LinkDimension = (typeof LINK_DIMENSIONS)[number];

export type LinkStats = Answer<'/api/v1/workspaces/{ws}/links/{linkId}/stats', 'get'>;
/** Conversions credited to a link: total, by conversion name and by network, with value sums per currency. */
export type LinkConversions = Answer<'/api/v1/workspaces/{ws}/links/{linkId}/conversions', 'get'>;
/** A link's A/B arms with their visits, conversions and probability of being the best. */
export type LinkArms = Answer<'/api/v1/workspaces/{ws}/links/{linkId}/variants', 'get'>;
/** The A/B destinations a link is created or edited with. */
export type LinkVariants = NonNullable<LinkInput['variants']>;
/** How visitors spread a link (or all links of a post) by sharing: metrics over the whole tree, and its drawable part. */
export type Cascade = Answer<'/api/v1/workspaces/{ws}/links/{linkId}/cascade', 'get'>;
/** The workspace's link-in-bio page, public at `url` (`/bio/{slug}`). */
export type Bio = Answer<'/api/v1/workspaces/{ws}/bio', 'get'>;
export type BioInput = Input<'/api/v1/workspaces/{ws}/bio', 'put'>;
export type BioItem = BioInput['items'][number];

/** The path parameters of a workspace's routes. */
const inWs = (ws: string) => ({ params: { path: { ws } } });
const post = (ws: string, postId: string) => ({ params: { path: { ws, postId } } });
const link = (ws: string, linkId: string) => ({ params: { path: { ws, linkId } } });

export const api = {
  getSetup: () => answer(client.GET('/api/v1/setup')),
  setup: (body: Input<'/api/v1/setup', 'post'>) => answer(client.POST('/api/v1/setup', { body })),
  login: (body: Input<'/api/v1/auth/login', 'post'>) => answer(client.POST('/api/v1/auth/login', { body })),
  logout: () => done(client.POST('/api/v1/auth/logout')),
  me: () => answer(client.GET('/api/v1/me')),

  listWorkspaces: () => answer(client.GET('/api/v1/workspaces')),
  createWorkspace: (name: string) => answer(client.POST('/api/v1/workspaces', { body: { name } })),

  listChannels: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/channels', inWs(ws))),
  connectBluesky: (ws: string, input: { identifier: string; appPassword: string; service?: string }) =>
    answer(client.POST('/api/v1/workspaces/{ws}/channels', { ...inWs(ws), body: { network: 'bluesky', ...input } })),
  connectMastodon: (ws: string, input: { instanceUrl: string; accessToken: string }) =>
    answer(client.POST('/api/v1/workspaces/{ws}/channels', { ...inWs(ws), body: { network: 'mastodon', ...input } })),
  startMastodonOAuth: (ws: string, instanceUrl: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/channels/mastodon/oauth', { ...inWs(ws), body: { instanceUrl } })),
  deleteChannel: (ws: string, channelId: string) =>
    done(client.DELETE('/api/v1/workspaces/{ws}/channels/{channelId}', { params: { path: { ws, channelId } } })),

  uploadMedia: (ws: string, file: File, altText: string) => {
    const form = new FormData();
    form.set('altText', altText);
    form.set('file', file);
    return answer(client.POST('/api/v1/workspaces/{ws}/media', { ...inWs(ws), middleware: withForm(form) }));
  },
  updateMedia: (ws: string, mediaId: string, altText: string) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/media/{mediaId}', { params: { path: { ws, mediaId } }, body: { altText } })),

  listPosts: (ws: string, query: Query<'/api/v1/workspaces/{ws}/posts', 'get'>) =>
    answer(client.GET('/api/v1/workspaces/{ws}/posts', { params: { path: { ws }, query } })),
  getPost: (ws: string, postId: string) => answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}', post(ws, postId))),
  createPost: (ws: string, body: PostInput) => answer(client.POST('/api/v1/workspaces/{ws}/posts', { ...inWs(ws), body })),
  validatePost: (ws: string, body: Input<'/api/v1/workspaces/{ws}/posts/validate', 'post'>) =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/validate', { ...inWs(ws), body })),
  updatePost: (ws: string, postId: string, body: PostChanges) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/posts/{postId}', { ...post(ws, postId), body })),
  approvePost: (ws: string, postId: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/approve', post(ws, postId))),
  /** Sends a post waiting for approval back to its author as a draft. */
  rejectPost: (ws: string, postId: string, reason = '') =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/reject', { ...post(ws, postId), body: { reason } })),
  cancelPost: (ws: string, postId: string) =>
    answer(client.POST('/api/v1/workspaces/{ws}/posts/{postId}/cancel', post(ws, postId))),
  deletePost: (ws: string, postId: string) =>
    done(client.DELETE('/api/v1/workspaces/{ws}/posts/{postId}', post(ws, postId))),

  listLinks: (ws: string, params: { archived?: boolean; tag?: string }) => {
    const archived = params.archived === undefined ? undefined : params.archived ? 'true' : 'false';
    return answer(client.GET('/api/v1/workspaces/{ws}/links', { params: { path: { ws }, query: { archived, tag: params.tag } } }));
  },
  getLink: (ws: string, linkId: string) => answer(client.GET('/api/v1/workspaces/{ws}/links/{linkId}', link(ws, linkId))),
  createLink: (ws: string, body: NewLink) => answer(client.POST('/api/v1/workspaces/{ws}/links', { ...inWs(ws), body })),
  /** Edits a link; `{ archived: true }` archives it (its short URL stops redirecting), `false` brings it back. */
  updateLink: (ws: string, linkId: string, body: LinkInput) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/links/{linkId}', { ...link(ws, linkId), body })),
  linkStats: (ws: string, linkId: string, query: Query<'/api/v1/workspaces/{ws}/links/{linkId}/stats', 'get'>) =>
    answer(client.GET('/api/v1/workspaces/{ws}/links/{linkId}/stats', { params: { path: { ws, linkId }, query } })),
  linkConversions: (ws: string, linkId: string, query: Query<'/api/v1/workspaces/{ws}/links/{linkId}/conversions', 'get'>) =>
    answer(client.GET('/api/v1/workspaces/{ws}/links/{linkId}/conversions', { params: { path: { ws, linkId }, query } })),
  linkArms: (ws: string, linkId: string) => answer(client.GET('/api/v1/workspaces/{ws}/links/{linkId}/variants', link(ws, linkId))),
  linkCascade: (ws: string, linkId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/links/{linkId}/cascade', link(ws, linkId))),
  postCascade: (ws: string, postId: string) =>
    answer(client.GET('/api/v1/workspaces/{ws}/posts/{postId}/cascade', post(ws, postId))),

  /** The link-in-bio page; a 404 means none was saved yet. */
  getBio: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/bio', inWs(ws))),
  saveBio: (ws: string, body: BioInput) => answer(client.PUT('/api/v1/workspaces/{ws}/bio', { ...inWs(ws), body })),

  /** Sites allowed to send tracking data from the /t.js snippet (admins). */
  getCollectOrigins: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/collect/origins', inWs(ws))),
  setCollectOrigins: (ws: string, origins: string[]) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/collect/origins', { ...inWs(ws), body: { origins } })),

  /** The secret calendar feed address (editors): its state, a new address (shown once) and revoking it. */
  getCalendarFeed: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/calendar-feed', inWs(ws))),
  createCalendarFeed: (ws: string) => answer(client.POST('/api/v1/workspaces/{ws}/calendar-feed', inWs(ws))),
  revokeCalendarFeed: (ws: string) => done(client.DELETE('/api/v1/workspaces/{ws}/calendar-feed', inWs(ws))),
};
