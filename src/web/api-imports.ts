/**
 * Bulk imports: a dry run, then the import with its progress streamed (`Accept: application/x-ndjson`: one
 * `{"progress": …}` line per step, then `{"result": …}` or `{"error": …}`). Same conventions as api.ts.
 */
import { answer, client } from './api/client';
import type { Answer, Input } from './api/types';
import { apiErrorFrom, origin } from './http';

export type ImportInput = Input<'/api/v1/workspaces/{ws}/imports', 'post'>;
export type ImportAnswer = Answer<'/api/v1/workspaces/{ws}/imports', 'post'>;
export type ImportRow = ImportAnswer['rows'][number];
export interface ImportProgress {
  phase: 'checking' | 'downloading' | 'saving';
  done: number;
  total: number;
}

type StreamLine = { progress?: ImportProgress; result?: ImportAnswer; error?: unknown };

/** The NDJSON lines of a streamed answer: progress reported as it comes, the last line returned. */
async function readLines(body: ReadableStream<Uint8Array>, onProgress: (p: ImportProgress) => void): Promise<StreamLine> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let last: StreamLine = {};
  for (;;) {
    const { value, done } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = buffer.split('\n');
    buffer = done ? '' : (lines.pop() ?? '');
    for (const text of lines.filter(Boolean)) {
      // The server's own lines, written from the same schema as the JSON answer.
      const line = JSON.parse(text) as StreamLine;
      if (line.progress) onProgress(line.progress);
      else last = line;
    }
    if (done) return last;
  }
}

export const importsApi = {
  check: (ws: string, body: Omit<ImportInput, 'dryRun'>) =>
    answer(client.POST('/api/v1/workspaces/{ws}/imports', { params: { path: { ws } }, body: { ...body, dryRun: true } })),
  /** The import itself, reporting each step to `onProgress`. */
  run: async (ws: string, body: Omit<ImportInput, 'dryRun'>, onProgress: (p: ImportProgress) => void): Promise<ImportAnswer> => {
    const { response } = await client.POST('/api/v1/workspaces/{ws}/imports', {
      params: { path: { ws } },
      body: { ...body, dryRun: false },
      headers: { accept: 'application/x-ndjson' },
      parseAs: 'stream',
    });
    const streamed = (response.headers.get('content-type') ?? '').includes('ndjson') && response.body;
    const line: StreamLine = streamed ? await readLines(response.body, onProgress) : ((await response.json()) as StreamLine);
    if (!response.ok || line.error || !line.result) throw apiErrorFrom(response, line.error ? { error: line.error } : line);
    return line.result;
  },
  /** Where the posts' CSV (the Chorus format) downloads from. */
  exportUrl: (ws: string) => `${origin()}/api/v1/workspaces/${ws}/posts.csv`,
};
