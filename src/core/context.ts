/**
 * What every route and job handler is given: the database, settings, logger and the shared services.
 * Built once per process by `createContext` (src/app/runtime.ts).
 */
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Config } from './config.js';
import type { SecretBox } from '../features/channels/secret-box.js';
import type { NetworkRegistry } from '../networks/registry.js';
import type { JobQueue } from './jobs.js';
import type { MediaStore } from '../features/media/store.js';
import type { Metrics } from './metrics.js';
import type { Redirector } from '../features/links/redirect/redirector.js';
import type { ClickRing } from '../features/links/redirect/click-ring.js';

export interface AppContext {
  config: Config;
  database: Database;
  log: Logger;
  secrets: SecretBox;
  networks: NetworkRegistry;
  jobs: JobQueue;
  media: MediaStore;
  metrics: Metrics;
  /** Short-link redirects and the click pipeline (batched writes, drained on shutdown). */
  links: { redirector: Redirector; clicks: ClickRing };
}
