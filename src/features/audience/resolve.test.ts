import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Condition, type Visitor } from './conditions.js';
import { COUNTRY_CODES } from './countries.js';
import { compile } from './evaluate.js';
import { resolveSegment } from './resolve.js';

const JAN = new Date('2026-01-15T12:00:00Z');
const JUL = new Date('2026-07-15T12:00:00Z');
const resolve = (when: unknown, now: Date = JAN, timeZone?: string) => resolveSegment(Condition.parse(when), now, { timeZone });
const visitor = (country: string): Visitor => ({ country, region: null, languages: [], device: null, os: null, browser: null, isBot: false, query: {} });

describe('resolving a segment into network targeting', () => {
  it('"hot now" is exactly the countries whose visitors a link rule calls hot, month by month', () => {
    for (const climate of ['hot', 'cold', 'mild'] as const) {
      const predicate = compile({ climate });
      for (let month = 0; month < 12; month++) {
        const now = new Date(Date.UTC(2026, month, 15, 12));
        const resolved = resolve({ climate }, now);
        const expected = [...COUNTRY_CODES].filter((c) => predicate(visitor(c), now)).sort();
        assert.deepEqual(resolved.audience.countries, expected, `${climate} in month ${month + 1}`);
      }
    }
    const hot = resolve({ climate: 'hot' });
    assert.ok(hot.audience.countries!.includes('BR') && hot.audience.countries!.includes('SG'));
    assert.ok(!hot.audience.countries!.includes('NO'));
    assert.deepEqual(hot.climates[0]?.path, 'climate');
    assert.deepEqual(hot.climates[0]?.countries, hot.audience.countries);
    assert.ok(resolve({ climate: 'cold' }).audience.countries!.includes('NO'));
    assert.ok(!resolve({ climate: 'cold' }, JUL).audience.countries!.includes('NO'), 'Norway is not cold in July');
  });

  it('intersects the parts of the top-level all, unites the branches of an any', () => {
    const both = resolve({ all: [{ country: { in: ['FR', 'BR', 'NO'] } }, { climate: 'hot' }] });
    assert.deepEqual(both.audience.countries, ['BR']);
    const either = resolve({ any: [{ country: { in: ['FR'] } }, { climate: 'cold' }] });
    assert.ok(either.audience.countries!.includes('FR') && either.audience.countries!.includes('NO'));
    const none = resolve({ all: [{ country: { in: ['SG'] } }, { climate: 'cold' }] });
    assert.deepEqual(none.audience.countries, [], 'no country matches now, which is not "everyone"');
    assert.deepEqual(resolve({ region: { in: ['US-CA', 'US-NY'] } }).audience.regions, ['US-CA', 'US-NY']);
    assert.deepEqual(resolve({ language: { in: ['fr', 'en'] } }).audience.languages, ['en', 'fr']);
    assert.equal(resolve({ language: { in: ['fr'] } }).audience.countries, null, 'unrestricted');
  });

  it('carries the demographic leaves', () => {
    const resolved = resolve({ all: [{ country: { in: ['FR'] } }, { ageMin: 18 }, { ageMax: 34 }, { genders: ['female'] }, { interests: ['Coffee'] }] });
    assert.deepEqual(resolved.audience, {
      countries: ['FR'], regions: null, languages: null, ageMin: 18, ageMax: 34, genders: ['female'], interests: ['Coffee'],
    });
    assert.deepEqual(resolved.timingOnly, []);
  });

  it('lists what no network targets, with where and why, and leaves it out of the audience', () => {
    const resolved = resolve({
      all: [
        { country: { notIn: ['FR'] } },
        { not: { language: { in: ['de'] } } },
        { device: { in: ['mobile'] } },
        { localTime: { from: '17:00', to: '22:00' } },
        { any: [{ country: { in: ['FR'] } }, { language: { in: ['fr'] } }] },
        { climate: 'hot' },
      ],
    });
    assert.deepEqual(resolved.timingOnly.map((t) => [t.path, t.rule]), [
      ['all.0.country', 'excludes'],
      ['all.1.not', 'excludes'],
      ['all.2.device', 'click_only'],
      ['all.3.localTime', 'local_time'],
      ['all.4.any', 'mixed_any'],
    ]);
    assert.match(resolved.timingOnly[0]!.message, /not those to leave out/);
    assert.equal(resolved.audience.languages, null);
    assert.ok(resolved.audience.countries!.includes('BR'), 'the expressible part still applies');
  });
});

describe('a segment\'s time zone', () => {
  it('is the one given, else its countries\' main zone', () => {
    assert.equal(resolve({ climate: 'hot' }, JAN, 'Asia/Singapore').timeZone, 'Asia/Singapore');
    assert.equal(resolve({ climate: 'hot' }, JAN, 'Asia/Singapore').timeZoneChoice.rule, 'given');
    assert.equal(resolve({ country: { in: ['SG'] } }).timeZone, 'Asia/Singapore');
    const norway = resolve({ country: { in: ['NO'] } });
    // The tz database made Europe/Oslo a link to Europe/Berlin (2022); countries-and-timezones lists the canonical zone.
    assert.deepEqual([norway.timeZone, norway.timeZoneChoice.rule], ['Europe/Berlin', 'single_zone']);
    assert.equal(resolve({ country: { in: ['US'] } }).timeZone, 'America/New_York', 'the zone most of its people live in');
  });

  it('for countries across zones: the most common UTC offset, and it says so', () => {
    const europe = resolve({ country: { in: ['FR', 'DE', 'ES', 'GB'] } });
    assert.equal(europe.timeZoneChoice.rule, 'most_common_offset');
    assert.equal(europe.timeZone, 'Europe/Berlin', 'three of four at UTC+01:00; ties between zones by name');
    assert.match(europe.timeZoneChoice.message, /4 countries span 2 UTC offsets .*UTC\+01:00 \(3 countries\)/);
    const mixed = resolve({ country: { in: ['SG', 'NO', 'MY'] } });
    assert.equal(mixed.timeZone, 'Asia/Singapore', 'Malaysia uses Singapore\'s zone (countries.ts)');
  });

  it('is UTC when no country is named, and says to give one', () => {
    const english = resolve({ language: { in: ['en'] } });
    assert.deepEqual([english.timeZone, english.timeZoneChoice.rule], ['UTC', 'no_country']);
    assert.match(english.timeZoneChoice.message, /give it one/);
  });
});
