// The network in figures, as anyone reads it on a phone or a desktop: statistics as charts with their numbers, the
// member map on the home page leading to a region's members, and the open data catalogue with its downloads. In
// Arabic and in French, with screenshots at both widths and no sideways scrolling on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, PHONE, DESKTOP, launch, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Western digits are the default: a number as the page writes it, without group separators. */
const digitsOf = (text) => Number(text.replace(/[^0-9]/g, ''));

/** The page at both widths: a screenshot of each, and nothing wider than a phone's screen. */
async function atBothWidths(page, url, name) {
  for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    const response = await page.goto(url);
    assert.equal(response.status(), 200, url);
    if (width === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} overflows a phone by ${overflow}px`);
    }
    await screenshot(page, `${name}-${width}`);
  }
}

for (const lang of ['ar', 'fr']) {
  test(`the statistics page shows its charts with their numbers (${lang})`, async () => {
    const page = await browser.newPage();
    const before = await (await fetch(`${API}/api/ideas/statistics`)).json();
    await atBothWidths(page, `${BASE}/${lang}/statistics`, `statistics-${lang}`);
    const after = await (await fetch(`${API}/api/ideas/statistics`)).json();

    // The ideas by month: an SVG chart drawn on the server, described, one bar per month, and its numbers as a table.
    const chart = page.locator('#ideas figure.month-chart svg[role=img]');
    assert.equal(await chart.count(), 1);
    assert.ok((await chart.locator('title').textContent()).length > 0, 'the chart has a title');
    assert.ok((await chart.locator('desc').textContent()).length > 0, 'and a description');
    const bars = await chart.locator('rect.bar').count();
    const months = await page.locator('table.months tbody tr').count();
    assert.ok(bars > 0 && bars <= months, `${bars} bars for ${months} months`);
    const counts = await page.locator('table.months tbody td').allTextContents();
    const sum = counts.map(digitsOf).reduce((a, b) => a + b, 0);
    assert.ok(sum >= before.ideas && sum <= after.ideas, `the months add up to the ideas (${sum})`);
    const total = digitsOf(await page.locator('#ideas .figure-line strong').textContent());
    assert.ok(total >= before.ideas && total <= after.ideas);

    // Ideas by state as bars with their count and share written next to them.
    const states = page.locator('#ideas table.stats').filter({ has: page.locator('caption', { hasText: lang === 'ar' ? 'الأفكار حسب مآلها' : 'Les idées selon la suite donnée' }) });
    assert.equal(await states.count(), 1);
    assert.ok(await states.locator('tbody tr meter').count() > 0);
    assert.match(await states.locator('tbody tr td').last().textContent(), /%/);
    // Programmes with their progress, participation, petitions: each section is there with its figures.
    assert.ok(await page.locator('#programmes table.plans progress').count() > 0, 'programmes with progress bars');
    assert.ok(await page.locator('#participation table.consultations tbody tr').count() > 0, 'consultations');
    const petitions = await (await fetch(`${API}/api/petitions/statistics`)).json();
    assert.ok(digitsOf(await page.locator('#petitions .figure-line strong').first().textContent()) >= petitions.petitions - 5);
    await page.close();
  });

  test(`a member's statistics are linked from its page, with ideas by axis (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${BASE}/${lang}/members/larache`);
    await page.locator('main').getByRole('link', { name: lang === 'ar' ? 'الإحصائيات' : 'Statistiques', exact: true }).click();
    await page.waitForURL(new RegExp(`/${lang}/members/larache/statistics$`));
    assert.match(await page.textContent('h1'), lang === 'ar' ? /العرائش/ : /Larache/);
    const byAxis = page.locator('#ideas table.stats').filter({ has: page.locator('caption', { hasText: lang === 'ar' ? 'حسب المحور' : 'par axe' }) });
    assert.ok(await byAxis.locator('tbody tr').count() > 0, 'ideas by axis');
    assert.ok(await page.locator('#ideas svg rect.bar').count() > 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `member statistics overflow a phone by ${overflow}px`);
    await screenshot(page, `member-statistics-${lang}-phone`);
    await page.close();
  });

  test(`the home page's member map leads to a region's members (${lang})`, async () => {
    const page = await browser.newPage();
    await atBothWidths(page, `${BASE}/${lang}/`, `home-map-${lang}`);
    const tiles = page.locator('figure.tile-map svg a');
    assert.equal(await tiles.count(), 12, 'the twelve regions');
    const oriental = page.locator('figure.tile-map svg a[href="#r-oriental"]');
    assert.match(await oriental.getAttribute('aria-label'), lang === 'ar' ? /الشرق/ : /Oriental/);
    assert.match(await oriental.locator('text.count').textContent(), /\d/);
    await oriental.click();
    assert.match(page.url(), /#r-oriental$/);
    // The region's list, the map's accessible equivalent: its members are links.
    const region = page.locator('section.region[aria-labelledby="r-oriental"]');
    assert.ok(await region.locator('ul.members a[href$="/members/beni-ansar"]').count() === 1);
    const count = digitsOf(await oriental.locator('text.count').textContent());
    assert.equal(count, 1 + await region.locator('ul.members li').count(), 'the tile counts the region and its members');
    await page.close();
  });

  test(`the open data catalogue lists ideas-larache, whose CSV downloads as text/csv (${lang})`, async () => {
    const page = await browser.newPage();
    await atBothWidths(page, `${BASE}/${lang}/data`, `data-${lang}`);
    assert.ok(await page.locator(`footer a[href="/${lang}/data"]`).count() === 1, 'the footer leads here');
    // The kind and publisher filters, then the search box (the service's CKAN search).
    await page.selectOption('#data-kind', 'IDEAS');
    await page.selectOption('#data-member', 'larache');
    await page.locator('form.data-filters button[type=submit]').click();
    await page.waitForURL(/kind=IDEAS/);
    assert.deepEqual(await page.locator('ol.datasets h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href'))),
      [`/${lang}/data/ideas-larache`]);
    await page.goto(`${BASE}/${lang}/data?q=larache`);
    const found = await page.locator('ol.datasets h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    assert.ok(found.includes(`/${lang}/data/ideas-larache`), `found by search: ${found}`);
    assert.ok(!found.includes(`/${lang}/data/ideas-tetouan`));

    await page.locator(`ol.datasets a[href="/${lang}/data/ideas-larache"]`).click();
    await page.waitForURL(new RegExp(`/${lang}/data/ideas-larache$`));
    await screenshot(page, `dataset-${lang}-desktop`);
    const dataset = await (await fetch(`${API}/api/datasets/ideas-larache`)).json();
    assert.ok(digitsOf(await page.textContent('#dataset-rows')) >= dataset.rows - 5, 'its number of rows');
    assert.equal(await page.locator('table.columns tbody tr').count(), dataset.schema.fields.length, 'its columns');
    const csv = await page.getAttribute('#download-csv', 'href');
    assert.equal(csv, '/api/datasets/ideas-larache/rows.csv', "the open data service's own address");
    // The browser downloads it from the gateway (the portal on its own port has no /api: resolved against API).
    const download = await fetch(new URL(csv, API));
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-type'), /^text\/csv/);
    assert.match((await download.text()).split('\r\n')[0], /^id,member,region,number/);
    for (const href of await page.locator('ul.downloads a').evaluateAll((a) => a.map((x) => x.getAttribute('href')))) {
      assert.equal((await fetch(new URL(href, API), { method: 'HEAD' })).status, 200, href);
    }
    const missing = await page.goto(`${BASE}/${lang}/data/no-such-dataset`);
    assert.equal(missing.status(), 404);
    const badPage = await page.goto(`${BASE}/${lang}/data?page=x&kind=NOPE`);
    assert.equal(badPage.status(), 200, 'an unknown kind is the service\'s refusal on the page, not an error');
    assert.equal(await page.locator('main [role=alert]').count(), 1);
    await page.close();
  });
}
