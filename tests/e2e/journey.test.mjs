// End-to-end: the release build served on localhost, driven in headless
// Chromium (Debian's, via playwright-core: no browser download).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const shots = path.join(root, 'target', 'e2e');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser, base;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitFor(url, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not answer`);
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
  await waitFor(base);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh page that records every request and every console error. */
async function openApp() {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(base);
  await page.waitForSelector('#verdict');
  return { page, requests, problems };
}

const verdict = (page) => page.getAttribute('#verdict', 'data-outcome');
const finding = (page, id) => page.getAttribute(`#finding-${id}`, 'data-outcome');

test('a chemical plant 850 m from the Yangtze is prohibited, with reason and citation', async () => {
  const { page, requests, problems } = await openApp();
  await page.fill('#field-industry_code', 'C2614');
  await page.selectOption('#field-action', 'new');
  await page.fill('#field-site-dist_yangtze_mainstream_m', '850');
  assert.equal(await verdict(page), 'PROHIBITED');
  assert.equal(await finding(page, 'YRB-01'), 'PROHIBITED');
  const text = await page.textContent('#finding-YRB-01');
  assert.match(text, /1,000 米/);
  assert.match(text, /长江保护法/);
  assert.match(await page.textContent('#field-industry_code-resolved'), /有机化学原料制造/);
  await page.click('#finding-YRB-01 summary');
  await page.screenshot({ path: path.join(shots, 'prohibited.png'), fullPage: true });
  // Nothing left the machine; no CSP violation or panic was logged.
  assert.deepEqual(requests.filter((u) => !u.startsWith(base)), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('missing distances give NEEDS_INPUT naming them; filling them decides', async () => {
  const { page, problems } = await openApp();
  await page.fill('#field-industry_code', '2614');
  await page.selectOption('#field-action', 'expansion');
  await page.fill('#field-site-dist_yangtze_mainstream_m', '1500');
  assert.equal(await verdict(page), 'NEEDS_INPUT');
  const links = await page.$$eval('#finding-YRB-01 .missing a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#field-site-dist_important_tributary_m', '#field-site-dist_poyang_lake_m', '#field-site-dist_other_tributary_m']);
  for (const id of ['important_tributary', 'poyang_lake', 'other_tributary']) {
    await page.fill(`#field-site-dist_${id}_m`, '5000');
  }
  assert.equal(await verdict(page), 'ALLOWED');
  await page.fill('#field-site-dist_poyang_lake_m', '700');
  assert.equal(await verdict(page), 'REQUIRES_REVIEW');
  await page.screenshot({ path: path.join(shots, 'review.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('bad input is flagged at its field, kept as typed, and never breaks the page', async () => {
  const { page, problems } = await openApp();
  await page.fill('#field-industry_code', 'C2614');
  await page.selectOption('#field-action', 'new');
  for (const bad of ['-20', 'NaN', 'abc', '9e999']) {
    await page.fill('#field-site-dist_yangtze_mainstream_m', bad);
    assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), bad);
    assert.ok(await page.isVisible('#field-site-dist_yangtze_mainstream_m-error'), bad);
    assert.equal(await verdict(page), 'NEEDS_INPUT');
  }
  assert.match(await page.textContent('#field-site-dist_yangtze_mainstream_m-error'), /不是数字/);
  await page.fill('#field-industry_code', 'C9999');
  assert.match(await page.textContent('#field-industry_code-error'), /C9999/);
  await page.fill('#as-of', '');
  await page.screenshot({ path: path.join(shots, 'bad-input.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('switching to English keeps every input; non-chemical projects are not caught', async () => {
  const { page, problems } = await openApp();
  await page.fill('#field-industry_code', 'C3981');
  await page.selectOption('#field-action', 'new');
  await page.fill('#field-site-dist_yangtze_mainstream_m', '300');
  await page.click('#switch-lang');
  assert.equal(await page.inputValue('#field-site-dist_yangtze_mainstream_m'), '300');
  assert.equal(await page.getAttribute('.app', 'lang'), 'en');
  assert.equal(await verdict(page), 'NOT_APPLICABLE');
  assert.match(await page.textContent('#verdict'), /None of the encoded rules applies/);
  assert.match(await page.textContent('#finding-YRB-01'), /Unverified/);
  await page.screenshot({ path: path.join(shots, 'english.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});
