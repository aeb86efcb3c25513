// Taking part beyond putting an idea forward, as signed-in citizens (each test a demo citizen of its own, so a run
// never meets what another left): supporting an idea once, following "my ideas" and withdrawing one, drafting a
// petition and opening it for signatures. In Arabic and in French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, PHONE, launch, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  ar: { support: 'أدعم هذه الفكرة', putForward: 'إرسال الفكرة', withdraw: 'سحب هذه الفكرة',
    confirm: 'نعم، اسحب الفكرة', withdrawn: 'سحبها صاحبها', draft: 'إعداد عريضة', save: 'حفظ المسودة',
    open: 'فتح باب التوقيع', collecting: 'في طور جمع التوقيعات' },
  fr: { support: 'Je soutiens cette idée', putForward: "Envoyer l'idée", withdraw: 'Retirer cette idée',
    confirm: "Oui, retirer l'idée", withdrawn: 'Retirée par son auteur', draft: 'Rédiger une pétition',
    save: 'Enregistrer le projet', open: 'Ouvrir la collecte des signatures', collecting: 'Signatures en cours' },
};

/** Identity's sign-in form (the demo users' password is "demo"). */
async function signIn(page, user) {
  await page.waitForURL(/\/login$/);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
}

/** A fresh idea to Larache, put forward through the API by the demo agent (a citizen), so no one has supported it. */
async function freshIdea(nonce) {
  const token = process.env.REMACTO_E2E_AGENT_TOKEN;
  assert.ok(token, 'REMACTO_E2E_AGENT_TOKEN: run the browser tests with ./remacto e2e');
  const axes = await (await fetch(`${API}/api/axes?member=larache`)).json();
  const axis = axes.find((a) => a.active);
  const response = await fetch(`${API}/api/ideas`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ member: 'larache', axisCode: axis.code, problem: `غياب مرائب للدراجات قرب المدارس ${nonce}`,
      proposedSolution: 'تهيئة مرائب آمنة للدراجات أمام المؤسسات التعليمية' }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text).id;
}

/** No sideways scrolling: nothing is wider than the screen. */
async function fitsTheScreen(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} overflows by ${overflow}px`);
}

const CITIZENS = {
  support: { ar: 'citizen-210', fr: 'citizen-211' },
  mine: { ar: 'citizen-212', fr: 'citizen-213' },
  petition: { ar: 'citizen-214', fr: 'citizen-215' },
};

for (const lang of ['ar', 'fr']) {
  test(`a visitor signs in to support an idea, the count moves by one, a second support is refused (${lang})`, async () => {
    const id = await freshIdea(`support-${lang}-${Date.now()}`);
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${BASE}/${lang}/ideas/${id}`);
    assert.equal(await page.textContent('#support-count'), '0');
    // A visitor: sign in first, then back on the idea's support form.
    await page.locator('#support a.button').click();
    await signIn(page, CITIZENS.support[lang]);
    await page.waitForURL(new RegExp(`/${lang}/ideas/${id}#support$`));
    await page.getByRole('button', { name: WORDS[lang].support }).click();
    await page.waitForURL(new RegExp(`/${lang}/ideas/${id}\\?supported#support$`));
    assert.equal(await page.textContent('#support-count'), '1', 'one more support');
    assert.ok((await page.textContent('#support [role=status]')).trim().length > 0, 'a thank-you');
    await fitsTheScreen(page, `idea ${lang} phone`);

    // Supporting twice: the service's refusal on the idea itself, in the page's language; the count stays.
    await page.getByRole('button', { name: WORDS[lang].support }).click();
    await page.locator('#support-refusal').waitFor();
    const refusal = await page.textContent('#support-refusal');
    assert.match(refusal, lang === 'ar' ? /مرة واحدة/ : /une seule fois/);
    assert.equal(await page.textContent('#support-count'), '1');
    await screenshot(page, `idea-support-${lang}-phone`);
    await page.close();
  });

  test(`a citizen finds the idea they put forward in "my ideas" and withdraws it after confirming (${lang})`, async () => {
    const page = await browser.newPage();
    const nonce = `mine${lang}${Date.now()}`;
    await page.goto(`${BASE}/${lang}/ideas/new?member=larache`);
    await signIn(page, CITIZENS.mine[lang]);
    await page.waitForURL(new RegExp(`/${lang}/ideas/new\\?member=larache`));
    const axes = await page.locator('#axisCode option').evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    await page.selectOption('#axisCode', axes[0]);
    await page.fill('#problem', `انعدام الكراسي في الحديقة العمومية ${nonce}`);
    await page.fill('#proposedSolution', 'تجهيز الحديقة بكراس ومظلات');
    await page.getByRole('button', { name: WORDS[lang].putForward }).click();
    await page.waitForURL(/\/ideas\/[^/?]+\?submitted$/);
    const id = new URL(page.url()).pathname.split('/').pop();

    await page.goto(`${BASE}/${lang}/account/ideas`);
    const card = page.locator(`#idea-${id}`);
    assert.equal(await card.count(), 1, 'the idea is in my ideas');
    assert.match(await card.textContent(), new RegExp(nonce));
    assert.ok((await card.locator('.outcome').textContent()).trim().length > 0, 'its public outcome');
    assert.ok(await card.locator('time').count() === 1, 'its date');
    assert.ok(await card.locator(`a[href$="/members/larache"]`).count() === 1, 'its member');
    assert.equal(await card.locator('.state').textContent(), lang === 'ar' ? 'توصلت بها الجماعة' : 'Reçue par la collectivité');

    // Withdrawing asks first (a page of its own: no script needed), then the state changes.
    await card.getByRole('link', { name: WORDS[lang].withdraw }).click();
    await page.waitForURL(new RegExp(`/account/ideas/${id}/withdrawal$`));
    await screenshot(page, `idea-withdrawal-${lang}-desktop`);
    await page.getByRole('button', { name: WORDS[lang].confirm }).click();
    await page.waitForURL(new RegExp(`/${lang}/account/ideas\\?withdrawn=${id}$`));
    assert.equal(await page.locator(`#idea-${id} .state`).textContent(), WORDS[lang].withdrawn);
    assert.equal(await page.locator(`#idea-${id}`).getByRole('link', { name: WORDS[lang].withdraw }).count(), 0,
      'no second withdrawal offered');
    const api = await (await fetch(`${API}/api/ideas/${id}`)).json();
    assert.equal(api.state, 'WITHDRAWN');
    await page.close();
  });

  test(`a citizen drafts a petition in the portal, sees refusals field by field, then opens it for signatures (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${BASE}/${lang}/petitions`);
    await page.locator('main').getByRole('link', { name: WORDS[lang].draft }).click();
    await signIn(page, CITIZENS.petition[lang]);
    await page.waitForURL(new RegExp(`/${lang}/petitions/new(\\?continue)?$`));

    // Nothing but a request typed: the service refuses the missing fields, one by one, and keeps the request.
    await page.selectOption('#member', 'larache');
    await page.fill('#requests', 'إحداث ممر للراجلين');
    await page.getByRole('button', { name: WORDS[lang].save }).click();
    await page.locator('#form-errors').waitFor();
    assert.equal(await page.getAttribute('#title-ar', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#subject', 'aria-invalid'), 'true');
    assert.ok(await page.locator('#form-errors a[href="#subject"]').count() === 1, 'the summary links to the field');
    assert.equal(await page.inputValue('#requests'), 'إحداث ممر للراجلين');
    assert.equal(await page.inputValue('#member'), 'larache');
    await fitsTheScreen(page, `petition form ${lang} phone`);
    await screenshot(page, `petition-draft-refused-${lang}-phone`);

    const title = `تهيئة حديقة الحي ${lang}${Date.now()}`;
    await page.fill('#title-ar', title);
    await page.fill('#title-fr', 'Aménager le jardin du quartier');
    await page.fill('#subject', 'غياب فضاء أخضر لأطفال الحي');
    await page.fill('#requests', 'تهيئة حديقة\nتجهيزها بألعاب الأطفال\n');
    await page.getByRole('button', { name: WORDS[lang].save }).click();
    await page.waitForURL(/\/account\/petitions\/[^/?]+\?drafted$/);
    const id = new URL(page.url()).pathname.split('/').pop();
    assert.equal((await page.textContent('h1')).trim(), lang === 'ar' ? title : 'Aménager le jardin du quartier');
    assert.equal(await page.inputValue('#requests'), 'تهيئة حديقة\nتجهيزها بألعاب الأطفال');
    assert.equal(await page.getAttribute('progress[aria-labelledby=signature-count]', 'max'), '200');

    // As its agent, open it for signatures: it is public from then on.
    await page.getByRole('button', { name: WORDS[lang].open }).click();
    await page.waitForURL(new RegExp(`/account/petitions/${id}\\?opened$`));
    assert.equal(await page.textContent('#petition-status'), WORDS[lang].collecting);
    await page.goto(`${BASE}/${lang}/petitions/${id}`);
    assert.equal(await page.locator('#sign form').count(), 1, 'its public page takes signatures');
    await page.close();
  });
}

test('withdrawing an idea that is not one\'s own, or supporting an unknown idea, is never a server error', async () => {
  const page = await browser.newPage();
  const id = await freshIdea(`other-${Date.now()}`);
  await page.goto(`${BASE}/fr/account/ideas/${id}/withdrawal`);
  await signIn(page, 'citizen-216');
  await page.waitForURL(new RegExp(`/fr/account/ideas/${id}/withdrawal(\\?continue)?$`));
  await page.getByRole('button', { name: "Oui, retirer l'idée" }).click();
  await page.locator('#withdrawal-refusal').waitFor();
  assert.equal((await (await fetch(`${API}/api/ideas/${id}`)).json()).state, 'RECEIVED');
  const unknown = await page.goto(`${BASE}/fr/ideas/00000000-0000-0000-0000-000000000000`);
  assert.equal(unknown.status(), 404);
  const mine = await page.goto(`${BASE}/fr/account/ideas?page=abc`);
  assert.equal(mine.status(), 200);
  const draft = await page.goto(`${BASE}/fr/account/petitions/nope`);
  assert.equal(draft.status(), 404);
  await page.close();
});

test('an association drafts a petition: the legal conditions it does not meet are refused one by one, then it files it', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/petitions/new`);
  await signIn(page, 'association');
  await page.waitForURL(/\/fr\/petitions\/new(\?continue)?$/);
  assert.equal(await page.isChecked('#petitionerKind-ASSOCIATION'), true, "an association's account: its own petition");
  assert.equal(await page.isVisible('#association-name'), true);
  await page.selectOption('#member', 'larache');
  await page.fill('#association-name', 'جمعية أصدقاء الحدائق');
  await page.fill('#association-foundedOn', new Date().toISOString().slice(0, 10)); // founded today: too recent
  await page.check('#association-establishedInMorocco');
  await page.fill('#title-ar', 'صيانة الحدائق العمومية');
  await page.fill('#subject', 'تدهور حالة الحدائق العمومية');
  await page.fill('#requests', 'برمجة صيانة دورية');
  await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
  await page.locator('#form-errors').waitFor();
  for (const field of ['foundedOn', 'democraticallyRun', 'goodStanding', 'seatOrBranchInTerritory', 'activityRelated']) {
    assert.equal(await page.getAttribute(`#association-${field}`, 'aria-invalid'), 'true', field);
  }
  assert.equal(await page.getAttribute('#association-establishedInMorocco', 'aria-invalid'), null);
  assert.match(await page.textContent('#form-errors'), /3 ans/);
  assert.equal(await page.inputValue('#association-name'), 'جمعية أصدقاء الحدائق');
  assert.equal(await page.isChecked('#association-establishedInMorocco'), true, 'what was ticked stays ticked');

  await page.fill('#association-foundedOn', '2015-03-01');
  for (const field of ['democraticallyRun', 'goodStanding', 'seatOrBranchInTerritory', 'activityRelated']) {
    await page.check(`#association-${field}`);
  }
  await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
  await page.waitForURL(/\/fr\/account\/petitions\/[^/?]+\?drafted$/);
  // An association files in its own name, without signatures, and gets its receipt at once.
  await page.getByRole('button', { name: 'Déposer la pétition auprès du président du conseil' }).click();
  await page.waitForURL(/\?filed$/);
  assert.equal(await page.textContent('#petition-status'), 'Déposée');
  assert.match(await page.textContent('main .meta'), /LARACHE-\d{4}-\d{4}/);
  await page.close();
});
