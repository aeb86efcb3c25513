// A regional council's portal: the same portal on the region's own host, scoped by the gateway to the region, its
// provinces and communes, in lists and search, with the region's colours and a link back to the national portal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, REGIONAL, launch } from './browser.mjs';

const TTA = 'tanger-tetouan-al-hoceima';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the regional portal lists only its region', async () => {
  const page = await browser.newPage();
  await page.goto(`${REGIONAL}/fr/`);
  const regions = await page.locator('.regions > section h3').allTextContents();
  assert.deepEqual(regions.map((r) => r.trim()), ['Région Tanger-Tétouan-Al Hoceïma']);
  assert.ok(await page.getByRole('link', { name: 'Commune de Larache' }).count() >= 1);
  assert.equal(await page.getByRole('link', { name: /Béni Mellal/ }).count(), 0, 'no other region');
  assert.ok(await page.locator(`link[href*="branding.css"]`).count() === 1, "the region's colours");
  const national = page.getByRole('link', { name: 'Portail national du réseau' });
  assert.match(await national.getAttribute('href'), /^http:\/\/localhost:8080\/fr\/$/);
  await page.close();
});

test('regional search finds only the region\'s proposals, while the national one finds others', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/search?q=${encodeURIComponent('التواصل')}`);
  const national = await page.locator('aside.facets section:has(h2:text("Collectivité")) a').allTextContents();
  await page.goto(`${REGIONAL}/fr/search?q=${encodeURIComponent('التواصل')}`);
  const members = await page.locator('ol.results .meta span[dir=ltr]').allTextContents();
  assert.ok(members.length > 0, 'the region has results');
  const regional = await page.locator('aside.facets section:has(h2:text("Collectivité")) a').allTextContents();
  assert.ok(regional.length < national.length, `fewer members regionally (${regional.length}) than nationally (${national.length})`);
  await page.close();
});

test('a client cannot widen the regional scope with a header or a parameter', async () => {
  const page = await browser.newPage();
  await page.goto(`${REGIONAL}/fr/`);
  // From the regional page itself (the browser resolves *.localhost), as a council's own front end would call.
  const slugs = await page.evaluate(async () => {
    const answer = await fetch('/api/members?region=beni-mellal-khenifra&size=200',
      { headers: { 'X-Remacto-Region-Scope': 'beni-mellal-khenifra' } });
    return (await answer.json()).items.map((m) => m.regionSlug);
  });
  assert.ok(slugs.length > 0 && slugs.every((s) => s === TTA), `only ${TTA}: ${[...new Set(slugs)]}`);
  await page.close();
});
