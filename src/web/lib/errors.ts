/**
 * Turns API errors into text for people, in their language: a known error code has a translation; otherwise the
 * server's own message (which names what to do) is shown as it is.
 */
import i18n from 'i18next';
import { ApiError } from '../api';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    // The server writes its messages in English with the specifics (which role, which limit); English readers get
    // them as they are, others get the translation of the code when there is one.
    const fromServer = error.status > 0 && error.message;
    if (fromServer && i18n.language.startsWith('en')) return error.message;
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    return error.message || i18n.t('errors.unknown');
  }
  return i18n.t('errors.unknown');
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
