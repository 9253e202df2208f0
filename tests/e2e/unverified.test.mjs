// Verdicts that rest on unverified rules or on answers that disagree, on a
// phone (390×844): what the box says could confirm the verdict, and which
// answers contradict each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, stop, openApp, shots, newContext, setAll, fieldId } from './harness.mjs';

before(start);
after(stop);

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const qid = (id) => `#q-${id.replaceAll('.', '-')}`;
const leaveField = (page) => page.evaluate(() => document.activeElement?.blur());

async function phoneWith(facts) {
  const context = await newContext(PHONE);
  const opened = await openApp({ context });
  await setAll(opened.page, facts);
  await leaveField(opened.page);
  return { context, ...opened };
}

test('a verdict decided on unverified rules alone asks what could confirm it on a verified rule, on screen and on paper', async () => {
  // An audit's interview stopped at "prohibited [U]" for a chemical plant in
  // no chemical park, with the 1 km law itself still open.
  const { context, page, problems } = await phoneWith({
    industry_code: 'C2614', action: 'new', 'site.chemical_park': 'none', 'site.in_compliant_park': 'yes',
  });
  await page.waitForSelector('#advisor-confirming');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'PROHIBITED');
  assert.match(await page.textContent('#advisor-confirming'), /未核实/);
  // The verdict stays; its basis could firm up (not "nothing could change it" alone).
  assert.match(await page.textContent('#advisor-verdict'), /可能使其有已核实的依据/);
  const asked = await page.$$eval('#confirming-questions .question', (qs) => qs.map((q) => q.id));
  assert.ok(asked.length > 0 && asked.length <= 3, `${asked}`);
  // Answering one moves on to the next, as the open questions do.
  const first = asked[0];
  await page.click(`#${first} button.answer[data-value="none"], #${first} button.answer[data-value="no"]`);
  await page.waitForFunction((id) => !document.querySelector(`#confirming-questions #${id}`), first);
  await page.screenshot({ path: path.join(shots, 'advisor-confirming-phone.png') });
  // Page 1 lists them under their own heading.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#print-opinion'), /可由已核实的规则确认的问题/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a recognised chemical park beside "not in a compliant park" is said to disagree, at both fields and in the question', async () => {
  const { context, page, problems } = await phoneWith({
    industry_code: 'C2614', action: 'new', 'site.chemical_park': 'lianxi-chemical', 'site.in_compliant_park': 'no',
  });
  const q = qid('site.in_compliant_park');
  for (let i = 0; i < 10 && !(await page.$(q)); i++) {
    await page.click('#advisor .question button.answer[data-value="none"]');
  }
  await page.waitForSelector(`${q} .already-entered.conflict`);
  assert.match(await page.textContent(`${q} .already-entered.conflict`), /两者矛盾/);
  for (const key of ['site.in_compliant_park', 'site.chemical_park']) {
    assert.match(await page.textContent(`${fieldId(key)}-not-read`), /两者矛盾/, key);
  }
  // "Yes" settles it: no contradiction is left.
  await page.click(`${q} button.answer[data-value="yes"]`);
  await page.waitForFunction(() => !document.querySelector('.already-entered.conflict'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('every question answered "don\'t know": the box says the verdict waits on those facts, and page 1 names them under each open rule', async () => {
  // A user test read "the answers below could change the verdict" above no
  // question, and a page 1 naming the open rules but not what they need.
  const { context, page, problems } = await phoneWith({
    industry_code: 'C2614', action: 'new', 'site.chemical_park': 'pengze-jishan',
  });
  for (let i = 0; i < 30; i++) {
    const q = await page.$('#advisor .question');
    if (!q) break;
    const id = (await q.getAttribute('id')).slice(2);
    await page.click(`#q-${id}-dont-know`);
  }
  assert.equal(await page.$('#advisor .question'), null, 'questions are left');
  assert.match(await page.textContent('#advisor-verdict'), /取决于答了“不知道”的事项/);
  await page.emulateMedia({ media: 'print' });
  const opinion = await page.textContent('#print-opinion');
  assert.match(opinion, /尚未确定[^]*请补充：/);
  assert.deepEqual(problems, []);
  await context.close();
});
