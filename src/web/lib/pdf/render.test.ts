import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPdf } from './render';
import type { PdfReport } from './layout';

// A 1×1 white PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

test('jsPDF draws the laid-out pages: an A4 file with one page per laid-out page and the title in its properties', () => {
  const rows = Array.from({ length: 90 }, (_, i) => [`Compte ${i}`, '1\u202f234', '5,5 %']);
  const report: PdfReport = {
    title: 'Statistiques — Acme Café',
    meta: ['Espace : Acme Café'],
    blocks: [{ kind: 'image', title: 'Par jour', dataUrl: PNG, width: 800, height: 280 }, { kind: 'table', head: ['Compte', 'Impressions', 'Taux'], rows }],
    footer: 'Acme Café',
    pageLabel: (n, total) => `Page ${n} sur ${total}`,
  };
  const bytes = Buffer.from(buildPdf(report).output('arraybuffer'));
  const text = bytes.toString('latin1');
  assert.equal(text.slice(0, 5), '%PDF-');
  const pages = text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  assert.ok(pages >= 2, `${pages} pages`);
  // A4 is 595.28 × 841.89 points.
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  assert.deepEqual([Number(box?.[1]).toFixed(2), Number(box?.[2]).toFixed(2)], ['595.28', '841.89']);
  // Properties are written as UTF-16BE after a byte-order mark.
  const title = /\/Title \(\xfe\xff([^)]*)\)/.exec(text)?.[1] ?? '';
  assert.equal(Buffer.from(title, 'latin1').swap16().toString('utf16le'), 'Statistiques — Acme Café');
});
