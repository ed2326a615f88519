/**
 * The audience-rule builder's model: each rule is edited as a simple condition (one kind, its values) plus the URL,
 * and turned into the server's condition language (`{ country: { in: [...] } }`, `{ climate: 'hot' }`, …) when sent.
 * Conditions the builder cannot show (combinators `all`/`any`/`not`, `notIn`, OS, …) stay as JSON (`custom`), edited
 * in the "advanced" box.
 *
 * @example
 *   const drafts = rules.map(fromRule);           // a link's rules → editable drafts
 *   const sent = drafts.map(toRule);              // drafts → `[{ when, url }]` for the API
 */
import type { LinkRule } from '../../api';

export const RULE_KINDS = ['country', 'language', 'device', 'climate', 'localTime', 'query'] as const;
export type RuleKind = (typeof RULE_KINDS)[number] | 'custom';
export const DEVICE_CHOICES = ['mobile', 'tablet', 'desktop'] as const;
export const CLIMATE_CHOICES = ['hot', 'mild', 'cold'] as const;

export interface RuleDraft {
  /** Stable React key; never sent. */
  key: string;
  kind: RuleKind;
  /** Country or language codes as typed, separated by commas or spaces. */
  list: string;
  devices: string[];
  climates: string[];
  from: string;
  to: string;
  param: string;
  equals: string;
  /** The condition as it is, for kind `custom`. */
  custom: unknown;
  url: string;
}

let counter = 0;
const nextKey = () => `rule-${++counter}`;

export function emptyRule(kind: RuleKind = 'country'): RuleDraft {
  return { key: nextKey(), kind, list: '', devices: [], climates: [], from: '09:00', to: '17:00', param: '', equals: '', custom: {}, url: '' };
}

const splitList = (text: string) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKey = (v: Record<string, unknown>) => (Object.keys(v).length === 1 ? Object.keys(v)[0]! : null);
const stringList = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

/** The condition a draft stands for. Empty lists are sent as they are, so the server names what is missing. */
export function toCondition(d: RuleDraft): unknown {
  switch (d.kind) {
    case 'country':
      return { country: { in: splitList(d.list).map((c) => c.toUpperCase()) } };
    case 'language':
      return { language: { in: splitList(d.list).map((c) => c.toLowerCase()) } };
    case 'device':
      return { device: { in: d.devices } };
    case 'climate':
      return d.climates.length === 1 ? { climate: d.climates[0] } : { climate: { in: d.climates } };
    case 'localTime':
      return { localTime: { from: d.from, to: d.to } };
    case 'query':
      return { query: { param: d.param.trim(), equals: d.equals } };
    case 'custom':
      return d.custom;
  }
}

export const toRule = (d: RuleDraft): LinkRule => ({ when: toCondition(d), url: d.url.trim() });

/** A condition back into a draft: a simple kind when the builder can show it exactly, else `custom`. */
export function fromRule(rule: LinkRule): RuleDraft {
  const d: RuleDraft = { ...emptyRule(), url: typeof rule.url === 'string' ? rule.url : '' };
  const when = rule.when;
  const custom = { ...d, kind: 'custom' as const, custom: when };
  if (!isObject(when)) return custom;
  const kind = onlyKey(when);
  const value = when[kind ?? ''];
  const inList = (v: unknown) => (isObject(v) && onlyKey(v) === 'in' ? stringList(v.in) : null);
  switch (kind) {
    case 'country':
    case 'language': {
      const list = inList(value);
      return list ? { ...d, kind, list: list.join(', ') } : custom;
    }
    case 'device': {
      const list = inList(value);
      return list && list.every((x) => (DEVICE_CHOICES as readonly string[]).includes(x)) ? { ...d, kind, devices: list } : custom;
    }
    case 'climate': {
      const list = typeof value === 'string' ? [value] : inList(value);
      return list && list.every((x) => (CLIMATE_CHOICES as readonly string[]).includes(x)) ? { ...d, kind, climates: list } : custom;
    }
    case 'localTime':
      if (isObject(value) && typeof value.from === 'string' && typeof value.to === 'string' && value.days === undefined) {
        return { ...d, kind, from: value.from, to: value.to };
      }
      return custom;
    case 'query':
      if (isObject(value) && typeof value.param === 'string' && typeof value.equals === 'string' && Object.keys(value).length === 2) {
        return { ...d, kind, param: value.param, equals: value.equals };
      }
      return custom;
    default:
      return custom;
  }
}

/**
 * Reads the advanced box: a JSON list of `{ when, url }`. Returns the rules, or the reason it cannot (`error` is an
 * i18n key, `detail` the parser's words).
 */
export function parseRulesJson(text: string): { rules: LinkRule[] } | { error: string; detail?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.trim() === '' ? '[]' : text);
  } catch (e) {
    return { error: 'links.rules.jsonInvalid', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!Array.isArray(data) || !data.every((r) => isObject(r) && 'when' in r && typeof r.url === 'string')) {
    return { error: 'links.rules.jsonShape' };
  }
  return { rules: data as LinkRule[] };
}

/**
 * Where an API error about rules belongs: `rules[1].when.country.in.0` → rule 1's condition, `rules[0].url` → rule
 * 0's URL; null when the field names no rule.
 */
export function ruleErrorPlace(field: string | undefined): { index: number; part: 'when' | 'url' } | null {
  // Service errors write `rules[1].url`, request validation `rules.1.url`.
  const m = field?.match(/^rules(?:\[(\d+)\]|\.(\d+))(?:\.(when|url))?/);
  if (!m) return null;
  return { index: Number(m[1] ?? m[2]), part: m[3] === 'url' ? 'url' : 'when' };
}
