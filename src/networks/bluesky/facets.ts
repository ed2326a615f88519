/**
 * Rich-text facets (links, mentions, hashtags) for a post. Bluesky addresses a facet by UTF-8 BYTE offsets into the
 * text, not by JavaScript string indexes, so an emoji or an accented letter before a link shifts it by several bytes.
 * `RichText` from @atproto/api does the detection and the byte arithmetic the same way the Bluesky app does.
 */
import { RichText, type AppBskyRichtextFacet } from '@atproto/api';

export type Facet = AppBskyRichtextFacet.Main;

/** Finds the DID of a handle; undefined when it does not resolve (the mention then stays plain text). */
export type HandleResolver = (handle: string) => Promise<string | undefined>;

/**
 * Detects links, hashtags and (when `resolveHandle` is given) mentions in `text`.
 *
 * @example
 *   await detectFacets('café https://example.com')
 *   // → [{ index: { byteStart: 6, byteEnd: 25 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: ... }] }]
 */
export async function detectFacets(text: string, resolveHandle?: HandleResolver): Promise<Facet[]> {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const detected = rt.facets ?? [];
  const facets: Facet[] = [];
  for (const facet of detected) {
    const features: Facet['features'] = [];
    for (const feature of facet.features) {
      if (feature.$type !== 'app.bsky.richtext.facet#mention') {
        features.push(feature);
        continue;
      }
      // Without resolution the DID field holds the handle; only a real DID may be published.
      const handle = String((feature as AppBskyRichtextFacet.Mention).did);
      const did = resolveHandle ? await resolveHandle(handle).catch(() => undefined) : undefined;
      if (did) features.push({ $type: 'app.bsky.richtext.facet#mention', did });
    }
    if (features.length > 0) facets.push({ ...facet, features });
  }
  return facets;
}

/** The text a facet covers, read back by byte offsets (what a Bluesky client does). */
export function facetText(text: string, facet: Facet): string {
  return Buffer.from(text, 'utf8').subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8');
}
