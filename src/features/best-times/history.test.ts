/** Reading history files: the CSV grammar, the header in any case and order, bad rows named by their row number. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../core/errors.js';
import { parseCsv } from './csv.js';
import { readHistory } from './history.js';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('CSV', () => {
  it('reads quotes, doubled quotes, line breaks inside quotes, CRLF and a byte-order mark', () => {
    const { rows, error } = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\n\nlast,');
    assert.equal(error, null);
    assert.deepEqual(rows, [['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', '3'], [], ['last', '']]);
  });

  it('takes semicolons when the header has more of them than commas', () => {
    assert.deepEqual(parseCsv('a;b\n1,5;2\n').rows, [['a', 'b'], ['1,5', '2']]);
  });

  it('names the row where a quote is left open, keeping the rows before it', () => {
    const { rows, error } = parseCsv('a,b\n1,2\n"3,4\n5,6\n');
    assert.deepEqual(rows, [['a', 'b'], ['1', '2']]);
    assert.equal(error?.line, 3);
  });
});

describe('history file', () => {
  it('reads the columns in any case and order, ignores others, and names each bad row as a spreadsheet numbers it', () => {
    const text = [
      'Engagements,Post text,PUBLISHED_AT,Impressions,Clicks',
      '36,"Hello, world",2026-11-17T10:00:00Z,"1,200",4',
      '5,x,2026-11-17 11:00:00+01:00,300,',
      '5,x,17/11/2026 10:00,300,1',
      '',
      '-3,x,2026-11-18T10:00:00Z,300,1',
      '5,x,2026-11-18T10:00:00,300,1',
      '5,x,2027-01-01T10:00:00Z,300,1',
      '5,x,2026-11-19T10:00:00Z,,1',
    ].join('\n');
    const { posts, errors, errorCount } = readHistory(text, NOW);
    assert.deepEqual(posts, [
      { publishedAt: new Date('2026-11-17T10:00:00Z'), impressions: 1200, engagements: 36, clicks: 4 },
      { publishedAt: new Date('2026-11-17T10:00:00Z'), impressions: 300, engagements: 5, clicks: null },
    ]);
    assert.deepEqual(errors.map((e) => e.line), [4, 6, 7, 8, 9]);
    assert.equal(errorCount, 5);
    assert.match(errors[0]!.message, /"published_at" is "17\/11\/2026 10:00", not an ISO 8601/);
    assert.match(errors[1]!.message, /"engagements" is "-3"/);
    assert.match(errors[2]!.message, /with its offset/);
    assert.match(errors[3]!.message, /in the future/);
    assert.match(errors[4]!.message, /"impressions" is empty/);
  });

  it('refuses a file whose header lacks a required column, naming it', () => {
    assert.throws(
      () => readHistory('published_at,impressions,likes\n2026-11-17T10:00:00Z,3,4\n', NOW),
      (error: unknown) => error instanceof ApiError && error.status === 422 && error.code === 'history_column_missing' && error.params?.['column'] === 'engagements',
    );
    assert.throws(() => readHistory('', NOW), (error: unknown) => error instanceof ApiError && error.params?.['column'] === 'published_at');
  });
});
