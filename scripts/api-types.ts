// Writes src/web/api/schema.d.ts from the server's OpenAPI document (npm run api:types); run it after changing a route.
import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, generateApiTypes } from '../src/testing/api-types.js';

await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
