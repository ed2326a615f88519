/**
 * Webhook signatures cover the exact bytes sent, so these routes must see the body before any JSON parsing.
 * `rawBodyScope` registers a plugin whose content-type parsers keep every body as a Buffer; parsing elsewhere in
 * the API is untouched (Fastify scopes parsers to the plugin that adds them).
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../../../core/http.js';

/** Meta and X deliveries are a few KB; 1 MB bounds what a stranger can make us buffer before the signature check. */
export const MAX_WEBHOOK_BODY = 1024 * 1024;

export function rawBodyScope(app: App, routes: (scope: App) => void): void {
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BODY }, (_request, body, done) => done(null, body));
    routes(scope);
  });
}

/** The body as received (an empty Buffer when there was none). */
export function rawBody(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}
