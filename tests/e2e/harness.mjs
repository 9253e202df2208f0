// Shared by the end-to-end test files: the release build served on localhost,
// driven in headless Chromium (Debian's, via playwright-core: no browser download).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// DIST serves another build (one made with `trunk build --dist DIR`).
export const dist = process.env.DIST ? path.resolve(process.env.DIST) : path.join(root, 'dist');
export const shots = path.join(root, 'target', 'e2e');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser;
export let base;

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

export async function start() {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
  await waitFor(base);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function stop() {
  await browser?.close();
  server?.kill();
}

/** A fresh page that records every request and every console error. */
export async function openApp(options = {}) {
  // Staff read Chinese: a page opens as a Chinese browser would, unless a
  // test brings its own context (and with it its own locale).
  const page = await (options.context ?? browser).newPage(options.context ? undefined : { locale: 'zh-CN' });
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(options.url ?? base);
  await page.waitForSelector('#verdict');
  if (options.map !== false) await showMap(page);
  return { page, requests, problems };
}

/** Goes down to the map, as a reader would, which brings its layers (they
 * are fetched when the map comes near), waits for them, and goes back up. */
export async function showMap(page) {
  await page.locator('#site-map').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#site-map')?.dataset.layers !== 'loading');
  await page.evaluate(() => window.scrollTo(0, 0));
}

export const verdict = (page) => page.getAttribute('#verdict', 'data-outcome');
export const finding = (page, id) => page.getAttribute(`#finding-${id}`, 'data-outcome');
export const fieldId = (key) => `#field-${key.replaceAll('.', '-')}`;

/** Sets a form field the way a user would: typing, choosing or ticking. */
export async function set(page, key, value) {
  const sel = fieldId(key);
  // The guided screening shows the first facts only; the rest is one click away.
  if (!(await page.isVisible(sel)) && (await page.$('#show-all-fields'))) await page.click('#show-all-fields');
  const tag = await page.$eval(sel, (el) => el.tagName);
  if (tag === 'SELECT') return page.selectOption(sel, value);
  if (tag === 'FIELDSET') {
    for (const item of value.split(',')) await page.check(`${sel}-${item}`);
    return;
  }
  return page.fill(sel, value);
}

export async function setAll(page, fields) {
  for (const [k, v] of Object.entries(fields)) await set(page, k, v);
}


/** A browser context of its own (its own local storage), in a Chinese
 * browser unless `options.locale` says otherwise: the app opens in the
 * browser's language on a first visit. */
export function newContext(options) {
  return browser.newContext({ locale: 'zh-CN', ...options });
}

/**
 * Answers "none of these" or "no" to the verdict box's questions until
 * `done()` holds (at most `tries` answers): the first such button in the
 * box, or with `firstOnly` the top question's ("none" before "no"),
 * stopping where there is neither (a choice or a figure is the test's to give).
 */
export async function answerNoUntil(page, done, { firstOnly = false, tries = 15 } = {}) {
  for (let n = 0; n < tries && !(await done()); n++) {
    let b;
    if (firstOnly) {
      const q = await page.$('#advisor .question');
      b = q && ((await q.$('button.answer[data-value="none"]')) ?? (await q.$('button.answer[data-value="no"]')));
    } else {
      b = await page.$('#advisor .question button.answer[data-value="none"], #advisor .question button.answer[data-value="no"]');
    }
    if (!b) break;
    await b.click();
    await page.waitForTimeout(200);
  }
}
