/**
 * Segments to start from: by continent, by language, hot now, cold now, southern-hemisphere summer. Each is a
 * condition of the audience language, so a preset is edited like any segment once created.
 */
import { COUNTRY_CODES, latitudeOf, timeZoneOf, type Condition } from '../audience/index.js';

export const CONTINENTS = ['europe', 'north-america', 'south-america', 'asia', 'africa', 'oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];

/**
 * A country's continent is the area of its main IANA zone (countries.ts, from `countries-and-timezones`): "Europe/…",
 * "Asia/…", "Africa/…"; "Australia/…" and "Pacific/…" are Oceania. "America/…" is split as the UN M49 scheme splits
 * the Americas (South America: the twelve states of the continent and French Guiana, the Falklands, South Georgia);
 * the rest, Central America and the Caribbean included, is North America. Ocean areas and the few zones whose area
 * disagrees with M49 (Turkey, Cyprus: Western Asia) are listed by hand.
 */
const SOUTH_AMERICA = new Set(['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GS', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE']);
const BY_HAND: Readonly<Record<string, Continent>> = {
  IS: 'europe', FO: 'europe', BM: 'north-america', CV: 'africa', SH: 'africa', ST: 'africa', MU: 'africa', SC: 'africa',
  KM: 'africa', MG: 'africa', YT: 'africa', RE: 'africa', IO: 'africa', TF: 'africa', MV: 'asia', CC: 'oceania',
  CX: 'oceania', TR: 'asia', CY: 'asia',
};
const AREAS: Readonly<Record<string, Continent>> = {
  Europe: 'europe', Asia: 'asia', Africa: 'africa', Australia: 'oceania', Pacific: 'oceania',
};

export function continentOf(country: string): Continent | null {
  if (BY_HAND[country]) return BY_HAND[country];
  if (SOUTH_AMERICA.has(country)) return 'south-america';
  const area = timeZoneOf(country)?.split('/')[0];
  if (area === 'America') return 'north-america';
  return (area && AREAS[area]) || null;
}

export const PRESET_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt'] as const;

export interface SegmentPreset {
  id: string;
  group: 'continent' | 'language' | 'climate' | 'season';
  /** The segment's name in English; the web app names it in the person's language from `id`. */
  name: string;
  description: string;
  when: Condition;
}

const continentNames: Record<Continent, string> = {
  europe: 'Europe', 'north-america': 'North America', 'south-america': 'South America', asia: 'Asia', africa: 'Africa', oceania: 'Oceania',
};
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function continentPresets(): SegmentPreset[] {
  return CONTINENTS.map((continent) => ({
    id: `continent.${continent}`,
    group: 'continent' as const,
    name: continentNames[continent],
    description: `The countries of ${continentNames[continent]}.`,
    when: { country: { in: [...COUNTRY_CODES].filter((c) => continentOf(c) === continent).sort() } },
  }));
}

/** Every preset, computed once (the lists are fixed; "hot now" is resolved when a segment is read, not here). */
export const SEGMENT_PRESETS: readonly SegmentPreset[] = [
  ...continentPresets(),
  ...PRESET_LANGUAGES.map((language) => ({
    id: `language.${language}`,
    group: 'language' as const,
    name: `${languageNames.of(language)} speakers`,
    description: `People whose first language is ${languageNames.of(language)}.`,
    when: { language: { in: [language] } },
  })),
  { id: 'climate.hot', group: 'climate', name: 'Hot now', description: 'The countries where it is hot this month.', when: { climate: 'hot' } },
  { id: 'climate.cold', group: 'climate', name: 'Cold now', description: 'The countries where it is cold this month.', when: { climate: 'cold' } },
  {
    id: 'season.southern-summer',
    group: 'season',
    name: 'Southern-hemisphere summer',
    description: 'The countries south of the equator, where summer runs from December to February.',
    when: { country: { in: [...COUNTRY_CODES].filter((c) => (latitudeOf(c) ?? 0) < 0 && c !== 'AQ').sort() } },
  },
];
