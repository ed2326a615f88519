/**
 * Where a short link may point, and the exact URL a visitor is sent to. Only http(s) destinations without
 * credentials, never the redirector's own hosts (no open redirect through Chorus, no loops). UTM parameters are
 * added, but a destination that already sets one keeps its own.
 */
import { invalid } from '../../core/errors.js';
import type { LinkUtm, UtmTemplate } from '../../db/schema.js';

export function checkDestination(raw: string, ownHosts: string[], field = 'url'): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('invalid_url', `"${raw}" is not a full web address; start it with https://.`, field);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('invalid_url', `Links can only lead to http(s) pages, not ${url.protocol.replace(':', '')}: addresses.`, field);
  }
  if (url.username || url.password) throw invalid('invalid_url', 'The address must not contain a user name or password.', field);
  const host = url.hostname.toLowerCase();
  if (ownHosts.some((own) => own.toLowerCase() === host)) {
    throw invalid('redirect_loop', `A link cannot lead back to Chorus's own address (${host}).`, field);
  }
  return url.toString();
}

const UTM_KEYS: Array<[keyof LinkUtm, string]> = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
  ['content', 'utm_content'],
  ['term', 'utm_term'],
];

/** The URL to send a visitor to: destination + UTM (not overriding the destination's own) + the click id. */
export function destinationFor(url: string, utm: LinkUtm, clickId: string | null): string {
  const target = new URL(url);
  for (const [key, param] of UTM_KEYS) {
    const value = utm[key];
    if (value && !target.searchParams.has(param)) target.searchParams.set(param, value);
  }
  if (clickId) target.searchParams.set('chorus_cid', clickId);
  return target.toString();
}

/**
 * The UTM a publication's link gets: the network as source (or the workspace's name for it), "social" as medium
 * (or the workspace's), the publication as content, and the post's campaign (or the workspace's default).
 */
export function utmForPublication(network: string, publicationId: string, template: UtmTemplate = {}, campaign?: string | null): LinkUtm {
  const name = campaign || template.campaign;
  return { source: template.sources?.[network] ?? network, medium: template.medium ?? 'social', content: publicationId, ...(name ? { campaign: name } : {}) };
}

interface Prepared {
  full: string;
  head: string;
  tail: string;
}

/** Keyed by the cached link's UTM object, so no key string is built per request; a reloaded link starts afresh. */
const prepared = new WeakMap<LinkUtm, Map<string, Prepared>>();

/**
 * `destinationFor` for the hot path: the URL with its UTM is built once per (url, utm) and the click id is spliced
 * in as a string, which is several times cheaper than parsing and serializing a URL on every request.
 */
export function fastDestinationFor(url: string, utm: LinkUtm, clickId: string | null): string {
  let byUrl = prepared.get(utm);
  if (!byUrl) prepared.set(utm, (byUrl = new Map()));
  let p = byUrl.get(url);
  if (!p) {
    const full = destinationFor(url, utm, null);
    const hash = full.indexOf('#');
    const head = hash === -1 ? full : full.slice(0, hash);
    p = { full, head: head + (head.includes('?') ? '&' : '?'), tail: hash === -1 ? '' : full.slice(hash) };
    // A link has its URL, its rules' and its arms' URLs: a handful. The bound only guards against misuse.
    if (byUrl.size > 1000) byUrl.clear();
    byUrl.set(url, p);
  }
  if (!clickId) return p.full;
  return `${p.head}chorus_cid=${clickId}${p.tail}`;
}
