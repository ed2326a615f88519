/**
 * Byte bookkeeping for streamed uploads, on both sides of the wire:
 * - `rangedMedia` is a video for a connector whose `read()` throws (a whole-file read fails the test) and whose
 *   `readRange` records every range asked for, with the sha256 of the bytes to compare against;
 * - `OrderedHash` (and `InOrder` under it) is what a strict fake keeps instead of the parts: parts are hashed as soon
 *   as every earlier part has arrived, so a fake receiving a 200 MB upload in order holds one part, not the file.
 *
 * @example
 * const video = rangedMedia('video/mp4', 3 * 1024 * 1024);
 * await connector.publish(ctx, { text: 'clip', media: [video.media] }, 'k');
 * assert.equal(fake.uploads.get(id)?.sha256, video.sha256);
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import type { MediaForNetwork } from '../../src/networks/connector.js';

export interface RangedMedia {
  media: MediaForNetwork;
  sha256: string;
  /** Every `readRange(start, end)` asked for, in order. */
  ranges: [number, number][];
}

/**
 * Random bytes behind `readRange` only. `head` replaces the first bytes (a fake that checks an `ftyp` box or JPEG
 * magic sees a real-looking file).
 */
export function rangedMedia(mimeType: string, sizeBytes: number, options: { head?: Buffer; altText?: string } = {}): RangedMedia {
  const bytes = randomBytes(sizeBytes);
  options.head?.copy(bytes, 0);
  const ranges: [number, number][] = [];
  const media: MediaForNetwork = {
    id: 'ranged',
    mimeType,
    sizeBytes,
    width: 1280,
    height: 720,
    durationSeconds: 10,
    frameRate: 30,
    videoCodec: 'h264',
    altText: options.altText ?? '',
    read: async () => {
      throw new Error(`read() of the whole ${sizeBytes}-byte file: the upload must use readRange`);
    },
    readRange: async (start, end) => {
      ranges.push([start, end]);
      return Buffer.from(bytes.subarray(start, end));
    },
    url: '',
  };
  return { media, sha256: createHash('sha256').update(bytes).digest('hex'), ranges };
}

/** An MP4 `ftyp` box, for fakes that look at what the decoded file starts with. */
export const MP4_HEAD = Buffer.from('0000001866747970' + '69736f6d00000200' + '69736f6d69736f32', 'hex');

/**
 * Hands numbered parts to `consume` in order without keeping them: a part goes as soon as every part before it
 * has, and only parts that arrive early wait in memory. `first` is the first part's number (0 or 1).
 */
export class InOrder {
  private readonly early = new Map<number, Buffer>();
  private next: number;
  bytes = 0;

  constructor(
    private readonly first: number,
    private readonly consume: (part: Buffer) => void,
  ) {
    this.next = first;
  }

  /** False when `index` was already consumed (a part sent twice): the caller decides what that means. */
  add(index: number, part: Buffer): boolean {
    if (index < this.next) return false;
    this.early.set(index, part);
    for (let ready = this.early.get(this.next); ready; ready = this.early.get(this.next)) {
      this.consume(ready);
      this.bytes += ready.length;
      this.early.delete(this.next++);
    }
    return true;
  }

  /** How many parts were consumed, counting from the first. */
  get count(): number {
    return this.next - this.first;
  }

  /** Parts received beyond a gap (waiting for an earlier one). */
  get waiting(): number {
    return this.early.size;
  }
}

/** `InOrder` into a sha256 of the reassembled bytes. */
export class OrderedHash extends InOrder {
  private readonly hash: Hash;

  constructor(first = 0) {
    const hash = createHash('sha256');
    super(first, (part) => void hash.update(part));
    this.hash = hash;
  }

  digest(): string {
    return this.hash.copy().digest('hex');
  }
}
