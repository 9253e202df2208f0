// The guided screening on a phone (390×844): the verdict box stays in view,
// the questions it asks reach a decided verdict, and "don't know" leaves the
// input open and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { start, stop, openApp, shots, newContext, set, setAll, base, root, finding, fieldId, answerNoUntil } from './harness.mjs';

before(start);
after(stop);

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// The chemical lead of examples/leads/: the first facts an investor brings.
const FIRST_FACTS = {
  industry_code: 'C2614', action: 'new', 'site.chemical_park': 'pengze-jishan',
  'site.dist_yangtze_mainstream_m': '2500', 'energy.stated_total_tce': '8000',
};
// Its truthful answers (examples/leads/chemical.complete.json), by question.
const ANSWERS = {
  'facilities': 'none', 'site.in_compliant_park': 'yes', 'catalogue.efficiency': 'meets_benchmark',
  'catalogue.lists': 'none', 'site.protected_areas': 'none', 'impact.in_national_layout_plan': 'no',
  'impact.petrochemical_kind': 'none', 'site.waters_5km': 'none', 'energy.stated_basis': 'calorific',
};

const qid = (id) => `#q-${id.replaceAll('.', '-')}`;
const rect = (page, sel) => page.$eval(sel, (el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom };
});

async function phone() {
  const context = await newContext(PHONE);
  return { context, ...(await openApp({ context })) };
}

/** Answers the verdict box's first question as the lead's file does (a
 * button, else the list); returns its field key, or undefined for a question
 * the file does not answer. */
async function answerTop(page) {
  const id = (await (await page.$('#advisor .question')).getAttribute('id')).slice(2);
  const key = Object.keys(ANSWERS).find((k) => k.replaceAll('.', '-') === id);
  if (!key) return undefined;
  const button = `${qid(key)} button.answer[data-value="${ANSWERS[key]}"]`;
  if (await page.$(button)) await page.click(button);
  else await page.selectOption(`${qid(key)} select`, ANSWERS[key]);
  return key;
}

/** Leaves the field last typed in, as a tap elsewhere does on a phone: the
 * verdict box shows its questions again. */
const leaveField = (page) => page.evaluate(() => document.activeElement?.blur());

/** A fresh page with `facts` typed into the form and the last field left:
 * the set-up most tests here start from. */
async function openWith(facts, options) {
  const opened = await openApp(options);
  await setAll(opened.page, facts);
  await leaveField(opened.page);
  return opened;
}

test('an open verdict names a replacement end by its kind: an energy offset, not "capacity/energy", and the bar stays two lines', async () => {
  // A user test read "at best capacity/energy replacement" for a cathode
  // plant whose capacity rules were all not applicable.
  const context = await newContext(PHONE);
  const { page, problems } = await openApp({ context, map: false });
  await setAll(page, {
    industry_code: 'C3985', action: 'new', chemical_process: 'yes', 'site.chemical_park': 'hukou-hitech',
    'energy.stated_total_tce': '25000', 'energy.stated_basis': 'calorific',
  });
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForFunction(() => /最好/.test(document.querySelector('#advisor-verdict .headline')?.textContent ?? ''));
  assert.equal((await page.textContent('#advisor-verdict .headline')).trim(), '最好 须能耗等量或减量替代 · 最坏 禁止');
  assert.match(await page.textContent('#verdict strong'), /最好 须能耗等量或减量替代/);
  await page.click('#switch-lang');
  await page.waitForFunction(() => /At best/.test(document.querySelector('#advisor-verdict .headline')?.textContent ?? ''));
  assert.equal((await page.textContent('#advisor-verdict .headline')).trim(), 'At best Needs an energy offset · at worst Prohibited');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const bar = await rect(page, '#verdict-bar');
  assert.ok(bar.bottom - bar.top <= 64, `the English bar is ${bar.bottom - bar.top} px high`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the verdict follows the reader down in one line, with bounds', async () => {
  const { context, page, problems } = await phone();
  // Before the industry and type are given, the box asks for them.
  assert.match(await page.textContent('#first-facts-prompt'), /行业代码[^]*；建设性质/);
  // A code the form refuses is not given: still asked for, beside its message.
  await set(page, 'industry_code', 'C9999');
  await leaveField(page);
  assert.match(await page.textContent('#first-facts-prompt'), /行业代码/);
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'NEEDS_INPUT');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-best'), 'REQUIRES_REPLACEMENT');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-worst'), 'PROHIBITED');
  // Scrolled to the bottom of the page, the bar is still there, one line
  // high, with the same verdict and a way back to the questions.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const bar = await rect(page, '#verdict-bar');
  assert.ok(bar.top >= 0 && bar.bottom <= 844, `after scrolling: ${JSON.stringify(bar)}`);
  assert.ok(bar.bottom - bar.top <= 64, `the bar is ${bar.bottom - bar.top} px high`);
  assert.equal(await page.getAttribute('#verdict-bar', 'data-outcome'), 'NEEDS_INPUT');
  assert.equal((await page.textContent("#verdict-bar strong")).trim(), (await page.textContent("#advisor-verdict .headline")).trim());
  assert.match(await page.textContent('#verdict-bar .bar-questions'), /\d 个问题/);
  await page.screenshot({ path: path.join(shots, 'advisor-phone.png') });
  // In English too, at most two lines, and drawn over the box it scrolls
  // past rather than under it (a user test saw only "At best Needs").
  await page.click('#switch-lang');
  await page.locator('#advisor .question').first().scrollIntoViewIfNeeded();
  const en = await rect(page, '#verdict-bar');
  assert.ok(en.bottom - en.top <= 64, `the English bar is ${en.bottom - en.top} px high`);
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('#verdict-bar') !== null,
    [195, (en.top + en.bottom) / 2]);
  assert.ok(onTop, 'the bar is not covered');
  await page.click('#switch-lang');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.click('#verdict-bar');
  await page.waitForFunction(() => document.querySelector('#advisor').getBoundingClientRect().top < 120);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the questions are whole and the field being typed in is not hidden', async () => {
  const { context, page, problems } = await phone();
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  await page.waitForSelector('.next-questions');
  // The box holds its questions whole: no scroller of its own, nothing cut.
  const cut = await page.$eval('#advisor', (el) => el.scrollHeight - el.clientHeight);
  assert.ok(cut <= 1, `${cut} px of the box are cut off`);
  await page.screenshot({ path: path.join(shots, 'advisor-phone-questions.png') });
  // Typing in a field further down: it shows below the bar.
  await page.click('#field-site-location');
  await page.keyboard.type('116.0, 29.725');
  const [bar, field] = [await rect(page, '#verdict-bar'), await rect(page, '#field-site-location')];
  assert.ok(field.top >= bar.bottom && field.bottom <= 844, `field ${JSON.stringify(field)} under bar ${JSON.stringify(bar)}`);
  // The questions stay in the page.
  await leaveField(page);
  assert.equal(await page.locator('.next-questions').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the page never scrolls sideways and every tab is on screen, in both languages', async () => {
  const { context, page, problems } = await phone();
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.click('#switch-lang');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `${lang}: the page is ${wide} px wide`);
    const tabs = await page.$$eval('nav.tabs .tab', (els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, left: r.left, right: r.right, top: r.top };
    }));
    assert.equal(tabs.length, 5);
    for (const t of tabs) assert.ok(t.left >= 0 && t.right <= 390, `${lang}: tab ${t.text} at ${t.left}–${t.right}`);
    // The Chinese tabs on one line, none left alone on a second (a user test).
    if (lang === 'zh') assert.equal(new Set(tabs.map((t) => Math.round(t.top))).size, 1, JSON.stringify(tabs));
  }
  await page.screenshot({ path: path.join(shots, 'tabs-phone.png'), clip: { x: 0, y: 0, width: 390, height: 220 } });
  assert.deepEqual(problems, []);
  await context.close();
});

test('answering the top question each time decides the chemical lead within ten questions', async () => {
  const { context, page, problems } = await phone();
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  // While open to a prohibition, what keeps it clear is said in the rules'
  // own words (a user test, as an investor, found it nowhere).
  assert.match(await page.textContent('#advisor-stay-clear'), /YRB-01 长江干支流岸线一公里范围内禁止新建、扩建化工园区和化工项目：.*1,000 米/);
  const asked = [];
  while ((await page.getAttribute('#advisor-verdict', 'data-outcome')) === 'NEEDS_INPUT') {
    assert.ok(asked.length < 10, `still open after ${asked.join(', ')}`);
    const key = await answerTop(page);
    assert.ok(key, `unexpected question after ${asked.join(', ')}`);
    asked.push(key);
  }
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'REQUIRES_REPLACEMENT');
  assert.match(await page.textContent('#advisor-verdict'), /HEHE-02/);
  // Decided: nothing more is asked, and the findings agree.
  assert.equal(await page.$('#advisor .question'), null);
  assert.equal(await page.$('#advisor-stay-clear'), null);
  assert.equal(await page.getAttribute('#verdict', 'data-outcome'), 'REQUIRES_REPLACEMENT');
  await page.screenshot({ path: path.join(shots, 'advisor-decided.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('"don\'t know" keeps the input open, is not asked again, and says what it costs', async () => {
  const { context, page, problems } = await phone();
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  const first = await page.$('#advisor .question');
  const id = (await first.getAttribute('id')).slice(2);
  await page.click(`#q-${id}-dont-know`);
  assert.equal(await page.$(`#q-${id}`), null, 'asked again');
  const open = await page.textContent('#left-open');
  assert.match(open, /不知道/);
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'NEEDS_INPUT');
  // The field itself stays empty: nothing was assumed.
  const key = Object.keys(ANSWERS).find((k) => k.replaceAll('.', '-') === id) ?? id;
  const field = await page.$(`#field-${key.replaceAll('.', '-')}`);
  if (field && (await field.evaluate((el) => el.tagName)) === 'SELECT') {
    assert.equal(await field.inputValue(), '');
  }
  // A reload keeps the answer: the question is still not asked.
  await page.waitForFunction((q) => (localStorage.getItem('jiujiang.work') ?? '').includes(`"unknown":["${q}"]`), id.replace('-', '.'));
  await page.reload();
  await page.waitForSelector('#advisor-verdict');
  assert.equal(await page.$(`#q-${id}`), null, 'asked again after a reload');
  assert.match(await page.textContent('#left-open'), /不知道/);
  // Still open, it says what it could lead to, by which rules, and can be
  // answered after all (a user test could not tell which unknown mattered).
  assert.match(await page.textContent('#left-open li'), /（最坏可致：.+；[A-Z]+-/);
  await page.click('#left-open .ask-again');
  await page.waitForSelector(`#q-${id}`);
  assert.equal(await page.$('#left-open'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the opinion prints its summary on one A4 page, with a QR code that reopens the scenario', async () => {
  const { page, problems } = await openApp();
  // (In a compliant park, as its recognised chemical park makes likely.)
  await setAll(page, { ...FIRST_FACTS, name: '一页意见测试', 'invest.fixed_assets_10k_cny': '50000', 'site.in_compliant_park': 'yes' });
  await leaveField(page);
  const bounds = await page.textContent('#advisor-verdict .headline');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = path.join(shots, 'opinion-one-page.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  assert.ok(pages >= 2, `${pages} pages: the annex should follow the summary`);
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
  for (const want of ['准入预审意见', '一页意见测试', bounds.trim().split(' ')[0], '所依据的信息', '可能改变结论的未决问题',
    '尚未确定、可能改变结论的条款', '优惠测算（摘要）', '数据版本', '扫码', '不是审批意见',
    // Facts as the findings write them: labels and amounts, not the form's keys.
    '新建', '5 亿元']) {
    assert.ok(first.includes(want), `page 1 lacks ${want}:\n${first}`);
  }
  assert.ok(!first.includes('附件：'), 'the annex starts on page 1');
  const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-'], { encoding: 'utf8' });
  assert.ok(second.includes('附件：'), 'the annex does not start on page 2');
  // The annex's incentive table names each item's state in the reader's
  // language, under column headings, never by the engine's own names.
  const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const want of ['状态', '合计']) assert.ok(all.includes(want), `the annex lacks ${want}`);
  assert.doesNotMatch(all, /NeedsInput|EligibleIfCertified|NotEligible|NotInForce|Applies/);
  // While the verdict is open, the annex says what keeps the plant clear
  // of each prohibition still possible, as the advisor folds it.
  assert.match(all, /如何避免被禁止[\s\S]*YRB-01[\s\S]*1,000 米/);
  // The QR code on page 1 decodes to the share link, which reopens the work.
  const png = path.join(shots, 'opinion-page1');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '200', '-png', '-singlefile', file, png]);
  const link = execFileSync('zbarimg', ['--raw', '-q', `${png}.png`], { encoding: 'utf8' }).trim();
  assert.ok(link.startsWith(base) && link.includes('#w'), link);
  await page.close();
  const context = await newContext();
  const again = await openApp({ context, url: link });
  assert.equal(await again.page.inputValue('#field-industry_code'), 'C2614');
  assert.equal(await again.page.inputValue('#field-name'), '一页意见测试');
  assert.equal(await again.page.textContent('#advisor-verdict .headline'), bounds);
  assert.deepEqual(problems, []);
  await context.close();
});

test('questions answered "don\'t know" are listed by name, never by key', async () => {
  const { page, problems } = await openWith(FIRST_FACTS);
  for (let n = 0; n < 15 && (await page.$('#advisor .question')); n++) {
    const id = (await (await page.$('#advisor .question')).getAttribute('id')).slice(2);
    await page.click(`#q-${id}-dont-know`);
  }
  const open = await page.textContent('#left-open');
  // The composite questions among them, by their short names.
  assert.match(open, /保护区域|目录与清单|5公里内的水体/);
  assert.doesNotMatch(open, /\b[a-z_]+\.[a-z_0-9]+\b|energy/, open);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question on the chemical park offers the parks as the form does', async () => {
  const { page, problems } = await openWith({ industry_code: 'C2614', action: 'new', 'site.dist_yangtze_mainstream_m': '2500' });
  const park = '#q-site-chemical_park select';
  await page.waitForSelector(park);
  assert.ok((await page.$$eval(`${park} option`, (os) => os.map((o) => o.value))).includes('pengze-jishan'));
  await page.selectOption(park, 'pengze-jishan');
  assert.equal(await page.inputValue('#field-site-chemical_park'), 'pengze-jishan');
  assert.deepEqual(problems, []);
  await page.close();
});

test('while the verdict is open, the rule that fixes its best case says why (steel: the suspension)', async () => {
  const { page, problems } = await openWith({ industry_code: 'C3110', action: 'new', 'capacity.product': 'crude_steel', 'capacity.new_t': '1000000' });
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-best'), 'REQUIRES_REPLACEMENT');
  const floor = await page.textContent('#advisor-floor');
  assert.match(floor, /CAP-01/);
  assert.match(floor, /暂停/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an incentive estimate without figures says there is no total yet, on screen and in print', async () => {
  const { page, problems } = await openWith({ industry_code: 'C3981', action: 'new' });
  // Items and the figures they wait on are counted apart, and the figures
  // counted are the ones listed.
  const open = await page.textContent('#incentive-open');
  const [, , figures] = open.match(/尚无法估算合计：(\d+) 项优惠共待 (\d+) 项数据/);
  // The first few are named, the rest folded below.
  assert.equal(Number(figures), await page.locator('#incentive-open a, #incentive-more-figures a').count());
  assert.equal(await page.locator('#incentive-open a').count(), 3);
  assert.equal(await page.$('#incentive-totals'), null);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(shots, 'opinion-no-total.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
  assert.match(first, /尚无法估算合计/);
  assert.doesNotMatch(first, /合计 10 年：0 元/);
  // Figures beyond the first four are counted as figures, and the status
  // tags are explained on the page that uses them.
  assert.match(first.replace(/\s+/g, ''), /以及另外\d+项数据/);
  assert.doesNotMatch(first, /\(\+\d+\)/);
  assert.match(first.replace(/\s+/g, ''), /\[U\]未经核实，须确认/);
  await page.emulateMedia({ media: 'screen' });
  // With the investment given, items count and the rest are named apart.
  await setAll(page, { 'invest.total_10k_cny': '50000', 'finance.taxable_income_10k_cny': '3000', 'finance.rd_10k_cny': '500' });
  await leaveField(page);
  assert.match(await page.textContent('#incentive-totals'), /合计/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a likely answer is marked and explained, and nothing is chosen until the user clicks', async () => {
  // In the Jishan park, part of which lies within 1 km of the Yangtze, with
  // the river's distance not given: "some of these" waters is likely.
  const { 'site.dist_yangtze_mainstream_m': _, ...facts } = FIRST_FACTS;
  const { page, problems } = await openWith(facts);
  const q = '#q-site-waters_5km';
  for (let n = 0; n < 12 && !(await page.$(q)); n++) assert.ok(await answerTop(page));
  assert.match(await page.textContent(`${q} .proposal`), /可能的答案：.*矶山.*1,000 ?米/);
  assert.equal(await page.getAttribute(`${q} button.answer[data-value="some"]`, 'class'), 'answer proposed');
  assert.equal(await page.getAttribute(`${q} button.answer[data-value="none"]`, 'class'), 'answer');
  await page.screenshot({ path: path.join(shots, 'advisor-proposal.png') });
  // Nothing is set until the person answers.
  await page.click('#show-all-fields').catch(() => {});
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '');
  assert.deepEqual(problems, []);
  await page.close();
});

// A recognised park answers "in a compliant park?" (unverified): not asked.
test('a recognised chemical park is not asked whether it is a compliant park', async () => {
  const { page, problems } = await openWith(FIRST_FACTS);
  for (let n = 0; n < 10; n++) {
    assert.equal(await page.$('#q-site-in_compliant_park'), null);
    if (!(await page.$('#advisor .question')) || !(await answerTop(page))) break;
  }
  // What the park answered is said, as this tool's unverified reading.
  assert.match(await page.textContent('#finding-YRB-10'), /按在合规园区内处理/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a bad number typed at a question is refused there, in the reader\'s language, and kept as typed', async () => {
  const { page, problems } = await openApp();
  // The complete chemical lead without its energy: energy is the one question.
  const lead = JSON.parse(readFileSync(path.join(root, 'examples/leads/chemical.complete.json'), 'utf8'));
  lead.energy = {};
  await page.setInputFiles('#import-work', { name: 'lead.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  const q = '#q-energy';
  await page.waitForSelector(q);
  const input = `${q} input[data-field="energy.stated_total_tce"]`;
  await page.fill(input, '-8000');
  await page.press(input, 'Enter');
  await page.waitForSelector(`${q} .error`);
  assert.match(await page.textContent(`${q} .error`), /不能为负数/);
  assert.equal(await page.inputValue(input), '-8000');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'NEEDS_INPUT');
  // In English, the same message in English.
  await page.click('#switch-lang');
  assert.match(await page.textContent(`${q} .error`), /Cannot be negative/);
  // Corrected, the error goes and the answer counts.
  await page.fill(input, '8000');
  await page.press(input, 'Enter');
  await page.waitForFunction((s) => !document.querySelector(`${s} .error`), q);
  await page.click('#show-all-fields').catch(() => {});
  assert.equal(await page.inputValue('#field-energy-stated_total_tce'), '8000');
  assert.deepEqual(problems, []);
  await page.close();
});

test('answering by keyboard puts the focus on the next question, and on the verdict once none is left', async () => {
  const { page, problems } = await openWith(FIRST_FACTS);
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  for (let n = 0; n < 12; n++) {
    const q = await page.$('#advisor .question');
    if (!q) break;
    const id = (await q.getAttribute('id')).slice(2);
    const key = Object.keys(ANSWERS).find((k) => k.replaceAll('.', '-') === id);
    assert.ok(key, `unexpected question ${id}`);
    const button = `${qid(key)} button.answer[data-value="${ANSWERS[key]}"]`;
    if (await page.$(button)) {
      await page.focus(button);
      await page.keyboard.press('Enter');
    } else {
      await page.focus(`${qid(key)} select`);
      await page.selectOption(`${qid(key)} select`, ANSWERS[key]);
    }
    await page.waitForFunction((k) => !document.querySelector(k), qid(key));
    // Yew yields to the browser between a long render and its effects, so
    // on a slow machine the focus lands a frame after the question goes.
    await page.waitForFunction(() => document.activeElement !== document.body, null, { timeout: 3000 }).catch(() => {});
    const now = await focused();
    const next = await page.$('#advisor .question');
    if (next) assert.equal(now, await next.getAttribute('id'), `after ${key}`);
    else assert.equal(now, 'advisor-verdict', `after ${key}`);
  }
  assert.equal(await page.$('#advisor .question'), null);
  // Decided by HEHE-02 at [C] (the electricity band is this tool's figure,
  // no longer a recalled [U] factor): the headline does not call it
  // unverified, and the banner says the same; what keeps it from worse
  // rests on an unverified mapping, listed.
  const headline = await page.textContent('#advisor-verdict .headline');
  assert.match(headline, /^须能耗等量或减量替代/);
  assert.doesNotMatch(headline, /未核实/);
  assert.equal(await page.textContent('#verdict strong'), headline, 'and the result\'s banner the same');
  assert.match(await page.textContent('#advisor-rests-on-unverified'), /YRB-10[^—]*\[U\] — /);
  assert.doesNotMatch(await page.textContent('#advisor-rests-on-unverified'), /[.。][;；]/, 'no full stop before a semicolon');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a keyboard reaches the verdict and the first question in a few presses, past the form', async () => {
  const { page, problems } = await openWith(FIRST_FACTS, { map: false });
  // From the top of a page opened again (the facts are kept), as a
  // keyboard starts.
  await page.reload();
  await page.waitForSelector('#advisor .question');
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => document.activeElement?.id);
  assert.equal(skip, 'skip-to-verdict');
  // Shown while it has the focus, and named in the reader's language.
  assert.ok(await page.isVisible('#skip-to-verdict'));
  const box = await page.$eval('#skip-to-verdict', (b) => b.getBoundingClientRect().top);
  assert.ok(box >= 0, `on screen, not above it (${box})`);
  assert.match(await page.textContent('#skip-to-verdict'), /跳至预审结论/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'advisor-verdict');
  let presses = 0;
  while (presses < 10 && !(await page.evaluate(() => !!document.activeElement?.closest('#advisor .question')))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  assert.ok(presses < 10, 'the first question is reached');
  assert.ok(presses <= 4, `${presses} presses from the verdict to the first question`);
  // Only on the screening page, where there is a verdict to go to.
  await page.click('#tab-rules');
  assert.equal(await page.$('#skip-to-verdict'), null);
  assert.deepEqual(problems, []);
  await page.close();
});

test('"none within 5 km" is kept, shown and printed as a bound, not as a measured distance', async () => {
  const { page, problems } = await openWith(FIRST_FACTS);
  // Answer the waters question "none of these" where it is asked.
  for (let n = 0; n < 12 && !(await page.$('#q-site-waters_5km')); n++) assert.ok(await answerTop(page));
  // One of its waters typed with a decimal comma: refused, and "none of these"
  // must not overwrite it.
  await set(page, 'site.dist_other_tributary_m', '0,5 km');
  await leaveField(page);
  await page.waitForSelector('#q-site-waters_5km .error');
  await page.click('#q-site-waters_5km button.answer[data-value="none"]');
  // The form holds the bound as a file writes it, and the findings show it as one.
  await page.waitForFunction(() => document.querySelector('#field-site-dist_poyang_lake_m')?.value === '>5000');
  assert.equal(await page.inputValue('#field-site-dist_other_tributary_m'), '0,5 km');
  assert.match(await page.textContent('main'), /> 5,000 米/);
  assert.doesNotMatch(await page.textContent('main'), /[^>] 5,000 米/);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(shots, 'opinion-waters.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  // (The facts list runs in two columns, which pdftotext interleaves.)
  assert.match(first, /距鄱阳湖岸线（米）：>5,000米/);
  assert.doesNotMatch(first, /：5,000米/);
  // A measured distance reads as typed.
  assert.match(first, /距长江干流岸线（米）：2,500米/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a verdict decided only by an unverified rule says it is a flag to check, on screen and on page 1', async () => {
  const { page, problems } = await openApp();
  // A chemical plant outside any chemical park: only CHP-01, graded [U], prohibits.
  await setAll(page, { industry_code: 'C2614', action: 'new', 'site.chemical_park': 'none' });
  await leaveField(page);
  await page.waitForSelector('#advisor-verdict[data-outcome="PROHIBITED"]');
  assert.match(await page.textContent('#advisor-grade'), /尚未核实（\[U\]）/);
  assert.match(await page.textContent('#advisor-verdict .deciding'), /CHP-01 \[U\]/);
  assert.match(await page.textContent('#verdict-grade'), /不是最终结论/);
  assert.match(await page.textContent('#summary-grade'), /\[U\]/);
  // A park whose name already says its place is not told it twice, and the
  // inputs used name "not in a chemical park" by its label, not its key.
  assert.equal(await page.textContent('#field-site-chemical_park option[value="jiujiang-petrochemical"]'), '九江石化产业园（九江经开区）');
  assert.match(await page.textContent('#finding-CHP-01'), /不在化工园区内/);
  // Far from the water in a recognised park the plant is allowed, and no grade is shown.
  await setAll(page, { 'site.chemical_park': 'jiujiang-petrochemical' });
  await leaveField(page);
  await page.waitForFunction(() => document.querySelector('#advisor-verdict')?.dataset.outcome !== 'PROHIBITED');
  assert.equal(await page.$('#advisor-grade'), null);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a decided verdict still names a rule left open that could add a review, on screen and on page 1', async () => {
  const { page, problems } = await openApp({ map: false });
  // A chemical plant 1,200 m from the Yangtze with every question answered
  // except which line the distance was measured to.
  const plant = {"schema_version":1,"name":"1200","industry_code":"C2614","action":"new","foreign_invested":false,"facilities":[],"site":{"chemical_park":"pengze-jishan","in_compliant_park":true,"dist_yangtze_mainstream_m":1200,"dist_important_tributary_m":">5000","dist_poyang_lake_m":">5000","dist_other_tributary_m":">5000","zoning_check":"allowed","nature_reserve_zone":"none","drinking_water_zone":"none","germplasm_reserve":false,"national_wetland_park":false,"scenic_core_area":false,"shoreline_zone":"none","key_ecological_zone":false},"energy":{"stated_total_tce":8000,"stated_basis":"primary"},"catalogue":{"class":"permitted","market_access":"not_listed","efficiency":"meets_benchmark"},"impact":{"petrochemical_kind":"none"}};
  await page.setInputFiles('#import-work', { name: 'plant.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plant)) });
  await page.waitForFunction(() => document.querySelector('#field-site-dist_yangtze_mainstream_m')?.value === '1200');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'REQUIRES_REPLACEMENT');
  const open = await page.textContent('#advisor-also-open');
  assert.match(open, /GEO-DEF-03/);
  assert.match(open, /距离量至/);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(shots, 'opinion-also-open.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  assert.match(first, /GEO-DEF-03（尚待确认）|GEO-DEF-03\(尚待确认\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a verdict decided by several rules gives each one\'s reason: steel names the suspended replacement plans', async () => {
  const { page, problems } = await openApp({ map: false });
  const steel = {"schema_version": 1, "name": "steel", "industry_code": "C3120", "action": "expansion", "foreign_invested": false, "facilities": [], "site": {"in_compliant_park": true, "dist_yangtze_mainstream_m": ">5000", "dist_important_tributary_m": ">5000", "dist_poyang_lake_m": ">5000", "dist_other_tributary_m": ">5000", "zoning_check": "allowed", "nature_reserve_zone": "none", "drinking_water_zone": "none", "germplasm_reserve": false, "national_wetland_park": false, "scenic_core_area": false, "shoreline_zone": "none", "key_ecological_zone": false, "distance_reference": "management_line"}, "energy": {"stated_total_tce": 300000, "stated_basis": "primary"}, "catalogue": {"class": "permitted", "market_access": "not_listed", "efficiency": "meets_benchmark"}, "impact": {"petrochemical_kind": "none"}, "capacity": {"product": "crude_steel", "new_t": 1000000}};
  await page.setInputFiles('#import-work', { name: 'steel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(steel)) });
  await page.waitForFunction(() => document.querySelector('#field-industry_code')?.value === 'C3120');
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'REQUIRES_REPLACEMENT');
  const why = await page.textContent('#advisor-verdict .why');
  assert.match(why, /HEHE-02：/);
  assert.match(why, /CAP-01：.*暂停/);
  assert.deepEqual(problems, []);
  await page.close();
});


/** Follows the first "to decide" link and checks that the field and its
 * label land below `sticky` (the box on a laptop, the bar on a phone),
 * which stays at the top of the window. */
async function linkLandsBelow(context, sticky) {
  const { page, problems } = await openApp({ context, map: false });
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  const link = page.locator('#to-decide li a').first();
  const target = await link.getAttribute('href');
  await link.click();
  await page.waitForTimeout(300);
  const box = await rect(page, sticky);
  const field = await rect(page, target);
  assert.ok(box.top <= 1, `${sticky} stays at the top: ${JSON.stringify(box)}`);
  assert.ok(field.top >= box.bottom, `${target} at ${field.top} is under ${sticky} ending at ${box.bottom}`);
  // And its label, just above it, is not under it either.
  const label = await rect(page, `label[for="${target.slice(1)}"]`);
  assert.ok(label.top >= box.bottom, `its label at ${label.top} is under ${sticky} ending at ${box.bottom}`);
  assert.deepEqual(problems, []);
  await context.close();
}

test('on a laptop a field link lands below the verdict box that stays at the top, not under it', async () => {
  await linkLandsBelow(await newContext({ viewport: { width: 1366, height: 900 } }), '#advisor');
});

test('on a laptop the verdict box stays in view beside the form, covering none of it', async () => {
  const context = await newContext({ viewport: { width: 1366, height: 900 } });
  const { page, problems } = await openApp({ context, map: false });
  await setAll(page, FIRST_FACTS);
  await leaveField(page);
  // Down to the energy fields, well below where the box began.
  await page.locator('#field-energy-stated_total_tce').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 400));
  const [box, form] = await page.evaluate(() => ['#advisor', '.form'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
  assert.ok(box.top <= 1 && box.bottom > 100, `the box stays at the top: ${JSON.stringify(box)}`);
  assert.ok(box.left >= form.right, `the box (from x ${box.left}) is beside the form (to x ${form.right}), not over it`);
  assert.ok(form.top < 0 && form.bottom > 900, 'the form runs the full height of the window');
  // It leaves the findings under it at least half the window (at 62vh it
  // took 530 px of 900); the questions it cannot show scroll inside it.
  assert.ok(box.height <= 900 / 2, `the box is ${box.height} px tall`);
  const last = page.locator('#advisor .question').last();
  await last.scrollIntoViewIfNeeded();
  const within = await last.evaluate((q) => {
    const b = document.querySelector('#advisor').getBoundingClientRect();
    const r = q.getBoundingClientRect();
    return r.top >= b.top - 1 && r.top < b.bottom;
  });
  assert.ok(within, 'the last question scrolls into view inside the box');
  // Its questions can still be answered from there.
  await page.click('#advisor .question .answer >> nth=0');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone a field link lands below the one-line verdict bar, with its label', async () => {
  await linkLandsBelow(await newContext(PHONE), '#verdict-bar');
});


test('a typed distance within its ±80 m of the 1 km line is named, and the rule leaves it to a survey', async () => {
  const { page, problems } = await openWith({ ...FIRST_FACTS, 'site.dist_yangtze_mainstream_m': '2500' }, { map: false });
  assert.equal(await page.$('#advisor .near-line'), null);
  await set(page, 'site.dist_yangtze_mainstream_m', '1030');
  await leaveField(page);
  // A tributary within 1 km would prohibit whatever a survey finds: it is
  // still asked (a question is cheaper), and the line is named already: it
  // holds the rule at review whatever the tributaries are (a user test read
  // "depends on what you answered" at 999 m, with no word of the line).
  await page.waitForFunction(() => document.querySelector('#advisor .question')?.id.startsWith('q-'));
  await page.waitForSelector('#advisor .near-line');
  // The other waters far: nothing entered can decide the side, so the rule
  // leaves it to a survey.
  await setAll(page, { 'site.dist_important_tributary_m': '9000', 'site.dist_poyang_lake_m': '40000', 'site.dist_other_tributary_m': '5000' });
  await page.waitForSelector('#advisor .near-line');
  assert.match(await page.textContent('#advisor .near-line'), /1,030 米，在 1,000 米界线 80 米以内（[^）]*YRB-01[^）]*）/);
  assert.equal(await finding(page, 'YRB-01'), 'REQUIRES_REVIEW');
  // Page 1 says what the survey may find, the worst included, as the card does.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#opinion-summary'), /YRB-01[^]*核查后可能为：禁止 \/ 本条允许/);
  await page.emulateMedia({ media: 'screen' });
  // 4,000 m from Poyang Lake is at this tool's review line, not the law's:
  // the note says the line is for water-edge distances and what settles it
  // (a user test read a warning about a line the tool drew, and no more).
  await setAll(page, { 'site.dist_yangtze_mainstream_m': '9000', 'site.dist_poyang_lake_m': '4000' });
  await leaveField(page);
  await page.waitForFunction(() => /4,000 米复核线/.test(document.querySelector('#advisor .near-line')?.textContent ?? ''));
  assert.match(await page.textContent('#advisor .near-line'), /只用于量至水边或未说明量至何线的距离[^]*“距离量至何线”/);
  await set(page, 'site.distance_reference', 'management_line');
  await page.waitForFunction(() => !document.querySelector('#advisor .near-line'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a prohibition names its article and lists nothing still to meet; an unverified rule holding the best bound is not called certain', async () => {
  const { page, problems } = await openWith({ industry_code: 'C2614', action: 'new', 'site.dist_yangtze_mainstream_m': '800', 'energy.stated_total_tce': '8000' }, { map: false });
  await page.waitForFunction(() => document.querySelector('#advisor-verdict')?.dataset.outcome === 'PROHIBITED');
  assert.match(await page.textContent('#advisor-basis'), /^法律依据：中华人民共和国长江保护法 第二十六条第二款 \[V1\]/);
  assert.equal(await page.$('#advisor-also-open'), null);
  // In print, the other rules' conditions are for reference only.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#opinion-summary'), /其他条款另有要求（项目已被禁止，仅供参考）/);
  // And what would change it, from the rule's own hint.
  assert.match(await page.textContent('#summary-ways-out'), /YRB-01: 选址距岸线[^]*不增加产能的改建/);
  assert.doesNotMatch(await page.textContent('#opinion-summary'), /须满足的条件/);
  await page.emulateMedia({ media: 'screen' });
  // The chemical lead: HEHE-02 holds the best bound at [C] (its 8,000 tce of
  // unknown basis read through the electricity band, this tool's figures),
  // flagged as inferred, not certain.
  await page.setInputFiles('#import-work', { name: 'lead.json', mimeType: 'application/json', buffer: readFileSync(path.join(root, 'examples/leads/chemical.json')) });
  await page.waitForSelector('#advisor-floor');
  assert.match(await page.textContent('#advisor-floor'), /^已可推断（本工具推断 \[C\]） · .*HEHE-02 \[C\]/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a verdict final on what was entered says when the check it asks for could make it worse, on screen and in print', async () => {
  const { page, problems } = await openApp({ map: false });
  // A complete two-high chemical lead 1,150 m from the Yangtze's water edge:
  // replacement is decided, but GEO-DEF-03's re-measure may put the site
  // inside the 1 km band (a user test read "will not change" above it).
  const lead = JSON.parse(readFileSync(path.join(root, 'examples/leads/chemical.complete.json'), 'utf8'));
  lead.site.dist_yangtze_mainstream_m = 1150;
  lead.site.distance_reference = 'water_edge';
  lead.energy = { stated_total_tce: 20000, stated_basis: 'primary' };
  await page.setInputFiles('#import-work', { name: 'lead.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  await page.waitForFunction(() => document.querySelector('#advisor-verdict')?.dataset.outcome === 'REQUIRES_REPLACEMENT');
  assert.match(await page.textContent('#advisor-review-may-worsen'), /按所填信息结论不会再变，但下列条款要求的核查可能得出更严的结论：GEO-DEF-03 → 禁止。/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#summary-review-may-worsen'), /GEO-DEF-03 → 禁止/);
  // The annex is headed by the project's name as page 1 is, not by a lone
  // scenario's letter (a user test read "方案名称: A").
  const annex = await page.textContent('#annex-meta');
  assert.match(annex, /^有机化学原料项目（完整） · 依据日期/);
  assert.doesNotMatch(annex, /方案名称/);
  await page.emulateMedia({ media: 'screen' });
  // Measured from the management line instead, nothing is left to check.
  await set(page, 'site.distance_reference', 'management_line');
  await page.waitForFunction(() => !document.querySelector('#advisor-review-may-worsen'));
  assert.equal(await page.getAttribute('#advisor-verdict', 'data-outcome'), 'REQUIRES_REPLACEMENT');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a yes-or-no question carries its field\'s guidance, folded under it', async () => {
  const { page, problems } = await openApp({ map: false });
  // A battery-materials plant 800 m from the Yangtze: whether it synthesises
  // decides the 1 km ban, and the form's hint says how to tell.
  await setAll(page, { industry_code: 'C3985', action: 'new', 'site.dist_yangtze_mainstream_m': '800' });
  await page.waitForSelector('#q-chemical_process');
  const help = page.locator('#q-chemical_process details.question-help');
  assert.equal(await help.locator('summary').textContent(), '如何回答');
  assert.equal(await help.evaluate((d) => d.open), false);
  await help.locator('summary').click();
  assert.match(await help.locator('p').textContent(), /电池化成/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the energy question takes a plant\'s electricity alone, and a question left with one water asks yes or no', async () => {
  const { page, problems } = await openApp({ map: false });
  // A battery maker 1.5 km from the Yangtze, with nothing else given.
  await setAll(page, { industry_code: 'C3841', action: 'new', 'site.dist_yangtze_mainstream_m': '1500' });
  await leaveField(page);
  // The waters question once only Poyang Lake is left of it (asked with
  // the five rivers first, as answers come in any order).
  const poyang = page.locator('#q-site-waters_5km', { hasText: '鄱阳湖', hasNotText: '五河' });
  const answerUntil = (done) => answerNoUntil(page, done, { tries: 10 });
  await answerUntil(async () => (await poyang.count()) > 0);
  // Poyang Lake alone left of the waters: "否" and "是", not "均无".
  assert.equal(await poyang.count(), 1);
  assert.deepEqual(await poyang.locator('button.answer:not(.dont-know)').allTextContents(), ['否', '是']);
  await answerUntil(async () => (await page.$('#q-energy')) !== null);
  const kwh = '#q-energy input[data-field="energy.electricity_10k_kwh"]';
  await page.fill(kwh, '600');
  await page.dispatchEvent(kwh, 'change');
  await page.waitForFunction(() => !document.querySelector('#q-energy'));
  assert.equal(await page.inputValue('#field-energy-electricity_10k_kwh'), '600');
  // "Electricity only" says it is all the energy: the form records that,
  // so the blank carriers are not asked again one by one.
  assert.equal(await page.inputValue('#field-energy-carriers_complete'), 'yes');
  assert.deepEqual(problems, []);
  await page.close();
});

test('electricity typed in the energy question\'s total box is taken as the electricity, not refused as not a number', async () => {
  const { page, problems } = await openApp({ map: false });
  await setAll(page, { industry_code: 'C3841', action: 'new', 'site.dist_yangtze_mainstream_m': '1500' });
  await leaveField(page);
  await answerNoUntil(page, async () => (await page.$('#q-energy')) !== null, { tries: 12 });
  const total = '#q-energy input[data-field="energy.stated_total_tce"]';
  await page.fill(total, '3000万度');
  await page.dispatchEvent(total, 'change');
  // A user test read "“3000万度”不是数字" here.
  await page.waitForFunction(() => document.querySelector('#field-energy-electricity_10k_kwh')?.value === '3000万度');
  assert.equal(await page.inputValue('#field-energy-stated_total_tce'), '');
  assert.doesNotMatch(await page.textContent('main'), /3000万度.{0,3}(不是数字|is not a number)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Tab from an answer typed in the box keeps the focus in the box: on the basis while it is asked, else on the next question', async () => {
  const { page, problems } = await openApp({ map: false });
  await setAll(page, { industry_code: 'C3841', action: 'new', 'site.dist_yangtze_mainstream_m': '1500' });
  await leaveField(page);
  await answerNoUntil(page, async () => (await page.$('#q-energy')) !== null, { tries: 12 });
  const total = '#q-energy input[data-field="energy.stated_total_tce"]';
  await page.focus(total);
  await page.keyboard.type('8000');
  await page.keyboard.press('Tab');
  // A user test's focus fell to the page, and the next Tab to "at most 500 tce".
  await page.waitForTimeout(300);
  const where = () => page.evaluate(() => {
    const a = document.activeElement;
    return { inBox: !!a.closest('#advisor'), field: a.getAttribute('data-field'), question: a.closest('.question')?.id ?? null };
  });
  let at = await where();
  assert.ok(at.inBox, JSON.stringify(at));
  if (await page.$('#q-energy')) assert.equal(at.field, 'energy.stated_basis');
  else assert.equal(at.question, await page.$eval('#advisor .question', (q) => q.id));
  // The next Tab reaches that question's first answer, not the page's top.
  await page.keyboard.press('Tab');
  at = await where();
  assert.ok(at.inBox, JSON.stringify(at));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the unverified answers a verdict rests on are listed as one sentence, without a full stop before each semicolon', async () => {
  const { page, problems } = await openApp({ map: false });
  await page.setInputFiles('#import-work', { name: 'battery.json', mimeType: 'application/json', buffer: readFileSync(path.join(root, 'examples/leads/battery.complete.json')) });
  await page.waitForSelector('#advisor-rests-on-unverified');
  // One plain sentence shows; the rules and why fold below it (a user test
  // read ten lines of mappings on a phone).
  assert.match(await page.textContent('#advisor-rests-on-unverified summary'), /还依赖 \d+ 条规则中未核实/);
  assert.equal(await page.getAttribute('#advisor-rests-on-unverified', 'open'), null);
  const text = await page.textContent('#advisor-rests-on-unverified');
  assert.ok((text.match(/\[U\] — /g) ?? []).length >= 2, text);
  assert.doesNotMatch(text, /[.。][;；]/);
  // Rules resting on the same link are named together, the link once (a
  // user test read one sector mapping three times over).
  const whys = text.split(/[;；]/).map((part) => part.split(' — ')[1]?.trim()).filter(Boolean);
  assert.equal(new Set(whys).size, whys.length, text);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a steelworks whose replacement cannot be applied for now says so in the headline, on screen and on paper', async () => {
  const context = await newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp({ context, map: false });
  const lead = JSON.parse(readFileSync(path.join(root, 'examples/leads/clinker.complete.json'), 'utf8'));
  lead.industry_code = 'C3120';
  lead.capacity.product = 'crude_steel';
  await page.setInputFiles('#import-work', { name: 'steel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  await page.waitForFunction(() => /on hold/.test(document.querySelector('#advisor .headline')?.textContent ?? ''));
  assert.match(await page.textContent('#advisor .headline'), /replacement.*on hold since 2024-08-23/i);
  // The basis beside it is the suspension notice itself.
  assert.match(await page.textContent('#advisor-basis'), /327/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#summary-verdict'), /on hold since 2024-08-23/);
  assert.deepEqual(problems, []);
  await page.close();
  await context.close();
});

test('a fully described project still prints its summary on one A4 page in English, its yes and no answers grouped', async () => {
  const context = await newContext({ locale: 'en-US' });
  const { page, problems } = await openApp({ context, map: false });
  // The user tests' fully filled electronics plant, and every complete lead
  // (the chemical and clinker ones ran onto page 2 in English), and a
  // foreign plant described down to its incentive figures (so did it).
  const files = ['examples/projects/electronics-complete.json', 'examples/projects/foreign-electronics-incentives.json',
    ...['software', 'electronics', 'chemical', 'clinker', 'logistics', 'battery'].map((l) => `examples/leads/${l}.complete.json`)];
  for (const f of files) {
    await page.setInputFiles('#import-work', { name: 'p.json', mimeType: 'application/json', buffer: readFileSync(path.join(root, f)) });
    await page.waitForFunction((n) => document.querySelector('#field-name')?.value === n, JSON.parse(readFileSync(path.join(root, f), 'utf8')).name ?? '');
    await page.emulateMedia({ media: 'print' });
    const file = path.join(shots, `opinion-complete-en-${path.basename(f, '.json')}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const text = (p) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Everything page 1 promises is on page 1, down to the disclaimer.
    for (const want of ['Facts used', 'Incentive estimate', 'not an approval']) {
      assert.ok(text(1).includes(want), `${f}: page 1 lacks ${want}`);
    }
    assert.ok(text(2).includes('Annex'), `${f}: the annex does not start on page 2`);
    // The items behind the total, with their basis (a user test's page 1
    // had the total alone).
    if (f.includes('foreign-electronics-incentives')) {
      assert.ok(await page.$('#print-main-items li'), `${f}: no items under the total`);
      assert.match(text(1), /Incentive estimate.*\[(V1|V2|C|U)\] — /, `${f}: page 1 lacks the items' basis`);
      // The basis reads in English, and a document number in the form an
      // English reader cites ("NDRC Order No. 7"), the Chinese after it.
      const items = await page.textContent('#print-main-items');
      assert.doesNotMatch(items, /[\u3000-\u9fff]/, `${f}: page 1's items carry Chinese: ${items}`);
      const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.match(all, /NDRC Order No\. 7 \(产业/, `${f}: the annex cites numbers in Chinese only`);
    }
    if (f.includes('electronics-complete')) {
      for (const want of ['Small electronics assembly', 'Answered yes:', 'Answered no or none:']) {
        assert.ok(text(1).includes(want), `${f}: page 1 lacks ${want}`);
      }
    }
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('page 1 lists incentives under the total, never the land floor price, which is a cost', async () => {
  const context = await newContext({ locale: 'en-US' });
  const { page, problems } = await openApp({ context, map: false });
  // A user test's cement expansion on 200 mu of grade-9 land: the only item
  // under "Incentive estimate" was the floor price, larger than the total.
  const lead = JSON.parse(readFileSync(path.join(root, 'examples/leads/clinker.complete.json'), 'utf8'));
  lead.invest = { ...(lead.invest ?? {}), land_grade: '9', land_mu: 200, total_10k_cny: 150000, fixed_assets_10k_cny: 120000 };
  await page.setInputFiles('#import-work', { name: 'cement.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  await page.waitForFunction(() => document.querySelector('#field-invest-land_mu')?.value === '200');
  await page.emulateMedia({ media: 'print' });
  await page.waitForSelector('#opinion-summary');
  // The floor price is in the estimate, as a cost (so the case is one where it applies).
  assert.match(await page.textContent('body'), /Floor price of industrial land/);
  const items = (await page.$('#print-main-items')) ? await page.textContent('#print-main-items') : '';
  assert.doesNotMatch(items, /Floor price/, items);
  assert.deepEqual(problems, []);
  await context.close();
});

test('page 1 counts every item behind the incentive total that it has no room for, and how many hold only if certified', async () => {
  const context = await newContext({ locale: 'en-US' });
  const { page, problems } = await openApp({ context, map: false });
  // A user test's chemical plant with its finance figures: a total of
  // 62-118 million under one item of 60; the high-tech rate (if certified)
  // and an equipment credit behind it went unsaid.
  const lead = JSON.parse(readFileSync(path.join(root, 'examples/leads/chemical.complete.json'), 'utf8'));
  lead.finance = { sales_10k_cny: 20000, taxable_income_10k_cny: 1500, rd_10k_cny: 1200, st_staff_pct: 15,
    hitech_income_pct: 70, equipment_10k_cny: 5000, env_equipment_10k_cny: 300 };
  await page.setInputFiles('#import-work', { name: 'chem.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  await page.waitForFunction(() => document.querySelector('#field-finance-rd_10k_cny')?.value === '1200');
  await page.emulateMedia({ media: 'print' });
  await page.waitForSelector('#print-main-items');
  const shown = await page.$$eval('#print-main-items li:not(.more)', (l) => l.length);
  const more = await page.textContent('#print-more-items');
  const n = Number(/^\+(\d+)/.exec(more)?.[1]);
  assert.ok(n >= 1, more);
  // The items left off are counted, with how many hold on a condition.
  // Those that count only on a condition are counted, in the same line.
  assert.match(more, /\((\d) of them only if certified\)/, more);
  // Still one page: the disclaimer ends page 1.
  const file = path.join(shots, 'opinion-more-items.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(page1.includes('not an approval') && page1.includes('more in the full opinion'), page1);
  assert.ok(shown >= 1 && shown <= 2, `${shown}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"none within 5 km" for a heavy-industry park\'s extension is asked once, then each distance for its figure, saying why', async () => {
  const context = await newContext({ locale: 'en-GB' });
  const { page, problems } = await openApp({ context, map: false });
  // An advisor audit's loop: the group came back after every "none".
  await setAll(page, { industry_code: 'L7221', action: 'expansion', park_positioning: 'heavy_industry',
    'catalogue.class': 'permitted', 'catalogue.market_access': 'not_listed', 'site.zoning_check': 'allowed', facilities: 'none' });
  await page.waitForSelector(qid('site.waters_5km'));
  await page.click(`${qid('site.waters_5km')} button.answer[data-value="none"]`);
  // The group is not asked again; a distance is, with why a bound is not enough.
  await page.waitForSelector(`${qid('site.dist_yangtze_mainstream_m')} .already-entered`);
  assert.equal(await page.$(qid('site.waters_5km')), null);
  assert.match(await page.textContent(`${qid('site.dist_yangtze_mainstream_m')} .already-entered`), /a bound does not say which side of a rule's line.*only the measured distance settles it/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a battery-materials plant is first asked whether its process is chemical; "yes" asks for the chemical park, "no" clears the chemical rules', async () => {
  const { page, problems } = await openWith({ industry_code: 'C3985', action: 'new', 'site.dist_yangtze_mainstream_m': '1500', 'site.in_compliant_park': 'yes' });
  await page.waitForSelector('#advisor .question');
  // The code alone cannot say: asked first, and no park is asked before it.
  assert.equal(await page.getAttribute('#advisor .question', 'id'), 'q-chemical_process');
  assert.equal(await page.$('#q-site-chemical_park'), null);
  // "Where could it go" is open too: each region says what a chemical
  // process would need there.
  const fits = () => page.$$eval('#placements tbody tr', (trs) => trs.map((tr) => [tr.cells[0].textContent, tr.dataset.fit]));
  assert.ok((await fits()).every(([, fit]) => fit === 'fits-if'), JSON.stringify(await fits()));
  assert.match(await page.textContent('#placements tbody'), /如属化工项目：/);
  await page.click('#q-chemical_process button.answer[data-value="yes"]');
  await page.waitForSelector('#q-site-chemical_park');
  assert.equal(await page.getAttribute('#finding-CHP-01', 'data-outcome'), 'NEEDS_INPUT');
  // Chemical: a region with no recognised chemical park has no room (a user
  // test saw them all "possible" beside a CHP-01 prohibition).
  await page.waitForFunction(() => [...document.querySelectorAll('#placements tbody tr')].some((tr) => tr.dataset.fit === 'no-room'));
  const parkless = (await fits()).filter(([region]) => /经开区|高新区/.test(region));
  assert.ok(parkless.length > 0 && parkless.some(([, fit]) => fit === 'no-room'), JSON.stringify(await fits()));
  // "No": the chemical rules are not applicable, and no park is asked.
  await set(page, 'chemical_process', 'no');
  await page.waitForFunction(() => !document.querySelector('#q-site-chemical_park'));
  assert.equal(await page.getAttribute('#finding-CHP-01', 'data-outcome'), 'NOT_APPLICABLE');
  assert.equal(await page.getAttribute('#finding-YRB-01', 'data-outcome'), 'NOT_APPLICABLE');
  await page.waitForFunction(() => [...document.querySelectorAll('#placements tbody tr')].every((tr) => tr.dataset.fit === 'fits'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('an answer on the process given for a code that decides alone is said not to be used, not dropped silently', async () => {
  const { page, problems } = await openApp({ map: false });
  // Electronics assembly is not one of the borderline industries: "yes"
  // would not make it chemical, and the form says so at the field.
  await setAll(page, { industry_code: 'C3981', action: 'new', chemical_process: 'yes' });
  await leaveField(page);
  await page.waitForSelector('#field-chemical_process-not-read');
  assert.match(await page.textContent('#field-chemical_process-not-read'), /只看行业代码，本项答案不被采用/);
  assert.equal(await page.inputValue('#field-chemical_process'), 'yes', 'what was typed is kept');
  // For a borderline code the same answer is read, and the note goes.
  await set(page, 'industry_code', 'C3985');
  await leaveField(page);
  await page.waitForFunction(() => !document.querySelector('#field-chemical_process-not-read'));
  assert.equal(await page.$('#q-chemical_process'), null, 'answered, so not asked');
  // A refinery said of a vehicle plant's code: the code decides, and the
  // answer the 1 km ban and YRB-11 would have read is said to be unread.
  const petro = '#field-impact-petrochemical_kind-not-read';
  await set(page, 'impact.petrochemical_kind', 'refinery');
  assert.equal(await page.$(petro), null, 'read for a chemical code');
  await set(page, 'industry_code', 'C3612');
  await leaveField(page);
  await page.waitForSelector(petro);
  assert.match(await page.textContent(petro), /不属化工.*C2511/);
  assert.equal(await page.inputValue('#field-impact-petrochemical_kind'), 'refinery');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"where could it go" says what holds wherever a steel plant goes: the suspended replacement plans', async () => {
  const { page, problems } = await openWith({ industry_code: 'C3120', action: 'new', 'capacity.product': 'crude_steel', 'capacity.new_t': '1000000' });
  await page.waitForSelector('#placements tr[data-fit]', { state: 'attached' });
  const note = await page.textContent('#placements-everywhere-CAP-01');
  assert.match(note, /无论落在哪里/);
  assert.match(note, /暂停/);
  // A rule that depends on the site is no such note: it may differ by region.
  assert.equal(await page.$('#placements-everywhere-YRB-10'), null);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a decided energy review whose level the missing figures settle says so, not "what would change this"', async () => {
  const { page, problems } = await openWith({ industry_code: 'C2614', action: 'new', 'energy.stated_total_tce': '4000', 'energy.stated_basis': 'calorific' });
  await page.waitForFunction(() => document.querySelector('#finding-EN-01')?.dataset.outcome === 'REQUIRES_REVIEW');
  const hint = await page.textContent('#finding-EN-01 .hint');
  assert.match(hint, /^补全后可确定/);
  assert.match(hint, /5,000/);
  assert.doesNotMatch(await page.textContent('#finding-EN-01'), /如何改变结论|用煤达到省级门槛的除外/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question whose every field holds text the form refused asks for the text to be mended, not a "no" that changes nothing', async () => {
  const { page, problems } = await openWith({
    industry_code: 'C2614', action: 'new', 'site.chemical_park': 'pengze-jishan',
    'site.dist_yangtze_mainstream_m': 'about 2 km', 'site.in_compliant_park': 'yes',
    'impact.petrochemical_kind': 'none', 'catalogue.efficiency': 'meets_benchmark', facilities: 'none',
  }, { map: false });
  // Said where the figure and the "about" go.
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /只填距离（2 km）/);
  // The lists before it answered "none of these", as they come.
  for (let i = 0; i < 10 && !(await page.$('#q-site-waters_5km')); i++) {
    const first = await page.$('#advisor .question button.answer[data-value="none"]');
    if (!first) break;
    await first.click();
  }
  await page.waitForSelector('#q-site-waters_5km');
  await page.click('#q-site-waters_5km button.answer[data-value="none"]');
  // The other waters were set; the main stream keeps its text and is not
  // asked again with a "no" that could not set it (a user test clicked
  // it seven times).
  assert.equal(await page.inputValue('#field-site-dist_poyang_lake_m'), '>5000');
  await page.waitForSelector('#q-site-waters_5km.mend-first');
  assert.equal(await page.$('#q-site-waters_5km button.answer'), null);
  assert.equal(await page.getAttribute('#q-site-waters_5km .mend a', 'href'), '#field-site-dist_yangtze_mainstream_m');
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), 'about 2 km');
  // Mended, the question goes.
  await set(page, 'site.dist_yangtze_mainstream_m', '2 km');
  await leaveField(page);
  await page.waitForFunction(() => !document.querySelector('#q-site-waters_5km'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('"none within 5 km" for a park whose records reach the Yangtze clears the 1 km ban only as unverified, and says why', async () => {
  // A user test tapped "none" against the proposed "some" for the Jishan
  // park, and read YRB-01 allowed as certain.
  const { page, problems } = await openWith({
    industry_code: 'C2614', action: 'expansion', 'site.chemical_park': 'pengze-jishan',
  }, { map: false });
  for (let i = 0; i < 10 && !(await page.$('#q-site-waters_5km')); i++) {
    const first = await page.$('#advisor .question button.answer[data-value="none"]');
    if (!first) break;
    await first.click();
  }
  await page.waitForSelector('#q-site-waters_5km');
  assert.match(await page.textContent('#q-site-waters_5km'), /有部分位于长江干流1,000米范围内/);
  await page.click('#q-site-waters_5km button.answer[data-value="none"]');
  await page.waitForFunction(() => /远离长江的区块/.test(document.querySelector('#finding-YRB-01')?.textContent ?? ''));
  const yrb01 = await page.textContent('#finding-YRB-01');
  assert.match(yrb01, /未经核实/);
  // The park among the inputs by its name, not its id.
  assert.match(yrb01, /所在化工园区江西彭泽工业园区矶山化工园/);
  assert.doesNotMatch(yrb01, /pengze-jishan/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a figure typed in a question and then given its basis is kept, though the input was never left', async () => {
  const { page, problems } = await openWith({
    industry_code: 'C2614', action: 'new', 'site.chemical_park': 'pengze-jishan', 'site.dist_yangtze_mainstream_m': '2500',
  }, { map: false });
  for (let i = 0; i < 10 && !(await page.$('#q-energy')); i++) {
    const none = await page.$('#advisor .question button.answer[data-value="none"]');
    if (!none) break;
    await none.click();
  }
  await page.waitForSelector('#q-energy');
  // Typed, not committed (no blur, no Enter), then the basis chosen.
  await page.fill('#q-energy input[data-field="energy.stated_total_tce"]', '3000');
  await page.selectOption('#q-energy select[data-field="energy.stated_basis"]', 'calorific');
  await page.waitForFunction(() => document.querySelector('#field-energy-stated_total_tce')?.value === '3000');
  assert.equal(await page.inputValue('#field-energy-stated_basis'), 'calorific');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a software office that knows no energy figure answers "at most 500 tce" in one tap, and the energy review is settled', async () => {
  const { page, problems } = await openWith({ industry_code: 'I6513', action: 'new' }, { map: false });
  const quick = `${qid('energy')} button.answer.quick`;
  // The box shows three questions: "none" or "no" to those before it.
  for (let i = 0; i < 8 && !(await page.$(quick)); i++) {
    const first = await page.$('#advisor .question');
    const answer = (await first.$('button.answer[data-value="none"]')) ?? (await first.$('button.answer[data-value="no"]'));
    await answer.click();
    await page.waitForTimeout(150);
  }
  await page.waitForSelector(quick);
  assert.match(await page.textContent(quick), /不超过 500 吨标煤/);
  await page.click(quick);
  await page.waitForSelector(qid('energy'), { state: 'detached' });
  // Kept in the form as the bound it is, and read so.
  assert.equal(await page.inputValue('#field-energy-stated_total_tce'), '<=500');
  assert.notEqual(await finding(page, 'EN-01'), 'NEEDS_INPUT');
  // Not graded unverified for it: the bound holds on either basis without
  // the recalled primary factor (a user test saw the verdict "rest on" it).
  assert.doesNotMatch(await page.textContent('#finding-EN-01 .status'), /^\[U\]/);
  // The paper says the bound as it was answered, not as a chosen basis (a
  // user test's page read "basis: primary equivalent").
  await page.emulateMedia({ media: 'print' });
  const facts = await page.textContent('#print-opinion');
  assert.match(facts, /任一口径/);
  assert.doesNotMatch(facts, /口径[：:]\s*等价值/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an upgrade said to add no capacity beside new capacity is asked again, its answer named as the form shows it', async () => {
  // A user test read "已填“no”" (the key) and saw the "no" silently win.
  const { page, problems } = await openApp();
  await setAll(page, { industry_code: 'C3120', action: 'tech_upgrade', adds_capacity: 'no', 'capacity.new_t': '100000' });
  const q = page.locator('#q-adds_capacity');
  await q.waitFor();
  assert.match(await q.locator('.already-entered').textContent(), /已填“否”/);
  assert.equal(await finding(page, 'CAP-01'), 'NEEDS_INPUT');
  assert.match(await page.textContent('#finding-CAP-01'), /两者矛盾/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a park asked again is named by its name, not its id', async () => {
  // A user test read "Entered as “pengze-jishan”" under the park question
  // once the site point was moved 216 km from the park.
  const context = await newContext({ locale: 'en-US' });
  const { page, problems } = await openApp({ context });
  await setAll(page, { industry_code: 'C2614', action: 'new', 'site.chemical_park': 'pengze-jishan',
    'site.location': '114.55, 29.03', 'site.location_datum': 'wgs84' });
  await answerNoUntil(page, async () => Boolean(await page.$('#q-site-chemical_park')), { tries: 20 });
  const said = await page.textContent('#q-site-chemical_park .already-entered');
  assert.doesNotMatch(said, /pengze-jishan/);
  assert.match(said, /Entered as “[^”]*Pengze[^”]*”/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('answers that contradict each other are said at both fields and in the question they reopen, on screen and on paper', async () => {
  // A user test re-tapped "no" to the foreign-investment question fourteen
  // times, told only to "check it", with US$5 million typed below.
  const { context, page, problems } = await phone();
  await setAll(page, { industry_code: 'R8610', action: 'new', foreign_invested: 'no', 'invest.foreign_usd_10k': '500' });
  await leaveField(page);
  const q = qid('foreign_invested');
  // "None of these" to the questions before it, until it is asked.
  for (let i = 0; i < 8 && !(await page.$(q)); i++) {
    await page.click('#advisor .question button.answer[data-value="none"]');
  }
  await page.waitForSelector(`${q} .already-entered.conflict`);
  const said = await page.textContent(`${q} .already-entered.conflict`);
  assert.match(said, /两者矛盾/);
  assert.match(said, /外资/, 'the other field is named');
  assert.ok(await page.$(`${q} .already-entered.conflict a`), 'and linked');
  for (const key of ['foreign_invested', 'invest.foreign_usd_10k']) {
    const note = await page.textContent(`${fieldId(key)}-not-read`);
    assert.match(note, /两者矛盾/, key);
  }
  await page.screenshot({ path: path.join(shots, 'advisor-conflict-phone.png') });
  // The paper says it too, beside the two answers it lists.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#print-opinion'), /两者矛盾/);
  // Cleared amount: no contradiction left, and nothing says so.
  await page.emulateMedia({ media: 'screen' });
  await set(page, 'invest.foreign_usd_10k', '');
  await leaveField(page);
  await page.waitForFunction(() => !document.querySelector('.already-entered.conflict'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an energy total below the electricity typed beside it is said at the total and on paper', async () => {
  // A user test's 4,500 tce beside 50 GWh (6,145 tce at the lower factor)
  // reopened a decided offset with no word at either field.
  const { context, page, problems } = await phone();
  await setAll(page, { industry_code: 'C2614', action: 'new', 'energy.electricity_10k_kwh': '5000', 'energy.stated_total_tce': '4500' });
  await leaveField(page);
  const note = `${fieldId('energy.stated_total_tce')}-not-read`;
  await page.waitForSelector(note);
  assert.match(await page.textContent(note), /低于所填各品种能源.*两者必有一误/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('#print-opinion'), /两者必有一误/);
  await page.emulateMedia({ media: 'screen' });
  // A total above what the electricity comes to contradicts nothing.
  await set(page, 'energy.stated_total_tce', '8000');
  await leaveField(page);
  await page.waitForFunction((sel) => !document.querySelector(sel), note);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a rule still open whose answer could put the project on hold says so, on screen and in print', async () => {
  // A steel renovation whose replacement case is not given: the verdict is
  // decided by the energy offset, CAP-01 is open, and its replacement is
  // suspended (an advisor audit saw the interview end without a word of it).
  const { page, problems } = await openApp({ map: false });
  await page.setInputFiles('#import-work', { name: 'steel.json', mimeType: 'application/json', buffer: readFileSync(path.join(root, 'examples/projects/steel-renovation.json')) });
  await page.waitForSelector('#advisor-also-open');
  const open = await page.textContent('#advisor-also-open');
  assert.match(open, /CAP-01/);
  assert.match(open, /若属此情形：目前暂停办理（2024-08-23起）/);
  const printed = await page.locator('li.also-open').filter({ hasText: 'CAP-01' }).textContent();
  assert.match(printed, /若属此情形：目前暂停办理/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a division entered for the industry is asked as its class, searched in the form, in the reader\'s words', async () => {
  // A user test picked C26 from the search and read "cannot decide it yet,
  // or conflicts … check it", with a box under it that gave a phone's
  // number pad and no suggestions.
  const { context, page, problems } = await phone();
  await page.click('#switch-lang');
  await setAll(page, { industry_code: 'C26', action: 'new' });
  await leaveField(page);
  const q = page.locator('#q-industry_code');
  await q.waitFor();
  assert.match(await q.textContent(), /is a whole division, which cannot decide this: pick the class under it/);
  assert.doesNotMatch(await q.textContent(), /[\u4e00-\u9fff]/, 'the division named in Chinese');
  assert.equal(await q.locator('input').count(), 0, 'a box in the verdict for the code');
  await q.locator('.find-class a').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-industry_code');
  // After a reload the English names come later: the box is drawn again.
  await page.reload();
  await page.waitForFunction(() => /whole division/.test(document.querySelector('#q-industry_code')?.textContent ?? '')
    && !/[\u4e00-\u9fff]/.test(document.querySelector('#q-industry_code').textContent));
  assert.deepEqual(problems, []);
  await context.close();
});
