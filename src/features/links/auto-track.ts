/**
 * Automatic tracking of posts: each URL in a publication's text becomes a short link of its own, with the UTM of
 * the publication's network (source = network, medium = social, content = publication id), so clicks are
 * attributed to post, publication, network and channel. On by default when a branded short domain is configured
 * (CHORUS_LINK_BASE_URL) — a loopback short URL would be useless on a public network — and off per post with
 * `trackLinks: false`. Editing a post reuses the publication's links for URLs it already had.
 * In a post with segment variants that carry a `url`, every one of those landing pages (and the post's own URL)
 * becomes the publication's one segment-routed link instead (segment-routing.ts).
 */
import type { AppContext } from '../../core/context.js';
import type { Tx } from '../../db/database.js';
import { findUrls } from '../../networks/text.js';
import { postsRepository, type PublicationRow } from '../posts/repository.js';
import { randomCode } from './codes.js';
import { checkDestination, utmForPublication } from './destination.js';
import type { UtmTemplate } from '../../db/schema.js';
import { linksRepository } from './repository.js';
import { ownHosts } from './service.js';
import { leadsToChorus } from './own-address.js';
import type { SegmentRouting } from './segment-routing.js';

export function autoTrackingAvailable(ctx: AppContext): boolean {
  return ctx.config.linkBaseUrlConfigured;
}

/** Replaces the URLs of a publication's text with its tracked short links; returns the updated row. */
export async function trackPublicationUrls(
  ctx: AppContext,
  trx: Tx,
  pub: PublicationRow,
  actorUserId: string | null,
  utm: { template: UtmTemplate; campaign: string | null; campaignId?: string | null } = { template: {}, campaign: null },
  routing: SegmentRouting | null = null,
): Promise<PublicationRow> {
  const base = `${ctx.config.linkBaseUrl}/`;
  const hosts = ownHosts(ctx);
  const found = findUrls(pub.text).filter((u) => !u.url.startsWith(base));
  if (found.length === 0) return pub;
  const shortFor = new Map<string, string>();
  for (const { url } of found) {
    if (shortFor.has(url)) continue;
    let destination: string;
    try {
      destination = checkDestination(url, hosts);
    } catch {
      continue; // Not a destination Chorus may redirect to (e.g. its own host): leave the text as written.
    }
    if (await leadsToChorus(destination, ctx.config)) continue; // Chorus itself under another spelling: the same.
    // Any landing page of the segments is the one routed link, whichever variant's text carries it.
    const routed = routing?.destinations.has(destination) ? routing : null;
    if (routed) destination = routed.url;
    let link = await linksRepository.findForPublication(trx, pub.id, destination);
    if (link && routed && JSON.stringify(link.rules) !== JSON.stringify(routed.rules)) {
      link = await linksRepository.update(trx, pub.workspace_id, link.id, { rules: routed.rules }); // the post was edited
    }
    for (let i = 0; i < 5 && !link; i++) {
      link = await linksRepository.insert(trx, {
        workspaceId: pub.workspace_id,
        code: randomCode(),
        url: destination,
        utm: utmForPublication(pub.network, pub.id, utm.template, utm.campaign),
        rules: routed?.rules ?? [],
        tags: [],
        title: '',
        passwordHash: null,
        expiresAt: null,
        addClickId: true,
        postId: pub.post_id,
        publicationId: pub.id,
        network: pub.network,
        channelId: pub.channel_id,
        createdBy: actorUserId,
        campaignId: utm.campaignId ?? null,
      });
    }
    if (link) shortFor.set(url, `${ctx.config.linkBaseUrl}/${link.code}`);
  }
  let text = '';
  let last = 0;
  for (const f of found) {
    const short = shortFor.get(f.url);
    if (!short) continue;
    text += pub.text.slice(last, f.start) + short;
    last = f.end;
  }
  text += pub.text.slice(last);
  return text === pub.text ? pub : postsRepository.setPublicationText(trx, pub.id, text);
}
