// Steps the back office's browser tests share: signing in, a member's axis and plan of a programme found or made
// through the pages, and one step of a plan's lifecycle from its page.
import { BASE } from './browser.mjs';

/** Signs in on the identity service's login page the portal sent the browser to. */
export async function signIn(page, user) {
  await page.waitForURL(/\/login$/);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('button[type=submit]');
}

/** The member's axis of a programme, added through the back office's axes page when it is missing. */
export async function ensureAxis(page, lang, { member, period, code, titleAr, titleFr, button }) {
  await page.goto(`${BASE}/${lang}/back-office/${member}/axes`);
  if (await page.locator(`[id="axis-${code}-${period}"]`).count() > 0) return;
  await page.fill('#programme', period);
  await page.fill('#code', code);
  await page.fill('#position', '1');
  await page.fill('[id="title.ar"]', titleAr);
  await page.fill('[id="title.fr"]', titleFr);
  await page.locator('form.idea-form').getByRole('button', { name: button }).click();
  await page.waitForURL(new RegExp(`added=${code}`));
}

/** Opens the member's plan of a period, drafting it first when there is none; its status as the page words it. */
export async function openPlan(page, lang, { member, period, format = 'STANDARD', titleAr, titleFr, button }) {
  await page.goto(`${BASE}/${lang}/back-office/${member}/plans`);
  const existing = page.locator('.bo-body ul.cards a', { hasText: `(${period})` });
  if (await existing.count() > 0) {
    await existing.first().click();
  } else {
    await page.fill('#period', period);
    await page.selectOption('#format', format);
    await page.fill('[id="title.ar"]', titleAr);
    await page.fill('[id="title.fr"]', titleFr);
    await page.getByRole('button', { name: button }).click();
  }
  await page.waitForURL(new RegExp(`/back-office/${member}/plans/[0-9a-f-]+`));
  return page.locator('.bo-body dl .state').first().innerText();
}

/** One step of the plan's lifecycle from its page (the form holding the button, filled first when it asks more). */
export async function movePlan(page, button, fill = async () => {}) {
  const form = page.locator('form', { has: page.getByRole('button', { name: button }) });
  await fill(form);
  await form.getByRole('button', { name: button }).click();
  await page.waitForURL(/\?done/);
}

/**
 * From the plan's page: a draft taken through public consultation, the council's adoption (today, October's
 * ordinary session) and execution; an adopted plan's open amendment closed.
 */
export async function executeOrCloseAmendment(page, drafting, words) {
  if (drafting) {
    await movePlan(page, words.toConsultation);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });
    await movePlan(page, words.toAdopted, async (form) => {
      await form.locator('input[name=sessionAr]').fill('الدورة العادية لشهر أكتوبر');
      await form.locator('input[name=adoptedOn]').fill(today);
    });
    await movePlan(page, words.toExecution);
  } else {
    await page.getByRole('button', { name: words.closeAmendment }).click();
    await page.waitForURL(/\?done/);
  }
}
