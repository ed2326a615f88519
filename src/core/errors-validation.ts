/**
 * A request its route's zod schema refuses, as an `ApiError` a person can act on: one sentence naming the field and
 * what it must be, and `params` (`field`, `where`, `issue`, the limit) from which the web app writes the same
 * sentence in the person's language. Zod's own wording ("Invalid input: expected string, received undefined") is a
 * programmer's, so it is never shown; only messages Chorus wrote itself (a `refine`) are passed on.
 *
 * @example
 *   requestValidationError(error)?.toJSON();
 *   // { error: { code: 'invalid_request', message: '"name" in the request body must be at most 5 characters long.',
 *   //   field: 'name', params: { field: 'name', where: 'body', issue: 'too_long', max: 5 }, details: [...] } }
 */
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, type ErrorParams } from './errors.js';

/** One entry of the validation error fastify-type-provider-zod raises: a zod issue with its path as a JSON pointer. */
interface Refusal {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

const PLACES: Record<string, { where: string; phrase: string }> = {
  body: { where: 'body', phrase: 'the request body' },
  querystring: { where: 'query', phrase: 'the query string' },
  params: { where: 'path', phrase: 'the address' },
  headers: { where: 'headers', phrase: 'the headers' },
};

/** What a value must look like, by zod's format name, in the words of the sentence "… must be ___". */
const FORMATS: Record<string, string> = {
  email: 'a valid email address',
  url: 'a web address starting with http:// or https://',
  datetime: 'a date and time like 2026-01-31T09:00:00Z',
  date: 'a date like 2026-01-31',
  time: 'a time like 09:00',
  uuid: 'an id of the form 123e4567-e89b-12d3-a456-426614174000',
  regex: 'in the expected format',
};

/** The refusal as an ApiError, or null when `error` is not a schema refusal. */
export function requestValidationError(error: unknown): ApiError | null {
  if (!hasZodFastifySchemaValidationErrors(error)) return null;
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  const place = PLACES[context] ?? { where: context, phrase: `the ${context}` };
  const first = error.validation[0] as unknown as Refusal;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const keys = first.params['keys'];
  // An unknown key is reported on its parent; the field at fault is the key itself.
  const unknownKey = first.keyword === 'unrecognized_keys' && Array.isArray(keys) ? String(keys[0]) : undefined;
  const field = unknownKey ? (path ? `${path}.${unknownKey}` : unknownKey) : path || undefined;
  const problem = describe(first);
  const params: ErrorParams = { ...(field ? { field } : {}), where: place.where, issue: problem.issue, ...problem.params };
  const named = field ? `"${field}"` : 'A value';
  const message =
    problem.issue === 'required'
      ? `${named} is missing from ${place.phrase}.`
      : problem.issue === 'unknown_field'
        ? `${named} is not a field ${place.phrase} takes; remove it.`
        : `${field ? `${named} in ${place.phrase}` : capitalise(place.phrase)} ${problem.text}.`;
  return new ApiError(400, 'invalid_request', message, field, error.validation, params);
}

interface Problem {
  issue: string;
  params: ErrorParams;
  /** The end of the sentence "<field> in <place> ___." */
  text: string;
}

function describe(refusal: Refusal): Problem {
  const p = refusal.params;
  const origin = String(p['origin'] ?? '');
  const inclusive = p['inclusive'] !== false;
  switch (refusal.keyword) {
    case 'invalid_type': {
      const expected = String(p['expected'] ?? 'value');
      if (/received undefined$/.test(refusal.message)) return { issue: 'required', params: {}, text: 'is missing' };
      return { issue: 'wrong_type', params: { expected }, text: `must be ${article(expected)} ${expected}` };
    }
    case 'too_big':
      return bound('max', Number(p['maximum']), origin, inclusive);
    case 'too_small':
      if (origin === 'string' && Number(p['minimum']) === 1) return { issue: 'empty', params: {}, text: 'must not be empty' };
      return bound('min', Number(p['minimum']), origin, inclusive);
    case 'invalid_value': {
      const values = Array.isArray(p['values']) ? p['values'].map(String) : [];
      return { issue: 'not_allowed', params: { allowed: values.join(', ') }, text: `must be one of: ${values.join(', ')}` };
    }
    case 'invalid_format': {
      const format = String(p['format'] ?? 'regex');
      return { issue: 'format', params: { format }, text: `must be ${FORMATS[format] ?? `a valid ${format}`}` };
    }
    case 'unrecognized_keys':
      return { issue: 'unknown_field', params: {}, text: 'is not a known field' };
    case 'custom':
      // A refine's message is Chorus's own, written for people.
      return { issue: 'invalid', params: {}, text: `is not valid: ${refusal.message.replace(/\.$/, '')}` };
    default:
      return { issue: 'invalid', params: {}, text: 'is not valid' };
  }
}

/** A too_big or too_small: the issue name says what was counted (characters, items, or the number itself). */
function bound(side: 'max' | 'min', limit: number, origin: string, inclusive: boolean): Problem {
  const most = side === 'max' ? 'at most' : 'at least';
  if (origin === 'string') return { issue: side === 'max' ? 'too_long' : 'too_short', params: { [side]: limit }, text: `must be ${most} ${limit} characters long` };
  if (origin === 'array' || origin === 'set') return { issue: side === 'max' ? 'too_many' : 'too_few', params: { [side]: limit }, text: `must have ${most} ${limit} items` };
  if (!inclusive) {
    return side === 'max'
      ? { issue: 'below', params: { max: limit }, text: `must be less than ${limit}` }
      : { issue: 'above', params: { min: limit }, text: `must be more than ${limit}` };
  }
  return { issue: side === 'max' ? 'too_large' : 'too_small', params: { [side]: limit }, text: `must be ${most} ${limit}` };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
