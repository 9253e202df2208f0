// End-to-end journeys: the release build served on localhost, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { start, stop, openApp, newContext, base, root, shots, verdict, finding, set, setAll } from './harness.mjs';

before(start);
after(stop);

test('a site known only to lie within a distance is read as typed, shown as a bound, and decides what it can', async () => {
  // A user test saw "<1000" refused while ">5000" was read.
  const { page, problems } = await openApp();
  await setAll(page, { industry_code: 'C2614', action: 'new', 'site.dist_yangtze_mainstream_m': '不到600米' });
  assert.equal(await page.$('#field-site-dist_yangtze_mainstream_m-error'), null);
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '不到600米');
  assert.equal(await finding(page, 'YRB-01'), 'PROHIBITED');
  assert.match(await page.textContent('#finding-YRB-01'), /≤ 600 米/);
  // At the 1 km line the surveyed figure is what decides: asked for.
  await set(page, 'site.dist_yangtze_mainstream_m', '1公里以内');
  assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a chemical plant 850 m from the Yangtze is prohibited, with reason and citation', async () => {
  const { page, requests, problems } = await openApp();
  await setAll(page, { industry_code: 'C2614', action: 'new', 'site.dist_yangtze_mainstream_m': '850' });
  assert.equal(await verdict(page), 'PROHIBITED');
  assert.equal(await finding(page, 'YRB-01'), 'PROHIBITED');
  const text = await page.textContent('#finding-YRB-01');
  assert.match(text, /1,000 米/);
  // The thresholds too: no "1,000 m" in a Chinese opinion.
  assert.doesNotMatch(text, /\d m\b/);
  assert.match(text, /长江保护法/);
  // The inputs it used read in Chinese: the choice's label, metres as 米.
  assert.match(text, /新建/);
  assert.match(text, /850 米/);
  assert.match(await page.textContent('#field-industry_code-resolved'), /有机化学原料制造/);
  // Where could it go instead: only regions with a recognised chemical park.
  await page.click('#placements summary');
  const rows = await page.$$eval('#placements tbody tr', (trs) => trs.map((tr) => [tr.cells[0].textContent, tr.dataset.fit]));
  assert.deepEqual(rows.find(([r]) => r === '彭泽县'), ['彭泽县', 'fits-if']);
  assert.deepEqual(rows.find(([r]) => r === '浔阳区'), ['浔阳区', 'no-room']);
  assert.match(await page.textContent('#placements'), /矶山化工园/);
  await page.click('#finding-YRB-01 summary');
  // A source read on a reprint site says so beside its address.
  const sources = await page.$$eval('#finding-YRB-01 .citations li', (lis) => lis.map((li) => li.textContent));
  const reprint = sources.find((t) => t.includes('github.com/LawRefBook'));
  assert.match(reprint, /长江保护法[^]*\.md \(转载页面，非官方网站\)$/);
  await page.screenshot({ path: path.join(shots, 'prohibited.png'), fullPage: true });
  // An English reader gets the article in English numbering, with the
  // Chinese title after ours to find the text.
  await page.click('#switch-lang');
  await page.waitForFunction(() => /Art\. 26 ¶2/.test(document.querySelector('#advisor-basis')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('#finding-YRB-01'), /第二十六条/);
  // The opinion handed to an investor carries no Chinese notes on where a
  // text was read, nor this project's own file names.
  await page.emulateMedia({ media: 'print' });
  const opinion = await page.textContent('#print-opinion');
  assert.doesNotMatch(opinion, /所读为转载|data\/cases|审计|生态环境部微信公众号/);
  await page.emulateMedia({ media: 'screen' });
  await page.click('#switch-lang');
  // Nothing left the machine; no CSP violation or panic was logged.
  assert.deepEqual(requests.filter((u) => !u.startsWith(base)), []);
  assert.deepEqual(problems, []);
  await page.close();
});

// One journey per outcome kind: the inputs a user gives and the finding that follows.
const JOURNEYS = [
  ['REQUIRES_REPLACEMENT', 'CAP-02', { industry_code: 'C3011', action: 'new', 'capacity.product': 'cement_clinker',
    'capacity.new_t': '1000000', 'capacity.source_cross_province': 'no', 'capacity.source_restricted': 'no' }, /1,500,000/],
  // The origin of the swapped capacity not given: replacement either way, its
  // ratio and the capacity to retire shown as ranges, with what fixes them.
  ['REQUIRES_REPLACEMENT', 'CAP-02', { industry_code: 'C3011', action: 'new', 'capacity.product': 'cement_clinker',
    'capacity.new_t': '1000000' }, /1\.5–2:1[^]*1,500,000–2,000,000 吨[^]*尚未确定：1\.5–2:1[^]*不会改变结论/],
  // An offer that covers the ratio: replacement still required, the plan pending approval.
  ['REQUIRES_REPLACEMENT', 'CAP-02', { industry_code: 'C3011', action: 'new', 'capacity.product': 'cement_clinker',
    'capacity.new_t': '1000000', 'capacity.offered_t': '1500000', 'capacity.source_cross_province': 'no', 'capacity.source_restricted': 'no' }, /待置换方案核准/],
  ['CONDITIONAL', 'IND-02', { action: 'renovation', adds_capacity: 'no', 'catalogue.class': 'restricted' }, /改造升级/],
  ['REQUIRES_REVIEW', 'GEO-DEF-04', { action: 'new', 'site.dist_poyang_lake_m': '2500' }, /3,000/],
  // A typed distance within its ±80 m of the 1 km line, every other water
  // far: no input decides the side, so a survey does (catalogue GEO-04 ¶3).
  ['REQUIRES_REVIEW', 'YRB-01', { industry_code: 'C2614', action: 'new', 'site.dist_yangtze_mainstream_m': '1010',
    'site.dist_important_tributary_m': '9000', 'site.dist_poyang_lake_m': '40000', 'site.dist_other_tributary_m': '5000' }, /实测[^]*GEO-04[^]*核查后可能为：禁止 \/ 本条允许/],
  ['ALLOWED', 'YRB-05', { action: 'new', 'site.drinking_water_zone': 'none', facilities: 'none' }, /饮用水/],
  ['NOT_APPLICABLE', 'YRB-02', { action: 'new', facilities: 'wharf' }, /尾矿库/],
  ['NEEDS_INPUT', 'HEHE-01', { industry_code: 'C3120' }, /年能源消费/],
  ['INFO', 'EN-02', { industry_code: 'C3216', 'energy.electricity_10k_kwh': '3000' }, /3,687/],
];

for (const [outcome, rule, fields, text] of JOURNEYS) {
  test(`journey to ${outcome} (${rule}, ${Object.keys(fields).length} fields)`, async () => {
    const { page, problems } = await openApp();
    await setAll(page, fields);
    assert.equal(await finding(page, rule), outcome);
    assert.match(await page.textContent(`#finding-${rule}`), text);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('carriers that may not be all the energy show as a floor in the energy summary, beside a decided two-high answer, and as the factor band\'s range once they are all', async () => {
  const { page, problems } = await openApp();
  await setAll(page, { industry_code: 'C3216', 'energy.electricity_10k_kwh': '3000' });
  await page.keyboard.press('Tab');
  await page.waitForSelector('#energy-summary');
  // The primary factor is a band (2.80–3.10 tce per 10⁴ kWh): the floor
  // at its foot, then the range once the carriers are all.
  assert.equal(await page.textContent('#energy-primary'), '≥ 8,400 吨标煤');
  assert.match(await page.textContent('#energy-two-high'), /^是/);
  await set(page, 'energy.carriers_complete', 'yes');
  await page.waitForFunction(() => !document.querySelector('#energy-primary')?.textContent.startsWith('≥'));
  assert.equal(await page.textContent('#energy-primary'), '8,400–9,300 吨标煤');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a fully described electronics plant is allowed overall, and every rule is decided', async () => {
  const { page, problems } = await openApp();
  await setAll(page, {
    name: 'Electronic components plant', industry_code: 'C3981', action: 'new', facilities: 'none', foreign_invested: 'no',
    'site.dist_yangtze_mainstream_m': '6000', 'site.dist_important_tributary_m': '9000', 'site.dist_poyang_lake_m': '40000',
    'site.dist_other_tributary_m': '5000', 'site.distance_reference': 'management_line', 'site.in_compliant_park': 'yes',
    'site.chemical_park': 'none', 'site.nature_reserve_zone': 'none', 'site.scenic_core_area': 'no',
    'site.drinking_water_zone': 'none', 'site.germplasm_reserve': 'no', 'site.national_wetland_park': 'no',
    'site.shoreline_zone': 'none', 'site.zoning_check': 'allowed', 'catalogue.class': 'permitted',
    'catalogue.market_access': 'not_listed', 'energy.electricity_10k_kwh': '200', 'energy.natural_gas_10k_m3': '10',
    'energy.carriers_complete': 'yes',
  });
  assert.equal(await verdict(page), 'ALLOWED');
  assert.equal(await page.$('#to-decide'), null);
  const outcomes = await page.$$eval('.finding', (els) => els.map((e) => e.dataset.outcome));
  assert.ok(!outcomes.includes('NEEDS_INPUT'), outcomes.join());
  assert.match(await page.textContent('#energy-summary'), /吨标煤/);
  await page.screenshot({ path: path.join(shots, 'allowed.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('missing inputs are gathered, linked and counted by the rules needing them', async () => {
  const { page, problems } = await openApp();
  await setAll(page, { industry_code: '2614', action: 'expansion', 'site.dist_yangtze_mainstream_m': '1500' });
  assert.equal(await verdict(page), 'NEEDS_INPUT');
  const links = await page.$$eval('#finding-YRB-01 .needs .missing a', (as) => as.map((a) => a.getAttribute('href')));
  // What the other water is matters too: a river within 1 km prohibits (W7).
  assert.deepEqual(links, ['#field-site-dist_important_tributary_m', '#field-site-dist_other_tributary_m', '#field-site-other_water_kind', '#field-site-dist_poyang_lake_m']);
  // What the distances were measured to only grades an allowance (measured
  // to the water, just past the band, it is this tool's reading [C]).
  const refine = await page.$$eval('#finding-YRB-01 .refine .missing a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(refine, ['#field-site-distance_reference']);
  const todo = await page.textContent('#to-decide');
  assert.match(todo, /YRB-01/);
  await page.click('#to-decide a[href="#field-site-dist_poyang_lake_m"]');
  assert.equal(await page.evaluate(() => location.hash), '#field-site-dist_poyang_lake_m');
  for (const id of ['important_tributary', 'poyang_lake', 'other_tributary']) {
    await set(page, `site.dist_${id}_m`, '5000');
  }
  assert.equal(await finding(page, 'YRB-01'), 'ALLOWED');
  await page.screenshot({ path: path.join(shots, 'needs-input.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('bad input is flagged at its field, kept as typed, and never breaks the page', async () => {
  const { page, problems } = await openApp();
  await setAll(page, { industry_code: 'C2614', action: 'new' });
  for (const bad of ['-20', 'NaN', 'abc', '9e999']) {
    await set(page, 'site.dist_yangtze_mainstream_m', bad);
    assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), bad);
    assert.ok(await page.isVisible('#field-site-dist_yangtze_mainstream_m-error'), bad);
    assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  }
  // A number too large for a float is too large, not "not a number".
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /“9e999”超出合理范围/);
  await set(page, 'site.dist_yangtze_mainstream_m', 'abc');
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /不是数字/);
  await set(page, 'industry_code', 'C9999');
  assert.match(await page.textContent('#field-industry_code-error'), /C9999/);
  await set(page, 'capacity.new_t', '-1');
  assert.match(await page.textContent('#field-capacity-new_t-error'), /负数/);
  // A decimal comma is refused, not read as a distance 10 times larger.
  await set(page, 'industry_code', 'C2614');
  await set(page, 'site.dist_yangtze_mainstream_m', '0,85 km');
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /小数请用小数点/);
  assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  // So is a point grouped with dots: 2.500 m read as 2.5 m prohibited.
  await set(page, 'site.dist_yangtze_mainstream_m', '2.500');
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /2\.5 还是 2500？/);
  assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  await set(page, 'site.dist_yangtze_mainstream_m', '850');
  assert.equal(await finding(page, 'YRB-01'), 'PROHIBITED');
  // A listed park far from the site point is refused at the park, kept as
  // chosen, and nothing rests on it.
  await setAll(page, { 'site.chemical_park': 'pengze-jishan', 'site.location': '115.589, 29.591', 'site.location_datum': 'wgs84' });
  assert.match(await page.textContent('#field-site-chemical_park-error'), /约 99 公里.*请核对所选园区或选址点/);
  assert.equal(await page.inputValue('#field-site-chemical_park'), 'pengze-jishan');
  await setAll(page, { 'site.chemical_park': '', 'site.location': '' });
  // A date before every rule of the base: said plainly, not a clean answer;
  // a cleared date says what is used meanwhile.
  await page.fill('#as-of', '1990-01-01');
  assert.match(await page.textContent('#date-caveat'), /均未施行，本工具无法对该日期作出预审/);
  assert.match(await page.textContent('#advisor-date-caveat'), /均未施行/);
  // Beside that caveat the verdict does not also claim nothing could change it.
  assert.doesNotMatch(await page.textContent('#advisor .why'), /不会改变/);
  await page.fill('#as-of', '2030-01-01');
  assert.match(await page.textContent('#date-caveat'), /晚于今天/);
  // A cleared date says what is used, without calling it invalid (a user
  // test was told "invalid date").
  await page.fill('#as-of', '');
  assert.match(await page.textContent('.controls .date-empty'), /按今天筛查/);
  assert.equal(await page.$('.controls .error'), null);
  assert.equal(await page.$('#date-caveat'), null);
  await page.screenshot({ path: path.join(shots, 'bad-input.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a given field emptied to be retyped stays where it is, focused, and takes the new figure', async () => {
  const { page, problems } = await openApp({ map: false });
  const lead = { schema_version: 1, industry_code: 'C3985', action: 'new', invest: { land_mu: 300, total_10k_cny: 300000 } };
  await page.setInputFiles('#import-work', { name: 'lead.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lead)) });
  await page.waitForFunction(() => document.querySelector('#field-invest-land_mu')?.value === '300');
  // Given, so shown above its section's fold.
  assert.equal(await page.$eval('#field-invest-land_mu', (el) => !!el.closest('details')), false);
  await page.click('#field-invest-land_mu');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  // Emptied, it neither folds away nor loses the cursor (a user test's
  // "123" went nowhere).
  assert.ok(await page.isVisible('#field-invest-land_mu'));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-invest-land_mu');
  await page.keyboard.type('123');
  assert.equal(await page.inputValue('#field-invest-land_mu'), '123');
  assert.deepEqual(problems, []);
  await page.close();
});

test('switching to English keeps every input; the rule base is browsable and searchable', async () => {
  const { page, requests, problems } = await openApp();
  await setAll(page, { industry_code: 'C3981', action: 'new', 'site.dist_yangtze_mainstream_m': '300' });
  // A reader in Chinese is not sent the English names; they come with English.
  const namesFetched = () => requests.filter((u) => u.endsWith('/names_en.tsv')).length;
  assert.equal(namesFetched(), 0);
  await page.click('#switch-lang');
  // GB/T classes get an unofficial English name: their own where written
  // (the priority chains' classes), else their group's.
  // A class with its own English name ends its path in English, the
  // authoritative Chinese name below (a user test read "…› 锂离子电池制造" as
  // a gap in the translation).
  // (The names come in their own file: wait for them.)
  await page.waitForSelector('#field-industry_code-english');
  // The printed page names the class in English as well, with no edit
  // after the names came (a user test's English paper read the Chinese).
  await page.waitForFunction(() => /C3981 Manufacture of resistors/.test(document.querySelector('#print-opinion')?.textContent ?? ''), null, { timeout: 5000 });
  assert.match(await page.textContent('#field-industry_code-resolved'), /› Manufacture of resistors, capacitors and inductors \(C3981 class\)$/);
  assert.match(await page.textContent('#field-industry_code-english'), /^电阻电容电感元件制造 — its Chinese name, the authoritative one; the English above is an unofficial translation$/);
  // (Every manufacturing class has its own name now; wholesale's do not.)
  await page.fill('#field-industry_code', 'F5111');
  assert.match(await page.textContent('#field-industry_code-english'), /\(group F511\).*unofficial/);
  // The levels above read in English; the class keeps its Chinese name there.
  assert.match(await page.textContent('#field-industry_code-resolved'), /^Wholesale and retail trade › Wholesale trade › Wholesale of agricultural, forestry, livestock and fishery products › 谷物、豆及薯类批发 \(F5111 [a-z]+\)$/);
  // A suggestion named by its group says so, English first.
  const f5111 = await page.$eval('#field-industry_code-list option[value="F5111"]', (o) => o.textContent);
  assert.match(f5111, /^F5111 .+ \(group F511\) · 谷物、豆及薯类批发$/);
  await page.fill('#field-industry_code', 'C3981');
  assert.equal(namesFetched(), 1);
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '300');
  assert.equal(await page.getAttribute('.app', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the document says its language too');
  // English punctuation in English: units in ( ), a hint after ": ".
  const units = await page.$$eval('.form .unit', (els) => els.map((e) => e.textContent));
  assert.ok(units.length > 0 && units.every((u) => !/[（）]/.test(u)), JSON.stringify(units));
  const hints = await page.$$eval('.hint strong', (els) => els.map((e) => e.textContent));
  assert.ok(hints.every((h) => !h.includes('：')), JSON.stringify(hints));
  assert.equal(await finding(page, 'YRB-01'), 'NOT_APPLICABLE');
  // Not chemical by its code's title: this tool's reading, graded [C].
  assert.match(await page.textContent('#finding-YRB-01'), /Derived by this tool/);
  await page.screenshot({ path: path.join(shots, 'english.png'), fullPage: true });
  // English users find classes by English words; the suggestion keeps the Chinese name.
  await page.fill('#field-industry_code', 'Batteries');
  const options = await page.$$eval('#field-industry_code-list option', (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map((o) => o[0]), ['C384', 'C3841', 'C3842', 'C3843', 'C3844', 'C3849'], JSON.stringify(options));
  assert.match(options[0][1], /^C384 Manufacture of batteries · 电池制造$/);
  assert.match(options[1][1], /^C3841 Manufacture of lithium-ion batteries · 锂离子电池制造$/);
  // Nothing typed is lost: the unknown text is reported at the field, in English.
  assert.match(await page.textContent('#field-industry_code-error'), /Batteries/);
  // A search that finds classes is not an input "to fix" in the form's red
  // summary (a user test saw the banner while still searching).
  assert.equal(await page.$('.form-error-summary'), null);
  // While the word is being typed it is a search: the message waits quietly,
  // and turns into an error once the field is left.
  assert.equal(await page.$('#field-industry_code-error.error'), null);
  assert.equal(await page.getAttribute('#field-industry_code', 'aria-invalid'), null);
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForSelector('#field-industry_code-error.error');
  assert.equal(await page.getAttribute('#field-industry_code', 'aria-invalid'), 'true');
  // Words find classes, each one tap away (a user test typed the English
  // name and could only read the codes in the message); words alone never
  // pick one (a review saw "pig" read as pigments).
  await page.fill('#field-industry_code', 'Manufacture of lithium-ion batteries');
  await page.waitForSelector('#field-industry_code-picks button[data-code="C3841"]');
  assert.match(await page.textContent('#field-industry_code-picks'), /^Pick the class:C3841 Manufacture of lithium-ion batteries · 锂离子电池制造/);
  await page.click('#field-industry_code-picks button[data-code="C3841"]');
  assert.equal(await page.inputValue('#field-industry_code'), 'C3841');
  assert.equal(await page.$('#field-industry_code-error'), null);
  assert.equal(await page.$('#field-industry_code-picks'), null);
  await page.fill('#field-industry_code', 'C3981');
  await page.click('#tab-rules');
  const total = await page.$$eval('.rule', (els) => els.length);
  assert.ok(total >= 40, `only ${total} rules listed`);
  await page.fill('#rule-search', '暂停钢铁产能置换');
  assert.equal(await page.$$eval('.rule', (els) => els.length), 1);
  // Dates read as English writes them.
  assert.match(await page.textContent('#rule-CAP-01'), /23 Aug 2024/);
  // Sources by their English title, the Chinese (authoritative) after it;
  // and the English title finds them too.
  assert.match(await page.textContent('#rule-CAP-01'), /Notice on Suspending Steel Capacity Replacement, Gongxintingyuanhan \[2024\] No\. 327 \(关于暂停钢铁产能置换工作的通知/);
  await page.fill('#rule-search', 'yangtze river protection law');
  assert.ok(await page.isVisible('#rule-YRB-01'));
  assert.equal(await page.$('#rules-none'), null);
  // Nothing found says so, and where an incentive item's basis is.
  await page.fill('#rule-search', 'INC-TAX-02');
  await page.waitForSelector('#rules-none');
  assert.match(await page.textContent('#rules-none'), /No rule matches.*incentive estimate/);
  await page.fill('#rule-search', '暂停钢铁产能置换');
  await page.screenshot({ path: path.join(shots, 'rules.png'), fullPage: true });
  // Places read in English too: package regions and the parks' counties.
  await page.click('#tab-packages');
  const packages = await page.innerText('.app');
  assert.match(packages, /Jiujiang City · 2 items/);
  assert.doesNotMatch(packages, /九江市 ·/);
  await page.click('#tab-screen');
  const parks = await page.$$eval('#field-site-chemical_park option', (os) => os.map((o) => o.textContent));
  assert.ok(parks.includes('Xinghuo Industrial Park, Yunshan ETDZ, Yongxiu (Yongxiu County)'), JSON.stringify(parks));
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '300');
  // The chosen language is kept for the next visit, with the work.
  await page.reload();
  await page.waitForSelector('#switch-lang');
  assert.equal(await page.getAttribute('.app', 'lang'), 'en');
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '300');
  await page.click('#switch-lang');
  await page.reload();
  await page.waitForSelector('#switch-lang');
  assert.equal(await page.getAttribute('.app', 'lang'), 'zh-CN');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a first visit opens in the browser\'s language; a choice the reader made wins over it', async () => {
  // An investor's phone set to British English, with Chinese second.
  const context = await newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp({ context, map: false });
  assert.equal(await page.getAttribute('.app', 'lang'), 'en');
  assert.match(await page.textContent('#switch-lang'), /中文/);
  // Switched to Chinese, it stays Chinese on the next visit, whatever the browser says.
  await page.click('#switch-lang');
  await page.reload();
  await page.waitForSelector('#switch-lang');
  assert.equal(await page.getAttribute('.app', 'lang'), 'zh-CN');
  assert.deepEqual(problems, []);
  await context.close();
  // A browser in neither language opens in Chinese, the staff's.
  const german = await newContext({ locale: 'de-DE' });
  const second = await openApp({ context: german, map: false });
  assert.equal(await second.page.getAttribute('.app', 'lang'), 'zh-CN');
  await german.close();
});

test('the rule base shows what changed in the rule data, in the reader\'s language, and marks archived sources', async () => {
  const { page, problems, requests } = await openApp();
  // The changelog is the rule-base page's alone: a first visit is not sent it.
  const changelogFetched = () => requests.filter((u) => u.endsWith('/changelog.bin')).length;
  assert.equal(changelogFetched(), 0);
  await page.click('#tab-rules');
  await page.waitForSelector('#changelog .release', { state: 'attached' });
  const summary = await page.textContent('#changelog summary');
  // The version the page names is the data's own (data/VERSION).
  const version = readFileSync(path.join(root, 'data', 'VERSION'), 'utf8').trim();
  assert.ok(summary.includes(`规则数据变更记录 · 数据版本 ${version}`), summary);
  await page.click('#changelog summary');
  const newest = page.locator('#changelog .release', { hasText: '2026-12-02.2' });
  assert.match(await newest.textContent(), /鼓励外商投资产业目录（2025年版）》自2026-02-01施行/);
  assert.match(await newest.textContent(), /已核查、仍未解决/);
  // Each change opens on the rules it touched and its Chinese text; what it
  // rests on (working notes, often English) follows, small (a user test).
  const first = page.locator('#changelog .release').first().locator('.changes li').first();
  assert.match(await first.textContent(), /^[A-Z]+(-[A-Z]+)*-\d+/);
  // English working notes fold away on the Chinese page (a user test read
  // them in the open), under a Chinese name.
  // Notes with a space in them are English sentences: folded; codes alone
  // (W7) stay in the open, in brackets.
  const basis = first.locator('.change-basis');
  const folded = await basis.evaluate((e) => e.tagName === 'DETAILS');
  const notes = folded ? await basis.locator('small').textContent() : await basis.textContent();
  assert.equal(folded, / [a-z]/.test(notes), notes);
  if (folded) {
    assert.equal(await basis.locator('summary').textContent(), '审核记录（英文）');
    assert.equal(await basis.evaluate((e) => e.open), false);
  } else {
    assert.match(notes, /^（.+）$/);
  }
  // FDI-02 keeps the 2022 edition, dated and marked archived, beside the 2025 one.
  // An industry code finds the rules that can concern it.
  await page.fill('#rule-search', 'c2614');
  assert.match(await page.textContent('#rules-for-industry'), /C2614 有机化学原料制造：可能涉及的条款 \d+ 条/);
  assert.ok(await page.isVisible('#rule-YRB-01'));
  assert.equal(await page.$('#rule-CAP-01'), null);
  // Digits alone are a text search (years, document numbers), not a code.
  await page.fill('#rule-search', '2019');
  assert.equal(await page.$('#rules-for-industry'), null);
  // Unless the words find nothing: then a code without its letter, or a
  // class's Chinese name, as the form takes them (a user test found nothing
  // for "2614").
  await page.fill('#rule-search', '2614');
  assert.match(await page.textContent('#rules-for-industry'), /C2614 有机化学原料制造：可能涉及的条款 \d+ 条/);
  await page.fill('#rule-search', '有机化学');
  assert.match(await page.textContent('#rules-for-industry'), /C2614 有机化学原料制造/);
  // A word in several classes' names offers the classes, each a click from
  // its rules (a user test found nothing for "电池").
  await page.fill('#rule-search', '电池');
  assert.equal(await page.$('#rules-for-industry'), null);
  const picks = await page.locator('#rules-classes button').allTextContents();
  assert.ok(picks.includes('C3841 锂离子电池制造') && picks.includes('C3843 铅蓄电池制造'), picks.join(' | '));
  assert.ok(!picks.some((t) => t.startsWith('C384 ')), 'the group is no class: ' + picks.join(' | '));
  await page.click('#rules-classes button:has-text("C3843")');
  assert.equal(await page.inputValue('#rule-search'), 'C3843');
  assert.match(await page.textContent('#rules-for-industry'), /C3843 铅蓄电池制造：可能涉及的条款 \d+ 条/);
  assert.equal(await page.$('#rules-classes'), null);
  await page.fill('#rule-search', 'FDI-02');
  const fdi = await page.textContent('#rule-FDI-02');
  assert.match(fdi, /2022年版.*已归档/s);
  assert.match(fdi, /2025年版/);
  await page.click('#switch-lang');
  assert.match(await page.textContent('#changelog summary'), /What changed in the rule data · data version/);
  assert.match(await page.locator('#changelog .release', { hasText: '2026-12-02.2' }).textContent(), /2025 edition is in force from 2026-02-01/);
  assert.match(await page.locator('#changelog .release', { hasText: '2026-12-03.1' }).textContent(), /tell the Yangtze main stream and Poyang Lake apart/);
  // The newest release comes first.
  assert.match(await page.locator('#changelog .release').first().textContent(), new RegExp(version.replaceAll('.', '\\.')));
  // Fetched once: the page closed and opened again keeps what came.
  await page.click('#tab-screen');
  await page.click('#tab-rules');
  assert.ok(await page.locator('#changelog .release').count() > 10);
  assert.equal(await page.$('#changelog [role=status]'), null, 'shown at once, not loading again');
  assert.equal(changelogFetched(), 1);
  await page.screenshot({ path: path.join(shots, 'changelog.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a phone the opened changelog fits the width: long parameter IDs break, the page does not scroll sideways', async () => {
  const context = await newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const { page, problems } = await openApp({ context, map: false });
  await page.click('#tab-rules');
  await page.waitForSelector('#changelog .release', { state: 'attached' });
  await page.click('#changelog summary');
  assert.match(await page.textContent('#changelog'), /EN-02\.electricity_calorific_tce_per_10k_kwh/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    `${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an Amap point is converted, measured against the map, and the 1 km verdict follows', async () => {
  const { page, requests, problems } = await openApp();
  await setAll(page, {
    industry_code: 'C2614', action: 'new',
    'site.dist_important_tributary_m': '9000', 'site.dist_other_tributary_m': '5000',
    // 116.00 E, 29.70 N (WGS-84) as Amap shows it: about 567 m to the south-east.
    'site.location': '116.0050890, 29.6974550',
  });
  // Without its coordinate system the point is not used.
  assert.match(await page.textContent('#site-hint'), /坐标来源/);
  assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  await set(page, 'site.location_datum', 'gcj02');
  const hint = await page.textContent('#site-hint');
  assert.match(hint, /WGS-84: 116\.0000\d\d, 29\.7000\d\d/);
  assert.match(hint, /5[5-8]\d m/);
  // The county the point lies in (issue 15): 116.00 E, 29.70 N is in Lianxi.
  assert.match(await page.textContent('#site-county'), /所在区县：濂溪区/);
  assert.equal(await finding(page, 'YRB-01'), 'ALLOWED');
  assert.match(await page.textContent('#finding-YRB-01'), /OpenStreetMap/);
  // The layer's licence asks for attribution wherever the data is used.
  assert.match(await page.textContent('#credits'), /OpenStreetMap.*ODbL/);
  // 630 m from the mapped river, ±1 km: the map cannot decide.
  await set(page, 'site.location', '116.0, 29.725');
  await set(page, 'site.location_datum', 'wgs84');
  assert.equal(await finding(page, 'YRB-01'), 'NEEDS_INPUT');
  const links = await page.$$eval('#finding-YRB-01 .missing a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('#field-site-dist_yangtze_mainstream_m'), links.join());
  // A measured distance prevails.
  await setAll(page, { 'site.dist_yangtze_mainstream_m': '1500', 'site.dist_poyang_lake_m': '5000' });
  assert.equal(await finding(page, 'YRB-01'), 'ALLOWED');
  await page.screenshot({ path: path.join(shots, 'siting.png'), fullPage: true });
  assert.deepEqual(requests.filter((u) => !u.startsWith(base)), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a Chinese name that names one class is that class, echoed; one naming several offers them', async () => {
  const { page, problems } = await openApp();
  await set(page, 'industry_code', '有机化学');
  await page.keyboard.press('Tab');
  await page.waitForSelector('#field-industry_code-resolved');
  assert.match(await page.textContent('#field-industry_code-resolved'), /有机化学原料制造 \(C2614/);
  assert.equal(await page.$('#field-industry_code-error'), null);
  assert.equal(await page.inputValue('#field-industry_code'), '有机化学', 'what was typed is kept');
  await set(page, 'industry_code', '化学原料');
  await page.keyboard.press('Tab');
  await page.waitForSelector('#field-industry_code-error');
  assert.match(await page.textContent('#field-industry_code-error'), /请选定一个[^]*C2614/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('dollars typed in a yuan field are offered in yuan at a rate the reader sees, and put in only when chosen', async () => {
  // A user test's investor typed dollars in every money field and was told
  // only to convert, at the R&D field also where foreign capital goes.
  const context = await newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp({ context });
  await setAll(page, { industry_code: 'C3841', action: 'new', 'finance.rd_10k_cny': 'USD 5 million' });
  const error = await page.textContent('#field-finance-rd_10k_cny-error');
  assert.match(error, /not US dollars/);
  assert.doesNotMatch(error, /Foreign investment/);
  const offer = '#field-finance-rd_10k_cny-convert';
  assert.match(await page.textContent(offer), /Use 35\.5 million yuan instead \(5 million USD at 7\.1 CNY\/USD\)/);
  assert.match(await page.textContent('.convert'), /approximate default/);
  // Nothing is put in unasked; a typed rate is the one offered.
  assert.equal(await page.inputValue('#field-finance-rd_10k_cny'), 'USD 5 million');
  await set(page, 'invest.cny_per_usd', '7.2');
  await page.waitForFunction((sel) => /at 7\.2 CNY/.test(document.querySelector(sel)?.textContent ?? ''), offer);
  assert.doesNotMatch(await page.textContent('.convert'), /approximate default/);
  await page.click(offer);
  assert.equal(await page.inputValue('#field-finance-rd_10k_cny'), '3600');
  assert.equal(await page.$('#field-finance-rd_10k_cny-error'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone in English, another date and its Today button share a line; the language switch sits beside the title', async () => {
  const context = await newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', isMobile: true, hasTouch: true });
  const { page, problems } = await openApp({ context, map: false });
  await page.fill('#as-of', '2023-05-01');
  await page.waitForSelector('#as-of-today');
  const box = async (sel) => page.locator(sel).boundingBox();
  const [date, today, lang, title] = [await box('#as-of'), await box('#as-of-today'), await box('#switch-lang'), await box('.top h1')];
  // Before, "中文" wrapped onto a line of its own under the date.
  assert.ok(Math.abs(today.y + today.height / 2 - (date.y + date.height / 2)) < 4, 'Today beside the date');
  assert.ok(lang.y < date.y, 'the switch above the date row');
  assert.ok(lang.y + lang.height > title.y && lang.y < title.y + title.height, 'the switch beside the title');
  assert.ok(lang.x + lang.width <= 390 && today.x + today.width <= 390, 'nothing past the screen');
  await page.screenshot({ path: path.join(shots, 'phone-header-en.png'), clip: { x: 0, y: 0, width: 390, height: 200 } });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a yes/no threshold reads 是 or 否, not its coding ("（1=是）: 0 flag")', async () => {
  // A user test read "光伏压延玻璃…（1=是）: 0 flag" under a clinker finding.
  const { page, problems } = await openApp({ map: false });
  await setAll(page, { industry_code: 'C3011', action: 'new', 'capacity.product': 'cement_clinker', 'capacity.new_t': '1000000', 'capacity.offered_t': '1000000' });
  await page.click('#finding-CAP-02 summary');
  const text = await page.textContent('#finding-CAP-02');
  assert.doesNotMatch(text, /flag|1=是/);
  assert.match(text, /2024年本）施行: (是|否)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a distance said in words is echoed as the bound read, not after an "="', async () => {
  // A re-test read "= > 5,000 米" under "离江5公里外".
  const { page, problems } = await openApp({ map: false });
  await set(page, 'site.dist_yangtze_mainstream_m', '离江5公里外');
  await page.keyboard.press('Tab');
  assert.equal(await page.textContent('#field-site-dist_yangtze_mainstream_m-echo'), '读作：> 5,000 米');
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a phone the verdict box links to the map, the places, the incentives and the findings further down', async () => {
  // A user test found the incentives 32 screens below the box, nothing in it pointing there.
  const context = await newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page, problems } = await openApp({ context });
  await setAll(page, { industry_code: 'C3985', action: 'new' });
  const targets = await page.$$eval('#advisor-jump a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(targets, ['#site-map', '#candidates', '#incentives', '#result-title']);
  for (const href of targets) assert.ok(await page.$(href), `${href} is on the page`);
  await page.click('#advisor-jump a[href="#incentives"]');
  await page.waitForFunction(() => {
    const top = document.querySelector('#incentives').getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight / 2;
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the rule base on an earlier date grades each rule by the sources in force that day, and counts those not in force', async () => {
  // A user test read YRB-01 [V1] on 2019-06-01, from the 2021 law, and
  // "41/41" beside a screening that said 16 were not in force.
  const { page, problems } = await openApp({ map: false });
  await page.click('#tab-rules');
  assert.match(await page.textContent('#rule-YRB-01 .status'), /\[V1\]/);
  assert.equal(await page.$('#rules-not-in-force'), null);
  await page.fill('#as-of', '2019-06-01');
  await page.waitForFunction(() => /\[V2\]/.test(document.querySelector('#rule-YRB-01 .status')?.textContent ?? ''));
  const n = await page.$$eval('.rule-list .badge.not_applicable', (els) => els.length);
  assert.ok(n > 0);
  assert.match(await page.textContent('#rules-not-in-force'), new RegExp(`^其中 ${n} 条在 2019年6月1日 不在效力期内`));
  // The evidence filter reads the same grade.
  await page.selectOption('#rule-status', 'V1');
  assert.equal(await page.$('#rule-YRB-01'), null);
  assert.deepEqual(problems, []);
  await page.close();
});
