import { readFileSync } from 'node:fs';
import { start, stop, openApp, newContext, shots } from './harness.mjs';
await start();
for (const [w,h,loc] of [[1366,900,'en-US'],[390,844,'zh-CN']]) {
  const context = await newContext({ viewport: { width: w, height: h }, locale: loc });
  const { page, problems } = await openApp({ context, map: false });
  const p = JSON.parse(readFileSync('examples/projects/electronics-incentives.json'));
  p.finance.taxable_income_10k_cny = 3000; p.finance.tax_paid_10k_cny = 2000;
  await page.setInputFiles('#import-work', { name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(p)) });
  await page.waitForTimeout(800);
  const panel = page.locator('#incentives');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `/tmp/cap-${w}.png` });
  console.log((await panel.textContent()).slice(0, 3000));
  console.log(problems);
}
await stop();
