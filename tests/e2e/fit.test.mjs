// What must fit (styles/app.css alone): on a laptop the verdict box's last
// question can be reached however tall its verdict grows, a cut question's
// text can be read without a pointer to hover, and page 1 of a fully
// described lead prints on one A4 sheet in English as in Chinese.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { start, stop, openApp, newContext, setAll, shots, answerNoUntil } from './harness.mjs';

before(start);
after(stop);

const LAPTOP = { viewport: { width: 1366, height: 900 }, locale: 'en-US' };

/** Answers "no" or "none" to the box's first question until `done`. */
/** The top question answered "none" or "no" until `done`. */
const answerNo = (page, done) => answerNoUntil(page, done, { firstOnly: true });

/** Whether the element's middle, brought to the foot of the box, is the element itself. */
const reachable = (page, el) => el.evaluate((b) => {
  b.scrollIntoView({ block: 'end' });
  const r = b.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return hit === b || b.contains(hit);
});

test('on a laptop a verdict with two long flagged notes leaves the questions under it reachable, its headline still at the top', async () => {
  // A user test: the verdict took 446 px of the 448 px box, and the
  // question left under it could not be seen or clicked.
  const context = await newContext(LAPTOP);
  const { page, problems } = await openApp({ context, map: false });
  await setAll(page, { industry_code: 'C3841', action: 'new' });
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForSelector('#advisor .question');
  await answerNo(page, async () => (await page.$('#q-energy')) !== null);
  const kwh = '#q-energy input[data-field="energy.electricity_10k_kwh"]';
  await page.fill(kwh, '5000');
  await page.press(kwh, 'Enter');
  await page.waitForSelector('#q-site-protected_areas');
  await answerNo(page, async () => (await page.$('#advisor-rests-on-unverified')) !== null);
  // The unverified readings fold under one sentence; opened, the verdict is
  // as tall as the user test's.
  await page.click('#advisor-rests-on-unverified summary');
  await page.evaluate(() => window.scrollTo(0, 0));
  const [box, head] = await page.evaluate(() => ['#advisor', '#advisor-verdict'].map((s) => {
    const el = document.querySelector(s);
    return { height: el.getBoundingClientRect().height, content: el.scrollHeight };
  }));
  // The verdict really is the tall one of the user test.
  assert.ok(head.content > box.height * 0.8, `a verdict of ${head.content} px in a box of ${box.height} px`);
  assert.ok(head.height <= box.height / 2, `the verdict takes ${head.height} of the box's ${box.height} px`);
  const buttons = await page.$$('#advisor .question .answers button');
  assert.ok(buttons.length >= 2, 'questions are left under the verdict');
  for (const b of buttons) assert.ok(await reachable(page, b), `${await b.evaluate((e) => `${e.closest('.question').id} ${e.textContent}`)} is out of reach`);
  // The headline is still at the box's top with the last question in view.
  const headline = await page.$('#advisor-verdict .headline');
  const top = await headline.evaluate((h) => {
    const r = h.getBoundingClientRect();
    return document.elementFromPoint(r.x + 5, r.y + r.height / 2) === h;
  });
  assert.ok(top, 'the headline is covered');
  await page.screenshot({ path: path.join(shots, 'fit-tall-verdict.png') });
  // And a real click answers the question.
  const q = await page.getAttribute('#advisor .question', 'id');
  await page.click(`#${q} button.answer:not(.dont-know) >> nth=0`, { timeout: 5000 });
  await page.waitForFunction((id) => !document.getElementById(id), q);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a laptop a cut question, tapped or reached by keyboard, shows its whole text beside it and its answers stay put', async () => {
  const context = await newContext(LAPTOP);
  const { page, problems } = await openApp({ context, map: false });
  await setAll(page, { industry_code: 'C3841', action: 'new' });
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForSelector('#q-catalogue-lists');
  const q = '#q-catalogue-lists';
  const text = await page.getAttribute(`${q} .question-text`, 'title');
  assert.ok(await page.$eval(`${q} .question-text`, (t) => t.scrollHeight > t.clientHeight + 1), 'the question is cut at rest');
  const where = () => page.$eval(`${q} .answers button`, (b) => b.getBoundingClientRect().top);
  const before = await where();
  // A tap (focus, no hover).
  await page.mouse.move(0, 0);
  await page.$eval(q, (li) => li.focus());
  const shown = () => page.$eval(`${q} .question-text`, (t) => getComputedStyle(t, '::after').content);
  assert.equal(await shown(), JSON.stringify(text));
  assert.equal(await where(), before, 'the answers did not move');
  // The keyboard on its answers.
  await page.$eval('body', (b) => b.focus());
  await page.focus(`${q} .answers button`);
  await page.keyboard.press('Tab');
  assert.equal(await shown(), JSON.stringify(text));
  await page.screenshot({ path: path.join(shots, 'fit-cut-question.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

// A lithium-battery plant described down to its site and incentive figures
// (a user test's page 1 put the disclaimer alone on a second sheet in English).
const BATTERY = {
  name: 'Lithium-ion battery cell plant, phase 1', industry_code: 'C3841', action: 'new', foreign_invested: 'yes',
  'invest.foreign_usd_10k': '30000', 'invest.total_10k_cny': '500000', 'invest.fixed_assets_10k_cny': '420000',
  'invest.land_mu': '600', 'invest.land_grade': '12', 'finance.sales_10k_cny': '800000', 'finance.taxable_income_10k_cny': '60000',
  'finance.rd_10k_cny': '30000', 'finance.st_staff_pct': '15', 'finance.hitech_income_pct': '70',
  'site.location': '115.95, 29.70', 'site.location_datum': 'wgs84', 'energy.electricity_10k_kwh': '5000',
};

test('page 1 of a fully described lithium-battery plant prints on one A4 sheet, in English as in Chinese, no text under 7.5 pt', async () => {
  for (const locale of ['en-US', 'zh-CN']) {
    const context = await newContext({ ...LAPTOP, locale });
    // With the map: it names the county, one fact more.
    const { page, problems } = await openApp({ context });
    await setAll(page, BATTERY);
    await page.evaluate(() => { document.activeElement?.blur(); document.documentElement.dataset.print = 'page1'; });
    await page.waitForSelector('#summary-county', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const file = path.join(shots, `fit-page1-${locale}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.equal(pages, 1, `${locale}: page 1 runs onto ${pages} sheets`);
    if (locale === 'en-US') {
      for (const want of ['Facts used', 'Incentive estimate', 'not an approval']) assert.ok(text.includes(want), `page 1 lacks ${want}`);
    }
    // Legible: nothing set smaller than the status legend's 7.5 pt (10 px).
    const small = await page.$$eval('.opinion-summary *', (els) => els
      .filter((e) => e.textContent.trim() && e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < 10)
      .map((e) => `${e.className || e.tagName} ${getComputedStyle(e).fontSize}`));
    assert.deepEqual(small, [], `${locale}: text under 7.5 pt`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
