/** Connecting accounts, and turning a stored channel into what a connector needs. Secrets never leave here. */
import type { AppContext } from '../../core/context.js';
import { workspaceOAuthApp } from '../network-apps/service.js';
import { invalid } from '../../core/errors.js';
import { NetworkError, type ChannelContext, type Connector } from '../../networks/connector.js';
import { limitsForStorage, readStoredLimits, UNKNOWN_NETWORK_LIMITS } from '../../networks/limits-schema.js';
import { auditRepository } from '../audit/repository.js';
import { assertPublicHttpUrl, UnsafeUrlError } from '../../networks/safe-url.js';
import { unsafeAddressIn } from '../../networks/safe-fetch.js';
import type { WorkspaceAccess } from '../workspaces/access.js';
import { networkName } from './network-names.js';
import { attachableTypes } from '../media/attachable.js';
import { channelsRepository, type ChannelRow } from './repository.js';
import { publishingRepository } from '../publishing/repository.js';
import { queuePublish } from '../publishing/jobs.js';

/**
 * A channel as the API shows it: never any credential. With the connector, the files the composer may attach
 * and the limits shown are those the server validates with (`connector.limits`), which fill in rules added since
 * the channel was connected (image conversion, for one).
 */
export function publicChannel(row: ChannelRow, connector?: Connector) {
  const limits = connector ? connector.limits(row.limits) : readStoredLimits(row.limits, UNKNOWN_NETWORK_LIMITS);
  return {
    id: row.id,
    network: row.network,
    handle: row.handle,
    displayName: row.display_name,
    avatarUrl: row.avatar_url,
    /** The account's server (Mastodon instance, Bluesky PDS): not a secret, and what a reconnect form needs. */
    serviceUrl: row.service_url,
    status: row.status,
    statusReason: row.status_reason,
    limits,
    attachableTypes: attachableTypes(limits),
    createdAt: row.created_at,
  };
}

export function connectorFor(ctx: AppContext, network: string): Connector {
  const connector = ctx.networks.get(network);
  if (!connector) {
    const known = ctx.networks.networks().join(', ') || 'none';
    throw invalid('unknown_network', `Chorus cannot connect to "${network}" yet (available: ${known}).`, 'network');
  }
  return connector;
}

/** Checks the credentials against the network, then saves the channel with its credentials encrypted. */
export async function connectChannel(ctx: AppContext, access: WorkspaceAccess, network: string, input: Record<string, string>) {
  const connector = connectorFor(ctx, network);
  // Addresses people type are checked before Chorus sends anything there (no SSRF).
  for (const field of ['service', 'instanceUrl'] as const) {
    if (!input[field]) continue;
    try {
      await assertPublicHttpUrl(input[field]);
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw invalid('unsafe_url', error.message, field);
      throw error;
    }
  }
  let account;
  try {
    account = await connector.connect(input);
  } catch (error) {
    // A redirect or a DNS answer that led to a local address after the check above: the same refusal.
    const unsafe = unsafeAddressIn(error);
    if (unsafe) throw invalid('unsafe_url', unsafe.message, input['instanceUrl'] ? 'instanceUrl' : input['service'] ? 'service' : undefined);
    if (error instanceof NetworkError) {
      // auth: the credentials are wrong; rejected: the network said why (wrong account, missing link); else unreachable.
      const code = error.kind === 'auth' ? 'credentials_rejected' : error.kind === 'rejected' || error.kind === 'not_found' ? 'connection_refused' : 'network_unreachable';
      throw invalid(code, `${networkName(network)} did not accept the connection: ${error.message}`, code === 'credentials_rejected' ? 'credentials' : undefined);
    }
    throw error;
  }
  return ctx.database.db.transaction().execute(async (trx) => {
    const { row, created } = await channelsRepository.upsert(trx, {
      workspaceId: access.workspaceId,
      network,
      externalId: account.externalId,
      handle: account.handle,
      displayName: account.displayName,
      avatarUrl: account.avatarUrl,
      serviceUrl: account.serviceUrl,
      credentialsEnc: ctx.secrets.seal(account.credentials, access.workspaceId),
      limits: limitsForStorage(account.limits),
    });
    // A reconnect releases what was held while the credentials did not work.
    const released = created ? [] : await publishingRepository.releaseHeld(trx, row.id);
    for (const pub of released) await queuePublish(ctx.jobs, trx, pub);
    await auditRepository.recordBy(trx, access, {
      action: created ? 'channel.connected' : 'channel.reconnected',
      targetType: 'channel',
      targetId: row.id,
      data: { network, handle: account.handle, released: released.length },
    });
    return { channel: publicChannel(row, connector), created };
  });
}

/** What a connector needs to act for this channel; refreshed tokens are saved encrypted. */
export function channelContext(ctx: AppContext, row: ChannelRow): ChannelContext {
  return {
    channelId: row.id,
    credentials: ctx.secrets.open(row.credentials_enc, row.workspace_id),
    externalId: row.external_id,
    serviceUrl: row.service_url,
    onCredentialsChanged: async (next) => {
      await channelsRepository.setCredentials(ctx.database.db, row.id, ctx.secrets.seal(next, row.workspace_id));
    },
    // Asked only when the server sets no app: a channel connected with its workspace's app renews with that app.
    oauthApp: () => workspaceOAuthApp(ctx, row.workspace_id, row.network),
  };
}

export async function disconnectChannel(ctx: AppContext, access: WorkspaceAccess, channelId: string): Promise<boolean> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await channelsRepository.find(trx, access.workspaceId, channelId);
    if (!row) return false;
    await channelsRepository.remove(trx, access.workspaceId, channelId);
    await auditRepository.recordBy(trx, access, {
      action: 'channel.disconnected',
      targetType: 'channel',
      targetId: channelId,
      data: { network: row.network, handle: row.handle },
    });
    return true;
  });
}
