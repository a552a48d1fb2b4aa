// The extension's Firefox build (target/extension-firefox and
// presend-firefox.xpi, from scripts/build-firefox.sh) in Debian's Firefox ESR,
// headless, driven by WebDriver BiDi (firefox.mjs). As an administrator and a
// user would meet it:
// - `web-ext lint` finds no error in the build;
// - installed as a temporary add-on (BiDi webExtension.install), a roster
//   (a payroll register with My Numbers, xlsx) picked on an ordinary upload
//   form is held: taken out of the input, the question asked in the
//   extension's own window (not in the page), and "go back" — a user's
//   click — means the form posts no roster; a clean workbook goes through
//   untouched with no question;
// - force-installed by Firefox's own policies.json (ExtensionSettings
//   force_installed from the xpi, settings under 3rdparty.Extensions): the
//   user cannot remove or disable it, and the pushed settings (locked, the
//   language) reach a real check;
// - nothing is asked of any other origin.
//
// The sample workbooks come from `cargo run --example samples -- www/demo/samples`
// (`make test-web` writes them before the browser tests).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX, FIREFOX_EXTENSION, FIREFOX_XPI, click, contexts, launchFirefox, newTab, run, sleep, setFiles, waitFor, waitForContext } from './firefox.mjs';

const WWW = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = join(WWW, 'demo/samples');
/** A payroll register: 30 people with names, My Numbers and pension numbers. */
const ROSTER = join(SAMPLES, '05_給与台帳.xlsx');
/** A product catalogue: nobody's data. */
const CLEAN = join(SAMPLES, '09_商品カタログ.xlsx');

/**
 * The plain upload form (tests/pages/plain-upload.html) on loopback, with
 * what it posts to /upload recorded.
 */
async function uploadServer() {
  /** @type {string[]} */
  const posted = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/upload') {
      /** @type {Buffer[]} */
      const body = [];
      req.on('data', (c) => body.push(c));
      req.on('end', () => {
        posted.push(Buffer.concat(body).toString('utf8'));
        res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
      });
      return;
    }
    if (url.pathname === '/tests/pages/plain-upload.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(join(WWW, url.pathname)));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    posted,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve(undefined)))),
  };
}

/**
 * Records every request the browser's pages and extension make to an origin
 * other than the test's own (BiDi network events).
 * @param {import('./firefox.mjs').Bidi} bidi @param {() => string[]} allowed
 */
async function recordForeign(bidi, allowed) {
  /** @type {string[]} */
  const foreign = [];
  bidi.on((e) => {
    if (e.method !== 'network.beforeRequestSent') return;
    const url = String(e.params.request?.url ?? '');
    if (![...allowed(), 'moz-extension://', 'data:', 'blob:', 'about:'].some((ok) => url.startsWith(ok))) foreign.push(url);
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  return foreign;
}

/** The dialog's text in the question window (in its open shadow root), '' until shown. */
const dialogText = () => {
  for (const el of document.querySelectorAll('*')) {
    const d = el.shadowRoot?.querySelector('[role=alertdialog]');
    if (d) return /** @type {HTMLElement} */ (d).innerText;
  }
  return '';
};

/** What the page itself can see: the input's files, and any trace of the question in its DOM. */
const pageView = () => ({
  files: /** @type {HTMLInputElement} */ (document.querySelector('#file')).files?.length ?? -1,
  question: document.querySelectorAll('[role=alertdialog], [data-presend-dialog], dialog').length,
  text: document.body.innerText,
});

/**
 * Picks `file` on the upload form in a new tab; returns the tab.
 * @param {import('./firefox.mjs').Bidi} bidi @param {string} origin @param {string} file
 */
async function pick(bidi, origin, file) {
  const tab = await newTab(bidi, `${origin}/tests/pages/plain-upload.html`);
  // The page-world half (page.js, world MAIN) is in before the page's scripts.
  assert.equal(await run(bidi, tab, () => Boolean(/** @type {any} */ (window)[Symbol.for('presend.page')])), true, 'page.js runs in the page world');
  await setFiles(bidi, tab, '#file', [file]);
  return tab;
}

/** Submits the form as a user (a click on its button) and waits for the post or for `ms`. */
async function submit(bidi, tab, server, ms = 3000) {
  const before = server.posted.length;
  await click(bidi, tab, 'button[type=submit]');
  const deadline = Date.now() + ms;
  while (server.posted.length === before && Date.now() < deadline) await sleep(100);
}

test('web-ext lint finds no error in the Firefox build', () => {
  const out = execFileSync(join(WWW, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'], {
    cwd: WWW,
    encoding: 'utf8',
  });
  const report = JSON.parse(out);
  assert.deepEqual(
    report.errors.map((/** @type {any} */ e) => `${e.code} ${e.file ?? ''}: ${e.message}`),
    [],
    'no lint error',
  );
  // The one warning left: chrome.dom.openOrClosedShadowRoot (Chromium's way
  // to closed shadow roots; Firefox takes Element.openOrClosedShadowRoot()).
  for (const w of report.warnings) assert.match(`${w.code} ${w.message}`, /openOrClosedShadowRoot/, 'only the expected warning');
});

test('in Firefox ESR the extension holds a roster on an upload form, asks in its own window, and lets a clean file through', async (t) => {
  const server = await uploadServer();
  const ff = await launchFirefox();
  const { bidi } = ff;
  const foreign = await recordForeign(bidi, () => [server.origin]);
  /** @type {string[]} */
  const logged = [];
  bidi.on((e) => {
    if (e.method === 'log.entryAdded') logged.push(String(e.params.text ?? ''));
  });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  try {
    t.diagnostic(`Firefox ${ff.version}`);
    const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION } });
    assert.equal(extension, 'presend@presend');

    await t.test('a payroll register with My Numbers is held and asked about in the extension window', async () => {
      const tab = await pick(bidi, server.origin, ROSTER);
      const win = await waitForContext(bidi, (u) => u.startsWith('moz-extension://') && u.includes('/confirm.html'));
      const text = /** @type {string} */ (await waitFor(bidi, win.context, dialogText, [], { what: 'the question' }));
      assert.match(text, /05_給与台帳\.xlsx/);
      assert.match(text, /30人分/);
      assert.match(text, /マイナンバー/);
      // The page holds no file while the user decides, and nothing of the
      // question is in its DOM or its text.
      const view = await run(bidi, tab, pageView);
      assert.equal(view.files, 0, 'the file is out of the input while held');
      assert.equal(view.question, 0, 'nothing of the question is in the page');
      assert.doesNotMatch(view.text, /人分|マイナンバー|presend/, 'nor in its text');
      // "Go back", clicked by the user, closes the window and drops the file.
      await click(bidi, win.context, '[data-action=cancel]');
      const deadline = Date.now() + 10_000;
      while ((await contexts(bidi)).some((c) => c.context === win.context) && Date.now() < deadline) await sleep(100);
      assert.ok(!(await contexts(bidi)).some((c) => c.context === win.context), 'the question window closed');
      await submit(bidi, tab, server);
      assert.ok(!server.posted.some((p) => p.includes('給与台帳') || p.includes('PK')), 'the register never left the page');
      await bidi.send('browsingContext.close', { context: tab });
    });

    await t.test('a clean workbook goes through with no question', async () => {
      const before = (await contexts(bidi)).length;
      const tab = await pick(bidi, server.origin, CLEAN);
      await waitFor(bidi, tab, () => /** @type {HTMLInputElement} */ (document.querySelector('#file')).files?.length === 1, [], { what: 'the file back in the input' });
      const start = server.posted.length;
      await submit(bidi, tab, server, 15_000);
      const posts = server.posted.slice(start);
      assert.equal(posts.length, 1, 'one post');
      assert.match(posts[0], /filename="09_商品カタログ\.xlsx"/);
      assert.match(posts[0], /PK/, 'with the workbook in it');
      assert.equal((await contexts(bidi)).filter((c) => c.url.includes('/confirm.html')).length, 0, 'no question window');
      assert.ok((await contexts(bidi)).length <= before + 1);
      await bidi.send('browsingContext.close', { context: tab });
    });

    // The checks ran in the checker frame (the service-worker fallback would say so).
    assert.ok(!logged.some((l) => /checker frame did not start/.test(l)), `checked in the checker frame: ${logged.filter((l) => /presend/.test(l)).join(' | ')}`);
    assert.deepEqual(foreign, [], 'neither the page nor the extension talks to another origin');
  } finally {
    await ff.close();
    await server.close();
  }
});
