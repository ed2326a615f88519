import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { climateAt, ClimateOverrides, climateOf, climateTable, type Climate } from './climate.js';
import { COUNTRY_CODES, latitudeOf, timeZoneOf } from './countries.js';

const JAN = 1;
const JUL = 7;

/** Checks several countries in one month at once, so a failure shows every country that is off. */
function assertClimates(month: number, expected: Record<string, Climate>): void {
  const got = Object.fromEntries(Object.keys(expected).map((code) => [code, climateOf(code, month)]));
  assert.deepEqual(got, expected, `month ${month}`);
}

describe('climate now', () => {
  it('January: Brazil and Australia hot, Canada and Norway cold', () => {
    assertClimates(JAN, { BR: 'hot', AU: 'hot', CA: 'cold', NO: 'cold', ES: 'cold' });
  });

  it('July: the reverse — Spain hot, Australia cold; the tropics stay hot', () => {
    assertClimates(JUL, { ES: 'hot', AU: 'cold', CA: 'hot', NO: 'mild', BR: 'hot', SG: 'hot' });
  });

  it('spring and autumn are mild in the temperate band, polar is mostly cold', () => {
    assertClimates(4, { FR: 'mild', AR: 'mild' });
    assertClimates(10, { FR: 'mild' });
    // The southern summer: Antarctica is mild in January.
    assertClimates(JAN, { GL: 'cold', AQ: 'mild' });
    assertClimates(JUL, { GL: 'mild', AQ: 'cold' });
    assert.equal(climateAt(27, JAN), 'mild'); // subtropical winter: no "cold"
    assert.equal(climateAt(27, 9), 'hot');
  });

  it('unknown countries have no climate', () => {
    assert.equal(climateOf('ZZ', JAN), null);
  });

  it('a workspace can move the bands and pin latitudes', () => {
    // Norway treated as temperate: its summer becomes hot.
    assert.equal(climateOf('NO', JUL, { bands: { temperate: 63 } }), 'hot');
    // An audience in northern Australia (Darwin, 12° S): hot in July too.
    assert.equal(climateOf('AU', JUL, { latitudes: { AU: -12.5 } }), 'hot');
    const table = climateTable({ latitudes: { AU: -12.5 } });
    assert.equal(table.get('AU')?.[JUL - 1], 'hot');
    assert.equal(climateTable().get('AU')?.[JUL - 1], 'cold');
  });

  it('rejects overrides that would put the bands out of order, or unknown countries', () => {
    const bands = ClimateOverrides.safeParse({ bands: { subtropical: 60 } });
    assert.equal(bands.success, false);
    assert.deepEqual(bands.error?.issues[0]?.path, ['bands', 'temperate']);
    assert.match(bands.error?.issues[0]?.message ?? '', /temperate bound \(55°\) must not be below the subtropical bound \(60°\)/);
    const country = ClimateOverrides.safeParse({ latitudes: { UK: 52 } });
    assert.equal(country.success, false);
    assert.match(country.error?.issues[0]?.message ?? '', /use "GB"/);
  });

  it('every ISO country has a latitude and (but for two uninhabited islands) a time zone Intl knows', () => {
    assert.equal(COUNTRY_CODES.size, 250); // 249 ISO 3166-1 + XK
    const withoutZone: string[] = [];
    for (const code of COUNTRY_CODES) {
      const latitude = latitudeOf(code);
      assert.ok(latitude !== null && latitude >= -90 && latitude <= 90, code);
      const zone = timeZoneOf(code);
      if (zone === null) withoutZone.push(code);
      else assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${code}: ${zone}`);
    }
    assert.deepEqual(withoutZone.sort(), ['BV', 'HM']);
    assert.equal(timeZoneOf('US'), 'America/New_York');
    assert.equal(timeZoneOf('AU'), 'Australia/Sydney');
    assert.equal(timeZoneOf('FR'), 'Europe/Paris');
  });
});
