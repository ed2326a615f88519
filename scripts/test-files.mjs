// Lists the TypeScript test files under the given folders or files, sorted (scripts/test.mjs and
// scripts/test-timings.mjs). Tests named *.chromium.test.ts need Debian's Chromium, so they are left out unless
// chromiumOnly, which then picks only them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listTestFiles(roots, chromiumOnly = false) {
  const files = [];
  const walk = (path) => {
    const stat = statSync(path);
    if (stat.isFile()) {
      if (/\.test\.tsx?$/.test(path) && chromiumOnly === /\.chromium\.test\.tsx?$/.test(path)) files.push(path);
      return;
    }
    for (const name of readdirSync(path)) if (name !== 'node_modules') walk(join(path, name));
  };
  for (const root of roots.length ? roots : ['src']) walk(root);
  return files.sort();
}
