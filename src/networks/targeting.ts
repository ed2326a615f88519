/**
 * What a connector makes of an audience segment: the network-neutral audience (resolved for one moment) and the
 * network's own targeting parameters for it. Re-exported by connector.ts, where the Connector interface uses them.
 */
import type { Violation } from './violation.js';

/**
 * An audience segment resolved for one moment: "hot now" has become the countries that are hot this month. Every facet
 * is null when the segment does not restrict it. The shape is the network-neutral middle between segments
 * (src/features/segments) and the networks' targeting parameters.
 */
export interface AudienceTargeting {
  /** ISO 3166-1 alpha-2, upper case. */
  countries: string[] | null;
  /** ISO 3166-2, upper case, e.g. "US-CA". */
  regions: string[] | null;
  /** ISO 639-1 primary subtags, lower case. */
  languages: string[] | null;
  ageMin: number | null;
  ageMax: number | null;
  genders: Array<'female' | 'male'> | null;
  /** Free interest names as the person typed them; a network that needs ids resolves or refuses them. */
  interests: string[] | null;
}

/** What one network makes of an audience: the parameters it will send, what it cannot express, what it refuses. */
export interface NativeTargeting {
  /** Request parameters named as the network's API names them, e.g. Facebook `{ targeting: { geo_locations } }`. */
  parameters: Record<string, unknown>;
  /** Facets this network cannot target organically, each with the reason (the rest of the audience still applies). */
  unsupported: Array<{ facet: keyof AudienceTargeting; rule: string; reason: string }>;
  /** Why this audience cannot be targeted at all as given (too many countries, an audience below the minimum size). */
  violations: Violation[];
}
