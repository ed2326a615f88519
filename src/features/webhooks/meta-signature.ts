/**
 * Which channels a Meta delivery may speak for. Meta signs each delivery with the secret of the app the Page or
 * Instagram account is subscribed through (`X-Hub-Signature-256`, https://developers.facebook.com/docs/graph-api/webhooks/getting-started).
 * The server's app (CHORUS_META_APP_SECRET) speaks for every channel, as before workspaces had apps. A workspace's
 * own app speaks only for the channels of that workspace: the payload's `object` and `entry[].id` name the accounts,
 * and the signature is checked with the secret of each channel's own workspace app — never "any saved secret that
 * matches", which would let one workspace's app deliver events about another workspace's Page.
 */
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import { verifyMetaSignature } from '../../networks/meta/webhooks.js';
import { engagementsRepository } from '../engagement/repository.js';
import { anyWorkspaceSavedApp, workspaceOAuthApp } from '../network-apps/service.js';

const entriesSchema = z.object({ object: z.string(), entry: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String) })) });

export type MetaSigners = 'server' | { payload: unknown; channels: Set<string> };

const unsigned = () =>
  new ApiError(401, 'invalid_signature', 'X-Hub-Signature-256 is missing or does not match the body signed with the Meta app of the account it is about.');

/** The accounts a delivery names, as (network, account id); empty when it is not JSON or not a Page/Instagram event. */
function accountsOf(payload: unknown): Array<{ network: 'facebook' | 'instagram'; accountId: string }> {
  const parsed = entriesSchema.safeParse(payload);
  if (!parsed.success) return [];
  const network = parsed.data.object === 'page' ? 'facebook' : parsed.data.object === 'instagram' ? 'instagram' : null;
  if (!network) return [];
  return [...new Set(parsed.data.entry.map((e) => e.id))].map((accountId) => ({ network, accountId }));
}

/**
 * 'server' when the server's Meta app signed the raw body; else the channels whose workspace's saved Meta app
 * signed it. Throws 503 when no Meta app exists at all, 401 when no named channel's app signed it, 403 when the
 * delivery also names a connected account whose workspace's app did not sign it (nothing is stored then).
 */
export async function signingMetaChannels(ctx: AppContext, raw: Buffer, signature: string | string[] | undefined): Promise<MetaSigners> {
  const serverSecret = ctx.config.webhooks.metaAppSecret;
  if (serverSecret && verifyMetaSignature(raw, signature, serverSecret)) return 'server';
  if (!serverSecret && !(await anyWorkspaceSavedApp(ctx, 'facebook'))) {
    throw new ApiError(503, 'webhook_not_configured', 'Meta webhooks are not set up on this server: set CHORUS_META_APP_SECRET and restart Chorus, or save a Meta app on the network apps page of a workspace.');
  }
  if (!signature) throw unsigned();
  let payload: unknown;
  try {
    payload = JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw unsigned(); // Nothing names an account, so no app's secret can be chosen to check it.
  }
  const secrets = new Map<string, string | undefined>();
  const secretOf = async (workspaceId: string) => {
    if (!secrets.has(workspaceId)) secrets.set(workspaceId, (await workspaceOAuthApp(ctx, workspaceId, 'facebook'))?.clientSecret);
    return secrets.get(workspaceId);
  };
  const channels = new Set<string>();
  const refused: string[] = [];
  for (const { network, accountId } of accountsOf(payload)) {
    const connected = await engagementsRepository.channelsForAccount(ctx.database.db, network, accountId);
    let any = false;
    for (const channel of connected) {
      const secret = await secretOf(channel.workspace_id);
      if (secret && verifyMetaSignature(raw, signature, secret)) {
        channels.add(channel.id);
        any = true;
      }
    }
    if (connected.length > 0 && !any) refused.push(accountId);
  }
  if (channels.size === 0) throw unsigned();
  if (refused.length > 0) {
    // The ids stay out of the answer: the sender named them, and the log is for the people running the server.
    throw new ApiError(403, 'signature_not_for_account', 'This delivery names accounts that the Meta app which signed it does not connect; nothing was stored.');
  }
  return { payload, channels };
}
