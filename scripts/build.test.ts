/**
 * scripts/build.mjs on a scratch copy of a tiny project: the real script, the real TypeScript and Vite (through a
 * link to this checkout's node_modules), and a few source files, so a build takes seconds and this checkout's own
 * dist/ is never touched. `npm start` relies on `--if-changed` skipping a build whose sources are unchanged and
 * rebuilding when one changed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';

const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILDING = /building the server and web app/;
let project: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

/** Runs the copied build script in the scratch project; returns what it said. */
function build(...args: string[]): string {
  const result = spawnSync(process.execPath, [path.join(project, 'scripts', 'build.mjs'), ...args], { cwd: project, encoding: 'utf8' });
  assert.equal(result.status, 0, `build.mjs ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stderr;
}

const builtServer = () => path.join(project, 'dist', 'src', 'cli', 'chorus.js');

before(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'chorus-build-'));
  mkdirSync(path.join(project, 'scripts'));
  copyFileSync(path.join(checkout, 'scripts', 'build.mjs'), path.join(project, 'scripts', 'build.mjs'));
  symlinkSync(path.join(checkout, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  write('package.json', JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  write('package-lock.json', '{}');
  const compilerOptions = { module: 'nodenext', target: 'es2022', strict: true, skipLibCheck: true, types: [] };
  write('tsconfig.json', JSON.stringify({ compilerOptions }));
  write('tsconfig.build.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'dist', rootDir: '.' }, include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts', 'src/web/**'] }));
  write('vite.config.ts', "export default { root: 'src/web', logLevel: 'warn', build: { outDir: '../../dist/web', emptyOutDir: true } };\n");
  write('src/cli/chorus.ts', "export const greeting: string = 'first';\n");
  write('src/web/index.html', '<!doctype html><title>scratch</title><p>scratch</p>\n');
});

after(() => rmSync(project, { recursive: true, force: true }));

it('builds when there is no build yet, then --if-changed skips while the sources are unchanged', () => {
  assert.match(build('--if-changed'), BUILDING);
  assert.match(readFileSync(builtServer(), 'utf8'), /'first'/);
  const builtAt = statSync(builtServer()).mtimeMs;
  assert.doesNotMatch(build('--if-changed'), BUILDING);
  assert.equal(statSync(builtServer()).mtimeMs, builtAt, 'the server was not rebuilt');
  // A test file is no input of the build.
  write('src/cli/chorus.test.ts', 'export {};\n');
  assert.doesNotMatch(build('--if-changed'), BUILDING);
});

it('--if-changed rebuilds when a source file changed, and when an output is missing', () => {
  write('src/cli/chorus.ts', "export const greeting: string = 'second';\n");
  assert.match(build('--if-changed'), BUILDING);
  assert.match(readFileSync(builtServer(), 'utf8'), /'second'/);
  assert.doesNotMatch(build('--if-changed'), BUILDING);
  rmSync(path.join(project, 'dist', 'web', 'index.html'));
  assert.match(build('--if-changed'), BUILDING);
  assert.ok(statSync(path.join(project, 'dist', 'web', 'index.html')).isFile());
});
