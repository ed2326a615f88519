/**
 * The fake LinkedIn's posts (…/shares/posts-api), share statistics (…/organizations/share-statistics), social actions
 * and comments (…/shares/network-update-social-actions, comments-api).
 */
import { decodeKey, denied, type Caller, type FakeState } from './handlers.js';
import { renderLittle, restError, schemaError, type Post } from './model.js';
import type { FakeResponse } from './server.js';
import { handleReactions } from './reactions.js';
import { checkTargetEntities, followerStatistics } from './targeting.js';

const POST_FIELDS = ['author', 'commentary', 'visibility', 'distribution', 'content', 'lifecycleState', 'isReshareDisabledByAuthor', 'contentLandingPage', 'contentCallToActionLabel', 'adContext', 'reshareContext', 'container'];
const REQUIRED = ['author', 'commentary', 'visibility', 'distribution', 'lifecycleState'];

/** Rest.li 2.0 list parameter: `List(urn%3Ali%3Ashare%3A1,…)` with every member encoded. */
function readList(rawQuery: string, name: string): string[] | null | 'bad' {
  const m = new RegExp(`(?:^|&)${name}=List\\(([^)]*)\\)`).exec(rawQuery);
  if (!m) return null;
  const members = (m[1] ?? '').split(',').filter(Boolean);
  return members.some((x) => x.includes(':')) ? 'bad' : members.map(decodeURIComponent);
}

export function createContentHandlers(s: FakeState) {
  const isAdminOf = (caller: Caller, orgUrn: string): boolean => s.organizations.get(orgUrn.replace('urn:li:organization:', ''))?.admins.has(caller.member.id) ?? false;
  const renderPost = (p: Post): Record<string, unknown> => ({ id: p.urn, ...p.body, createdAt: p.createdAt, publishedAt: p.createdAt, lastModifiedAt: p.createdAt });

  return function content(method: string, path: string, rawQuery: string, caller: Caller, body: unknown): FakeResponse {
    const query = new URLSearchParams(rawQuery);
    const size = /^\/rest\/networkSizes\/([^/]+)$/.exec(path);
    if (size?.[1] && method === 'GET') return networkSize(caller, size[1], query);
    if (path === '/rest/posts' && method === 'POST') return createPost(caller, body);
    if (path === '/rest/posts' && method === 'GET') {
      if (query.get('q') !== 'author') return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid query parameters passed to request');
      const author = query.get('author') ?? '';
      if (/author=urn:/.test(rawQuery)) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
      const allowed = author.startsWith('urn:li:organization:') ? isAdminOf(caller, author) && caller.token.scopes.includes('r_organization_social') : caller.token.scopes.includes('r_member_social');
      if (!allowed) return denied('partnerApiPostsExternal.FINDER-author');
      const count = Math.min(Number(query.get('count') ?? 10) || 10, 100);
      const list = [...s.posts.values()].filter((p) => p.author === author).sort((a, b) => b.createdAt - a.createdAt || (b.urn > a.urn ? 1 : -1));
      return { status: 200, body: { paging: { start: 0, count, links: [] }, elements: list.slice(0, count).map(renderPost) } };
    }
    const postMatch = /^\/rest\/posts\/([^/]+)$/.exec(path);
    if (postMatch?.[1]) {
      const urn = decodeKey(postMatch[1]);
      if (!urn) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
      const post = s.posts.get(urn);
      if (!post) return restError(404, 'NOT_FOUND', `Post ${urn} does not exist`);
      if (!caller.canActAs(post.author)) return denied('partnerApiPostsExternal.DELETE');
      if (method === 'DELETE') {
        s.posts.delete(urn);
        return { status: 204 };
      }
      if (method === 'GET') return { status: 200, body: renderPost(post) };
    }
    if (path === '/rest/organizationalEntityShareStatistics' && method === 'GET') return statistics(caller, rawQuery, query);
    if (path === '/rest/organizationalEntityFollowerStatistics' && method === 'GET') return followerStatistics(s, caller, rawQuery, query);
    const social = /^\/rest\/socialActions\/([^/]+)(\/comments(?:\/([^/]+))?)?$/.exec(path);
    if (social?.[1]) {
      const target = decodeKey(social[1]);
      if (!target) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
      if (!social[2] && method === 'GET') return summary(caller, target);
      if (social[2] && !social[3] && method === 'GET') return listComments(caller, target);
      if (social[2] && !social[3] && method === 'POST') return createComment(caller, target, body);
      if (social[3] && method === 'DELETE') return deleteComment(caller, target, social[3], query.get('actor') ?? '', rawQuery);
    }
    return handleReactions(s, method, path, rawQuery, caller, body) ?? restError(404, 'NOT_FOUND', `No resource at ${method} ${path}`);
  };

  function createPost(caller: Caller, body: unknown): FakeResponse {
    if (!body || typeof body !== 'object' || Array.isArray(body) || 'unparseable' in body) return restError(400, 'ILLEGAL_ARGUMENT', 'Request body could not be converted to data map');
    const b = body as Record<string, unknown>;
    const problems = [
      ...Object.keys(b).filter((k) => !POST_FIELDS.includes(k)).map((k) => `/${k} :: unrecognized field found but not allowed`),
      ...REQUIRED.filter((k) => b[k] === undefined).map((k) => `/${k} :: field is required but not found and has no default value`),
    ];
    if (problems.length > 0) return schemaError(problems);
    const author = String(b['author']);
    if (!caller.canActAs(author)) return denied('partnerApiPostsExternal.CREATE');
    if (!['PUBLIC', 'CONNECTIONS', 'LOGGED_IN'].includes(String(b['visibility']))) return schemaError([`/visibility :: "${String(b['visibility'])}" is not an enum symbol`]);
    if (!['PUBLISHED', 'DRAFT'].includes(String(b['lifecycleState']))) return schemaError([`/lifecycleState :: "${String(b['lifecycleState'])}" is not an enum symbol`]);
    const dist = b['distribution'] as { feedDistribution?: string; targetEntities?: unknown; thirdPartyDistributionChannels?: unknown[] };
    if (!dist || !['MAIN_FEED', 'NONE'].includes(String(dist.feedDistribution))) return schemaError(['/distribution/feedDistribution :: field is required but not found and has no default value']);
    const targeting = checkTargetEntities(s, author, dist.targetEntities ?? []);
    if (targeting) return targeting;
    const commentary = typeof b['commentary'] === 'string' ? b['commentary'] : '';
    const rendered = renderLittle(commentary);
    if (rendered.length > 3000) return schemaError([`/commentary :: length of ${rendered.length} exceeds the maximum allowed length of 3000`]);
    const media = checkContent(author, b['content']);
    if (typeof media === 'object') return media;
    const duplicate = [...s.posts.values()].find((p) => p.author === author && p.commentary === commentary && JSON.stringify(p.body['content']) === JSON.stringify(b['content']) && Date.now() - p.createdAt < 86_400_000);
    if (duplicate) {
      return {
        status: 422,
        body: {
          errorDetailType: 'com.linkedin.common.error.BadRequest',
          message: `com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of ${duplicate.urn}`,
          errorDetails: { inputErrors: [{ description: 'Duplicate post is detected', input: {}, code: 'DUPLICATE_POST' }] },
          status: 422,
        },
      };
    }
    // Video and multi-image posts are ugcPosts; text and single-image posts are shares.
    const urn = `urn:li:${media === 'ugcPost' ? 'ugcPost' : 'share'}:${s.nextId()}`;
    const zero = { impressionCount: 0, uniqueImpressionsCount: 0, clickCount: 0, likeCount: 0, commentCount: 0, shareCount: 0 };
    s.posts.set(urn, { urn, author, commentary, rendered, body: b, createdAt: Date.now(), stats: zero, likes: 0 });
    return { status: 201, headers: { 'x-restli-id': urn } };
  }

  /** `content.media.id` or `content.multiImage.images` (2 to 20), each uploaded by the author and available. */
  function checkContent(author: string, content: unknown): FakeResponse | 'share' | 'ugcPost' {
    if (content === undefined) return 'share';
    const c = content as { media?: { id?: string }; multiImage?: { images?: { id?: string }[] } };
    const ids = c.media?.id ? [c.media.id] : (c.multiImage?.images ?? []).map((i) => i.id ?? '');
    if (c.multiImage && (ids.length < 2 || ids.length > 20)) return schemaError(['/content/multiImage/images :: a multi-image post takes 2 to 20 images']);
    if (ids.length === 0) return schemaError(['/content :: media or multiImage is required']);
    for (const id of ids) {
      const image = s.images.get(id);
      const video = s.videos.get(id);
      if (image && (image.owner !== author || !image.uploaded)) return restError(400, 'ILLEGAL_ARGUMENT', `Image ${id} is not uploaded or not owned by ${author}`);
      if (video && (video.owner !== author || video.status !== 'AVAILABLE')) return restError(400, 'ILLEGAL_ARGUMENT', `Video ${id} is not AVAILABLE or not owned by ${author}`);
      if (!image && !video) return restError(400, 'ILLEGAL_ARGUMENT', `Media ${id} does not exist`);
    }
    return c.multiImage || s.videos.has(ids[0] ?? '') ? 'ugcPost' : 'share';
  }

  /**
   * Organization follower count (learn.microsoft.com/linkedin/marketing/community-management/organizations/
   * organization-lookup-api, "Retrieve Organization Follower Count"): `GET /rest/networkSizes/{encoded org URN}
   * ?edgeType=COMPANY_FOLLOWED_BY_MEMBER` → `{ firstDegreeSize }`.
   */
  function networkSize(caller: Caller, rawUrn: string, query: URLSearchParams): FakeResponse {
    if (rawUrn.includes(':')) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in path variables');
    const urn = decodeURIComponent(rawUrn);
    if (query.get('edgeType') !== 'COMPANY_FOLLOWED_BY_MEMBER') return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid value for param edgeType');
    const org = s.organizations.get(urn.replace('urn:li:organization:', ''));
    if (!org) return restError(404, 'NOT_FOUND', `${urn} not found`);
    if (!caller.token.scopes.includes('rw_organization_admin') || !isAdminOf(caller, urn)) return denied('networkSizes.GET');
    const byCountry = Object.values(org.followers?.byGeoCountry ?? {}).reduce((sum, n) => sum + n, 0);
    return { status: 200, body: { firstDegreeSize: org.followerCount ?? byCountry } };
  }

  /**
   * Time-bound share statistics (…/organizations/share-statistics): `timeIntervals=(timeRange:(start:ms,end:ms),
   * timeGranularityType:DAY)` answers one element per day with its `timeRange`, not per post.
   */
  function dailyStatistics(org: string, rawQuery: string): FakeResponse {
    const m = /(?:^|&)timeIntervals=\(timeRange:\(start:(\d+),end:(\d+)\),timeGranularityType:(DAY|MONTH)\)(?:&|$)/.exec(rawQuery);
    if (!m) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in query parameters: timeIntervals');
    const [start, end] = [Number(m[1]), Number(m[2])];
    if (end <= start) return restError(400, 'ILLEGAL_ARGUMENT', 'timeRange end must be after its start');
    if (m[3] !== 'DAY') return restError(400, 'ILLEGAL_ARGUMENT', 'Only DAY granularity is supported by this fake');
    const daily = s.organizations.get(org.replace('urn:li:organization:', ''))?.daily ?? { impressions: 0, uniqueImpressions: 0 };
    const elements = [];
    for (let day = start; day + 86_400_000 <= end; day += 86_400_000) {
      elements.push({
        organizationalEntity: org,
        timeRange: { start: day, end: day + 86_400_000 },
        totalShareStatistics: { impressionCount: daily.impressions, uniqueImpressionsCount: daily.uniqueImpressions, clickCount: 0, likeCount: 0, commentCount: 0, shareCount: 0, engagement: 0 },
      });
    }
    return { status: 200, body: { paging: { count: 10, start: 0, links: [] }, elements } };
  }

  function statistics(caller: Caller, rawQuery: string, query: URLSearchParams): FakeResponse {
    if (query.get('q') !== 'organizationalEntity') return restError(400, 'ILLEGAL_ARGUMENT', 'Invalid query parameters passed to request');
    const org = query.get('organizationalEntity') ?? '';
    if (!caller.token.scopes.includes('rw_organization_admin') || !isAdminOf(caller, org)) return denied('organizationalEntityShareStatistics.FINDER-organizationalEntity');
    if (/organizationalEntity=urn:/.test(rawQuery)) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in query parameters: URNs must be encoded');
    if (/(?:^|&)timeIntervals=/.test(rawQuery)) return dailyStatistics(org, rawQuery);
    const shares = readList(rawQuery, 'shares');
    const ugcPosts = readList(rawQuery, 'ugcPosts');
    if (shares === 'bad' || ugcPosts === 'bad' || /organizationalEntity=urn:/.test(rawQuery)) return restError(400, 'ILLEGAL_ARGUMENT', 'Syntax exception in query parameters: URNs must be encoded');
    const elements = [...(shares ?? []), ...(ugcPosts ?? [])]
      .map((urn) => s.posts.get(urn))
      .filter((p): p is Post => p !== undefined && p.author === org)
      .map((p) => ({ organizationalEntity: org, [p.urn.startsWith('urn:li:share:') ? 'share' : 'ugcPost']: p.urn, totalShareStatistics: { ...p.stats, engagement: 0 } }));
    return { status: 200, body: { paging: { count: 10, start: 0, links: [] }, elements } };
  }

  function summary(caller: Caller, target: string): FakeResponse {
    const post = s.posts.get(target);
    if (!post) return restError(404, 'NOT_FOUND', `${target} not found`);
    if (!caller.canActAs(post.author)) return denied('socialActions.GET');
    const comments = [...s.comments.values()].filter((c) => c.postUrn === target);
    return {
      status: 200,
      body: {
        target,
        likesSummary: { totalLikes: post.likes, aggregatedTotalLikes: post.likes, likedByCurrentUser: false, selectedLikes: [] },
        commentsSummary: { totalFirstLevelComments: comments.filter((c) => !c.parentComment).length, aggregatedTotalComments: comments.length, selectedComments: [] },
      },
    };
  }

  function renderComment(c: { id: string; postUrn: string; actor: string; text: string; parentComment: string | null; created: number }): Record<string, unknown> {
    return {
      actor: c.actor,
      commentUrn: `urn:li:comment:(${c.postUrn},${c.id})`,
      id: c.id,
      object: c.postUrn,
      message: { text: c.text, attributes: [] },
      created: { actor: c.actor, time: c.created },
      lastModified: { actor: c.actor, time: c.created },
      ...(c.parentComment ? { parentComment: c.parentComment } : {}),
    };
  }

  function listComments(caller: Caller, target: string): FakeResponse {
    const post = s.posts.get(target);
    if (!post) return restError(404, 'NOT_FOUND', `${target} not found`);
    // Reading comments: r_organization_social for a page's posts, the restricted r_member_social for a member's (comments-api).
    const canRead = post.author.startsWith('urn:li:organization:') ? isAdminOf(caller, post.author) && caller.token.scopes.includes('r_organization_social') : caller.token.scopes.includes('r_member_social');
    if (!canRead) return denied('socialActions.comments.GET_ALL');
    const list = [...s.comments.values()].filter((c) => c.postUrn === target && !c.parentComment).sort((a, b) => a.created - b.created);
    return { status: 200, body: { paging: { start: 0, count: 100, total: list.length }, elements: list.map(renderComment) } };
  }

  function createComment(caller: Caller, target: string, body: unknown): FakeResponse {
    const b = (body ?? {}) as { actor?: string; object?: string; message?: { text?: string }; parentComment?: string };
    const problems = [!b.actor && '/actor', !b.message?.text && '/message/text', !b.object && '/object'].filter(Boolean).map((p) => `${String(p)} :: field is required but not found and has no default value`);
    if (problems.length > 0 || !b.actor || !b.object) return schemaError(problems);
    if (!caller.canActAs(b.actor)) return denied('socialActions.comments.CREATE');
    if (!s.posts.has(b.object)) return restError(404, 'NOT_FOUND', `${b.object} not found`);
    // A nested comment is created under its parent: the path names the parent comment (comments-api).
    if (b.parentComment ? target !== b.parentComment : target !== b.object) return restError(400, 'ILLEGAL_ARGUMENT', 'The path must name the parent comment for a nested comment, or the post');
    if (b.parentComment && ![...s.comments.values()].some((c) => `urn:li:comment:(${c.postUrn},${c.id})` === b.parentComment)) return restError(404, 'NOT_FOUND', 'Parent comment not found');
    const c = { id: s.nextId(), postUrn: b.object, actor: b.actor, text: renderLittle(b.message?.text ?? ''), parentComment: b.parentComment ?? null, created: Date.now() };
    s.comments.set(c.id, c);
    return { status: 201, headers: { 'x-restli-id': c.id }, body: renderComment(c) };
  }

  function deleteComment(caller: Caller, target: string, id: string, actor: string, rawQuery: string): FakeResponse {
    const c = s.comments.get(decodeURIComponent(id));
    if (!c || c.postUrn !== target) return restError(404, 'NOT_FOUND', 'Comment not found');
    if (/actor=urn:/.test(rawQuery) || !actor) return restError(400, 'ILLEGAL_ARGUMENT', 'The actor query parameter is required and must be encoded');
    const post = s.posts.get(c.postUrn);
    // The comment's author, or the post's author (a page deleting a comment on its post).
    if (!caller.canActAs(actor) || (actor !== c.actor && actor !== post?.author)) return denied('socialActions.comments.DELETE');
    s.comments.delete(c.id);
    return { status: 204 };
  }
}
