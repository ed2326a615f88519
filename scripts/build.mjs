#!/usr/bin/env node
/**
 * Builds the server (tsc → dist/src) and the web app (vite → dist/web), then records in dist/.build-stamp a hash of
 * everything the build read: src/ (tests aside), package.json, package-lock.json, the TypeScript and Vite configs
 * and this script. A start then only rebuilds when that hash changed, so it is ready in seconds instead of waiting a
 * minute for a build whose output it already has.
 *
 *   node scripts/build.mjs                build now
 *   node scripts/build.mjs --if-changed   build only when the sources differ from the stamp (npm start)
 *   node scripts/build.mjs --on-install   the same, and a quiet skip when the build tools are absent
 *                                         (`npm install --omit=dev` on a machine that ships a built dist/)
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const CONFIG_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'vite.config.ts', 'scripts/build.mjs'];
/** What a build needs to have produced; a stamp without them (a half-deleted dist/) does not count. */
const OUTPUTS = ['dist/src/cli/chorus.js', 'dist/web/index.html'];

/** Every file under `dir`, relative to the root, in a stable order; tests are left out as no build reads them. */
function sourceFiles(dir) {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.test\.tsx?$/.test(entry.name) ? [] : [relative];
  });
}

/** The hash of the build's inputs: each file's path and content. */
export function sourceStamp() {
  const hash = createHash('sha256');
  for (const file of [...CONFIG_FILES, ...sourceFiles('src')]) {
    const full = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was built from exactly the sources here. */
export function buildIsCurrent() {
  if (!OUTPUTS.every((file) => existsSync(path.join(root, file)))) return false;
  if (!existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8').trim() === sourceStamp();
}

function resolveTool(specifier) {
  try {
    return createRequire(path.join(root, 'package.json')).resolve(specifier);
  } catch {
    return undefined;
  }
}

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build() {
  const stamp = sourceStamp();
  const tsc = resolveTool('typescript/bin/tsc');
  const vitePackage = resolveTool('vite/package.json');
  if (!tsc || !vitePackage) return false;
  // The stamp goes first, so a build cut short is redone by the next start rather than trusted.
  rmSync(stampFile, { force: true });
  run(tsc, ['-p', 'tsconfig.build.json']);
  run(path.join(path.dirname(vitePackage), 'bin', 'vite.js'), ['build', '--logLevel', 'warn']);
  writeFileSync(stampFile, `${stamp}\n`);
  return true;
}

function main(args) {
  const onInstall = args.includes('--on-install');
  if ((onInstall || args.includes('--if-changed')) && buildIsCurrent()) return;
  console.error('chorus: building the server and web app (once per change of the sources)…');
  if (build()) return;
  if (onInstall) {
    console.error('chorus: TypeScript or Vite is not installed (npm install --omit=dev?); skipped the build.');
    return;
  }
  console.error('chorus: cannot build: TypeScript or Vite is missing. Run `npm install` (with dev dependencies).');
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
