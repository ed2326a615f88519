/** The iCalendar text itself: summary cut at 60 characters (never inside an emoji), segment and status in the description. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { calendarText } from './ics.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

it('cuts the summary at 60 characters and puts the full text, segment and status in the description', () => {
  const text = `${'😀'.repeat(59)}ab and more`;
  const raw = calendarText({
    name: 'Acme',
    publicUrl: 'https://chorus.example',
    now: new Date('2026-12-06T12:00:00Z'),
    publications: [
      { id: '11111111-1111-4111-8111-111111111111', post_id: 'p1', network: 'bluesky', text, status: 'scheduled', at: new Date('2026-12-08T09:30:00Z'), segment_name: 'Night owls' },
    ],
  });
  // Folded at 75 octets (RFC 5545 §3.1) without splitting a character: each line is valid UTF-8 on its own.
  for (const line of raw.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.equal(Buffer.from(line).toString('utf8'), line.normalize());
  }
  const ics = unfold(raw);
  assert.match(ics, new RegExp(`\\r\\nSUMMARY:bluesky: ${'😀'.repeat(59)}a…\\r\\n`));
  assert.match(ics, /\r\nDESCRIPTION:(?:😀){59}ab and more\\n\\nSegment: Night owls\\nStatus: scheduled\r\n/);
  assert.match(ics, /\r\nDTSTART:20261208T093000Z\r\nDTEND:20261208T094500Z\r\n/);
  assert.match(ics, /\r\nDTSTAMP:20261206T120000Z\r\n/);
  assert.match(ics, /\r\nURL;VALUE=URI:https:\/\/chorus\.example\/#\/posts\/p1\r\n/);
  assert.match(ics, /\r\nX-WR-CALNAME:Acme\r\n/);
});
