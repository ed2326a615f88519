/**
 * `GET /api/v1/oauth/{network}/callback?code&state` (or `?error=access_denied`): where a network sends the browser
 * back. It always answers with a redirect to a fixed page of the web app — the channels page with `connected=<id>`,
 * the account picker, or `oauthError=<code>&message=…` — so it can never crash in front of the person nor be turned
 * into an open redirect.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { ApiError } from '../../../core/errors.js';
import { finishNetworkOAuth, OAuthFailure } from '../network-oauth.js';

const Query = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
  error_reason: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/** What the route documents and lets through: each field as the query parser gives it, one value or several. */
const anyValue = z.union([z.string(), z.array(z.string())]).optional();
const CallbackQuery = z.object({ code: anyValue, state: anyValue, error: anyValue, error_reason: anyValue, error_description: anyValue });

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/oauth/:network/callback',
    {
      schema: {
        tags: ['channels'],
        summary: 'Where a network sends the browser back after "Connect with <network>"',
        params: z.object({ network: z.string().max(40) }),
        // Lenient on purpose: any value (a repeated or over-long one too) passes here, and the handler reads what
        // fits Query, so a malformed answer from a network still ends on the channels page with a message.
        querystring: CallbackQuery,
      },
    },
    async (request, reply) => {
      const { network } = request.params;
      const parsed = Query.safeParse(request.query);
      const query = parsed.success ? parsed.data : {};
      const known = ctx.networks.networks().includes(network as never);
      const back = (path: string, params: Record<string, string>) =>
        reply.redirect(`/#${path}?${new URLSearchParams(params).toString()}`, 303);
      try {
        const outcome = await finishNetworkOAuth(ctx, request.actor, network, {
          code: query.code,
          state: query.state,
          error: query.error,
          errorDescription: query.error_description ?? query.error_reason,
        });
        if (outcome.kind === 'connected') return back('/channels', { workspace: outcome.workspaceId, connected: outcome.channelId });
        return back(`/channels/pick/${outcome.grantId}`, { workspace: outcome.workspaceId });
      } catch (error) {
        let code = 'oauth_failed';
        let message = 'Something went wrong while connecting. Start again from the channels page.';
        if (error instanceof OAuthFailure || error instanceof ApiError) {
          code = error instanceof OAuthFailure ? error.code : error.code === 'oauth_not_configured' ? error.code : 'oauth_not_allowed';
          message = error.message;
        } else {
          request.log.error({ err: error, network }, 'OAuth callback failed');
        }
        return back('/channels', { oauthError: code, ...(known ? { network } : {}), message });
      }
    },
  );
};

export default route;
