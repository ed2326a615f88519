/**
 * Debian's Chromium for the browser tests, launched the way this machine needs it: headless, no sandbox (root),
 * and with background networking off (the closed network refuses Chromium's own connections, many at a time).
 * A missing browser is an error that says how to install it, never a skipped test.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, BrowserType } from 'playwright-core';

type ContextOptions = Omit<NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>, 'executablePath' | 'args' | 'headless'>;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
}

/** A fresh profile each time; returns the context and its profile folder (remove it after closing). */
export async function launchChromium(options: ContextOptions = {}): Promise<{ context: BrowserContext; profileDir: string }> {
  assertChromium();
  const { chromium } = await import('playwright-core');
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'chorus-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
  return { context, profileDir };
}
