// End-to-end: the storage faults users meet (issue 17): a full quota while
// saving, a second tab saving the same work, a record damaged mid-write. Each
// keeps what was typed and says so in the user's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, openApp, newContext, base, set } from './harness.mjs';

before(start);
after(stop);

test('with the storage full, the page says the work is not saved, keeps it, and offers the file', async () => {
  const context = await newContext({ acceptDownloads: true });
  // Every write of the work fails as a full quota does.
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'jiujiang.work') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const { page, problems } = await openApp({ context });
  await set(page, 'industry_code', 'C2614');
  await page.waitForSelector('#autosave-failed');
  assert.match(await page.textContent('#autosave-failed'), /无法保存当前工作/);
  assert.equal(await page.inputValue('#field-industry_code'), 'C2614');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#autosave-export')]);
  const saved = await download.path();
  const { readFileSync } = await import('node:fs');
  assert.match(readFileSync(saved, 'utf8'), /C2614/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a second tab saving the same work is not overwritten, and the user chooses which to keep', async () => {
  const context = await newContext();
  const { page: a, problems } = await openApp({ context });
  await set(a, 'industry_code', 'C2614');
  await a.waitForFunction(() => (localStorage.getItem('jiujiang.work') ?? '').includes('C2614'));
  const b = await context.newPage();
  await b.goto(base);
  await b.waitForSelector('#verdict');
  await set(b, 'industry_code', 'I6513');
  await b.waitForFunction(() => (localStorage.getItem('jiujiang.work') ?? '').includes('I6513'));
  // Tab A hears of it, keeps its own typing and stops saving over B's.
  await a.waitForSelector('#other-tab');
  assert.equal(await a.inputValue('#field-industry_code'), 'C2614');
  await set(a, 'action', 'new');
  await a.waitForTimeout(300);
  assert.match(await a.evaluate(() => localStorage.getItem('jiujiang.work')), /I6513/, 'B\'s save is not overwritten');
  // Loading B's version replaces A's form with it.
  await a.click('#other-tab-load');
  await a.waitForFunction(() => document.querySelector('#field-industry_code')?.value === 'I6513');
  assert.equal(await a.$('#other-tab'), null);
  // A now saves what B had: B is not told of news that is not news.
  await b.waitForTimeout(300);
  assert.equal(await b.$('#other-tab'), null);
  // Or keep one's own: after B saves again, A keeps and saves its own.
  await set(b, 'industry_code', 'C3011');
  await a.waitForSelector('#other-tab');
  await a.click('#other-tab-keep');
  await a.waitForFunction(() => (localStorage.getItem('jiujiang.work') ?? '').includes('I6513'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a record damaged mid-write is set aside, said so, and nothing crashes', async () => {
  const context = await newContext();
  const { page, problems } = await openApp({ context });
  await set(page, 'industry_code', 'C2614');
  await page.waitForFunction(() => (localStorage.getItem('jiujiang.work') ?? '').includes('C2614'));
  // Cut the record in the middle, as a write interrupted would leave it.
  await page.evaluate(() => {
    const text = localStorage.getItem('jiujiang.work');
    localStorage.setItem('jiujiang.work', text.slice(0, Math.floor(text.length / 2)));
  });
  await page.reload();
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#work-notice'), /损坏|damaged/i);
  // The damaged text is kept aside, not lost, and the page works.
  assert.ok((await page.evaluate(() => localStorage.getItem('jiujiang.work.damaged'))).length > 10);
  await set(page, 'industry_code', 'I6513');
  assert.equal(await page.inputValue('#field-industry_code'), 'I6513');
  assert.deepEqual(problems, []);
  await context.close();
});
