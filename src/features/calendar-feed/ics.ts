/**
 * The iCalendar (RFC 5545) text of a workspace's publishing calendar: one VEVENT per publication. ical-generator does
 * the escaping (\\ \; \, \n) and the 75-octet line folding. It has no DURATION property for events, so each event
 * carries DTEND = DTSTART + 15 minutes, which RFC 5545 §3.6.1 defines as the same thing as DURATION:PT15M.
 *
 * @example
 * const text = calendarText({ name: 'Acme', publicUrl: 'https://chorus.example', now: new Date(), publications: rows });
 */
import ical from 'ical-generator';
import type { FeedPublicationRow } from './repository.js';

const EVENT_MINUTES = 15;
const SUMMARY_CHARS = 60;

/** The first `n` characters (code points, so an emoji is never cut in half), with an ellipsis when cut. */
function firstChars(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : flat;
}

export function calendarText(input: { name: string; publicUrl: string; now: Date; publications: FeedPublicationRow[] }): string {
  const calendar = ical({ name: input.name, prodId: '//Chorus//Publishing calendar//EN' });
  for (const p of input.publications) {
    const lines = [p.text, ''];
    if (p.segment_name) lines.push(`Segment: ${p.segment_name}`);
    lines.push(`Status: ${p.status}`);
    calendar.createEvent({
      id: `${p.id}@chorus`,
      stamp: input.now,
      start: p.at,
      end: new Date(p.at.getTime() + EVENT_MINUTES * 60_000),
      summary: `${p.network}: ${firstChars(p.text, SUMMARY_CHARS)}`,
      description: lines.join('\n'),
      url: `${input.publicUrl}/#/posts/${p.post_id}`,
    });
  }
  return calendar.toString();
}
