import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pino } from 'pino';
import { rollupsOf, type BatchRollups } from './click-rollups.js';
import { ClickRing } from './redirect/click-ring.js';
import type { PendingClick } from './click.js';

const link = { id: 'L', workspace_id: 'W', publication_id: null, network: 'x', channel_id: null };
const phone = { country: 'FR', region: null, device: 'mobile', os: 'ios', browser: 'safari', isBot: false } as const;
const bot = { country: null, region: null, device: null, os: null, browser: null, isBot: true } as const;
const at = Date.parse('2026-11-24T10:15:00Z');

async function rollups(clicks: Array<Partial<Omit<PendingClick, 'id'>>>): Promise<BatchRollups> {
  let result: BatchRollups | undefined;
  const ring = new ClickRing({ write: async (batch) => void (result = rollupsOf(batch)), log: pino({ level: 'silent' }), intervalMs: 60_000 });
  for (const c of clicks) {
    ring.push({ atMs: at, link, visitor: phone, visitorHash: 'h', referrerHost: null, trigger: 'link', ruleIndex: null, variant: null, ...c });
  }
  await ring.drain();
  return result!;
}

it('counts clicks, bots and QR scans per link and hour; bots stay out of breakdowns and uniques', async () => {
  const r = await rollups([
    {},
    { trigger: 'qr', visitorHash: 'h2', referrerHost: 't.co', ruleIndex: 1 },
    { visitor: bot, visitorHash: 'b' },
    { atMs: at + 3_600_000 },
  ]);
  assert.deepEqual(
    r.hourly.hours.map((h, i) => [h.toISOString(), r.hourly.clicks[i], r.hourly.bots[i], r.hourly.qr[i]]),
    [
      ['2026-11-24T10:00:00.000Z', 2, 1, 1],
      ['2026-11-24T11:00:00.000Z', 1, 0, 0],
    ],
  );
  const dim = (name: string) =>
    Object.fromEntries(r.dims.dims.flatMap((d, i) => (d === name ? [[r.dims.values[i], r.dims.clicks[i]]] : [])));
  assert.deepEqual(dim('country'), { FR: 3 });
  assert.deepEqual(dim('referrer'), { direct: 2, 't.co': 1 });
  assert.deepEqual(dim('rule'), { default: 2, '1': 1 });
  assert.deepEqual(dim('network'), { x: 3 });
  assert.deepEqual(r.visitors.hashes.sort(), ['h', 'h2'], 'one row per visitor and day, no bot');
});

it('cuts dimension values to 200 characters', async () => {
  const r = await rollups([{ referrerHost: 'a'.repeat(300) }]);
  assert.equal(r.dims.values[r.dims.dims.indexOf('referrer')]!.length, 200);
});
