/**
 * The board picker: a Pin is always saved to a board, so the composer lists the account's boards and can create
 * one. `GET /v5/boards` is paginated with a `bookmark` cursor (page_size up to 250, docs/reference/pagination/);
 * `POST /v5/boards` takes `{name, description?, privacy?}` (docs/api/v5/boards-create).
 *
 * @example
 * const boards = await listPinterestBoards({ accessToken: channel.credentials.accessToken });
 * const board = await createPinterestBoard({ accessToken }, { name: 'Recipes', privacy: 'PUBLIC' });
 */
import { NetworkError } from '../connector.js';
import { graphemeLength } from '../text.js';
import { PinterestClient } from './client.js';
import { boardSchema, pageSchema, parse, type PinterestBoard } from './mapping.js';

export interface BoardCallOptions {
  accessToken: string;
  apiUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface PinterestBoardChoice {
  id: string;
  name: string;
  privacy: 'PUBLIC' | 'PROTECTED' | 'SECRET' | string;
  description: string;
}

/** A bound on pages read for one picker: 20 pages of 250 boards is more than any account shows. */
const MAX_PAGES = 20;
const boardPage = pageSchema(boardSchema);

const toChoice = (board: PinterestBoard): PinterestBoardChoice => ({
  id: board.id,
  name: board.name,
  privacy: board.privacy ?? 'PUBLIC',
  description: board.description ?? '',
});

/** Every board of the account, following `bookmark` until Pinterest stops giving one. */
export async function listPinterestBoards(options: BoardCallOptions): Promise<PinterestBoardChoice[]> {
  const client = new PinterestClient(options);
  const boards: PinterestBoardChoice[] = [];
  let bookmark: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await client.get('/v5/boards', { query: { page_size: 250, bookmark } });
    const parsed = parse(boardPage, response.body, 'the boards');
    boards.push(...parsed.items.map(toChoice));
    if (!parsed.bookmark) break;
    bookmark = parsed.bookmark;
  }
  return boards;
}

/** Creates a board (name up to 50 characters, description up to 500, as the boards reference limits them). */
export async function createPinterestBoard(
  options: BoardCallOptions,
  input: { name: string; description?: string; privacy?: 'PUBLIC' | 'PROTECTED' | 'SECRET' },
): Promise<PinterestBoardChoice> {
  const name = input.name.trim();
  if (!name || graphemeLength(name) > 50) {
    throw new NetworkError('rejected', 'A Pinterest board name has 1 to 50 characters.', { network: 'pinterest' });
  }
  if (input.description && graphemeLength(input.description) > 500) {
    throw new NetworkError('rejected', 'A Pinterest board description has up to 500 characters.', { network: 'pinterest' });
  }
  const client = new PinterestClient(options);
  const response = await client.post('/v5/boards', {
    json: { name, ...(input.description ? { description: input.description } : {}), privacy: input.privacy ?? 'PUBLIC' },
  });
  return toChoice(parse(boardSchema, response.body, 'the new board'));
}
