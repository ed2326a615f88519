/**
 * Audience-aware destinations: an ordered list of `{when, url}`; the first rule whose condition matches the visitor
 * wins, else the link's own URL. Conditions are the audience condition language (features/audience).
 */
import { invalid } from '../../core/errors.js';
import type { LinkRuleRow } from '../../db/schema.js';
import { checkDestination } from './destination.js';
import { parseCondition } from '../audience/index.js';

export const MAX_RULES = 50;

export function checkRules(rules: LinkRuleRow[], ownHosts: string[]): LinkRuleRow[] {
  if (rules.length > MAX_RULES) throw invalid('too_many_rules', `A link can have at most ${MAX_RULES} rules.`, 'rules');
  return rules.map((rule, i) => {
    const parsed = parseCondition(rule.when);
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      const field = `rules[${i}].when${first.path ? `.${first.path}` : ''}`;
      throw invalid('invalid_condition', `Rule ${i + 1}: ${first.message}`, field, { issues: parsed.issues });
    }
    return { when: parsed.condition, url: checkDestination(rule.url, ownHosts, `rules[${i}].url`) };
  });
}
