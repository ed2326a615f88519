import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import type { ImageRules, NetworkLimits } from '../../networks/connector.js';
import { INSTAGRAM_DEFAULT_LIMITS } from '../../networks/instagram/rules.js';
import { X_DEFAULT_LIMITS } from '../../networks/x/rules.js';
import { YOUTUBE_DEFAULT_LIMITS } from '../../networks/youtube/rules.js';
import { BLUESKY_LIMITS, blueskyLimits } from '../../networks/bluesky/rules.js';
import { convertImage, fitInside, ImageRuleError, imageRulesOf, planImage, readImageFacts, renditionKey } from './convert.js';

const rulesOf = (limits: NetworkLimits): ImageRules => imageRulesOf(limits)!;
const INSTAGRAM = rulesOf(INSTAGRAM_DEFAULT_LIMITS);
const X = rulesOf(X_DEFAULT_LIMITS);

/** A PNG with a transparent left half and an opaque red right half. */
async function pngWithAlpha(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = width / 2; x < width; x++) raw.set([255, 0, 0, 255], (y * width + x) * 4);
  }
  return sharp(raw, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

/** Random pixels: what compresses worst, so the bytes stay large at any quality. */
function noise(width: number, height: number) {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
}

describe('image conversion', () => {
  it('makes a PNG with transparency a JPEG for Instagram, flattened on white, EXIF-free', async () => {
    const png = await pngWithAlpha(800, 600);
    const out = await convertImage(png, INSTAGRAM);
    assert.ok(out);
    assert.equal(out.mimeType, 'image/jpeg');
    assert.deepEqual([out.width, out.height], [800, 600]);
    const meta = await sharp(out.bytes).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.hasAlpha, false);
    const { data } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    // Top-left was transparent: now white. Top-right stays red.
    assert.ok(data[0]! > 245 && data[1]! > 245 && data[2]! > 245, `expected white, got ${data[0]},${data[1]},${data[2]}`);
    const right = 799 * 3;
    assert.ok(data[right]! > 200 && data[right + 1]! < 60, 'red stays red');
  });

  it("shrinks a 6000×4000 JPEG to Instagram's 1440 width, keeping its proportions", async () => {
    const big = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#3366aa' } }).jpeg().toBuffer();
    const out = await convertImage(big, INSTAGRAM);
    assert.ok(out);
    assert.deepEqual([out.mimeType, out.width, out.height], ['image/jpeg', 1440, 960]);
    assert.ok(out.sizeBytes <= INSTAGRAM.maxBytes);
  });

  it("brings an image of many megabytes under X's 5 MB, stepping quality then size down", async () => {
    const heavy = await noise(3000, 2400).png({ compressionLevel: 1 }).toBuffer();
    assert.ok(heavy.length > X.maxBytes, `test image is ${heavy.length} bytes`);
    const out = await convertImage(heavy, X);
    assert.ok(out);
    assert.equal(out.mimeType, 'image/jpeg');
    assert.ok(out.sizeBytes <= 5 * 1024 * 1024, `${out.sizeBytes} bytes`);
    assert.equal(out.sizeBytes, out.bytes.length);
    const meta = await sharp(out.bytes).metadata();
    assert.deepEqual([meta.width, meta.height], [out.width, out.height]);
  });

  it('leaves an image that already fits alone (null: the original is sent, byte for byte)', async () => {
    const jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#888888' } }).jpeg().toBuffer();
    assert.equal(await convertImage(jpeg, INSTAGRAM), null);
    const png = await pngWithAlpha(400, 300);
    assert.equal(await convertImage(png, X), null, 'X takes PNG as it is');
  });

  it('applies the EXIF orientation to the pixels and drops the metadata when it converts', async () => {
    // Stored 2000×1000, shown 1000×2000 (orientation 6: rotate 90°), with a copyright line in its EXIF.
    const sideways = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#224466' } })
      .withExif({ IFD0: { Copyright: 'Someone, with GPS nearby' } })
      .withMetadata({ orientation: 6 })
      .png()
      .toBuffer();
    const facts = await readImageFacts(sideways);
    assert.equal(facts.orientation, 6);
    const out = await convertImage(sideways, INSTAGRAM);
    assert.ok(out);
    assert.deepEqual([out.width, out.height], [1000, 2000]);
    const meta = await sharp(out.bytes).metadata();
    assert.equal(meta.orientation, undefined);
    assert.equal(meta.exif, undefined);
  });

  it('keeps a PNG a PNG when only its pixel count is wrong, and keeps animations as they are', async () => {
    const tall = await pngWithAlpha(4000, 2000);
    const mastodonLike: ImageRules = { formats: ['image/png', 'image/jpeg'], maxBytes: 16 * 1024 * 1024, maxPixels: 2_000_000 };
    const out = await convertImage(tall, mastodonLike);
    assert.ok(out);
    assert.equal(out.mimeType, 'image/png');
    assert.ok(out.width * out.height <= 2_000_000);
    // A real two-frame GIF (red, then green).
    const frame = (background: string) => sharp({ create: { width: 64, height: 128, channels: 3, background } }).png().toBuffer();
    const gif = await sharp([await frame('#ff0000'), await frame('#00ff00')], { join: { animated: true } }).gif({ loop: 0 }).toBuffer();
    const facts = await readImageFacts(gif);
    assert.equal(facts.pages, 2);
    assert.deepEqual([facts.width, facts.height], [64, 128]);
    assert.equal(await convertImage(gif, INSTAGRAM), null, 'an animated GIF is never flattened to one frame');
  });

  it('refuses an image under the minimum size, and one it cannot read', async () => {
    const small = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#000' } }).png().toBuffer();
    const youtube = rulesOf(YOUTUBE_DEFAULT_LIMITS);
    await assert.rejects(convertImage(small, youtube), (e: unknown) => e instanceof ImageRuleError && e.rule === 'image_too_small' && /640 pixels wide/.test(e.message));
    await assert.rejects(convertImage(Buffer.from('not an image'), X), (e: unknown) => e instanceof ImageRuleError && e.rule === 'unreadable_image');
  });
});

describe('image plans and rules', () => {
  it('plans from what the media row knows: keep, convert (with the size it will have) or refuse', () => {
    assert.deepEqual(planImage({ mimeType: 'image/jpeg', sizeBytes: 500_000, width: 1080, height: 1080 }, INSTAGRAM), { action: 'keep' });
    assert.deepEqual(planImage({ mimeType: 'image/png', sizeBytes: 900_000, width: 2000, height: 1000 }, INSTAGRAM), {
      action: 'convert', mimeType: 'image/jpeg', width: 1440, height: 720, maxBytes: INSTAGRAM.maxBytes,
    });
    assert.equal(planImage({ mimeType: 'image/png', sizeBytes: 9_000_000, width: 800, height: 600 }, X).action, 'convert');
    assert.equal(planImage({ mimeType: 'image/gif', sizeBytes: 9_000_000, width: 800, height: 600, pages: 12 }, X).action, 'keep');
    assert.equal(planImage({ mimeType: 'image/png', sizeBytes: 1000, width: 600, height: 400 }, rulesOf(YOUTUBE_DEFAULT_LIMITS)).action, 'refuse');
  });

  it('fits inside every maximum without enlarging', () => {
    assert.deepEqual(fitInside(6000, 4000, { formats: [], maxBytes: 1, maxWidth: 1440 }), { width: 1440, height: 960 });
    assert.deepEqual(fitInside(100, 50, { formats: [], maxBytes: 1, maxWidth: 1440 }), { width: 100, height: 50 });
    const p = fitInside(8000, 6000, { formats: [], maxBytes: 1, maxPixels: 36_152_320 });
    assert.ok(p.width * p.height <= 36_152_320);
  });

  it("takes the account's own stricter caps into the rules, and names them with a URL-safe key", () => {
    const oldPds = imageRulesOf(blueskyLimits({ maxImageBytes: 1_000_000 }))!;
    assert.equal(oldPds.maxBytes, 1_000_000);
    assert.equal(imageRulesOf({ ...BLUESKY_LIMITS, images: undefined }), null);
    assert.equal(renditionKey(INSTAGRAM), `jpeg-1440xany-${8 * 1024 * 1024}B`);
    assert.match(renditionKey(X), /^[A-Za-z0-9_-]+$/);
    assert.notEqual(renditionKey(X), renditionKey(INSTAGRAM));
  });
});
