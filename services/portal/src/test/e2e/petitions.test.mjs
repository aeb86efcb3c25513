// A petition under Moroccan law as citizens follow it: its signatures against the legal threshold, and signing it
// as a signed-in citizen with the national ID number (which the portal never shows back).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API, BASE, launch, screenshot } from './browser.mjs';

let browser;
let petitionId;

/** The agent (a demo citizen, token from ./remacto e2e) drafts a petition to Larache's council and opens it. */
async function openPetition() {
  const token = process.env.REMACTO_E2E_AGENT_TOKEN;
  assert.ok(token, 'REMACTO_E2E_AGENT_TOKEN: run the browser tests with ./remacto e2e');
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const draft = await fetch(`${API}/api/petitions`, { method: 'POST', headers, body: JSON.stringify({
    member: 'larache', petitionerKind: 'CITIZENS',
    title: { ar: 'تهيئة ممرات الراجلين قرب السوق المركزي', fr: 'Aménager les passages piétons près du marché central' },
    subject: 'خطورة عبور الراجلين قرب السوق المركزي', requests: ['إحداث ممرات للراجلين', 'تركيب إشارات ضوئية'] }) });
  const drafted = await draft.text();
  assert.equal(draft.status, 201, drafted);
  const id = JSON.parse(drafted).id;
  const opened = await fetch(`${API}/api/petitions/${id}/collection`, { method: 'POST', headers });
  assert.equal(opened.status, 200, await opened.text());
  return id;
}

before(async () => {
  browser = await launch();
  petitionId = await openPetition();
});
after(async () => { await browser?.close(); });

for (const lang of ['ar', 'fr']) {
  test(`a citizen signs a petition and sees its progress against the legal threshold (${lang})`, async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE}/${lang}/petitions`);
    await page.locator(`a[href$="/petitions/${petitionId}"]`).click();
    await page.waitForURL(new RegExp(`/petitions/${petitionId}$`));
    const before = await page.getAttribute('progress[aria-labelledby=signature-count]', 'value');
    assert.equal(await page.getAttribute('progress[aria-labelledby=signature-count]', 'max'), '200', "a commune of more than 35,000 inhabitants: 200");

    await page.locator('#sign a.button').click();
    await page.waitForURL(/\/login$/);
    // A demo citizen of its own for each language: one signature per person.
    await page.fill('#username', lang === 'ar' ? 'citizen-201' : 'citizen-202');
    await page.fill('#password', 'demo');
    await page.click('button[type=submit]');
    await page.waitForURL(new RegExp(`/petitions/${petitionId}#sign$`));
    const cnie = `ZT${Math.floor(100000 + Math.random() * 899999)}`;
    await page.fill('#cnie', cnie);
    await screenshot(page, `petition-${lang}-desktop`);
    await page.locator('#sign button[type=submit]').click();
    // Accepted: back to the petition with ?signed; refused: the form again, with the service's reasons.
    await page.waitForURL(/(\?signed|\/signature)$/);
    if (!page.url().endsWith('?signed')) {
      assert.fail(await page.textContent('#form-errors'));
    }
    const after = await page.getAttribute('progress[aria-labelledby=signature-count]', 'value');
    assert.equal(Number(after), Number(before) + 1, 'one more signature');
    assert.ok(!(await page.content()).includes(cnie), 'the national ID number is never shown back');

    // Signing twice is refused in the reader's language, and the count does not move.
    await page.fill('#cnie', cnie);
    await page.locator('#sign button[type=submit]').click();
    await page.locator('#form-errors').waitFor();
    assert.equal(await page.getAttribute('progress[aria-labelledby=signature-count]', 'value'), after);
    assert.ok(!(await page.content()).includes(cnie), 'not even in the refusal');
    await page.close();
  });
}
