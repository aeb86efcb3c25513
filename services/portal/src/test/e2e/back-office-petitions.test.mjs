// A petition from its drafting to the council's answer, in Arabic and in French: an association drafts and files a
// petition to Larache's council in the portal and finds it on "my petitions" with its receipt number; Larache's
// point of contact finds it in the back office and records admissibility (a date in the future refused first, what
// was typed kept), the committee, the session's agenda, the decision and the agent's notification, each step offered
// only when the law allows it; the public page shows the steps; a past petition is recorded with its refusals field
// by field; another member's staff are refused Larache's petition pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, launch, shoot, signIn } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  ar: {
    myPetitions: 'عرائضي', draft: 'إعداد عريضة', save: 'حفظ المسودة', file: 'إيداع العريضة لدى رئيس المجلس',
    petitions: 'العرائض', filter: 'تصفية', past: 'تسجيل عريضة سابقة', recordPast: 'تسجيل العريضة',
    status: { FILED: 'مودعة', ADMISSIBLE: 'مقبولة', IN_COMMITTEE: 'لدى اللجنة المختصة',
      ON_SESSION_AGENDA: 'مدرجة في جدول أعمال الدورة', DECIDED: 'تم البت فيها', AGENT_NOTIFIED: 'تم إخبار الوكيل' },
    overdue: 'تجاوز الأجل', forbidden: 'غير مسموح', petitioner: 'صاحب العريضة',
  },
  fr: {
    myPetitions: 'Mes pétitions', draft: 'Rédiger une pétition', save: 'Enregistrer le projet',
    file: 'Déposer la pétition auprès du président du conseil', petitions: 'Pétitions', filter: 'Filtrer',
    past: 'Enregistrer une pétition passée', recordPast: 'Enregistrer la pétition',
    status: { FILED: 'Déposée', ADMISSIBLE: 'Recevable', IN_COMMITTEE: 'En commission',
      ON_SESSION_AGENDA: "À l'ordre du jour de la session", DECIDED: 'Décision prise', AGENT_NOTIFIED: 'Mandataire informé' },
    overdue: 'Délai dépassé', forbidden: 'Accès refusé', petitioner: 'Le pétitionnaire',
  },
};

/** An element by its id, whatever characters the id holds (step fields are "ADMISSIBLE.date"). */
const byId = (id) => `[id="${id}"]`;

/** A day in Morocco, as <input type="date"> takes it, some days from today. */
const day = (offset = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' })
  .format(new Date(Date.now() + offset * 86_400_000));

/** The association drafts and files a petition to Larache through the portal; returns its id and receipt number. */
async function associationFiles(lang, nonce) {
  const w = WORDS[lang];
  const page = await browser.newPage();
  // A visitor asking for "my petitions" signs in first and comes back to them.
  await page.goto(`${BASE}/${lang}/account/petitions`);
  await signIn(page, 'association');
  await page.waitForURL(new RegExp(`/${lang}/account/petitions(\\?continue)?$`));
  await page.getByRole('link', { name: w.draft, exact: true }).first().click();
  await page.waitForURL(new RegExp(`/${lang}/petitions/new`));
  await page.selectOption('#member', 'larache');
  await page.fill('#association-name', 'جمعية أصدقاء المدينة العتيقة');
  await page.fill('#association-foundedOn', '2012-05-20');
  for (const field of ['establishedInMorocco', 'democraticallyRun', 'goodStanding', 'seatOrBranchInTerritory', 'activityRelated']) {
    await page.check(`#association-${field}`);
  }
  await page.fill('#title-ar', `ترميم أسوار المدينة العتيقة ${nonce}`);
  await page.fill('#title-fr', `Restaurer les remparts de la médina ${nonce}`);
  await page.fill('#subject', 'تدهور أسوار المدينة العتيقة بالعرائش وخطورتها على المارة');
  await page.fill('#requests', 'برمجة ترميم الأسوار\nتأمين محيطها');
  await page.getByRole('button', { name: w.save }).click();
  await page.waitForURL(/\/account\/petitions\/[^/?]+\?drafted$/);
  const id = page.url().match(/\/account\/petitions\/([^/?]+)\?/)[1];

  // The draft is on "my petitions" already, then filed with its receipt.
  await page.locator('header').getByRole('link', { name: w.myPetitions, exact: true }).click();
  await page.waitForURL(new RegExp(`/${lang}/account/petitions$`));
  assert.equal(await page.locator(`#petition-${id} .state`).innerText(), lang === 'ar' ? 'مسودة' : 'Brouillon');
  assert.equal(await page.locator(`#petition-${id} a[href$="/${lang}/petitions/${id}"]`).count(), 0, 'a draft has no public page');
  await page.locator(`#petition-${id} h2 a`).click();
  await page.getByRole('button', { name: w.file }).click();
  await page.waitForURL(/\?filed$/);
  const receipt = (await page.textContent('main .meta')).match(/LARACHE-\d{4}-\d{4}/)?.[0];
  assert.ok(receipt, 'a receipt number at once');

  await page.goto(`${BASE}/${lang}/account/petitions`);
  const item = page.locator(`#petition-${id}`);
  assert.equal(await item.locator('.state').innerText(), w.status.FILED);
  assert.ok((await item.locator('.receipt').innerText()).includes(receipt));
  assert.ok((await item.locator('.next').innerText()).length > 10, 'what comes next, in words');
  assert.equal(await item.locator(`a[href$="/${lang}/petitions/${id}"]`).count(), 1, 'its public page once filed');
  assert.equal(await page.locator('ol.my-petitions > li').first().getAttribute('id'), `petition-${id}`, 'newest first');
  await shoot(page, `my-petitions-${lang}`);
  await page.close();
  return { id, receipt };
}

for (const lang of ['ar', 'fr']) {
  test(`an association files a petition and Larache's council takes it to the agent's notification (${lang})`, async () => {
    const w = WORDS[lang];
    const nonce = `pt${lang}${Date.now().toString(36)}`;
    const { id, receipt } = await associationFiles(lang, nonce);

    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/back-office`);
    await signIn(page, 'poc-larache');
    await page.waitForURL(new RegExp(`/${lang}/back-office/larache$`));
    // The news page lists it among the petitions waiting for the council.
    assert.equal(await page.locator(`li.bo-petition a[href$="/petitions/${id}"]`).count(), 1);

    await page.locator('nav.bo-menu').getByRole('link', { name: w.petitions, exact: true }).click();
    await page.waitForURL(new RegExp(`/${lang}/back-office/larache/petitions$`));
    assert.equal(await page.locator('nav.bo-menu a[aria-current=page]').innerText(), w.petitions);
    await page.selectOption('#status', 'FILED');
    await page.getByRole('button', { name: w.filter }).click();
    await page.waitForURL(/status=FILED/);
    const row = page.locator(`#petition-${id}`);
    assert.ok((await row.innerText()).includes(receipt));
    assert.equal(await row.locator('.state').first().innerText(), w.status.FILED);
    await shoot(page, `bo-petitions-${lang}`);
    await row.locator('a').first().click();
    await page.waitForURL(new RegExp(`/back-office/larache/petitions/${id}$`));
    assert.equal(await page.textContent('#receipt-number'), receipt);
    // The history names the petitioner's own steps "the petitioner", never the account that took them.
    const actors = await page.locator('table.data tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(actors.length >= 2 && !actors.includes('association'), `never the association's account: ${actors}`);
    assert.ok(actors.includes(w.petitioner), `the petitioner: ${actors}`);

    // From filed, the law allows admissible or inadmissible, nothing else.
    assert.deepEqual(await page.locator('form.bo-step').evaluateAll((forms) => forms.map((f) => f.id)),
      ['step-ADMISSIBLE', 'step-INADMISSIBLE']);
    assert.equal(await page.inputValue(byId('ADMISSIBLE.date')), day(), "today in Casablanca by default");
    await shoot(page, `bo-petition-${lang}`);
    const tomorrow = day(1);
    await page.fill(byId('ADMISSIBLE.date'), tomorrow);
    await page.locator('#step-ADMISSIBLE button[type=submit]').click();
    await page.locator('#form-errors').waitFor();
    assert.ok((await page.locator(byId('ADMISSIBLE.date-error')).innerText()).length > 0, 'refused on the date');
    assert.equal(await page.getAttribute(byId('ADMISSIBLE.date'), 'aria-invalid'), 'true');
    assert.equal(await page.inputValue(byId('ADMISSIBLE.date')), tomorrow, 'what was typed is kept');
    assert.equal(await page.locator('#form-errors a[href="#ADMISSIBLE.date"]').count(), 1);
    assert.equal(await page.textContent('#petition-status'), w.status.FILED, 'nothing recorded');

    await page.fill(byId('ADMISSIBLE.date'), day());
    await page.locator('#step-ADMISSIBLE button[type=submit]').click();
    await page.waitForURL(/\?recorded=ADMISSIBLE$/);
    assert.equal(await page.textContent('#petition-status'), w.status.ADMISSIBLE);

    const steps = [
      ['IN_COMMITTEE', async () => page.fill(byId('IN_COMMITTEE.committee'), 'لجنة التعمير وإعداد التراب والبيئة')],
      ['ON_SESSION_AGENDA', async () => {
        await page.fill(byId('ON_SESSION_AGENDA.session.ar'), `الدورة العادية ${nonce}`);
        await page.fill(byId('ON_SESSION_AGENDA.session.fr'), `Session ordinaire ${nonce}`);
        await page.fill(byId('ON_SESSION_AGENDA.sessionDate'), day());
      }],
      ['DECIDED', async () => page.fill(byId('DECIDED.decision'), 'وافق المجلس على برمجة ترميم الأسوار في ميزانية السنة المقبلة')],
      ['AGENT_NOTIFIED', async () => {}],
    ];
    for (const [step, fill] of steps) {
      assert.deepEqual(await page.locator('form.bo-step').evaluateAll((forms) => forms.map((f) => f.id)), [`step-${step}`],
        `only ${step} is offered`);
      await fill();
      await page.locator(`#step-${step} button[type=submit]`).click();
      await page.waitForURL(new RegExp(`\\?recorded=${step}$`));
      assert.equal(await page.textContent('#petition-status'), w.status[step]);
    }
    assert.equal(await page.locator('form.bo-step').count(), 0, 'nothing more once the agent is notified');
    assert.equal(await page.locator('#steps li').count(), 6);
    assert.ok((await page.locator('#deadlines').innerText()).length > 0);
    assert.ok(!(await page.locator('#deadlines').innerText()).includes(w.overdue), 'every deadline met in time');
    await page.close();

    // The public page shows the council's steps.
    const reader = await browser.newPage();
    await reader.goto(`${BASE}/${lang}/petitions/${id}`);
    const publicSteps = await reader.locator('ol.steps li').allInnerTexts();
    for (const status of ['FILED', 'ADMISSIBLE', 'IN_COMMITTEE', 'ON_SESSION_AGENDA', 'DECIDED', 'AGENT_NOTIFIED']) {
      assert.ok(publicSteps.some((s) => s.includes(w.status[status])), `${status} on the public page: ${publicSteps}`);
    }
    await reader.close();
  });

  test(`a point of contact records a petition received before the platform, refused field by field first (${lang})`, async () => {
    const w = WORDS[lang];
    const nonce = `pp${lang}${Date.now().toString(36)}`;
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/back-office/larache/petitions`);
    await signIn(page, 'poc-larache');
    await page.waitForURL(new RegExp(`/${lang}/back-office/larache/petitions(\\?continue)?$`));
    await page.getByRole('link', { name: w.past, exact: true }).click();
    await page.waitForURL(/\/petitions\/past$/);
    await page.selectOption('#status', 'INADMISSIBLE');
    await page.fill(byId('title.ar'), `إحداث مرأب للسيارات ${nonce}`);
    await page.fill('#filedOn', day(3));
    // First the form's own checks (the association and the subject are required) ...
    await page.getByRole('button', { name: w.recordPast, exact: true }).click();
    await page.locator('#form-errors').waitFor();
    for (const field of ['associationName', 'subject']) {
      assert.equal(await page.getAttribute(byId(field), 'aria-invalid'), 'true', field);
    }
    assert.equal(await page.inputValue(byId('title.ar')), `إحداث مرأب للسيارات ${nonce}`, 'what was typed is kept');
    assert.equal(await page.inputValue('#filedOn'), day(3));
    assert.equal(await page.inputValue('#status'), 'INADMISSIBLE');
    await shoot(page, `bo-petition-past-${lang}`);

    // ... then the law's: not filed in the future, an inadmissibility is reasoned.
    await page.fill('#associationName', 'جمعية التجار');
    await page.fill('#subject', `إحداث مرأب للسيارات قرب السوق ${nonce}`);
    await page.getByRole('button', { name: w.recordPast, exact: true }).click();
    await page.locator('#form-errors').waitFor();
    for (const field of ['filedOn', 'inadmissibilityReasons']) {
      assert.equal(await page.getAttribute(byId(field), 'aria-invalid'), 'true', field);
    }
    assert.equal(await page.getAttribute('#associationName', 'aria-invalid'), null);
    assert.equal(await page.inputValue('#associationName'), 'جمعية التجار');
    await page.fill('#filedOn', '2023-02-14');
    await page.fill('#inadmissibilityReasons', 'الموضوع لا يدخل في اختصاصات الجماعة');
    await page.getByRole('button', { name: w.recordPast, exact: true }).click();
    await page.waitForURL(/\/petitions\/[^/?]+\?recorded$/);
    assert.equal(await page.locator('form.bo-step').count(), 1, 'the agent still to be notified');
    assert.ok((await page.locator('#steps').innerText()).includes('الموضوع لا يدخل في اختصاصات الجماعة'));
    await page.close();
  });
}

test("another member's staff are refused Larache's petition pages", async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/back-office`);
  await signIn(page, 'poc-tetouan');
  await page.waitForURL(/\/fr\/back-office\/tetouan$/);
  const any = (await (await fetch(`${API}/api/petitions?member=larache&size=1`)).json()).items[0];
  for (const path of ['petitions', 'petitions/past', `petitions/${any?.id ?? 'unknown'}`]) {
    for (const lang of ['ar', 'fr']) {
      const response = await page.goto(`${BASE}/${lang}/back-office/larache/${path}`);
      assert.equal(response.status(), 403, path);
      assert.ok((await page.textContent('h1')).includes(WORDS[lang].forbidden));
    }
  }
  await page.close();
});

test('the aggregated API docs show "my petitions" and the If-Match of a council step', async () => {
  const response = await fetch(`${API}/v3/api-docs/petitions`);
  assert.equal(response.status, 200);
  const docs = await response.json();
  assert.ok(docs.paths['/api/petitions/mine']?.get, `paths: ${Object.keys(docs.paths).join(' ')}`);
  const step = docs.paths['/api/petitions/{id}/steps'].post;
  assert.ok(step.parameters.some((p) => p.in === 'header' && p.name === 'If-Match'), JSON.stringify(step.parameters));
});
