/**
 * Record keys derived from Chorus's idempotency key, so that every attempt of one publication writes the same
 * record: a retry after a crash either creates it or finds it already there, never a second post.
 *
 * `app.bsky.feed.post` records use `key: tid`. A TID is a 64-bit number written as 13 characters of
 * base32-sortable: the top bit 0, 53 bits of microseconds since the Unix epoch, 10 bits of clock id
 * (atproto.com/specs/tid). Here both parts come from a SHA-256 of the idempotency key.
 */
import { createHash } from 'node:crypto';

const S32_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
/** The spec's syntax check: 13 characters, the first limited so the top bit stays 0. */
export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

// The timestamp of a derived key says nothing about when the post was made (the key is all we have when looking
// it up again), so it is placed in a fixed window in the past: 2023-01-01T00:00:00Z plus up to 2^45 µs (≈ 407 days).
// A past time never looks like a clock running ahead to a server, and 45 + 10 bits of hash keep collisions
// between two publications of one account out of reach (≈ 1 in 2^27 after 2^14 posts).
const WINDOW_START_US = 1_672_531_200_000_000n;
const WINDOW_BITS = 45n;

/**
 * The TID record key for an idempotency key: deterministic, valid, and different for different keys.
 *
 * @example
 *   recordKeyFor('publication:42:bluesky') // → e.g. '3jzfcijpj2z2a' (always the same for this key)
 */
export function recordKeyFor(idempotencyKey: string): string {
  if (idempotencyKey === '') throw new Error('An idempotency key is required to derive a Bluesky record key.');
  const digest = createHash('sha256').update('chorus/bluesky/rkey/v1\0').update(idempotencyKey).digest();
  const bits = digest.readBigUInt64BE(0);
  const offset = bits & ((1n << WINDOW_BITS) - 1n);
  const clockId = (bits >> WINDOW_BITS) & 0x3ffn;
  return encodeTid(WINDOW_START_US + offset, clockId);
}

/** Encodes microseconds since the epoch and a clock id (0–1023) as a TID. */
export function encodeTid(timestampUs: bigint, clockId: bigint): string {
  if (timestampUs < 0n || timestampUs >= 1n << 53n) throw new RangeError('TID timestamp out of range');
  if (clockId < 0n || clockId > 0x3ffn) throw new RangeError('TID clock id out of range');
  let value = (timestampUs << 10n) | clockId;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = S32_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** The inverse of `encodeTid`, for tests and diagnostics. */
export function decodeTid(tid: string): { timestampUs: bigint; clockId: bigint } {
  if (!TID_PATTERN.test(tid)) throw new Error(`Not a TID: ${tid}`);
  let value = 0n;
  for (const ch of tid) value = (value << 5n) | BigInt(S32_ALPHABET.indexOf(ch));
  return { timestampUs: value >> 10n, clockId: value & 0x3ffn };
}
