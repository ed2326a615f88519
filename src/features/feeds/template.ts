/**
 * A feed entry as a post's text: the feed's template with {{title}}, {{link}}, {{summary}} and {{author}} filled in,
 * then shortened until the network's own rules accept it. The link is never cut: the summary gives way first, then
 * the title, and only then the rest of the text (the link is then put back at its end).
 *
 * @example
 *   renderTemplate('{{title}} {{link}}', { title: 'Hello', link: 'https://a.test/1', summary: '', author: '' });
 *   // 'Hello https://a.test/1'
 */
import { graphemeLength } from '../../networks/text.js';

export const TEMPLATE_VARIABLES = ['title', 'link', 'summary', 'author'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string>;

export const DEFAULT_TEMPLATE = '{{title}} {{link}}';

const PLACEHOLDER = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;

/** The names in the template that are not variables (a typo would otherwise be posted as it is). */
export function unknownVariables(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name));
}

export function renderTemplate(template: string, values: TemplateValues): string {
  const text = template.replace(PLACEHOLDER, (_m, name: string) => values[name as TemplateVariable] ?? '');
  // An empty variable leaves doubled spaces or blank lines behind; tidy them so the post reads well.
  return text.replace(/[ \t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first `n` grapheme clusters of `text`, with an ellipsis when something was cut. */
function cut(text: string, n: number): string {
  if (graphemeLength(text) <= n) return text;
  if (n <= 0) return '';
  const parts = [...segmenter.segment(text)].slice(0, Math.max(0, n - 1)).map((s) => s.segment);
  return `${parts.join('').trimEnd()}…`;
}

/** The longest cut of `values[name]` for which `fits` accepts the text (binary search on its length). */
function shorten(template: string, values: TemplateValues, name: TemplateVariable, fits: (text: string) => boolean): TemplateValues | null {
  const full = values[name];
  let lo = 0;
  let hi = graphemeLength(full);
  if (!fits(renderTemplate(template, { ...values, [name]: '' }))) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(renderTemplate(template, { ...values, [name]: cut(full, mid) }))) lo = mid;
    else hi = mid - 1;
  }
  return { ...values, [name]: cut(full, lo) };
}

/**
 * The text for one network: the template filled in, shortened until `fits` (the network's length rules) accepts it,
 * with the link kept whole.
 */
export function fitText(template: string, values: TemplateValues, fits: (text: string) => boolean): string {
  const whole = renderTemplate(template, values);
  if (fits(whole)) return whole;
  let current = values;
  for (const name of ['summary', 'title', 'author'] as const) {
    const shorter = shorten(template, current, name, fits);
    if (shorter) return renderTemplate(template, shorter);
    current = { ...current, [name]: '' };
  }
  // The template's own words are too long: cut the text without the link, and put the link back at its end.
  const link = values.link;
  const rest = renderTemplate(template, { ...values, link: '' });
  const suffix = link ? ` ${link}` : '';
  let lo = 0;
  let hi = graphemeLength(rest);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${cut(rest, mid)}${suffix}`.trim())) lo = mid;
    else hi = mid - 1;
  }
  return `${cut(rest, lo)}${suffix}`.trim();
}
