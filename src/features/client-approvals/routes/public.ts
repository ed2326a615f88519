/**
 * The client's side, without an account: `GET /api/v1/client-approval/{token}` (the posts as each network will show
 * them) and `POST /api/v1/client-approval/{token}/decision` (one decision per post). The token in the address is the
 * credential (256 random bits, found by its hash), so a session cookie the browser happens to send is ignored, and
 * the answers are never cached by shared caches nor leak the address through a Referer. Rate-limited per address:
 * guessing a token is out of reach anyway, but each request costs a lookup. Unknown token 404, revoked or expired 410.
 */
import { ErrorBody, type RouteModule } from '../../../core/http.js';
import { clientView, decide } from '../client-view.js';
import { ClientApprovalView, ClientDecisionInput, ClientDecisionResult, TokenParams } from './schemas.js';

export const CLIENT_RATE_LIMIT = { max: 60, timeWindow: 60_000 };
const errors = { 400: ErrorBody, 404: ErrorBody, 410: ErrorBody, 429: ErrorBody };

const route: RouteModule = (app, ctx) => {
  app.get(
    '/api/v1/client-approval/:token',
    {
      config: { auth: false, rateLimit: CLIENT_RATE_LIMIT },
      schema: { tags: ['client-approvals'], summary: 'What a client approval link shows (no account)', params: TokenParams, response: { 200: ClientApprovalView, ...errors } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
      return clientView(ctx, request.params.token);
    },
  );
  app.post(
    '/api/v1/client-approval/:token/decision',
    {
      config: { auth: false, rateLimit: CLIENT_RATE_LIMIT },
      schema: {
        tags: ['client-approvals'],
        summary: 'Approve a post or ask for changes, through a client approval link (no account)',
        params: TokenParams,
        body: ClientDecisionInput,
        response: { 200: ClientDecisionResult, ...errors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
      return decide(ctx, request.params.token, request.body);
    },
  );
};

export default route;
