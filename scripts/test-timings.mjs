#!/usr/bin/env node
// Measures each test file on its own: wall time and CPU time (user + sys of the file's node process and its
// children, from /usr/bin/time), two files at a time like `npm test`, then prints the files slowest first and the
// totals. On a shared machine, compare CPU times: wall times follow the load.
// Usage: node scripts/test-timings.mjs [--concurrency=N] [--chromium] [folder-or-file ...]   (default: src)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { listTestFiles } from './test-files.mjs';

const args = process.argv.slice(2);
const concurrency = Number(args.find((a) => a.startsWith('--concurrency='))?.split('=')[1] ?? 2);
const files = listTestFiles(args.filter((a) => !a.startsWith('-')), args.includes('--chromium'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = mkdtempSync(join(tmpdir(), 'chorus-timings-'));

function measure(file, index) {
  const out = join(scratch, `${index}.time`);
  const node = [process.execPath, '--import', 'tsx', '--test', file];
  const command = timeBin ? [timeBin, '-f', '%U %S', '-o', out, ...node] : node;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('exit', (code) => {
      const wall = (performance.now() - started) / 1000;
      const [user, sys] = timeBin && existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
      resolve({ file, wall, cpu: user + sys, ok: code === 0 });
    });
  });
}

const load = loadavg()[0];
const started = performance.now();
const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < files.length) {
      const index = next++;
      const result = await measure(files[index], index);
      results.push(result);
      process.stderr.write(`${results.length}/${files.length} ${result.file} ${result.wall.toFixed(1)} s\n`);
    }
  }),
);
rmSync(scratch, { recursive: true, force: true });
results.sort((a, b) => (b.cpu || b.wall) - (a.cpu || a.wall));
console.log('cpu s\twall s\tresult\tfile');
for (const r of results) console.log(`${r.cpu.toFixed(1)}\t${r.wall.toFixed(1)}\t${r.ok ? 'pass' : 'FAIL'}\t${r.file}`);
const sum = (key) => results.reduce((total, r) => total + r[key], 0);
console.log(`${sum('cpu').toFixed(1)}\t${sum('wall').toFixed(1)}\ttotal\t${files.length} files, ${((performance.now() - started) / 1000).toFixed(0)} s elapsed, load ${load.toFixed(1)} at start`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
