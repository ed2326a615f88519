/**
 * Test helpers for the inbox, metrics and refresh: an in-memory connector (built on memory-network.ts)
 * whose engagement, metrics, refresh and moderation answers a test sets, and a way to add people with a role.
 *
 * @example
 * const inbox = new InboxNetwork();
 * const registry = new NetworkRegistry().register(inbox.connector('bluesky')).register(inbox.connector('facebook', { hide: true }));
 * inbox.engagement.push(comment('c1', 'm1'));
 */
import type { App } from '../../src/core/http.js';
import { call } from '../../src/testing/app.js';
import type { Role } from '../../src/db/schema.js';
import { NetworkError, type AccountMetrics, type Connector, type Credentials, type EngagementItem, type NetworkId, type PostMetrics } from '../../src/networks/connector.js';
import { MemoryNetwork } from './memory-network.js';

export class InboxNetwork {
  readonly memory = new MemoryNetwork();
  engagement: EngagementItem[] = [];
  /** `since` values the connector was called with, in order. */
  sinces: Array<Date | null> = [];
  metrics = new Map<string, Partial<PostMetrics>>();
  /** Errors thrown by the next calls of fetchEngagement / fetchMetrics / reply / findReply / like / hide / delete / refresh, in order. */
  failures: NetworkError[] = [];
  refresh: (credentials: Credentials) => Credentials | null = () => null;
  replies: Array<{ to: string; text: string; key: string }> = [];
  hidden = new Map<string, boolean>();
  deleted: string[] = [];
  /** Replies the network has, by idempotency key, as `findReply` finds them (a test adds one to play a send that landed before a crash). */
  landed = new Map<string, { externalId: string; url: string }>();
  /** Lookups `findReply` answered, in order. */
  lookups: Array<{ parent: string; text: string; key: string }> = [];
  liked = new Map<string, boolean>();
  /** The account's figures as `fetchAccountMetrics` answers them (connectors made with `{ account: true }`). */
  account: AccountMetrics = { followers: 0, following: 0, posts: 0, impressions: null, reach: null };
  /** Errors thrown by the next calls of fetchAccountMetrics, in order (apart from `failures`). */
  accountFailures: NetworkError[] = [];

  connector(network: NetworkId, options: { hide?: boolean; delete?: boolean; findReply?: boolean; like?: boolean; account?: boolean } = {}): Connector {
    const base = this.memory.connector('bluesky');
    const fail = () => {
      const failure = this.failures.shift();
      if (failure) throw failure;
    };
    const connector: Connector = {
      ...base,
      network,
      fetchEngagement: async (_ctx, since) => {
        this.sinces.push(since);
        fail();
        return this.engagement.filter((i) => !since || i.createdAt > since);
      },
      fetchMetrics: async (_ctx, ids) => {
        fail();
        return ids.flatMap((externalId) => {
          const m = this.metrics.get(externalId);
          return m ? [{ externalId, likes: 0, reposts: 0, replies: 0, quotes: null, views: null, fetchedAt: new Date(), ...m }] : [];
        });
      },
      reply: async (_ctx, to, content, key) => {
        fail();
        this.replies.push({ to, text: content.text, key });
        const ref = { externalId: `r-${key}`, url: `https://memory.test/r-${key}` };
        this.landed.set(key, ref);
        return ref;
      },
      refreshCredentials: async (ctx) => {
        fail();
        const next = this.refresh(ctx.credentials);
        if (next) await ctx.onCredentialsChanged(next);
        return next;
      },
    };
    if (options.hide) {
      connector.hideEngagement = async (_ctx, id, hidden) => {
        fail();
        this.hidden.set(id, hidden);
      };
    }
    if (options.findReply) {
      connector.findReply = async (_ctx, lookup) => {
        fail();
        this.lookups.push({ parent: lookup.parentExternalId, text: lookup.text, key: lookup.idempotencyKey });
        return this.landed.get(lookup.idempotencyKey) ?? null;
      };
    }
    if (options.like) {
      connector.like = async (_ctx, id, liked) => {
        fail();
        this.liked.set(id, liked);
      };
    }
    if (options.account) {
      connector.fetchAccountMetrics = async () => {
        const failure = this.accountFailures.shift();
        if (failure) throw failure;
        return { ...this.account };
      };
    }
    if (options.delete) {
      connector.deleteEngagement = async (_ctx, id) => {
        fail();
        this.deleted.push(id);
      };
    }
    return connector;
  }
}

/** A comment by someone else on `parent` (one of our posts or another comment). */
export function comment(externalId: string, parent: string | null, createdAt = new Date(), text = `comment ${externalId}`): EngagementItem {
  return {
    kind: parent ? 'reply' : 'mention',
    externalId,
    inReplyTo: parent,
    author: { externalId: 'fan-1', handle: '@fan', displayName: 'A Fan', avatarUrl: null },
    text,
    url: `https://memory.test/${externalId}`,
    createdAt,
  };
}

let people = 0;

/** Adds a new person with `role` to the workspace and returns an API token of theirs. */
export async function memberToken(app: App, ownerToken: string, workspaceId: string, role: Role): Promise<string> {
  people++;
  const email = `${role}${people}-${Date.now()}@example.com`;
  const added = await call(app, ownerToken, 'POST', `/api/v1/workspaces/${workspaceId}/members`, { email, role });
  if (added.status !== 201) throw new Error(`adding a member failed: ${JSON.stringify(added.body)}`);
  const inviteToken = String(added.body.inviteUrl).split('/invite/')[1];
  const accepted = await app.inject({ method: 'POST', url: '/api/v1/invites/accept', payload: { token: inviteToken, password: 'another good password' } });
  const cookie = accepted.cookies.find((c) => c.name === 'chorus_session')!.value;
  const headers = { cookie: `chorus_session=${cookie}`, 'x-csrf-token': accepted.json().csrfToken as string };
  const token = await app.inject({ method: 'POST', url: `/api/v1/workspaces/${workspaceId}/tokens`, headers, payload: { name: 'tests' } });
  if (token.statusCode !== 201) throw new Error(`token failed: ${token.body}`);
  return token.json().token as string;
}
