import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const candidates = (name: string) => [path.join(here, name), path.resolve(here, '../../../../src/features/sentiment', name)];

/** A data file of the engine: beside this module when run from source; from dist/src/features/sentiment, the repo's copy. */
export function dataFile(name: string): string {
  const found = optionalDataFile(name);
  if (!found) throw new Error(`The sentiment data file ${name} was not found (looked in ${candidates(name).join(', ')}).`);
  return found;
}

/** The same, for a file that may be absent (a model trained locally). */
export function optionalDataFile(name: string): string | undefined {
  return candidates(name).find((candidate) => existsSync(candidate));
}
