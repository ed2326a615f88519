/**
 * Turns API errors into text for people, in their language, with the error's specifics: the server sends a stable
 * `code` and `params` (the field, the limit, the count, the network), and the sentence is written here from the
 * translation of that code. Without a translation the server's own English message is shown as it is.
 *
 * @example
 *   errorText(new ApiError(422, 'validation_failed', '…', 'text', undefined, { network: 'x', rule: 'too_long', max: 280, length: 301, others: 0 }));
 *   // fr: « Le texte fait 301 caractères ; X en autorise 280. »
 */
import i18n from 'i18next';
import { ApiError, type ErrorParams } from '../http';

/** The sentence to show for `error` (an ApiError, or anything thrown), in the current language. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.unknown');
  if (error.status === 0) return i18n.t('errors.network_error');
  const params = error.params ?? {};
  if (error.code === 'invalid_request' && typeof params['issue'] === 'string') return requestText(params);
  if (error.code === 'validation_failed' && typeof params['rule'] === 'string') {
    const sentence = violationSentence(params['rule'], params, error.message);
    const others = Number(params['others'] ?? 0);
    return others > 0 ? i18n.t('violationDetails.others', { sentence, others }) : sentence;
  }
  const key = `errors.${error.code}`;
  // With params the translation carries the specifics; without, the server's English names them (which role,
  // which limit) better than a translation of the code can, so English readers get it as it is.
  const english = i18n.language.startsWith('en');
  if (i18n.exists(key) && (error.params || !english || !error.message)) return i18n.t(key, localised(params, BYTES_BY_CODE[error.code]));
  return error.message || i18n.t('errors.unknown');
}

/** Codes and rules whose params are byte counts, shown as "8 MB" / "8 Mo". */
const BYTES_BY_CODE: Record<string, readonly string[]> = { file_too_large: ['max'] };
const BYTES_BY_RULE: Record<string, readonly string[]> = { image_too_large: ['max', 'size'], video_too_large: ['max', 'size'] };

/**
 * One network rule broken (`too_long`, `too_many_images`…), in the person's language with its numbers when the
 * server sent them; `englishMessage` is the server's own sentence, used when no better one exists.
 */
export function violationSentence(rule: string, params: ErrorParams, englishMessage: string): string {
  const detailed = `violationDetails.${rule}`;
  const hasNumbers = Object.keys(params).some((k) => !['network', 'rule', 'others'].includes(k));
  if (hasNumbers && i18n.exists(detailed)) return i18n.t(detailed, localised(params, BYTES_BY_RULE[rule]));
  if (i18n.language.startsWith('en') && englishMessage) return englishMessage;
  const generic = `violations.${rule}`;
  if (i18n.exists(generic)) return i18n.t(generic, localised(params));
  return englishMessage || i18n.t('errors.unknown');
}

/** A request a route's schema refused: which field, and what it must be. */
function requestText(params: ErrorParams): string {
  const issue = String(params['issue']);
  if (params['field'] === undefined) return i18n.t('errors.request.whole');
  const values: Record<string, string | number> = { ...localised(params) };
  if (params['expected'] !== undefined) values['expected'] = i18n.t(`errors.types.${String(params['expected'])}`, { defaultValue: i18n.t('errors.types.other') });
  if (params['format'] !== undefined) values['format'] = i18n.t(`errors.formats.${String(params['format'])}`, { defaultValue: i18n.t('errors.formats.other') });
  const key = `errors.request.${issue}`;
  return i18n.t(i18n.exists(key) ? key : 'errors.request.invalid', values);
}

/** Params as the person reads them: numbers grouped their way, sizes in MB, networks by their name. */
function localised(params: ErrorParams, byteKeys: readonly string[] = []): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const numbers = new Intl.NumberFormat(i18n.language);
  for (const [key, value] of Object.entries(params)) {
    if (key === 'network' && typeof value === 'string') out[key] = i18n.t(`networks.${value}`, { defaultValue: value });
    // A window's unit ("hours", "minutes") in the person's language, agreeing with its number.
    else if (key === 'unit' && typeof value === 'string') out[key] = i18n.t(`units.${value}`, { count: Number(params['window'] ?? 2), defaultValue: value });
    else if (typeof value === 'number' && byteKeys.includes(key)) out[key] = formatBytes(value);
    else out[key] = typeof value === 'number' ? numbers.format(value) : value;
  }
  return out;
}

/** Decimal units, as the networks write their limits (Bluesky's "2 MB" is 2,000,000 bytes). */
export function formatBytes(n: number): string {
  const [unit, size] = n >= 1_000_000 ? (['megabyte', n / 1_000_000] as const) : n >= 1_000 ? (['kilobyte', n / 1_000] as const) : (['byte', n] as const);
  return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: size < 10 ? 2 : 1 }).format(size);
}

/**
 * Splits an error between the form's fields: `byField[name]` goes under that field, `general` above the form when
 * the error names no field this form has.
 */
export function formErrors(
  error: unknown,
  fields: readonly string[],
  /** API field names this form shows under another name, e.g. `{ credentials: 'appPassword' }`. */
  aliases: Record<string, string> = {},
): { byField: Record<string, string>; general: string | null } {
  if (!error) return { byField: {}, general: null };
  const text = errorText(error);
  if (error instanceof ApiError && error.field) {
    const head = error.field.split(/[.[]/)[0] ?? error.field;
    const field = aliases[head] ?? head;
    if (fields.includes(field)) return { byField: { [field]: text }, general: null };
  }
  return { byField: {}, general: text };
}
