/**
 * The security headers of the web app and the API, set by @fastify/helmet on every answer. A route with other needs
 * says so in its own `helmet` options: the public bio page and the short-link pages send their own, stricter
 * Content-Security-Policy; the tracking snippet and QR codes are loaded by other sites (Cross-Origin-Resource-Policy).
 * The dedicated short-link server is plain node:http and sets its own (links/redirect/http-server.ts).
 *
 * @example
 *   await app.register(helmet, securityHeaders(ctx.config));
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from '../core/config.js';

/** True when people reach Chorus over https: only then may the browser be told to insist on it. */
export function servedOverHttps(config: Pick<Config, 'publicUrl' | 'secureCookies'>): boolean {
  return config.secureCookies || config.publicUrl.startsWith('https:');
}

export function securityHeaders(config: Pick<Config, 'publicUrl' | 'secureCookies'>): FastifyHelmetOptions {
  const https = servedOverHttps(config);
  // Media URLs are absolute, on the public URL: the same origin, unless the app is opened by another name.
  const own = new URL(config.publicUrl).origin;
  // Avatars and pictures come from wherever each network keeps them: https CDNs, and plain http for a small
  // self-hosted instance. Over https the browser upgrades or blocks http images anyway, so http: is listed only when
  // Chorus itself is served over plain http. (Images run no code; the sources that can are held to 'self'.)
  const pictures = https ? ['https:'] : ['https:', 'http:'];
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The built app is script files only (dist/web/index.html; checked in security-headers.test.ts): no inline
        // script, no eval.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // React's style props go through the CSSOM, which the policy allows; ECharts' tooltips are HTML with style
        // attributes, which it would not. Styles cannot run code; scripts are what this policy guards.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Previews of files being uploaded (blob:), chart images (data:), the networks' pictures.
        imgSrc: ["'self'", own, 'data:', 'blob:', ...pictures],
        mediaSrc: ["'self'", own, 'blob:', ...pictures],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Over plain http (a LAN install), upgrading would break every request: only when served over https.
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    // One year, this host only: a self-hosted Chorus often shares its parent domain with sites it knows nothing of.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
    // Nothing to other sites (paths such as /invite/<token> carry secrets); the full address within Chorus.
    referrerPolicy: { policy: 'same-origin' },
  };
}
