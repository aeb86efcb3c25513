// Debian's Chromium, headless, driven by playwright-core: no browser is downloaded. The flags keep Chromium off the
// network it cannot reach here (background services, updates, sync); playwright gives each launch a fresh, empty
// profile directory of its own.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const BASE = process.env.REMACTO_E2E_BASE ?? 'http://localhost:8080';
/** Where tests prepare data through the API (the gateway; BASE may be a portal on its own while it is developed). */
export const API = process.env.REMACTO_E2E_API ?? BASE;
/** The regional council's portal of Tanger-Tétouan-Al Hoceïma: *.localhost is loopback for Chromium. */
export const REGIONAL = process.env.REMACTO_E2E_REGIONAL ?? 'http://tta.localhost:8080';
export const SCREENSHOTS = process.env.REMACTO_E2E_SCREENSHOTS ?? path.resolve('../../../target/screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** The browser; each test page opens in its own context (its own cookies), at the desktop width. */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.REMACTO_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options = {}) => newPage({ viewport: DESKTOP, ...options });
  return browser;
}

/** A full-page screenshot under target/screenshots, named for the page, language and width. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Identity's sign-in form, once a page has been sent to it (the demo users' password is "demo"). */
export async function signIn(page, user) {
  await page.waitForURL(/\/login$/);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
}

/** Screenshots at phone and desktop widths; the phone page must not scroll sideways. */
export async function shoot(page, name) {
  for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${width}`);
    if (width === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) {
        throw new Error(`${name}: no sideways scrolling on a phone (${overflow}px too wide)`);
      }
    }
  }
}
