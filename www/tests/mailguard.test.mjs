// The send guard in the unpacked extension, on a web mail page written for
// these tests (pages/mail-compose.html, a small Gmail-like compose) served as
// https://mail.google.com/ by a route, so the Gmail adapter runs as on Gmail:
// - a compose whose Send button the adapter does not recognise (a localised
//   tooltip without the shortcut) is noticed when it opens: the toolbar badge
//   says so and the adapter's health is recorded before anything is sent; the
//   first press of its Send asks, with the reason adapter_send_unknown, and
//   going back sends nothing; Ctrl+Enter in it asks too;
// - a stale file with the attachment's name but another size is not read in
//   its place: the dialog says it could not inspect that file;
// - each time, an ordinary mail through the same page goes out with no
//   question: holding everything is not a fix.
// Nothing reaches any other origin (every request is answered by the route).

import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closed, launchExtension, questionWindow, userPaste } from './browser.mjs';

const FIXTURE = readFileSync(new URL('./pages/mail-compose.html', import.meta.url), 'utf8');
const MAIL = 'https://mail.google.com';
const CATALOGUE = '品番,商品名,価格\nA-100,ボールペン,120\nA-101,ノート,150\n';

/** @type {Awaited<ReturnType<typeof launchExtension>>} */
let ext;
/** @type {string[]} */
const foreign = [];
/** @type {any[]} what the page posted to /sent: the mails that went out */
const sent = [];

before(async () => {
  ext = await launchExtension();
  await ext.context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue(); // the question window
    if (url.origin !== MAIL) {
      foreign.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/sent') {
      sent.push(JSON.parse(route.request().postData() ?? '{}'));
      return route.fulfill({ status: 200, body: 'ok' });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE });
  });
});

// Each test starts with nothing sent, whatever the one before left.
beforeEach(() => {
  sent.length = 0;
});

after(async () => {
  await ext?.close();
  assert.deepEqual(foreign, [], 'no request to any other origin');
});

/** @param {string} [tooltip] the Send button's tooltip */
async function open(tooltip) {
  const page = await ext.context.newPage();
  await page.goto(`${MAIL}/mail/u/0/${tooltip ? `?tooltip=${encodeURIComponent(tooltip)}` : ''}`);
  return page;
}

/** The badge texts of every tab (the tests open one web mail tab at a time). */
const badges = () =>
  ext.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: /** @type {number} */ (t.id) })));
  });

/** @param {() => Promise<boolean>} ok @param {string} what */
async function until(ok, what, ms = 10_000) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/**
 * The question window once it shows a verdict. A "checking…" window that
 * closes because the check found nothing to ask is skipped: the guard's own
 * reason (adapter_send_unknown, adapter_incomplete) then opens a new one.
 */
async function asked(timeout = 20_000) {
  /** @type {Set<import('playwright-core').Page>} */
  const seen = new Set();
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    const win = await questionWindow(ext.context, { timeout: end - Date.now(), after: seen });
    const dialog = win.locator('[role=alertdialog]');
    const shown = await Promise.race([dialog.waitFor({ timeout: end - Date.now() }).then(() => true), closed(win, end - Date.now()).then(() => false)]).catch(() => false);
    if (shown && !win.isClosed()) return Object.assign(dialog, { win });
    seen.add(win);
  }
  throw new Error('no question was asked');
}

/** No question window opens within `ms`. */
async function noQuestion(ms = 2500) {
  const win = await questionWindow(ext.context, { timeout: ms }).catch(() => null);
  assert.equal(win, null, 'no question was asked');
}

/** Answers the dialog "continue" (with a reason when it asks for one). @param {import('playwright-core').Locator & { win: import('playwright-core').Page }} dialog */
async function proceed(dialog) {
  for (const box of await dialog.locator('input[type=checkbox]').all()) await box.check();
  const reason = dialog.locator('select');
  if (await reason.count()) await reason.first().selectOption('needed');
  await dialog.locator('[data-action=continue]').click();
  await closed(dialog.win);
}

test('a Send button the adapter does not recognise: badge and health when the compose opens, a question at the first press', async () => {
  await ext.worker.evaluate(() => chrome.storage.local.remove(['health', 'log', 'history']));
  const page = await open('Enviar');
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '会議', body: '明日の会議は10時からです。' }));

  // Said before anything is pressed.
  await until(async () => (await badges()).includes('!'), 'the toolbar badge');
  const health = async () => (await ext.worker.evaluate(() => chrome.storage.local.get('health'))).health;
  await until(async () => (await health())?.gmail?.signals?.compose === true, 'health recorded when the compose opened');
  const { gmail } = await health();
  assert.equal(gmail.signals.sendButton, false, 'with the Send button not found');
  assert.equal(gmail.site, 'mail.google.com');

  // The first press of the unrecognised Send asks, with the reason; back sends nothing.
  await page.click(`#${id} .send`);
  let dialog = await asked();
  assert.equal(await dialog.locator('[data-rule=adapter_send_unknown]').count(), 1, 'says the Send button is not recognised');
  assert.match(await dialog.innerText(), /送信ボタンを認識できません/);
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await page.waitForTimeout(1000);
  assert.deepEqual(sent, [], 'going back sent nothing');

  // Ctrl+Enter in its body asks too.
  await page.focus(`#${id} .body`);
  await page.keyboard.press('Control+Enter');
  dialog = await asked();
  assert.equal(await dialog.locator('[data-rule=adapter_send_unknown]').count(), 1, 'the shortcut is held as well');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await page.waitForTimeout(500);
  assert.deepEqual(sent, [], 'nothing sent');

  // A formatting toggle is not a send: no question.
  await page.click(`#${id} .bold`);
  await noQuestion(1500);

  // Continue: the press reaches the web mail, which sends.
  await page.click(`#${id} .send`);
  dialog = await asked();
  await proceed(dialog);
  await until(async () => sent.length === 1, 'the mail to go out');
  assert.deepEqual(sent[0].to, ['bob@example.com']);
  // The log is written by the service worker after the press went on.
  const stored = () => ext.worker.evaluate(() => chrome.storage.local.get(['log', 'history']));
  await until(async () => ((await stored()).log ?? []).some((/** @type {any} */ e) => e.choice === 'continued_unrecognised' && e.rules.includes('adapter_send_unknown')), 'the choice to be logged');
  assert.deepEqual((await stored()).history ?? [], [], 'a press that may not have sent writes no history');
  sent.length = 0;
  await page.close();
});

test('an ordinary mail through a recognised Send goes out with no question, and no badge', async () => {
  await ext.worker.evaluate(() => chrome.storage.local.remove(['log', 'history']));
  const page = await open();
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '会議', body: '明日の会議は10時からです。' }));
  await page.waitForTimeout(1500); // the compose has settled and been probed
  assert.ok(!(await badges()).includes('!'), 'no badge');
  await page.click(`#${id} .send`);
  await until(async () => sent.length === 1, 'the mail to go out');
  await noQuestion(1000);
  assert.deepEqual(sent[0].to, ['bob@example.com']);
  // Written by the service worker after the mail went out.
  const history = async () => (await ext.worker.evaluate(() => chrome.storage.local.get('history'))).history ?? [];
  await until(async () => (await history()).length > 0, 'the history to be written');
  assert.deepEqual(await history(), ['example.com'], 'the recipient domain is in the history');
  sent.length = 0;

  // Ctrl+Enter likewise.
  const other = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['carol@example.com'], subject: '議事録', body: '議事録です。' }));
  await page.focus(`#${other} .body`);
  await page.keyboard.press('Control+Enter');
  await until(async () => sent.length === 1, 'the second mail to go out');
  await noQuestion(1000);
  sent.length = 0;
  await page.close();
});

test('a compose that opens has the mail check loaded before its first Send', async () => {
  // The mail check is in the second module (lib/pkg/presend_more_bg.wasm),
  // which the checker frame's worker loads when a compose opens: the first
  // Send then does not wait for it.
  const page = await open();
  /** How often the checker frame's worker has made the mail check's module ready (lib/worker.js marks it). */
  const loaded = async () => {
    let count = 0;
    for (const worker of page.workers().filter((w) => w.url().endsWith('/lib/worker.js'))) {
      count += await worker.evaluate(() => performance.getEntriesByName('presend:second-module-ready').length).catch(() => 0);
    }
    return count;
  };
  await page.waitForTimeout(1500); // an inbox with no compose: nothing loads for mail
  assert.equal(await loaded(), 0, 'not loaded before a compose opens');
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '会議', body: '明日の会議は10時からです。' }));
  await until(async () => (await loaded()) > 0, 'the mail check to be loaded as the compose opens');
  await page.click(`#${id} .send`);
  await until(async () => sent.length === 1, 'the mail to go out');
  await noQuestion(1000);
  assert.equal(await loaded(), 1, 'the Send used it, not a second copy');
  await page.close();
});

test('where the page blocks the checker frame, a compose that opens warms the service worker instead', async () => {
  // The checks then run in the service worker: it loads the mail check's
  // module as the compose opens, so the first Send does not wait for it.
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => document.querySelectorAll('presend-checker').forEach((e) => e.remove())).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${MAIL}/mail/u/0/`);
  const loaded = () => ext.worker.evaluate(() => performance.getEntriesByName('presend:second-module-ready').length);
  const before = await loaded();
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '会議', body: '明日の会議は10時からです。' }));
  // The frame is given up after it fails to start (8 s), then the service worker warms.
  await until(async () => (await loaded()) > before, 'the service worker to load the mail check as the compose opens', 20_000);
  await page.click(`#${id} .send`);
  await until(async () => sent.length === 1, 'the mail to go out');
  await noQuestion(1000);
  assert.equal(await loaded(), before + 1, 'the Send used it, not a second copy');
  await page.close();
});

test('a stale file with the attachment\'s name but another size is not read in its place', async () => {
  const page = await open();
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '商品一覧', body: '商品一覧を送ります。' }));
  // The user picks a clean file: checked, let through, listed with its size.
  await page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE) });
  await page.locator(`#${id} input[name=attach]`).waitFor({ state: 'attached', timeout: 20_000 });
  // The web mail lists another attachment of the same name and another size
  // (from a draft, forwarded): the file presend saw is not that one.
  await page.evaluate((c) => {
    document.querySelector(`#${c} .attachments`)?.replaceChildren();
    /** @type {any} */ (window).listAttachment(c, '商品.csv', 2 * 1024 * 1024);
  }, id);
  await page.click(`#${id} .send`);
  const dialog = await asked();
  assert.equal(await dialog.locator('[data-rule=adapter_incomplete]').count(), 1, 'asks, though the mail is to a colleague');
  assert.match(await dialog.innerText(), /商品\.csv[\s\S]*検査できません/, 'and says it could not inspect that file');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await page.waitForTimeout(1000);
  assert.deepEqual(sent, [], 'nothing sent');

  // The attachment as it was picked (its own size): checked, sent with no question.
  await page.evaluate((c) => {
    document.querySelector(`#${c} .attachments`)?.replaceChildren();
    /** @type {any} */ (window).listAttachment(c, '商品.csv', new TextEncoder().encode('品番,商品名,価格\nA-100,ボールペン,120\nA-101,ノート,150\n').length);
  }, id);
  await page.click(`#${id} .send`);
  await until(async () => sent.length === 1, 'the mail to go out');
  await noQuestion(1000);
  assert.deepEqual(sent[0].attachments, ['商品.csv']);
  sent.length = 0;
  await page.close();
});

test('a roster pasted into the compose is asked about once, at Send, with the recipients; not as it is pasted', async () => {
  const page = await open();
  // To another company (the sender is me@example.com).
  const id = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['kato@outside-trading.co.jp'], subject: '名簿', body: '' }));
  const people = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太', '伊藤 陽子'];
  const list = ['氏名,電話番号,住所', ...people.map((n, i) => `${n},090-1111-000${i},東京都港区芝1-1-${i + 1}`)].join('\n');
  await userPaste(page, `#${id} .body`, list);
  await noQuestion(1500);
  assert.match(await page.locator(`#${id} .body`).innerText(), /山田/, 'pasted at once: the mail guard checks it with the mail');
  await page.click(`#${id} .send`);
  const dialog = await asked();
  assert.match(await dialog.innerText(), /6人分/, 'the body that is only the pasted list is read as a list');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await page.waitForTimeout(500);
  assert.deepEqual(sent, [], 'nothing sent');
  await page.close();
});

test('Space on the focused Send, which acts when the key is released (as Gmail\'s buttons do), is asked about and sends once', async () => {
  const page = await open();
  const people = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太', '伊藤 陽子'];
  const list = ['氏名,電話番号,住所', ...people.map((n, i) => `${n},090-1111-000${i},東京都港区芝1-1-${i + 1}`)].join('\n');
  const id = await page.evaluate((body) => /** @type {any} */ (window).openCompose({ to: ['kato@outside-trading.co.jp'], subject: '名簿', body }), list);
  await page.focus(`#${id} .send`);
  await page.keyboard.press(' ');
  const dialog = await asked();
  assert.match(await dialog.innerText(), /6人分/);
  await page.waitForTimeout(300);
  assert.deepEqual(sent, [], 'nothing went while the question was open: the release of the key was held too');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await page.waitForTimeout(500);
  assert.deepEqual(sent, [], 'going back sent nothing');
  // An ordinary mail sent the same way goes out at once, and once.
  const other = await page.evaluate(() => /** @type {any} */ (window).openCompose({ to: ['bob@example.com'], subject: '会議', body: '明日の会議は10時からです。' }));
  await page.waitForTimeout(1500);
  await page.focus(`#${other} .send`);
  await page.keyboard.press(' ');
  await until(async () => sent.length === 1, 'the mail to go out');
  await noQuestion(1500);
  // Gmail's adapter sends again by pressing Send for the user; the release
  // of the user's own key, still coming, must not send a second time.
  await page.waitForTimeout(800);
  assert.equal(sent.length, 1, 'sent once');
  await page.close();
});
