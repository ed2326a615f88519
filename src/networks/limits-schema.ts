/** `NetworkLimits` as a zod schema: the API documents it and connectors read stored limits back with it. */
import { z } from 'zod';
import type { NetworkLimits } from './connector.js';

export const NetworkLimitsSchema = z.object({
  maxGraphemes: z.number(),
  maxBytes: z.number().optional(),
  urlLength: z.number().optional(),
  maxImages: z.number(),
  maxImageBytes: z.number(),
  maxVideos: z.number(),
  maxVideoBytes: z.number(),
  allowMixedMedia: z.boolean(),
  acceptedImageTypes: z.array(z.string()),
  acceptedVideoTypes: z.array(z.string()),
  rate: z.object({ requests: z.number(), perSeconds: z.number() }),
  images: z
    .object({
      formats: z.array(z.string()),
      maxBytes: z.number(),
      maxWidth: z.number().optional(),
      maxHeight: z.number().optional(),
      maxPixels: z.number().optional(),
      minWidth: z.number().optional(),
      minHeight: z.number().optional(),
    })
    .optional(),
});

// Compile-time check that the schema and the interface describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _same: Same<z.infer<typeof NetworkLimitsSchema>, NetworkLimits> = true;
void _same;

/**
 * Reads the limits stored with a channel — the `NetworkLimits` that `connect` returned, bare or under `limits` —
 * field by field: a field that is missing or not of its type takes the network's default. Stored JSON is written
 * by older versions and sometimes by hand, so one bad field must not cost an instance's real text length, and
 * nothing unchecked may reach the validator (a string `maxImages` would compare as text). Unknown fields are
 * dropped; a network that keeps one of its own (LinkedIn's author kind) reads it itself.
 *
 * @example
 * const limits = readStoredLimits(channel.limits, MASTODON_DEFAULT_LIMITS); // { maxGraphemes: 1000, ...defaults }
 */
export function readStoredLimits(stored: unknown, defaults: NetworkLimits): NetworkLimits {
  const record = isRecord(stored) ? stored : {};
  const source = isRecord(record['limits']) ? record['limits'] : record;
  const read: Record<string, unknown> = { ...defaults };
  for (const [field, schema] of Object.entries(NetworkLimitsSchema.shape)) {
    const parsed = schema.safeParse(source[field]);
    if (parsed.success && parsed.data !== undefined) read[field] = parsed.data;
  }
  return NetworkLimitsSchema.parse(read);
}

/**
 * Limits as a channel stores them (a JSON column): checked against the schema first, so a connector that
 * returns a malformed value fails at connection time instead of on every later read. A network's own extra
 * fields (LinkedIn's `linkedinAuthor`) are kept.
 *
 * @example
 * await channelsRepository.upsert(trx, { ...row, limits: limitsForStorage(account.limits) });
 */
export function limitsForStorage(limits: NetworkLimits): Record<string, unknown> {
  return NetworkLimitsSchema.passthrough().parse(limits);
}

/**
 * The defaults for a channel whose network this server does not run (switched off, or dropped by a newer
 * version): Chorus cannot post there, so nothing is allowed where the stored limits say nothing.
 */
export const UNKNOWN_NETWORK_LIMITS: NetworkLimits = Object.freeze({
  maxGraphemes: 0,
  maxImages: 0,
  maxImageBytes: 0,
  maxVideos: 0,
  maxVideoBytes: 0,
  allowMixedMedia: false,
  acceptedImageTypes: [],
  acceptedVideoTypes: [],
  rate: { requests: 1, perSeconds: 1 },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
