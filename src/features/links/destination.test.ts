import assert from 'node:assert/strict';
import { it } from 'node:test';
import { destinationFor, fastDestinationFor } from './destination.js';

it('the fast path builds exactly what the URL API builds, with or without query and fragment', () => {
  const utm = { source: 'bluesky', medium: 'social', campaign: 'été 2027' };
  for (const url of ['https://a.example/', 'https://a.example/p?x=1', 'https://a.example/p?x=1#frag', 'https://a.example/p#top', 'https://a.example/p?utm_source=own']) {
    for (const cid of ['0b8f6a36-5a8f-4e0e-9d7b-1c1e7e0f2a10', null]) {
      assert.equal(fastDestinationFor(url, utm, cid), destinationFor(url, utm, cid), `${url} ${cid}`);
      assert.equal(fastDestinationFor(url, utm, cid), destinationFor(url, utm, cid), 'cached second call');
    }
  }
});
