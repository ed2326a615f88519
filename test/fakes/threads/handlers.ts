/**
 * The fake Threads API's routes and rules. Written from the docs on purpose, not imported from the connector, so a
 * mistake in the connector's counting or field names is not mirrored here.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FakeResponse } from './server.js';

export interface User {
  id: string;
  username: string;
  name: string;
  /** The follower count `threads_insights` reports (0 unless a test sets it), and the profile's views per day. */
  followers?: number;
  profileViews?: number[];
}
export interface Token { userId: string; scopes: string[]; longLived: boolean; issuedAt: number; expiresAt: number }
export interface Container {
  id: string;
  userId: string;
  mediaType: string;
  text: string;
  isCarouselItem: boolean;
  children: string[];
  replyToId: string | null;
  status: 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'PUBLISHED';
  pollsLeft: number;
}
export interface Post {
  id: string;
  userId: string;
  text: string;
  mediaType: string;
  timestamp: string;
  replyToId: string | null;
  rootId: string | null;
  hidden: boolean;
  children: string[];
  counters: { views: number; likes: number; reposts: number; quotes: number; shares: number };
}

export interface FakeState {
  app: { clientId: string; clientSecret: string; redirectUri: string };
  users: Map<string, User>;
  tokens: Map<string, Token>;
  codes: Map<string, { userId: string; scopes: string[]; redirectUri: string }>;
  containers: Map<string, Container>;
  posts: Map<string, Post>;
  extraUsage: Map<string, number>;
  /** Delete times per user, for the 100-a-day limit. */
  deletes: Map<string, number[]>;
  nextId(): string;
  quotaTotal: number;
  videoProcessingPolls: number;
}

const VERSION = '/v1.0';
/**
 * User insights (developers.facebook.com/documentation/threads/insights, "User Insights"): `views` (of the profile) is
 * a daily series, the others one total; `follower_demographics` needs a `breakdown`.
 */
const USER_METRICS = new Set(['views', 'likes', 'replies', 'reposts', 'quotes', 'clicks', 'followers_count', 'follower_demographics']);
/** "The user insights since and until parameters do not work for dates before April 13, 2024." */
const INSIGHTS_EPOCH = 1712991600;
const DAY = 86_400_000;
const ok = (body: unknown): FakeResponse => ({ status: 200, body });
/** Graph error body (developers.facebook.com/docs/graph-api/guides/error-handling). */
const graphError = (status: number, code: number, message: string, subcode?: number, userMsg?: string): FakeResponse => ({
  status,
  body: {
    error: {
      message,
      type: code === 190 || code === 10 ? 'OAuthException' : 'THApiException',
      code,
      ...(subcode ? { error_subcode: subcode } : {}),
      ...(userMsg ? { error_user_msg: userMsg } : {}),
      fbtrace_id: randomBytes(6).toString('base64url'),
    },
  },
});
const invalid = (message: string): FakeResponse => graphError(400, 100, `(#100) ${message}`, undefined, message);
const missingObject = (id: string): FakeResponse =>
  graphError(400, 100, `Unsupported request - method type: get. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 33);

/** "emojis are counted as the number of UTF-8 bytes" (…/reference/publishing, `text`); everything else per character. */
export function threadsLength(text: string): number {
  let n = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    n += /\p{Extended_Pictographic}/u.test(segment) ? Buffer.byteLength(segment) : 1;
  }
  return n;
}

const LINK = /https?:\/\/[^\s]+/g;

export function createHandlers(s: FakeState) {
  const authenticate = (headers: IncomingHttpHeaders, params: Record<string, string>): Token | FakeResponse => {
    const bearer = /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
    const value = bearer ?? params['access_token'];
    const token = value ? s.tokens.get(value) : undefined;
    if (!token) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    if (token.expiresAt <= Date.now()) return graphError(400, 190, 'Error validating access token: Session has expired.', 463);
    return token;
  };
  const needScope = (token: Token, scope: string): FakeResponse | null =>
    token.scopes.includes(scope) ? null : graphError(403, 10, `(#10) Application does not have permission for this action (${scope} is required)`);
  const usage = (userId: string, replies: boolean): number =>
    [...s.posts.values()].filter((p) => p.userId === userId && (p.replyToId !== null) === replies && Date.parse(p.timestamp) > Date.now() - DAY).length +
    (replies ? 0 : (s.extraUsage.get(userId) ?? 0));
  const renderPost = (post: Post, fields: string[]): Record<string, unknown> => {
    const user = s.users.get(post.userId);
    const all: Record<string, unknown> = {
      id: post.id,
      text: post.text,
      timestamp: post.timestamp,
      permalink: `https://www.threads.net/@${user?.username}/post/${post.id}`,
      media_type: post.mediaType,
      username: user?.username,
      profile_picture_url: `https://cdn.threads.example/${post.userId}.jpg`,
      is_reply: post.replyToId !== null,
      is_reply_owned_by_me: undefined,
      hide_status: post.hidden ? 'HIDDEN' : 'NOT_HUSHED',
      replied_to: post.replyToId ? { id: post.replyToId } : undefined,
      root_post: post.rootId ? { id: post.rootId } : undefined,
    };
    return Object.fromEntries(Object.entries(all).filter(([k, v]) => (k === 'id' || fields.includes(k)) && v !== undefined));
  };
  const fieldsOf = (url: URL): string[] => (url.searchParams.get('fields') ?? 'id').split(',');

  return function handle(method: string, url: URL, headers: IncomingHttpHeaders, form: Record<string, string>): FakeResponse {
    const params = { ...Object.fromEntries(url.searchParams), ...form };
    const route = `${method} ${url.pathname}`;
    if (route === 'POST /oauth/access_token') return exchangeCode(params);
    if (route === 'GET /access_token') return exchangeLongLived(params);
    if (route === 'GET /refresh_access_token') return refresh(params);
    if (!url.pathname.startsWith(`${VERSION}/`)) return graphError(400, 2635, 'You are calling a deprecated or unknown version of the Threads API.');

    const auth = authenticate(headers, params);
    if ('status' in auth) return auth;
    const token = auth;
    const me = s.users.get(token.userId) as User;
    const basic = needScope(token, 'threads_basic');
    if (basic) return basic;
    const parts = url.pathname.slice(VERSION.length + 1).split('/').map(decodeURIComponent);
    const [first = '', edge] = parts;
    const node = first === 'me' ? me.id : first;

    if (s.users.has(node)) {
      if (node !== me.id) return missingObject(node);
      if (!edge && method === 'GET') {
        const f = fieldsOf(url);
        return ok(Object.fromEntries(Object.entries({ id: me.id, username: me.username, name: me.name, threads_profile_picture_url: `https://cdn.threads.example/${me.id}.jpg` }).filter(([k]) => k === 'id' || f.includes(k))));
      }
      if (edge === 'threads_insights' && method === 'GET') return needScope(token, 'threads_manage_insights') ?? userInsights(me, url);
      if (edge === 'threads_publishing_limit' && method === 'GET') {
        return ok({ data: [{ quota_usage: usage(me.id, false), config: { quota_total: s.quotaTotal, quota_duration: 86400 }, reply_quota_usage: usage(me.id, true), reply_config: { quota_total: 1000, quota_duration: 86400 } }] });
      }
      if (edge === 'threads' && method === 'POST') return needScope(token, 'threads_content_publish') ?? createContainer(me, params);
      if (edge === 'threads_publish' && method === 'POST') return needScope(token, 'threads_content_publish') ?? publish(me, params);
      if ((edge === 'threads' || edge === 'replies') && method === 'GET') {
        if (edge === 'replies') { const denied = needScope(token, 'threads_read_replies'); if (denied) return denied; }
        const limit = Math.min(Number(url.searchParams.get('limit') ?? 25) || 25, 100);
        const mine = [...s.posts.values()].filter((p) => p.userId === me.id && (edge === 'replies') === (p.replyToId !== null)).sort((a, b) => Number(b.id) - Number(a.id));
        return ok({ data: mine.slice(0, limit).map((p) => renderPost(p, fieldsOf(url))), paging: { cursors: { before: 'b', after: 'a' } } });
      }
      return invalid(`Unsupported ${method} request on /${edge ?? ''}`);
    }

    const container = s.containers.get(node);
    if (container && container.userId === me.id && !edge && method === 'GET') {
      if (container.status === 'IN_PROGRESS' && container.pollsLeft-- <= 0) container.status = 'FINISHED';
      const body: Record<string, unknown> = { status: container.status, id: container.id };
      if (container.status === 'ERROR') body['error_message'] = 'FAILED_DOWNLOADING_VIDEO';
      return ok(body);
    }
    const post = s.posts.get(node);
    if (!post) return missingObject(node);
    const root = post.rootId ? s.posts.get(post.rootId) : post;
    if (!edge && method === 'GET') return ok(renderPost(post, fieldsOf(url)));
    if (!edge && method === 'DELETE') {
      const denied = needScope(token, 'threads_delete');
      if (denied) return denied;
      if (post.userId !== me.id) return graphError(403, 10, '(#10) You can only delete your own posts.');
      // "The Delete endpoint has a rate limit of 100 deletes per day per account" (…/posts/delete-posts).
      const today = (s.deletes.get(me.id) ?? []).filter((t) => t > Date.now() - DAY);
      if (today.length >= 100) return graphError(400, 4, '(#4) Application request limit reached');
      s.deletes.set(me.id, [...today, Date.now()]);
      s.posts.delete(post.id);
      return ok({ success: true, deleted_id: post.id });
    }
    if (edge === 'insights' && method === 'GET') return needScope(token, 'threads_manage_insights') ?? insights(post, me, url);
    if ((edge === 'replies' || edge === 'conversation') && method === 'GET') {
      const denied = needScope(token, 'threads_read_replies');
      if (denied) return denied;
      const all = [...s.posts.values()].filter((p) => (edge === 'replies' ? p.replyToId === post.id : p.rootId === post.id));
      const reverse = url.searchParams.get('reverse') !== 'false'; // "true (default)"
      all.sort((a, b) => (reverse ? Number(b.id) - Number(a.id) : Number(a.id) - Number(b.id)));
      return ok({ data: all.map((p) => ({ ...renderPost(p, fieldsOf(url)), ...(fieldsOf(url).includes('is_reply_owned_by_me') ? { is_reply_owned_by_me: p.userId === me.id } : {}) })), paging: { cursors: {} } });
    }
    if (edge === 'manage_reply' && method === 'POST') {
      const denied = needScope(token, 'threads_manage_replies');
      if (denied) return denied;
      if (!root || root.userId !== me.id || post.replyToId === null) return graphError(403, 10, '(#10) You can only hide replies to your own posts.');
      // "Replies nested deeper than the top-level reply cannot be targeted in isolation" (…/reply-management).
      if (post.replyToId !== root.id) return invalid('Only top-level replies can be hidden or unhidden.');
      if (params['hide'] !== 'true' && params['hide'] !== 'false') return invalid('The parameter hide is required and must be true or false.');
      post.hidden = params['hide'] === 'true';
      return ok({ success: true });
    }
    return invalid(`Unsupported ${method} request on /${edge ?? ''}`);
  };

  function userInsights(me: User, url: URL): FakeResponse {
    const metrics = (url.searchParams.get('metric') ?? '').split(',').filter(Boolean);
    if (metrics.length === 0 || metrics.some((m) => !USER_METRICS.has(m))) return invalid(`metric must be one of the following values: ${[...USER_METRICS].join(', ')}`);
    if (metrics.includes('follower_demographics') && !url.searchParams.get('breakdown')) return invalid('The breakdown parameter is required for follower_demographics.');
    for (const name of ['since', 'until']) {
      const raw = url.searchParams.get(name);
      if (raw !== null && !(Number(raw) >= INSIGHTS_EPOCH)) return invalid(`The ${name} parameter must be a Unix timestamp after ${INSIGHTS_EPOCH}.`);
    }
    const day = (offset: number) => new Date(Date.now() - offset * DAY).toISOString().replace(/\.\d{3}Z$/, '+0000');
    const data = metrics.map((name) => {
      const base = { name, period: name === 'views' ? 'day' : 'lifetime', title: name, description: '', id: `${me.id}/insights/${name}/${name === 'views' ? 'day' : 'lifetime'}` };
      if (name === 'views') return { ...base, values: (me.profileViews ?? [0, 0]).map((value, i, all) => ({ value, end_time: day(all.length - 1 - i) })) };
      return { ...base, total_value: { value: name === 'followers_count' ? (me.followers ?? 0) : 0 } };
    });
    return ok({ data, paging: {} });
  }

  function createContainer(me: User, p: Record<string, string>): FakeResponse {
    const type = p['media_type'];
    if (!type || !['TEXT', 'IMAGE', 'VIDEO', 'CAROUSEL'].includes(type)) return invalid('The parameter media_type is required and must be one of TEXT, IMAGE, VIDEO, CAROUSEL.');
    const text = p['text'] ?? '';
    if (type === 'TEXT' && !text) return invalid('The parameter text is required for text posts.');
    if (threadsLength(text) > 500) return invalid('The post text is longer than 500 characters.');
    // "All unique URLs found in the text field are counted as links" (…/create-posts/text-attachments).
    if (new Set(text.match(LINK) ?? []).size > 5) {
      return { status: 400, body: { error: { message: 'THREADS_API__LINK_LIMIT_EXCEEDED', type: 'THApiException', code: 100, error_user_title: 'THREADS_API__LINK_LIMIT_EXCEEDED', error_user_msg: 'A post can contain at most 5 links.', fbtrace_id: 'x' } } };
    }
    if ((p['alt_text'] ?? '').length > 1000) return invalid('The maximum length of alt_text is 1,000 characters.');
    const isItem = p['is_carousel_item'] === 'true';
    if (isItem && type !== 'IMAGE' && type !== 'VIDEO') return invalid('Only IMAGE and VIDEO containers can be carousel items.');
    const mediaUrl = type === 'IMAGE' ? p['image_url'] : type === 'VIDEO' ? p['video_url'] : 'https://none';
    if (!mediaUrl || !/^https?:\/\//.test(mediaUrl)) return invalid(`The parameter ${type === 'IMAGE' ? 'image_url' : 'video_url'} is required and must be a public URL.`);
    const children = type === 'CAROUSEL' ? (p['children'] ?? '').split(',').filter(Boolean) : [];
    if (type === 'CAROUSEL') {
      if (children.length < 2 || children.length > 20) return invalid('A carousel needs between 2 and 20 children.');
      for (const child of children) {
        const c = s.containers.get(child);
        if (!c || c.userId !== me.id || !c.isCarouselItem) return invalid(`Child ${child} is not a carousel item container of this user.`);
        if (c.status !== 'FINISHED') return graphError(400, 24, 'The carousel item is not ready yet.', 4279009);
      }
    }
    const replyTo = p['reply_to_id'] ?? null;
    if (replyTo && !s.posts.has(replyTo)) return missingObject(replyTo);
    const failed = type === 'VIDEO' && /fail/.test(mediaUrl);
    const container: Container = {
      id: s.nextId(),
      userId: me.id,
      mediaType: type,
      text,
      isCarouselItem: isItem,
      children,
      replyToId: replyTo,
      status: failed ? 'ERROR' : type === 'VIDEO' ? 'IN_PROGRESS' : 'FINISHED',
      pollsLeft: type === 'VIDEO' ? s.videoProcessingPolls : 0,
    };
    s.containers.set(container.id, container);
    return ok({ id: container.id });
  }

  function publish(me: User, p: Record<string, string>): FakeResponse {
    const container = s.containers.get(p['creation_id'] ?? '');
    if (!container || container.userId !== me.id) return invalid('The parameter creation_id is required and must be a container of this user.');
    if (container.isCarouselItem) return invalid('A carousel item cannot be published on its own.');
    if (container.status === 'PUBLISHED') return invalid('This media container has already been published.');
    if (container.status !== 'FINISHED') return graphError(400, 24, 'The media is not ready for publishing, please wait for a moment.', 4279009);
    const isReply = container.replyToId !== null;
    if (usage(me.id, isReply) >= (isReply ? 1000 : s.quotaTotal)) return graphError(400, 4, '(#4) Application request limit reached', 2207042);
    container.status = 'PUBLISHED';
    const parent = container.replyToId ? s.posts.get(container.replyToId) : undefined;
    const type = { TEXT: 'TEXT_POST', IMAGE: 'IMAGE', VIDEO: 'VIDEO', CAROUSEL: 'CAROUSEL_ALBUM' }[container.mediaType] ?? 'TEXT_POST';
    const post: Post = {
      id: s.nextId(),
      userId: me.id,
      text: container.text,
      mediaType: type,
      timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, '+0000'),
      replyToId: container.replyToId,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      hidden: false,
      children: container.children,
      counters: { views: 0, likes: 0, reposts: 0, quotes: 0, shares: 0 },
    };
    s.posts.set(post.id, post);
    return ok({ id: post.id });
  }

  function insights(post: Post, me: User, url: URL): FakeResponse {
    if (post.userId !== me.id) return graphError(403, 10, '(#10) Insights are only available for your own posts.');
    const allowed = ['views', 'likes', 'replies', 'reposts', 'quotes', 'shares'];
    const metrics = (url.searchParams.get('metric') ?? '').split(',').filter(Boolean);
    if (metrics.length === 0 || metrics.some((m) => !allowed.includes(m))) return invalid(`metric must be one of the following values: ${allowed.join(', ')}`);
    const replies = [...s.posts.values()].filter((p) => p.rootId === post.id).length;
    const values: Record<string, number> = { ...post.counters, replies };
    return ok({
      data: metrics.map((name) => ({ name, period: 'lifetime', values: [{ value: values[name] ?? 0 }], title: name, description: '', id: `${post.id}/insights/${name}/lifetime` })),
    });
  }

  function exchangeCode(p: Record<string, string>): FakeResponse {
    if (p['client_id'] !== s.app.clientId || p['client_secret'] !== s.app.clientSecret) {
      return { status: 400, body: { error_type: 'OAuthException', code: 400, error_message: 'Invalid platform app' } };
    }
    const code = s.codes.get(p['code'] ?? '');
    if (p['grant_type'] !== 'authorization_code' || !code || code.redirectUri !== p['redirect_uri']) {
      return { status: 400, body: { error_type: 'OAuthException', code: 400, error_message: 'Matching code was not found or was already used' } };
    }
    s.codes.delete(p['code'] ?? '');
    const token = `THQV${randomBytes(12).toString('hex')}`;
    s.tokens.set(token, { userId: code.userId, scopes: code.scopes, longLived: false, issuedAt: Date.now(), expiresAt: Date.now() + 3600_000 });
    return ok({ access_token: token, user_id: Number(code.userId) });
  }

  function exchangeLongLived(p: Record<string, string>): FakeResponse {
    if (p['grant_type'] !== 'th_exchange_token') return invalid('grant_type must be th_exchange_token');
    if (p['client_secret'] !== s.app.clientSecret) return graphError(400, 101, 'Error validating client secret.');
    const short = s.tokens.get(p['access_token'] ?? '');
    if (!short || short.expiresAt <= Date.now()) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    if (short.longLived) return invalid('The access token is already long-lived.');
    const token = `THAA${randomBytes(12).toString('hex')}`;
    s.tokens.set(token, { ...short, longLived: true, issuedAt: Date.now(), expiresAt: Date.now() + 5_183_944_000 });
    return ok({ access_token: token, token_type: 'bearer', expires_in: 5_183_944 });
  }

  function refresh(p: Record<string, string>): FakeResponse {
    if (p['grant_type'] !== 'th_refresh_token') return invalid('grant_type must be th_refresh_token');
    const old = s.tokens.get(p['access_token'] ?? '');
    if (!old) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    if (old.expiresAt <= Date.now()) return graphError(400, 190, 'Error validating access token: Session has expired.', 463);
    // "can be refreshed as long as they are at least 24 hours old but have not expired" (…/long-lived-tokens).
    if (!old.longLived || Date.now() - old.issuedAt < DAY) return invalid('The access token must be long-lived and at least 24 hours old to be refreshed.');
    const token = `THAA${randomBytes(12).toString('hex')}`;
    s.tokens.set(token, { ...old, issuedAt: Date.now(), expiresAt: Date.now() + 5_183_944_000 });
    return ok({ access_token: token, token_type: 'bearer', expires_in: 5_183_944 });
  }
}
