/**
 * The fake Mastodon's hashtag timeline and statuses search, as docs.joinmastodon.org describes them:
 * - `GET /api/v1/timelines/tag/:hashtag` (methods/timelines/#tag): public statuses with the hashtag, newest first;
 *   `limit` defaults to 20, at most 40.
 * - `GET /api/v2/search` (methods/search/#v2): `q` is required; `type=statuses` answers `{accounts, statuses,
 *   hashtags}`. Full-text search of statuses needs the instance's search index; without it a person finds only
 *   statuses they wrote or were mentioned in (and favourites and bookmarks, which the fake has none of).
 */
import type { FakeState } from './handlers.js';
import type { Account } from './model.js';
import type { FakeResponse } from './server.js';

const newestFirst = <T extends { id: string }>(list: T[]) => list.sort((a, b) => Number(b.id) - Number(a.id));
const limitOf = (url: URL) => Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 40);

export function searchRoutes(s: FakeState, me: Account, method: string, url: URL): FakeResponse | null {
  if (method !== 'GET') return null;
  const tag = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(url.pathname)?.[1];
  if (tag) {
    const wanted = new RegExp(`(^|\\s)#${decodeURIComponent(tag).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu');
    const found = newestFirst([...s.statuses.values()].filter((st) => st.visibility === 'public' && wanted.test(st.text)));
    return { status: 200, body: found.slice(0, limitOf(url)).map((st) => s.renderStatus(st)) };
  }
  if (url.pathname !== '/api/v2/search') return null;
  const q = url.searchParams.get('q')?.trim();
  if (!q) return { status: 400, body: { error: 'param is missing or the value is empty: q' } };
  const type = url.searchParams.get('type');
  if (type !== null && type !== 'statuses') return { status: 200, body: { accounts: [], statuses: [], hashtags: [] } };
  const mine = (text: string, accountId: string) => accountId === me.id || new RegExp(`@${me.username}\\b`, 'i').test(text);
  const found = newestFirst(
    [...s.statuses.values()].filter(
      (st) => st.text.toLowerCase().includes(q.toLowerCase()) && (s.fullTextSearch ? st.visibility === 'public' || mine(st.text, st.accountId) : mine(st.text, st.accountId)),
    ),
  );
  return { status: 200, body: { accounts: [], statuses: found.slice(0, limitOf(url)).map((st) => s.renderStatus(st)), hashtags: [] } };
}
