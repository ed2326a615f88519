/**
 * A sign-in that reached several accounts (Pages, Instagram accounts, LinkedIn pages): what the picker shows, and
 * connecting the accounts the person picked. A grant belongs to the person who signed in, in one workspace, for
 * 15 minutes; its tokens stay sealed and it is deleted once its accounts are connected.
 */
import type { AppContext } from '../../core/context.js';
import { ApiError, invalid } from '../../core/errors.js';
import type { AccountChoice } from '../../networks/oauth2.js';
import { isUuid, type WorkspaceAccess } from '../workspaces/access.js';
import { networkOAuthRepository } from './network-oauth-repository.js';
import { channelsRepository } from './repository.js';
import { connectChannel, publicChannel } from './service.js';

async function grantOf(ctx: AppContext, access: WorkspaceAccess, grantId: string) {
  const grant = isUuid(grantId) ? await networkOAuthRepository.findGrant(ctx.database.db, access.workspaceId, access.userId, grantId) : undefined;
  if (!grant) {
    throw new ApiError(404, 'not_found', 'This choice of accounts has expired or was already used. Connect again from the channels page.');
  }
  return grant;
}

/** The accounts to pick from, each saying whether it is already a channel here (picking it again reconnects it). */
export async function describeGrant(ctx: AppContext, access: WorkspaceAccess, grantId: string) {
  const grant = await grantOf(ctx, access, grantId);
  const channels = await channelsRepository.list(ctx.database.db, access.workspaceId);
  const existing = new Set(channels.map((c) => `${c.network} ${c.external_id}`));
  return {
    id: grant.id,
    network: grant.network,
    expiresAt: grant.expires_at,
    accounts: grant.accounts.map((a) => ({ ...a, connected: existing.has(`${a.network} ${a.externalId}`) })),
  };
}

/**
 * Connects the picked accounts, each through its own network's connector. Accounts that fail are reported beside
 * the ones that worked; when none worked, a 422 says why. The grant is gone once every pick is connected.
 */
export async function connectFromGrant(ctx: AppContext, access: WorkspaceAccess, grantId: string, externalIds: string[]) {
  const grant = await grantOf(ctx, access, grantId);
  const sealed = ctx.secrets.open(grant.choices_enc, access.workspaceId)['choices'];
  const choices = JSON.parse(sealed ?? '[]') as AccountChoice[];
  const picked: AccountChoice[] = [];
  for (const [i, id] of [...new Set(externalIds)].entries()) {
    const choice = choices.find((c) => c.externalId === id);
    if (!choice) throw invalid('unknown_account', `"${id}" is not one of the accounts this sign-in reached.`, `externalIds[${i}]`);
    picked.push(choice);
  }
  const channels: ReturnType<typeof publicChannel>[] = [];
  const failed: { externalId: string; label: string; message: string }[] = [];
  for (const choice of picked) {
    try {
      channels.push((await connectChannel(ctx, access, choice.network, choice.connectInput)).channel);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      failed.push({ externalId: choice.externalId, label: choice.label, message: error.message });
    }
  }
  if (channels.length === 0 && failed[0]) throw invalid('connect_failed', `${failed[0].label}: ${failed[0].message}`, 'externalIds', { failed });
  if (failed.length === 0) await networkOAuthRepository.removeGrant(ctx.database.db, grant.id);
  return { channels, failed };
}
