/**
 * Bad input for every operation of an OpenAPI document, for the test that sends it all (openapi-fuzz.test.ts).
 * From each operation's schemas it builds a plausible request, then spoils it one way at a time: each field in turn
 * (NUL, lone surrogate, 1 MB, huge numbers, wrong type, deep nesting), each path and query parameter in turn, and
 * the body as a whole (missing, empty, malformed, wrong content type, truncated multipart, extra fields, too large).
 *
 * @example
 *   for (const op of listOperations(document, app.chorusRoutes)) for (const attempt of badInputs(op, ids)) ...
 */
import type { RouteInfo } from './server.js';

type Schema = Record<string, unknown>;

export interface Operation {
  method: string;
  /** Path with `{name}` parameters. */
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  body: Schema | null;
}

export interface Attempt {
  method: string;
  url: string;
  kind: string;
  headers: Record<string, string>;
  payload?: string;
}

const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'];

/** The document's operations, plus the routes it hides (short links, bio pages, the static files) with no schema. */
export function listOperations(document: { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } }, routes: RouteInfo[]): Operation[] {
  const refs = document.components?.schemas ?? {};
  const resolve = (schema: unknown): Schema => {
    let s = (schema ?? {}) as Schema;
    for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) s = refs[String(s.$ref).split('/').pop()!] ?? {};
    return typeof s === 'object' ? s : {};
  };
  const operations: Operation[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method)) continue;
      const parameters = (raw.parameters ?? []) as { in: string; name: string; schema?: unknown }[];
      const content = (raw.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content ?? {};
      const json = content['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query' && typeof p.schema === 'object').map((p) => ({ name: p.name, schema: resolve(p.schema) })),
        body: json ? deref(resolve(json), resolve) : null,
      });
      seen.add(`${method.toUpperCase()} ${path}`);
    }
  }
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{*}');
    if (seen.has(`${route.method} ${path}`)) continue;
    seen.add(`${route.method} ${path}`);
    operations.push({ method: route.method, path, pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!), query: [], body: null });
  }
  return operations;
}

function deref(schema: Schema, resolve: (s: unknown) => Schema, depth = 0): Schema {
  if (depth > 20) return {};
  const out: Schema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, unknown>).map(([k, v]) => [k, deref(resolve(v), resolve, depth + 1)]));
  }
  if (schema.items) out.items = deref(resolve(schema.items), resolve, depth + 1);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as unknown[]).map((v) => deref(resolve(v), resolve, depth + 1));
  }
  return out;
}

/** A value the schema probably accepts, so the spoiled field is the only thing wrong. */
export function plausible(schema: Schema, ids: Record<string, string>, name = '', requiredOnly = false): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const options = (schema[key] as Schema[] | undefined)?.filter((o) => o.type !== 'null');
    if (options?.length) return plausible(options[0]!, ids, name);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const kept = Object.entries(properties).filter(([k]) => !requiredOnly || required.includes(k));
      return Object.fromEntries(kept.map(([k, v]) => [k, plausible(v, ids, k)]));
    }
    case 'array': {
      const item = plausible((schema.items ?? {}) as Schema, ids, name.replace(/s$/, ''));
      return Array.from({ length: Math.max(1, Number(schema.minItems ?? 1)) }, () => item);
    }
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? schema.exclusiveMinimum ?? 1) + (schema.exclusiveMinimum !== undefined ? 1 : 0);
    case 'boolean':
      return false;
    case 'string':
      return plausibleString(schema, ids, name);
    default:
      // Any JSON (z.unknown()): an object, so that nesting and odd keys are tried on it.
      return {};
  }
}

function plausibleString(schema: Schema, ids: Record<string, string>, name: string): string {
  const id = ids[name] ?? ids[`${name}Id`];
  if (id) return id;
  if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  if (schema.format === 'email' || /email/i.test(name)) return `fuzz-${Math.random().toString(36).slice(2)}@example.com`;
  if (schema.format === 'uri' || /url$/i.test(name)) return 'https://example.com/fuzz';
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  return 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
}

// Values JSON.stringify cannot write: a placeholder string is swapped for the raw text after serialising.
const RAW = '\u0001raw:';
const DEEP = 10_000;
const RAW_TEXT: Record<string, string> = {
  huge: '1e309',
  big: '18446744073709551616',
  deepArray: '['.repeat(DEEP) + ']'.repeat(DEEP),
  deepObject: '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
};
const MB = 'é'.repeat(512 * 1024);

/** How one field is spoiled, by the kind of value it holds (sending a string's spoilers to a number adds nothing). */
const FIELD_SPOILERS: Record<'string' | 'number' | 'container' | 'any', Record<string, (value: unknown) => unknown>> = {
  string: {
    nul: (v) => `${String(v)}\u0000b`,
    surrogate: (v) => `${String(v)}\ud800`,
    megabyte: () => MB,
  },
  number: {
    huge: () => `${RAW}huge`,
    uint64: () => `${RAW}big`,
    negative: () => -1,
    fraction: () => 0.5,
  },
  container: {
    deep: () => `${RAW}deepArray`,
    deepInside: () => ({ a: `${RAW}deepObject` }),
    badKey: () => ({ 'a\u0000b': 1, '\ud800': 1 }),
  },
  any: {
    wrongType: (v) => (typeof v === 'string' ? 12 : typeof v === 'number' ? 'x' : Array.isArray(v) ? { a: 1 } : typeof v === 'object' && v ? ['x'] : 'x'),
    nullValue: () => null,
  },
};

/**
 * Wrong types and nulls one field at a time only at the top level (where optional and nullable fields sit);
 * deeper down they are sent all at once (`everyField`), which a schema refuses just as well.
 */
function spoilersFor(value: unknown, depth: number): [string, (v: unknown) => unknown][] {
  const kind = typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : value !== null && typeof value === 'object' ? 'container' : null;
  return [...Object.entries(kind ? FIELD_SPOILERS[kind] : {}), ...(depth === 1 ? Object.entries(FIELD_SPOILERS.any) : [])];
}

/** `value` with every scalar replaced by `spoil(scalar)`. */
function everyField(value: unknown, spoil: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => everyField(v, spoil));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyField(v, spoil)]));
  return spoil(value);
}

function serialise(value: unknown): string {
  return JSON.stringify(value).replace(new RegExp(`"\\\\u0001raw:(\\w+)"`, 'g'), (_m, k: string) => RAW_TEXT[k]!);
}

/** Paths of every value in `value` (objects and arrays included), the root excluded. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...(prefix.length ? [prefix] : []), ...entries.flatMap(([k, v]) => fieldPaths(v, [...prefix, k]))];
}

function withField(root: unknown, path: (string | number)[], spoil: (v: unknown) => unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = spoil(node[last]);
  return copy;
}

const PARAM_SPOILERS: Record<string, string> = {
  notAnId: 'not-an-id',
  randomId: '',
  nul: 'a%00b',
  surrogate: '%ED%A0%80',
  encodedSurrogate: '%uD800',
  long: 'x'.repeat(200),
  dots: '..%2F..%2Fetc',
  huge: '1e309',
};

const QUERY_SPOILERS: Record<string, string> = {
  nul: 'a%00b',
  surrogate: '%ED%A0%80',
  long: 'x'.repeat(64 * 1024),
  huge: '1e309',
  uint64: '18446744073709551616',
  wrongType: 'not-a-value',
  empty: '',
  repeated: 'a&{name}=b',
  bracket: '[]',
};

const JSON_TYPE = { 'content-type': 'application/json' };

/** Every spoiled request for one operation: path parameters, query, then body. */
export function badInputs(op: Operation, fixtures: { ids: Record<string, string>; foreign: Record<string, string>; fallbackId: string }): Attempt[] {
  const attempts: Attempt[] = [];
  const idOf = (name: string, from: Record<string, string>) => from[name] ?? fixtures.fallbackId;
  const fill = (spoiled?: { name: string; value: string }) =>
    op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
      spoiled?.name === name ? spoiled.value : encodeURIComponent(idOf(name, fixtures.ids)));
  const query = op.query.map((q) => `${encodeURIComponent(q.name)}=${encodeURIComponent(String(plausible(q.schema, fixtures.ids, q.name)))}`);
  const url = (path: string, q = query) => (q.length ? `${path}?${q.join('&')}` : path);
  const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(op.method);
  const body = op.body ? plausible(op.body, fixtures.ids) : hasBody ? {} : undefined;
  const payload = body === undefined ? {} : { headers: JSON_TYPE, payload: serialise(body) };
  const add = (kind: string, u: string, extra: Partial<Attempt> = {}) =>
    attempts.push({ method: op.method, url: u, kind, headers: {}, ...payload, ...extra });

  add('plausible', url(fill()));
  for (const name of op.pathParams) {
    add(`path ${name}: foreign`, url(fill({ name, value: encodeURIComponent(idOf(name, fixtures.foreign)) })));
    for (const [kind, value] of Object.entries(PARAM_SPOILERS)) {
      add(`path ${name}: ${kind}`, url(fill({ name, value: value || fixtures.fallbackId })));
    }
  }
  for (const [i, q] of op.query.entries()) {
    for (const [kind, value] of Object.entries(QUERY_SPOILERS)) {
      const spoiled = [...query];
      spoiled[i] = `${encodeURIComponent(q.name)}=${value.replace('{name}', encodeURIComponent(q.name))}`;
      add(`query ${q.name}: ${kind}`, url(fill(), spoiled));
    }
  }
  add('unknown query', url(fill(), [...query, 'a%00b=%ED%A0%80', 'x[y][z]=1']));
  if (!hasBody) return attempts;

  const target = url(fill());
  // Each field is spoiled in a body of the required fields plus that one, so that another optional field the
  // handler refuses (a rule it cannot read, a password too short) does not stop the request before it matters.
  const required = op.body ? plausible(op.body, fixtures.ids, '', true) : {};
  for (const path of fieldPaths(body)) {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], body);
    const top = path[0]!;
    const base = body !== null && typeof body === 'object' && !Array.isArray(body) && typeof required === 'object'
      ? { ...(required as object), [top]: (body as Record<string | number, unknown>)[top] }
      : body;
    for (const [kind, spoil] of spoilersFor(value, path.length)) {
      add(`body ${path.join('.')}: ${kind}`, target, { payload: serialise(withField(base, path, spoil)) });
    }
  }
  const wholeBodies: Record<string, Partial<Attempt>> = {
    'no body': { headers: {}, payload: undefined },
    'every field the wrong type': { payload: serialise(everyField(body, FIELD_SPOILERS.any.wrongType!)) },
    'every field null': { payload: serialise(everyField(body, () => null)) },
    'empty JSON': { payload: '' },
    'malformed JSON': { payload: '{"a":' },
    'JSON null': { payload: 'null' },
    'JSON array': { payload: '[]' },
    'JSON string': { payload: '"a\\u0000b"' },
    'JSON huge number': { payload: '1e309' },
    'deep array': { payload: RAW_TEXT.deepArray },
    'deep object': { payload: RAW_TEXT.deepObject },
    'extra fields': { payload: serialise({ ...(body as object), extra: 'x', constructor: { prototype: { admin: true } } }) },
    'prototype key': { payload: '{"__proto__":{"admin":true}}' },
    'too large': { payload: JSON.stringify({ a: 'x'.repeat(3 * 1024 * 1024) }) },
    'text/plain': { headers: { 'content-type': 'text/plain' }, payload: 'a\u0000b' },
    'application/xml': { headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
    'bad charset': { headers: { 'content-type': 'application/json; charset=utf-7' }, payload: '{}' },
    'form fields': { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'password=a%00b&text=%ED%A0%80&name=x' },
    'multipart, NUL names': {
      headers: { 'content-type': 'multipart/form-data; boundary=X' },
      payload: '--X\r\nContent-Disposition: form-data; name="altText"\r\n\r\na\u0000b\ud800\r\n--X\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b\ud800.gif"\r\nContent-Type: image/gif\r\n\r\nGIF89a\x01\x00\x01\x00\x00\x00\x00;\r\n--X--\r\n',
    },
    'multipart, truncated': {
      headers: { 'content-type': 'multipart/form-data; boundary=X' },
      payload: '--X\r\nContent-Disposition: form-data; name="file"; filename="a.gif"\r\nContent-Type: image/gif\r\n\r\nGIF89a\x01\x00',
    },
    'multipart, no boundary': { headers: { 'content-type': 'multipart/form-data' }, payload: 'x' },
  };
  for (const [kind, extra] of Object.entries(wholeBodies)) add(kind, target, { headers: extra.headers ?? JSON_TYPE, payload: extra.payload });
  return attempts;
}

/** `{"error":{"code","message","field"?,"details"?}}` with nothing else. */
export function isErrorShape(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'error') return false;
  const error = (body as { error: unknown }).error as Record<string, unknown> | null;
  if (!error || typeof error !== 'object') return false;
  if (Object.keys(error).some((k) => !['code', 'message', 'field', 'params', 'details'].includes(k))) return false;
  return typeof error.code === 'string' && error.code !== '' && typeof error.message === 'string' && error.message !== '' && (error.field === undefined || typeof error.field === 'string');
}
