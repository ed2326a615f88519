/**
 * `POST /api/v1/workspaces/{ws}/channels/mastodon/oauth {instanceUrl}` → `{ authorizeUrl }`, and the callback
 * `GET /api/v1/oauth/mastodon/callback?code&state`, which connects the channel and returns to the channels page.
 */
import { z } from 'zod';
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { finishMastodonOAuth, startMastodonOAuth } from '../mastodon-oauth.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/channels/mastodon/oauth',
      role: 'admin',
      schema: {
        tags: ['channels'],
        summary: 'Start "Sign in with Mastodon"',
        body: z.object({ instanceUrl: z.string().min(3).max(300) }),
        response: { 200: z.object({ authorizeUrl: z.string() }), 422: ErrorBody },
      },
    },
    async ({ access, body }) => {
      const withScheme = /^https?:\/\//i.test(body.instanceUrl) ? body.instanceUrl : `https://${body.instanceUrl}`;
      return { authorizeUrl: await startMastodonOAuth(ctx, access, withScheme) };
    },
  );

  app.get(
    '/api/v1/oauth/mastodon/callback',
    {
      schema: {
        tags: ['channels'],
        summary: 'Where Mastodon sends the browser back',
        querystring: z.object({ code: z.string().max(500).optional(), state: z.string().max(200).optional(), error: z.string().max(500).optional(), error_description: z.string().max(1000).optional() }),
      },
    },
    async (request, reply) => {
      const { code, state, error, error_description: description } = request.query;
      // Always back to our own page (a fixed path): the callback can never be turned into an open redirect.
      const back = (query: string) => reply.redirect(`/#/channels?${query}`, 303);
      if (error || !code || !state) return back(`error=${encodeURIComponent(description ?? error ?? 'Mastodon did not authorize Chorus.')}`);
      try {
        const id = await finishMastodonOAuth(ctx, state, code);
        return back(`connected=${encodeURIComponent(id)}`);
      } catch (e) {
        return back(`error=${encodeURIComponent(e instanceof Error ? e.message : String(e))}`);
      }
    },
  );
};

export default route;
