/**
 * `npm run bench -- upload-memory` — issue 5's "uploading a 200 MB video to a fake network keeps the Chorus process
 * under 150 MB extra memory". A real `chorus start` (from source with tsx, embedded PGlite, its own data folder) runs
 * in a child process; this process plays the outside world:
 *   1. writes a 200 MB video: a real 10 s H.264 clip from ffmpeg (moov first, so ffprobe reads it from a pipe) padded
 *      with an ISO-BMFF `free` box of zeros — a valid MP4 that the upload route probes like any other;
 *   2. uploads it through `POST /api/v1/workspaces/{ws}/media` as one streamed multipart request;
 *   3. publishes it at once to YouTube, X and Pinterest channels, each a strict fake (test/fakes/*) in this process,
 *      and waits until the three publications are published; X and Pinterest report the sha256 of what they got.
 * Chorus's resident memory (VmRSS of the child, /proc/<pid>/status) is sampled every 10 ms throughout. Baseline is
 * the mean over 2 s of idle after setup; the figure that counts is peak − baseline. Appends to bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MediaBytes } from '../src/networks/connector.js';
import { streamedForm } from '../src/networks/multipart.js';
import { ffmpegPath } from '../src/testing/video.js';
import { startFakePinterest } from '../test/fakes/pinterest/server.js';
import { startFakeX } from '../test/fakes/x/server.js';
import { startFakeYouTube } from '../test/fakes/youtube/server.js';

const MB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 200) * MB;
const GOAL_MB = 150;
/** Which fakes to publish to (default all three); one alone shows which upload path holds memory. */
const NETWORKS = (process.env.BENCH_NETWORKS ?? 'youtube,x,pinterest').split(',');
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const run = (cmd: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });

/** The clip, then a `free` box (32-bit size + type + zeros) up to `size`; returns its sha256. */
async function makeVideo(file: string, size: number): Promise<string> {
  const clip = `${file}.clip.mp4`;
  await run(ffmpegPath, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=640x360:rate=30', '-t', '10', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-y', clip]);
  const head = await readFile(clip);
  await rm(clip);
  const pad = size - head.length;
  const box = Buffer.alloc(8);
  box.writeUInt32BE(pad, 0);
  box.write('free', 4, 'latin1');
  const hash = createHash('sha256').update(head).update(box);
  const out = await open(file, 'w');
  try {
    await out.write(head);
    await out.write(box);
    const zeros = Buffer.alloc(MB);
    for (let left = pad - 8; left > 0; left -= zeros.length) {
      const piece = zeros.subarray(0, Math.min(zeros.length, left));
      hash.update(piece);
      await out.write(piece);
    }
  } finally {
    await out.close();
  }
  return hash.digest('hex');
}

/** A file as ranges, for the streamed multipart writer the Pinterest connector uses. */
async function fileBytes(file: string, size: number): Promise<{ bytes: MediaBytes; close: () => Promise<void> }> {
  const handle = await open(file, 'r');
  return {
    bytes: {
      size,
      slice: async (start, end) => {
        const buffer = Buffer.alloc(end - start);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
        return buffer.subarray(0, bytesRead);
      },
    },
    close: () => handle.close(),
  };
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** VmRSS in bytes, or null once the process is gone. */
async function rss(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS into the current phase; the peak of each phase and of the whole run are kept. */
function sampler(pid: number, everyMs = 10) {
  const peaks = new Map<string, number>();
  const idle: number[] = [];
  let phase = 'start';
  let reading = false;
  const timer = setInterval(() => {
    if (reading) return;
    reading = true;
    void rss(pid).then((value) => {
      reading = false;
      if (value === null) return;
      if (phase === 'idle') idle.push(value);
      peaks.set(phase, Math.max(peaks.get(phase) ?? 0, value));
    });
  }, everyMs);
  return {
    set: (next: string) => void (phase = next),
    stop: () => clearInterval(timer),
    peaks,
    baseline: () => idle.reduce((a, b) => a + b, 0) / Math.max(1, idle.length),
  };
}

async function api<T = Record<string, unknown>>(base: string, token: string | null, method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chorus exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('chorus did not become healthy within 2 minutes');
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);

const dir = await mkdtemp(path.join(os.tmpdir(), 'chorus-upload-bench-'));
const [youtube, x, pinterest] = await Promise.all([startFakeYouTube({ processingPolls: 1 }), startFakeX({ videoProcessingPolls: 1 }), startFakePinterest({ videoProcessingPolls: 1 })]);
let chorus: ChildProcess | null = null;
try {
  const video = path.join(dir, 'bench.mp4');
  const sha256 = await makeVideo(video, SIZE);
  const [port, linkPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const preload = path.join(here, 'gc-on-signal.ts');
  chorus = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', preload, path.join(root, 'src/cli/chorus.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      CHORUS_LINK_PORT: String(linkPort),
      CHORUS_DATA_DIR: path.join(dir, 'data'),
      CHORUS_LOG_LEVEL: 'warn',
      CHORUS_YOUTUBE_API_URL: youtube.baseUrl,
      CHORUS_X_API_URL: x.baseUrl,
      CHORUS_PINTEREST_API_URL: pinterest.baseUrl,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = chorus.pid ?? 0;
  const samples = sampler(pid);
  await waitHealthy(base, chorus);

  samples.set('setup');
  const setup = await api<{ token: string; workspace: { id: string } }>(base, null, 'POST', '/api/v1/setup', { email: 'bench@example.com', password: 'bench password 123', workspaceName: 'Bench' });
  const ws = `/api/v1/workspaces/${setup.workspace.id}`;
  const pin = pinterest.addUser('bench');
  const channels: string[] = [];
  for (const [network, accessToken] of [['youtube', youtube.addChannel('Bench').token], ['x', x.addUser('bench').token], ['pinterest', pin.token]] as const) {
    if (NETWORKS.includes(network)) channels.push((await api<{ id: string }>(base, setup.token, 'POST', `${ws}/channels`, { network, accessToken })).id);
  }
  // Let start-up work (migrations, first job polls, JIT) settle, then collect its garbage before the baseline.
  await new Promise((r) => setTimeout(r, 3000));
  chorus.kill('SIGUSR2');
  await new Promise((r) => setTimeout(r, 1000));
  samples.set('idle');
  await new Promise((r) => setTimeout(r, 2000));

  samples.set('upload');
  const uploadStarted = Date.now();
  const file = await fileBytes(video, SIZE);
  const form = streamedForm({}, { name: 'file', fileName: 'bench.mp4', type: 'video/mp4', bytes: file.bytes });
  const response = await fetch(`${base}${ws}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${setup.token}`, 'content-type': form.contentType, 'content-length': String(form.length) },
    body: form.body,
    duplex: 'half',
    // Not 'follow': fetch would keep a copy of every chunk to replay the body after a redirect.
    redirect: 'error',
  } as RequestInit);
  await file.close();
  const media = (await response.json()) as { id: string; sizeBytes: number; durationSeconds: number | null };
  if (response.status !== 201) throw new Error(`upload: HTTP ${response.status} ${JSON.stringify(media)}`);
  const uploadSeconds = (Date.now() - uploadStarted) / 1000;

  samples.set('publish');
  const publishStarted = Date.now();
  const post = await api<{ id: string }>(base, setup.token, 'POST', `${ws}/posts`, {
    text: 'A 200 MB video',
    channelIds: channels,
    mediaIds: [media.id],
    publishNow: true,
    variants: [
      { network: 'youtube', options: { title: 'Upload memory bench', privacy: 'private' } },
      { network: 'pinterest', options: { boardId: pin.boardId, title: 'Upload memory bench' } },
    ].filter((v) => NETWORKS.includes(v.network)),
  });
  type Publication = { network: string; status: string; error: string | null; externalId: string | null };
  let publications: Publication[] = [];
  for (const deadline = Date.now() + 600_000; ; ) {
    publications = (await api<{ publications: Publication[] }>(base, setup.token, 'GET', `${ws}/posts/${post.id}`)).publications;
    if (publications.every((p) => p.status === 'published' || p.status === 'failed')) break;
    if (Date.now() > deadline) throw new Error(`still publishing after 10 minutes: ${JSON.stringify(publications)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const publishSeconds = (Date.now() - publishStarted) / 1000;
  samples.set('after');
  await new Promise((r) => setTimeout(r, 300));
  samples.stop();

  const failed = publications.filter((p) => p.status !== 'published');
  if (failed.length > 0) throw new Error(`publications failed: ${JSON.stringify(failed)}`);
  const xUpload = [...x.uploads.values()].at(-1);
  const pinMedia = [...pinterest.media.values()].at(-1);
  const ytVideo = [...youtube.videos.values()].at(-1);
  const received = {
    youtube: !NETWORKS.includes('youtube') || ytVideo?.bytes === SIZE,
    x: !NETWORKS.includes('x') || xUpload?.sha256 === sha256,
    pinterest: !NETWORKS.includes('pinterest') || pinMedia?.sha256 === sha256,
  };
  if (!received.youtube || !received.x || !received.pinterest) throw new Error(`a network did not get the whole file: ${JSON.stringify(received)}`);

  const baseline = samples.baseline();
  // Start-up and setup (migrations, first requests) come before the baseline and are not the upload's memory.
  const peak = Math.max(...['upload', 'publish', 'after'].map((phase) => samples.peaks.get(phase) ?? 0));
  const extra = peak - baseline;
  const met = extra < GOAL_MB * MB;
  const lines = [
    '| phase | seconds | peak RSS MB | peak − baseline MB |',
    '| --- | --- | --- | --- |',
    `| idle (baseline = mean ${mb(baseline)} MB) | 2.0 | ${mb(samples.peaks.get('idle') ?? 0)} | ${mb((samples.peaks.get('idle') ?? 0) - baseline)} |`,
    `| upload ${mb(SIZE)} MB through POST …/media (streamed multipart, probed) | ${uploadSeconds.toFixed(1)} | ${mb(samples.peaks.get('upload') ?? 0)} | ${mb((samples.peaks.get('upload') ?? 0) - baseline)} |`,
    `| publish to ${NETWORKS.join(' + ')} fakes at once | ${publishSeconds.toFixed(1)} | ${mb(samples.peaks.get('publish') ?? 0)} | ${mb((samples.peaks.get('publish') ?? 0) - baseline)} |`,
    `| **upload + publish** | ${(uploadSeconds + publishSeconds).toFixed(1)} | **${mb(peak)}** | **${mb(extra)}** (goal < ${GOAL_MB}: ${met ? 'met' : 'not met'}) |`,
  ];
  const checks = `Every byte arrived: YouTube ${mb(ytVideo?.bytes ?? 0)} MB, X and Pinterest sha256 equal to the file's (${sha256.slice(0, 12)}…).`;
  console.log(`\nUpload memory: ${mb(SIZE)} MB video, chorus start (pid ${pid}), VmRSS every 10 ms\n`);
  console.log(lines.join('\n'));
  console.log(`\n${checks}`);
  const date = new Date().toISOString().slice(0, 10);
  // BENCH_RESULTS=0 prints without recording (trial runs).
  if (process.env.BENCH_RESULTS !== '0') await appendFile(
    path.join(here, 'RESULTS.md'),
    `\n## ${date} — upload memory, ${mb(SIZE)} MB video, ${os.cpus().length} cores\n\n${lines.join('\n')}\n\n${checks}\n`,
  );
  if (!met) process.exitCode = 1;
} finally {
  if (chorus && chorus.exitCode === null) {
    const exited = new Promise((r) => chorus?.once('exit', r));
    chorus.kill('SIGTERM');
    await exited;
  }
  await Promise.all([youtube.stop(), x.stop(), pinterest.stop()]);
  await rm(dir, { recursive: true, force: true });
}
