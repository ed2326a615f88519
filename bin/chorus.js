#!/usr/bin/env node
// The `chorus` command: runs the compiled CLI. `npm install` builds it (the `prepare` script), `npm start` rebuilds
// it when the sources changed, and `npm run build` rebuilds it by hand.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli/chorus.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('chorus: not built yet. Run `npm run build` (npm install and npm start build it too).');
  process.exit(1);
}
await import(cli.href);
