// End-to-end: inputs too large to handle in the page are refused with their
// size and the limit, at the place they were given, and nothing typed is lost
// (issue 17, limits): a batch CSV too large or too long, a boundary layer too
// large, a project file too large, and a share link too long to survive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { start, stop, openApp, root, set, verdict } from './harness.mjs';

before(start);
after(stop);

test('a batch over 20,000 rows or 10 MB is refused with its size, and the page keeps answering', async () => {
  const { page, problems } = await openApp();
  await page.click('#tab-batch');
  const header = 'id,industry_code,action,site.dist_yangtze_mainstream_m\n';
  const rows = Array.from({ length: 20001 }, (_, i) => `lead-${i},C2614,new,${i % 5000}`).join('\n');
  const t = Date.now();
  await page.setInputFiles('#batch-file', { name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(header + rows + '\n') });
  await page.waitForSelector('#batch-errors');
  assert.match(await page.textContent('#batch-errors'), /20001 行，每次最多 20000 行/);
  assert.ok(Date.now() - t < 5000, 'refused without screening the rows');
  const big = Buffer.alloc(10_500_000, 'a,b,c\n');
  await page.setInputFiles('#batch-file', { name: 'big.csv', mimeType: 'text/csv', buffer: big });
  await page.waitForFunction(() => /10\.5 MB/.test(document.querySelector('#batch-errors')?.textContent ?? ''));
  assert.match(await page.textContent('#batch-errors'), /最多 10 MB/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a boundary layer over 20 MB is refused and the current one stays', async () => {
  const { page, problems } = await openApp();
  await page.click('#boundary-import summary');
  await page.fill('#boundary-accuracy', '20');
  await page.dispatchEvent('#boundary-accuracy', 'change');
  const line = readFileSync(path.join(root, 'data/cases/boundaries/test-line-29.73.geojson'));
  await page.setInputFiles('#boundary-file', { name: 'line.geojson', mimeType: 'application/geo+json', buffer: line });
  await page.waitForSelector('#boundary-current');
  const huge = Buffer.alloc(21_000_000, ' ');
  await page.setInputFiles('#boundary-file', { name: 'huge.geojson', mimeType: 'application/geo+json', buffer: huge });
  await page.waitForSelector('#boundary-errors');
  assert.match(await page.textContent('#boundary-errors'), /21 MB.*最多 20 MB/);
  assert.ok(await page.$('#boundary-current'), 'the layer already imported is kept');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a project file over 1 MB is refused and the work is untouched', async () => {
  const { page, problems } = await openApp();
  await set(page, 'industry_code', 'C2614');
  const before = await verdict(page);
  const padded = Buffer.from(JSON.stringify({ schema_version: 1, industry_code: 'I6513', name: 'x'.repeat(1_100_000) }));
  await page.setInputFiles('#import-work', { name: 'big.json', mimeType: 'application/json', buffer: padded });
  await page.waitForFunction(() => /MB/.test(document.querySelector('#work-notice')?.textContent ?? ''));
  assert.match(await page.textContent('#work-notice'), /1\.1 MB.*最多 1 MB/);
  assert.equal(await page.inputValue('#field-industry_code'), 'C2614');
  assert.equal(await verdict(page), before);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a share link too long to survive is refused at creation with its length', async () => {
  const { page, problems } = await openApp();
  // Two scenarios, each with a parcel outline of nearly 12,000 characters (the
  // most the field takes) of random decimals: past 8,000 characters compressed.
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const outline = () => {
    const parts = [];
    while (parts.join('; ').length < 11950) parts.push(`${(115.9 + rnd() * 0.2).toFixed(6)}, ${(29.6 + rnd() * 0.2).toFixed(6)}`);
    return parts.join('; ').slice(0, 12000);
  };
  const first = outline();
  await set(page, 'site.parcel', first);
  await page.click('#scenario-duplicate');
  const second = outline();
  await set(page, 'site.parcel', second);
  await page.click('#share-link');
  await page.waitForFunction(() => /8000/.test(document.querySelector('#work-notice')?.textContent ?? ''));
  assert.match(await page.textContent('#work-notice'), /链接将长达 \d+ 个字符/);
  assert.equal(await page.$('#share-url'), null);
  // What was typed is all still there.
  assert.equal(await page.inputValue('#field-site-parcel'), second);
  // A short one is still made.
  await set(page, 'site.parcel', '');
  await page.click('#share-link');
  await page.waitForSelector('#share-url');
  assert.ok((await page.inputValue('#share-url')).length < 8000);
  assert.deepEqual(problems, []);
  await page.close();
});
