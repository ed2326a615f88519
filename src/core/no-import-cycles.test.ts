import assert from 'node:assert/strict';
import { it } from 'node:test';
import { findImportCycles } from '../../scripts/import-cycles.js';

it('no two files under src import each other, directly or through others (server and web app)', () => {
  const cycles = findImportCycles(['src']);
  const listed = cycles.map((group) => group.join(', ')).join('\n');
  assert.deepEqual(cycles, [], `Move what these files share into one they can all import:\n${listed}`);
});
