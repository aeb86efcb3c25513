// Dev helper (not committed): sign in as USER and print each path's status and main text.
import { launch } from './browser.mjs';
const [user, ...paths] = process.argv.slice(2);
const base = process.env.B ?? 'http://localhost:8080';
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${base}/portal/login/remacto`);
await page.waitForURL(/\/login$/);
await page.fill('#username', user); await page.fill('#password', 'demo'); await page.click('button[type=submit]');
await page.waitForLoadState();
for (const p of paths) {
  const r = await page.goto(base + p);
  console.log('==', p, r.status(), page.url());
  console.log((await page.locator('main').innerText()).slice(0, +(process.env.N ?? 1500)));
}
await browser.close();
