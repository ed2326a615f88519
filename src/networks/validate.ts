/**
 * The checks every network shares (length, number, size and type of media). A connector's `validate` calls this
 * and adds its own rules.
 */
import type { NetworkLimits, PublicationContent, Violation } from './connector.js';
import { graphemeLength, lengthWithUrlsAs, utf8Length } from './text.js';

export function validateCommon(content: PublicationContent, limits: NetworkLimits, networkName: string): Violation[] {
  const violations: Violation[] = [];
  const length = limits.urlLength ? lengthWithUrlsAs(content.text, limits.urlLength) : graphemeLength(content.text);
  if (length > limits.maxGraphemes) {
    violations.push({
      rule: 'too_long',
      field: 'text',
      message: `${networkName} allows ${limits.maxGraphemes} characters; this text has ${length}.`,
      params: { max: limits.maxGraphemes, length },
    });
  }
  const bytes = utf8Length(content.text);
  if (limits.maxBytes !== undefined && bytes > limits.maxBytes) {
    violations.push({
      rule: 'too_many_bytes',
      field: 'text',
      message: `${networkName} allows ${limits.maxBytes} bytes of text; this text has ${bytes}.`,
      params: { max: limits.maxBytes, length: bytes },
    });
  }
  if (content.text.trim() === '' && content.media.length === 0) {
    violations.push({ rule: 'empty', field: 'text', message: 'Write some text or attach media.' });
  }
  const images = content.media.filter((m) => m.mimeType.startsWith('image/'));
  const videos = content.media.filter((m) => m.mimeType.startsWith('video/'));
  violations.push(
    ...tooMany('too_many_images', `${networkName} allows ${limits.maxImages} images per post`, limits.maxImages, images.length),
    ...tooMany('too_many_videos', `${networkName} allows ${limits.maxVideos} video per post`, limits.maxVideos, videos.length),
  );
  if (!limits.allowMixedMedia && images.length > 0 && videos.length > 0) {
    violations.push({ rule: 'mixed_media', field: 'media', message: `${networkName} cannot mix images and video in one post.` });
  }
  content.media.forEach((m, i) => {
    const isImage = m.mimeType.startsWith('image/');
    const accepted = isImage ? limits.acceptedImageTypes : limits.acceptedVideoTypes;
    if (!accepted.includes(m.mimeType)) {
      violations.push({ rule: 'media_type', field: `media[${i}]`, message: `${networkName} does not accept ${m.mimeType} files.`, params: { type: m.mimeType } });
      return;
    }
    const max = isImage ? limits.maxImageBytes : limits.maxVideoBytes;
    if (m.sizeBytes > max) {
      violations.push({
        rule: isImage ? 'image_too_large' : 'video_too_large',
        field: `media[${i}]`,
        message: sizeMessage(networkName, max, m.sizeBytes),
        params: { max, size: m.sizeBytes },
      });
    }
  });
  return violations;
}

function tooMany(rule: string, allows: string, max: number, count: number): Violation[] {
  return count > max ? [{ rule, field: 'media', message: `${allows}; this one has ${count}.`, params: { max, count } }] : [];
}

/**
 * `alt_text_too_long` for each medium whose alt text is longer than `max`, counted as the network counts it
 * (graphemes unless it says otherwise: X counts code points).
 *
 * @example
 * violations.push(...altTextViolations(content, 1500, 'Mastodon'));
 */
export function altTextViolations(content: PublicationContent, max: number, networkName: string, count: (text: string) => number = graphemeLength): Violation[] {
  return content.media.flatMap((m, i) => {
    const length = count(m.altText);
    if (length <= max) return [];
    return [{ rule: 'alt_text_too_long', field: `media[${i}].altText`, message: `${networkName} allows ${max} characters of alt text; this one has ${length}.` }];
  });
}

function sizeMessage(networkName: string, max: number, size: number): string {
  const [a, b] = [formatBytes(max), formatBytes(size)];
  // Just over the limit reads the same rounded: then say the exact byte counts.
  const [limit, actual] = a === b ? [`${max.toLocaleString('en')} bytes`, `${size.toLocaleString('en')} bytes`] : [a, b];
  return `${networkName} accepts files up to ${limit}; this one is ${actual}.`;
}

/** Sizes as the networks write them in their docs: decimal megabytes (Bluesky's "2 MB" is 2,000,000 bytes). */
export function formatBytes(n: number): string {
  const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 10 ? 2 : 1).replace(/\.?0+$/, ''));
  if (n >= 1_000_000) return `${round(n / 1_000_000)} MB`;
  if (n >= 1_000) return `${round(n / 1_000)} KB`;
  return `${n} bytes`;
}
