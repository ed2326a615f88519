/**
 * Listening on Bluesky: `app.bsky.feed.searchPosts` on the AppView, newest first (`sort=latest`). Its query syntax is
 * "unspecified, Lucene recommended" (the lexicon), and a self-hosted AppView without a search service matches the
 * query as one substring of the text, so each keyword and each `#hashtag` is one request and the results are merged:
 * that reads the same on every AppView. Exclusions and languages are applied again by the listening feature.
 */
import type { AppBskyFeedDefs } from '@atproto/api';
import type { EngagementItem, SearchQuery } from '../connector.js';
import { parseDate, parsePostUri, postWebUrl } from './mapping.js';

/** searchPosts answers at most 100 posts per page (the lexicon's `limit` maximum); one page per term and run. */
const PAGE = 100;

export type SearchPage = (params: { q: string; sort: 'latest'; limit: number; since?: string; lang?: string }) => Promise<{ posts: AppBskyFeedDefs.PostView[] }>;

export async function searchBluesky(search: SearchPage, ourDid: string, query: SearchQuery, since: Date | null): Promise<EngagementItem[]> {
  const terms = [...query.keywords, ...query.hashtags.map((tag) => `#${tag.replace(/^#/, '')}`)];
  // One language can be asked of the AppView; with several, the feature filters what comes back.
  const lang = query.languages.length === 1 ? query.languages[0] : undefined;
  const found = new Map<string, EngagementItem>();
  for (const q of terms) {
    const { posts } = await search({ q, sort: 'latest', limit: PAGE, ...(since ? { since: since.toISOString() } : {}), ...(lang ? { lang } : {}) });
    for (const post of posts) {
      if (post.author.did === ourDid) continue;
      const item = listeningItem(post);
      // `since` is the AppView's sortAt, which may not be createdAt; ours is checked on what the post says.
      if (since && item.createdAt <= since) continue;
      found.set(item.externalId, item);
    }
  }
  return [...found.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function listeningItem(post: AppBskyFeedDefs.PostView): EngagementItem {
  const record = post.record as Record<string, unknown>;
  const langs = Array.isArray(record['langs']) ? record['langs'].filter((l): l is string => typeof l === 'string') : [];
  let url: string | null = null;
  try {
    url = postWebUrl(post.author.handle, parsePostUri(post.uri).rkey);
  } catch {
    url = null;
  }
  return {
    kind: 'listening',
    externalId: post.uri,
    inReplyTo: null,
    author: { externalId: post.author.did, handle: post.author.handle, displayName: post.author.displayName || post.author.handle, avatarUrl: post.author.avatar ?? null },
    text: typeof record['text'] === 'string' ? record['text'] : '',
    url,
    createdAt: parseDate(record['createdAt']) ?? parseDate(post.indexedAt) ?? new Date(0),
    // BCP-47 tags (`en-US`): the language part is what a query names.
    ...(langs.length > 0 ? { languages: langs.map((l) => l.split('-')[0]!.toLowerCase()) } : {}),
  };
}
