/**
 * `GET /api/v1/workspaces/{ws}/link-preview?url=` (people who compose): how a page will look when shared — its title,
 * description, image and card type as the networks read them — and the share audit of what it lacks, with fixes.
 * The page is fetched through the local-address guard; previews are kept ten minutes.
 */
import { z } from 'zod';
import { Text, type RouteModule } from '../../../core/http.js';
import { perPersonLimit } from '../../auth/plugin.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { previewLink } from '../service.js';

const Query = z.object({ url: Text.pipe(z.string().min(1).max(2048)).describe('The page address, http or https') });

const Finding = z.object({
  code: z.string().describe('og_image_missing, og_image_small, og_image_heavy, og_image_unreachable, og_title_missing, twitter_card_missing, …'),
  severity: z.enum(['error', 'warning']),
  networks: z.array(z.string()).describe('The networks whose card it spoils; empty: all'),
  message: z.string(),
  fix: z.string().describe('What the webmaster can change'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const Preview = z.object({
  url: z.string(),
  finalUrl: z.string().describe('Where the address led after redirects'),
  title: z.string().nullable(),
  description: z.string().nullable(),
  siteName: z.string().nullable(),
  image: z
    .object({ url: z.string(), width: z.number().nullable(), height: z.number().nullable(), alt: z.string().nullable(), bytes: z.number().nullable() })
    .nullable(),
  twitterCard: z.string().nullable(),
  canonical: z.string().nullable(),
  findings: z.array(Finding),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/link-preview',
      role: 'contributor',
      // Each preview may fetch a page and its image from elsewhere: bounded per person.
      config: { rateLimit: perPersonLimit(60) },
      schema: {
        tags: ['share-preview'],
        summary: "A page's share card as the networks will show it, and what it lacks",
        description:
          '422 `invalid_url` (not an http(s) address), `unsafe_address` (this machine or a private network), ' +
          '`page_unavailable`, `page_timeout`, `not_html`, each with a message saying why.',
        querystring: Query,
        response: { 200: Preview },
      },
    },
    async ({ query }) => previewLink(query.url),
  );
};

export default route;
