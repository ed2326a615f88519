/**
 * The shared checks name their numbers as `params`, so a message in another language keeps the limit and the count
 * the English message states.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MediaForNetwork, NetworkLimits } from './connector.js';
import { validateCommon } from './validate.js';

const limits: NetworkLimits = {
  maxGraphemes: 10,
  maxBytes: 12,
  maxImages: 1,
  maxImageBytes: 1000,
  maxVideos: 1,
  maxVideoBytes: 5000,
  allowMixedMedia: false,
  acceptedImageTypes: ['image/png'],
  acceptedVideoTypes: ['video/mp4'],
  rate: { requests: 1, perSeconds: 1 },
};

const media = (mimeType: string, sizeBytes: number): MediaForNetwork =>
  ({ id: 'm', mimeType, sizeBytes, width: null, height: null, altText: '' }) as MediaForNetwork;

describe('validateCommon', () => {
  it('gives the limit and the count of a text too long or too heavy', () => {
    const found = validateCommon({ text: 'ééééééééééé', media: [] }, limits, 'Test');
    assert.deepEqual(
      found.map((v) => [v.rule, v.params]),
      [
        ['too_long', { max: 10, length: 11 }],
        ['too_many_bytes', { max: 12, length: 22 }],
      ],
    );
    assert.equal(found[0]!.message, 'Test allows 10 characters; this text has 11.');
  });

  it('gives the numbers of media refused', () => {
    const found = validateCommon(
      { text: 'hi', media: [media('image/png', 2000), media('image/png', 10), media('video/mp4', 10), media('image/gif', 1)] },
      limits,
      'Test',
    );
    const byRule = Object.fromEntries(found.map((v) => [v.rule, v.params]));
    assert.deepEqual(byRule['too_many_images'], { max: 1, count: 3 });
    assert.deepEqual(byRule['image_too_large'], { max: 1000, size: 2000 });
    assert.deepEqual(byRule['media_type'], { type: 'image/gif' });
    assert.ok('mixed_media' in byRule);
  });
});
