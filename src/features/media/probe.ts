/**
 * What a video is — duration, size, frame rate, codec — read with `ffprobe`, so each
 * network's rules (YouTube 12 h, TikTok's creator maximum, Snapchat 5–60 s and H.264/H.265…) are checked before a
 * post is scheduled, not when the network refuses it. The file is streamed to ffprobe's standard input, so it works
 * the same for the local folder and for an S3 bucket.
 *
 * Why a child process and not a library: ffprobe is the maintained reference for container and codec parsing; the
 * npm wrappers around it only spawn it too. The binary itself comes from npm (@ffprobe-installer/ffprobe, a static
 * build per platform), so `npm install` is all a machine needs; `CHORUS_FFPROBE` names another one.
 *
 * @example
 * const facts = await probeVideo(await store.stream(key)); // VideoFacts | 'unreadable' | 'unavailable'
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { z } from 'zod';

export interface VideoFacts {
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  frameRate: number | null;
  videoCodec: string | null;
}

const ProbeOutput = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        avg_frame_rate: z.string().optional(),
        r_frame_rate: z.string().optional(),
        duration: z.string().optional(),
      }),
    )
    .default([]),
  format: z.object({ duration: z.string().optional() }).optional(),
});

/** "30000/1001" → 29.97; "0/0" (unknown) → null. */
function rate(fraction: string | undefined): number | null {
  if (!fraction) return null;
  const [num, den] = fraction.split('/').map(Number);
  if (!num || !den || !Number.isFinite(num / den)) return null;
  return Math.round((num / den) * 1000) / 1000;
}

function seconds(value: string | undefined): number | null {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

let binary: string | undefined;
/** The ffprobe to run: `CHORUS_FFPROBE`, else npm's build for this platform, else one on the PATH. */
export function ffprobeBinary(): string {
  if (binary) return binary;
  if (process.env.CHORUS_FFPROBE) return (binary = process.env.CHORUS_FFPROBE);
  try {
    // A platform npm has no build for makes the package throw when loaded; that must not stop Chorus from starting.
    const installed: typeof import('@ffprobe-installer/ffprobe') = createRequire(import.meta.url)('@ffprobe-installer/ffprobe');
    binary = installed.path;
  } catch {
    binary = 'ffprobe';
  }
  return binary;
}

/**
 * `'unreadable'` when ffprobe finds no video stream in the bytes (not a video, or a broken one); `'unavailable'`
 * when ffprobe is not installed — the upload is kept without the facts and the networks check what they can.
 */
export function probeVideo(
  source: Readable,
  timeoutMs = 120_000,
  ffprobe = ffprobeBinary(),
): Promise<VideoFacts | 'unreadable' | 'unavailable'> {
  return new Promise((resolve) => {
    const child = spawn(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', '-i', 'pipe:0'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (out.length < 1_000_000) out += chunk;
    });
    // ffprobe may stop reading once it knows enough: the rest of the stream is not needed.
    child.stdin.on('error', () => undefined);
    source.on('error', () => child.stdin.destroy());
    source.pipe(child.stdin);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      source.destroy();
      resolve(error.code === 'ENOENT' ? 'unavailable' : 'unreadable');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      source.destroy();
      if (code !== 0) return resolve('unreadable');
      let parsed: z.infer<typeof ProbeOutput>;
      try {
        parsed = ProbeOutput.parse(JSON.parse(out));
      } catch {
        return resolve('unreadable');
      }
      const video = parsed.streams.find((s) => s.codec_type === 'video');
      if (!video) return resolve('unreadable');
      resolve({
        durationSeconds: seconds(video.duration) ?? seconds(parsed.format?.duration),
        width: video.width ?? null,
        height: video.height ?? null,
        frameRate: rate(video.avg_frame_rate) ?? rate(video.r_frame_rate),
        videoCodec: video.codec_name ?? null,
      });
    });
  });
}
