/**
 * Which files the composer may attach for one channel: what the network takes as uploaded, plus the images Chorus
 * converts for it (convert.ts). The web app builds its file dialog and its own type checks from this, so an
 * Instagram-only post offers PNG (sent as the JPEG Chorus makes of it) without the web app knowing any network's
 * rules. The server stays the judge: posts/validate checks every file again as it will be sent.
 *
 * @example
 *   attachableTypes(INSTAGRAM_DEFAULT_LIMITS)
 *   // → { images: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'], videos: ['video/mp4', 'video/quicktime'] }
 */
import type { NetworkLimits } from '../../networks/connector.js';
import { imageRulesOf } from './convert.js';
import { ACCEPTED_TYPES } from './service.js';

/**
 * Image types sharp reads and convertImage turns into what a network takes. A GIF converts only when still: an
 * animated one is sent as it is (convert.ts never drops frames), so the network's own type check then judges it.
 */
export const CONVERTIBLE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

export interface AttachableTypes {
  images: string[];
  videos: string[];
}

/**
 * Only types Chorus stores on upload (ACCEPTED_TYPES) are listed: offering a BMP for Facebook would end in the
 * upload's refusal. Without image rules a network gets images as uploaded, so only its own types are listed.
 */
export function attachableTypes(limits: NetworkLimits): AttachableTypes {
  const uploadable = (type: string) => ACCEPTED_TYPES.includes(type);
  // Limits stored by an older Chorus may lack a list: `?? []` keeps the listing answering.
  const converted: readonly string[] = imageRulesOf(limits) ? CONVERTIBLE_IMAGE_TYPES : [];
  return {
    images: [...new Set([...(limits.acceptedImageTypes ?? []), ...converted])].filter(uploadable),
    videos: (limits.acceptedVideoTypes ?? []).filter(uploadable),
  };
}
