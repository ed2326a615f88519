import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFacets, facetText } from './facets.js';

describe('detectFacets', () => {
  it('addresses a link by UTF-8 byte offsets after multibyte text', async () => {
    const prefix = 'Crème brûlée 🍮 👨‍👩‍👧 — ';
    const url = 'https://example.com/menu?x=1';
    const text = `${prefix}${url}.`;
    const [facet, ...rest] = await detectFacets(text);
    assert.equal(rest.length, 0);
    assert.ok(facet);
    const byteStart = Buffer.byteLength(prefix, 'utf8');
    // Not the UTF-16 index: the prefix is shorter in JavaScript string units than in bytes.
    assert.notEqual(byteStart, prefix.length);
    assert.deepEqual(facet.index, { byteStart, byteEnd: byteStart + url.length });
    assert.deepEqual(facet.features, [{ $type: 'app.bsky.richtext.facet#link', uri: url }]);
    assert.equal(facetText(text, facet), url);
  });

  it('finds hashtags', async () => {
    const text = 'Été #chorus!';
    const [facet] = await detectFacets(text);
    assert.ok(facet);
    assert.equal(facetText(text, facet), '#chorus');
    assert.deepEqual(facet.features, [{ $type: 'app.bsky.richtext.facet#tag', tag: 'chorus' }]);
  });

  it('turns mentions into DIDs when they resolve, and leaves the others as plain text', async () => {
    const text = 'ça va @alice.test et @nobody.test ?';
    const facets = await detectFacets(text, async (handle) => (handle === 'alice.test' ? 'did:plc:alice' : undefined));
    assert.equal(facets.length, 1);
    const [mention] = facets;
    assert.ok(mention);
    assert.equal(facetText(text, mention), '@alice.test');
    assert.deepEqual(mention.features, [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }]);
  });

  it('drops mentions when there is no resolver, and survives a resolver that throws', async () => {
    assert.deepEqual(await detectFacets('hi @alice.test'), []);
    assert.deepEqual(
      await detectFacets('hi @alice.test', async () => {
        throw new Error('down');
      }),
      [],
    );
  });

  it('returns nothing for plain text', async () => {
    assert.deepEqual(await detectFacets('just words'), []);
  });
});
