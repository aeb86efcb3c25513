// Reading the portal as citizens do: Arabic first (right to left), French on the same page, search with facets,
// an idea's outcome; everything readable without JavaScript; landmarks and a skip link for keyboard and
// screen-reader users.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the home page is Arabic and right to left, with the members and the network figures', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${BASE}/`);
  assert.equal(response.status(), 200);
  assert.match(page.url(), /\/ar\/$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.textContent('h1'), /الجماعات الترابية المنفتحة/);
  assert.ok(await page.getByRole('link', { name: 'جماعة العرائش' }).count() >= 1, 'Larache is listed');
  assert.equal(await page.locator('header[role=banner], header.site').count(), 1);
  assert.equal(await page.locator('main#content').count(), 1);
  assert.equal(await page.locator('footer').count(), 1);
  await page.close();
});

test('every page switches to French and back, on the same page', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/ar/members/larache`);
  assert.equal(await page.textContent('h1'), 'جماعة العرائش');
  await page.getByRole('link', { name: 'Français' }).click();
  assert.match(page.url(), /\/fr\/members\/larache$/);
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('h1'), 'Commune de Larache');
  assert.ok(await page.getByText('ouverture@larache.remacto.ma').count() >= 1, "the point of contact's e-mail");
  await page.getByRole('link', { name: 'العربية' }).click();
  assert.match(page.url(), /\/ar\/members\/larache$/);
  await page.close();
});

test('the first Tab reaches the skip link, which moves to the content', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Aller au contenu');
  await page.keyboard.press('Enter');
  assert.match(page.url(), /#content$/);
  await page.close();
});

for (const lang of ['ar', 'fr']) {
  test(`search finds ideas across members, narrows by facet and opens an idea with its outcome (${lang})`, async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/`);
    await page.fill('#site-q', 'الإنارة');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    const hits = page.locator('ol.results > li');
    assert.ok(await hits.count() > 0, 'results for الإنارة');
    const idea = lang === 'ar' ? 'فكرة' : 'Idée';
    await page.locator('aside.facets a', { hasText: idea }).first().click();
    await page.waitForURL(/kind=IDEA/);
    const kinds = await page.locator('ol.results .meta').allTextContents();
    assert.ok(kinds.length > 0 && kinds.every((k) => k.includes(idea)), 'only ideas after the facet');
    await page.locator('ol.results h2 a').first().click();
    await page.waitForURL(/\/ideas\//);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.ok((await page.textContent('.outcome')).trim().length > 0, 'the idea shows what became of it');
    await page.close();
  });
}

test('pages read without JavaScript', async () => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${BASE}/ar/search?q=${encodeURIComponent('التواصل')}`);
  assert.ok(await page.locator('ol.results > li').count() > 0);
  await page.goto(`${BASE}/fr/members/tetouan`);
  assert.match(await page.textContent('h1'), /Tétouan/);
  await page.close();
});

test('an unknown idea is a 404 page in the reader\'s language, not an error dump', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${BASE}/fr/ideas/no-such-idea`);
  assert.equal(response.status(), 404);
  assert.equal(await page.textContent('h1'), 'Page introuvable');
  await page.close();
});
