/**
 * QR codes of short links, as SVG or PNG. A QR code encodes `${shortUrl}?qr=1`, so the redirector counts a scan as
 * trigger=qr. Rendering is deterministic (same text and options → same bytes), so the ETag is a hash of the inputs
 * and rendered images are kept in a small in-memory cache: a printed poster's QR code is fetched many times.
 *
 * @example
 *   const qr = await renderQr('https://go.example.com/abc?qr=1', 'png', { size: 512, margin: 4 });
 *   reply.type(qr.contentType).header('etag', qr.etag).send(qr.body);
 */
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';

export type QrFormat = 'svg' | 'png';

export interface QrOptions {
  /** Width and height in pixels (the PNG's exact size; the SVG's width/height attributes). */
  size: number;
  /** Quiet zone around the code, in modules. The QR spec asks for 4; scanners often cope with less. */
  margin: number;
}

export interface RenderedQr {
  body: Buffer | string;
  contentType: string;
  etag: string;
}

export const QR_SIZE = { min: 128, max: 2048, default: 512 } as const;
export const QR_MARGIN = { min: 0, max: 16, default: 4 } as const;
// 'M' (15% recovery) is what most generators default to: a sturdy code that stays small for short URLs.
const ERROR_CORRECTION = 'M';
// Bump when the rendering changes (colors, library upgrade), so ETags change with the bytes.
const RENDER_VERSION = 'v1';
const MAX_CACHED = 500;

const cache = new Map<string, Promise<RenderedQr>>();

/** The text a link's QR code encodes: its short URL, marked so the redirector records the visit as a scan. */
export function qrText(shortUrl: string): string {
  return `${shortUrl}${shortUrl.includes('?') ? '&' : '?'}qr=1`;
}

const keyOf = (text: string, format: QrFormat, o: QrOptions) => `${RENDER_VERSION}|${format}|${o.size}|${o.margin}|${text}`;

/** The ETag of an image before rendering it, so a conditional request is answered 304 at no cost. */
export function qrEtag(text: string, format: QrFormat, options: QrOptions): string {
  return `"${createHash('sha256').update(keyOf(text, format, options)).digest('base64url').slice(0, 27)}"`;
}

export function renderQr(text: string, format: QrFormat, options: QrOptions): Promise<RenderedQr> {
  const key = keyOf(text, format, options);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const etag = qrEtag(text, format, options);
  const rendered = render(text, format, options).then((body) => ({
    body,
    contentType: format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png',
    etag,
  }));
  rendered.catch(() => cache.delete(key));
  cache.set(key, rendered);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return rendered;
}

async function render(text: string, format: QrFormat, { size, margin }: QrOptions): Promise<Buffer | string> {
  const common = { errorCorrectionLevel: ERROR_CORRECTION, margin, width: size, color: { dark: '#000000ff', light: '#ffffffff' } } as const;
  if (format === 'svg') return QRCode.toString(text, { ...common, type: 'svg' });
  return QRCode.toBuffer(text, { ...common, type: 'png' });
}

/** The module matrix (true = dark) a text encodes to with Chorus's settings, row by row; tests compare images to it. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(Boolean(modules.get(y, x)));
    rows.push(row);
  }
  return rows;
}
