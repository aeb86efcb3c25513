// The back office as Larache's point of contact uses it, in Arabic and in French: a meeting recorded with its
// participants (a breakdown that does not add up is refused on its field, what was typed kept, then corrected), the
// ideas it produced pasted as a table (sent twice, recorded once) and found in idea tracking, an axis added to the next programme, a public
// consultation opened and a citizen's comment moderated, and another member's back office refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, launch, shoot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  ar: {
    meetings: 'تدبير اللقاءات التشاورية', newMeeting: 'تسجيل لقاء تشاوري', record: 'تسجيل اللقاء', preview: 'معاينة',
    ideas: 'تتبع الإقتراحات', filter: 'تصفية', next: 'التالي', axes: 'لائحة المحاور', addAxis: 'إضافة محور',
    consultations: 'التشاور العمومي', newConsultation: 'فتح تشاور عمومي', open: 'فتح التشاور',
    moderate: /الإشراف على التعليقات/, send: 'تسجيل القرار', close: 'إغلاق التشاور قبل موعده', forbidden: 'غير مسموح',
  },
  fr: {
    meetings: 'Rencontres de concertation', newMeeting: 'Enregistrer une rencontre', record: 'Enregistrer la rencontre',
    preview: 'Aperçu', ideas: 'Suivi des propositions', filter: 'Filtrer', next: 'Suivant', axes: 'Liste des axes',
    addAxis: 'Ajouter un axe', consultations: 'Consultation publique',
    newConsultation: 'Ouvrir une consultation publique', open: 'Ouvrir la consultation',
    moderate: /Modérer les commentaires/, send: 'Enregistrer la décision', close: 'Clore la consultation avant terme',
    forbidden: 'Accès refusé',
  },
};

/** An element by its id, whatever characters the id holds (form ids carry dots: "participants.byGender"). */
const byId = (id) => `[id="${id}"]`;

/** Today in Morocco, as <input type="date"> takes it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(new Date());

/** Signs Larache's point of contact in from the back office's address and lands on Larache's news page. */
async function openBackOffice(lang) {
  const page = await browser.newPage();
  await page.goto(`${BASE}/${lang}/back-office`);
  await page.waitForURL(/\/login$/);
  await page.fill('#username', 'poc-larache');
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
  await page.waitForURL(new RegExp(`/${lang}/back-office/larache$`));
  return page;
}

/** The back office menu's link to a section, current section marked. */
async function section(page, name) {
  await page.locator('nav.bo-menu').getByRole('link', { name, exact: true }).click();
  await page.waitForLoadState();
  assert.equal(await page.locator('nav.bo-menu a[aria-current=page]').innerText(), name);
}

for (const lang of ['ar', 'fr']) {
  test(`a point of contact records a meeting, corrects a breakdown that does not add up and collects its ideas (${lang})`, async () => {
    const w = WORDS[lang];
    const nonce = `bo${lang}${Date.now().toString(36)}`;
    const page = await openBackOffice(lang);
    // The news page leads to all the member's statistics as charts.
    assert.equal(await page.locator(`main a[href="/${lang}/members/larache/statistics"]`).count(), 1);
    await section(page, w.meetings);
    await page.getByRole('link', { name: w.newMeeting }).click();
    await page.waitForURL(/\/meetings\/new$/);

    await page.selectOption('#kind', 'CO_PREPARATION_WORKSHOP');
    await page.fill(byId('title.ar'), `ورشة الإعداد المشترك لبرنامج عمل الانفتاح ${nonce}`);
    await page.fill(byId('title.fr'), `Atelier de co-préparation du programme d'action d'ouverture ${nonce}`);
    await page.fill('#date', today());
    await page.fill('#place', 'قاعة الاجتماعات بمقر جماعة العرائش');
    await page.fill('#programme', '2024-2025');
    await page.fill(byId('participants.total'), '25');
    await page.fill(byId('participants.byGender.FEMALE'), '12');
    await page.fill(byId('participants.byGender.MALE'), '10');
    await page.fill(byId('participants.byAgeGroup.18_24'), '10');
    await page.fill(byId('participants.byAgeGroup.25_34'), '15');
    await page.fill(byId('participants.byParticipantType.ASSOCIATION'), '25');
    await page.fill('#organisations', 'هيئة المساواة وتكافؤ الفرص ومقاربة النوع\nجمعية أمباكت للتنمية');
    await page.fill('#agenda', 'تقديم برنامج الجماعات المنفتحة\nطرح الإشكاليات\nصياغة الأفكار');
    await page.fill('#minutes', 'أفضت الورشة إلى طرح إشكاليات وإجابات عنها، رتبت على شكل أفكار.');
    await page.fill('#outputs', 'أربعة محاور ذات أولوية');
    await shoot(page, `bo-meeting-form-${lang}`);
    await page.getByRole('button', { name: w.record }).click();

    // Women and men make 22, not 25: consultations says so on the gender breakdown, and nothing typed is lost.
    await page.locator('#form-errors').waitFor();
    const genderError = await page.locator(byId('participants.byGender-error')).innerText();
    assert.ok(genderError.includes('25'), `the breakdown's message names the total: ${genderError}`);
    assert.equal(await page.getAttribute(byId('participants.byGender.FEMALE'), 'aria-invalid'), 'true');
    assert.equal(await page.locator(byId('participants.byAgeGroup-error')).count(), 0, 'the age groups add up');
    assert.equal(await page.inputValue(byId('participants.byGender.MALE')), '10');
    assert.ok((await page.inputValue(byId('title.ar'))).endsWith(nonce));
    assert.equal(await page.inputValue('#date'), today());
    assert.ok((await page.inputValue('#agenda')).includes('طرح الإشكاليات'));
    // The summary links to the field.
    assert.equal(await page.locator('#form-errors a[href="#participants.byGender"]').count(), 1);

    await page.fill(byId('participants.byGender.MALE'), '13');
    await page.getByRole('button', { name: w.record }).click();
    await page.waitForURL(/\/meetings\/[^/?]+\?recorded$/);
    const meetingUrl = page.url().replace(/\?recorded$/, '');
    assert.ok((await page.textContent('[role=status]')).trim().length > 0);
    assert.ok((await page.locator('h1').innerText()).includes(nonce));

    // The workshop's table, pasted as it comes from a spreadsheet: a header line, axis cells left empty.
    await page.selectOption('#axisCode', 'A1');
    await page.fill('#table', [
      'رقم الفكرة\tالمحور\tالفئة\tالإشكالية\tالحل المقترح\tملاحظة',
      `1\t\tالتواصل\tضعف آليات التواصل مع الساكنة ${nonce}-1\tإحداث صفحة رسمية للجماعة على شبكات التواصل\t`,
      `2\t\tالتواصل\tعدم إتاحة المعلومات ${nonce}-2\tتنظيم لقاء تواصلي دوري مع الجمعيات\tتغيير`,
    ].join('\n'));
    await page.getByRole('button', { name: w.preview, exact: true }).click();
    await page.locator('#preview').waitFor();
    assert.equal(await page.locator('#preview + .table-scroll tbody tr').count(), 2);
    // What the form sends, kept to send it a second time (a double click, a reload that posts again).
    const sent = await page.locator('button[name=confirm]').evaluate((button) => ({
      action: button.form.action,
      fields: [...new FormData(button.form, button).entries()],
    }));
    await page.locator('button[name=confirm]').click();
    await page.waitForURL(/\/meetings\/[^/?]+\?collected=2#ideas$/);
    assert.ok(page.url().startsWith(meetingUrl));

    // The same form again: the batch id fixed when the form opened makes consultations answer like the first time,
    // and the page says nothing was recorded twice.
    await page.evaluate(({ action, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = action;
      for (const [name, value] of fields) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, sent);
    await page.waitForURL(/\/meetings\/[^/?]+\?collected=2&again#ideas$/);
    assert.match(await page.locator('#collected-again').innerText(), lang === 'ar' ? /لم يسجل أي شيء مرتين/ : /rien n'a été enregistré deux fois/);
    assert.match(await page.locator('#ideas-collected').innerText(), /^(2|٢)$/, 'two ideas collected, not four');

    // Ideation records them from consultations' event: they appear in idea tracking, source live workshop.
    await section(page, w.ideas);
    let found = 0;
    for (let attempt = 0; attempt < 30 && found < 2; attempt++) {
      await page.selectOption('#f-source', 'LIVE_WORKSHOP');
      await page.getByRole('button', { name: w.filter }).click();
      await page.waitForLoadState();
      for (let pages = 0; pages < 40; pages++) {
        found = await page.locator('table.data tbody tr', { hasText: nonce }).count();
        const next = page.locator('nav.pages').getByRole('link', { name: w.next });
        if (found >= 2 || (await next.count()) === 0) break;
        await next.click();
        await page.waitForLoadState();
      }
      if (found < 2) await page.waitForTimeout(1000);
    }
    assert.equal(found, 2, 'both ideas of the meeting are in idea tracking');
    const rows = page.locator('table.data tbody tr', { hasText: nonce });
    assert.ok((await rows.first().innerText()).includes(lang === 'ar' ? 'ورشة حضورية' : 'Atelier présentiel'));
    assert.ok((await rows.first().innerText()).includes('A1'));

    // The meeting's history names the recording and the collection.
    await page.goto(meetingUrl);
    assert.equal(await page.locator('table.data tbody tr').count() >= 2, true);
    await page.close();
  });

  test(`a point of contact adds an axis to the next programme, is refused the same code twice, and retires it (${lang})`, async () => {
    const w = WORDS[lang];
    const code = `T${Date.now().toString(36).toUpperCase()}${lang === 'ar' ? 'A' : 'F'}`.slice(0, 16);
    const page = await openBackOffice(lang);
    await section(page, w.axes);
    const add = async () => {
      await page.fill('#programme', '2026-2027');
      await page.fill('#code', code);
      await page.fill('#position', '90');
      await page.fill(byId('title.ar'), 'محور تجريبي للمتصفح');
      await page.fill(byId('title.fr'), 'Axe d\'essai du navigateur');
      await page.locator('form.idea-form').getByRole('button', { name: w.addAxis }).click();
      await page.waitForLoadState();
    };
    await add();
    await page.waitForURL(new RegExp(`/axes\\?added=${code}#programme-2026-2027$`));
    const row = page.locator(byId(`axis-${code}-2026-2027`));
    assert.equal(await row.count(), 1, 'the axis is listed under its programme');

    // The same code in the same programme: ideation's 409 is shown on the code field, the titles kept.
    await add();
    await page.locator('#form-errors').waitFor();
    assert.equal(await page.getAttribute('#code', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue(byId('title.ar')), 'محور تجريبي للمتصفح');
    assert.equal(await page.locator('#form-errors a[href="#code"]').count(), 1);

    // Retired at once: a test axis must not take citizens' ideas.
    await page.locator(byId(`axis-${code}-2026-2027`)).locator('form button').click();
    await page.waitForURL(new RegExp(`/axes\\?retired=${code}#programme-2026-2027$`));
    assert.equal(await page.locator(byId(`axis-${code}-2026-2027`)).locator('form input[name=to]').inputValue(), 'true');
    await page.close();
  });

  test(`a point of contact opens a consultation and moderates a citizen's comment (${lang})`, async () => {
    const w = WORDS[lang];
    const nonce = `bo${lang}${Date.now().toString(36)}`;
    const page = await openBackOffice(lang);
    await section(page, w.consultations);
    await page.getByRole('link', { name: w.newConsultation }).click();
    await page.waitForURL(/\/consultations\/new$/);
    await page.fill(byId('title.ar'), `التشاور العمومي حول مسودة برنامج عمل الانفتاح ${nonce}`);
    await page.fill(byId('title.fr'), `Consultation sur le projet de programme ${nonce}`);
    await page.locator('input[name=projects]').first().check();
    await page.fill('#items', 'إحداث شباك للمعلومة | Création d\'un guichet d\'information');
    // The window's defaults: from now, for two weeks (Morocco's time).
    assert.match(await page.inputValue('#opensAt'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await page.getByRole('button', { name: w.open }).click();
    await page.waitForURL(/\/consultations\/[^/?]+\?scheduled$/);
    const consultationUrl = page.url().replace(/\?scheduled$/, '');
    const id = consultationUrl.split('/').pop();

    // A citizen comments on the typed item (B1) through the API: the comment waits for moderation.
    const token = process.env.REMACTO_E2E_AGENT_TOKEN;
    assert.ok(token, 'REMACTO_E2E_AGENT_TOKEN: a citizen\'s token (./remacto e2e passes citizen-250\'s)');
    let answer;
    for (let attempt = 0; attempt < 4; attempt++) {
      answer = await fetch(`${API}/api/consultations/${id}/contributions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ itemId: 'B1', position: 'AGREE', comment: `شباك للمعلومة في كل مقاطعة ${nonce}` }),
      });
      if (answer.status !== 429) break;
      await new Promise((r) => setTimeout(r, 1000 * Number(answer.headers.get('retry-after') ?? 10)));
    }
    assert.equal(answer.status, 201, await answer.text());

    await page.goto(consultationUrl);
    await page.getByRole('link', { name: w.moderate }).click();
    await page.waitForURL(/\/moderation$/);
    const comment = page.locator('li.hit', { hasText: nonce });
    assert.equal(await comment.count(), 1, 'the comment waits for moderation');
    await shoot(page, `bo-moderation-${lang}`);

    // Rejecting needs a public reason: refused on this comment's field, the choice kept.
    const cid = (await comment.getAttribute('id')).slice(2);
    await comment.locator('input[value=REJECTED]').check();
    await comment.getByRole('button', { name: w.send }).click();
    await page.locator('#form-errors').waitFor();
    const again = page.locator(byId(`c-${cid}`));
    assert.equal(await again.locator(byId(`c-${cid}-reason-ar`)).getAttribute('aria-invalid'), 'true');
    assert.equal(await again.locator('input[value=REJECTED]').isChecked(), true);

    await again.locator('input[value=PUBLISHED]').check();
    await again.getByRole('button', { name: w.send }).click();
    await page.waitForURL(/\/moderation\?published/);
    assert.equal(await page.locator('li.hit', { hasText: nonce }).count(), 0, 'no longer waiting');
    const published = await (await fetch(`${API}/api/consultations/${id}/contributions`)).json();
    assert.ok(published.items.some((c) => c.comment.includes(nonce)), 'the comment is public');

    // Closed early so the test leaves no open consultation behind.
    await page.goto(consultationUrl);
    await page.fill('#reason', 'تشاور تجريبي للمتصفح');
    await page.locator('form', { has: page.locator('#reason') }).getByRole('button', { name: w.close }).click();
    await page.waitForURL(/\?closed$/);
    await page.close();
  });

  test(`a point of contact of Larache gets the 403 page for Tétouan's back office (${lang})`, async () => {
    const page = await openBackOffice(lang);
    const response = await page.goto(`${BASE}/${lang}/back-office/tetouan`);
    assert.equal(response.status(), 403);
    assert.equal((await page.locator('h1').innerText()).trim(), WORDS[lang].forbidden);
    assert.equal(await page.locator('nav.bo-menu').count(), 0);
    await page.close();
  });
}
