// The network administrators' pages: the demo admin registers a commune, edits its card (and meets a concurrent
// change instead of losing it), deactivates it with a reason and reads its history; the roles and the network-wide
// statistics; and the 403 page for anyone else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, DESKTOP, launch, screenshot } from './browser.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXTS = {
  ar: { forbidden: 'غير مسموح', inactive: 'موقوف', deactivated: 'توقيف', registered: 'تسجيل', updated: 'تعديل البطاقة',
    population: 'عدد السكان' },
  fr: { forbidden: 'Accès refusé', inactive: 'Désactivé', deactivated: 'Désactivation', registered: 'Inscription',
    updated: 'Modification de la fiche', population: 'Population' },
};

/** Opens `path` (an authenticated page), signing in on identity's form on the way. */
async function signedIn(page, path, user) {
  const response = await page.goto(`${BASE}${path}`);
  if (!page.url().endsWith('/login')) {
    return response;
  }
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  const [answer] = await Promise.all([
    page.waitForResponse(r => r.url().startsWith(BASE) && new URL(r.url()).pathname === path),
    page.click('button[type=submit]'),
  ]);
  await page.waitForLoadState();
  return answer;
}

for (const lang of ['ar', 'fr']) {
  const texts = TEXTS[lang];

  test(`the network admin registers a commune, edits it, deactivates it and reads its history (${lang})`, async () => {
    // A context of its own: a second tab of the same session plays the colleague who saves meanwhile.
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signedIn(page, `/${lang}/admin`, 'admin');
    await page.locator(`a[href="/${lang}/admin/members"]`).first().click();
    await page.waitForURL(new RegExp(`/${lang}/admin/members$`));
    assert.ok(await page.locator(`tbody a[href="/${lang}/admin/members/larache"]`).count() === 1, 'Larache is listed');
    // Filtering by kind keeps only communes.
    await page.selectOption('#kind', 'REGION');
    await page.locator('form.admin-filters button[type=submit]').click();
    await page.waitForURL(/kind=REGION/);
    assert.equal(await page.locator(`tbody a[href="/${lang}/admin/members/larache"]`).count(), 0);
    assert.ok(await page.locator(`tbody a[href="/${lang}/admin/members/tanger-tetouan-al-hoceima"]`).count() === 1);
    await screenshot(page, `admin-members-${lang}-desktop`);

    // Register a commune; a wrong e-mail first: the service's refusal on that field, everything typed kept.
    const slug = `e2e-${lang}-${Date.now().toString(36)}`;
    await page.goto(`${BASE}/${lang}/admin/members/new`);
    await page.fill('#slug', slug);
    await page.selectOption('#kind', 'COMMUNE');
    await page.fill('#nameAr', 'جماعة الاختبار');
    await page.fill('#nameFr', 'Commune d\'essai');
    await page.selectOption('#regionSlug', 'tanger-tetouan-al-hoceima');
    await page.fill('#population', '12345');
    await page.fill('#contactEmail', 'not-an-e-mail');
    await page.fill('#committee-0-role', 'CHAIR');
    await page.fill('#committee-0-labelAr', 'رئيس اللجنة');
    await page.fill('#committee-0-labelFr', 'Président du comité');
    await page.fill('#committee-0-seats', '1');
    await page.locator('form.member-form button[type=submit]').click();
    await page.locator('#form-errors').waitFor();
    assert.equal(await page.getAttribute('#contactEmail', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#slug'), slug, 'what was typed is kept');
    assert.equal(await page.inputValue('#committee-0-labelFr'), 'Président du comité');
    assert.ok(await page.locator('#form-errors a[href="#contactEmail"]').count() === 1, 'the summary links to the field');
    await screenshot(page, `admin-register-refused-${lang}-desktop`);
    await page.fill('#contactEmail', `ouverture@${slug}.remacto.ma`);
    await page.locator('form.member-form button[type=submit]').click();
    await page.waitForURL(new RegExp(`/admin/members/${slug}\\?registered$`));

    // Edit the population; meanwhile someone else saves the card from another tab: a clear message, nothing lost.
    await page.locator(`a[href="/${lang}/admin/members/${slug}/edit"]`).click();
    await page.waitForURL(/\/edit$/);
    const other = await page.context().newPage();
    await other.goto(`${BASE}/${lang}/admin/members/${slug}/edit`);
    await other.fill('#population', '20000');
    await other.locator('form.member-form button[type=submit]').click();
    await other.waitForURL(/\?saved$/);
    await other.close();
    await page.fill('#population', '23456');
    await page.locator('form.member-form button[type=submit]').click();
    await page.locator('#conflict').waitFor();
    assert.equal(await page.inputValue('#population'), '23456', 'the edit is kept');
    assert.ok((await page.textContent('#conflict')).includes('20000'), 'the value saved meanwhile is shown');
    await page.locator('form.member-form button[type=submit]').click();
    await page.waitForURL(/\?saved$/);
    assert.ok((await page.textContent('dl.admin-card')).replace(/\D/g, '').includes('23456'));

    // Deactivate with a reason, then the history: registered, updated twice, deactivated with the reason.
    await page.fill('#reason', 'اندماج في جماعة أخرى – fusion');
    await page.locator('form[action$="/deactivation"] button[type=submit]').click();
    await page.waitForURL(/\?deactivated$/);
    assert.ok((await page.textContent('dl.admin-card')).includes(texts.inactive));
    const history = await page.locator('table.history tbody tr').allTextContents();
    assert.equal(history.length, 4, history.join('\n'));
    assert.ok(history[0].includes(texts.registered) && history[0].includes('admin'));
    assert.ok(history[1].includes(texts.updated) && history[1].includes(texts.population), history[1]);
    assert.ok(history[3].includes(texts.deactivated) && history[3].includes('fusion'));
    await screenshot(page, `admin-member-${lang}-desktop`);
    await context.close();
  });

  test(`the roles page lists Larache's point of contact, and the statistics sort by column (${lang})`, async () => {
    const page = await browser.newPage();
    await signedIn(page, `/${lang}/admin/roles`, 'admin');
    const larache = await page.locator('table.roles tr[data-member=larache]').allTextContents();
    assert.ok(larache.some(row => row.includes('poc-larache')), larache.join('\n'));
    assert.ok((await page.locator('ul.staff').first().textContent()).includes('admin'));

    await page.goto(`${BASE}/${lang}/admin/statistics`);
    await page.locator('thead a[href$="sort=ideas"]').click();
    await page.waitForURL(/sort=ideas$/);
    assert.equal(await page.getAttribute('th[aria-sort]', 'aria-sort'), 'descending');
    const ideas = (await page.locator('tbody tr td:nth-child(3)').allTextContents())
      .map(n => Number(n.replace(/\D/g, '')));
    assert.deepEqual(ideas, [...ideas].sort((a, b) => b - a), 'most ideas first');
    const total = Number((await page.textContent('tfoot td:nth-child(3)')).replace(/\D/g, ''));
    assert.equal(total, ideas.reduce((a, b) => a + b, 0), 'the total is the sum of the rows');
    assert.ok(await page.locator(`a[href="/${lang}/statistics"]`).count() >= 1, 'a link to the public statistics');
    await screenshot(page, `admin-statistics-${lang}-desktop`);
    await page.close();
  });

  test(`a citizen gets the 403 page, never the admin pages (${lang})`, async () => {
    const page = await browser.newPage();
    const response = await signedIn(page, `/${lang}/admin`, 'citizen');
    assert.equal(response.status(), 403);
    assert.equal((await page.textContent('main h1')).trim(), texts.forbidden);
    for (const path of ['/admin/members', '/admin/roles', '/admin/statistics', '/admin/members/larache/edit']) {
      const answer = await page.goto(`${BASE}/${lang}${path}`);
      assert.equal(answer.status(), 403, path);
    }
    await page.close();
  });
}
