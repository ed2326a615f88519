import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { EngagementItem, SearchQuery } from '../../networks/connector.js';
import { keepMatch } from './filter.js';

const item = (text: string, extra: Partial<EngagementItem> = {}): EngagementItem => ({
  kind: 'listening',
  externalId: 'p',
  inReplyTo: null,
  author: { externalId: 'someone', handle: 'someone', displayName: 'Someone', avatarUrl: null },
  text,
  url: null,
  createdAt: new Date(),
  ...extra,
});
const query: SearchQuery = { keywords: ['chorus'], hashtags: [], exclude: ['Hiring', 'big band'], languages: ['en', 'fr'] };

it('keeps a match unless an exclusion, another language or our own account says otherwise', () => {
  assert.equal(keepMatch(item('Chorus is nice'), query, []), true);
  assert.equal(keepMatch(item('Chorus is HIRING'), query, []), false, 'exclusions ignore case');
  assert.equal(keepMatch(item('Chorus and the Big Band'), query, []), false, 'a phrase is excluded as a whole');
  assert.equal(keepMatch(item('Chorus auf Deutsch', { languages: ['de'] }), query, []), false);
  assert.equal(keepMatch(item('Chorus en français', { languages: ['de', 'FR'] }), query, []), true, 'any of its languages');
  assert.equal(keepMatch(item('Chorus, language unknown'), query, []), true, 'networks tag only some posts');
  assert.equal(keepMatch(item('Chorus by us'), query, ['someone']), false);
  assert.equal(keepMatch(item('Chorus', { languages: ['de'] }), { ...query, languages: [] }, []), true, 'no languages: every language');
});
