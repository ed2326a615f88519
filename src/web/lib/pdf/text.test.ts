import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfFileName, pdfSafe, slug } from './text';

test('the file name holds the kind, the workspace and the days, without accents or spaces', () => {
  assert.equal(pdfFileName('analytics', 'Acme Café', '2026-11-10', '2026-12-07'), 'chorus-analytics-acme-cafe-2026-11-10-2026-12-07.pdf');
  assert.equal(
    pdfFileName('campaign', 'Acme Bakery', '2026-12-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', 'Noël / Christmas!'),
    'chorus-campaign-acme-bakery-noel-christmas-2026-12-01-2026-12-31.pdf',
  );
  assert.equal(slug('  ✨✨ '), 'workspace');
  assert.equal(slug('x'.repeat(100)).length, 60);
});

test('text keeps French letters, dashes and the euro sign, turns narrow spaces into spaces, and drops emoji', () => {
  assert.equal(pdfSafe('Pains au chocolat — 1\u202f234,50\u00a0€ 🍫'), 'Pains au chocolat — 1 234,50\u00a0€');
  assert.equal(pdfSafe('Crème brûlée « maison » ’ ✓'), 'Crème brûlée « maison » ’');
  assert.equal(pdfSafe('日本語'), '');
});
