// A project's card beyond its formulation, through the back office as Larache's point of contact uses it: in an
// OGP-format plan (Larache's 2027-2028 plan, drafted by the test itself when missing: the demo data's only OGP plan is
// the region's), a commitment formulated with two output/impact indicators, an expected result and the commitment's
// details (a third indicator row added without JavaScript, a refused baseline shown on its row, what was typed kept);
// its card edited while someone else saves it too (the change shown, the form kept, the second save applied); the plan
// taken to execution (drafted, consulted on, adopted, executed) the first time, or an amendment opened and closed
// around the new commitment on a stack that already ran this test; a measurement recorded on an indicator; the card
// edited again under an amendment (the page first says the adopted plan needs one, with the way to open it) and the
// measurement still on its renamed indicator; the completion level assessed; and what the public page shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, DESKTOP, launch, screenshot, PHONE } from './browser.mjs';
import { ensureAxis, executeOrCloseAmendment, openPlan, signIn } from './back-office.mjs';

const PERIOD = '2027-2028';
const AXIS = 'G1';

const WORDS = {
  ar: { addAxis: 'إضافة محور', draftPlan: 'إعداد المسودة', toConsultation: 'عرض المسودة على التشاور العمومي',
    toAdopted: 'تسجيل مصادقة المجلس', toExecution: 'الشروع في التنفيذ', openAmendment: 'فتح تعديل',
    closeAmendment: 'إغلاق التعديل', create: 'صياغة المشروع', addIndicator: 'إضافة مؤشر', edit: 'تعديل بطاقة المشروع',
    save: 'حفظ البطاقة', measure: 'تسجيل القياس', completion: 'تسجيل مستوى الإنجاز', draft: 'مسودة',
    substantial: 'جوهري', trust: 'تعزيز الثقة بين المواطنين والجماعة' },
  fr: { addAxis: 'Ajouter un axe', draftPlan: 'Préparer le projet de programme',
    toConsultation: 'Soumettre le projet à la consultation publique', toAdopted: "Enregistrer l'adoption par le conseil",
    toExecution: "Commencer l'exécution", openAmendment: 'Ouvrir une modification', closeAmendment: 'Clore la modification',
    create: 'Formuler le projet', addIndicator: 'Ajouter un indicateur', edit: 'Modifier la fiche du projet',
    save: 'Enregistrer la fiche', measure: 'Enregistrer la mesure', completion: "Enregistrer le niveau d'achèvement",
    draft: 'Projet', substantial: 'Substantiel', trust: 'Renforcer la confiance entre les citoyens et la collectivité' },
};

let browser;

const larachePlan = (page, lang) => openPlan(page, lang, { member: 'larache', period: PERIOD, format: 'OGP',
  titleAr: `خطة عمل الحكومة المنفتحة لجماعة العرائش ${PERIOD}`,
  titleFr: `Plan d'action pour un gouvernement ouvert de Larache ${PERIOD}`, button: WORDS[lang].draftPlan });

async function openAmendment(page, lang, nonce) {
  await page.fill('#amendment-reason', `تحيين بطاقة التزام ${nonce}`);
  await page.getByRole('button', { name: WORDS[lang].openAmendment }).click();
  await page.waitForURL(/\?done/);
}

async function noSidewaysScrolling(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
}

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['ar', 'fr']) {
  test(`a point of contact formulates a commitment's card, edits it, measures it and assesses it (${lang})`, async () => {
    const words = WORDS[lang];
    const nonce = `card${lang}${Date.now()}`;
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${BASE}/${lang}/back-office`);
    await signIn(page, 'poc-larache');
    await page.waitForURL(new RegExp(`/${lang}/back-office/larache$`));
    await ensureAxis(page, lang, { member: 'larache', period: PERIOD, code: AXIS, titleAr: 'الحكومة المنفتحة',
      titleFr: 'Gouvernement ouvert', button: words.addAxis });

    // The plan takes new commitments as a draft, or once adopted under an amendment.
    const drafting = (await larachePlan(page, lang)) === words.draft;
    const planUrl = page.url().replace(/\?.*$/, '');
    const planId = planUrl.match(/plans\/([0-9a-f-]+)/)[1];
    if (!drafting && await page.getByRole('button', { name: words.openAmendment }).count() > 0) {
      await openAmendment(page, lang, nonce);
    }

    // Formulation: two indicators and a third row added without JavaScript, what was typed kept.
    await page.goto(`${BASE}/${lang}/back-office/larache/projects/new?plan=${planId}`);
    await page.fill('[id="title.ar"]', `بوابة المعطيات المفتوحة ${nonce}`);
    await page.fill('[id="title.fr"]', `Portail des données ouvertes ${nonce}`);
    await page.fill('#issues', 'صعوبة الولوج إلى المعلومة');
    await page.fill('#indicator-0-title', 'عدد مجموعات البيانات المنشورة');
    await page.fill('#indicator-0-unit', 'مجموعة');
    await page.fill('#indicator-0-baseline', '0');
    await page.fill('#indicator-0-target', '20');
    await page.selectOption('#indicator-1-kind', 'IMPACT');
    await page.fill('#indicator-1-title', 'رضا المستعملين');
    await page.fill('#indicator-1-unit', '%');
    await page.fill('#indicator-1-baseline', 'كثير');
    await page.fill('#indicator-1-target', '70');
    await page.selectOption('#result-0-objective', 'TRUST');
    await page.fill('#result-0-contribution', `نشر المعطيات يعزز الثقة ${nonce}`);
    await page.fill('[id="commitment.supportActors"]', 'جمعيات المجتمع المدني\nالجامعة');
    await page.check('input[name="commitment.ogpValues"][value=ACCESS_TO_INFORMATION]');
    await page.fill('[id="commitment.description"]', 'نشر معطيات الجماعة في صيغ مفتوحة');
    await page.fill('#activity-0-title', 'إعداد البوابة');
    await page.fill('#activity-0-start', '2027-02-01');
    await page.fill('#activity-0-end', '2027-12-31');
    await page.fill('#activity-0-weight', '100');
    await page.check('input[name=published]');
    await page.getByRole('button', { name: words.addIndicator }).click();
    await page.locator('#indicator-2-title').waitFor();
    assert.equal(await page.inputValue('#indicator-0-title'), 'عدد مجموعات البيانات المنشورة', 'what was typed is kept');
    assert.equal(await page.inputValue('#indicator-1-kind'), 'IMPACT');
    assert.equal(await page.inputValue('#result-0-objective'), 'TRUST');
    // The lead institution is required by the browser too; the refused baseline comes back on its row.
    await page.fill('[id="commitment.leadInstitution"]', 'مجلس جماعة العرائش');
    await page.getByRole('button', { name: words.create }).click();
    await page.locator('#form-errors').waitFor();
    assert.equal(await page.getAttribute('#indicator-1-baseline', 'aria-invalid'), 'true');
    assert.equal(await page.locator('#indicator-0-baseline').getAttribute('aria-invalid'), null);
    assert.equal(await page.inputValue('#indicator-1-baseline'), 'كثير', 'what was typed is kept');
    assert.equal(await page.inputValue('[id="commitment.supportActors"]'), 'جمعيات المجتمع المدني\nالجامعة');
    await page.fill('#indicator-1-baseline', '40');
    await page.getByRole('button', { name: words.create }).click();
    await page.waitForURL(/\/back-office\/larache\/projects\/[0-9a-f-]+\?created/);
    const projectId = page.url().match(/projects\/([0-9a-f-]+)\?/)[1];
    const projectUrl = `${BASE}/${lang}/back-office/larache/projects/${projectId}`;
    assert.match(await page.locator('#expected-results').locator('xpath=following-sibling::dl[1]').innerText(), new RegExp(nonce));

    // The card edited while someone else saves it: their change shown, what was typed kept, then saved knowingly.
    await page.getByRole('link', { name: words.edit }).click();
    await page.waitForURL(/\/card$/);
    assert.equal(await page.inputValue('#indicator-0-target'), '20');
    await page.fill('#indicator-0-target', '25');
    const other = await context.newPage();
    await other.goto(`${projectUrl}/card`);
    await other.fill('[id="commitment.expectedResults"]', `بوابة منشورة ${nonce}`);
    await other.getByRole('button', { name: words.save }).click();
    await other.waitForURL(/\?saved/);
    await other.close();
    await page.getByRole('button', { name: words.save }).click();
    await page.locator('#conflict').waitFor();
    assert.match(await page.locator('#conflict').innerText(), new RegExp(`بوابة منشورة ${nonce}`));
    assert.equal(await page.inputValue('#indicator-0-target'), '25', 'what was typed is kept');
    await screenshot(page, `back-office-card-conflict-${lang}-desktop`);
    await page.fill('[id="commitment.expectedResults"]', `بوابة منشورة ${nonce}`);
    await page.getByRole('button', { name: words.save }).click();
    await page.waitForURL(/\?saved/);
    assert.match(await page.locator('#indicators').locator('xpath=following-sibling::div[1]').innerText(), /25/);

    // The plan to execution (a draft) or the amendment closed; then a measurement of the first indicator.
    await page.goto(planUrl);
    await executeOrCloseAmendment(page, drafting, words);
    await page.goto(`${BASE}/${lang}/back-office/larache/execution?project=${projectId}`);
    const indicator = page.locator(`#project-${projectId} article`, { hasText: 'عدد مجموعات البيانات المنشورة' });
    const indicatorId = await indicator.getAttribute('id');
    await indicator.locator('input[name=value]').fill('7');
    await indicator.getByRole('button', { name: words.measure }).click();
    await page.waitForURL(/recorded=/);

    // An adopted plan's card changes only under an amendment: said on the page, with the way to open one.
    await page.goto(`${projectUrl}/card`);
    const notice = page.locator('#amendment-needed');
    await notice.waitFor();
    await notice.locator('a').click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+#amendment$/);
    await openAmendment(page, lang, nonce);
    await page.goto(`${projectUrl}/card`);
    assert.equal(await page.locator('#amendment-needed').count(), 0);
    await page.fill('#indicator-0-title', `مجموعات البيانات المنشورة ${nonce}`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `back-office-card-${lang}-phone`);
    await noSidewaysScrolling(page);
    await page.setViewportSize(DESKTOP);
    // Enter in a field saves the card, as people expect, rather than adding an expected result's row.
    await page.press('#indicator-0-title', 'Enter');
    await page.waitForURL(/\?saved/);
    // The renamed indicator is the same one: its measurement stays with it.
    const row = page.locator(`[id="indicator-${indicatorId}"]`);
    assert.match(await row.innerText(), new RegExp(`مجموعات البيانات المنشورة ${nonce}`));
    assert.match(await row.locator('.measurements').innerText(), /7|٧/);
    await page.goto(planUrl);
    await page.getByRole('button', { name: words.closeAmendment }).click();
    await page.waitForURL(/\?done/);

    // The commitment's completion level on the IRM scale.
    await page.goto(projectUrl);
    await page.selectOption('#completion', 'SUBSTANTIAL');
    await page.fill('#completion-reason', 'البوابة منشورة وجزء من البيانات متاح');
    await page.getByRole('button', { name: words.completion }).click();
    await page.waitForURL(/\?done/);
    assert.match(await page.locator('dl.commitment').innerText(), new RegExp(words.substantial));
    await screenshot(page, `back-office-commitment-${lang}-desktop`);

    // The public page: the expected result, the commitment with its level, the measured indicator.
    const visitor = await browser.newPage();
    await visitor.goto(`${BASE}/${lang}/projects/${projectId}`);
    const main = await visitor.locator('main').innerText();
    assert.ok(main.includes(words.trust), 'the expected result names its objective');
    assert.ok(main.includes(`نشر المعطيات يعزز الثقة ${nonce}`));
    assert.ok(main.includes('مجلس جماعة العرائش'), 'the commitment names its lead institution');
    assert.match(await visitor.locator('dl.commitment').innerText(), new RegExp(words.substantial));
    assert.ok(main.includes(`مجموعات البيانات المنشورة ${nonce}`));
    await screenshot(visitor, `project-commitment-${lang}-desktop`);
    await visitor.setViewportSize(PHONE);
    await screenshot(visitor, `project-commitment-${lang}-phone`);
    await noSidewaysScrolling(visitor);
    await visitor.close();
    await context.close();
  });
}
