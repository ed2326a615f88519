/** The UTM template's live example is the address the server really builds for a publication's link. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { destinationFor, utmForPublication } from '../../../features/links/destination.js';
import { EXAMPLE_PUBLICATION, utmExample } from './utm-example';

const page = 'https://example.com/spring-sale?ref=home';
const templates = [{}, { medium: 'organic' }, { campaign: 'spring', sources: { bluesky: 'bsky' } }, { sources: { mastodon: 'fedi' } }];

it('matches the server for every kind of template', () => {
  for (const template of templates) {
    for (const network of ['bluesky', 'mastodon']) {
      const server = destinationFor(page, utmForPublication(network, EXAMPLE_PUBLICATION, template), null);
      assert.equal(utmExample(page, network, template), server, JSON.stringify({ template, network }));
    }
  }
});

it("keeps a UTM parameter the page's address already sets", () => {
  assert.match(utmExample('https://example.com/?utm_medium=email', 'bluesky', { medium: 'organic' }), /utm_medium=email/);
});
