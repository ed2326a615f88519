import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../core/errors.js';
import { readCsv } from './csv.js';
import { fileDateOrder, toIsoDate, toTime } from './dates.js';
import { formatOf } from './formats/index.js';
import { checkFileRules } from './rules.js';
import { localInstant } from '../posts/schedule.js';

const read = (csv: string, dateOrder?: 'DMY' | 'MDY' | 'YMD') => {
  const { format, records } = formatOf(readCsv(csv), undefined);
  return { format: format.name, rows: format.read(records, { dateOrder }) };
};

describe('reading import files', () => {
  it('numbers rows as a spreadsheet does: BOM, CRLF, quoted line breaks and empty lines', () => {
    const csv = '\ufeffdate,time_24hr,message_text\r\n24/12/2026,09:00,"Line one\r\nline two, ""quoted"""\r\n\r\n25/12/2026,10:00,Crème brûlée 🍮\r\n';
    const { format, rows } = read(csv);
    assert.equal(format, 'sprout');
    assert.deepEqual(rows.map((r) => r.line), [2, 4]);
    assert.equal(rows[0]!.text, 'Line one\r\nline two, "quoted"');
    assert.equal(rows[1]!.text, 'Crème brûlée 🍮');
    assert.deepEqual(rows[1]!.when, { date: '2026-12-25', time: '10:00' });
  });

  it('reads semicolon-separated files and refuses a quote left open, naming the line', () => {
    assert.deepEqual(readCsv('post_content;post_link\nHello;https://example.com\n')[1]!.cells, ['Hello', 'https://example.com']);
    assert.throws(() => readCsv('a,b\n"open,2\n'), (e: ApiError) => e.code === 'invalid_csv' && /line/.test(e.message));
  });

  it('detects each format, and refuses a file in none', () => {
    assert.equal(read('24/12/2026 09:05,Hello,https://example.com\n').format, 'hootsuite');
    assert.equal(read('post_content,post_link,image_url,video_url\nHi,,,\n').format, 'agorapulse');
    assert.equal(read('date,time,time_zone,text\n2026-12-24,09:00,Europe/Paris,Hi\n').format, 'chorus');
    assert.throws(() => read('foo,bar\n1,2\n'), (e: ApiError) => e.code === 'unknown_format' && e.field === 'format');
  });

  it('Hootsuite: the link follows the message, and a link already in it is not repeated', () => {
    const { rows } = read('24/12/2026 09:05,Read this,https://example.com/a\n25/12/2026 09:05,See https://example.com/b,https://example.com/b\n');
    assert.deepEqual(rows.map((r) => r.text), ['Read this https://example.com/a', 'See https://example.com/b']);
  });
});

describe('day and month', () => {
  it('an ambiguous date needs the order, unless another row of the file settles it', () => {
    assert.match((toIsoDate('03/04/2027', undefined) as { error: string }).error, /DMY or MDY/);
    assert.deepEqual(toIsoDate('03/04/2027', 'DMY'), { date: '2027-04-03' });
    assert.deepEqual(toIsoDate('03/04/2027', 'MDY'), { date: '2027-03-04' });
    assert.deepEqual(toIsoDate('04/04/2027', undefined), { date: '2027-04-04' });
    assert.equal(fileDateOrder(['03/04/2027', '13/04/2027']), 'DMY');
    assert.equal(fileDateOrder(['03/04/2027', '04/13/2027']), 'MDY');
    assert.equal(fileDateOrder(['13/04/2027', '04/13/2027']), undefined);
    const { rows } = read('date,time_24hr,message_text\n03/04/2027,09:00,a\n13/04/2027,09:00,b\n');
    assert.deepEqual(rows[0]!.when, { date: '2027-04-03', time: '09:00' });
    assert.match((toIsoDate('31/02/2027', 'DMY') as { error: string }).error, /calendar/);
  });

  it('takes 24-hour times only', () => {
    assert.deepEqual(toTime('9:05'), { time: '09:05' });
    assert.ok('error' in toTime('9:05 PM'));
    assert.ok('error' in toTime('24:00'));
  });
});

describe('whole-file rules', () => {
  const soon = new Date(Date.now() + 3 * 86_400_000);
  const day = soon.toISOString().slice(0, 10).split('-').reverse().join('/');
  const timed = (csv: string) => {
    const { format, records } = formatOf(readCsv(csv), undefined);
    const rows = format.read(records, { dateOrder: 'DMY' }).map((row) => ({ row, at: row.when ? localInstant(row.when, 'UTC') : null }));
    return { format, rows };
  };

  it('Hootsuite: minutes on a multiple of 5, one post per slot, no duplicates, 10 minutes ahead', () => {
    const { format, rows } = timed(`${day} 09:03,One\n${day} 09:05,Two\n${day} 09:05,Three\n${day} 10:00,Two\n01/01/2020 09:00,Old\n`);
    checkFileRules(rows, format.rules, format.columns, 1);
    const errors = rows.map((r) => r.row.errors.map((e) => `${e.column}: ${e.message}`));
    assert.match(errors[0]![0]!, /^A: .*multiple of 5/);
    assert.deepEqual(errors[1], []);
    assert.match(errors[2]![0]!, /Line 2 .*one post per time slot/);
    assert.match(errors[3]![0]!, /^B: The same message as line 2/);
    assert.match(errors[4]![0]!, /has passed.*10 minutes/);
  });

  it('Hootsuite: at most 350 posts shared by the channels', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${day} ${String(Math.floor(i / 12)).padStart(2, '0')}:${String((i % 12) * 5).padStart(2, '0')},Post ${i}`);
    const { format, rows } = timed(lines.join('\n'));
    checkFileRules(rows, format.rules, format.columns, 3);
    assert.equal(rows.filter((r) => r.row.errors.length).length, 120 - 116);
    assert.match(rows[116]!.row.errors[0]!.message, /more than 116 posts/);
  });

  it('Sprout: posts at least 10 minutes apart', () => {
    const { format, rows } = timed(`date,time_24hr,message_text\n${day},09:00,a\n${day},09:09,b\n${day},09:20,c\n`);
    checkFileRules(rows, format.rules, format.columns, 1);
    assert.match(rows[1]!.row.errors[0]!.message, /9 minutes after line 2/);
    assert.equal(rows[1]!.row.errors[0]!.column, 'date');
    assert.deepEqual(rows[2]!.row.errors, []);
  });
});
