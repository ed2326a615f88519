/**
 * Derives the web app's API types from the server itself: builds the in-process app the tests use, takes its OpenAPI
 * document and turns it into TypeScript with openapi-typescript. `npm run api:types` writes the result to
 * src/web/api/schema.d.ts; api-types.test.ts fails when the committed file no longer matches the server.
 *
 * @example
 *   const text = await generateApiTypes();
 *   await writeFile(API_TYPES_FILE, text);
 */
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { NetworkRegistry } from '../networks/registry.js';
import { createTestApp } from './app.js';

/** Where the generated types live, beside the client that uses them. */
export const API_TYPES_FILE = fileURLToPath(new URL('../web/api/schema.d.ts', import.meta.url));

const BANNER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\`: do not edit by hand.
 * src/testing/api-types.test.ts fails when this file no longer matches the server's routes.
 */
`;

/** The OpenAPI document the server publishes at /api/openapi.json, from an app on a throw-away in-memory database. */
export async function loadOpenApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    // The document comes from the route schemas alone, so no network needs to be registered.
    const t = await createTestApp(database, { networks: new NetworkRegistry() });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}: ${res.body}`);
      return res.json<OpenAPI3>();
    } finally {
      await t.close();
    }
  } finally {
    await database.close();
  }
}

/** The text of src/web/api/schema.d.ts for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS((await loadOpenApiDocument()), { alphabetize: true });
  return BANNER + astToString(ast);
}
