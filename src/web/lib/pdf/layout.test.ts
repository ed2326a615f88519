import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidths, layoutReport, PAGE, type PdfReport, type PdfStep, type Wrap } from './layout';

// About 2 mm a character at any size: enough to make long texts wrap, without a font.
const wrap: Wrap = (text, _size, width) => {
  const per = Math.max(1, Math.floor(width / 2));
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += per) lines.push(text.slice(i, i + per));
  return lines.length ? lines : [''];
};

const report = (blocks: PdfReport['blocks']): PdfReport => ({
  title: 'Analytics — Acme Bakery',
  meta: ['Workspace: Acme Bakery', 'Period: 1 to 7 December 2026'],
  blocks,
  footer: 'Acme Bakery',
  pageLabel: (n, total) => `Page ${n} of ${total}`,
});

const texts = (page: PdfStep[]) => page.flatMap((s) => (s.op === 'text' ? [s.text] : []));
const inside = (page: PdfStep[]) =>
  page.every((s) => (s.op === 'text' ? s.y <= PAGE.height - 5 : s.op === 'image' ? s.y + s.height <= PAGE.height - PAGE.margin + 0.001 : s.y2 <= PAGE.height - PAGE.margin + 0.001));

test('a short report is one page: title, meta lines, its blocks and the page number', () => {
  const pages = layoutReport(report([{ kind: 'figures', rows: [{ label: 'Impressions', value: '1,200' }] }]), wrap);
  assert.equal(pages.length, 1);
  const lines = texts(pages[0]!);
  assert.deepEqual(lines.slice(0, 3), ['Analytics — Acme Bakery', 'Workspace: Acme Bakery', 'Period: 1 to 7 December 2026']);
  assert.ok(lines.includes('Impressions') && lines.includes('1,200'));
  assert.deepEqual(lines.slice(-2), ['Acme Bakery', 'Page 1 of 1']);
});

test('a long table runs onto more pages, repeats its head on each, and numbers every page out of the total', () => {
  const rows = Array.from({ length: 120 }, (_, i) => [`Channel ${i}`, String(i), String(i * 2)]);
  const pages = layoutReport(report([{ kind: 'table', head: ['Channel', 'Impressions', 'Clicks'], rows }]), wrap);
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  pages.forEach((page, i) => {
    const lines = texts(page);
    assert.ok(lines.includes('Channel'), `the head is on page ${i + 1}`);
    assert.equal(lines.at(-1), `Page ${i + 1} of ${pages.length}`);
    assert.ok(inside(page), `page ${i + 1} stays above its bottom margin`);
  });
  const all = pages.flatMap(texts);
  for (const row of rows) assert.equal(all.filter((l) => l === row[0]).length, 1, `${row[0]} is drawn once`);
});

test('charts keep their proportion, fit the width, and start a new page with their title when they do not fit', () => {
  const chart = { kind: 'image' as const, title: 'Per day', dataUrl: 'data:image/png;base64,AA==', width: 800, height: 280 };
  const pages = layoutReport(report([chart, chart, chart, chart]), wrap);
  const images = pages.flatMap((page) => page.filter((s) => s.op === 'image'));
  assert.equal(images.length, 4);
  for (const image of images) {
    assert.ok(image.op === 'image' && Math.abs(image.height / image.width - 280 / 800) < 1e-9);
    assert.ok(image.op === 'image' && image.width <= PAGE.width - 2 * PAGE.margin);
  }
  assert.ok(pages.length >= 2);
  for (const page of pages) {
    assert.ok(inside(page));
    // Every image on a page is preceded by its title on the same page.
    assert.equal(texts(page).filter((l) => l === 'Per day').length, page.filter((s) => s.op === 'image').length);
  }
});

test('a very tall chart is scaled down to leave room for another', () => {
  const pages = layoutReport(report([{ kind: 'image', title: 'Funnel', dataUrl: 'data:image/png;base64,AA==', width: 400, height: 800 }]), wrap);
  const image = pages[0]!.find((s) => s.op === 'image');
  assert.ok(image?.op === 'image' && image.height <= 110 && Math.abs(image.height / image.width - 2) < 1e-9);
});

test('long cells wrap inside their column; the name column is the widest, figures share the rest', () => {
  const widths = columnWidths(11);
  assert.equal(Math.round(widths.reduce((a, b) => a + b, 0)), PAGE.width - 2 * PAGE.margin);
  assert.ok(widths[0]! > widths[1]!);
  const pages = layoutReport(report([{ kind: 'table', head: ['Post', 'Clicks'], rows: [['x'.repeat(200), '3']] }]), wrap);
  const xs = texts(pages[0]!).filter((l) => /^x+$/.test(l));
  assert.ok(xs.length > 1, 'the long post text wraps');
  assert.equal(xs.join(''), 'x'.repeat(200));
});
