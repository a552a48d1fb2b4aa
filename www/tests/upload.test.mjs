// The JS library on a real upload form (www/examples/upload.html), with the
// real wasm build, in Debian's headless Chromium: files with personal data
// are held with the dialog and not submitted, clean files go through
// untouched, the drop / paste / submit paths are covered, a hostile file
// name stays text, and the page talks to nobody but its own origin.
//
// Run after scripts/build-wasm.sh:  node --test www/tests/upload.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { userPaste, useBrowser } from './browser.mjs';

const ROSTER = '氏名,生年月日,電話番号,住所\n山田 太郎,1980/01/02,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,1975/03/04,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,JANコード,価格\nA-100,ボールペン,4901234567894,120\nA-200,ノート,4512345678901,240\n';
const HOSTILE = '<img src=x onerror=alert(1)>.xlsx';

const env = useBrowser({ before, after });

/**
 * Opens the example page; records uploads (POST /upload is answered here)
 * and any request to another origin.
 */
async function open() {
  const page = await env.browser.newPage({ locale: 'ja-JP' });
  /** @type {string[]} */
  const posted = [];
  /** @type {string[]} */
  const alerts = [];
  page.on('dialog', async (d) => {
    alerts.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => alerts.push(`pageerror: ${e.message}`));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== env.server.origin) {
      env.foreign.push(route.request().url());
      return route.abort();
    }
    if (url.pathname === '/upload' && route.request().method() === 'POST') {
      posted.push(route.request().postData() ?? '');
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'received' });
    }
    return route.continue();
  });
  await page.goto(`${env.server.origin}/examples/upload.html`);
  return { page, posted, alerts };
}

const dialog = (/** @type {import('playwright-core').Page} */ page) => page.locator('[role=alertdialog]');

/** @param {import('playwright-core').Page} page @param {string} reason */
async function continueWith(page, reason = 'needed') {
  await dialog(page).locator('select').selectOption(reason);
  await dialog(page).locator('[data-action=continue]').click();
}

test('a file with personal data is held with the dialog and not submitted', async () => {
  const { page, posted } = await open();
  await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await dialog(page).waitFor();
  const text = await dialog(page).innerText();
  assert.match(text, /名簿\.csv/);
  assert.match(text, /2人分/, 'says how many people');
  assert.match(text, /電話番号: 2/, 'counts per kind');
  assert.doesNotMatch(text, /090-1111-0001/, 'values are masked');
  await page.click('button[type=submit]').catch(() => {});
  await dialog(page).locator('[data-action=cancel]').click();
  assert.equal(await dialog(page).count(), 0);
  assert.equal(await page.locator('#file').evaluate((i) => /** @type {HTMLInputElement} */ (i).files?.length), 0, 'cancel clears the input');
  await page.waitForTimeout(300);
  assert.ok(!posted.some((p) => p.includes('山田')), 'the roster was never posted');
  await page.close();
});

test('a clean file goes through untouched, without a dialog', async () => {
  const { page, posted } = await open();
  await page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE) });
  await page.click('button[type=submit]');
  await page.waitForURL('**/upload');
  assert.equal(posted.length, 1);
  assert.match(posted[0], /A-100,ボールペン/, 'the file content reached the server unchanged');
  await page.close();
});

test('submit waits for the check and a reason lets a flagged file through', async () => {
  const { page, posted } = await open();
  await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await continueWith(page);
  assert.equal(posted.length, 0);
  await page.click('button[type=submit]');
  await page.waitForURL('**/upload');
  assert.equal(posted.length, 1, 'decided files are not asked about twice');
  await page.close();
});

test('personal data typed into the fields is checked on submit', async () => {
  const { page, posted } = await open();
  const list = Array.from({ length: 6 }, (_, i) => `会員${i} 090-2222-33${String(i).padStart(2, '0')}`).join('\n');
  await page.fill('#note', list);
  await page.click('button[type=submit]');
  await dialog(page).waitFor();
  assert.match(await dialog(page).innerText(), /フォーム/);
  await dialog(page).locator('[data-action=cancel]').click();
  await page.waitForTimeout(300);
  assert.equal(posted.length, 0);
  await page.close();
});

test('dropped files are checked before the page sees them', async () => {
  const { page } = await open();
  const drop = async (/** @type {string} */ name, /** @type {string} */ content) =>
    page.evaluate(
      ([name, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type: 'text/csv' }));
        document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, content],
    );
  await drop('商品.csv', CATALOGUE);
  await page.locator('#dropped li', { hasText: '商品.csv' }).waitFor();
  await drop('名簿.csv', ROSTER);
  await dialog(page).waitFor();
  assert.equal(await page.locator('#dropped li', { hasText: '名簿.csv' }).count(), 0, 'held while the dialog is open');
  await continueWith(page, 'false_positive');
  await page.locator('#dropped li', { hasText: '名簿.csv' }).waitFor();
  await page.close();
});

test('pasted files are checked, and removing one keeps it from the page', async () => {
  const { page } = await open();
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], '名簿.csv', { type: 'text/csv' }));
    const target = document.getElementById('drop');
    target?.focus();
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, ROSTER);
  await dialog(page).waitFor();
  await dialog(page).locator('[data-action=remove]').click();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#dropped li').count(), 0);
  await page.close();
});

test('a hostile file name is shown as text, never as HTML', async () => {
  const { page, alerts } = await open();
  await page.setInputFiles('#file', { name: HOSTILE, mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await dialog(page).waitFor();
  const heading = dialog(page).locator('section h3');
  assert.equal(await heading.first().textContent(), HOSTILE);
  assert.equal(await dialog(page).locator('img').count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(alerts, []);
  await page.close();
});

test('the dialog works with the keyboard alone', async () => {
  const { page } = await open();
  await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await dialog(page).waitFor();
  assert.equal(await dialog(page).getAttribute('aria-modal'), 'true');
  assert.ok(await dialog(page).getAttribute('aria-labelledby'));
  // Focus starts on "go back" and stays inside the dialog.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.hasAttribute('data-presend-dialog'));
    assert.ok(inside, `focus left the dialog after ${i + 1} Tab presses`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await dialog(page).count(), 0, 'Escape goes back');
  await page.close();
});

test('a long check shows how far it has got, then the dialog, and the status box goes', async () => {
  const { page } = await open();
  // What the page saw: the progress events, and every status box shown (its
  // text when it appeared), however briefly.
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.told = [];
    w.boxes = [];
    document.addEventListener('presend:progress', (e) => w.told.push(/** @type {CustomEvent} */ (e).detail));
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement && n.hasAttribute('data-presend-progress')) w.boxes.push(n.shadowRoot?.textContent ?? '');
    }).observe(document.body, { childList: true });
  });
  // Long enough to take more than the box's 400 ms on an idle machine too.
  const ROWS = 600_000;
  const rows = ['氏名,電話番号,住所'];
  for (let i = 0; i < ROWS; i++) rows.push(`山田 太郎${i},090-1111-${String(i % 10_000).padStart(4, '0')},東京都港区芝1-1-${i % 50}`);
  await page.setInputFiles('#file', { name: '大きな名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await dialog(page).waitFor({ timeout: 90_000 });
  assert.equal(await page.locator('[data-presend-progress]').count(), 0, 'the status box is gone once the verdict is in');
  /** @type {string[]} */
  const boxes = await page.evaluate(() => /** @type {any} */ (window).boxes);
  assert.equal(boxes.length, 1, `one status box while the check ran: ${JSON.stringify(boxes)}`);
  assert.match(boxes[0], /大きな名簿\.csv|確認/);
  /** @type {{ file: string, index: number, total: number, bytes: number, rows: number }[]} */
  const told = await page.evaluate(() => /** @type {any} */ (window).told);
  assert.equal(told[0].file, '大きな名簿.csv');
  assert.equal(told[0].rows, 0, 'the first word is the start of the file');
  assert.ok(told[0].bytes > 15_000_000, `its size: ${told[0].bytes}`);
  const moving = told.filter((p) => p.rows > 0);
  assert.ok(moving.length >= 1, `rows read were told: ${JSON.stringify(told)}`);
  assert.ok(moving.every((p, i) => i === 0 || p.rows > moving[i - 1].rows), 'the count only grows');
  assert.ok(moving.at(-1).rows <= ROWS + 1);
  await page.close();
});

test('text pasted with several people in it is held until the user decides; a short paste goes in at once', async () => {
  const { page, posted } = await open();
  // What an app that sends as you type would see: the field's value on every input.
  await page.evaluate(() => {
    /** @type {any} */ (window).seen = [];
    document.getElementById('note')?.addEventListener('input', (e) => /** @type {any} */ (window).seen.push(/** @type {HTMLTextAreaElement} */ (e.target).value));
  });
  await userPaste(page, '#note', '折り返しお電話ください');
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('note')).value.length > 0);
  assert.equal(await page.inputValue('#note'), '折り返しお電話ください', 'a short phrase is pasted without a question');
  await page.fill('#note', '');
  // A password pasted from a manager: never read, in at once.
  await page.evaluate(() => document.getElementById('upload')?.append(Object.assign(document.createElement('input'), { type: 'password', id: 'pw' })));
  await userPaste(page, '#pw', 'K7#p2-0931-4456-xq');
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('pw')).value.length > 0, null, { timeout: 2000 });
  await page.evaluate(() => document.getElementById('pw')?.remove());

  await userPaste(page, '#note', ROSTER);
  await dialog(page).waitFor();
  assert.match(await dialog(page).innerText(), /2人分/);
  assert.equal(await page.inputValue('#note'), '', 'nothing reaches the field while the user decides');
  assert.ok(!(await page.evaluate(() => /** @type {any} */ (window).seen.join())).includes('山田'), 'nor the page');
  await dialog(page).locator('[data-action=cancel]').click();
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#note'), '', 'go back: the paste is dropped');

  await userPaste(page, '#note', ROSTER);
  await continueWith(page);
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('note')).value.includes('山田'));
  assert.equal((await page.inputValue('#note')).trim(), ROSTER.trim(), 'continue: pasted where it was aimed');
  await page.click('button[type=submit]');
  await page.waitForURL('**/upload');
  assert.equal(posted.length, 1, 'the submit does not ask again about what was let go when pasted');
  await page.close();
});
