/**
 * What LinkedIn allows in one post, how commentary must be escaped ("little" text), and the organization-only
 * audience targeting (`options.targetEntities`).
 */
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { readStoredLimits } from '../limits-schema.js';
import { findUrls } from '../text.js';
import { validateCommon } from '../validate.js';
import { linkedinTargeting } from './targeting.js';

const MB = 1024 * 1024;

/** Limits plus who publishes: targeting is for organization pages only, and `validate` only receives the limits. */
export interface LinkedInLimits extends NetworkLimits {
  linkedinAuthor?: 'person' | 'organization';
}

/**
 * learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api (commentary up to 3,000 characters;
 * MultiImage posts take 2 to 20 images), .../images-api (JPG, GIF, PNG; under 36,152,320 pixels) and .../videos-api
 * (MP4, 75 KB to 500 MB, one per post). The image byte cap is not documented; 20 MB is Chorus's conservative guess.
 */
export const LINKEDIN_DEFAULT_LIMITS: NetworkLimits = {
  maxGraphemes: 3000,
  maxImages: 20,
  maxImageBytes: 20 * MB,
  maxVideos: 1,
  maxVideoBytes: 500 * MB,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/gif'],
  acceptedVideoTypes: ['video/mp4'],
  // Images API: JPG, GIF or PNG under 36,152,320 pixels (learn.microsoft.com/linkedin/marketing/community-management/
  // shares/images-api); the byte cap is the guess above.
  images: { formats: ['image/jpeg', 'image/png', 'image/gif'], maxBytes: 20 * MB, maxPixels: 36_152_320 },
  // LinkedIn's per-member daily limits are not published ("Standard rate limits are not published in documentation",
  // learn.microsoft.com/linkedin/shared/api-guide/concepts/rate-limits); 100 calls an hour stays well under what the
  // development tier allows a member per day for posts, comments and statistics together.
  rate: { requests: 100, perSeconds: 3600 },
};

export const MAX_IMAGE_PIXELS = 36_152_320;
export const MIN_VIDEO_BYTES = 75 * 1024;

/**
 * Escapes LinkedIn's "little" text reserved characters `\ | { } @ [ ] ( ) < > # * _ ~` with a backslash
 * (learn.microsoft.com/linkedin/marketing/community-management/shares/little-text-format). Left unescaped, LinkedIn
 * cuts the post at the first one. Links are left as written so they stay links, `#word` stays a hashtag, and a
 * mention already written in LinkedIn's form (`@[Acme](urn:li:organization:1)`) stays a mention: that is what a person
 * typing them means.
 */
export function escapeLittleText(text: string): string {
  let out = '';
  let last = 0;
  for (const url of findUrls(text)) {
    out += escapePlain(text.slice(last, url.start)) + url.url;
    last = url.end;
  }
  return out + escapePlain(text.slice(last));
}

/** `#word` after a non-word character, or a mention in LinkedIn's own `@[Name](urn:li:person:…)` form, kept as is. */
const HASHTAG = /(^|[^\p{L}\p{N}_&])(#[\p{L}\p{N}_]+|@\[[^\\|{}@[\]()<>#*_~]+\]\(urn:li:(?:person|organization):[^)\s]+\))/gu;
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;

function escapePlain(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(HASHTAG)) {
    const start = m.index + (m[1]?.length ?? 0);
    out += text.slice(last, start).replace(RESERVED, '\\$&') + (m[2] ?? '');
    last = start + (m[2]?.length ?? 0);
  }
  return out + text.slice(last).replace(RESERVED, '\\$&');
}

/** Facets Chorus accepts in `options.targetEntities` (posts-api, `distribution.targetEntities`). */
const URN_FACETS: Record<string, RegExp> = {
  geoLocations: /^urn:li:geo:\d+$/,
  industries: /^urn:li:industry:\d+$/,
  seniorities: /^urn:li:seniority:\d+$/,
};
export const STAFF_COUNT_RANGES = [
  'SIZE_1',
  'SIZE_2_TO_10',
  'SIZE_11_TO_50',
  'SIZE_51_TO_200',
  'SIZE_201_TO_500',
  'SIZE_501_TO_1000',
  'SIZE_1001_TO_5000',
  'SIZE_5001_TO_10000',
  'SIZE_10001_OR_MORE',
];

/**
 * What the composer offers for audience targeting. Seniorities are LinkedIn's standardized codes 1–10 (Unpaid,
 * Training, Entry level, Senior, Manager, Director, VP, CXO, Partner, Owner: learn.microsoft.com/linkedin/shared/
 * references/reference-tables/seniority-codes); countries are geo URNs from LinkedIn's geo typeahead (US, France,
 * United Kingdom, Germany, Canada); locales are ones LinkedIn's interface is offered in. The API accepts any valid
 * URN: these are the choices a person can make without looking ids up.
 */
export const TARGETING_CHOICES = {
  geoLocations: [
    { id: 'urn:li:geo:103644278', country: 'US' },
    { id: 'urn:li:geo:105015875', country: 'FR' },
    { id: 'urn:li:geo:101165590', country: 'GB' },
    { id: 'urn:li:geo:101282230', country: 'DE' },
    { id: 'urn:li:geo:101174742', country: 'CA' },
  ],
  seniorities: Array.from({ length: 10 }, (_, i) => `urn:li:seniority:${i + 1}`),
  staffCountRanges: STAFF_COUNT_RANGES,
  interfaceLocales: [
    { country: 'US', language: 'en' },
    { country: 'GB', language: 'en' },
    { country: 'FR', language: 'fr' },
    { country: 'CA', language: 'fr' },
    { country: 'DE', language: 'de' },
    { country: 'ES', language: 'es' },
  ],
};

export type TargetEntity = Record<string, unknown>;

/** `options.targetEntities` as a list (a single object is accepted too), or null when absent. */
export function targetEntitiesOf(content: PublicationContent): TargetEntity[] | null {
  const raw = content.options?.['targetEntities'];
  if (raw === undefined || raw === null) return null;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((t) => (t && typeof t === 'object' && !Array.isArray(t) ? (t as TargetEntity) : {}));
}

function targetingViolations(entities: TargetEntity[], author: LinkedInLimits['linkedinAuthor']): Violation[] {
  const v: Violation[] = [];
  const field = 'options.targetEntities';
  if (author === 'person') {
    v.push({ rule: 'targeting_organization_only', field, message: 'LinkedIn audience targeting is only available for posts by an organization page, not by a member.' });
  }
  entities.forEach((entity, i) => {
    if (Object.keys(entity).length === 0) v.push({ rule: 'targeting_invalid', field: `${field}[${i}]`, message: 'A target audience needs at least one facet.' });
    for (const [facet, values] of Object.entries(entity)) {
      const at = `${field}[${i}].${facet}`;
      if (!Array.isArray(values) || values.length === 0) {
        v.push({ rule: 'targeting_invalid', field: at, message: `${facet} must be a non-empty list.` });
        continue;
      }
      const pattern = URN_FACETS[facet];
      if (pattern) {
        const bad = values.find((x) => typeof x !== 'string' || !pattern.test(x));
        if (bad !== undefined) v.push({ rule: 'targeting_invalid', field: at, message: `${String(bad)} is not a valid ${facet} URN (e.g. ${pattern.source.slice(1, -4)}123).` });
      } else if (facet === 'staffCountRanges') {
        const bad = values.find((x) => typeof x !== 'string' || !STAFF_COUNT_RANGES.includes(x));
        if (bad !== undefined) v.push({ rule: 'targeting_invalid', field: at, message: `${String(bad)} is not a LinkedIn staff count range (${STAFF_COUNT_RANGES.join(', ')}).` });
      } else if (facet === 'interfaceLocales') {
        const ok = values.every((x) => x && typeof x === 'object' && /^[A-Z]{2}$/.test(String((x as Record<string, unknown>)['country'])) && /^[a-z]{2}$/.test(String((x as Record<string, unknown>)['language'])));
        if (!ok) v.push({ rule: 'targeting_invalid', field: at, message: 'Each interface locale is { country: "US", language: "en" }.' });
      } else {
        v.push({ rule: 'targeting_invalid', field: at, message: `${facet} is not a targeting facet Chorus supports (geoLocations, interfaceLocales, industries, seniorities, staffCountRanges).` });
      }
    }
  });
  return v;
}

/** The common checks, the multi-image minimum, pixel and video size floors, and organization-only targeting. */
export function validateForLinkedIn(content: PublicationContent, limits: LinkedInLimits): Violation[] {
  const violations = validateCommon(content, limits, 'LinkedIn');
  content.media.forEach((m, i) => {
    if (m.mimeType.startsWith('image/') && m.width && m.height && m.width * m.height > MAX_IMAGE_PIXELS) {
      violations.push({ rule: 'image_too_many_pixels', field: `media[${i}]`, message: `LinkedIn accepts images up to ${MAX_IMAGE_PIXELS.toLocaleString('en')} pixels; this one has ${(m.width * m.height).toLocaleString('en')}.` });
    }
    if (m.mimeType.startsWith('video/') && m.sizeBytes < MIN_VIDEO_BYTES) {
      violations.push({ rule: 'video_too_small', field: `media[${i}]`, message: 'LinkedIn accepts videos from 75 KB; this one is smaller.' });
    }
  });
  // A reply is a comment, which Chorus sends as text only.
  if (content.inReplyTo !== undefined && content.media.length > 0) {
    violations.push({ rule: 'reply_media', field: 'media', message: 'Replies on LinkedIn are comments: Chorus sends them as text only.' });
  }
  const entities = targetEntitiesOf(content);
  if (entities) violations.push(...targetingViolations(entities, limits.linkedinAuthor));
  if (content.audience && content.inReplyTo !== undefined) {
    violations.push({ rule: 'targeting_reply', field: 'audience', message: 'A comment is seen by everyone who sees the post it answers; LinkedIn cannot target it.' });
  } else if (content.audience) {
    // Said once: an option entity on a member post already carries targeting_organization_only.
    violations.push(...linkedinTargeting(content.audience, limits.linkedinAuthor).violations.filter((v) => !(entities && v.rule === 'targeting_organization_only')));
  }
  return violations;
}

/** The limits saved with a channel, with LinkedIn's defaults for what is missing, and the author kind if stored. */
export function limitsFromStored(stored: Record<string, unknown>): LinkedInLimits {
  const nested = stored['limits'];
  const author = (nested && typeof nested === 'object' && 'linkedinAuthor' in nested ? nested.linkedinAuthor : undefined) ?? stored['linkedinAuthor'];
  return { ...readStoredLimits(stored, LINKEDIN_DEFAULT_LIMITS), ...(author === 'person' || author === 'organization' ? { linkedinAuthor: author } : {}) };
}
