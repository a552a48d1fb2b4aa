// The extension (target/extension, from scripts/build-extension.sh) loaded
// unpacked into Debian's headless Chromium, on a plain upload form that
// knows nothing of presend: a file with personal data is held with the
// dialog and never posted; a clean file goes through; the page and the
// extension make no request to any other origin.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closed, launchExtension, openUploadForm, questionDialog } from './browser.mjs';
import { startServer } from './server.mjs';

const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,価格\nA-100,ボールペン,120\n';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchExtension>>} */
let ext;
/** @type {import('playwright-core').BrowserContext} */
let context;
/** @type {string[]} */
const foreign = [];

before(async () => {
  server = await startServer();
  ext = await launchExtension();
  context = ext.context;
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) foreign.push(url);
  });
});

after(async () => {
  await ext?.close();
  await server?.close();
  assert.deepEqual(foreign, [], 'neither the page nor the extension talks to another origin');
});

const open = () => openUploadForm(context, server.origin);

test('the extension holds a file with personal data on any page', async () => {
  const { page, posted } = await open();
  await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  const { win, dialog } = await questionDialog(context);
  assert.match(await dialog.innerText(), /2人分/);
  assert.equal(await page.locator('[role=alertdialog], [data-presend-dialog]').count(), 0, 'nothing of the question is in the page');
  await dialog.locator('[data-action=cancel]').click();
  await closed(win);
  await page.click('button[type=submit]');
  await page.waitForTimeout(500);
  assert.ok(!posted.some((p) => p.includes('山田')), 'the roster never left the page');
  await page.close();
});

test('a clean file goes through with no dialog', async () => {
  const { page, posted } = await open();
  await page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE) });
  await page.click('button[type=submit]');
  await page.waitForURL('**/upload', { timeout: 20_000 });
  assert.equal(posted.length, 1);
  assert.match(posted[0], /ボールペン/);
  await page.close();
});

test('when its window cannot open, the question is asked in the browser\'s own dialog, never passed', async () => {
  // chrome.windows.create refused (a kiosk, a policy against pop-ups): the
  // held roster must still be asked about, not wait for ever nor go.
  await ext.worker.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    w.presendCreate = chrome.windows.create;
    chrome.windows.create = async () => {
      throw new Error('windows refused');
    };
  });
  try {
    const { page, posted } = await open();
    /** @type {string[]} */
    const asked = [];
    page.on('dialog', async (d) => {
      asked.push(d.message());
      await d.dismiss();
    });
    await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    const deadline = Date.now() + 20_000;
    while (!asked.length && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(asked.length, 1, 'asked once, in the browser dialog');
    assert.match(asked[0], /名簿\.csv: 2人分/);
    await page.click('button[type=submit]');
    await page.waitForTimeout(500);
    assert.ok(!posted.some((p) => p.includes('山田')), 'cancelled in the dialog: the roster never left the page');
    await page.close();
  } finally {
    await ext.worker.evaluate(() => {
      chrome.windows.create = /** @type {any} */ (globalThis).presendCreate;
    });
  }
});
