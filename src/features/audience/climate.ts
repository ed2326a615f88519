/**
 * "Climate now" for a country: hot, cold or mild, from its representative latitude (countries.ts) and the month.
 *
 * The model, deliberately coarse (a country is one point; altitude, coasts and monsoons are ignored):
 * - The absolute latitude puts the country in a band; the upper bounds are `ClimateBands` (defaults in degrees).
 * - Months are read as seasons: in the southern hemisphere a month is shifted by six, so January there counts as July.
 *
 *   band (default bound)     hot                      cold                    mild
 *   tropical    (< 23.5)     all year                 —                       —
 *   subtropical (< 30)       May–Oct                  —                       Nov–Apr
 *   temperate   (< 55)       Jun–Aug                  Dec–Feb                 Mar–May, Sep–Nov
 *   subpolar    (< 66.5)     —                        Nov–Mar                 Apr–Oct
 *   polar       (≥ 66.5)     —                        Sep–May                 Jun–Aug
 *   (months for the northern hemisphere; the southern is six months apart)
 *
 * So in January Brazil and Australia are hot and Canada and Norway cold; in July Spain is hot and Australia cold.
 * A workspace can move the band bounds (`bands`) or pin a country's latitude (`latitudes`, e.g. its audience lives
 * in the north of the country).
 */
import { z } from 'zod';
import { COUNTRY_CODES, isCountryCode, latitudeOf, unknownCountryMessage } from './countries.js';

export const CLIMATES = ['hot', 'cold', 'mild'] as const;
export type Climate = (typeof CLIMATES)[number];

/** Upper bounds, in degrees of absolute latitude, of the first four bands; anything beyond is polar. */
export interface ClimateBands {
  tropical: number;
  subtropical: number;
  temperate: number;
  subpolar: number;
}

export const DEFAULT_CLIMATE_BANDS: Readonly<ClimateBands> = {
  tropical: 23.5, // the Tropic of Cancer/Capricorn
  subtropical: 30,
  temperate: 55,
  subpolar: 66.5, // the Arctic/Antarctic Circle
};

const degrees = z.number().min(0).max(90);

/** Per-workspace changes to the model; validated so that the bands stay in order. */
export const ClimateOverrides = z
  .strictObject({
    bands: z
      .strictObject({
        tropical: degrees.optional(),
        subtropical: degrees.optional(),
        temperate: degrees.optional(),
        subpolar: degrees.optional(),
      })
      .optional(),
    latitudes: z
      .record(z.string(), z.number().min(-90).max(90))
      .superRefine((latitudes, ctx) => {
        for (const code of Object.keys(latitudes)) {
          if (!isCountryCode(code)) ctx.addIssue({ code: 'custom', path: [code], message: unknownCountryMessage(code) });
        }
      })
      .optional(),
  })
  .superRefine((value, ctx) => {
    const b = { ...DEFAULT_CLIMATE_BANDS, ...value.bands };
    const order = ['tropical', 'subtropical', 'temperate', 'subpolar'] as const;
    for (let i = 1; i < order.length; i++) {
      const [lower, upper] = [order[i - 1]!, order[i]!];
      if (b[upper] < b[lower]) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', upper],
          message: `The ${upper} bound (${b[upper]}°) must not be below the ${lower} bound (${b[lower]}°).`,
        });
      }
    }
  });
export type ClimateOverrides = z.infer<typeof ClimateOverrides>;

// Per band, the climate of each "season month" (northern-hemisphere month 1…12, index 0 = January).
const [H, C, M] = ['hot', 'cold', 'mild'] as const;
const SEASONS: Readonly<Record<keyof ClimateBands | 'polar', readonly Climate[]>> = {
  tropical: [H, H, H, H, H, H, H, H, H, H, H, H],
  subtropical: [M, M, M, M, H, H, H, H, H, H, M, M],
  temperate: [C, C, M, M, M, H, H, H, M, M, M, C],
  subpolar: [C, C, C, M, M, M, M, M, M, M, C, C],
  polar: [C, C, C, C, C, M, M, M, C, C, C, C],
};

function seasonsAt(latitude: number, bands: ClimateBands): readonly Climate[] {
  const abs = Math.abs(latitude);
  if (abs < bands.tropical) return SEASONS.tropical;
  if (abs < bands.subtropical) return SEASONS.subtropical;
  if (abs < bands.temperate) return SEASONS.temperate;
  if (abs < bands.subpolar) return SEASONS.subpolar;
  return SEASONS.polar;
}

/** The climate at a latitude in a month (1 = January … 12). */
export function climateAt(latitude: number, month: number, bands: ClimateBands = DEFAULT_CLIMATE_BANDS): Climate {
  const seasonMonth = latitude < 0 ? ((month + 5) % 12) + 1 : month;
  return seasonsAt(latitude, bands)[seasonMonth - 1] ?? 'mild';
}

/**
 * The climate of `country` (ISO 3166-1 alpha-2, upper case) in `month` (1 = January … 12), or null for an unknown
 * country. Example: `climateOf('BR', 1) === 'hot'`, `climateOf('CA', 1) === 'cold'`.
 */
export function climateOf(country: string, month: number, overrides?: ClimateOverrides): Climate | null {
  const latitude = overrides?.latitudes?.[country] ?? latitudeOf(country);
  if (latitude === null) return null;
  return climateAt(latitude, month, { ...DEFAULT_CLIMATE_BANDS, ...overrides?.bands });
}

/** country → its climate in each month (index 0 = January), for every known country; precomputed per workspace. */
export type ClimateTable = ReadonlyMap<string, readonly Climate[]>;

let defaultTable: ClimateTable | undefined;

/** Precomputes `climateOf` for every country and month (≈ 3,000 entries), so evaluating a condition is a lookup. */
export function climateTable(overrides?: ClimateOverrides): ClimateTable {
  if (!overrides && defaultTable) return defaultTable;
  const table = new Map<string, Climate[]>();
  for (const country of COUNTRY_CODES) {
    const months: Climate[] = [];
    for (let month = 1; month <= 12; month++) months.push(climateOf(country, month, overrides) ?? 'mild');
    table.set(country, months);
  }
  if (!overrides) defaultTable = table;
  return table;
}
