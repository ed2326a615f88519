import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TID_PATTERN, decodeTid, encodeTid, recordKeyFor } from './record-key.js';

describe('recordKeyFor', () => {
  it('gives a valid TID (13 base32-sortable characters, top bit 0)', () => {
    for (let i = 0; i < 500; i++) {
      const rkey = recordKeyFor(`publication-${i}`);
      assert.equal(rkey.length, 13);
      assert.match(rkey, TID_PATTERN);
      // The top bit is 0, so the first character is one of the first 8 of the alphabet.
      assert.match(rkey, /^[234567ab]/);
    }
  });

  it('is deterministic', () => {
    assert.equal(recordKeyFor('publication:42:bluesky'), recordKeyFor('publication:42:bluesky'));
  });

  it('differs per key', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 5000; i++) keys.add(recordKeyFor(`key-${i}`));
    assert.equal(keys.size, 5000);
    assert.notEqual(recordKeyFor('a'), recordKeyFor('b'));
    assert.notEqual(recordKeyFor('ab'), recordKeyFor('a\u0000b'));
  });

  it('places the timestamp in the past, in 2023–2024', () => {
    for (const key of ['a', 'b', 'c', 'some longer key with ünïcode ✨']) {
      const { timestampUs } = decodeTid(recordKeyFor(key));
      const when = new Date(Number(timestampUs / 1000n));
      assert.ok(when >= new Date('2023-01-01T00:00:00Z') && when < new Date('2024-03-01T00:00:00Z'), when.toISOString());
    }
  });

  it('refuses an empty key', () => {
    assert.throws(() => recordKeyFor(''), /idempotency key/);
  });
});

describe('encodeTid', () => {
  it('matches a TID made from a known time and clock id, and round-trips', () => {
    // 2023-01-01T00:00:00Z with clock id 0 sorts before the same time with clock id 1, and before a later time.
    const t = 1_672_531_200_000_000n;
    const a = encodeTid(t, 0n);
    const b = encodeTid(t, 1n);
    const c = encodeTid(t + 1n, 0n);
    assert.ok(a < b && b < c);
    assert.deepEqual(decodeTid(b), { timestampUs: t, clockId: 1n });
    assert.equal(encodeTid(0n, 0n), '2222222222222');
  });

  it('rejects values out of range', () => {
    assert.throws(() => encodeTid(1n << 53n, 0n), RangeError);
    assert.throws(() => encodeTid(0n, 1024n), RangeError);
  });
});
