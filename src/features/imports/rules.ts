/**
 * The whole-file rules of the tool a file comes from (formats/*.ts cite them): how far ahead, how far apart, on which
 * minutes, no repeats, how many rows. Each broken rule is reported on the row that breaks it, naming the other row.
 */
import type { FileRules, FormatColumns, ParsedRow } from './formats/types.js';

export interface TimedRow {
  row: ParsedRow;
  /** The instant the row is due; null for a draft. */
  at: Date | null;
}

const MINUTE = 60_000;

function checkEach(rows: TimedRow[], rules: FileRules, columns: FormatColumns, now: Date): void {
  for (const { row, at } of rows) {
    if (!at || !row.when) continue;
    if (rules.minLeadMinutes !== undefined && at.getTime() < now.getTime() + rules.minLeadMinutes * MINUTE) {
      const message = at.getTime() < now.getTime() ? 'This date and time has passed' : 'This time is too soon';
      row.errors.push({ column: columns.date, message: `${message}: posts must be at least ${rules.minLeadMinutes} minutes after the import.` });
    }
    if (rules.stepMinutes && Number(row.when.time.slice(3)) % rules.stepMinutes !== 0) {
      row.errors.push({ column: columns.date, message: `${row.when.time}: the minutes must be a multiple of ${rules.stepMinutes} (e.g. 09:05, 09:10).` });
    }
  }
}

function checkPairs(rows: TimedRow[], rules: FileRules, columns: FormatColumns): void {
  const timed = rows.filter((r) => r.at).sort((x, y) => x.at!.getTime() - y.at!.getTime() || x.row.line - y.row.line);
  for (let i = 1; i < timed.length; i++) {
    const prev = timed[i - 1]!;
    const cur = timed[i]!;
    const gap = cur.at!.getTime() - prev.at!.getTime();
    if (rules.oneSlot && gap === 0) {
      cur.row.errors.push({ column: columns.date, message: `Line ${prev.row.line} is already scheduled at this time: one post per time slot.` });
    } else if (rules.minSpacingMinutes && gap < rules.minSpacingMinutes * MINUTE) {
      cur.row.errors.push({ column: columns.date, message: `Only ${gap / MINUTE} minutes after line ${prev.row.line}: posts must be at least ${rules.minSpacingMinutes} minutes apart.` });
    }
  }
  if (rules.noDuplicates) {
    const seen = new Map<string, number>();
    for (const { row } of rows) {
      const key = row.text.trim();
      const first = seen.get(key);
      if (first !== undefined && key) row.errors.push({ column: columns.text, message: `The same message as line ${first}: each message may be posted once.` });
      else seen.set(key, row.line);
    }
  }
}

/** Adds each broken rule to the row's errors. `channels`: how many channels the import posts to. */
export function checkFileRules(rows: TimedRow[], rules: FileRules, columns: FormatColumns, channels: number, now = new Date()): void {
  checkEach(rows, rules, columns, now);
  checkPairs(rows, rules, columns);
  const max = rules.maxRows?.(channels);
  if (max !== undefined) {
    for (const { row } of rows.slice(max)) {
      row.errors.push({ column: columns.date, message: `This file has more than ${max} posts, the most one import takes for ${channels} channel(s); split it.` });
    }
  }
}
