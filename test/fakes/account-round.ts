/**
 * The daily account-figures round (part of the metrics round) run for real against a network's strict fake: a Chorus
 * on the suite's database whose only network is the connector under test, a channel of the fake's account with its
 * credentials sealed as a connected channel keeps them, and the row the round stored for the day.
 * Call `useAccountRound` inside a `forEachDatabase` body; its hooks build the app before the suite and close it after.
 *
 * @example
 * const round = useAccountRound(getDb, () => createXConnector({ apiUrl: fake.baseUrl }));
 * it('…', async () => {
 *   const channelId = await round.channel('x', ann.id, { accessToken: ann.token });
 *   assert.equal((await round.run(channelId))?.followers, 42);
 * });
 */
import { after, before } from 'node:test';
import type { TestDatabase } from '../../src/db/testing.js';
import type { AccountMetricsDailyTable } from '../../src/db/schema.js';
import { collectChannelMetrics } from '../../src/features/metrics/jobs.js';
import type { Connector, Credentials, NetworkId } from '../../src/networks/connector.js';
import { NetworkRegistry } from '../../src/networks/registry.js';
import { createTestApp, type TestApp } from '../../src/testing/app.js';

export class AccountRound {
  t!: TestApp;
  private workspaceId = '';

  constructor(private readonly getDb: () => TestDatabase) {}

  /** @internal the suite's `before` */
  async start(connectors: Connector[]): Promise<void> {
    const networks = new NetworkRegistry();
    for (const connector of connectors) networks.register(connector);
    this.t = await createTestApp(this.getDb(), { networks });
    const ws = await this.db.insertInto('workspaces').values({ name: 'Figures' }).returning('id').executeTakeFirstOrThrow();
    this.workspaceId = ws.id;
  }

  private get db() {
    return this.getDb().db;
  }

  /** A connected channel of the fake's account `externalId`, its credentials sealed like any connected channel's. */
  async channel(network: NetworkId, externalId: string, credentials: Credentials): Promise<string> {
    const row = await this.db
      .insertInto('channels')
      .values({
        workspace_id: this.workspaceId,
        network,
        external_id: externalId,
        handle: `@${externalId}`,
        credentials_enc: this.t.ctx.secrets.seal(credentials, this.workspaceId),
        limits: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Runs the channel's metrics round at `at` and returns the day's stored figures (undefined: nothing stored). */
  async run(channelId: string, at = new Date()): Promise<AccountMetricsDailyTable | undefined> {
    await collectChannelMetrics(this.t.ctx, channelId, at.getTime());
    return this.db
      .selectFrom('account_metrics_daily')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('day', '=', at.toISOString().slice(0, 10))
      .executeTakeFirst();
  }
}

/** Builds the app on the suite's database with the connectors (made once the suite's fake runs) as its only networks. */
export function useAccountRound(getDb: () => TestDatabase, connectors: () => Connector | Connector[]): AccountRound {
  const round = new AccountRound(getDb);
  before(async () => {
    await round.start([connectors()].flat());
  });
  after(async () => {
    await round.t?.close();
  });
  return round;
}
