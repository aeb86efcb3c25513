// Programmes and projects as the public follows them: a member's programme with its progress per axis and per
// project, then a project with its activities' progress and its execution over time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['ar', 'fr']) {
  test(`a programme shows progress by axis and project, and a project its execution over time (${lang})`, async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/members/beni-ansar`);
    await page.locator('a[href*="/plans/"]').first().click();
    await page.waitForURL(/\/plans\//);
    assert.ok(await page.locator('table.bars tbody tr').count() > 0, 'progress by axis');
    assert.ok(await page.locator('ul.cards progress').count() > 0, 'progress by project');
    await screenshot(page, `plan-${lang}-desktop`);
    await page.locator('ul.cards a[href*="/projects/"]').first().click();
    await page.waitForURL(/\/projects\//);
    assert.ok(await page.locator('table.activities tbody tr').count() > 0, 'the activities');
    assert.ok(await page.locator('table.activities progress').count() > 0, 'each activity\'s progress');
    const planned = await page.getAttribute('figure.chart polyline.planned', 'points');
    assert.ok(planned && planned.split(' ').length >= 2, `a planned curve: ${planned}`);
    assert.ok(await page.locator('figure.chart svg[role=img][aria-labelledby]').count() === 1, 'a labelled chart');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the project page overflows a phone by ${overflow}px`);
    await screenshot(page, `project-${lang}-phone`);
    await page.close();
  });
}
