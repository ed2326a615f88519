#!/usr/bin/env node
// The `chorus` command: runs the compiled CLI (`npm run build` makes it; `npm start` builds and starts).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli/chorus.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('chorus: not built yet. Run `npm run build` (or `npm start`, which builds and starts).');
  process.exit(1);
}
await import(cli.href);
