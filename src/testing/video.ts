/**
 * Real H.264 MP4 clips for tests and benchmarks, made by the ffmpeg that npm installs (@ffmpeg-installer/ffmpeg), so
 * the media tests need nothing beyond `npm install`.
 *
 * @example
 *   const clip = makeTestVideo({ seconds: 2, width: 320, height: 240, fps: 25 });
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ffmpeg from '@ffmpeg-installer/ffmpeg';

export const ffmpegPath = ffmpeg.path;

export interface TestVideo {
  seconds: number;
  width: number;
  height: number;
  fps: number;
  /** Index (moov) first, so ffprobe reads the clip from a pipe without the whole file. */
  faststart?: boolean;
}

/** A test pattern clip of the given length, size and frame rate. */
export function makeTestVideo(video: TestVideo): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chorus-video-'));
  const file = path.join(dir, 'clip.mp4');
  try {
    const source = `testsrc=duration=${video.seconds}:size=${video.width}x${video.height}:rate=${video.fps}`;
    const faststart = video.faststart ? ['-movflags', '+faststart'] : [];
    execFileSync(ffmpegPath, ['-v', 'error', '-f', 'lavfi', '-i', source, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', ...faststart, '-y', file]);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
