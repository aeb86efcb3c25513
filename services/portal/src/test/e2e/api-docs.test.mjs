// The aggregated OpenAPI of every service, browsable at one URL of the gateway.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('every service\'s API is browsable from /api-docs', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/api-docs`);
  await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 20_000 });
  const services = await page.locator('.topbar select option').allTextContents();
  for (const name of ['members', 'ideation', 'search', 'projects', 'consultations', 'petitions', 'opendata']) {
    assert.ok(services.includes(name), `${name} in ${services}`);
  }
  await page.selectOption('.topbar select', { label: 'petitions' });
  await page.locator('.opblock-summary-path', { hasText: '/api/petitions' }).first().waitFor({ timeout: 20_000 });
  await page.close();
});
