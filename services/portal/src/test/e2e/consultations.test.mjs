// Public consultations, meetings and co-preparation calendars as citizens follow them on a phone: contributing on an
// item of an open consultation (a position and a comment, the count moving by one, a second contribution refused),
// the meetings calendar with a demo meeting in its month, and a member's co-preparation calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, PHONE, DESKTOP, launch, screenshot } from './browser.mjs';

let browser;
let consultationId;
let workshopId;

/**
 * Larache's point of contact (token from ./remacto e2e) opens a consultation on two items of its draft programme:
 * open a minute ago, so it is the newest open one and comes first in the list, closing in two hours.
 */
async function openConsultation() {
  const token = process.env.REMACTO_E2E_STAFF_TOKEN;
  assert.ok(token, 'REMACTO_E2E_STAFF_TOKEN: run the browser tests with ./remacto e2e');
  const now = Date.now();
  const response = await fetch(`${API}/api/consultations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      member: 'larache',
      title: { ar: 'التشاور العمومي حول مسودة برنامج عمل الانفتاح', fr: "Consultation publique sur le projet de programme d'action d'ouverture" },
      description: { ar: 'أبدوا رأيكم في كل بند من بنود المسودة.', fr: 'Donnez votre avis sur chaque point du projet.' },
      programme: '2024-2025',
      items: [
        { id: 'p1', title: { ar: 'تجويد آليات التواصل', fr: 'Amélioration des mécanismes de communication' }, axisCode: 'A1' },
        { id: 'p2', title: { ar: 'الصيانة والمحافظة على المناطق الخضراء', fr: 'Entretien et préservation des espaces verts' } },
      ],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 2 * 3600_000).toISOString(),
    }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  const consultation = JSON.parse(text);
  assert.equal(consultation.status, 'OPEN');
  return consultation.id;
}

/**
 * The same point of contact records a training workshop held today, with who came as counts by gender, age group
 * and participant type (the demo meetings have totals only).
 */
async function recordWorkshop() {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });
  const response = await fetch(`${API}/api/meetings`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.REMACTO_E2E_STAFF_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      member: 'larache', kind: 'TRAINING_WORKSHOP', date: today, programme: '2024-2025',
      title: { ar: 'الورشة التكوينية لفائدة أعضاء لجنة الإعداد والتتبع والتقييم', fr: 'Atelier de formation des membres du comité de préparation, suivi et évaluation' },
      place: 'قاعة الاجتماعات بمقر جماعة العرائش',
      participants: { total: 30, byGender: { FEMALE: 18, MALE: 12 }, byAgeGroup: { '18_24': 10, '25_34': 15, UNKNOWN: 5 },
        byParticipantType: { CITIZEN: 20, ASSOCIATION: 10 } },
      organisations: ['جمعيات المجتمع المدني بالهيئة الاستشارية'],
      agenda: ['تقديم منهجية إعداد برنامج عمل الانفتاح'],
      minutes: 'افتتحت الورشة بكلمة نقطة الارتكاز.\nتلاها عرض حول منهجية الإعداد المشترك.',
      outputs: ['تحديد تواريخ ورشات جمع الأفكار'],
    }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return JSON.parse(text).id;
}

/** Larache's staff publish the pending comment on item p1 that reads {@code comment}. */
async function publish(comment) {
  const headers = { Authorization: `Bearer ${process.env.REMACTO_E2E_STAFF_TOKEN}`, 'Content-Type': 'application/json' };
  const pending = await fetch(`${API}/api/consultations/${consultationId}/contributions?item=p1&moderation=PENDING&size=200`,
    { headers });
  assert.equal(pending.status, 200, await pending.clone().text());
  const contribution = (await pending.json()).items.find((c) => c.comment === comment);
  assert.ok(contribution, 'the comment waits for moderation');
  const decided = await fetch(`${API}/api/consultations/${consultationId}/contributions/${contribution.id}/moderation`,
    { method: 'POST', headers, body: JSON.stringify({ decision: 'PUBLISHED' }) });
  assert.equal(decided.status, 200, await decided.text());
}

/** Identity's sign-in form (the demo users' password is "demo"). */
async function signIn(page, user) {
  await page.waitForURL(/\/login$/);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
}

async function count(page, selector) {
  return Number(await page.getAttribute(selector, 'data-count'));
}

async function noSidewaysScrolling(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} overflows a phone by ${overflow}px`);
}

before(async () => {
  browser = await launch();
  consultationId = await openConsultation();
  workshopId = await recordWorkshop();
});
after(async () => {
  await browser?.close();
  // Closed once the tests are done, so the demo data does not keep test consultations open for contributions.
  if (consultationId) {
    await fetch(`${API}/api/consultations/${consultationId}/closure`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.REMACTO_E2E_STAFF_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'نهاية الاختبار / fin du test' }),
    });
  }
});

// A demo citizen of its own for each language: one contribution per person and item.
const CITIZENS = { ar: 'citizen-241', fr: 'citizen-242' };

for (const lang of ['ar', 'fr']) {
  test(`a citizen contributes on an item of an open consultation and a second contribution is refused (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${BASE}/${lang}/consultations`);
    assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
    // Open ones first: the consultation just opened is on the first page.
    await page.locator(`main h2 a[href$="/consultations/${consultationId}"]`).click();
    await page.waitForURL(new RegExp(`/${lang}/consultations/${consultationId}$`));
    await noSidewaysScrolling(page, 'the consultation page');
    await screenshot(page, `consultation-${lang}-phone`);

    // A visitor is sent through sign-in and comes back to the item's form.
    await page.locator('#item-p1 a.button').click();
    await signIn(page, CITIZENS[lang]);
    await page.waitForURL(new RegExp(`/${lang}/consultations/${consultationId}#item-p1$`));
    const agree = await count(page, '#agree-p1');
    const disagree = await count(page, '#disagree-p1');
    const contributions = await count(page, '#contributions-p1');

    const comment = `<b>تعميم</b> النشر على الصفحات الرسمية للجماعة ${lang}-${Date.now()}`;
    await page.check('#position-p1-AGREE');
    await page.fill('#comment-p1', comment);
    if (lang === 'fr') await page.check('#anonymous-p1');
    await page.click('#item-p1 details.profile summary');
    await page.selectOption('#ageGroup-p1', '25_34');
    await page.locator('#item-p1 button[type=submit]').click();
    await page.waitForURL(/\?contributed=p1&moderation#item-p1$/);
    const confirmation = await page.textContent('#item-p1 [role=status]');
    assert.ok(confirmation.trim().length > 0, 'the contribution is confirmed');
    assert.match(confirmation, lang === 'ar' ? /مراجعته/ : /relecture/, 'a comment waits for moderation');
    assert.equal(await count(page, '#agree-p1'), agree + 1, 'one more in agreement');
    assert.equal(await count(page, '#contributions-p1'), contributions + 1, 'one more contribution');
    await noSidewaysScrolling(page, 'the consultation page');

    // The same person on the same item again: refused in the reader's language, the count does not move, and
    // what was typed is still there (as text: the comment's markup is never interpreted).
    await page.check('#position-p1-DISAGREE');
    await page.fill('#comment-p1', comment);
    await page.locator('#item-p1 button[type=submit]').click();
    const refusal = page.locator('#form-errors-p1');
    await refusal.waitFor();
    assert.ok((await refusal.textContent()).trim().length > 0, 'the refusal is shown');
    assert.equal(await count(page, '#agree-p1'), agree + 1, 'still one more in agreement');
    assert.equal(await count(page, '#disagree-p1'), disagree, 'no one more against');
    assert.equal(await count(page, '#contributions-p1'), contributions + 1, 'still one more contribution');
    assert.equal(await page.inputValue('#comment-p1'), comment, 'what was typed is kept');
    assert.ok(await page.isChecked('#position-p1-DISAGREE'), 'the position chosen is kept');
    assert.equal(await page.locator('main b').count(), 0, 'the comment is escaped');
    await screenshot(page, `consultation-refused-${lang}-phone`);

    // Larache's staff publish the comment: it is listed under the item, as text, with its author's name unless
    // they chose to stay anonymous.
    await publish(comment);
    await page.goto(`${BASE}/${lang}/consultations/${consultationId}`);
    const published = page.locator('#item-p1 ol.contributions > li', { hasText: comment });
    assert.equal(await published.count(), 1, 'the published comment is listed under its item');
    assert.equal(await published.locator('b').count(), 0, 'as text, never as markup');
    const author = await published.locator('.meta').textContent();
    if (lang === 'fr') {
      assert.match(author, /Anonyme/);
      assert.doesNotMatch(author, /242/, 'no name for an anonymous contribution');
    } else {
      assert.doesNotMatch(author, /دون ذكر الاسم/, 'the name of a contributor who did not ask to stay anonymous');
    }

    await page.setViewportSize(DESKTOP);
    await page.goto(`${BASE}/${lang}/consultations/${consultationId}`);
    await screenshot(page, `consultation-${lang}-desktop`);
    await page.close();
  });

  test(`the meetings calendar shows a demo meeting in its month, and its page (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    // Without a month asked, the calendar opens on a month with meetings (this one, or the latest meeting's).
    await page.goto(`${BASE}/${lang}/meetings`);
    assert.ok(await page.locator('ol.days > li').count() > 0, 'the month shown has meetings');

    // Tanger-Tétouan-Al Hoceïma's territorial consultation in the province of Larache, 13 January 2024 (seed 003).
    await page.goto(`${BASE}/${lang}/meetings?month=2024-01`);
    await noSidewaysScrolling(page, 'the meetings calendar');
    await screenshot(page, `meetings-${lang}-phone`);
    const rows = await page.locator('table.month tbody tr').count();
    assert.equal(rows, 5, 'January 2024 starts on a Monday and spans five weeks');
    const firstCell = page.locator('table.month tbody tr').first().locator('td').first();
    assert.equal((await firstCell.textContent()).trim(), '1', 'Monday first');
    const day = page.locator('table.month a.day', { hasText: '13' });
    assert.equal(await day.count(), 1, 'the 13th has a meeting');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, `meetings-${lang}-desktop`);
    await day.click();
    await page.waitForURL(new RegExp(`/${lang}/meetings/[^/?#]+$`));
    assert.equal(await page.textContent('h1'), lang === 'ar' ? 'لقاء التشاور الترابي - إقليم العرائش'
      : 'Consultation territoriale - province de Larache');
    assert.match(await page.textContent('#participants-total'), /73/);
    await page.setViewportSize(PHONE);
    await noSidewaysScrolling(page, 'a meeting page');
    await screenshot(page, `meeting-${lang}-phone`);
    await page.close();
  });

  test(`a meeting shows who came as counts and breakdowns, never names (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    // Filtered to Larache's training workshops, the calendar opens on this month (today's workshop).
    await page.goto(`${BASE}/${lang}/meetings?member=larache&kind=TRAINING_WORKSHOP`);
    await page.locator(`ol.days a[href$="/meetings/${workshopId}"]`).click();
    await page.waitForURL(new RegExp(`/${lang}/meetings/${workshopId}$`));
    assert.match(await page.textContent('#participants-total'), /30/);
    const breakdowns = page.locator('main table.bars');
    assert.equal(await breakdowns.count(), 3, 'by gender, age group and participant type');
    const gender = await breakdowns.first().textContent();
    assert.match(gender, /18/);
    assert.match(gender, /60/, 'a share in percent, in text');
    assert.equal(await breakdowns.first().locator('meter').count(), 2, 'one bar per row');
    await noSidewaysScrolling(page, 'a meeting page');
    await screenshot(page, `meeting-workshop-${lang}-phone`);
    await page.close();
  });

  test(`a member's page links to its co-preparation calendar, each stage with its status in words (${lang})`, async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${BASE}/${lang}/members/beni-mellal`);
    await page.locator('main a[href$="/members/beni-mellal/calendar/2024-2025"]').click();
    await page.waitForURL(new RegExp(`/${lang}/members/beni-mellal/calendar/2024-2025$`));
    assert.equal(await page.locator('ol.stages > li').count(), 6, 'from the information meeting to the adoption');
    const status = (await page.locator('ol.stages > li .stage-status').first().textContent()).trim();
    assert.match(status, lang === 'ar' ? /منجزة/ : /Réalisée/, 'a status is a word, not a colour');
    await noSidewaysScrolling(page, 'the co-preparation calendar');
    await screenshot(page, `co-preparation-calendar-${lang}-phone`);
    await page.close();
  });
}
