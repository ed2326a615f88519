#!/usr/bin/env node
// Runs node's test runner over the TypeScript tests (Node 20's --test does not take globs, so we list them).
// Usage: node scripts/test.mjs [--chromium] [folder-or-file ...]   (default: src; npm test adds scripts)
// Tests named *.chromium.test.ts need Debian's Chromium, so they are left out unless --chromium is given, which then
// picks only them (npm run test:e2e): `npm test` passes on a machine with nothing but Node and PostgreSQL.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const chromiumOnly = args.includes('--chromium');
const roots = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-') && a !== '--chromium');
const files = [];
function walk(path) {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (/\.test\.tsx?$/.test(path) && chromiumOnly === /\.chromium\.test\.tsx?$/.test(path)) files.push(path);
    return;
  }
  for (const name of readdirSync(path)) if (name !== 'node_modules') walk(join(path, name));
}
for (const root of roots.length ? roots : ['src']) walk(root);
if (files.length === 0) {
  console.error('No test files found under', roots.join(' ') || 'src');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...files.sort()],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
