/**
 * The tracked link of a segmented post (issue 13): the landing pages of a post's segment variants (`url`) become the
 * rules of one link, so whoever clicks is sent to the page of the segment they are in, whichever publication they
 * saw. Its own URL is the post's URL (the first in the unsegmented text, else the first variant's); its rules are,
 * in the order of the variants, `{when: <segment's condition>, url: <variant url>}`. Segments and link rules share
 * one condition language (features/audience), so a click matches a rule exactly when the visitor is in the segment;
 * age, gender and interests, which a click cannot tell, are satisfied by every click, as in any link rule.
 *
 * Auto-tracking (auto-track.ts) still makes this link once per publication, each with the same destinations and
 * rules: clicks keep their publication (UTM content, `clicks.publication_id`, conversions), so results per segment
 * can count both the clicks of each segment's publication and, by matched rule, the visitors of each segment.
 *
 * @example
 * const routing = await segmentRoutingFor(ctx, trx, post);
 * // { url: 'https://example.com/', rules: [{ when: { climate: 'hot' }, url: 'https://example.com/cold-refreshing' }], destinations }
 */
import type { AppContext } from '../../core/context.js';
import type { Queryable } from '../../db/database.js';
import type { LinkRuleRow, PostVariantRow } from '../../db/schema.js';
import { findUrls } from '../../networks/text.js';
import { parseCondition } from '../audience/index.js';
import { segmentsRepository } from '../segments/repository.js';
import { checkDestination } from './destination.js';
import { leadsToChorus } from './own-address.js';
import { MAX_RULES } from './rules.js';
import { ownHosts } from './service.js';

export interface SegmentRouting {
  /** Where a visitor in no segment goes. */
  url: string;
  rules: LinkRuleRow[];
  /** Every destination of the link, as checkDestination writes it: a URL of the text among them is this link. */
  destinations: Set<string>;
}

/** `url` as a link may store it, or null when Chorus must not redirect there (its own address, a bad scheme). */
async function safeDestination(ctx: AppContext, url: string, hosts: string[]): Promise<string | null> {
  try {
    const destination = checkDestination(url, hosts);
    return (await leadsToChorus(destination, ctx.config)) ? null : destination;
  } catch {
    return null;
  }
}

/**
 * The routing of a post whose segment variants carry a `url`, or null when none does. A segment with several
 * variants (per network or channel) is routed by the first of them that has a `url`: one link, one page per segment.
 */
export async function segmentRoutingFor(
  ctx: AppContext,
  db: Queryable,
  post: { workspace_id: string; text: string; variants: PostVariantRow[] },
): Promise<SegmentRouting | null> {
  const hosts = ownHosts(ctx);
  const base = `${ctx.config.linkBaseUrl}/`;
  const withUrl = post.variants.filter((v): v is PostVariantRow & { segmentId: string; url: string } => Boolean(v.segmentId && v.url));
  if (withUrl.length === 0) return null;
  const ids = [...new Set(withUrl.map((v) => v.segmentId))];
  const conditions = new Map((await segmentsRepository.findMany(db, post.workspace_id, ids)).map((s) => [s.id, s.condition]));
  const rules: LinkRuleRow[] = [];
  const routed = new Set<string>();
  for (const variant of withUrl) {
    if (routed.has(variant.segmentId) || rules.length >= MAX_RULES) continue;
    const parsed = parseCondition(conditions.get(variant.segmentId));
    const url = await safeDestination(ctx, variant.url, hosts);
    // A deleted segment or a destination Chorus may not lead to: its visitors get the default page.
    if (!parsed.ok || url === null) continue;
    routed.add(variant.segmentId);
    rules.push({ when: parsed.condition, url });
  }
  const candidates = [...findUrls(post.text).map((f) => f.url).filter((u) => !u.startsWith(base)), ...withUrl.map((v) => v.url)];
  let url: string | null = null;
  for (const candidate of candidates) if ((url = await safeDestination(ctx, candidate, hosts)) !== null) break;
  if (url === null || rules.length === 0) return null;
  return { url, rules, destinations: new Set([url, ...rules.map((r) => r.url)]) };
}
