/**
 * A segment's condition (the audience language of src/features/audience, `unknown` in the API) for people: a sentence
 * that says whom it is for, and the simple form that edits the common cases — countries, languages, climate now,
 * age, genders, interests — joined by "and". Anything else (`any`, `not`, `notIn`, local time…) has no simple form
 * and is edited as JSON; the server checks both the same way.
 *
 * @example
 *   summarize({ all: [{ climate: 'hot' }, { ageMin: 18 }] }, t, 'en');   // "where it is hot now · aged 18 and over"
 *   draftOf({ country: { in: ['FR', 'BE'] } })?.countries;              // "FR, BE"
 *   conditionOf({ ...emptyDraft(), climates: ['cold'] });                // { climate: 'cold' }
 */
import type { TFunction } from 'i18next';

export const CLIMATE_CHOICES = ['hot', 'mild', 'cold'] as const;
export const GENDER_CHOICES = ['female', 'male'] as const;
/** How many names a list shows before "and N more" (a continent has fifty countries). */
const SHOWN = 4;

export interface ConditionDraft {
  /** Two-letter country codes as typed, separated by commas or spaces. */
  countries: string;
  languages: string;
  climates: string[];
  ageMin: string;
  ageMax: string;
  genders: string[];
  /** Interests separated by commas (an interest may hold spaces). */
  interests: string;
}

/** The simple form's fields, in the order they are shown; also the names errors are placed under. */
export const DRAFT_FIELDS = ['countries', 'languages', 'climates', 'ageMin', 'ageMax', 'genders', 'interests'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export function emptyDraft(): ConditionDraft {
  return { countries: '', languages: '', climates: [], ageMin: '', ageMax: '', genders: [], interests: '' };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKey = (v: Json) => (Object.keys(v).length === 1 ? Object.keys(v)[0]! : null);
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);
const splitCodes = (text: string) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
const splitInterests = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
/** `{ in: [...] }` and nothing else (no `notIn`, no `top`), or null. */
const inList = (v: unknown) => (isObject(v) && onlyKey(v) === 'in' ? strings(v.in) : null);

/** One leaf into the draft; false when the form cannot show it exactly (or shows that kind already). */
function readLeaf(leaf: unknown, d: ConditionDraft, seen: Set<string>): boolean {
  if (!isObject(leaf)) return false;
  const key = onlyKey(leaf);
  if (!key || seen.has(key)) return false;
  seen.add(key);
  const value = leaf[key];
  switch (key) {
    case 'country':
    case 'language': {
      const list = inList(value);
      if (!list) return false;
      d[key === 'country' ? 'countries' : 'languages'] = list.join(', ');
      return true;
    }
    case 'climate': {
      const list = typeof value === 'string' ? [value] : inList(value);
      if (!list) return false;
      d.climates = list;
      return true;
    }
    case 'ageMin':
    case 'ageMax':
      if (typeof value !== 'number') return false;
      d[key] = String(value);
      return true;
    case 'genders':
      d.genders = strings(value) ?? [];
      return strings(value) !== null;
    case 'interests':
      d.interests = (strings(value) ?? []).join(', ');
      return strings(value) !== null;
    default:
      return false;
  }
}

/** The condition as the simple form, or null when only the JSON box can show it as it is. */
export function draftOf(when: unknown): ConditionDraft | null {
  const d = emptyDraft();
  const seen = new Set<string>();
  const leaves = isObject(when) && onlyKey(when) === 'all' && Array.isArray(when.all) ? when.all : [when];
  return leaves.every((leaf) => readLeaf(leaf, d, seen)) ? d : null;
}

/**
 * The condition the draft stands for: one leaf alone, several under `all`; null when nothing is filled in. Values are
 * sent as typed (an unknown code, an age of 7) so the server names what is wrong, at its path.
 */
export function conditionOf(d: ConditionDraft): unknown {
  const leaves: Json[] = [];
  const countries = splitCodes(d.countries).map((c) => c.toUpperCase());
  const languages = splitCodes(d.languages).map((c) => c.toLowerCase());
  if (countries.length > 0) leaves.push({ country: { in: countries } });
  if (languages.length > 0) leaves.push({ language: { in: languages } });
  if (d.climates.length > 0) leaves.push({ climate: d.climates.length === 1 ? d.climates[0] : { in: d.climates } });
  for (const key of ['ageMin', 'ageMax'] as const) {
    const text = d[key].trim();
    if (text) leaves.push({ [key]: Number(text) });
  }
  if (d.genders.length > 0) leaves.push({ genders: d.genders });
  const interests = splitInterests(d.interests);
  if (interests.length > 0) leaves.push({ interests });
  if (leaves.length === 0) return null;
  return leaves.length === 1 ? leaves[0] : { all: leaves };
}

/**
 * Which field of the simple form a server path points at (`when.all.2.country.in.0` → countries), or null when the
 * path is not one of them (then the error goes above the form).
 */
export function draftFieldOf(path: string): DraftField | null {
  const parts = path.split('.').filter((p) => p !== 'when');
  const rest = parts[0] === 'all' && /^\d+$/.test(parts[1] ?? '') ? parts.slice(2) : parts;
  const byKey: Record<string, DraftField> = {
    country: 'countries', language: 'languages', climate: 'climates', ageMin: 'ageMin', ageMax: 'ageMax', genders: 'genders', interests: 'interests',
  };
  return byKey[rest[0] ?? ''] ?? null;
}

/** 🇫🇷 for "FR": the two regional-indicator letters; anything that is not two letters is left as it is. */
export function flagOf(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A country's name in `language` ("Brésil"), or its code when the browser does not know it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "France, Brazil, Japan, Chile and 46 more" in the person's language. */
function names(list: string[], t: TFunction, language: string, name: (code: string) => string = (c) => c): string {
  if (list.length <= SHOWN) return new Intl.ListFormat(language, { type: 'conjunction' }).format(list.map(name));
  return t('segments.summary.more', { list: list.slice(0, SHOWN).map(name).join(', '), count: list.length - SHOWN });
}

function listLeaf(kind: string, value: unknown, t: TFunction, language: string): string {
  if (!isObject(value)) return JSON.stringify({ [kind]: value });
  const notIn = strings(value.notIn);
  const list = strings(value.in) ?? notIn ?? [];
  const name =
    kind === 'country' ? (c: string) => countryName(c, language) : kind === 'language' ? (c: string) => languageName(c, language) : undefined;
  const shown = names(list, t, language, name);
  return t(`segments.summary.${kind}${notIn ? 'Not' : ''}`, { list: shown, defaultValue: `${kind}: ${shown}` });
}

function leafText(key: string, value: unknown, t: TFunction, language: string): string {
  switch (key) {
    case 'country':
    case 'region':
    case 'language':
    case 'device':
    case 'os':
    case 'browser':
      return listLeaf(key, value, t, language);
    case 'climate': {
      const list = typeof value === 'string' ? [value] : (inList(value) ?? []);
      return t('segments.summary.climate', { list: names(list.map((c) => t(`segments.climates.${c}`, { defaultValue: c })), t, language) });
    }
    case 'localTime': {
      const w = isObject(value) ? value : {};
      return t('segments.summary.localTime', { from: String(w.from ?? ''), to: String(w.to ?? '') });
    }
    case 'query':
      return t('segments.summary.query', { param: isObject(value) ? String(value.param ?? '') : '' });
    case 'ageMin':
    case 'ageMax':
      return t(`segments.summary.${key}`, { age: Number(value) });
    case 'genders':
      return names((strings(value) ?? []).map((g) => t(`segments.genders.${g}`, { defaultValue: g })), t, language);
    case 'interests':
      return t('segments.summary.interests', { list: names(strings(value) ?? [], t, language) });
    default:
      return JSON.stringify({ [key]: value });
  }
}

/** Whom the condition is for, as a phrase: parts joined by " · " (and), "either … or …", "not …". */
export function summarize(when: unknown, t: TFunction, language: string, nested = false): string {
  if (!isObject(when)) return JSON.stringify(when) ?? '';
  const key = onlyKey(when);
  if (!key) return JSON.stringify(when);
  const value = when[key];
  if ((key === 'all' || key === 'any') && Array.isArray(value)) {
    const parts = value.map((c) => summarize(c, t, language, true));
    if (key === 'any') return t('segments.summary.any', { list: new Intl.ListFormat(language, { type: 'disjunction' }).format(parts) });
    return nested ? `(${parts.join(' · ')})` : parts.join(' · ');
  }
  if (key === 'not') return t('segments.summary.not', { condition: summarize(value, t, language, true) });
  return leafText(key, value, t, language);
}
