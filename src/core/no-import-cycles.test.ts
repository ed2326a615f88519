import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findImportCycles } from '../../scripts/import-cycles.js';

// The server's folders. The web app (src/web) is left out for now: api.ts↔http.ts and the security page's
// sections still import one another there (`node --import tsx scripts/import-cycles.ts src` lists them).
const SERVER = ['src/app', 'src/cli', 'src/core', 'src/db', 'src/features', 'src/networks', 'src/testing'];

it('no two files of the server import each other, directly or through others', () => {
  const cycles = findImportCycles(SERVER);
  const listed = cycles.map((group) => group.join(', ')).join('\n');
  assert.deepEqual(cycles, [], `Move what these files share into one they can all import:\n${listed}`);
});
