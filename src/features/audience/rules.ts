/**
 * Ordered audience rules: `[{ when, url }, ...]`, the first rule whose condition matches the visitor wins. Short
 * links use it to pick a destination; the link's own URL is the fallback when nothing matches.
 */
import type { Condition, Visitor } from './conditions.js';
import { compile, evaluate, type EvaluateOptions } from './evaluate.js';

export interface AudienceRule {
  when: Condition;
  url: string;
}

/**
 * The URL of the first rule that matches, or null. Example:
 * `firstMatch([{ when: { climate: 'hot' }, url: A }, { when: { climate: 'cold' }, url: B }], visitor, now)`
 * is A for a visitor from Brazil in January and B for one from Canada.
 */
export function firstMatch(
  rules: readonly AudienceRule[],
  visitor: Visitor,
  now: Date | number,
  options?: EvaluateOptions,
): string | null {
  for (const rule of rules) if (evaluate(rule.when, visitor, now, options)) return rule.url;
  return null;
}

/** `firstMatch` compiled once for a rule list (keep it with the cached link): `(visitor, now) => url | null`. */
export function compileRules(
  rules: readonly AudienceRule[],
  options?: EvaluateOptions,
): (visitor: Visitor, now: Date | number) => string | null {
  const compiled = rules.map((rule) => ({ matches: compile(rule.when, options), url: rule.url }));
  return (visitor, now) => {
    for (const rule of compiled) if (rule.matches(visitor, now)) return rule.url;
    return null;
  };
}
