/**
 * The fake's login and Facebook Page routes. Sources: Facebook Login manual flow and long-lived tokens
 * (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow,
 * .../guides/access-tokens/get-long-lived), Pages API posts (https://developers.facebook.com/docs/pages-api/posts),
 * Page photos/videos/feed and Object comments references, post insights
 * (https://developers.facebook.com/docs/graph-api/reference/insights/), Page Insights
 * (https://developers.facebook.com/docs/platforminsights/page, deprecated metrics at .../page/deprecated-metrics),
 * error codes from the error-handling guide.
 */
import { actsFor, fieldNames, graphError, graphTime, invalidParam, missingPermission, ok, ownerPageOf, pick, unknownObject, type Comment, type FakeResponse, type Page } from './model.js';
import type { Caller, FakeMetaState } from './server.js';
import { readPostTargeting, refuseCommentTargeting } from '../facebook/targeting.js';

/** A post's message can't be longer than this (Facebook's composer limit). */
const MAX_MESSAGE = 63_206;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff', 'image/heif', 'image/webp'];
const MAX_PHOTO_BYTES = 4_000_000;
/**
 * Lifetime post metrics the fake answers. `post_impressions*` are not among them: replaced by `post_media_view` and
 * `post_total_media_view_unique` (Pages API changelog, Nov 15, 2025; .../platforminsights/page/deprecated-metrics),
 * they answer the invalid-metric error on every version, as Graph does after the deprecation date.
 */
const POST_METRICS = new Set(['post_media_view', 'post_total_media_view_unique', 'post_clicks', 'post_reactions_by_type_total', 'post_engaged_users']);
/** Daily Page metrics the fake answers; the replaced `page_impressions*` and `page_fans` answer an invalid-metric error. */
const PAGE_METRICS = new Set(['page_media_view', 'page_total_media_view_unique', 'page_follows', 'page_post_engagements', 'page_views_total']);
const PAGE_PERIODS = new Set(['day', 'week', 'days_28']);
/** "Page Insights data is only available on Pages with 100 or more likes." */
const INSIGHTS_MIN_FANS = 100;
const DAY_MS = 86_400_000;
const cannotPost = (): FakeResponse =>
  graphError(200, '(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission');

export function createFacebookHandlers(s: FakeMetaState) {
  const renderPage = (page: Page, caller: Caller, fields: string | null): Record<string, unknown> => {
    const ig = page.igUserId ? s.igUsers.get(page.igUserId) : undefined;
    return pick(
      {
        id: page.id,
        name: page.name,
        link: `https://www.facebook.com/${page.username}`,
        category: 'Bakery',
        picture: { data: { url: `${s.baseUrl}/pictures/${page.id}.jpg`, width: 50, height: 50, is_silhouette: false } },
        // Graph includes the Page token only for the Page itself or a person who manages it.
        access_token: actsFor(caller, page) ? page.token : undefined,
        followers_count: page.followers ?? 0,
        fan_count: page.fans ?? 0,
        instagram_business_account: ig ? { id: ig.id, username: ig.username, name: ig.name } : undefined,
      },
      fields,
      ['name'],
    );
  };

  const permalink = (id: string): string => `https://www.facebook.com/${id}`;
  const commentsOn = (objectId: string, stream: boolean): Comment[] => {
    const direct = [...s.comments.values()].filter((c) => c.objectId === objectId);
    return stream ? direct.flatMap((c) => [c, ...commentsOn(c.id, true)]) : direct;
  };
  const renderComment = (c: Comment, fields: string | null): Record<string, unknown> => {
    const parent = s.comments.get(c.objectId);
    return pick(
      {
        id: c.id,
        message: c.message,
        created_time: graphTime(c.createdTime),
        permalink_url: permalink(c.id),
        is_hidden: c.hidden,
        from: { id: c.fromId, name: c.fromName, picture: { data: { url: `${s.baseUrl}/pictures/${c.fromId}.jpg` } } },
        parent: parent ? { id: parent.id } : undefined,
      },
      fields,
      ['created_time', 'from', 'message'],
    );
  };
  const counts = (objectId: string, shares: number, reactions: number) => ({
    reactions: { data: [], summary: { total_count: reactions, viewer_reaction: 'NONE' } },
    comments: { data: [], summary: { order: 'ranked', total_count: commentsOn(objectId, false).length, can_comment: true } },
    // Graph leaves `shares` out of a post nobody shared.
    shares: shares > 0 ? { count: shares } : undefined,
  });
  const list = (items: Record<string, unknown>[], params: URLSearchParams): FakeResponse => {
    const limit = Math.min(Number(params.get('limit') ?? 25) || 25, 100);
    return ok({ data: items.slice(0, limit), paging: { cursors: { before: 'QVFIUmJ', after: 'QVFIUm9' } } });
  };
  const hosted = (url: string | null) => {
    const prefix = `${s.baseUrl}/files/`;
    return url?.startsWith(prefix) ? s.files.get(decodeURIComponent(url.slice(prefix.length))) : undefined;
  };

  function token(params: URLSearchParams): FakeResponse {
    if (params.get('client_id') !== s.appId) return graphError(101, 'Error validating application. Invalid application ID.');
    if (params.get('client_secret') !== s.appSecret) return graphError(1, 'Error validating client secret.');
    if (params.get('grant_type') === 'fb_exchange_token') {
      const current = s.tokens.get(params.get('fb_exchange_token') ?? '');
      if (!current || current.kind !== 'user' || (current.expiresAt !== null && current.expiresAt < Date.now())) {
        return graphError(190, 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.', { subcode: 460 });
      }
      const expiresIn = 60 * 86_400 - 56; // "about 60 days"
      const accessToken = s.issueToken({ kind: 'user', subjectId: current.subjectId, expiresAt: Date.now() + expiresIn * 1000, longLived: true });
      return ok({ access_token: accessToken, token_type: 'bearer', expires_in: expiresIn });
    }
    const code = s.codes.get(params.get('code') ?? '');
    if (!code) return graphError(100, 'Invalid verification code format.', { subcode: 36007 });
    if (code.used) return graphError(100, 'This authorization code has been used.', { subcode: 36009 });
    if (params.get('redirect_uri') !== code.redirectUri) {
      return graphError(100, 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', { subcode: 36008 });
    }
    code.used = true;
    const accessToken = s.issueToken({ kind: 'user', subjectId: code.userId, expiresAt: Date.now() + 2 * 3600_000 });
    return ok({ access_token: accessToken, token_type: 'bearer', expires_in: 7199 });
  }

  /** `GET /{page-id}/insights?metric=…&period=day`: the last two days of each metric, as Graph answers by default. */
  function pageInsights(page: Page, params: URLSearchParams, caller: Caller): FakeResponse {
    if (caller.kind !== 'page') return graphError(190, '(#190) This method must be called with a Page Access Token');
    if (!caller.granted('read_insights')) return missingPermission('read_insights');
    const metrics = (params.get('metric') ?? '').split(',').filter(Boolean);
    if (metrics.length === 0 || metrics.some((m) => !PAGE_METRICS.has(m))) return invalidParam('The value must be a valid insights metric');
    const period = params.get('period') ?? 'day';
    if (!PAGE_PERIODS.has(period)) return invalidParam(`period must be one of the following values: ${[...PAGE_PERIODS].join(', ')}`);
    if ((page.fans ?? 0) < INSIGHTS_MIN_FANS) return ok({ data: [], paging: {} });
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T08:00:00Z').getTime();
    const data = metrics.map((name) => {
      const values = (page.daily?.[name] ?? [0, 0]).slice(-2);
      return {
        name,
        period,
        values: values.map((value, i) => ({ value, end_time: graphTime(today - (values.length - 1 - i) * DAY_MS) })),
        title: name,
        description: name,
        id: `${page.id}/insights/${name}/${period}`,
      };
    });
    return ok({ data, paging: {} });
  }

  function publishFeed(page: Page, params: URLSearchParams): FakeResponse {
    const message = params.get('message') ?? '';
    const link = params.get('link');
    let attached: string[] = [];
    const raw = params.get('attached_media');
    try {
      const parsed = raw ? (JSON.parse(raw) as { media_fbid?: string }[]) : [];
      attached = parsed.map((m) => String(m.media_fbid ?? ''));
    } catch {
      return invalidParam('param attached_media must be an array');
    }
    for (let i = 0; params.has(`attached_media[${i}]`); i++) {
      attached.push(String((JSON.parse(params.get(`attached_media[${i}]`) ?? '{}') as { media_fbid?: string }).media_fbid ?? ''));
    }
    if (!message.trim() && !link && attached.length === 0) return invalidParam('Missing message or attachment');
    const audience = readPostTargeting(params);
    if ('status' in audience) return audience;
    if ([...message].length > MAX_MESSAGE) return invalidParam(`Param message must be at most ${MAX_MESSAGE} characters long`);
    if (link && !/^https?:\/\//.test(link)) return graphError(1609005, 'Error posting link', { userMsg: 'The link could not be posted. Check the URL and try again.' });
    for (const [i, id] of attached.entries()) {
      const photo = s.photos.get(id);
      if (!photo || photo.pageId !== page.id || photo.published || photo.attached) return invalidParam(`param attached_media[${i}] must be a valid media_fbid`);
    }
    // Error 506 "Duplicate Post": the same status twice in a row is refused.
    const latest = [...s.posts.values()].filter((p) => p.pageId === page.id).sort((a, b) => b.createdTime - a.createdTime)[0];
    if (message && attached.length === 0 && latest?.message === message) {
      return graphError(506, 'Duplicate status message', { userTitle: 'Duplicate Post', userMsg: 'This status update is identical to the last one you posted. Try posting something different, or delete your previous update.' });
    }
    for (const id of attached) {
      const photo = s.photos.get(id);
      if (photo) photo.attached = true;
    }
    const id = `${page.id}_${s.nextId()}`;
    s.posts.set(id, { id, pageId: page.id, message, link, createdTime: Date.now(), photoIds: attached, reactions: 0, shares: 0, insights: {}, ...audience });
    return ok({ id });
  }

  function publishPhoto(page: Page, params: URLSearchParams): FakeResponse {
    const url = params.get('url');
    if (!url) return graphError(324, '(#324) Requires upload file');
    const file = hosted(url);
    if (!file || !PHOTO_TYPES.includes(file.mimeType)) return graphError(324, '(#324) Missing or invalid image file');
    if (file.bytes > MAX_PHOTO_BYTES) return graphError(1366046, 'Your photos couldn\'t be uploaded. Photos should be less than 4 MB and saved as JPG, PNG, GIF, TIFF, HEIF or WebP files.');
    const audience = readPostTargeting(params);
    if ('status' in audience) return audience;
    const id = s.nextId();
    const published = params.get('published') !== 'false';
    s.photos.set(id, { id, pageId: page.id, url, published, attached: false, altText: params.get('alt_text_custom') });
    if (!published) return ok({ id });
    const postId = `${page.id}_${id}`;
    const message = params.get('caption') ?? params.get('message') ?? '';
    s.posts.set(postId, { id: postId, pageId: page.id, message, link: null, createdTime: Date.now(), photoIds: [id], reactions: 0, shares: 0, insights: {}, ...audience });
    return ok({ id, post_id: postId });
  }

  function publishVideo(page: Page, params: URLSearchParams): FakeResponse {
    const fileUrl = params.get('file_url');
    if (!fileUrl) return invalidParam('One of the parameters file_url or source is required');
    const file = hosted(fileUrl);
    if (!file?.mimeType.startsWith('video/')) return graphError(351, '(#351) Sorry, there was a problem with your video file. Please try again with another file.');
    const audience = readPostTargeting(params);
    if ('status' in audience) return audience;
    const id = s.nextId();
    s.videos.set(id, { id, pageId: page.id, description: params.get('description') ?? '', fileUrl, createdTime: Date.now(), ...audience });
    return ok({ id });
  }

  async function handle(method: string, path: string, params: URLSearchParams, caller: Caller): Promise<FakeResponse | null> {
    const fields = params.get('fields');
    const parts = path.split('/').filter(Boolean);
    const [id, edge] = parts;
    if (!id) return null;

    if (id === 'me' && !edge && method === 'GET') {
      if (caller.kind === 'page') {
        const page = s.pages.get(caller.subjectId);
        return page ? ok(renderPage(page, caller, fields)) : null;
      }
      if (fields && /(^|,)category($|,)/.test(fields)) return invalidParam('Tried accessing nonexisting field (category) on node type (User)');
      return ok(pick({ id: caller.subjectId, name: s.users.get(caller.subjectId)?.name }, fields, ['name']));
    }
    if (id === 'me' && edge === 'accounts' && method === 'GET') {
      if (caller.kind !== 'user') return invalidParam('Tried accessing nonexisting field (accounts) on node type (Page)');
      const pages = [...s.pages.values()].filter((p) => p.ownerIds.includes(caller.subjectId));
      return list(pages.map((p) => renderPage(p, caller, fields ?? 'name,access_token')), params);
    }

    const page = s.pages.get(id);
    if (page) {
      if (!actsFor(caller, page) && method !== 'GET') return cannotPost();
      if (!edge && method === 'GET') {
        const counts = fieldNames(fields).has('followers_count') || fieldNames(fields).has('fan_count');
        if (counts && !caller.granted('pages_read_engagement')) return missingPermission('pages_read_engagement');
        return ok(renderPage(page, caller, fields));
      }
      if (edge === 'insights' && method === 'GET') return pageInsights(page, params, caller);
      const write = method === 'POST' && (caller.kind !== 'page' ? cannotPost() : null);
      if (write) return write;
      if (edge === 'feed' && method === 'POST') return publishFeed(page, params);
      if (edge === 'photos' && method === 'POST') return publishPhoto(page, params);
      if (edge === 'videos' && method === 'POST') return publishVideo(page, params);
      if ((edge === 'posts' || edge === 'published_posts' || edge === 'feed') && method === 'GET') {
        const posts = [...s.posts.values()].filter((p) => p.pageId === page.id).sort((a, b) => b.createdTime - a.createdTime);
        return list(posts.map((p) => pick({ id: p.id, message: p.message || undefined, created_time: graphTime(p.createdTime), permalink_url: permalink(p.id) }, fields, ['created_time', 'message'])), params);
      }
      if (edge === 'videos' && method === 'GET') {
        const videos = [...s.videos.values()].filter((v) => v.pageId === page.id).sort((a, b) => b.createdTime - a.createdTime);
        return list(videos.map((v) => pick({ id: v.id, description: v.description || undefined, created_time: graphTime(v.createdTime), permalink_url: `/${page.username}/videos/${v.id}/` }, fields, ['description', 'updated_time'])), params);
      }
      return null;
    }

    const post = s.posts.get(id);
    const video = s.videos.get(id);
    const comment = s.comments.get(id);
    if (!post && !video && !comment) return null;
    const ownerPage = s.pages.get(ownerPageOf(s, id) ?? '');
    if (!actsFor(caller, ownerPage)) return unknownObject(id, method.toLowerCase());

    if (!edge && method === 'GET') {
      if (post) return ok(pick({ id, message: post.message || undefined, created_time: graphTime(post.createdTime), permalink_url: permalink(id), ...counts(id, post.shares, post.reactions) }, fields, ['created_time', 'message']));
      if (video) return ok(pick({ id, description: video.description, ...counts(id, 0, 0), shares: undefined }, fields, ['description']));
      if (comment) return ok(renderComment(comment, fields));
    }
    if (!edge && method === 'DELETE') {
      s.posts.delete(id);
      s.videos.delete(id);
      s.comments.delete(id);
      return ok({ success: true });
    }
    if (!edge && method === 'POST' && comment && params.has('is_hidden')) {
      comment.hidden = params.get('is_hidden') === 'true';
      return ok({ success: true });
    }
    // Object Likes on a comment: `{ success: true }`, as the Page; liking twice or unliking what is not liked changes nothing.
    if (edge === 'likes' && comment && (method === 'POST' || method === 'DELETE')) {
      if (caller.kind !== 'page') return cannotPost();
      const by = (comment.likedBy ??= new Set());
      if (method === 'POST') by.add(ownerPage!.id);
      else by.delete(ownerPage!.id);
      return ok({ success: true });
    }
    if (edge === 'insights' && method === 'GET') {
      if (!caller.granted('read_insights')) return missingPermission('read_insights');
      const metrics = (params.get('metric') ?? '').split(',').filter(Boolean);
      if (!post || metrics.length === 0 || metrics.some((m) => !POST_METRICS.has(m))) return invalidParam('The value must be a valid insights metric');
      return ok({
        data: metrics.map((name) => ({ name, period: 'lifetime', values: [{ value: post.insights[name] ?? 0 }], title: name, description: name, id: `${id}/insights/${name}/lifetime` })),
        paging: {},
      });
    }
    if (edge === 'comments' && method === 'GET') {
      const sorted = commentsOn(id, params.get('filter') === 'stream').sort((a, b) => a.createdTime - b.createdTime);
      if (params.get('order') === 'reverse_chronological') sorted.reverse();
      return list(sorted.map((c) => renderComment(c, fields)), params);
    }
    if (edge === 'comments' && method === 'POST') {
      if (caller.kind !== 'page') return cannotPost();
      const message = params.get('message') ?? '';
      if (!message.trim() && !params.get('attachment_url')) return invalidParam('Missing message or attachment');
      const targeted = refuseCommentTargeting(params);
      if (targeted) return targeted;
      const created: Comment = { id: `${id}_${s.nextId()}`, objectId: id, fromId: ownerPage?.id ?? '', fromName: ownerPage?.name ?? '', message, createdTime: Date.now(), hidden: false };
      s.comments.set(created.id, created);
      return ok({ id: created.id });
    }
    return null;
  }

  return { token, handle };
}
