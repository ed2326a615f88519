import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, toCsv } from './csv.js';

test('cells a spreadsheet would run as formulas get an apostrophe; quotes, commas and line breaks are quoted', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${start}1+1`).startsWith(`"'${start}`), true, JSON.stringify(start));
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell(-3), '-3', 'numbers are numbers');
  assert.equal(csvCell(null), '');
  assert.equal(toCsv([['a', 1], ['b', null]]), 'a,1\r\nb,\r\n');
});
