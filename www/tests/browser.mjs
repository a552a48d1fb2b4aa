// Shared by the browser tests: Debian's Chromium through playwright-core,
// kept off the network, with every request recorded.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for every browser test: keep Chromium itself off the network
 * (component updates, sync, field trials) so that what we record is what the
 * page did. --no-sandbox because the tests usually run as root in a container.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * Starts the browser, again if it died while starting: Debian's Chromium
 * was seen to crash (SIGSEGV) at launch once in a clean-clone CI run, which
 * failed a whole test file that passed as soon as it was run again. Only
 * the launch is tried again; nothing a test checks is.
 * @template T @param {() => Promise<T>} start @returns {Promise<T>}
 */
export async function launchWithRetry(start, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await start();
    } catch (error) {
      if (i >= attempts) throw error;
      console.warn(`browser launch failed (attempt ${i} of ${attempts}), starting it again:`, String(/** @type {Error} */ (error)?.message ?? error).split('\n')[0]);
    }
  }
}

/** @returns {Promise<import('playwright-core').Browser>} */
export function launch() {
  return launchWithRetry(() => chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] }));
}

/**
 * A browser and a loopback server for one test file, started before its
 * tests and closed after them; `foreign` collects every request to another
 * origin, which fails the file at the end: presend never talks to anyone.
 * @param {{ before: (fn: () => Promise<void>) => void, after: (fn: () => Promise<void>) => void }} hooks node:test's
 */
export function useBrowser({ before, after }) {
  const state = {
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (null),
    /** @type {Awaited<ReturnType<typeof import('./server.mjs').startServer>>} */
    server: /** @type {any} */ (null),
    /** @type {string[]} */
    foreign: [],
  };
  before(async () => {
    const { startServer } = await import('./server.mjs');
    state.server = await startServer();
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
    if (state.foreign.length) throw new Error(`requests to other origins: ${state.foreign.join(', ')}`);
  });
  return state;
}

/**
 * Pastes `text` into `selector` the way the user does: through the real
 * clipboard and Ctrl+V, so the paste event is the browser's own (trusted).
 * @param {import('playwright-core').Page} page @param {string} selector @param {string} text
 */
export async function userPaste(page, selector, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press('Control+V');
}

/**
 * The plain upload form (tests/pages/plain-upload.html) in a new page of
 * `context`, with what it posts to /upload recorded (and answered).
 * @param {import('playwright-core').BrowserContext} context @param {string} origin the test server's
 */
export async function openUploadForm(context, origin) {
  const page = await context.newPage();
  /** @type {string[]} */
  const posted = [];
  await page.route('**/upload', async (route) => {
    posted.push(route.request().postData() ?? '');
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'received' });
  });
  await page.goto(`${origin}/tests/pages/plain-upload.html`);
  return { page, posted };
}

/** The unpacked extension scripts/build-extension.sh writes. */
export const EXTENSION = fileURLToPath(new URL('../../target/extension', import.meta.url));

/**
 * Chromium with the unpacked extension loaded, in a fresh profile; resolves
 * once the extension's service worker runs. `close()` also removes the profile.
 * @param {{ locale?: string }} [options]
 */
export async function launchExtension({ locale = 'ja-JP' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'presend-ext-'));
  const context = await launchWithRetry(() =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's question window (confirm.html), opened for a check of a
 * page in `context`: the dialog is asked there, never in the page.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ timeout?: number, after?: Set<import('playwright-core').Page> }} [options]  windows already seen are skipped
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function questionWindow(context, { timeout = 20_000, after = new Set() } = {}) {
  const isQuestion = (/** @type {import('playwright-core').Page} */ p) => p.url().includes('/confirm.html') && !p.isClosed() && !after.has(p);
  const open = context.pages().find(isQuestion);
  if (open) return open;
  return context.waitForEvent('page', { predicate: isQuestion, timeout });
}

/**
 * The dialog inside the question window, once it shows a verdict.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ timeout?: number }} [options]
 */
export async function questionDialog(context, { timeout = 20_000 } = {}) {
  const win = await questionWindow(context, { timeout });
  const dialog = win.locator('[role=alertdialog]');
  await dialog.waitFor({ timeout });
  return { win, dialog };
}

/** Resolves when a page (the question window) has closed. @param {import('playwright-core').Page} page */
export async function closed(page, timeout = 10_000) {
  if (page.isClosed()) return;
  await page.waitForEvent('close', { timeout }).catch((e) => {
    if (!page.isClosed()) throw e;
  });
}

/**
 * Chromium with no extension yet, in a fresh profile, and a way to install
 * the unpacked build the way a user's browser gets it while pages are open
 * (CDP Extensions.loadUnpacked; calling it again is an update).
 */
export async function launchForInstall({ locale = 'ja-JP' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'presend-install-'));
  const context = await launchWithRetry(() =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale,
      args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging'],
      ignoreDefaultArgs: ['--disable-extensions'],
    }),
  );
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level CDP session for the install');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    /** Installs (or, a second time, updates) the unpacked extension; resolves with its id. */
    async install() {
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: EXTENSION });
      return /** @type {string} */ (id);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as the browser does after 30 s idle
 * (CDP ServiceWorker.stopWorker); true when one was running.
 * @param {Awaited<ReturnType<typeof launchExtension>>} ext
 */
export async function stopServiceWorker(ext) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const cdp = await ext.context.newCDPSession(page);
  /** @type {any[]} */
  const versions = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  await page.waitForTimeout(300);
  const running = versions.filter((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'running');
  for (const v of running) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => {});
  await cdp.detach().catch(() => {});
  await page.close();
  return running.length > 0;
}

/**
 * A CSV of about `bytes` bytes, for big-file tests and benches: a roster
 * (names, phones, addresses: every row a person) or a catalogue (no person).
 * @param {'roster' | 'catalogue'} kind @param {number} bytes
 */
export function bigCsv(kind, bytes) {
  const head = kind === 'roster' ? '氏名,電話番号,住所\n' : '品番,商品名,価格\n';
  const row = (/** @type {number} */ i) =>
    kind === 'roster'
      ? `${['山田', '佐藤', '鈴木', '高橋'][i % 4]} ${['太郎', '花子', '一郎', '美咲'][(i >> 2) % 4]},090-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, '0')},東京都港区芝${(i % 5) + 1}-${(i % 9) + 1}-${(i % 7) + 1}\n`
      : `A-${i},ボールペン${i % 100},${100 + (i % 900)}\n`;
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const r = row(i);
    parts.push(r);
    size += Buffer.byteLength(r);
  }
  return Buffer.from(parts.join(''));
}
