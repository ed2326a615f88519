/**
 * Audience targeting: the condition language (conditions.ts), its compiled evaluation (evaluate.ts), ordered rules
 * (rules.ts), the climate model (climate.ts) and building a visitor from a request (visitor.ts). Pure logic plus an
 * offline IP database; no HTTP routes, no SQL. Example:
 *
 *   const resolver = createVisitorResolver({ regionHeader: 'cf-region-code' }); // once per process
 *   const pick = compileRules(parsedRules);                                      // once per cached link
 *   const url = pick(resolver.visitorFrom({ ip, userAgent, acceptLanguage, url }), Date.now()) ?? link.url;
 */
export {
  BROWSERS, Condition, CONDITION_KINDS, DEVICES, MAX_DEPTH, OPERATING_SYSTEMS, parseCondition,
  type Browser, type ConditionIssue, type Device, type ListMatch, type LocalTimeWindow,
  type OperatingSystem, type QueryMatch, type Visitor,
} from './conditions.js';
export { compile, evaluate, type EvaluateOptions, type Predicate } from './evaluate.js';
export {
  CLIMATES, ClimateOverrides, DEFAULT_CLIMATE_BANDS, climateAt, climateOf, climateTable, type Climate, type ClimateBands,
} from './climate.js';
export { COUNTRY_CODES, CountryCode, isCountryCode, latitudeOf, timeZoneOf } from './countries.js';
export { compileRules, firstMatch, type AudienceRule } from './rules.js';
export {
  IpCountryDatabase, agentOf, createVisitorResolver, parseAcceptLanguage, parseUserAgent, queryOf,
  type RequestParts, type VisitorOptions, type VisitorResolver,
} from './visitor.js';
