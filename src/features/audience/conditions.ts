/**
 * The audience condition language: JSON that says which visitors something is for. Short-link rules use it
 * (`{ when: Condition, url }`, first match wins) and audience segments will too.
 *
 * A condition is an object with exactly one key. Leaves test one fact about the visitor, combinators join them:
 *
 *   { "country": { "in": ["BR", "AU"] } }                 ISO 3166-1 alpha-2; or { "notIn": [...] }
 *   { "region": { "in": ["US-CA", "US-NY"] } }            ISO 3166-2 (only known behind a proxy that tells us)
 *   { "language": { "in": ["fr"], "top": 2 } }            primary subtag among the visitor's `top` (default 1)
 *                                                         most preferred Accept-Language languages, q-values honoured
 *   { "device": { "in": ["mobile", "tablet"] } }          DEVICES
 *   { "os": { "in": ["ios"] } }  { "browser": { "notIn": ["in-app"] } }
 *   { "climate": "hot" }  or { "climate": { "in": ["hot", "mild"] } }   see climate.ts
 *   { "localTime": { "from": "17:00", "to": "22:00", "days": [1, 2, 3, 4, 5] } }
 *   { "query": { "param": "utm_source", "equals": "newsletter" } }   or "oneOf": [...], or "present": true|false
 *   { "all": [c1, c2] }  { "any": [c1, c2] }  { "not": c }
 *   { "ageMin": 18 }  { "ageMax": 34 }  { "genders": ["female"] }  { "interests": ["Cycling", "Coffee"] }
 *
 * The last four, the demographic leaves, describe whom a network shows a post to (Facebook's and LinkedIn's organic
 * targeting), not something a click tells us: a link visitor's age, gender and interests are never known. So they
 * are allowed only alone or directly inside the top-level `all`, where they narrow the audience a post is shown to,
 * and every visitor satisfies them: a link rule never excludes a click because of them. Under `any` or `not` they
 * would make the condition mean one thing to a network and another on a click, which is why they are refused there
 * (link rules and segments share this one module and must never disagree).
 *
 * Unknown data never satisfies a leaf, `notIn` included: `notIn` asserts "known, and not one of these". To include
 * visitors we know nothing about, write `{ "not": { "country": { "in": [...] } } }`.
 *
 * `localTime` is read in the visitor's time zone, taken from the country (countries.ts: for a country with several
 * zones, the one most of its people live in). Days are ISO weekdays (1 = Monday … 7 = Sunday). A window whose `to`
 * is not after `from` wraps midnight: Friday 22:00–02:00 is `{ from: "22:00", to: "02:00", days: [5] }`, and the
 * hours after midnight belong to the day the window started on. `to` may be "24:00"; `from` is inclusive, `to` not.
 */
import { z } from 'zod';
import { CLIMATES, type Climate } from './climate.js';
import { CountryCode, isCountryCode } from './countries.js';

export const DEVICES = ['mobile', 'tablet', 'desktop', 'tv', 'console', 'wearable', 'bot', 'other'] as const;
export type Device = (typeof DEVICES)[number];
export const OPERATING_SYSTEMS = ['ios', 'android', 'windows', 'macos', 'linux', 'chromeos', 'harmonyos', 'other'] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];
export const BROWSERS = [
  'chrome', 'safari', 'firefox', 'edge', 'opera', 'samsung', 'yandex', 'uc', 'ie', 'in-app', 'other',
] as const;
export type Browser = (typeof BROWSERS)[number];

/** What a condition can know about a visitor; `null` means unknown. Built from a request by `visitorFrom`. */
export interface Visitor {
  /** ISO 3166-1 alpha-2, upper case */
  country: string | null;
  /** ISO 3166-2, upper case, e.g. "US-CA" */
  region: string | null;
  /** primary language subtags, lower case, most preferred first, no duplicates, none the visitor refused (q=0) */
  languages: readonly string[];
  device: Device | null;
  os: OperatingSystem | null;
  browser: Browser | null;
  isBot: boolean;
  /** the first value of each query parameter */
  query: Readonly<Record<string, string>>;
}

export const MAX_DEPTH = 8;
const MAX_CHILDREN = 50;
const MAX_LIST = 300;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

const RegionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: 'Use an ISO 3166-2 subdivision code such as "US-CA" or "FR-IDF".' })
  .refine((code) => isCountryCode(code.slice(0, 2)), {
    error: (issue) => `"${String(issue.input)}" does not start with a known ISO 3166-1 country code.`,
  });

const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((code, ctx) => {
    const primary = code.split(/[-_]/)[0] ?? '';
    if (code !== primary && /^[a-z]{2,3}$/.test(primary)) {
      ctx.addIssue({ code: 'custom', message: `Use the primary language subtag "${primary}": languages match on it alone.` });
    } else if (!/^[a-z]{2,3}$/.test(code) || languageNames.of(code) === undefined) {
      const message = `Unknown language code "${code}": use an ISO 639 code such as "en", "fr" or "pt".`;
      ctx.addIssue({ code: 'custom', message });
    }
  });

function enumOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => `Unknown ${what} ${JSON.stringify(issue.input)}: use one of ${values.join(', ')}.`,
  });
}

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1, { error: `List at least one ${what}.` }).max(MAX_LIST).optional();
const inXorNotIn = (m: { in?: unknown; notIn?: unknown }) => (m.in === undefined) !== (m.notIn === undefined);
const inXorNotInError = (what: string) => ({ error: `Give either "in" or "notIn" (not both), with a list of ${what}s.` });

/** `{ in: [...] }` or `{ notIn: [...] }`, never both or neither. */
function listMatch<T extends z.ZodType>(item: T, what: string) {
  return z.strictObject({ in: listOf(item, what), notIn: listOf(item, what) }).refine(inXorNotIn, inXorNotInError(what));
}

const LanguageMatch = z
  .strictObject({
    in: listOf(LanguageCode, 'language code'),
    notIn: listOf(LanguageCode, 'language code'),
    top: z.int().min(1).max(10, { error: 'Look at most at the 10 most preferred languages.' }).optional(),
  })
  .refine(inXorNotIn, inXorNotInError('language code'));

const weekdays = 'Days are ISO weekdays: 1 = Monday … 7 = Sunday.';
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the time as HH:MM on a 24-hour clock, e.g. "17:30".' });
const LocalTime = z
  .strictObject({
    from: time,
    to: z.union([time, z.literal('24:00')], { error: 'Write the time as HH:MM on a 24-hour clock, e.g. "22:00" or "24:00".' }),
    days: z
      .array(z.int().min(1, { error: weekdays }).max(7, { error: weekdays }))
      .min(1, { error: 'List at least one day, or leave "days" out for every day.' })
      .refine((days) => new Set(days).size === days.length, { error: 'A day is listed twice.' })
      .optional(),
  })
  .refine((w) => w.from !== w.to, {
    error: 'The window is empty: "from" equals "to". Use "00:00" to "24:00" for a whole day.',
    path: ['to'],
  });

const Query = z
  .strictObject({
    param: z.string().min(1, { error: 'Name the query parameter.' }).max(200),
    equals: z.string().max(2000).optional(),
    oneOf: z.array(z.string().max(2000)).min(1).max(MAX_LIST).optional(),
    present: z.boolean().optional(),
  })
  .refine((q) => [q.equals, q.oneOf, q.present].filter((x) => x !== undefined).length === 1, {
    error: 'Give exactly one of "equals", "oneOf" or "present".',
  });

/** Facebook's bounds for organic targeting (13 to 65, where 65 means "65 and over"); LinkedIn has no age facet. */
export const AGE_MIN = 13;
export const AGE_MAX = 65;
export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];
export const MAX_INTERESTS = 20;
/** The demographic leaves: what a network can be told about whom to show a post to, never known of a visitor. */
export const DEMOGRAPHIC_KINDS = ['ageMin', 'ageMax', 'genders', 'interests'] as const;

const ageBounds = `an age from ${AGE_MIN} to ${AGE_MAX} (${AGE_MAX} means ${AGE_MAX} and over)`;
const Age = z
  .number({ error: `Give ${ageBounds}.` })
  .int({ error: `Give a whole number: ${ageBounds}.` })
  .min(AGE_MIN, { error: `Networks do not target people under ${AGE_MIN}: give ${ageBounds}.` })
  .max(AGE_MAX, { error: `Give ${ageBounds}.` });
const Genders = z
  .array(enumOf(GENDERS, 'gender'))
  .min(1, { error: 'List at least one gender (female, male), or leave the condition out for everyone.' })
  .refine((list) => new Set(list).size === list.length, { error: 'A gender is listed twice.' });
const Interest = z
  .string()
  .trim()
  .min(1, { error: 'An interest cannot be empty.' })
  .max(100, { error: 'Keep an interest under 100 characters.' });
const Interests = z
  .array(Interest)
  .min(1, { error: 'List at least one interest, or leave the condition out.' })
  .max(MAX_INTERESTS, { error: `List at most ${MAX_INTERESTS} interests.` });

const climate = enumOf(CLIMATES, 'climate');
const ClimateCondition = z.union([climate, z.strictObject({ in: z.array(climate).min(1) })], {
  error: 'Use "hot", "cold" or "mild", or { "in": [...] } with several of them.',
});

export type ListMatch<T> = { in?: T[] | undefined; notIn?: T[] | undefined };
export type LocalTimeWindow = z.infer<typeof LocalTime>;
export type QueryMatch = z.infer<typeof Query>;

export type Condition =
  | { country: ListMatch<string> }
  | { region: ListMatch<string> }
  | { language: ListMatch<string> & { top?: number | undefined } }
  | { device: ListMatch<Device> }
  | { os: ListMatch<OperatingSystem> }
  | { browser: ListMatch<Browser> }
  | { climate: Climate | { in: Climate[] } }
  | { localTime: LocalTimeWindow }
  | { query: QueryMatch }
  | { ageMin: number }
  | { ageMax: number }
  | { genders: Gender[] }
  | { interests: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const CONDITION_KINDS = [
  'country', 'region', 'language', 'device', 'os', 'browser', 'climate', 'localTime', 'query',
  ...DEMOGRAPHIC_KINDS, 'all', 'any', 'not',
] as const;

const TOO_DEEP = `Conditions nest at most ${MAX_DEPTH} levels deep; flatten this one.`;
const CONDITION_SHAPE = `A condition is an object with exactly one of the keys ${CONDITION_KINDS.join(', ')}`;

function keyCountMessage(keys: string[]): string {
  if (keys.length === 0) return `${CONDITION_SHAPE}; this one is empty.`;
  const wrap = 'wrap them in { "all": [...] } or { "any": [...] }';
  return `${CONDITION_SHAPE}; this one has ${keys.length} (${keys.join(', ')}): ${wrap}.`;
}

function depthOf(node: unknown, limit: number): number {
  if (typeof node !== 'object' || node === null || limit <= 0) return 0;
  const value = Object.values(node)[0];
  const isList = 'all' in node || 'any' in node;
  const children: unknown[] = isList ? (Array.isArray(value) ? value : []) : 'not' in node ? [value] : [];
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child, limit - 1));
  return 1 + deepest;
}

const children = z
  .array(z.lazy(() => ConditionNode))
  .min(1, { error: 'List at least one condition.' })
  .max(MAX_CHILDREN, { error: `At most ${MAX_CHILDREN} conditions in one list.` });

/*
 * One object schema with every kind as an optional key, plus "exactly one key", rather than a z.union of one-key
 * objects: a union reports most mistakes as a bare "Invalid input" at the root, while this reports each at its path.
 */
const ConditionObject = z
  .strictObject(
    {
      country: listMatch(CountryCode, 'country code').optional(),
      region: listMatch(RegionCode, 'region code').optional(),
      language: LanguageMatch.optional(),
      device: listMatch(enumOf(DEVICES, 'device'), 'device').optional(),
      os: listMatch(enumOf(OPERATING_SYSTEMS, 'operating system'), 'operating system').optional(),
      browser: listMatch(enumOf(BROWSERS, 'browser'), 'browser').optional(),
      climate: ClimateCondition.optional(),
      localTime: LocalTime.optional(),
      query: Query.optional(),
      ageMin: Age.optional(),
      ageMax: Age.optional(),
      genders: Genders.optional(),
      interests: Interests.optional(),
      all: children.optional(),
      any: children.optional(),
      not: z.lazy(() => ConditionNode).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${CONDITION_SHAPE}; "${issue.keys[0]}" is not one of them.`
          : issue.code === 'invalid_type'
            ? `${CONDITION_SHAPE}.`
            : undefined,
    },
  )
  .check((payload) => {
    const node = payload.value;
    const fail = (message: string) => payload.issues.push({ code: 'custom', message, input: node, continue: true });
    // An unknown key was already reported; "empty" on top of it would only confuse.
    if (payload.issues.some((issue) => issue.code === 'unrecognized_keys' && !issue.path?.length)) return;
    const keys = Object.keys(node).filter((k) => node[k as keyof typeof node] !== undefined);
    if (keys.length !== 1) fail(keyCountMessage(keys));
    else if (depthOf(node, MAX_DEPTH + 1) > MAX_DEPTH) fail(TOO_DEEP);
  })
  .meta({ minProperties: 1, maxProperties: 1 });

// The object type has every key optional; the refinement above admits exactly one, which is the `Condition` union.
const ConditionNode: z.ZodType<Condition> = ConditionObject as z.ZodType<Condition>;

type Path = Array<string | number>;
const isDemographic = (key: string) => (DEMOGRAPHIC_KINDS as readonly string[]).includes(key);
const onlyKeyOf = (node: object) => Object.keys(node)[0] ?? '';

/** Demographic leaves anywhere under `node`, which is not the root nor a direct child of the top-level `all`. */
function misplacedDemographics(node: Condition, path: Path, out: Array<{ path: Path; message: string }>): void {
  const key = onlyKeyOf(node);
  if (isDemographic(key)) {
    const where = 'put it alone or directly in the top-level { "all": [...] }, not under "any", "not" or a nested "all"';
    out.push({ path: [...path, key], message: `"${key}" says whom a network shows a post to, not what a visitor is: ${where}.` });
  } else if ('all' in node || 'any' in node) {
    const list = 'all' in node ? node.all : node.any;
    list.forEach((child, i) => misplacedDemographics(child, [...path, key, i], out));
  } else if ('not' in node) {
    misplacedDemographics(node.not, [...path, 'not'], out);
  }
}

/** Where the demographic leaves stand, and whether they agree with each other (see the header comment). */
function demographicIssues(root: Condition): Array<{ path: Path; message: string }> {
  const issues: Array<{ path: Path; message: string }> = [];
  const top: Array<{ node: Condition; path: Path }> = 'all' in root ? root.all.map((node, i) => ({ node, path: ['all', i] })) : [{ node: root, path: [] }];
  const seen = new Map<string, { node: Condition; path: Path }>();
  for (const entry of top) {
    const key = onlyKeyOf(entry.node);
    if (!isDemographic(key)) misplacedDemographics(entry.node, entry.path, issues);
    else if (seen.has(key)) issues.push({ path: [...entry.path, key], message: `"${key}" is given twice; keep one.` });
    else seen.set(key, entry);
  }
  const min = seen.get('ageMin');
  const max = seen.get('ageMax');
  if (min && max && 'ageMin' in min.node && 'ageMax' in max.node && min.node.ageMin > max.node.ageMax) {
    const message = `The youngest age (ageMin ${min.node.ageMin}) is above the oldest (ageMax ${max.node.ageMax}): lower one or raise the other.`;
    issues.push({ path: [...max.path, 'ageMax'], message });
  }
  return issues;
}

/**
 * The zod schema of a condition; parse stored or submitted JSON with it. Issues carry the path to the fault, e.g.
 * `Condition.parse({ all: [{ country: { in: ['UK'] } }] })` fails at `all.0.country.in.0` with
 * `"UK" is not an ISO 3166-1 country code: use "GB".`
 */
export const Condition: z.ZodType<Condition> = ConditionNode.check((payload) => {
  // Only a well-formed tree is read for placement; the shape's own issues come first.
  if (payload.issues.length > 0) return;
  for (const issue of demographicIssues(payload.value)) {
    payload.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: payload.value, continue: true });
  }
});

/** One issue of a rejected condition, ready for an API error: where (`all.0.country.in.0`) and what to do. */
export interface ConditionIssue {
  path: string;
  message: string;
}

/**
 * Validates `input` as a condition. Example:
 * `parseCondition({ climate: 'hot' })` → `{ ok: true, condition: { climate: 'hot' } }`.
 */
export function parseCondition(
  input: unknown,
): { ok: true; condition: Condition } | { ok: false; issues: ConditionIssue[] } {
  // Checked before zod walks the tree, so absurdly deep input is refused without deep recursion.
  if (depthOf(input, MAX_DEPTH + 1) > MAX_DEPTH) {
    return { ok: false, issues: [{ path: '', message: TOO_DEEP }] };
  }
  const result = Condition.safeParse(input);
  if (result.success) return { ok: true, condition: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}

