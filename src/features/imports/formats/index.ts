/** The formats an import reads, and which one a file is in when the request does not say. */
import { invalid } from '../../../core/errors.js';
import { isBlank, type CsvRecord } from '../csv.js';
import { agorapulse } from './agorapulse.js';
import { chorus } from './chorus.js';
import { hootsuite } from './hootsuite.js';
import { sprout } from './sprout.js';
import type { FormatName, ImportFormat } from './types.js';

// Most specific first: Sprout's and Agorapulse's headers are distinctive, Chorus's uses common words, Hootsuite's has none.
const FORMATS: ImportFormat[] = [sprout, agorapulse, chorus, hootsuite];

export const FORMAT_NAMES = ['hootsuite', 'sprout', 'agorapulse', 'chorus'] as const satisfies readonly FormatName[];

/** The format named, or the one the file's first non-empty row shows; a 422 on `format` when none fits. */
export function formatOf(records: CsvRecord[], name: FormatName | undefined): { format: ImportFormat; records: CsvRecord[] } {
  // Rows before the header (or the first post) that are empty are left out; line numbers stay the file's.
  const start = records.findIndex((r) => !isBlank(r));
  const rest = start < 0 ? [] : records.slice(start);
  if (rest.length === 0) throw invalid('empty_file', 'The file has no rows.', 'csv');
  const format = name ? FORMATS.find((f) => f.name === name)! : FORMATS.find((f) => f.detect(rest[0]!));
  if (!format) {
    throw invalid(
      'unknown_format',
      'This file is not in a format Chorus reads (Hootsuite, Sprout Social, Agorapulse or Chorus CSV); check its header row or choose the format.',
      'format',
    );
  }
  return { format, records: rest };
}
