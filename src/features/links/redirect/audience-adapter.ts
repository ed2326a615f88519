/**
 * The redirector's view of a visitor (features/audience: country from the offline IP database, device, OS and
 * browser from the user agent, bots, languages, query) and which of a link's rules matches. Rules are compiled once
 * per cached link row.
 */
import { compile, createVisitorResolver, queryOf, type Predicate, type Visitor } from '../../audience/index.js';
import type { Condition } from '../../audience/index.js';
import type { LinkRow } from '../repository.js';
import type { RedirectRequest } from './redirector.js';

export type VisitorResolver = ReturnType<typeof createVisitorResolver>;

/**
 * Visitors are described once per (address, user agent, languages, proxy region) and remembered briefly: the IP
 * lookup, user-agent parsing and language parsing cost ~5 µs together, which matters at tens of thousands of
 * redirects a second, and the same visitor usually comes back within minutes. Only the query differs per request.
 */
export function createDescribe(options: { regionHeader?: string | undefined } = {}) {
  const resolver = createVisitorResolver(options);
  const remembered = new Map<string, Visitor>();
  const MAX = 20_000;
  return (request: RedirectRequest): Visitor => {
    const region = options.regionHeader ? String(request.source?.headers[options.regionHeader] ?? '') : '';
    const key = `${request.ip}\n${request.userAgent}\n${request.acceptLanguage}\n${region}`;
    let base = remembered.get(key);
    if (!base) {
      base = resolver.visitorFrom({ ip: request.ip, userAgent: request.userAgent, acceptLanguage: request.acceptLanguage, url: '/', headers: request.source?.headers });
      if (remembered.size >= MAX) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, base);
    }
    return request.query ? { ...base, query: queryOf(`/?${request.query}`) } : base;
  };
}

const compiled = new WeakMap<LinkRow, Predicate[]>();

/** Index of the first rule of the link whose condition matches, or null for the link's own URL. */
export function matchRule(link: LinkRow, visitor: Visitor, now: Date): number | null {
  let predicates = compiled.get(link);
  if (!predicates) {
    // Conditions were validated when the link was saved (links/rules.ts).
    predicates = link.rules.map((rule) => compile(rule.when as Condition));
    compiled.set(link, predicates);
  }
  for (let i = 0; i < predicates.length; i++) if (predicates[i]!(visitor, now)) return i;
  return null;
}
