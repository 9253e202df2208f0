// End-to-end: the page before the app mounts (issue 16). On a weak connection
// the wasm takes seconds; until it runs the page says what the tool is, that
// it is loading and that nothing typed is sent; if the app cannot load it
// says so instead of staying blank, and if it stops on an internal error
// later, it says that and offers a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, stop, base, newContext, shots, set, verdict } from './harness.mjs';

before(start);
after(stop);

test('while the wasm is on its way the page says what is loading, then the app replaces it', async () => {
  // A fresh context with service workers blocked: page.route does not see
  // what a service worker fetches, and boot.js registers one that may claim
  // the page before the wasm is asked for (a slow machine's CI run did).
  const context = await newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/jiujiang-app_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(base);
  await page.waitForSelector('#boot .boot-loading', { state: 'visible' });
  const text = await page.textContent('#boot');
  assert.match(text, /九江招商项目准入预审/);
  assert.match(text, /正在加载/);
  assert.match(text, /Loading the tool/);
  assert.match(text, /never sent anywhere/);
  assert.equal(await page.isVisible('#boot .boot-failed'), false, 'no failure while loading');
  // The bar has height only once the stylesheet applies, which on a loaded
  // machine can come after the text: waited for, not sampled.
  await page.waitForSelector('#boot .boot-bar', { state: 'visible', timeout: 5000 })
    .catch(() => assert.fail('something moves while loading'));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await page.screenshot({ path: path.join(shots, 'boot-loading-390.png') });
  release();
  await page.waitForSelector('#verdict');
  assert.equal(await page.$('#boot'), null, 'the app took the page over');
  await context.close();
});

test('when the wasm cannot be fetched the page says so in both languages', async () => {
  // Service workers blocked, as above: the abort must reach the page.
  const context = await newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/jiujiang-app_bg.wasm', (route) => route.abort());
  await page.goto(base);
  await page.waitForSelector('#boot .boot-failed', { state: 'visible' });
  const failed = await page.textContent('#boot .boot-failed');
  assert.match(failed, /未能加载/);
  assert.match(failed, /could not load/);
  assert.equal(await page.isVisible('#boot .boot-loading'), false, '"loading" gives way to the failure');
  assert.equal(await page.isVisible('#boot .boot-bar'), false, 'nothing moves once it has failed');
  assert.equal(await page.getAttribute('#boot', 'role'), 'alert');
  await page.screenshot({ path: path.join(shots, 'boot-failed-1366.png') });
  await context.close();
});

test('when the glue script itself is missing the page says so too', async () => {
  const context = await newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/jiujiang-app.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(base);
  await page.waitForSelector('#boot .boot-failed', { state: 'visible' });
  assert.equal(await page.isVisible('#boot .boot-loading'), false);
  await context.close();
});

test('without JavaScript the page says it needs it, and does not claim to be loading', async () => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('#boot noscript, #boot', { state: 'attached' });
  const visible = await page.locator('#boot').innerText();
  assert.match(visible, /needs JavaScript and WebAssembly/);
  assert.doesNotMatch(visible, /Loading the tool|could not load/);
  assert.equal(await page.isVisible('#boot .boot-bar'), false);
  await context.close();
});

test('a panic after the app started puts a reload notice on top, and the reload brings the app back', async () => {
  const context = await newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('#verdict');
  await set(page, 'industry_code', 'C2614');
  await set(page, 'action', 'new');
  await set(page, 'site.dist_yangtze_mainstream_m', '850');
  await page.waitForFunction(() => document.querySelector('#field-industry_code-resolved'));
  const before = await verdict(page);
  // Make the next element the app makes fail (Yew clones cached elements):
  // Yew panics, and the wasm traps.
  await page.evaluate(() => {
    Node.prototype.cloneNode = () => { throw new Error('test: no more elements'); };
  });
  await page.click('#tab-batch');
  await page.waitForSelector('#crash', { state: 'visible' });
  const notice = await page.textContent('#crash');
  assert.match(notice, /内部错误/);
  assert.match(notice, /internal error/);
  assert.equal(await page.locator('#crash').count(), 1, 'one notice, however many errors follow');
  await page.screenshot({ path: path.join(shots, 'boot-crash-390.png') });
  await page.click('#crash button');
  await page.waitForSelector('#verdict');
  assert.equal(await page.locator('#crash').count(), 0);
  // What was entered before the panic is back, as the notice promised.
  assert.equal(await page.inputValue('#field-industry_code'), 'C2614');
  assert.equal(await verdict(page), before);
  await context.close();
});
