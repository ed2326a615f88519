#!/usr/bin/env node
// Runs node's test runner over the TypeScript tests (Node 20's --test does not take globs, so we list them).
// Usage: node scripts/test.mjs [folder-or-file ...]   (default: src and test/unit)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = [];
function walk(path) {
  const stat = statSync(path);
  if (stat.isFile()) return void (/\.test\.tsx?$/.test(path) && files.push(path));
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
