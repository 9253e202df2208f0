// "Where can it go?" speed in the browser (issue 15): the bench crate's wasm
// (the app's size-tuned release profile) loaded in headless Chromium, painting
// the complete chemical lead over the whole map, 100 × 100 cells. Best and
// median of RUNS runs after a warm-up. A benchmark, not a test: bench/run.sh
// builds the module first (target/wasm-bench-web).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'target', 'wasm-bench-web');
const RUNS = Number(process.env.RUNS || 7);
const port = 8900 + Math.floor(Math.random() * 90);
writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><script type="module">
import init, { grid_lead } from './jiujiang_bench.js';
await init();
grid_lead(400);
const times = [];
let allowed = 0;
for (let i = 0; i < ${RUNS}; i++) {
  const t = performance.now();
  allowed = grid_lead(10000);
  times.push(performance.now() - t);
}
window.result = { times, allowed };
</script>`);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.result, null, { timeout: 120000 });
  const { times, allowed } = await page.evaluate(() => window.result);
  times.sort((a, b) => a - b);
  const version = browser.version();
  console.log(`where grid in Chromium ${version}, 10,000 cells of the complete chemical lead: best ${times[0].toFixed(1)} ms, median ${times[Math.floor(times.length / 2)].toFixed(1)} ms (${RUNS} runs; ${allowed} cells allowed)`);
} finally {
  await browser.close();
  server.kill();
}
