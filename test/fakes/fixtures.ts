/**
 * Suite set-ups the fakes' tests share: a fake running for the tests of a suite, a channel of the test database whose
 * account lives on a fake (what a restarted worker finds), and a video published from the media store by range only.
 * Call the `use…` helpers inside a `describe` (or `forEachDatabase`) body, or at the top of a file: they register
 * that suite's hooks.
 *
 * @example
 * let fake: FakeX;
 * useFake(async () => (fake = await startFakeX()), () => void (ann = fake.addUser('ann')));
 * test('…', async () => {
 *   const { ref, video } = await publishRanged(connector, channelContext(ann.id, { accessToken: ann.token }), 3 * MIB);
 *   assert.equal(fake.uploads.get(idOf(ref))?.sha256, video.sha256);
 * });
 */
import { after, before, beforeEach } from 'node:test';
import type { DB } from '../../src/db/database.js';
import { insertChannelRow, type TestDatabase } from '../../src/db/testing.js';
import type { ChannelContext, Connector, Credentials, NetworkId, PublicationContent, PublishedRef } from '../../src/networks/connector.js';
import { rangedMedia, type RangedMedia } from './upload-bytes.js';

export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Starts a fake before the suite's tests and stops it after them (also when a later `before` failed); `each` runs
 * before every test, to give each one fresh accounts.
 */
export function useFake<F extends Stoppable>(start: () => Promise<F>, each?: () => void): void {
  let fake: F | undefined;
  before(async () => {
    fake = await start();
  });
  if (each) beforeEach(each);
  after(async () => {
    await fake?.stop();
  });
}

/** An account of a fake as its `add…` helpers return it. */
export interface FakeAccount {
  id: string;
  token: string;
}

/** A channel row whose account lives on a running fake. Its fields are set once the suite's `before` has run. */
export class FakeChannel<F> {
  db!: DB;
  fake!: F;
  account!: FakeAccount;
  channelId = '';

  constructor(private readonly credentials: (account: FakeAccount) => Credentials) {}

  /** The channel as the publisher hands it to a connector. */
  ctx(): ChannelContext {
    return { channelId: this.channelId, credentials: this.credentials(this.account), externalId: this.account.id, serviceUrl: null, onCredentialsChanged: async () => {} };
  }
}

/**
 * For a suite of `forEachDatabase`: starts the fake, adds the account and inserts a `network` channel of it
 * (handle `@<username>`), then stops the fake after the suite.
 */
export function useFakeChannel<F extends Stoppable>(
  getDb: () => TestDatabase,
  network: NetworkId,
  setup: { start(): Promise<F>; account(fake: F): FakeAccount; username: string; credentials(account: FakeAccount): Credentials },
): FakeChannel<F> {
  const channel = new FakeChannel<F>(setup.credentials);
  useFake(async () => {
    channel.db = getDb().db;
    channel.fake = await setup.start();
    channel.account = setup.account(channel.fake);
    channel.channelId = (await insertChannelRow(channel.db, network, channel.account.id, `@${setup.username}`)).channelId;
    return channel.fake;
  });
  return channel;
}

/**
 * Publishes a `sizeBytes` video that can only be read by range (`rangedMedia`), with `content` around it; the
 * connector's reads and the bytes' sha256 are in `video`.
 */
export async function publishRanged(
  connector: Connector,
  ctx: ChannelContext,
  sizeBytes: number,
  content: Omit<PublicationContent, 'media'> = { text: 'Streamed' },
  media: { head?: Buffer } = {},
): Promise<{ ref: PublishedRef; video: RangedMedia }> {
  const video = rangedMedia('video/mp4', sizeBytes, media);
  const ref = await connector.publish(ctx, { ...content, media: [video.media] }, 'streamed');
  return { ref, video };
}
