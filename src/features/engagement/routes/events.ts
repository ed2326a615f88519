/**
 * `GET /api/v1/workspaces/{ws}/inbox/events`: the inbox's live updates as Server-Sent Events (viewers and above).
 * `engagement.created` carries the new items' ids, how many there were and the workspace's open count, so the page
 * refetches what it shows; `inbox.resync` says some may have been missed (the database connection came back).
 * A comment line every 25 s keeps idle proxies from cutting the stream, and re-checks that the caller still has
 * access: a signed-out session or a removed member stops hearing at the next heartbeat.
 */
import { z } from 'zod';
import { ApiError } from '../../../core/errors.js';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { acceptsEventStream, EventStreams } from '../../../core/sse.js';
import { resolveActor } from '../../auth/plugin.js';
import { requireWorkspace } from '../../workspaces/access.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { InboxHub } from '../live.js';

// Below the 30 to 60 s idle timeouts of common proxies and load balancers.
const HEARTBEAT_MS = 25_000;

const EventStreamBody = z
  .string()
  .describe(
    'Server-Sent Events. `event: engagement.created` with `data: {"ids": [...], "count": n, "open": n}` (ids: up to 50 of the new items; ' +
      'count: how many were new; open: the open count after them). `event: inbox.resync` with `data: {}`: refetch, some may have been missed.',
  );

const route: RouteModule = (app, ctx) => {
  const hub = new InboxHub(ctx.database, ctx.log);
  const streams = new EventStreams();
  // Before the server waits for its connections to end: an open stream would otherwise hold up shutdown forever.
  app.addHook('preClose', async () => streams.endAll());
  app.addHook('onClose', async () => hub.close());
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/inbox/events',
      role: 'viewer',
      schema: {
        tags: ['inbox'],
        summary: 'Live inbox updates (Server-Sent Events)',
        description: 'Send `Accept: text/event-stream` (a browser EventSource does); anything else answers 406.',
        response: {
          200: { description: 'An endless event stream', content: { 'text/event-stream': { schema: EventStreamBody } } },
          406: ErrorBody,
          503: ErrorBody,
        },
      },
    },
    async ({ access, request, reply }) => {
      if (!acceptsEventStream(request.headers.accept)) {
        throw new ApiError(406, 'not_acceptable', 'This address sends live updates as Server-Sent Events: ask with "Accept: text/event-stream".', 'accept');
      }
      let unsubscribe: () => void;
      // `stream` is set in the same tick the subscription resolves in; notices arrive on later ticks only.
      try {
        unsubscribe = await hub.subscribe(access.workspaceId, (event) => stream.send(event.type, event.data));
      } catch (error) {
        request.log.warn({ err: error }, 'live inbox updates unavailable');
        throw new ApiError(503, 'live_unavailable', 'Live updates are unavailable right now; the inbox still refreshes every minute.');
      }
      const stream = streams.start(reply, {
        heartbeatMs: HEARTBEAT_MS,
        onHeartbeat: async () => {
          await requireWorkspace(ctx.database.db, await resolveActor(ctx, request), access.workspaceId, 'viewer');
        },
      });
      ctx.metrics.liveStreams.inc();
      stream.onEnd(() => {
        unsubscribe();
        ctx.metrics.liveStreams.dec();
      });
      return reply;
    },
  );
};

export default route;
