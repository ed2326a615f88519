import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NetworkLimits } from './connector.js';
import { limitsForStorage, readStoredLimits } from './limits-schema.js';

const DEFAULTS: NetworkLimits = {
  maxGraphemes: 500,
  urlLength: 23,
  maxImages: 4,
  maxImageBytes: 16_000_000,
  maxVideos: 1,
  maxVideoBytes: 99_000_000,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/jpeg', 'image/png'],
  acceptedVideoTypes: ['video/mp4'],
  rate: { requests: 250, perSeconds: 300 },
};

test('stored limits are read bare or under `limits`, over the defaults', () => {
  assert.equal(readStoredLimits({ maxGraphemes: 1000 }, DEFAULTS).maxGraphemes, 1000);
  assert.equal(readStoredLimits({ limits: { maxGraphemes: 1000 } }, DEFAULTS).maxGraphemes, 1000);
  assert.deepEqual(readStoredLimits({}, DEFAULTS), DEFAULTS);
});

test('a malformed field takes its default and keeps the good ones beside it', () => {
  // An instance's 1,000 characters must survive one field written wrong (by hand, or by an older version).
  const read = readStoredLimits({ maxGraphemes: 1000, maxImages: 'four', rate: { requests: 'many' } }, DEFAULTS);
  assert.equal(read.maxGraphemes, 1000);
  assert.equal(read.maxImages, 4);
  assert.deepEqual(read.rate, DEFAULTS.rate);
});

test('stored JSON that is not an object gives the defaults, never a throw', () => {
  // Reading happens while publishing and listing channels: a broken row must not stop either.
  for (const stored of [null, 'nonsense', 42, [1, 2], { limits: 'nonsense' }, { limits: [] }]) {
    assert.deepEqual(readStoredLimits(stored, DEFAULTS), DEFAULTS);
  }
});

test('unknown stored fields are dropped, so nothing unchecked reaches the validator', () => {
  assert.equal('linkedinAuthor' in readStoredLimits({ ...DEFAULTS, linkedinAuthor: 'person' }, DEFAULTS), false);
});

test('limits are checked before storing, keeping a network’s own extra fields', () => {
  const linkedIn = { ...DEFAULTS, linkedinAuthor: 'person' };
  assert.deepEqual(limitsForStorage(linkedIn), linkedIn);
  assert.throws(() => limitsForStorage({ ...DEFAULTS, maxImages: Number.NaN }));
  const { rate: _rate, ...withoutRate } = DEFAULTS;
  assert.throws(() => limitsForStorage(withoutRate as NetworkLimits));
});
