#!/usr/bin/env node
// Runs node's test runner over the TypeScript tests (Node 20's --test does not take globs, so we list them).
// Usage: node scripts/test.mjs [--chromium] [folder-or-file ...]   (default: src; npm test adds scripts)
// Tests named *.chromium.test.ts need Debian's Chromium, so they are left out unless --chromium is given, which then
// picks only them (npm run test:e2e): `npm test` passes on a machine with nothing but Node and PostgreSQL.
// scripts/test-timings.mjs measures the same files one by one (wall and CPU time, slowest first).
import { spawnSync } from 'node:child_process';
import { listTestFiles } from './test-files.mjs';

const args = process.argv.slice(2);
const chromiumOnly = args.includes('--chromium');
const roots = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-') && a !== '--chromium');
const files = listTestFiles(roots, chromiumOnly);
if (files.length === 0) {
  console.error('No test files found under', roots.join(' ') || 'src');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
