// Screenshots of the main pages, in Arabic and French, at a phone's width and a desktop's, into
// services/portal/target/screenshots (kept by CI with the test reports).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, REGIONAL, PHONE, DESKTOP, launch, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const pages = [
  ['home', (lang) => `${BASE}/${lang}/`],
  ['member', (lang) => `${BASE}/${lang}/members/larache`],
  ['search', (lang) => `${BASE}/${lang}/search?q=${encodeURIComponent('الإنارة العمومية')}`],
  ['regional-home', (lang) => `${REGIONAL}/${lang}/`],
];

for (const [name, url] of pages) {
  for (const lang of ['ar', 'fr']) {
    test(`screenshot ${name} (${lang})`, async () => {
      const page = await browser.newPage();
      for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(url(lang));
        assert.equal(response.status(), 200);
        // Nothing wider than the screen: a phone reader never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} ${lang} ${width} overflows by ${overflow}px`);
        await screenshot(page, `${name}-${lang}-${width}`);
      }
      await page.close();
    });
  }
}
