// The extension's life around the pages a user already has open, in
// Debian's headless Chromium with the unpacked build:
// - the toolbar badge says a page is protected;
// - a tab that was open when the extension was installed, and again when it
//   was updated, is guarded at once, without reloading the page, and by one
//   guard (the old version's orphaned script steps aside instead of holding
//   files it can no longer check); a clean file still goes through.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closed, launchExtension, launchForInstall, openUploadForm, questionDialog } from './browser.mjs';
import { startServer } from './server.mjs';

const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,価格\nA-100,ボールペン,120\n';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchExtension>>} */
let ext;

before(async () => {
  server = await startServer();
  ext = await launchExtension();
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * The extension's current service worker in a browser (a new one after an update).
 * @param {import('playwright-core').BrowserContext} [context]
 */
async function worker(context = ext.context) {
  const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js'));
  return live.at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** The badge text of the tab showing `url`. @param {string} url @param {import('playwright-core').BrowserContext} [context] */
async function badge(url, context = ext.context) {
  return (await worker(context)).evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** Waits until the tab showing `url` says it is protected (its guards are in). @param {string} url @param {import('playwright-core').BrowserContext} [context] */
async function guarded(url, context = ext.context) {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if ((await badge(url, context).catch(() => null)) === '✓') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the tab ${url} never said it was protected`);
}

/**
 * A plain upload page whose own change handler posts the file to /upload.
 * @param {import('playwright-core').BrowserContext} [context]
 */
async function open(context = ext.context) {
  const { page, posted } = await openUploadForm(context, server.origin);
  await page.evaluate(() => {
    const input = /** @type {HTMLInputElement} */ (document.getElementById('file'));
    input.addEventListener('change', () => input.files?.[0]?.text().then((t) => fetch('/upload', { method: 'POST', body: t })));
  });
  return { page, posted };
}

test('the toolbar badge says the page is protected', async () => {
  const { page } = await open();
  await guarded(page.url());
  assert.equal(await badge(page.url()), '✓');
  await page.close();
});

test('tabs open when the extension is installed, then updated, are guarded at once, by one guard', async () => {
  const browser = await launchForInstall();
  try {
    // The page is open before the extension exists.
    const { page, posted } = await open(browser.context);
    const arrived = async (/** @type {string} */ text) => {
      const until = Date.now() + 20_000;
      while (!posted.some((p) => p.includes(text)) && Date.now() < until) await page.waitForTimeout(50);
      return posted.some((p) => p.includes(text));
    };

    for (const step of ['installed', 'updated']) {
      await browser.install();
      // The new version's service worker puts the guards into the open tab,
      // which then says so (the old version's badge is gone by then).
      await page.waitForTimeout(500);
      await guarded(page.url(), browser.context);
      await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
      const { win, dialog } = await questionDialog(browser.context);
      assert.match(await dialog.innerText(), /2人分/, `held and checked once ${step}, without reloading the page`);
      await dialog.locator('[data-action=cancel]').click();
      await closed(win);
      await page.waitForTimeout(500);
      assert.equal(browser.context.pages().filter((p) => p.url().includes('/confirm.html')).length, 0, `asked once (${step})`);
      assert.ok(!posted.some((p) => p.includes('山田')), `the roster was not posted (${step})`);
      await page.setInputFiles('#file', { name: `商品-${step}.csv`, mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE.replace('ボールペン', `ボールペン-${step}`)) });
      assert.ok(await arrived(`ボールペン-${step}`), `a clean file goes through (${step})`);
    }
  } finally {
    await browser.close();
  }
});

test('a second copy of the content script in a frame (injected while the tab opened) neither asks twice nor closes the question', async () => {
  const { page, posted } = await open();
  const url = page.url();
  // What onInstalled does to a tab whose own content script already runs.
  await (await worker()).evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error('no tab');
    await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['page.js'], world: 'MAIN' });
    await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content.js'] }).catch(() => {});
  }, url);
  await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  const { win, dialog } = await questionDialog(ext.context);
  assert.match(await dialog.innerText(), /2人分/, 'the question shows its verdict');
  await dialog.locator('[data-action=cancel]').click();
  await closed(win);
  await page.waitForTimeout(500);
  assert.equal(ext.context.pages().filter((p) => p.url().includes('/confirm.html')).length, 0, 'asked once');
  assert.ok(!posted.some((p) => p.includes('山田')));
  await page.close();
});
