/**
 * The fake X's reading of a recent-search query (docs.x.com/x-api/posts/search/integrate/build-a-query): keywords
 * (whole words, case-insensitive), "exact phrases", #hashtags, @mentions, `from:`, `conversation_id:`, `lang:`,
 * `is:retweet`, AND by spaces, `OR`, parentheses and `-` negation. Refused as X refuses them: an unknown operator, an
 * unbalanced parenthesis or quote, a query made only of negations or conjunction-required operators (`lang:`, `is:`),
 * a negated group.
 */
import type { Tweet, User } from './model.js';

export type Matcher = (tweet: Tweet, author: User | undefined) => boolean;

/** The query as a predicate, or the reason X would answer 400. */
export function parseSearchQuery(query: string): Matcher | { error: string } {
  const tokens = query.match(/-?"[^"]*"|[()]|[^\s()]+/g) ?? [];
  if ((query.match(/"/g)?.length ?? 0) % 2 === 1) return { error: 'Unbalanced quotes in the query' };
  let at = 0;
  let standalone = false;

  const atom = (token: string): Matcher | string => {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (token.startsWith('"')) {
      const phrase = token.slice(1, -1).toLowerCase();
      standalone = true;
      return (t) => t.sourceText.toLowerCase().includes(phrase);
    }
    const operator = /^([a-z_]+):(.+)$/.exec(token);
    if (operator) {
      const [, name, value] = operator as unknown as [string, string, string];
      switch (name) {
        case 'from':
          standalone = true;
          return (t, a) => t.authorId === value || a?.username.toLowerCase() === value.toLowerCase();
        case 'conversation_id':
          standalone = true;
          return (t) => t.conversationId === value;
        case 'lang':
          return (t) => (t.lang ?? 'en') === value;
        case 'is':
          if (value !== 'retweet' && value !== 'reply' && value !== 'quote') return `Unknown is: value ${value}`;
          // The fake has no retweets; replies and quotes are what the post says.
          return (t) => (value === 'reply' ? !!t.replyTo : value === 'quote' ? !!t.quoteOf : false);
        default:
          return `There were errors processing your request: Reference to invalid operator '${name}'.`;
      }
    }
    standalone = true;
    const word = new RegExp(`(^|[^\\p{L}\\p{N}_#@])${escape(token)}(?![\\p{L}\\p{N}_])`, 'iu');
    return (t) => word.test(t.sourceText);
  };

  const or = (): Matcher | string => {
    const alternatives: Matcher[] = [];
    for (;;) {
      const all = and();
      if (typeof all === 'string') return all;
      alternatives.push(all);
      if (tokens[at] !== 'OR') return (t, a) => alternatives.some((m) => m(t, a));
      at++;
    }
  };

  const and = (): Matcher | string => {
    const parts: Matcher[] = [];
    while (at < tokens.length && tokens[at] !== ')' && tokens[at] !== 'OR') {
      let token = tokens[at++]!;
      const negated = token.startsWith('-') && token.length > 1;
      if (negated) token = token.slice(1);
      let matcher: Matcher | string;
      if (token === '(') {
        if (negated) return 'Negating a group of operators is not supported.';
        matcher = or();
        if (tokens[at++] !== ')') return 'Unbalanced parentheses in the query';
      } else if (token === '-(') {
        return 'Negating a group of operators is not supported.';
      } else {
        const before = standalone;
        matcher = atom(token);
        // A negated term never makes a query standalone.
        if (negated) standalone = before;
      }
      if (typeof matcher === 'string') return matcher;
      const m = matcher;
      parts.push(negated ? (t, a) => !m(t, a) : m);
    }
    if (parts.length === 0) return 'There were errors processing your request: empty group or operator.';
    return (t, a) => parts.every((m) => m(t, a));
  };

  const matcher = or();
  if (typeof matcher === 'string') return { error: matcher };
  if (at < tokens.length) return { error: 'Unbalanced parentheses in the query' };
  if (!standalone) return { error: 'There were errors processing your request: Rules must contain a non-negation term, and at least one standalone operator.' };
  return matcher;
}
