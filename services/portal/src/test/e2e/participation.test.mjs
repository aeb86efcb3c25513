// Taking part, as a signed-in citizen: sign in through identity (authorization code + PKCE, the portal keeps the
// tokens), put forward an idea with similar ideas shown while typing, then find it by search and follow its outcome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  ar: { putForward: 'اقترح فكرتك', signOut: 'تسجيل الخروج', search: 'بحث' },
  fr: { putForward: 'Proposez votre idée', signOut: 'Se déconnecter', search: 'Rechercher' },
};

/** Identity's sign-in form (the demo users' password is "demo"). */
async function signIn(page, user) {
  await page.waitForURL(/\/login$/);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
}

for (const lang of ['ar', 'fr']) {
  test(`a citizen puts forward an idea, finds it by search and follows its outcome (${lang})`, async () => {
    const page = await browser.newPage();
    const nonce = `remacto${lang}${Date.now()}`;
    await page.goto(`${BASE}/${lang}/members/larache`);
    await page.locator('main').getByRole('link', { name: WORDS[lang].putForward }).click();
    await signIn(page, 'citizen');
    // Back on the form the sign-in interrupted, for Larache, signed in.
    await page.waitForURL(new RegExp(`/${lang}/ideas/new\\?member=larache`));
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getByRole('button', { name: WORDS[lang].signOut }).count(), 1);
    const axes = await page.locator('#axisCode option').evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    assert.ok(axes.length > 0, "Larache's axes are offered");
    await page.selectOption('#axisCode', axes[0]);

    // Similar ideas appear while typing (no button pressed).
    await page.fill('#problem', `ضعف الإنارة العمومية في الأحياء الشعبية ${nonce}`);
    await page.locator('#similar li').first().waitFor({ timeout: 10_000 });
    await page.fill('#proposedSolution', 'تعميم الإنارة بالطاقة الشمسية وصيانة الأعمدة المعطلة');
    await screenshot(page, `idea-form-${lang}-desktop`);
    await page.getByRole('button', { name: lang === 'ar' ? 'إرسال الفكرة' : "Envoyer l'idée" }).click();

    await page.waitForURL(/\/ideas\/[^/?]+\?submitted$/);
    const ideaUrl = page.url().replace(/\?submitted$/, '');
    assert.ok((await page.textContent('[role=status]')).trim().length > 0, 'a confirmation');
    assert.ok((await page.textContent('.outcome')).trim().length > 0, 'its outcome so far');

    // Searchable about a second later, from the search box of any page.
    let found = 0;
    for (let attempt = 0; attempt < 20 && found === 0; attempt++) {
      await page.goto(`${BASE}/${lang}/search?q=${encodeURIComponent(nonce)}`);
      found = await page.locator('ol.results > li').count();
      if (found === 0) await page.waitForTimeout(500);
    }
    assert.equal(found, 1, 'the new idea is found by search');
    await page.locator('ol.results h2 a').first().click();
    assert.equal(page.url(), ideaUrl);
    await page.close();
  });
}

test('the idea form refuses what ideation refuses, field by field, and keeps what was typed', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/ideas/new?member=larache`);
  await signIn(page, 'citizen');
  await page.waitForURL(/\/fr\/ideas\/new/);
  await page.fill('#proposedSolution', 'Une solution sans problème décrit');
  await page.getByRole('button', { name: "Envoyer l'idée" }).click();
  await page.locator('#form-errors').waitFor();
  assert.equal(await page.inputValue('#proposedSolution'), 'Une solution sans problème décrit');
  assert.equal(await page.getAttribute('#problem', 'aria-invalid'), 'true');
  await page.close();
});
