/**
 * The share audit: what a page lacks for a good card on each network, with a fix a webmaster can act on. The limits
 * are the networks' own published ones:
 * - X cards markup (developer.x.com/en/docs/x-for-websites/cards): `twitter:card` is required; title "max 70
 *   characters", description "max 200 characters"; summary_large_image "minimum dimensions of 300x157", summary
 *   "144x144"; "Images must be less than 5MB".
 * - Meta's sharing guide for webmasters (developers.facebook.com/docs/sharing/webmasters/images): "The minimum allowed
 *   image dimension is 200 x 200 pixels", "at least 600 pixels in width" for the large link preview, "must not
 *   exceed 8 MB".
 * - LinkedIn Help, "Make your website shareable on LinkedIn": og:image "Max file size: 5 MB", "Minimum image
 *   dimensions: 1200 (w) x 627 (h) pixels".
 */
import type { ImageFacts } from './page.js';
import type { ShareTags } from './open-graph.js';

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  /** The networks whose card it spoils (empty: all). */
  networks: string[];
  message: string;
  fix: string;
  params?: Record<string, string | number>;
}

const MB = 1024 * 1024;
const IMAGE_RULES = [
  { network: 'facebook', minWidth: 600, minHeight: 315, maxBytes: 8 * MB, name: 'Facebook' },
  { network: 'linkedin', minWidth: 1200, minHeight: 627, maxBytes: 5 * MB, name: 'LinkedIn' },
  { network: 'x', minWidth: 300, minHeight: 157, maxBytes: 5 * MB, name: 'X' },
];
const X_TITLE_MAX = 70;
const X_DESCRIPTION_MAX = 200;

function missing(code: string, tag: string, networks: string[], why: string, example: string): Finding {
  return { code, severity: code === 'og_image_missing' || code === 'og_title_missing' ? 'error' : 'warning', networks, message: `The page has no ${tag}: ${why}`, fix: `Add ${example} to the page's <head>.` };
}

function imageFindings(image: ShareTags['image'], facts: ImageFacts | null): Finding[] {
  if (!image) return [missing('og_image_missing', 'og:image', [], 'every network shows a card without a picture, or none at all.', '<meta property="og:image" content="https://…/share.jpg"> (1200 × 630 pixels)')];
  if (facts && !facts.reachable) {
    return [{ code: 'og_image_unreachable', severity: 'error', networks: [], message: `The share image ${image.url} could not be loaded.`, fix: 'Check the og:image address opens in a private browser window, publicly, without a login.' }];
  }
  const width = facts?.width ?? image.width;
  const height = facts?.height ?? image.height;
  const out: Finding[] = [];
  if (width !== null && height !== null) {
    const small = IMAGE_RULES.filter((r) => width < r.minWidth || height < r.minHeight);
    if (small.length > 0) {
      const rule = small.reduce((a, b) => (b.minWidth > a.minWidth ? b : a));
      out.push({
        code: 'og_image_small',
        severity: 'warning',
        networks: small.map((r) => r.network),
        message: `The share image is ${width} × ${height} pixels; ${small.map((r) => `${r.name} wants at least ${r.minWidth} × ${r.minHeight}`).join(', ')}.`,
        fix: `Use an image of at least ${rule.minWidth} × ${rule.minHeight} pixels (1200 × 630 suits every network).`,
        params: { width, height, minWidth: rule.minWidth, minHeight: rule.minHeight },
      });
    }
  }
  const bytes = facts?.bytes ?? null;
  const heavy = bytes === null ? [] : IMAGE_RULES.filter((r) => bytes > r.maxBytes);
  if (bytes !== null && heavy.length > 0) {
    out.push({
      code: 'og_image_heavy',
      severity: 'warning',
      networks: heavy.map((r) => r.network),
      message: `The share image weighs ${(bytes / MB).toFixed(1)} MB; ${heavy.map((r) => `${r.name} takes at most ${r.maxBytes / MB} MB`).join(', ')}.`,
      fix: 'Save the image as a JPEG of about 80 % quality, or smaller; under 1 MB loads fast everywhere.',
      params: { megabytes: Number((bytes / MB).toFixed(1)) },
    });
  }
  if (!image.alt) out.push(missing('og_image_alt_missing', 'og:image:alt', [], 'people using screen readers hear nothing about the picture.', '<meta property="og:image:alt" content="What the picture shows">'));
  return out;
}

/** Everything the page lacks or gets wrong for sharing, errors first. */
export function auditShareTags(tags: ShareTags, image: ImageFacts | null): Finding[] {
  const out: Finding[] = [];
  if (!tags.present.has('og:title')) {
    out.push(missing('og_title_missing', 'og:title', ['facebook', 'linkedin'], tags.title ? 'networks fall back to the <title>, often with the site name appended.' : 'networks show the bare address.', '<meta property="og:title" content="…">'));
  }
  if (!tags.present.has('og:description')) out.push(missing('og_description_missing', 'og:description', ['facebook', 'linkedin'], 'the card has no summary under its title.', '<meta property="og:description" content="…">'));
  out.push(...imageFindings(tags.image, image));
  if (!tags.twitterCard) out.push(missing('twitter_card_missing', 'twitter:card', ['x'], 'X shows the link without a card.', '<meta name="twitter:card" content="summary_large_image">'));
  if (!tags.canonical) out.push(missing('canonical_missing', 'canonical link', [], 'shares of the same page under different addresses (UTM tags, tracking) are counted apart.', '<link rel="canonical" href="https://…/this-page">'));
  if (tags.title && [...tags.title].length > X_TITLE_MAX) {
    out.push({ code: 'title_too_long', severity: 'warning', networks: ['x'], message: `The title has ${[...tags.title].length} characters; X cuts titles after ${X_TITLE_MAX}.`, fix: `Shorten og:title (or twitter:title) to ${X_TITLE_MAX} characters at most.`, params: { length: [...tags.title].length, max: X_TITLE_MAX } });
  }
  if (tags.description && [...tags.description].length > X_DESCRIPTION_MAX) {
    out.push({ code: 'description_too_long', severity: 'warning', networks: ['x'], message: `The description has ${[...tags.description].length} characters; X cuts it after ${X_DESCRIPTION_MAX}.`, fix: `Shorten og:description to ${X_DESCRIPTION_MAX} characters at most.`, params: { length: [...tags.description].length, max: X_DESCRIPTION_MAX } });
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
