import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditShareTags } from './audit.js';
import { readShareTags } from './open-graph.js';
import { firstUrl } from './service.js';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><h1>Hello</h1></body></html>`;

describe('share tags', () => {
  it('reads Open Graph first, then X card tags, then plain HTML; resolves relative addresses; decodes entities', () => {
    const tags = readShareTags(
      page(`<title>  Summer &amp; Co  </title>
        <meta property="og:title" content="Fraîcheur d&#39;été 🍋">
        <meta property="og:title" content="second title is ignored">
        <meta name="twitter:description" content="Cold and refreshing">
        <meta property="og:image" content="/img/share.jpg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
        <meta name="twitter:card" content="summary_large_image">
        <link rel="canonical" href="https://acme.example/summer">`),
      'https://acme.example/fr/summer?utm_source=x',
    );
    assert.equal(tags.title, "Fraîcheur d'été 🍋");
    assert.equal(tags.description, 'Cold and refreshing');
    assert.deepEqual(tags.image, { url: 'https://acme.example/img/share.jpg', width: 1200, height: 630, alt: null });
    assert.equal(tags.twitterCard, 'summary_large_image');
    assert.equal(tags.canonical, 'https://acme.example/summer');
  });

  it('falls back to <title> and meta description; refuses javascript: and data: images', () => {
    const tags = readShareTags(page('<title>Plain page</title><meta name="description" content="Just HTML"><meta property="og:image" content="javascript:alert(1)">'), 'https://acme.example/');
    assert.equal(tags.title, 'Plain page');
    assert.equal(tags.description, 'Just HTML');
    assert.equal(tags.image, null);
  });
});

describe('share audit', () => {
  it('a bare page: errors for the missing title and image first, then the warnings with their fixes', () => {
    const findings = auditShareTags(readShareTags(page('<title>x</title>'), 'https://acme.example/'), null);
    assert.deepEqual(findings.map((f) => f.code), ['og_title_missing', 'og_image_missing', 'og_description_missing', 'twitter_card_missing', 'canonical_missing']);
    assert.ok(findings.every((f) => f.fix.startsWith('Add ')));
  });

  it('a small, heavy image is flagged for the networks it spoils; long titles for X', () => {
    const title = 'A'.repeat(71);
    const tags = readShareTags(
      page(`<meta property="og:title" content="${title}"><meta property="og:description" content="d"><meta property="og:image" content="https://cdn.example/a.png"><meta property="og:image:alt" content="A lemon"><meta name="twitter:card" content="summary"><link rel="canonical" href="/">`),
      'https://acme.example/',
    );
    const findings = auditShareTags(tags, { reachable: true, width: 800, height: 420, bytes: 6 * 1024 * 1024, mimeType: 'image/png' });
    const byCode = new Map(findings.map((f) => [f.code, f]));
    assert.deepEqual(byCode.get('og_image_small')?.networks, ['linkedin']);
    assert.deepEqual(byCode.get('og_image_heavy')?.networks, ['linkedin', 'x']);
    assert.deepEqual(byCode.get('title_too_long')?.params, { length: 71, max: 70 });
    assert.equal(byCode.has('og_image_alt_missing'), false);
    const unreachable = auditShareTags(tags, { reachable: false, width: null, height: null, bytes: null, mimeType: null });
    assert.equal(unreachable.find((f) => f.code.startsWith('og_image'))?.code, 'og_image_unreachable');
  });

  it('finds the first web address of a text, without the sentence punctuation after it', () => {
    assert.equal(firstUrl('New: https://acme.example/summer?x=1. See you'), 'https://acme.example/summer?x=1');
    assert.equal(firstUrl('(https://acme.example/a)'), 'https://acme.example/a');
    assert.equal(firstUrl('no link here'), null);
  });
});
