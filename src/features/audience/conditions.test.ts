import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Condition, parseCondition, type Visitor } from './conditions.js';
import { compile, evaluate } from './evaluate.js';
import { zoneOffsetMinutes } from './localTime.js';
import { parseAcceptLanguage } from './visitor.js';

const visitor = (over: Partial<Visitor> = {}): Visitor => ({
  country: null,
  region: null,
  languages: [],
  device: null,
  os: null,
  browser: null,
  isBot: false,
  query: {},
  ...over,
});
const at = (iso: string) => new Date(iso);
const JAN = at('2026-01-16T12:00:00Z'); // a Friday

/** Parses (so the test also proves the JSON is valid) and evaluates. */
function matches(condition: unknown, v: Visitor, now: Date = JAN): boolean {
  return evaluate(Condition.parse(condition), v, now);
}

function issuesOf(input: unknown) {
  const result = parseCondition(input);
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.issues;
}

describe('leaf conditions', () => {
  it('country in / notIn; unknown country matches neither', () => {
    const fr = visitor({ country: 'FR' });
    assert.equal(matches({ country: { in: ['FR', 'BE'] } }, fr), true);
    assert.equal(matches({ country: { in: ['de'] } }, fr), false);
    assert.equal(matches({ country: { notIn: ['DE'] } }, fr), true);
    assert.equal(matches({ country: { notIn: ['FR'] } }, fr), false);
    assert.equal(matches({ country: { in: ['FR'] } }, visitor()), false);
    assert.equal(matches({ country: { notIn: ['FR'] } }, visitor()), false);
    assert.equal(matches({ not: { country: { in: ['FR'] } } }, visitor()), true, 'not includes the unknown');
  });

  it('region (ISO 3166-2)', () => {
    const ca = visitor({ country: 'US', region: 'US-CA' });
    assert.equal(matches({ region: { in: ['us-ca', 'US-NY'] } }, ca), true);
    assert.equal(matches({ region: { notIn: ['US-CA'] } }, ca), false);
    assert.equal(matches({ region: { in: ['US-CA'] } }, visitor({ country: 'US' })), false);
  });

  it('language: primary subtag among the most preferred, q-values honoured', () => {
    const v = visitor({ languages: parseAcceptLanguage('en-US,en;q=0.9,fr-CA;q=0.8') });
    assert.deepEqual(v.languages, ['en', 'fr']);
    assert.equal(matches({ language: { in: ['en'] } }, v), true);
    assert.equal(matches({ language: { in: ['fr'] } }, v), false, 'French is only second choice');
    assert.equal(matches({ language: { in: ['fr'], top: 2 } }, v), true);
    assert.equal(matches({ language: { notIn: ['fr'] } }, v), true);
    assert.equal(matches({ language: { notIn: ['fr'], top: 2 } }, v), false);
    // q-values beat header order
    const w = visitor({ languages: parseAcceptLanguage('de;q=0.5, pt-BR, en;q=0.7') });
    assert.deepEqual(w.languages, ['pt', 'en', 'de']);
    assert.equal(matches({ language: { in: ['pt'] } }, w), true);
    assert.equal(matches({ language: { in: ['en'] } }, visitor()), false);
    assert.equal(matches({ language: { notIn: ['en'] } }, visitor()), false);
  });

  it('device, os, browser', () => {
    const v = visitor({ device: 'mobile', os: 'ios', browser: 'safari' });
    assert.equal(matches({ device: { in: ['mobile', 'tablet'] } }, v), true);
    assert.equal(matches({ device: { notIn: ['bot'] } }, v), true);
    assert.equal(matches({ os: { in: ['android'] } }, v), false);
    assert.equal(matches({ browser: { notIn: ['in-app'] } }, v), true);
    assert.equal(matches({ device: { notIn: ['bot'] } }, visitor()), false, 'unknown device');
  });

  it('climate of the visitor’s country this month', () => {
    assert.equal(matches({ climate: 'hot' }, visitor({ country: 'BR' })), true);
    assert.equal(matches({ climate: 'cold' }, visitor({ country: 'CA' })), true);
    assert.equal(matches({ climate: { in: ['mild', 'cold'] } }, visitor({ country: 'AU' })), false);
    assert.equal(matches({ climate: 'cold' }, visitor({ country: 'AU' }), at('2026-07-01T12:00:00Z')), true);
    assert.equal(matches({ climate: 'hot' }, visitor()), false);
    // the visitor's local month: 31 Aug 23:30 UTC is already September (mild) in Madrid
    const es = visitor({ country: 'ES' });
    assert.equal(matches({ climate: 'hot' }, es, at('2026-08-31T21:30:00Z')), true);
    assert.equal(matches({ climate: 'mild' }, es, at('2026-08-31T23:30:00Z')), true);
  });

  it('query parameter equals / oneOf / present', () => {
    const v = visitor({ query: { utm_source: 'newsletter', ref: '' } });
    assert.equal(matches({ query: { param: 'utm_source', equals: 'newsletter' } }, v), true);
    assert.equal(matches({ query: { param: 'utm_source', equals: 'Newsletter' } }, v), false);
    assert.equal(matches({ query: { param: 'utm_source', oneOf: ['ads', 'newsletter'] } }, v), true);
    assert.equal(matches({ query: { param: 'ref', present: true } }, v), true);
    assert.equal(matches({ query: { param: 'gclid', present: false } }, v), true);
    assert.equal(matches({ query: { param: 'gclid', equals: '' } }, v), false);
    assert.equal(matches({ query: { param: 'constructor', present: true } }, v), false, 'no prototype keys');
  });
});

describe('local time windows in the visitor’s time zone', () => {
  const evening = { localTime: { from: '17:00', to: '22:00' } };

  it('reads the country’s zone, with daylight saving', () => {
    const fr = visitor({ country: 'FR' });
    assert.equal(matches(evening, fr, at('2026-01-16T17:30:00Z')), true); // 18:30 in Paris (UTC+1)
    assert.equal(matches(evening, fr, at('2026-01-16T21:30:00Z')), false); // 22:30: `to` is exclusive
    assert.equal(matches(evening, fr, at('2026-01-16T15:30:00Z')), false); // 16:30 in winter
    assert.equal(matches(evening, fr, at('2026-07-10T15:30:00Z')), true); // 17:30 in summer (UTC+2)
    assert.equal(matches(evening, visitor({ country: 'US' }), at('2026-01-16T17:30:00Z')), false); // 12:30 New York
    assert.equal(matches(evening, visitor({ country: 'US' }), at('2026-01-16T22:00:00Z')), true); // 17:00 inclusive
    assert.equal(matches(evening, visitor(), at('2026-01-16T17:30:00Z')), false);
  });

  it('quarter-hour offsets (Nepal, UTC+5:45)', () => {
    const np = visitor({ country: 'NP' });
    assert.equal(matches(evening, np, at('2026-01-16T11:15:00Z')), true);
    assert.equal(matches(evening, np, at('2026-01-16T11:14:00Z')), false);
  });

  it('wraps midnight; days belong to the evening the window started', () => {
    const fridayNight = { localTime: { from: '22:00', to: '02:00', days: [5] } };
    const jp = visitor({ country: 'JP' }); // UTC+9, no DST
    assert.equal(matches(fridayNight, jp, at('2026-01-16T13:30:00Z')), true); // Fri 22:30
    assert.equal(matches(fridayNight, jp, at('2026-01-16T16:30:00Z')), true); // Sat 01:30, started Friday
    assert.equal(matches(fridayNight, jp, at('2026-01-16T17:00:00Z')), false); // Sat 02:00
    assert.equal(matches(fridayNight, jp, at('2026-01-15T16:30:00Z')), false); // Fri 01:30, started Thursday
    assert.equal(matches(fridayNight, jp, at('2026-01-17T13:30:00Z')), false); // Sat 22:30
    // The same instant is Friday night in Tokyo but Friday morning in New York and Friday evening in Auckland
    const instant = at('2026-01-16T10:30:00Z');
    const lateEvening = { localTime: { from: '21:00', to: '03:00' } };
    assert.equal(matches(lateEvening, visitor({ country: 'JP' }), instant), false); // 19:30
    assert.equal(matches(lateEvening, visitor({ country: 'NZ' }), instant), true); // 23:30 (UTC+13)
    assert.equal(matches(lateEvening, visitor({ country: 'US' }), instant), false); // 05:30
    assert.equal(matches(lateEvening, visitor({ country: 'GB' }), at('2026-01-16T02:59:00Z')), true);
  });

  it('to "24:00" and weekdays', () => {
    const weekendAfternoon = { localTime: { from: '12:00', to: '24:00', days: [6, 7] } };
    const gb = visitor({ country: 'GB' });
    assert.equal(matches(weekendAfternoon, gb, at('2026-01-17T23:59:00Z')), true); // Saturday
    assert.equal(matches(weekendAfternoon, gb, at('2026-01-18T23:59:00Z')), true); // Sunday
    assert.equal(matches(weekendAfternoon, gb, at('2026-01-19T13:00:00Z')), false); // Monday
  });

  it('the cached zone offset follows a DST change at its exact minute', () => {
    // Europe/Paris springs forward on 2026-03-29 at 01:00 UTC
    assert.equal(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-03-29T00:59:59.999Z')), 60);
    assert.equal(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-03-29T01:00:00Z')), 120);
    assert.equal(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-03-29T00:45:00Z')), 60);
    assert.equal(zoneOffsetMinutes('Not/AZone', 0), null);
  });
});

describe('combinators', () => {
  const v = visitor({ country: 'BR', device: 'mobile' });
  it('all, any, not and nesting', () => {
    assert.equal(matches({ all: [{ country: { in: ['BR'] } }, { device: { in: ['mobile'] } }] }, v), true);
    assert.equal(matches({ all: [{ country: { in: ['BR'] } }, { device: { in: ['desktop'] } }] }, v), false);
    assert.equal(matches({ any: [{ country: { in: ['AR'] } }, { device: { in: ['mobile'] } }] }, v), true);
    assert.equal(matches({ any: [{ country: { in: ['AR'] } }, { device: { in: ['tv'] } }] }, v), false);
    assert.equal(matches({ not: { climate: 'cold' } }, v), true);
    const nested = { all: [{ climate: 'hot' }, { not: { any: [{ os: { in: ['ios'] } }, { browser: { in: ['in-app'] } }] } }] };
    assert.equal(matches(nested, visitor({ country: 'BR', os: 'android', browser: 'chrome' })), true);
    assert.equal(matches(nested, visitor({ country: 'BR', os: 'ios', browser: 'safari' })), false);
  });

  it('compile gives the same answers, and evaluate reuses the compiled predicate', () => {
    const condition = Condition.parse({ any: [{ climate: 'hot' }, { country: { in: ['CA'] } }] });
    const predicate = compile(condition);
    for (const country of ['BR', 'CA', 'NO', null]) {
      const w = visitor({ country });
      assert.equal(predicate(w, JAN), evaluate(condition, w, JAN), String(country));
      assert.equal(predicate(w, JAN.getTime()), predicate(w, JAN));
    }
    assert.equal(evaluate(condition, visitor({ country: 'NO' }), JAN), false);
  });

  it('workspace climate overrides reach the climate leaf', () => {
    const condition = Condition.parse({ climate: 'hot' });
    const norway = visitor({ country: 'NO' });
    const july = at('2026-07-15T12:00:00Z');
    assert.equal(evaluate(condition, norway, july), false);
    assert.equal(evaluate(condition, norway, july, { climate: { bands: { temperate: 63 } } }), true);
  });
});

describe('invalid conditions are refused with a path and a message a person can act on', () => {
  const cases: [input: unknown, path: string, message: RegExp][] = [
    [{ country: { in: ['UK'] } }, 'country.in.0', /"UK" is not an ISO 3166-1 country code: use "GB"/],
    [{ country: { in: ['FR', 'USA'] } }, 'country.in.1', /alpha-3 code: use the two-letter/],
    [{ country: { in: ['QQ'] } }, 'country.in.0', /Unknown country code "QQ"/],
    [{ country: {} }, 'country', /either "in" or "notIn"/],
    [{ country: { in: ['FR'], notIn: ['DE'] } }, 'country', /either "in" or "notIn" \(not both\)/],
    [{ country: { in: [] } }, 'country.in', /at least one country code/],
    [{ region: { in: ['CA'] } }, 'region.in.0', /ISO 3166-2 subdivision code such as "US-CA"/],
    [{ region: { in: ['QQ-12'] } }, 'region.in.0', /does not start with a known ISO 3166-1 country code/],
    [{ language: { in: ['pt-BR'] } }, 'language.in.0', /primary language subtag "pt"/],
    [{ language: { in: ['zz'] } }, 'language.in.0', /Unknown language code "zz"/],
    [{ language: { in: ['en'], top: 20 } }, 'language.top', /at most at the 10/],
    [{ device: { in: ['phone'] } }, 'device.in.0', /Unknown device "phone": use one of mobile, tablet, desktop/],
    [{ os: { in: ['iOS 17'] } }, 'os.in.0', /Unknown operating system/],
    [{ climate: 'warm' }, 'climate', /"hot", "cold" or "mild"/],
    [{ localTime: { from: '5pm', to: '22:00' } }, 'localTime.from', /HH:MM on a 24-hour clock/],
    [{ localTime: { from: '10:00', to: '10:00' } }, 'localTime.to', /window is empty/],
    [{ localTime: { from: '10:00', to: '12:00', days: [0] } }, 'localTime.days.0', /ISO weekdays: 1 = Monday/],
    [{ localTime: { from: '10:00', to: '12:00', days: [1, 1] } }, 'localTime.days', /listed twice/],
    [{ query: { param: 'a' } }, 'query', /exactly one of "equals", "oneOf" or "present"/],
    [{ all: [] }, 'all', /at least one condition/],
    [{ all: [{ country: { in: ['FR'] } }, { colour: 'red' }] }, 'all.1', /"colour" is not one of them/],
    [{ country: { in: ['FR'] }, device: { in: ['mobile'] } }, '', /has 2 \(country, device\): wrap them in \{ "all"/],
    [{}, '', /exactly one of the keys country, region/],
    ['hot', '', /object with exactly one of the keys/],
  ];
  for (const [input, path, message] of cases) {
    it(`${JSON.stringify(input)} → ${path || '(root)'}`, () => {
      const issues = issuesOf(input);
      const issue = issues.find((i) => i.path === path);
      assert.ok(issue, `no issue at "${path}": ${JSON.stringify(issues)}`);
      assert.match(issue.message, message);
    });
  }

  it('too deep', () => {
    let deep: unknown = { climate: 'hot' };
    for (let i = 0; i < 9; i++) deep = { not: deep };
    assert.match(issuesOf(deep)[0]?.message ?? '', /nest at most 8 levels/);
    assert.equal(Condition.safeParse(deep).success, false, 'the schema alone refuses it too');
    let absurd: unknown = { climate: 'hot' };
    for (let i = 0; i < 100_000; i++) absurd = { not: absurd };
    assert.match(issuesOf(absurd)[0]?.message ?? '', /nest at most 8 levels/);
  });

  it('normalises case and spaces of codes', () => {
    const result = parseCondition({ country: { in: [' fr '] } });
    assert.deepEqual(result, { ok: true, condition: { country: { in: ['FR'] } } });
    assert.deepEqual(Condition.parse({ language: { in: ['FR'] } }), { language: { in: ['fr'] } });
  });
});

describe('demographic leaves: whom a network shows a post to', () => {
  const anyone = visitor({ country: 'FR' });

  it('are accepted alone or directly in the top-level all, and never exclude a visitor', () => {
    const segment = { all: [{ climate: 'hot' }, { ageMin: 18 }, { ageMax: 34 }, { genders: ['female'] }, { interests: ['Cycling'] }] };
    assert.equal(parseCondition(segment).ok, true);
    assert.equal(matches(segment, visitor({ country: 'BR' })), true, 'a hot country: the demographics do not get in the way');
    assert.equal(matches(segment, visitor({ country: 'NO' })), false, 'the other leaves still decide');
    for (const leaf of [{ ageMin: 13 }, { ageMax: 65 }, { genders: ['male', 'female'] }, { interests: ['Coffee'] }]) {
      assert.equal(matches(leaf, anyone), true, JSON.stringify(leaf));
      assert.equal(matches(leaf, visitor()), true, 'even a visitor we know nothing about');
    }
  });

  it('trims interests', () => {
    assert.deepEqual(Condition.parse({ interests: ['  Coffee '] }), { interests: ['Coffee'] });
  });

  const refused: [input: unknown, path: string, message: RegExp][] = [
    [{ ageMin: 12 }, 'ageMin', /do not target people under 13/],
    [{ ageMax: 70 }, 'ageMax', /age from 13 to 65 \(65 means 65 and over\)/],
    [{ ageMin: 18.5 }, 'ageMin', /whole number/],
    [{ ageMin: '18' }, 'ageMin', /age from 13 to 65/],
    [{ all: [{ ageMin: 40 }, { ageMax: 30 }] }, 'all.1.ageMax', /ageMin 40\) is above the oldest \(ageMax 30\)/],
    [{ all: [{ ageMin: 20 }, { ageMin: 30 }] }, 'all.1.ageMin', /given twice/],
    [{ genders: ['other'] }, 'genders.0', /Unknown gender "other": use one of female, male/],
    [{ genders: [] }, 'genders', /at least one gender/],
    [{ genders: ['male', 'male'] }, 'genders', /listed twice/],
    [{ interests: [] }, 'interests', /at least one interest/],
    [{ interests: Array.from({ length: 21 }, (_, i) => `i${i}`) }, 'interests', /at most 20 interests/],
    [{ interests: ['  '] }, 'interests.0', /cannot be empty/],
    [{ any: [{ climate: 'hot' }, { ageMin: 18 }] }, 'any.1.ageMin', /whom a network shows a post to.*not under "any"/],
    [{ not: { genders: ['male'] } }, 'not.genders', /top-level \{ "all": \[...\] \}/],
    [{ all: [{ all: [{ interests: ['x'] }] }] }, 'all.0.all.0.interests', /nested "all"/],
  ];
  for (const [input, path, message] of refused) {
    it(`${JSON.stringify(input).slice(0, 80)} → ${path}`, () => {
      const issues = issuesOf(input);
      const issue = issues.find((i) => i.path === path);
      assert.ok(issue, `no issue at "${path}": ${JSON.stringify(issues)}`);
      assert.match(issue.message, message);
    });
  }
});
