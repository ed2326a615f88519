/** The zod shapes shared by the network-apps endpoints: the app as the API shows it, and the app's network. */
import { z } from 'zod';
import { WorkspaceParams } from '../../../core/http.js';
import { OAUTH_APPS } from '../../../networks/index.js';

export const AppNetwork = z.enum(OAUTH_APPS).describe('The app\'s network; `facebook` is the Meta app that also signs in Instagram');

export const NetworkParams = WorkspaceParams.extend({ network: AppNetwork });

export const NetworkApp = z.object({
  network: AppNetwork,
  networks: z.array(z.string()).describe('The networks this app signs in'),
  status: z.enum(['env', 'saved', 'none']).describe('env: set by the server (read-only, wins for every workspace); saved: this workspace\'s own app; none: not set up'),
  callbackUrls: z.array(z.string()).describe('The redirect (callback) URL(s) to register in the app at the network'),
  clientId: z.string().optional().describe('Owners only, for an app the workspace saved'),
  secretSet: z.boolean(),
  secretLast4: z.string().optional().describe('Owners only: the last 4 characters of the saved secret; the secret itself is never returned'),
  webhook: z
    .object({ callbackUrl: z.string(), verifyToken: z.string() })
    .optional()
    .describe("Owners only, for a saved Meta app: what to enter in the app's Webhooks settings (the verify token is derived from the app secret)"),
  updatedAt: z.string().optional(),
});

export const NetworkAppList = z.object({ apps: z.array(NetworkApp) });

/** An id or secret as the network's console shows it: no spaces inside (a pasted one loses its ends' spaces). */
const credential = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `The ${what} is empty or too short.`)
    .max(max, `The ${what} is longer than ${max} characters; paste only the ${what}.`)
    .regex(/^\S+$/, `The ${what} has spaces inside; copy it again from the network's developer console.`);

export const NetworkAppInput = z.object({
  clientId: credential('client id', 2, 200),
  clientSecret: credential('client secret', 8, 500),
});
