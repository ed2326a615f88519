/**
 * Filling `{{variables}}`: pure functions, tested on their own. A name is `[a-z][a-z0-9_]*`; a variable has a value
 * per scope, and the most specific wins: values given with the request, then the segment's, the channel's, the
 * workspace's. Anything between double braces that is not such a name (`{{ Foo }}`, `{{}}`) is text, left as written.
 *
 * @example
 *   const values = valuesFor(rows, channelId, segmentId, { promo_code: 'SPRING' });
 *   fillText('Hello {{city}}! Code {{promo_code}}', values).text; // 'Hello Lyon! Code SPRING'
 */
export const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;
const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** A stored value and its scope: both ids null for the workspace's. */
export interface ScopedValue {
  channel_id: string | null;
  segment_id: string | null;
  name: string;
  value: string;
}

/** The names `text` uses, each once, in the order they first appear. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The values that apply on one channel (and segment): workspace, then channel, then segment, then `given` win. */
export function valuesFor(rows: ScopedValue[], channelId: string, segmentId: string | null, given: Record<string, string> = {}): Map<string, string> {
  const values = new Map<string, string>();
  const put = (keep: (r: ScopedValue) => boolean) => rows.filter(keep).forEach((r) => values.set(r.name, r.value));
  put((r) => r.channel_id === null && r.segment_id === null);
  put((r) => r.channel_id === channelId);
  if (segmentId) put((r) => r.segment_id === segmentId);
  for (const [name, value] of Object.entries(given)) values.set(name, value);
  return values;
}

/** `text` with each known variable replaced; `missing` names the ones without a value (left as written). */
export function fillText(text: string, values: ReadonlyMap<string, string>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  // A function replacer: a value holding "$&" or "$1" must come out as written, not as a replacement pattern.
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) missing.add(name);
    return value ?? whole;
  });
  return { text: filled, missing: [...missing] };
}

/** The channel's signature after a blank line; not twice when the text already ends with it. */
export function withSignature(text: string, signature: string | undefined): string {
  if (!signature) return text;
  const body = text.trimEnd();
  if (body.endsWith(signature.trim())) return text;
  return body === '' ? signature : `${body}\n\n${signature}`;
}
