/**
 * Listening on X: one recent search (`GET /2/tweets/search/recent`, docs.x.com/x-api/posts/search-recent-posts)
 * per saved query. The query language takes the whole saved query at once:
 * `(word OR "two words" OR #tag) -excluded (lang:en OR lang:fr) -from:<our id> -is:retweet`. Recent search reaches
 * 7 days back and a query is at most 512 characters (Self-serve plans); a query too long is refused before the call.
 */
import { NetworkError, type EngagementItem, type SearchQuery } from '../connector.js';
import type { XClient } from './client.js';
import { parse, postUrl, tweetListSchema, usersById } from './mapping.js';

const MAX_QUERY_LENGTH = 512;
const RECENT_SEARCH_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** 10–100 per page (the reference's `max_results` bounds); one page per run, the next run continues from `since`. */
const PAGE = 100;

/**
 * A term as X's query language reads it: a plain word as it is, anything else (several words, or characters X reads as
 * operators: `:` `(` `)` `-` `#` `@` `$`, and `OR`) as an exact phrase, so a keyword can never become an operator.
 */
function term(value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s:()#@$-]/.test(clean) || clean === 'OR' ? `"${clean}"` : clean;
}

/** The recent-search query for a saved query; throws `rejected` when it does not fit X's 512 characters. */
export function xSearchQuery(query: SearchQuery, ourUserId: string): string {
  const wanted = [...query.keywords.map(term), ...query.hashtags.map((h) => `#${h.replace(/^#/, '')}`)];
  if (wanted.length === 0) throw new NetworkError('rejected', 'A listening query needs at least one keyword or hashtag.', { network: 'x' });
  const parts = [wanted.length === 1 ? wanted[0]! : `(${wanted.join(' OR ')})`];
  for (const excluded of query.exclude) parts.push(`-${term(excluded)}`);
  if (query.languages.length === 1) parts.push(`lang:${query.languages[0]}`);
  else if (query.languages.length > 1) parts.push(`(${query.languages.map((l) => `lang:${l}`).join(' OR ')})`);
  parts.push(`-from:${ourUserId}`, '-is:retweet');
  const text = parts.join(' ');
  if (text.length > MAX_QUERY_LENGTH) {
    throw new NetworkError('rejected', `This query is ${text.length} characters for X, which takes at most ${MAX_QUERY_LENGTH}; use fewer or shorter terms.`, { network: 'x' });
  }
  return text;
}

/** X wants RFC 3339 at second precision. */
const rfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function searchX(client: XClient, ourUserId: string, query: SearchQuery, since: Date | null, now = new Date()): Promise<EngagementItem[]> {
  // A minute inside the 7-day window, so a slow request does not ask for a start_time X already considers too old.
  const weekAgo = new Date(now.getTime() - RECENT_SEARCH_WINDOW_MS + 60_000);
  const response = await client.get('/2/tweets/search/recent', {
    query: {
      query: xSearchQuery(query, ourUserId),
      max_results: PAGE,
      ...(since ? { start_time: rfc3339(since > weekAgo ? since : weekAgo) } : {}),
      'tweet.fields': 'created_at,author_id,lang',
      expansions: 'author_id',
      'user.fields': 'username,name,profile_image_url',
    },
  });
  const list = parse(tweetListSchema, response.body, 'the search results');
  const users = usersById(list);
  return list.data
    .filter((tweet) => tweet.author_id !== ourUserId)
    .map((tweet): EngagementItem => {
      const user = tweet.author_id ? users.get(tweet.author_id) : undefined;
      return {
        kind: 'listening',
        externalId: tweet.id,
        inReplyTo: null,
        author: {
          externalId: user?.id ?? tweet.author_id ?? '',
          handle: user ? `@${user.username}` : '',
          displayName: user?.name || user?.username || '',
          avatarUrl: user?.profile_image_url ?? null,
        },
        text: tweet.text,
        url: postUrl(tweet.id, user?.username),
        createdAt: new Date(tweet.created_at ?? now),
        // `und` is X's "undetermined".
        ...(tweet.lang && tweet.lang !== 'und' ? { languages: [tweet.lang] } : {}),
      };
    })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
