import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { makeTestVideo } from '../../testing/video.js';
import { ffprobeBinary, probeVideo } from './probe.js';

describe('video probe', () => {
  it('runs the ffprobe npm installed, so a fresh machine needs nothing else', () => {
    const binary = ffprobeBinary();
    assert.match(binary, /node_modules/);
    accessSync(binary, constants.X_OK);
  });

  it('reads duration, size, frame rate and codec from a clip streamed to it', async () => {
    const clip = makeTestVideo({ seconds: 2, width: 320, height: 240, fps: 25 });
    const facts = await probeVideo(Readable.from([clip]));
    assert.ok(typeof facts === 'object');
    assert.deepEqual({ ...facts, durationSeconds: Math.round(facts.durationSeconds ?? 0) }, {
      durationSeconds: 2,
      width: 320,
      height: 240,
      frameRate: 25,
      videoCodec: 'h264',
    });
  });

  it('says unreadable for bytes that are no video, and unavailable when ffprobe cannot start', async () => {
    assert.equal(await probeVideo(Readable.from([Buffer.from('not a video at all')])), 'unreadable');
    assert.equal(await probeVideo(Readable.from([Buffer.from('x')]), 5_000, '/nonexistent/ffprobe'), 'unavailable');
  });
});
