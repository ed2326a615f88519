import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { climateAt, ClimateOverrides, climateOf, climateTable } from './climate.js';
import { COUNTRY_CODES, latitudeOf, timeZoneOf } from './countries.js';

const JAN = 1;
const JUL = 7;

describe('climate now', () => {
  it('January: Brazil and Australia hot, Canada and Norway cold', () => {
    assert.equal(climateOf('BR', JAN), 'hot');
    assert.equal(climateOf('AU', JAN), 'hot');
    assert.equal(climateOf('CA', JAN), 'cold');
    assert.equal(climateOf('NO', JAN), 'cold');
    assert.equal(climateOf('ES', JAN), 'cold');
  });

  it('July: the reverse — Spain hot, Australia cold; the tropics stay hot', () => {
    assert.equal(climateOf('ES', JUL), 'hot');
    assert.equal(climateOf('AU', JUL), 'cold');
    assert.equal(climateOf('CA', JUL), 'hot');
    assert.equal(climateOf('NO', JUL), 'mild');
    assert.equal(climateOf('BR', JUL), 'hot');
    assert.equal(climateOf('SG', JUL), 'hot');
  });

  it('spring and autumn are mild in the temperate band, polar is mostly cold', () => {
    assert.equal(climateOf('FR', 4), 'mild');
    assert.equal(climateOf('FR', 10), 'mild');
    assert.equal(climateOf('AR', 4), 'mild');
    assert.equal(climateOf('GL', JAN), 'cold');
    assert.equal(climateOf('GL', JUL), 'mild');
    assert.equal(climateOf('AQ', JAN), 'mild'); // the southern summer
    assert.equal(climateOf('AQ', JUL), 'cold');
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
