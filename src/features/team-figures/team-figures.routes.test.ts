/**
 * Team figures: business hours (everyone reads them, admins set them, wrong ones are refused naming the day and
 * nothing is saved) and the figures per teammate, per channel and per day — counted in business time, from replies
 * sent through the API — with the attacks: another workspace's hours, figures and channel, lesser roles writing.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, type TestApp } from '../../testing/app.js';
import { setupTenant, createTenantApp, type Tenant } from '../../testing/scenario.js';
import { forEachDatabase } from '../../db/testing.js';
import { NetworkRegistry } from '../../networks/registry.js';
import { channelsRepository } from '../channels/repository.js';
import { connectChannel } from '../channels/service.js';
import { sendReply } from '../engagement/reply-sender.js';
import { storeEngagement } from '../engagement/service.js';
import { comment, InboxNetwork, memberToken } from '../../../test/fakes/inbox-network.js';

const at = (iso: string) => new Date(iso);

forEachDatabase('team figures API', (getDb) => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let viewer: string;
  let editor: string;
  let admin: string;
  let editorId: string;
  let facebookChannelId: string;
  const ids: Record<string, string> = {};
  const ws = () => `/api/v1/workspaces/${a.workspaceId}`;
  const hours = () => `${ws()}/inbox/business-hours`;
  const figures = (query: string) => `${ws()}/inbox/figures?${query}`;
  const idOf = async (externalId: string) =>
    (await getDb().db.selectFrom('engagements').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;

  before(async () => {
    const inbox = new InboxNetwork();
    const registry = new NetworkRegistry().register(inbox.connector('bluesky', { hide: true })).register(inbox.connector('facebook', { hide: true }));
    ({ app: t, tenant: a } = await createTenantApp(getDb(), { networks: registry }));
    b = await setupTenant(t.app, { owner: { token: a.token } });
    viewer = await memberToken(t.app, a.token, a.workspaceId, 'viewer');
    editor = await memberToken(t.app, a.token, a.workspaceId, 'editor');
    admin = await memberToken(t.app, a.token, a.workspaceId, 'admin');
    editorId = (await call(t.app, editor, 'GET', '/api/v1/me')).body.user.id;
    const access = { workspaceId: a.workspaceId, workspaceName: 'A', timezone: 'UTC', userId: a.userId, role: 'owner' as const };
    facebookChannelId = (await connectChannel(t.ctx, access, 'facebook', { accessToken: 'page-1' })).channel.id;
    const db = getDb().db;
    const channel = async (id: string) => (await channelsRepository.findById(db, id))!;
    // 2026-11-16 is a Monday.
    await storeEngagement(t.ctx, await channel(a.channelId), [
      comment('i1', null, at('2026-11-16T09:00:00Z')),
      comment('i2', null, at('2026-11-20T16:00:00Z')),
      comment('old', null, at('2026-11-10T09:00:00Z')),
    ]);
    await storeEngagement(t.ctx, await channel(facebookChannelId), [comment('i3', null, at('2026-11-17T11:30:00Z'))]);
    await storeEngagement(t.ctx, await channel(b.channelId), [comment('b-only', null, at('2026-11-16T10:00:00Z'))]);
    for (const name of ['i1', 'i2', 'i3', 'old', 'b-only']) ids[name] = await idOf(name);
  });
  after(async () => t?.close());

  it('shows the default hours to any member, and lets only admins set them, refusing wrong ones as a whole', async () => {
    const initial = await call(t.app, viewer, 'GET', hours());
    assert.equal(initial.status, 200);
    assert.deepEqual({ ...initial.body, days: initial.body.days.length }, { timeZone: 'UTC', days: 5, isDefault: true, updatedAt: null });
    const body = {
      timeZone: 'UTC',
      days: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, start: '13:00', end: '17:00' },
        { weekday, start: '09:00', end: '12:00' },
      ]),
    };
    assert.equal((await call(t.app, viewer, 'PUT', hours(), body)).status, 403);
    assert.equal((await call(t.app, editor, 'PUT', hours(), body)).status, 403);

    const reversed = await call(t.app, admin, 'PUT', hours(), { timeZone: 'UTC', days: [...body.days, { weekday: 2, start: '18:00', end: '17:00' }] });
    assert.equal(reversed.status, 422);
    assert.equal(reversed.body.error.code, 'business_hours_invalid');
    assert.equal(reversed.body.error.field, 'days.10.end');
    assert.match(reversed.body.error.message, /^Tuesday: the hours end at 17:00/);
    const overlap = await call(t.app, admin, 'PUT', hours(), { timeZone: 'UTC', days: [{ weekday: 6, start: '09:00', end: '12:00' }, { weekday: 6, start: '11:00', end: '13:00' }] });
    assert.match(overlap.body.error.message, /^Saturday: 11:00–13:00 overlaps 09:00–12:00/);
    const zone = await call(t.app, admin, 'PUT', hours(), { timeZone: 'Europe/Pariss', days: [] });
    assert.equal(zone.status, 422);
    assert.equal(zone.body.error.field, 'timeZone');
    assert.equal((await call(t.app, viewer, 'GET', hours())).body.isDefault, true, 'nothing half-written');

    const saved = await call(t.app, admin, 'PUT', hours(), body);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.isDefault, false);
    assert.deepEqual(saved.body.days.slice(0, 2), [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '13:00', end: '17:00' }], 'in order');
    const audit = await getDb().db.selectFrom('audit_log').selectAll().where('workspace_id', '=', a.workspaceId).where('action', '=', 'business_hours.updated').execute();
    assert.equal(audit.length, 1);

    // Another workspace's hours are neither read nor written.
    assert.equal((await call(t.app, b.token, 'GET', hours())).status, 404);
    assert.equal((await call(t.app, b.token, 'PUT', hours(), { timeZone: 'UTC', days: [] })).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/inbox/business-hours`)).body.isDefault, true);
  });

  it('records who replied first, and a second reply does not move the first', async () => {
    // Queued (202), then sent by the reply job: the item is answered when the reply goes out.
    const reply = async (token: string, id: string, text: string) => {
      const res = await call(t.app, token, 'POST', `${ws()}/engagements/${id}/reply`, { text });
      if (res.status === 202) await sendReply(t.ctx, res.body.reply.id);
      return res;
    };
    assert.equal((await reply(editor, ids.i1!, 'Thanks!')).status, 202);
    const firstAt = (await getDb().db.selectFrom('engagements').select('first_replied_at').where('id', '=', ids.i1!).executeTakeFirstOrThrow()).first_replied_at;
    assert.equal((await reply(a.token, ids.i1!, 'And welcome.')).status, 202);
    const row = await getDb().db.selectFrom('engagements').selectAll().where('id', '=', ids.i1!).executeTakeFirstOrThrow();
    assert.equal(row.first_replied_by, editorId);
    assert.equal(row.replied_by, a.userId);
    assert.equal(row.first_replied_at?.getTime(), firstAt?.getTime());
    assert.equal((await reply(editor, ids.i2!, 'On it.')).status, 202);
    assert.equal((await reply(a.token, ids.i3!, 'Merci.')).status, 202);
    assert.equal((await reply(a.token, ids.old!, 'Late.')).status, 202);
    const bReply = await call(t.app, b.token, 'POST', `/api/v1/workspaces/${b.workspaceId}/engagements/${ids['b-only']}/reply`, { text: 'B' });
    await sendReply(t.ctx, bReply.body.reply.id);
    assert.equal((await call(t.app, a.token, 'PATCH', `${ws()}/engagements/${ids.i1}`, { status: 'done' })).status, 200);
    assert.equal((await call(t.app, editor, 'PATCH', `${ws()}/engagements/${ids.i3}`, { status: 'done' })).status, 200);

    // The times of the story, set by hand (the replies above happened just now).
    const db = getDb().db;
    const set = async (id: string, values: Record<string, Date | string | null>) => db.updateTable('engagements').set(values).where('id', '=', id).execute();
    await set(ids.i1!, { received_at: at('2026-11-16T09:00:00Z'), first_replied_at: at('2026-11-16T09:30:00Z'), done_at: at('2026-11-16T14:00:00Z'), sentiment_label: 'negative' });
    await set(ids.i2!, { received_at: at('2026-11-20T16:00:00Z'), first_replied_at: at('2026-11-23T09:10:00Z'), sentiment_label: 'positive' });
    // i3 has no sentiment (like items stored before it was detected): counted as unknown.
    await set(ids.i3!, { received_at: at('2026-11-17T11:30:00Z'), first_replied_at: at('2026-11-17T13:30:00Z'), done_at: at('2026-11-17T16:30:00Z'), sentiment_label: null });
    await set(ids.old!, { received_at: at('2026-11-10T09:00:00Z'), first_replied_at: at('2026-11-10T10:00:00Z') });
    await set(ids['b-only']!, { first_replied_at: at('2026-11-16T11:00:00Z'), done_at: at('2026-11-16T12:00:00Z'), status: 'done' });
  });

  it('measures first replies and time to done in business time, per teammate, per channel and per day', async () => {
    const res = await call(t.app, viewer, 'GET', figures('from=2026-11-16&to=2026-11-23'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const min = 60;
    // Editor: i1 in 30 min, i2 Friday 16:00 → Monday 09:10 is 70 min; i3 done 11:30 → 16:30 less lunch: 4 h.
    // Owner: i3 in 60 min (lunch left out); i1 done 09:00 → 14:00 less lunch: 4 h.
    assert.deepEqual(res.body.teammates, [
      { user: { id: editorId, name: res.body.teammates[0].user.name }, replied: 2, firstReply: { medianSeconds: 50 * min, p90Seconds: 66 * min }, done: 1, toDone: { medianSeconds: 240 * min, p90Seconds: 240 * min } },
      { user: { id: a.userId, name: res.body.teammates[1].user.name }, replied: 1, firstReply: { medianSeconds: 60 * min, p90Seconds: 60 * min }, done: 1, toDone: { medianSeconds: 240 * min, p90Seconds: 240 * min } },
    ]);
    assert.ok(res.body.teammates.every((m: { user: { name: string } }) => m.user.name.length > 0), 'named');
    assert.deepEqual(res.body.totals, { received: 3, replied: 3, firstReply: { medianSeconds: 60 * min, p90Seconds: 68 * min }, done: 2, toDone: { medianSeconds: 240 * min, p90Seconds: 240 * min } });
    const byChannel = Object.fromEntries(res.body.channels.map((c: { channel: { id: string }; replied: number; done: number }) => [c.channel.id, [c.replied, c.done]]));
    assert.deepEqual(byChannel, { [a.channelId]: [2, 1], [facebookChannelId]: [1, 1] });
    assert.equal(res.body.days.length, 8);
    assert.deepEqual(res.body.days[0], { day: '2026-11-16', positive: 0, neutral: 0, negative: 1, unknown: 0 });
    assert.deepEqual(res.body.days[1], { day: '2026-11-17', positive: 0, neutral: 0, negative: 0, unknown: 1 });
    assert.deepEqual(res.body.days[4], { day: '2026-11-20', positive: 1, neutral: 0, negative: 0, unknown: 0 });

    const facebook = await call(t.app, viewer, 'GET', figures(`from=2026-11-16&to=2026-11-23&channelId=${facebookChannelId}`));
    assert.deepEqual(facebook.body.channels.map((c: { channel: { id: string } }) => c.channel.id), [facebookChannelId]);
    assert.deepEqual([facebook.body.totals.replied, facebook.body.totals.done, facebook.body.totals.received], [1, 1, 1]);
    // Only the week before: the old item alone.
    const before = await call(t.app, viewer, 'GET', figures('from=2026-11-09&to=2026-11-15'));
    assert.deepEqual([before.body.totals.replied, before.body.totals.firstReply.medianSeconds, before.body.totals.done], [1, 60 * min, 0]);
  });

  it('refuses bad ranges with the field, and another workspace or its channel is not found', async () => {
    const reversed = await call(t.app, viewer, 'GET', figures('from=2026-11-23&to=2026-11-16'));
    assert.deepEqual([reversed.status, reversed.body.error.code, reversed.body.error.field], [422, 'range_reversed', 'from']);
    const notADay = await call(t.app, viewer, 'GET', figures('from=2026-02-30'));
    assert.deepEqual([notADay.status, notADay.body.error.code, notADay.body.error.field], [422, 'invalid_date', 'from']);
    const long = await call(t.app, viewer, 'GET', figures('from=2025-01-01&to=2026-11-16'));
    assert.deepEqual([long.status, long.body.error.code], [422, 'figures_range_too_long']);
    const defaults = await call(t.app, viewer, 'GET', figures(''));
    assert.equal(defaults.body.days.length, 30, 'the last 30 days');

    assert.equal((await call(t.app, a.token, 'GET', figures(`channelId=${b.channelId}`))).status, 404, "B's channel");
    assert.equal((await call(t.app, a.token, 'GET', figures('channelId=nope'))).status, 404);
    assert.equal((await call(t.app, b.token, 'GET', figures(''))).status, 404, "B's token on A's figures");
    const theirs = await call(t.app, b.token, 'GET', `/api/v1/workspaces/${b.workspaceId}/inbox/figures?from=2026-11-16&to=2026-11-23`);
    assert.deepEqual([theirs.body.totals.replied, theirs.body.totals.done], [1, 1], "B sees its own work only");
  });
});
