import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaForNetwork } from '../connector.js';
import { escapeLittleText, LINKEDIN_DEFAULT_LIMITS, limitsFromStored, TARGETING_CHOICES, validateForLinkedIn } from './rules.js';
import { createLinkedInConnector } from './index.js';

const media = (mimeType: string, overrides: Partial<MediaForNetwork> = {}): MediaForNetwork => ({
  id: 'm', mimeType, sizeBytes: 200_000, width: 100, height: 100, altText: '', read: async () => Buffer.alloc(0), url: '', ...overrides,
});
const rules = (content: Parameters<typeof validateForLinkedIn>[0], author?: 'person' | 'organization') =>
  validateForLinkedIn(content, { ...LINKEDIN_DEFAULT_LIMITS, ...(author ? { linkedinAuthor: author } : {}) }).map((v) => v.rule);

test('every little-text reserved character is escaped with a backslash', () => {
  assert.equal(escapeLittleText('a(b)[c]{d}<e>@f|g~h_i*j\\k'), 'a\\(b\\)\\[c\\]\\{d\\}\\<e\\>\\@f\\|g\\~h\\_i\\*j\\\\k');
});

test('hashtags stay hashtags and links stay links; a lone # is escaped', () => {
  const cases: Array<[text: string, escaped: string]> = [
    ['#launch day', '#launch day'],
    ['C# and # and x#y', 'C\\# and \\# and x\\#y'],
    ['see https://e.com/a_b(c) now', 'see https://e.com/a_b(c\\) now'],
    ['(https://e.com/x)', '\\(https://e.com/x\\)'],
    ['#my_tag', '#my_tag'],
    ['Hi @[Acme (EU)](urn:li:organization:1)!', 'Hi \\@\\[Acme \\(EU\\)\\]\\(urn:li:organization:1\\)!'],
    ['Hi @[Acme](urn:li:organization:1)!', 'Hi @[Acme](urn:li:organization:1)!'],
  ];
  for (const [text, escaped] of cases) assert.equal(escapeLittleText(text), escaped, text);
});

test('a reply (a LinkedIn comment) with media is refused', () => {
  assert.deepEqual(rules({ text: 'x', media: [media('image/png')], inReplyTo: 'urn:li:share:1' }), ['reply_media']);
});

test('3,000 characters, one video (MP4, 75 KB to 500 MB) or up to 20 JPEG/PNG/GIF images, never mixed', () => {
  assert.deepEqual(rules({ text: 'x'.repeat(3000), media: [] }), []);
  assert.deepEqual(rules({ text: 'x'.repeat(3001), media: [] }), ['too_long']);
  assert.deepEqual(rules({ text: 'x', media: [media('video/quicktime')] }), ['media_type']);
  assert.deepEqual(rules({ text: 'x', media: [media('video/mp4', { sizeBytes: 1000 })] }), ['video_too_small']);
  assert.deepEqual(rules({ text: 'x', media: [media('image/png'), media('video/mp4')] }), ['mixed_media']);
  assert.deepEqual(rules({ text: 'x', media: Array.from({ length: 21 }, () => media('image/jpeg')) }), ['too_many_images']);
  assert.deepEqual(rules({ text: 'x', media: [media('image/png', { width: 10_000, height: 4000 })] }), ['image_too_many_pixels']);
});

test('targeting is for organization pages only, with known facets and valid values', () => {
  const ok = { targetEntities: [{ geoLocations: ['urn:li:geo:103644278'], staffCountRanges: ['SIZE_11_TO_50'], interfaceLocales: [{ country: 'FR', language: 'fr' }] }] };
  assert.deepEqual(rules({ text: 'x', media: [], options: ok }, 'organization'), []);
  assert.deepEqual(rules({ text: 'x', media: [], options: ok }, 'person'), ['targeting_organization_only']);
  assert.deepEqual(rules({ text: 'x', media: [], options: { targetEntities: { industries: ['urn:li:industry:4'] } } }, 'organization'), []);
  const bad = rules({ text: 'x', media: [], options: { targetEntities: [{ geoLocations: ['France'], staffCountRanges: ['HUGE'], schools: ['x'], seniorities: [] }] } }, 'organization');
  assert.deepEqual(bad, ['targeting_invalid', 'targeting_invalid', 'targeting_invalid', 'targeting_invalid']);
});

test("the composer's targeting choices all pass the rules, and only pages are offered targeting", async () => {
  const all = {
    geoLocations: TARGETING_CHOICES.geoLocations.map((g) => g.id),
    seniorities: TARGETING_CHOICES.seniorities,
    staffCountRanges: TARGETING_CHOICES.staffCountRanges,
    interfaceLocales: TARGETING_CHOICES.interfaceLocales,
  };
  assert.deepEqual(rules({ text: 'x', media: [], options: { targetEntities: [all] } }, 'organization'), []);
  const linkedin = createLinkedInConnector();
  const ctx = (externalId: string) => ({ channelId: 'c', credentials: { accessToken: 't' }, externalId, serviceUrl: null, onCredentialsChanged: async () => undefined });
  const page = await linkedin.composeOptions!(ctx('urn:li:organization:5'));
  assert.equal(page.network === 'linkedin' && page.audienceTargeting, true);
  const member = await linkedin.composeOptions!(ctx('urn:li:person:abc'));
  assert.equal(member.network === 'linkedin' && member.audienceTargeting, false);
});

test('stored limits keep the author kind', () => {
  assert.equal(limitsFromStored({ ...LINKEDIN_DEFAULT_LIMITS, linkedinAuthor: 'organization' }).linkedinAuthor, 'organization');
  assert.equal(limitsFromStored({ limits: { linkedinAuthor: 'person' } }).linkedinAuthor, 'person');
  assert.deepEqual(limitsFromStored({}), LINKEDIN_DEFAULT_LIMITS);
});
