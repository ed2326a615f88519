/**
 * `chorus import FILE --workspace <id> --channels a,b [--format] [--date-order] [--time-zone] [--drafts] [--dry-run]
 * [--all-or-nothing] [--server URL]`: bulk scheduling from a terminal, through a running server's API with a
 * workspace API token (CHORUS_TOKEN). It always checks the file first (a dry run) and prints each refused row with
 * its line and column; then, unless --dry-run, imports. Progress goes to stderr as a bar; the exit code is 1 when any
 * row was refused, 2 for a wrong command line.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export const IMPORT_USAGE = `Usage: chorus import FILE --workspace <id> --channels <id,id> [options]

  --format hootsuite|sprout|agorapulse|chorus   detected from the file when absent
  --date-order DMY|MDY|YMD                       how the file writes dates
  --time-zone Europe/Paris                       the zone of the file's times (default: the workspace's)
  --drafts                                       import every row as a draft
  --dry-run                                      check the file only
  --all-or-nothing                               import nothing if any row is refused
  --server http://127.0.0.1:8080                 the Chorus server (CHORUS_TOKEN: a workspace API token)`;

interface Row {
  line: number;
  status: 'ok' | 'error';
  errors?: Array<{ column: string; message: string }>;
}
interface Result {
  format: string;
  rows: Row[];
  imported: number;
}
type Line = { progress?: { phase: string; done: number; total: number }; result?: Result; error?: { code: string; message: string; field?: string } };

/** A one-line bar redrawn on stderr: "checking  [#########-----------]  45/100". */
export function progressBar(p: { phase: string; done: number; total: number }, width = 30): string {
  const filled = p.total ? Math.round((p.done / p.total) * width) : width;
  return `${p.phase.padEnd(11)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total}`;
}

/** The NDJSON answer read line by line: progress drawn as it comes, the result (or error) returned. */
async function readStream(response: Response, draw: (line: string) => void): Promise<Line> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: Line = {};
  for (;;) {
    const { value, done } = await reader.read();
    buffer += value ?? '';
    const lines = buffer.split('\n');
    buffer = done ? '' : lines.pop()!;
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as Line;
      if (line.progress) draw(progressBar(line.progress));
      else last = line;
    }
    if (done) return last;
  }
}

async function send(server: string, token: string, workspace: string, body: Record<string, unknown>): Promise<Result> {
  const response = await fetch(`${server.replace(/\/$/, '')}/api/v1/workspaces/${encodeURIComponent(workspace)}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/x-ndjson' },
    body: JSON.stringify(body),
  });
  const draw = (bar: string) => process.stderr.isTTY && process.stderr.write(`\r${bar}`);
  const line = response.headers.get('content-type')?.includes('ndjson') ? await readStream(response, draw) : ((await response.json()) as Line);
  if (process.stderr.isTTY) process.stderr.write('\n');
  // A refusal of the whole request is `{"error": …}` in either form of answer.
  const error = line.error;
  if (error || !line.result) throw new Error(error ? `${error.message}${error.field ? ` (${error.field})` : ''}` : `the server answered ${response.status}`);
  return line.result;
}

function printRefused(result: Result): number {
  const refused = result.rows.filter((r) => r.status === 'error');
  for (const row of refused) for (const e of row.errors ?? []) console.log(`line ${row.line}, column ${e.column}: ${e.message}`);
  return refused.length;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      channels: { type: 'string' },
      format: { type: 'string' },
      'date-order': { type: 'string' },
      'time-zone': { type: 'string' },
      drafts: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'all-or-nothing': { type: 'boolean' },
      server: { type: 'string', default: 'http://127.0.0.1:8080' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export async function importCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const token = process.env.CHORUS_TOKEN;
  if (positionals.length !== 1 || !values.workspace || !values.channels || !token) {
    console.error(`${token ? '' : 'Set CHORUS_TOKEN to a workspace API token.\n\n'}${IMPORT_USAGE}`);
    return 2;
  }
  const body = {
    csv: await readFile(positionals[0]!, 'utf8'),
    channelIds: values.channels.split(',').map((s) => s.trim()).filter(Boolean),
    ...(values.format && { format: values.format }),
    ...(values['date-order'] && { dateOrder: values['date-order'] }),
    ...(values['time-zone'] && { timeZone: values['time-zone'] }),
    ...(values.drafts && { asDrafts: true }),
    ...(values['all-or-nothing'] && { allOrNothing: true }),
  };
  const server = values.server!;
  const checked = await send(server, token, values.workspace, { ...body, dryRun: true });
  const refused = printRefused(checked);
  console.log(`${checked.format}: ${checked.rows.length - refused} of ${checked.rows.length} rows ready${refused ? `, ${refused} refused` : ''}.`);
  if (values['dry-run'] || (refused && values['all-or-nothing']) || refused === checked.rows.length) return refused ? 1 : 0;
  const done = await send(server, token, values.workspace, { ...body, dryRun: false });
  const failed = printRefused(done) - refused;
  console.log(`Imported ${done.imported} post(s).${failed > 0 ? ` ${failed} more row(s) were refused while saving.` : ''}`);
  return done.rows.some((r) => r.status === 'error') ? 1 : 0;
}
