/**
 * Keeps English and French in step: the same keys, no empty strings, the same {{placeholders}}, and every key the
 * code asks for present. Run: node --import tsx --test src/web/i18n/i18n.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = join(here, '..');

type Tree = { [key: string]: string | Tree };

function load(lng: string): Map<string, string> {
  const tree = JSON.parse(readFileSync(join(here, `${lng}.json`), 'utf8')) as Tree;
  const flat = new Map<string, string>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat.set(path, value);
      else walk(value, path);
    }
  };
  walk(tree, '');
  return flat;
}

const en = load('en');
const fr = load('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('English and French have exactly the same keys', () => {
  const onlyEn = [...en.keys()].filter((k) => !fr.has(k));
  const onlyFr = [...fr.keys()].filter((k) => !en.has(k));
  assert.deepEqual(onlyEn, [], 'keys missing in fr.json');
  assert.deepEqual(onlyFr, [], 'keys missing in en.json');
});

test('no translation is empty', () => {
  for (const [lng, map] of [['en', en], ['fr', fr]] as const) {
    const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => k);
    assert.deepEqual(empty, [], `empty values in ${lng}.json`);
  }
});

test('both languages use the same {{placeholders}} in each string', () => {
  const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
  for (const [key, value] of en) assert.deepEqual(names(fr.get(key) ?? ''), names(value), `placeholders differ for ${key}`);
});

test('every key the code uses literally exists', () => {
  const missing: string[] = [];
  for (const file of sourceFiles(webRoot)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
      // A plural is asked for by its base key and stored as key_one and key_other (i18next's plural suffixes).
      const key = match[1]!;
      if (!en.has(key) && !(en.has(`${key}_one`) && en.has(`${key}_other`))) missing.push(`${key} (${file.slice(webRoot.length + 1)})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every status, role, channel status and network the API names has a translation', () => {
  const families: Record<string, string[]> = {
    status: ['draft', 'pending_approval', 'scheduled', 'publishing', 'published', 'failed', 'cancelled', 'held'],
    roles: ['owner', 'admin', 'editor', 'contributor', 'viewer'],
    'channels.status': ['active', 'needs_reconnect', 'disabled'],
    networks: ['bluesky', 'mastodon'],
    'composer.mode': ['now', 'schedule', 'draft'],
    language: ['en', 'fr', 'label'],
  };
  for (const [prefix, names] of Object.entries(families)) {
    for (const name of names) assert.ok(en.has(`${prefix}.${name}`), `${prefix}.${name} is missing`);
  }
});
