// A point of contact turns a citizen's idea into an openness project and records its progress, through the back
// office as the staff use it: the idea moved step by step to "retained"; the project formulated from it in Tétouan's
// 2025-2026 programme (a schedule whose weights do not add up refused first, what was typed kept) and its schedule
// changed; the programme taken to execution (drafted, consulted on, adopted by the council, executed) the first time,
// or, once it is executing (a stack that already ran this test), an amendment opened and closed around the new
// project; progress reported on an activity; then the public sees the project's progress and the idea's outcome.
// The demo data has no Tétouan programme: the test's own first steps set up its axis and draft the programme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, launch, screenshot, PHONE } from './browser.mjs';
import { ensureAxis, executeOrCloseAmendment, openPlan, signIn } from './back-office.mjs';

const PERIOD = '2025-2026';

const WORDS = {
  ar: { addAxis: 'إضافة محور', draftPlan: 'إعداد المسودة', toConsultation: 'عرض المسودة على التشاور العمومي',
    toAdopted: 'تسجيل مصادقة المجلس', toExecution: 'الشروع في التنفيذ', start: 'بدء المعالجة', committee: 'إحالة على اللجنة', retain: 'اعتماد الفكرة', openAmendment: 'فتح تعديل',
    closeAmendment: 'إغلاق التعديل', reschedule: 'تعديل الجدول الزمني', create: 'صياغة المشروع', report: 'تسجيل التقدم', weights: /100/ },
  fr: { addAxis: 'Ajouter un axe', draftPlan: 'Préparer le projet de programme',
    toConsultation: 'Soumettre le projet à la consultation publique', toAdopted: "Enregistrer l'adoption par le conseil",
    toExecution: "Commencer l'exécution", start: 'Commencer le traitement', committee: 'Transmettre au comité', retain: "Retenir l'idée",
    openAmendment: 'Ouvrir une modification', closeAmendment: 'Clore la modification', reschedule: 'Modifier le calendrier', create: 'Formuler le projet',
    report: "Enregistrer l'avancement", weights: /100/ },
};

let browser;

/** A citizen (the demo agent's token from ./remacto e2e) puts an idea to Tétouan; its text is unique to the run. */
async function putForwardIdea(nonce) {
  const token = process.env.REMACTO_E2E_AGENT_TOKEN;
  assert.ok(token, 'REMACTO_E2E_AGENT_TOKEN: run the browser tests with ./remacto e2e');
  const answer = await fetch(`${API}/api/ideas`, { method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ member: 'tetouan', axisCode: 'W1', problem: `غياب لوحة لتتبع الشكايات ${nonce}`,
      proposedSolution: 'إحداث منصة لتتبع الشكايات ونشر آجال معالجتها' }) });
  const body = await answer.text();
  assert.equal(answer.status, 201, body);
  return JSON.parse(body);
}

/** Tétouan's axis W1 of the 2025-2026 programme, added through the back office's axes page when it is missing. */
const ensureTetouanAxis = (page, lang) => ensureAxis(page, lang, { member: 'tetouan', period: PERIOD, code: 'W1',
  titleAr: 'الشفافية والولوج إلى المعلومات', titleFr: "Transparence et accès à l'information", button: WORDS[lang].addAxis });

/** Opens Tétouan's 2025-2026 programme in the back office, drafting it first when there is none; its status. */
const openTetouanPlan = (page, lang) => openPlan(page, lang, { member: 'tetouan', period: PERIOD,
  titleAr: `برنامج عمل انفتاح جماعة تطوان ${PERIOD}`, titleFr: `Programme d'ouverture de Tétouan ${PERIOD}`,
  button: WORDS[lang].draftPlan });

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['ar', 'fr']) {
  test(`a point of contact processes an idea into a project and records its progress (${lang})`, async () => {
    const words = WORDS[lang];
    const nonce = `bo${lang}${Date.now()}`;
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/back-office`);
    await signIn(page, 'poc-tetouan');
    // Staff of one member go straight to its back office.
    await page.waitForURL(new RegExp(`/${lang}/back-office/tetouan$`));
    await ensureTetouanAxis(page, lang);
    const idea = await putForwardIdea(nonce);

    // Idea management: one step at a time, from received to retained.
    await page.goto(`${BASE}/${lang}/back-office/tetouan`);
    await page.locator('nav.bo-menu a[href$="/back-office/tetouan/queue"]').click();
    for (const step of [words.start, words.committee, words.retain]) {
      const card = page.locator(`#idea-${idea.id}`);
      await card.getByRole('button', { name: step }).click();
      await page.waitForURL(/moved=/);
    }
    await page.goto(`${BASE}/${lang}/back-office/tetouan/ideas/${idea.id}`);
    assert.equal(await page.locator('.state').first().innerText(), lang === 'ar' ? 'تم اعتمادها' : 'Retenue');

    // The programme: a draft takes projects; an adopted one only under an amendment.
    const status = await openTetouanPlan(page, lang);
    const drafting = status === (lang === 'ar' ? 'مسودة' : 'Projet');
    if (!drafting && await page.getByRole('button', { name: words.openAmendment }).count() > 0) {
      await page.fill('#amendment-reason', `مشروع جديد من أفكار المواطنين ${nonce}`);
      await page.getByRole('button', { name: words.openAmendment }).click();
      await page.waitForURL(/\?done/);
    }
    if (!drafting) assert.equal(await page.getByRole('button', { name: words.closeAmendment }).count(), 1);

    // Formulate the project from the retained idea; a schedule of 90 is refused and what was typed stays.
    await page.locator('nav.bo-menu a[href$="/back-office/tetouan/projects"]').click();
    await page.locator('.bo-body a.button[href*="/projects/new"]', { hasText: PERIOD }).first().click();
    await page.fill('[id="title.ar"]', `منصة تتبع الشكايات ${nonce}`);
    await page.fill('[id="title.fr"]', `Plateforme de suivi des réclamations ${nonce}`);
    await page.fill('#issues', 'غياب تتبع الشكايات');
    await page.fill('#proposedSolution', 'منصة رقمية\nنشر آجال المعالجة');
    await page.check(`input[name=ideaIds][value="${idea.id}"]`);
    await page.fill('#activity-0-title', 'تطوير المنصة');
    await page.fill('#activity-0-start', '2026-02-01');
    await page.fill('#activity-0-end', '2026-06-30');
    await page.fill('#activity-0-weight', '60');
    await page.fill('#activity-1-title', 'إطلاق المنصة');
    await page.fill('#activity-1-start', '2026-07-01');
    await page.fill('#activity-1-end', '2026-12-31');
    await page.fill('#activity-1-weight', '30');
    await page.check('input[name=published]');
    await page.getByRole('button', { name: words.create }).click();
    await page.locator('#form-errors').waitFor();
    assert.match(await page.locator('#form-errors').innerText(), words.weights);
    assert.equal(await page.inputValue('#activity-1-title'), 'إطلاق المنصة', 'what was typed is kept');
    assert.ok(await page.isChecked(`input[name=ideaIds][value="${idea.id}"]`));
    await page.fill('#activity-1-weight', '40');
    await page.getByRole('button', { name: words.create }).click();
    await page.waitForURL(/\/back-office\/tetouan\/projects\/[0-9a-f-]+\?created/);
    const projectId = page.url().match(/projects\/([0-9a-f-]+)\?/)[1];
    await screenshot(page, `back-office-project-${lang}-desktop`);

    // While the programme takes changes (a draft, or under an amendment) the schedule can change: half each now.
    await page.fill('#activity-0-weight', '50');
    await page.fill('#activity-1-weight', '50');
    await page.getByRole('button', { name: words.reschedule }).click();
    await page.waitForURL(/\?done/);
    assert.equal(await page.inputValue('#activity-1-weight'), '50');

    // A draft goes to public consultation, is adopted by the council and executed; an amendment is closed.
    await openTetouanPlan(page, lang);
    await executeOrCloseAmendment(page, drafting, words);
    await page.goto(`${BASE}/${lang}/back-office/tetouan/execution?project=${projectId}`);
    const activity = page.locator(`#project-${projectId} article`).first();
    await activity.locator('input[name=progress]').fill('50');
    await activity.locator('input[name=note]').fill('النسخة التجريبية جاهزة');
    await activity.getByRole('button', { name: words.report }).click();
    await page.waitForURL(/recorded=/);
    await page.setViewportSize(PHONE);
    await screenshot(page, `back-office-execution-${lang}-phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);

    // What the public sees: half of the weight half done is 25 %, and the idea's outcome names the project.
    const visitor = await browser.newPage();
    await visitor.goto(`${BASE}/${lang}/projects/${projectId}`);
    assert.match(await visitor.locator('main').innerText(), /25/);
    let outcome = '';
    for (let i = 0; i < 40 && !outcome.includes(nonce); i++) {
      await visitor.goto(`${BASE}/${lang}/ideas/${idea.id}`);
      outcome = await visitor.locator('main').innerText();
      if (!outcome.includes(nonce)) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(outcome.includes(nonce), 'the idea page names the project formulated from it');
    await visitor.close();
    await page.close();
  });
}

for (const lang of ['ar', 'fr']) {
  test(`the plan's evaluation reports open with the staff's view, a malformed period refused on its field (${lang})`, async () => {
    const plans = await (await fetch(`${API}/api/plans?member=larache&size=50`)).json();
    const plan = plans.items.find((p) => p.status !== 'DRAFT');
    assert.ok(plan, 'the demo data has an adopted plan of Larache');
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/back-office/larache/plans/${plan.id}`);
    await signIn(page, 'poc-larache');
    await page.waitForURL(new RegExp(`/back-office/larache/plans/${plan.id}`));
    await page.selectOption('#report-kind', 'annual');
    await page.fill('#period', '2025-13');
    await page.locator('#reports ~ form button[type=submit]').click();
    await page.waitForURL(/\/report\?/);
    assert.equal(await page.getAttribute('#period', 'aria-invalid'), 'true', 'the period is refused on its field');
    assert.equal(await page.inputValue('#period'), '2025-13', 'what was typed is kept');
    assert.equal(await page.inputValue('#report-kind'), 'annual');
    assert.ok((await page.locator('.field-error').innerText()).length > 0);

    await page.selectOption('#report-kind', 'final');
    const [answer] = await Promise.all([page.waitForResponse(/\/report\?kind=final/),
      page.locator('#reports ~ form button[type=submit]').click()]);
    assert.equal(answer.status(), 200);
    const headers = answer.headers();
    assert.match(headers['content-type'], /text\/html/);
    assert.match(headers['content-language'], new RegExp(`^${lang}`));
    assert.match(headers['content-security-policy'], /style-src 'unsafe-inline'/);
    assert.doesNotMatch(headers['content-security-policy'], /script-src/, 'no script is allowed in a report');
    assert.ok(await page.evaluate(() => document.querySelector('style')?.sheet != null), 'its print style applies');
    assert.ok((await page.locator('body').innerText()).includes(lang === 'ar' ? plan.title.ar : (plan.title.fr ?? plan.title.ar)));
    await page.close();
  });
}

test('another member\'s staff get the 403 page', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/back-office/larache`);
  await signIn(page, 'poc-tetouan');
  await page.waitForURL(/\/fr\/back-office\/larache/);
  const answer = await page.goto(`${BASE}/fr/back-office/larache/ideas`);
  assert.equal(answer.status(), 403);
  assert.equal(await page.locator('h1').innerText(), 'Accès refusé');
  await page.close();
});
