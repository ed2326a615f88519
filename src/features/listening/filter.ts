/**
 * What a saved query keeps of what a network's search returned. Networks match loosely and some ignore operators
 * (Mastodon has none, a self-hosted Bluesky AppView matches a plain substring), so exclusions, languages and our own
 * accounts are applied here to every result, whatever the network did with them.
 */
import type { EngagementItem, SearchQuery } from '../../networks/connector.js';

/**
 * True when `item` belongs in the inbox for `query`: no excluded term in its text (case-insensitive), in one of the
 * query's languages when the network tagged one (a post without a language tag is kept: networks tag only some), and
 * not written by one of `ownAccounts` (the workspace's own accounts on that network).
 *
 * @example
 *   keepMatch({ ...item, text: 'Chorus jobs' }, { keywords: ['chorus'], hashtags: [], exclude: ['jobs'], languages: [] }, []); // false
 */
export function keepMatch(item: EngagementItem, query: SearchQuery, ownAccounts: readonly string[]): boolean {
  if (ownAccounts.includes(item.author.externalId)) return false;
  const text = item.text.toLocaleLowerCase();
  if (query.exclude.some((term) => text.includes(term.toLocaleLowerCase()))) return false;
  const languages = item.languages ?? [];
  if (query.languages.length > 0 && languages.length > 0 && !languages.some((l) => query.languages.includes(l.toLowerCase()))) return false;
  return true;
}
