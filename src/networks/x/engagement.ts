/**
 * The inbox for one X account, from three reads:
 * - mentions: `GET /2/users/:id/mentions` (docs.x.com/x-api/users/get-mentions) — most replies to us start with our
 *   @handle, so they come this way too;
 * - replies deeper in our threads that do not mention us: recent search `conversation_id:` over our posts of the last
 *   7 days (docs.x.com/x-api/posts/search-recent-posts; recent search only reaches 7 days back, 512-character query);
 * - direct messages: `GET /2/dm_events` (docs.x.com/x-api/direct-messages/get-dm-events), 30 days of history.
 */
import type { EngagementItem } from '../connector.js';
import { NetworkError } from '../connector.js';
import type { XClient } from './client.js';
import { dmListSchema, dmToEngagement, parse, tweetListSchema, tweetToEngagement, usersById, type XUser } from './mapping.js';

const TWEET_FIELDS = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets';
const USER_FIELDS = 'username,name,profile_image_url';
/** Pages of 100 mentions read per call: older items wait for the next run. */
const MAX_MENTION_PAGES = 3;
/** Our posts whose conversations are searched; each `conversation_id:` clause is ~36 characters of the 512. */
const MAX_CONVERSATIONS = 30;
const MAX_QUERY_LENGTH = 512;
const RECENT_SEARCH_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** X wants RFC 3339 at second precision (`YYYY-MM-DDTHH:mm:ssZ`). */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds `(conversation_id:1 OR conversation_id:2) -from:me` queries under X's 512-character cap. */
export function conversationQueries(conversationIds: string[], ourUserId: string): string[] {
  const suffix = ` -from:${ourUserId}`;
  const queries: string[] = [];
  let clauses: string[] = [];
  const render = (parts: string[]): string => `(${parts.join(' OR ')})${suffix}`;
  for (const id of conversationIds) {
    const next = [...clauses, `conversation_id:${id}`];
    if (clauses.length > 0 && render(next).length > MAX_QUERY_LENGTH) {
      queries.push(render(clauses));
      clauses = [`conversation_id:${id}`];
    } else {
      clauses = next;
    }
  }
  if (clauses.length > 0) queries.push(render(clauses));
  return queries;
}

export async function fetchXEngagement(client: XClient, ourUserId: string, since: Date | null, now = new Date()): Promise<EngagementItem[]> {
  const items = new Map<string, EngagementItem>();
  const users = new Map<string, XUser>();
  const isNew = (createdAt: Date): boolean => !since || createdAt > since;
  const user = encodeURIComponent(ourUserId);

  // Our recent posts: their ids classify replies and quotes, and their conversations are searched below.
  // A minute inside the window, so a slow request does not ask for a start_time X already considers too old.
  const weekAgo = new Date(now.getTime() - RECENT_SEARCH_WINDOW_MS + 60_000);
  const searchFrom = since && since > weekAgo ? since : weekAgo;
  const ownPosts = await client.get(`/2/users/${user}/tweets`, {
    query: { max_results: 100, exclude: 'retweets', 'tweet.fields': 'conversation_id,created_at', start_time: rfc3339(weekAgo) },
  });
  const ours = parse(tweetListSchema, ownPosts.body, 'our recent posts').data;
  const ourPostIds = new Set(ours.map((t) => t.id));
  const add = (list: { data: Parameters<typeof tweetToEngagement>[0][]; includes?: { users?: XUser[] | null } | null }): void => {
    for (const [id, u] of usersById(list)) users.set(id, u);
    for (const tweet of list.data) {
      if (tweet.author_id === ourUserId || items.has(tweet.id)) continue;
      const item = tweetToEngagement(tweet, users, ourUserId, ourPostIds);
      if (isNew(item.createdAt)) items.set(item.externalId, item);
    }
  };

  let paginationToken: string | undefined;
  for (let page = 0; page < MAX_MENTION_PAGES; page++) {
    const response = await client.get(`/2/users/${user}/mentions`, {
      query: {
        max_results: 100,
        'tweet.fields': TWEET_FIELDS,
        expansions: 'author_id',
        'user.fields': USER_FIELDS,
        ...(since ? { start_time: rfc3339(since) } : {}),
        ...(paginationToken ? { pagination_token: paginationToken } : {}),
      },
    });
    const list = parse(tweetListSchema, response.body, 'the mentions');
    add(list);
    paginationToken = list.meta?.next_token ?? undefined;
    if (!paginationToken) break;
  }

  // Conversations our own posts started (a post's conversation_id is its own id when it is not a reply).
  const conversations = ours.filter((t) => (t.conversation_id ?? t.id) === t.id).slice(0, MAX_CONVERSATIONS).map((t) => t.id);
  for (const query of conversationQueries(conversations, ourUserId)) {
    const response = await client.get('/2/tweets/search/recent', {
      query: {
        query,
        max_results: 100,
        start_time: rfc3339(searchFrom),
        'tweet.fields': TWEET_FIELDS,
        expansions: 'author_id',
        'user.fields': USER_FIELDS,
      },
    });
    add(parse(tweetListSchema, response.body, 'the replies search'));
  }

  for (const item of await fetchDirectMessages(client, ourUserId)) if (isNew(item.createdAt)) items.set(item.externalId, item);
  return [...items.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

async function fetchDirectMessages(client: XClient, ourUserId: string): Promise<EngagementItem[]> {
  let body: unknown;
  try {
    body = (
      await client.get('/2/dm_events', {
        query: {
          event_types: 'MessageCreate',
          max_results: 100,
          'dm_event.fields': 'id,text,event_type,created_at,sender_id,dm_conversation_id',
          expansions: 'sender_id',
          'user.fields': USER_FIELDS,
        },
      })
    ).body;
  } catch (error) {
    // An app whose X access level has no DM reading answers 403 here: the public inbox still works without it.
    if (error instanceof NetworkError && error.kind === 'rejected' && error.details.status === 403) return [];
    throw error;
  }
  const list = parse(dmListSchema, body, 'the direct messages');
  const users = usersById(list);
  return list.data.filter((e) => e.event_type === 'MessageCreate' && e.sender_id !== ourUserId).map((e) => dmToEngagement(e, users));
}
