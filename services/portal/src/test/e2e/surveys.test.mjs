// Satisfaction surveys, in Arabic and in French: Larache's point of contact writes a survey with a SCALE, a CHOICE
// and a TEXT question (a CHOICE without choices refused first, what was typed kept), corrects the draft and opens
// it; a citizen answers it on the public page after signing in, and a second answer is refused with the choices
// kept; the staff close it and read the counts and the written answer; the public page shows the results without
// the written answer; Tétouan's point of contact is refused Larache's survey pages. Each run writes its own survey
// (a unique title), so it runs again on the same stack and next to the other browser tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PHONE, launch, shoot, signIn } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WORDS = {
  ar: {
    section: 'استمارات الرضا', create: 'استمارة جديدة', add: 'إضافة سؤال', save: 'حفظ المسودة',
    correct: 'تصحيح المسودة', saveCorrection: 'حفظ التصحيح', open: 'فتح الاستمارة', openYes: 'نعم، افتح الاستمارة',
    close: 'إغلاق الاستمارة', closeYes: 'نعم، أغلق الاستمارة', signIn: 'سجل الدخول للإجابة',
    send: 'إرسال أجوبتي', forbidden: 'غير مسموح', choicesRequired: 'اختيارين',
    history: ['إنشاء', 'تصحيح', 'فتح الاستمارة', 'إغلاق'],
  },
  fr: {
    section: 'Questionnaires de satisfaction', create: 'Nouveau questionnaire', add: 'Ajouter une question',
    save: 'Enregistrer le brouillon', correct: 'Corriger le brouillon', saveCorrection: 'Enregistrer la correction',
    open: 'Ouvrir le questionnaire', openYes: 'Oui, ouvrir le questionnaire', close: 'Clore le questionnaire',
    closeYes: 'Oui, clore le questionnaire', signIn: 'Se connecter pour répondre', send: 'Envoyer mes réponses',
    forbidden: 'Accès refusé', choicesRequired: 'deux choix',
    history: ['Création', 'Correction', 'Ouverture', 'Clôture'],
  },
};

/** An element by its id, whatever characters the id holds (question fields are "questions[1].choices"). */
const byId = (id) => `[id="${id}"]`;

const count = async (page, selector) => Number(await page.getAttribute(selector, 'data-count'));

for (const lang of ['ar', 'fr']) {
  test(`a survey is written, corrected, opened, answered once, closed and read (${lang})`, async () => {
    const w = WORDS[lang];
    const nonce = `s${lang}${Date.now().toString(36)}`;
    const written = `الاستقبال جيد والموظفون متعاونون ${nonce}`;

    // Larache's point of contact, from the back office's address, to the surveys section.
    const staff = await browser.newPage();
    await staff.goto(`${BASE}/${lang}/back-office`);
    await signIn(staff, 'poc-larache');
    await staff.waitForURL(new RegExp(`/${lang}/back-office/larache$`));
    await staff.locator('nav.bo-menu').getByRole('link', { name: w.section, exact: true }).click();
    await staff.waitForURL(new RegExp(`/${lang}/back-office/larache/surveys$`));
    assert.equal(await staff.locator('nav.bo-menu a[aria-current=page]').innerText(), w.section);
    await staff.getByRole('link', { name: w.create }).click();
    await staff.waitForURL(/\/surveys\/new$/);

    await staff.fill(byId('title.ar'), `رضا المرتفقين عن مكتب الحالة المدنية ${nonce}`);
    await staff.fill(byId('title.fr'), `Satisfaction des usagers du bureau d'état civil ${nonce}`);
    await staff.fill(byId('service.ar'), 'مكتب الحالة المدنية');
    await staff.fill(byId('service.fr'), "Bureau d'état civil");
    await staff.fill(byId('questions[0].text.ar'), 'ما مدى رضاك عن الاستقبال؟');
    await staff.fill(byId('questions[0].text.fr'), "Êtes-vous satisfait de l'accueil ?");
    await staff.fill(byId('questions[1].text.ar'), 'كم دامت مدة الانتظار؟');
    await staff.selectOption(byId('questions[1].kind'), 'CHOICE');
    await staff.fill(byId('questions[2].text.ar'), 'ملاحظاتك واقتراحاتك');
    await staff.selectOption(byId('questions[2].kind'), 'TEXT');

    // One more row, without JavaScript: the form comes back with what was typed and a fourth, empty question.
    await staff.getByRole('button', { name: w.add }).click();
    await staff.locator(byId('questions[3].text.ar')).waitFor();
    assert.equal(await staff.inputValue(byId('questions[2].kind')), 'TEXT');
    assert.ok((await staff.inputValue(byId('title.ar'))).endsWith(nonce));
    assert.equal(await staff.inputValue(byId('questions[3].text.ar')), '');

    // A CHOICE without choices: refused on its field, nothing typed lost (the empty fourth row is not sent).
    await staff.getByRole('button', { name: w.save }).click();
    await staff.locator('#form-errors').waitFor();
    const choicesError = await staff.locator(byId('questions[1].choices') + ' ~ .field-error').innerText();
    assert.ok(choicesError.includes(w.choicesRequired), `the message is the CHOICE's: ${choicesError}`);
    assert.equal(await staff.getAttribute(byId('questions[1].choices'), 'aria-invalid'), 'true');
    assert.equal(await staff.locator('#form-errors a[href="#questions[1].choices"]').count(), 1);
    assert.equal(await staff.inputValue(byId('questions[1].kind')), 'CHOICE');
    assert.equal(await staff.inputValue(byId('questions[0].text.fr')), "Êtes-vous satisfait de l'accueil ?");
    assert.ok((await staff.inputValue(byId('title.ar'))).endsWith(nonce));
    await shoot(staff, `bo-survey-refused-${lang}`);

    await staff.fill(byId('questions[1].choices'), 'أقل من ربع ساعة | Moins d\'un quart d\'heure\nأكثر من ربع ساعة | Plus d\'un quart d\'heure');
    await staff.getByRole('button', { name: w.save }).click();
    await staff.waitForURL(/\/surveys\/[^/?]+\?created$/);
    const surveyPath = new URL(staff.url()).pathname;
    const id = surveyPath.split('/').pop();

    // The draft corrected: its title and a third choice, against the version the staff saw.
    await staff.getByRole('link', { name: w.correct }).click();
    await staff.waitForURL(/\/edit$/);
    assert.equal(await staff.locator(byId('questions[3].text.ar')).count(), 0, 'the draft has three questions');
    await staff.fill(byId('title.ar'), `رضا المرتفقين عن مكتب الحالة المدنية (مصحح) ${nonce}`);
    await staff.fill(byId('questions[1].choices'),
      'أقل من ربع ساعة | Moins d\'un quart d\'heure\nمن ربع إلى نصف ساعة | D\'un quart d\'heure à une demi-heure\nأكثر من نصف ساعة | Plus d\'une demi-heure');
    await staff.getByRole('button', { name: w.saveCorrection }).click();
    await staff.waitForURL(/\?edited$/);
    assert.ok((await staff.locator('h1').innerText()).includes(lang === 'ar' ? '(مصحح)' : nonce));
    assert.equal(await staff.locator('ol.survey-questions > li:nth-child(2) li').count(), 3);
    assert.ok((await staff.locator('table.data').innerText()).includes(w.history[1]), 'the correction is in the history, in words');

    // Opening asks first, then opens.
    await staff.getByRole('button', { name: w.open }).click();
    await staff.locator('#confirm').waitFor();
    await staff.getByRole('button', { name: w.openYes }).click();
    await staff.waitForURL(/\?opened$/);
    assert.equal(await staff.locator(byId('survey-status')).innerText(), lang === 'ar' ? 'مفتوحة' : 'Ouvert');
    assert.equal(await staff.getByRole('link', { name: w.correct }).count(), 0, 'an open survey is not corrected');

    // The public list, open ones first, names the member and the service.
    const citizen = await browser.newPage({ viewport: PHONE });
    await citizen.goto(`${BASE}/${lang}/surveys?member=larache`);
    const card = citizen.locator('li.consultation-card', { has: citizen.locator(`a[href$="/surveys/${id}"]`) });
    assert.ok((await card.innerText()).includes(lang === 'ar' ? 'مكتب الحالة المدنية' : "Bureau d'état civil"));
    await shoot(citizen, `surveys-${lang}`);
    await card.locator('h2 a').click();
    await citizen.waitForURL(new RegExp(`/${lang}/surveys/${id}$`));

    // A visitor goes through sign-in and comes back to the form.
    await citizen.getByRole('link', { name: w.signIn }).click();
    await signIn(citizen, 'citizen');
    await citizen.waitForURL(new RegExp(`/${lang}/surveys/${id}#answer$`));
    assert.equal(await citizen.locator('fieldset#question-q1 input[type=radio]').count(), 5);
    await citizen.check(byId('answers.q1-4'));
    await citizen.check(byId('answers.q2-1'));
    await citizen.fill(byId('answers.q3'), written);
    await shoot(citizen, `survey-form-${lang}`);
    await citizen.getByRole('button', { name: w.send }).click();
    await citizen.waitForURL(/\?answered#thanks$/);
    assert.ok((await citizen.locator('#thanks').innerText()).trim().length > 0);

    // A second answer is refused, with what was chosen kept.
    await citizen.check(byId('answers.q1-2'));
    await citizen.check(byId('answers.q2-0'));
    await citizen.getByRole('button', { name: w.send }).click();
    await citizen.locator('#form-errors').waitFor();
    assert.ok(await citizen.isChecked(byId('answers.q1-2')));
    assert.ok(await citizen.isChecked(byId('answers.q2-0')));
    assert.equal(await count(citizen, '#answers-q1'), 1, 'the second answer was not counted');
    await shoot(citizen, `survey-refused-${lang}`);

    // The staff close it and read the results, written answers included.
    await staff.getByRole('button', { name: w.close }).click();
    await staff.locator('#confirm').waitFor();
    await staff.getByRole('button', { name: w.closeYes }).click();
    await staff.waitForURL(/\?closed$/);
    assert.equal(await count(staff, '#answers-q1'), 1);
    assert.equal(Number(await staff.getAttribute('#mean-q1', 'data-mean')), 4);
    assert.equal(await count(staff, '#choice-q2-1'), 1);
    assert.equal(await count(staff, '#choice-q2-0'), 0);
    assert.equal(await count(staff, '#choice-q2-2'), 0);
    assert.ok((await staff.locator('#texts-q3').innerText()).includes(written));
    const history = await staff.locator('table.data').innerText();
    for (const action of w.history) {
      assert.ok(history.includes(action), `${action} is in the history`);
    }
    assert.ok(!/\b(CREATED|EDITED|PUBLISHED|CLOSED|DRAFT)\b/.test(history), `no code in the history: ${history}`);
    await shoot(staff, `bo-survey-${lang}`);

    // The public page: the results as bars with numbers, never the written answers.
    const visitor = await browser.newPage({ viewport: PHONE });
    await visitor.goto(`${BASE}/${lang}/surveys/${id}`);
    assert.equal(await count(visitor, '#choice-q2-1'), 1);
    assert.equal(await count(visitor, '#answers-q3'), 1);
    assert.equal(await visitor.locator('#texts-q3').count(), 0);
    assert.ok(!(await visitor.locator('main').innerText()).includes(written), 'no written answer in public');
    assert.equal(await visitor.locator('form.survey-form').count(), 0, 'a closed survey takes no answers');
    await shoot(visitor, `survey-results-${lang}`);

    // Tétouan's point of contact is refused Larache's survey pages.
    const other = await browser.newPage();
    await other.goto(`${BASE}/${lang}/back-office`);
    await signIn(other, 'poc-tetouan');
    await other.waitForURL(new RegExp(`/${lang}/back-office/tetouan$`));
    for (const path of ['/surveys', '/surveys/new', `/surveys/${id}`, `/surveys/${id}/edit`]) {
      const response = await other.goto(`${BASE}/${lang}/back-office/larache${path}`);
      assert.equal(response.status(), 403, path);
      assert.equal((await other.locator('h1').innerText()).trim(), w.forbidden);
    }
    await Promise.all([staff.close(), citizen.close(), visitor.close(), other.close()]);
  });
}
