/**
 * Image conversions for networks with stricter rules than the upload: a PNG with transparency for Instagram
 * (JPEG only), a 6000×4000 photo for Instagram's 1440-pixel width, a 9 MB photo for X's 5 MB. The original upload
 * is never touched; what this produces is stored beside it as a rendition (renditions-repository.ts).
 *
 * Rules of thumb, in order:
 * - an image that already fits is sent as it is (no quality lost for nothing);
 * - animated images are never converted (a JPEG would drop the animation): the network's own checks judge them;
 * - nothing is ever enlarged, and Chorus never crops: an image under a network's minimum size is refused;
 * - the EXIF orientation is applied to the pixels (`rotate()`), and every other piece of metadata (GPS, camera,
 *   author) is left out of the rendition;
 * - a format the network takes is kept when only the size in pixels is wrong; otherwise JPEG (quality 85,
 *   transparency flattened on white), stepping the quality down, then the size, until it fits the byte cap.
 */
import type { Metadata, Sharp } from 'sharp';
import type { ImageRules, NetworkLimits } from '../../networks/connector.js';
import { formatBytes } from '../../networks/validate.js';

/** sharp (and its native library) loads on the first image, not with every start of the server. */
async function sharpOf(bytes: Buffer, options: { animated?: boolean; failOn?: 'error' }): Promise<Sharp> {
  const { default: sharp } = await import('sharp');
  return sharp(bytes, options);
}

/** The image as it will reach the network. */
export interface Rendition {
  bytes: Buffer;
  mimeType: string;
  sizeBytes: number;
  width: number;
  height: number;
}

/** What is known of an image without decoding it (the media row, plus `sharp().metadata()` when read). */
export interface ImageFacts {
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** EXIF orientation (1–8); 5–8 swap width and height once applied. */
  orientation?: number;
  /** Frames: more than one is an animation. */
  pages?: number;
}

export type ImagePlan =
  | { action: 'keep' }
  | { action: 'convert'; mimeType: string; width: number | null; height: number | null; maxBytes: number }
  | { action: 'refuse'; rule: string; message: string };

/** Why an image cannot be made to fit (too small, unreadable, still too heavy at the lowest quality). */
export class ImageRuleError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRuleError';
  }
}

const JPEG = 'image/jpeg';
/** Formats sharp can write back as they came (so a PNG that is only too wide stays a PNG). */
const REENCODABLE: Record<string, 'jpeg' | 'png' | 'webp'> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };
const MIME_OF: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heif: 'image/heif',
  tiff: 'image/tiff',
  avif: 'image/avif',
};
const START_QUALITY = 85;
const QUALITY_STEPS = [85, 75, 65, 55, 45];
/** Each round that still misses the byte cap shrinks the image by this factor, a few times at most. */
const SHRINK = 0.8;
const MAX_SHRINKS = 8;

/**
 * The rules Chorus converts to: the network's `images` when it declares them, tightened by the account's own
 * `maxImageBytes` and `acceptedImageTypes` (a Mastodon instance or an old Bluesky PDS may be stricter than the
 * network's defaults). Null when the network declares none: its images are sent as uploaded.
 */
export function imageRulesOf(limits: NetworkLimits): ImageRules | null {
  if (!limits.images) return null;
  const accepted = limits.images.formats.filter((f) => limits.acceptedImageTypes.includes(f));
  return {
    ...limits.images,
    formats: accepted.length > 0 ? accepted : limits.images.formats,
    maxBytes: Math.min(limits.images.maxBytes, limits.maxImageBytes),
  };
}

/**
 * A stable name for what a set of rules produces, e.g. `jpeg-1440xany-8388608B`: renditions are cached under it,
 * so two networks with the same rules share one rendition and a change of rules makes a new one.
 */
export function renditionKey(rules: ImageRules): string {
  // Letters, digits, '_' and '-' only: the key is part of the rendition's signed URL.
  const formats = [...rules.formats].map((f) => f.replace('image/', '').replace(/[^a-z0-9]/g, '')).sort().join('_');
  const pixels = rules.maxPixels ? `-${rules.maxPixels}px` : '';
  return `${formats}-${rules.maxWidth ?? 'any'}x${rules.maxHeight ?? 'any'}${pixels}-${rules.maxBytes}B`;
}

/** Width and height as people see them, once the EXIF orientation is applied. */
function displayed(facts: Pick<ImageFacts, 'width' | 'height' | 'orientation'>): { width: number | null; height: number | null } {
  const swap = (facts.orientation ?? 1) >= 5;
  return swap ? { width: facts.height, height: facts.width } : { width: facts.width, height: facts.height };
}

/** The largest size inside the rules' maximums with the same proportions, never larger than the image. */
export function fitInside(width: number, height: number, rules: ImageRules): { width: number; height: number } {
  let scale = 1;
  if (rules.maxWidth) scale = Math.min(scale, rules.maxWidth / width);
  if (rules.maxHeight) scale = Math.min(scale, rules.maxHeight / height);
  if (rules.maxPixels) scale = Math.min(scale, Math.sqrt(rules.maxPixels / (width * height)));
  if (scale >= 1) return { width, height };
  // Rounding down keeps both sides (and so the pixel count) within the limits.
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/**
 * Pure: what Chorus will do with one image for one network's rules. Used before a post is saved (the network's
 * checks then see the image as it will be sent) and before converting.
 *
 * @example
 *   planImage({ mimeType: 'image/png', sizeBytes: 900_000, width: 2000, height: 1000 }, { formats: ['image/jpeg'], maxBytes: 8e6, maxWidth: 1440 })
 *   // → { action: 'convert', mimeType: 'image/jpeg', width: 1440, height: 720, maxBytes: 8000000 }
 */
export function planImage(facts: ImageFacts, rules: ImageRules): ImagePlan {
  const { width, height } = displayed(facts);
  if (width && height && ((rules.minWidth && width < rules.minWidth) || (rules.minHeight && height < rules.minHeight))) {
    const min = rules.minWidth && rules.minHeight
      ? `${rules.minWidth}×${rules.minHeight} pixels`
      : rules.minWidth ? `${rules.minWidth} pixels wide` : `${rules.minHeight} pixels high`;
    return { action: 'refuse', rule: 'image_too_small', message: `Images must be at least ${min}; this one is ${width}×${height}. Chorus never enlarges images: use a bigger one.` };
  }
  if ((facts.pages ?? 1) > 1) return { action: 'keep' };
  const formatOk = rules.formats.includes(facts.mimeType);
  const fitted = width && height ? fitInside(width, height, rules) : null;
  const pixelsOk = !fitted || (fitted.width === width && fitted.height === height);
  // Rotation matters only when the bytes are rewritten anyway: networks apply EXIF orientation themselves.
  if (formatOk && pixelsOk && facts.sizeBytes <= rules.maxBytes) return { action: 'keep' };
  const sameFormat = formatOk && REENCODABLE[facts.mimeType] && facts.sizeBytes <= rules.maxBytes;
  return {
    action: 'convert',
    mimeType: sameFormat ? facts.mimeType : JPEG,
    width: fitted?.width ?? null,
    height: fitted?.height ?? null,
    maxBytes: rules.maxBytes,
  };
}

/** Reads what `planImage` needs from the bytes: type, size, orientation and frames. */
export async function readImageFacts(bytes: Buffer): Promise<ImageFacts> {
  let meta: Metadata;
  try {
    meta = await (await sharpOf(bytes, { animated: true })).metadata();
  } catch (error) {
    throw new ImageRuleError('unreadable_image', `Chorus could not read this image (${(error as Error).message}); export it again as JPEG or PNG.`);
  }
  const pages = meta.pages ?? 1;
  return {
    mimeType: MIME_OF[meta.format ?? ''] ?? `image/${meta.format ?? 'unknown'}`,
    sizeBytes: bytes.length,
    width: meta.width ?? null,
    // With `animated`, height is the whole strip of frames; one frame is pageHeight.
    height: meta.pageHeight ?? (meta.height !== undefined ? meta.height / pages : null),
    orientation: meta.orientation,
    pages,
  };
}

async function encode(bytes: Buffer, size: { width: number; height: number } | null, format: 'jpeg' | 'png' | 'webp', quality: number): Promise<Rendition> {
  // rotate() with no angle applies the EXIF orientation; metadata is not copied unless asked (keepMetadata).
  let pipeline = (await sharpOf(bytes, { failOn: 'error' })).rotate();
  if (size) pipeline = pipeline.resize({ width: size.width, height: size.height, fit: 'inside', withoutEnlargement: true });
  if (format === 'jpeg') pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true });
  else if (format === 'webp') pipeline = pipeline.webp({ quality });
  else pipeline = pipeline.png({ compressionLevel: 9 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, mimeType: MIME_OF[format]!, sizeBytes: data.length, width: info.width, height: info.height };
}

/**
 * Produces what the network accepts, or null when the image already fits (send the original). Throws
 * `ImageRuleError` when it cannot: too small, unreadable, or over the byte cap even small and at low quality.
 *
 * @example
 *   const out = await convertImage(pngBytes, { formats: ['image/jpeg'], maxBytes: 8 * 1024 * 1024, maxWidth: 1440 });
 *   // out?.mimeType === 'image/jpeg', out.width <= 1440
 */
export async function convertImage(bytes: Buffer, rules: ImageRules): Promise<Rendition | null> {
  const facts = await readImageFacts(bytes);
  const plan = planImage(facts, rules);
  if (plan.action === 'refuse') throw new ImageRuleError(plan.rule, plan.message);
  if (plan.action === 'keep') return null;
  const format = REENCODABLE[plan.mimeType] ?? 'jpeg';
  try {
    let size = plan.width && plan.height ? { width: plan.width, height: plan.height } : null;
    if (format !== 'jpeg') {
      const same = await encode(bytes, size, format, START_QUALITY);
      if (same.sizeBytes <= rules.maxBytes) return same;
    }
    for (let round = 0; round <= MAX_SHRINKS; round++) {
      for (const quality of QUALITY_STEPS) {
        const out = await encode(bytes, size, 'jpeg', quality);
        if (out.sizeBytes <= rules.maxBytes) return out;
        size = { width: out.width, height: out.height };
      }
      const next = { width: Math.floor(size!.width * SHRINK), height: Math.floor(size!.height * SHRINK) };
      if ((rules.minWidth && next.width < rules.minWidth) || (rules.minHeight && next.height < rules.minHeight) || next.width < 1 || next.height < 1) break;
      size = next;
    }
  } catch (error) {
    throw new ImageRuleError('unreadable_image', `Chorus could not convert this image (${(error as Error).message}); export it again as JPEG or PNG.`);
  }
  throw new ImageRuleError('image_too_large', `Images must be at most ${formatBytes(rules.maxBytes)}; Chorus could not bring this one under it, even smaller and at low quality.`);
}
