/**
 * Feed text into entries and entries into post texts, without a database: RSS 2.0, Atom and RDF; HTML summaries as
 * plain text; links other than http(s) dropped; entries without GUID or link left out; a malformed feed refused; the
 * template filled in and shortened with the link kept whole.
 * Run: node scripts/test.mjs src/features/feeds/entries.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { graphemeLength } from '../../networks/text.js';
import { feedEntries, FeedFormatError, plainText } from './entries.js';
import { atom, rss } from './feeds.testing.js';
import { fitText, renderTemplate, unknownVariables } from './template.js';

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://a.test"><title>R</title><link>https://a.test</link></channel>
<item rdf:about="https://a.test/r2"><title>Second</title><link>https://a.test/r2</link><description>Two</description><dc:creator>Cy</dc:creator><dc:date>2026-12-06T00:00:00Z</dc:date></item>
<item rdf:about="https://a.test/r1"><title>First</title><link>https://a.test/r1</link><description>One</description><dc:date>2026-12-05T00:00:00Z</dc:date></item>
</rdf:RDF>`;

describe('feed entries', () => {
  it('reads RSS 2.0, Atom and RDF, oldest first', () => {
    const fromRss = feedEntries(rss([{ guid: 'b', title: 'B', link: 'https://a.test/b', date: '2026-12-02T00:00:00Z' }, { guid: 'a', title: 'A', link: 'https://a.test/a', date: '2026-12-01T00:00:00Z' }]));
    assert.deepEqual(fromRss.map((e) => [e.key, e.title, e.link]), [['a', 'A', 'https://a.test/a'], ['b', 'B', 'https://a.test/b']]);
    const fromAtom = feedEntries(atom([{ guid: 'urn:x', title: 'X', link: 'https://a.test/x', summary: '<p>Hi &amp; <b>bye</b></p>' }]));
    assert.deepEqual([fromAtom[0]!.key, fromAtom[0]!.summary, fromAtom[0]!.author], ['urn:x', 'Hi & bye', 'Ann']);
    const fromRdf = feedEntries(RDF);
    assert.deepEqual(fromRdf.map((e) => [e.key, e.title, e.author]), [['https://a.test/r1', 'First', ''], ['https://a.test/r2', 'Second', 'Cy']]);
  });

  it('keys an entry by its link without a GUID, drops one with neither, and keeps only http(s) links', () => {
    const entries = feedEntries(rss([{ title: 'Link only', link: 'https://a.test/l' }, { title: 'Nothing' }, { guid: 'js', title: 'Bad link', link: 'javascript:alert(1)' }]));
    assert.deepEqual(entries.map((e) => [e.key, e.link]), [['js', null], ['https://a.test/l', 'https://a.test/l']]);
  });

  it('refuses what is not a feed, or is cut off', () => {
    for (const text of ['<rss><channel><item><title>cut', '<html><body>Not a feed</body></html>', '']) {
      assert.throws(() => feedEntries(text), FeedFormatError, text);
    }
  });

  it('turns HTML into plain text without scripts', () => {
    assert.equal(plainText('<p>One<br>two</p><script>evil()</script><style>p{}</style> &eacute;t&#233;'), 'One two été');
  });
});

describe('feed templates', () => {
  const values = { title: 'A title', link: 'https://blog.example/post', summary: 'word '.repeat(200).trim(), author: 'Ann' };
  const within = (n: number) => (text: string) => graphemeLength(text) <= n;

  it('fills the variables and names unknown ones', () => {
    assert.equal(renderTemplate('{{title}} {{ link }}', values), 'A title https://blog.example/post');
    assert.equal(renderTemplate('{{title}} {{author}} {{link}}', { ...values, author: '' }), 'A title https://blog.example/post');
    assert.deepEqual(unknownVariables('{{title}} {{titel}} {{link}}'), ['titel']);
  });

  it('shortens the summary first, then the title, and never the link', () => {
    const text = fitText('{{title}}: {{summary}} {{link}}', values, within(100));
    assert.ok(graphemeLength(text) <= 100 && text.startsWith('A title: word') && text.endsWith('… https://blog.example/post'), text);
    const long = { ...values, title: 'T'.repeat(200) };
    const noSummary = fitText('{{title}} {{link}}', long, within(60));
    assert.ok(graphemeLength(noSummary) <= 60 && noSummary.endsWith('… https://blog.example/post'), noSummary);
  });

  it('cuts the template\'s own words last, putting the link back at the end', () => {
    const text = fitText(`${'Read this: '.repeat(20)}{{link}}`, values, within(50));
    assert.ok(graphemeLength(text) <= 50 && text.endsWith(' https://blog.example/post'), text);
  });
});
