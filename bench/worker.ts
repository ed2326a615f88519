/** A real `chorus worker`, with the benchmark's network in place of Bluesky (BENCH_NETWORK_URL). */
import { loadConfig } from '../src/core/config.js';
import { startRole } from '../src/app/runtime.js';
import { NetworkRegistry } from '../src/networks/registry.js';
import { fakeConnector } from './fake-network.js';

const runtime = await startRole('worker', loadConfig(), {
  networks: new NetworkRegistry().register(fakeConnector(process.env.BENCH_NETWORK_URL!)),
});
process.on('SIGTERM', () => void runtime.stop().then(() => process.exit(0)));
