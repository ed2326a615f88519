/** Shared HTTP types and schemas for route files. */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Every route file exports one of these as default. */
export type RouteModule = (app: App, ctx: AppContext) => void;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe("The error's specifics as values (a limit, a count, a network), for writing the message in another language"),
    details: z.unknown().optional(),
  }),
});

/** The error responses every authenticated workspace route can give. */
export const workspaceErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
} as const;

export const WorkspaceParams = z.object({ ws: z.string().describe('Workspace id') });
export const Role = z.enum(['owner', 'admin', 'editor', 'contributor', 'viewer']);
export const IsoDate = z.iso.datetime({ offset: true });

/**
 * The page size of a list endpoint (`?limit=`): a whole number from 1 to `max`, `fallback` when absent. The cursor
 * that goes with it differs by list (a date, an id), so each list declares its own.
 *
 * @example
 *   const Query = z.object({ tag: z.string().optional(), limit: pageLimit(500, 100) });
 */
export function pageLimit(max: number, fallback: number) {
  return z.coerce.number().int().min(1).max(max).default(fallback).describe(`How many to answer at most (1 to ${max})`);
}

/**
 * The one rule for text Chorus takes in: no NUL character and no lone UTF-16 surrogate. PostgreSQL refuses both
 * (NUL in text columns; `\u0000` and unpaired `\ud800` escapes in jsonb), so such a value would otherwise get as
 * far as the database and fail there as a 500. A paired surrogate (an emoji) is fine.
 *
 * The rule is applied in two places, both through `unsafeTextAt`: the server checks every request's params,
 * query string, headers and parsed body with it before any schema or handler sees them (so a new route cannot
 * forget it), and `Text` applies it to strings parsed by hand (multipart fields, webhook bodies, form posts).
 *
 * @example
 *   unsafeTextAt({ variants: [{ text: 'a\u0000b' }] }); // → 'variants.0.text'
 *   Text.max(200).parse('\ud800'); // throws
 */
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE = 'contains a NUL character or a broken Unicode character (a lone surrogate); remove it and try again';

export function isSafeText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/**
 * The dotted path (`variants.0.text`, `''` for the value itself) of the first string or object key in `value` that
 * breaks the rule, or null. Walks iteratively: a body nested 10,000 levels deep must not overflow the stack here.
 */
export function unsafeTextAt(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (!isSafeText(node)) return path;
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      // Children pushed last-first, so the first bad field in reading order is the one reported.
      for (const [key, child] of Object.entries(node).reverse()) {
        const childPath = path ? `${path}.${key}` : key;
        // A bad key is named with U+FFFD in place of the bad characters, so the answer itself stays clean text.
        if (!isSafeText(key)) return childPath.replace(new RegExp(UNSAFE_TEXT.source, 'g'), '\ufffd');
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

/** A string that follows the rule above; use it wherever a string is parsed outside the route schemas. */
export const Text = z.string().refine(isSafeText, { message: `Text ${UNSAFE_TEXT_MESSAGE}` });

/** How deep `value` nests (a scalar is 0), counted without recursion so any depth can be measured. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: node, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push({ value: child, depth: depth + 1 });
  }
  return deepest;
}
