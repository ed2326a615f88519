/**
 * What one Mastodon instance allows in a post. Every instance may change its limits (glitch-soc and many servers
 * raise the 500 characters), so they are read from the instance when a channel connects and stored with the channel.
 */
import { z } from 'zod';
import { readStoredLimits } from '../limits-schema.js';
import type { NetworkLimits, PublicationContent, Violation } from '../connector.js';
import { altTextViolations, validateCommon } from '../validate.js';
import { errorFromResponse, type MastodonClient } from './client.js';

/**
 * Mastodon's own defaults, for instances that don't publish their configuration (docs.joinmastodon.org,
 * entities/Instance → `configuration`: 500 characters, each URL counted as 23, 4 attachments, images up to 16 MB
 * and video up to 99 MB, Mastodon 4.x).
 */
export const MASTODON_DEFAULT_LIMITS: NetworkLimits = {
  maxGraphemes: 500,
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 16 * 1024 * 1024,
  // Mastodon takes one video (or GIFV) per status and never mixes it with images.
  maxVideos: 1,
  maxVideoBytes: 99 * 1024 * 1024,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif'],
  acceptedVideoTypes: ['video/webm', 'video/mp4', 'video/quicktime', 'video/ogg'],
  // `configuration.media_attachments` (docs.joinmastodon.org/entities/Instance): image_size_limit 16 MB and
  // image_matrix_limit 33,177,600 pixels (7680×4320) by default; limitsFromInstance reads the instance's own.
  images: {
    formats: ['image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif'],
    maxBytes: 16 * 1024 * 1024,
    maxPixels: 33_177_600,
  },
  // docs.joinmastodon.org/api/rate-limits: 300 requests per 5 minutes per account; we keep a 20 % margin for the
  // person's own apps on the same account.
  rate: { requests: 240, perSeconds: 300 },
};

/** Mastodon caps alt text (`MediaAttachment::MAX_DESCRIPTION_LENGTH`) at 1,500 characters. */
export const MAX_ALT_TEXT = 1500;

const positive = z.number().int().positive().optional().catch(undefined);

const configurationSchema = z
  .object({
    statuses: z
      .object({
        max_characters: positive,
        max_media_attachments: positive,
        characters_reserved_per_url: positive,
      })
      .partial()
      .optional()
      .catch(undefined),
    media_attachments: z
      .object({
        supported_mime_types: z.array(z.string()).optional().catch(undefined),
        image_size_limit: positive,
        image_matrix_limit: positive,
        video_size_limit: positive,
      })
      .partial()
      .optional()
      .catch(undefined),
  })
  .partial();

/** `/api/v2/instance` and `/api/v1/instance` both carry `configuration` (v1 since Mastodon 3.4); Pleroma adds `max_toot_chars`. */
const instanceSchema = z.object({
  configuration: configurationSchema.optional().catch(undefined),
  max_toot_chars: positive,
});

/** Reads limits from an instance document (v2 or v1), filling what it doesn't say with Mastodon's defaults. */
export function limitsFromInstance(instance: unknown): NetworkLimits {
  const parsed = instanceSchema.safeParse(instance);
  const config = parsed.success ? parsed.data : {};
  const statuses = config.configuration?.statuses ?? {};
  const media = config.configuration?.media_attachments ?? {};
  const d = MASTODON_DEFAULT_LIMITS;
  const mimeTypes = media.supported_mime_types;
  const images = mimeTypes?.filter((t) => t.startsWith('image/'));
  const videos = mimeTypes?.filter((t) => t.startsWith('video/'));
  return {
    ...d,
    maxGraphemes: statuses.max_characters ?? config.max_toot_chars ?? d.maxGraphemes,
    urlLength: statuses.characters_reserved_per_url ?? d.urlLength,
    maxImages: statuses.max_media_attachments ?? d.maxImages,
    maxImageBytes: media.image_size_limit ?? d.maxImageBytes,
    maxVideoBytes: media.video_size_limit ?? d.maxVideoBytes,
    acceptedImageTypes: images && images.length > 0 ? images : d.acceptedImageTypes,
    acceptedVideoTypes: videos && videos.length > 0 ? videos : d.acceptedVideoTypes,
    images: {
      formats: images && images.length > 0 ? images : d.acceptedImageTypes,
      maxBytes: media.image_size_limit ?? d.maxImageBytes,
      maxPixels: media.image_matrix_limit ?? d.images?.maxPixels,
    },
  };
}

/**
 * Asks the instance: `GET /api/v2/instance`, then `/api/v1/instance` (older servers, snac2), then the defaults.
 * A rate limit propagates; an instance that hides its configuration still gets a channel.
 */
export async function fetchInstanceLimits(client: MastodonClient): Promise<NetworkLimits> {
  for (const path of ['/api/v2/instance', '/api/v1/instance']) {
    const response = await client.send('GET', path, { anonymous: true });
    if (response.status === 429) {
      throw errorFromResponse(response.status, response.headers, response.body, client.host);
    }
    if (response.status >= 200 && response.status < 300 && response.body && typeof response.body === 'object') {
      return limitsFromInstance(response.body);
    }
  }
  return { ...MASTODON_DEFAULT_LIMITS };
}

/**
 * The limits saved with a channel: either the `NetworkLimits` that `connect` returned, or an object holding them
 * under `limits`. Missing or malformed fields fall back to Mastodon's defaults.
 */
export function limitsFromStored(stored: Record<string, unknown>): NetworkLimits {
  return readStoredLimits(stored, MASTODON_DEFAULT_LIMITS);
}

/** The common checks, with URLs counted at the instance's length, plus Mastodon's alt-text cap. */
export function validateForMastodon(content: PublicationContent, limits: NetworkLimits): Violation[] {
  const violations = validateCommon(content, { ...limits, urlLength: limits.urlLength ?? 23 }, 'Mastodon');
  return [...violations, ...altTextViolations(content, MAX_ALT_TEXT, 'Mastodon')];
}
