/**
 * Audience targeting: the condition language (conditions.ts), its compiled evaluation (evaluate.ts), ordered rules
 * (rules.ts), a segment resolved into network targeting (resolve.ts), the climate model (climate.ts) and building a
 * visitor from a request (visitor.ts). Pure logic plus an offline IP database; no HTTP routes, no SQL. Example:
 *
 *   const resolver = createVisitorResolver({ regionHeader: 'cf-region-code' }); // once per process
 *   const pick = compileRules(parsedRules);                                      // once per cached link
 *   const url = pick(resolver.visitorFrom({ ip, userAgent, acceptLanguage, url }), Date.now()) ?? link.url;
 */
export {
  AGE_MAX, AGE_MIN, BROWSERS, Condition, CONDITION_KINDS, DEMOGRAPHIC_KINDS, DEVICES, GENDERS, MAX_DEPTH, MAX_INTERESTS,
  OPERATING_SYSTEMS, parseCondition,
  type Browser, type ConditionIssue, type Device, type Gender, type ListMatch, type LocalTimeWindow,
  type OperatingSystem, type QueryMatch, type Visitor,
} from './conditions.js';
export { climateNow, compile, evaluate, type EvaluateOptions, type Predicate } from './evaluate.js';
export {
  chooseTimeZone, resolveSegment, type ResolveOptions, type ResolvedSegment, type TimingOnly, type ZoneChoice,
} from './resolve.js';
export {
  CLIMATES, ClimateOverrides, DEFAULT_CLIMATE_BANDS, climateAt, climateOf, climateTable, type Climate, type ClimateBands,
} from './climate.js';
export { COUNTRY_CODES, CountryCode, isCountryCode, latitudeOf, timeZoneOf } from './countries.js';
export { compileRules, firstMatch, type AudienceRule } from './rules.js';
export {
  IpCountryDatabase, agentOf, createVisitorResolver, parseAcceptLanguage, parseUserAgent, queryOf,
  type RequestParts, type VisitorOptions, type VisitorResolver,
} from './visitor.js';
