/** Prometheus metrics for `GET /metrics` (prom-client), one registry per process. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chorus_' });
  return {
    registry,
    jobs: new Gauge({
      name: 'chorus_jobs',
      help: 'Background jobs by queue and state (created, retry, active, completed, failed, cancelled)',
      labelNames: ['queue', 'state'],
      registers: [registry],
    }),
    publishLatency: new Histogram({
      name: 'chorus_publish_latency_seconds',
      help: 'Time from a publication being due to it being published on the network',
      labelNames: ['network'],
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    liveStreams: new Gauge({
      name: 'chorus_live_streams',
      help: 'Open live-update streams (Server-Sent Events) of this process',
      registers: [registry],
    }),
    publishOutcomes: new Counter({
      name: 'chorus_publications_total',
      help: 'Publication attempts by network and outcome',
      labelNames: ['network', 'outcome'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
