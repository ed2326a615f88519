/**
 * Media as one network gets it: the original when it fits the network's image rules, else a rendition made once
 * (convert.ts), stored beside the original and reused by every later publication with the same rules.
 *
 * Before a post is saved nothing is converted: `plannedMedia` describes each image as it will be sent (type, pixels,
 * at most the byte cap), so a network's checks no longer refuse what Chorus will convert, and still refuse what it
 * cannot (an image under the network's minimum size). The conversion itself happens at publish time
 * (`mediaForChannel`), where its cost is off the request path.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../../core/context.js';
import type { Queryable } from '../../db/database.js';
import { NetworkError, type ImageRules, type MediaForNetwork, type NetworkLimits, type Violation } from '../../networks/connector.js';
import { convertImage, ImageRuleError, imageRulesOf, planImage, readImageFacts, renditionKey, type ImageFacts, type ImagePlan } from './convert.js';
import type { MediaRow } from './repository.js';
import { renditionsRepository, type RenditionRow } from './renditions-repository.js';
import { mediaForNetwork, rangeReader } from './service.js';

/** Where rendition files live: beside the workspace's uploads, each under its own id so two writers never collide. */
const renditionStorageKey = (row: MediaRow) => `${row.workspace_id}/renditions/${randomUUID()}`;

/** Conversions of the same media for the same rules share one promise inside a process. */
const inflight = new Map<string, Promise<RenditionRow | null>>();

function rowFacts(row: MediaRow): ImageFacts {
  return { mimeType: row.mime_type, sizeBytes: row.size_bytes, width: row.width, height: row.height };
}

/** The rendition's bytes and facts under the original's id and alt text; its URL serves the rendition. */
export function renditionForNetwork(ctx: AppContext, row: MediaRow, rendition: RenditionRow): MediaForNetwork {
  const original = mediaForNetwork(ctx, row);
  return {
    ...original,
    mimeType: rendition.mime_type,
    sizeBytes: rendition.size_bytes,
    width: rendition.width,
    height: rendition.height,
    read: () => ctx.media.read(rendition.storage_key),
    readRange: rangeReader(ctx, rendition.storage_key),
    url: ctx.config.publicUrl + ctx.media.signedPath(`${row.id}/${rendition.key}`, ctx.config.mediaUrlTtlSeconds),
  };
}

/**
 * The plan for one image, from the media row when that is enough (an image that fits is never read), from the bytes
 * when it is not (animation frames and EXIF orientation are not in the row).
 */
async function planFor(ctx: AppContext, row: MediaRow, rules: ImageRules): Promise<ImagePlan> {
  const first = planImage(rowFacts(row), rules);
  if (first.action === 'keep') return first;
  try {
    return planImage(await readImageFacts(await ctx.media.read(row.storage_key)), rules);
  } catch (error) {
    if (error instanceof ImageRuleError) return { action: 'refuse', rule: error.rule, message: error.message };
    throw error;
  }
}

/**
 * For validation before a post is saved: each medium as it will reach the network, plus what cannot be made to fit.
 *
 * @example
 *   const { media, violations } = await plannedMedia(ctx, trx, rows, connector.limits(stored));
 *   connector.validate({ text, media }, limits) // sees a PNG for Instagram as the JPEG it will become
 */
export async function plannedMedia(ctx: AppContext, db: Queryable, rows: MediaRow[], limits: NetworkLimits): Promise<{ media: MediaForNetwork[]; violations: Violation[] }> {
  const rules = imageRulesOf(limits);
  const violations: Violation[] = [];
  const media = await Promise.all(
    rows.map(async (row, i): Promise<MediaForNetwork> => {
      const original = mediaForNetwork(ctx, row);
      if (!rules || !row.mime_type.startsWith('image/')) return original;
      // `db`, not ctx's: the caller may hold a transaction (on PGlite, the only session).
      const cached = await renditionsRepository.find(db, row.id, renditionKey(rules));
      if (cached) return renditionForNetwork(ctx, row, cached);
      const plan = await planFor(ctx, row, rules);
      if (plan.action === 'refuse') violations.push({ rule: plan.rule, field: `media[${i}]`, message: plan.message });
      if (plan.action !== 'convert') return original;
      return {
        ...original,
        mimeType: plan.mimeType,
        sizeBytes: Math.min(row.size_bytes, plan.maxBytes),
        width: plan.width ?? row.width,
        height: plan.height ?? row.height,
      };
    }),
  );
  return { media, violations };
}

async function makeRendition(ctx: AppContext, row: MediaRow, rules: ImageRules, key: string): Promise<RenditionRow | null> {
  const db = ctx.database.db;
  const out = await convertImage(await ctx.media.read(row.storage_key), rules);
  if (!out) return null;
  const storageKey = renditionStorageKey(row);
  await ctx.media.write(storageKey, Readable.from([out.bytes]), out.sizeBytes);
  const saved = await renditionsRepository.insertOrGet(db, {
    mediaId: row.id,
    key,
    storageKey,
    mimeType: out.mimeType,
    sizeBytes: out.sizeBytes,
    width: out.width,
    height: out.height,
  });
  // Another process converted the same image meanwhile: keep its file, drop ours.
  if (!saved.inserted) await ctx.media.remove(storageKey);
  else ctx.log.info({ mediaId: row.id, key, from: row.size_bytes, to: out.sizeBytes }, 'converted an image for a network');
  return saved.row;
}

/**
 * At publish time: the original when it fits the network's image rules, else its rendition (converted on first use,
 * then read from the store). An image that cannot be made to fit fails the publication with the reason.
 */
export async function mediaForChannel(ctx: AppContext, row: MediaRow, limits: NetworkLimits): Promise<MediaForNetwork> {
  const rules = imageRulesOf(limits);
  if (!rules || !row.mime_type.startsWith('image/') || planImage(rowFacts(row), rules).action === 'keep') return mediaForNetwork(ctx, row);
  const key = renditionKey(rules);
  const cached = await renditionsRepository.find(ctx.database.db, row.id, key);
  if (cached) return renditionForNetwork(ctx, row, cached);
  const flightKey = `${row.id}/${key}`;
  let pending = inflight.get(flightKey);
  if (!pending) {
    pending = makeRendition(ctx, row, rules, key).finally(() => inflight.delete(flightKey));
    inflight.set(flightKey, pending);
  }
  try {
    const rendition = await pending;
    return rendition ? renditionForNetwork(ctx, row, rendition) : mediaForNetwork(ctx, row);
  } catch (error) {
    if (error instanceof ImageRuleError) throw new NetworkError('rejected', `${row.file_name}: ${error.message}`);
    throw error;
  }
}

/** Finds a rendition by media id and key, for the signed media route. */
export async function findRendition(ctx: AppContext, mediaId: string, key: string): Promise<RenditionRow | undefined> {
  return renditionsRepository.find(ctx.database.db, mediaId, key);
}
