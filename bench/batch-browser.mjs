// Batch screening speed in the browser (issue 7): the release build in
// headless Chromium, a CSV of N leads uploaded on the batch page, timed from
// the upload to the summary of all rows (reading, parsing, screening every
// rule, drawing the first page). A benchmark, not a test: run it with
// `node bench/batch-browser.mjs` after `trunk build --release`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.N || 10000);
const RUNS = Number(process.env.RUNS || 5);
const port = 8700 + Math.floor(Math.random() * 200);

function leadsCsv(n) {
  const codes = ['C2614', 'C3981', 'C3011', 'I6511', 'C2662', 'C3120', 'C3216', 'C2710'];
  const actions = ['new', 'expansion', 'renovation'];
  const lines = ['id,industry_code,action,site.dist_yangtze_mainstream_m,site.dist_important_tributary_m,site.dist_poyang_lake_m,site.dist_other_tributary_m,facilities,energy.electricity_10k_kwh,catalogue.class'];
  for (let i = 0; i < n; i++) {
    lines.push([`lead-${i}`, codes[i % 8], actions[i % 3], (i * 137) % 8000, 500 + ((i * 71) % 10000), 1000 + ((i * 53) % 40000),
      200 + ((i * 31) % 6000), 'none', (i * 17) % 5000, ['permitted', 'encouraged', 'restricted'][i % 3]].join(','));
  }
  return lines.join('\n') + '\n';
}

const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', path.join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('#verdict');
  await page.click('#tab-batch');
  const csv = Buffer.from(leadsCsv(N));
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const name = `leads-${run}.csv`;
    const t0 = Date.now();
    await page.setInputFiles('#batch-file', { name, mimeType: 'text/csv', buffer: csv });
    await page.waitForFunction((want) => (document.querySelector('#batch-summary')?.textContent ?? '').startsWith(want), `${name}: ${N}`, { polling: 5 });
    times.push(Date.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`Batch of ${N} leads in the browser (${(csv.length / 1024).toFixed(0)} KB CSV, all rules): ` +
    `median ${times[Math.floor(times.length / 2)]} ms, best ${times[0]} ms, worst ${times[times.length - 1]} ms over ${RUNS} runs`);
} finally {
  await browser.close();
  server.kill();
}
