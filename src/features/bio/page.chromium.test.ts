/**
 * The bio page in a real browser (Debian's Chromium at /usr/bin/chromium, or CHROMIUM_PATH) at phone width: it
 * fits without sideways scrolling, every link is a comfortable tap target, the keyboard focus is visible, and a
 * screenshot per theme lands in test-results/bio/ for people to look at.
 */
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../test/chromium.js';
import { renderBioPage } from './page.js';
import { BIO_THEME_NAMES } from './themes.js';

const SHOTS = path.resolve('test-results/bio');


const view = (theme: string) => ({
  title: 'Maple & Moss Coffee',
  description: 'Small-batch roasts from Lyon. Fresh every Tuesday — links to everything we post about.',
  lang: 'en',
  theme,
  avatarUrl: null,
  items: [
    'Shop this week’s roasts',
    'Brew guide: the perfect V60',
    'Visit us — opening hours & map',
    'Subscribe to our newsletter',
    'Wholesale for cafés and offices, with a longer label that wraps onto two lines',
  ].map((label, i) => ({ label, url: `https://go.example.com/c${i}?src=bio` })),
});

describe('bio page in Chromium', { timeout: 60_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  let profileDir = '';

  before(async () => {
    ({ context, profileDir } = await launchChromium({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }));
    page = context.pages()[0] ?? (await context.newPage());
    await mkdir(SHOTS, { recursive: true });
  });
  after(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  for (const theme of BIO_THEME_NAMES) {
    it(`${theme}: fits a phone, large tap targets, visible focus`, async () => {
      await page.setContent(renderBioPage(view(theme)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
      const boxes = await page.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
      assert.equal(boxes.length, 5);
      for (const box of boxes) assert.ok(box.height >= 44 && box.width >= 300, `tap target ${box.width}×${box.height}`);
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      assert.equal(outline, 'solid', 'the focused link shows its focus ring');
      await page.screenshot({ path: path.join(SHOTS, `bio-phone-${theme}.png`), fullPage: true });
    });
  }
});
