// What a first visit transfers (issue 16), as the browser asks for it: the
// release build (dist/, after `trunk build --release`) served on localhost and
// loaded in a fresh headless Chromium profile. Every response the page gets is
// gzipped at -9, as a server would send it, and summed (each URL once): once when the verdict
// box has rendered (the first screen), and again when the network has gone
// quiet (anything fetched after), at a phone's window and a laptop's. Also
// checks that no request left the origin. A benchmark, not a test: run `node bench/first-visit.mjs`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const origin = `http://127.0.0.1:${port}`;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(`${origin}/`)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const foreign = [];
let exitCode = 0;

/** One first visit in a fresh profile at `viewport`: the responses, each URL once. */
async function firstVisit(viewport) {
  const rows = [];
  // Listened to on the context, so the service worker's own fetches count too.
  // A Chinese browser, as the staff's: an English one also fetches the
  // English industry names on its first visit.
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  context.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) foreign.push(req.url());
  });
  // Each URL once, as its file in dist/: a second request for it is served
  // from the browser's cache, and the service worker's precache responses have
  // no body that Playwright can read.
  context.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin !== origin || rows.some((r) => r.url === url.pathname)) return;
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    let body;
    try { body = readFileSync(file); } catch { return; } // not a file of dist/ (a 404)
    rows.push({ url: url.pathname, bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length, at: Date.now(), sw: !!res.request().serviceWorker() });
  });
  const t0 = Date.now();
  await page.goto(`${origin}/`);
  await page.waitForSelector('#verdict');
  const firstScreenAt = Date.now();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(3000); // the service worker's precache, and anything fetched late
  await context.close();
  return { rows, firstScreenAt, ms: Date.now() - t0 };
}

try {
  const sum = (rs) => rs.reduce((n, r) => n + r.gzipped, 0);
  // A phone and a laptop: the map layers come when the map nears the window,
  // so what a first visit carries depends on the window's height.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
    const { rows, firstScreenAt, ms } = await firstVisit(viewport);
    const firstScreen = rows.filter((r) => r.at <= firstScreenAt);
    rows.sort((a, b) => b.gzipped - a.gzipped);
    console.log(`first visit of dist/ at ${viewport.width}×${viewport.height} in Chromium ${browser.version()} (${ms} ms on localhost)`);
    console.log(`${'response'.padEnd(34)} ${'bytes'.padStart(10)} ${'gzipped'.padStart(10)}`);
    for (const r of rows) console.log(`${(r.url + (r.sw ? ' (service worker)' : '')).padEnd(34)} ${String(r.bytes).padStart(10)} ${String(r.gzipped).padStart(10)}`);
    console.log(`${'until the first screen'.padEnd(34)} ${''.padStart(10)} ${String(sum(firstScreen)).padStart(10)}`);
    console.log(`${'whole first visit'.padEnd(34)} ${''.padStart(10)} ${String(sum(rows)).padStart(10)}`);
    console.log('');
  }
  if (foreign.length) {
    console.log(`requests that left the origin: ${foreign.join(', ')}`);
    exitCode = 1;
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(exitCode);
