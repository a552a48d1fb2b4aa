// Hostile and ordinary pages against the upload guard, in Debian's headless
// Chromium: once with the real unpacked extension (target/extension) on a
// page that knows nothing of presend, once with the library protecting the
// whole page (`protect(window)`), where the path exists for an embedded page.
// Each page is written for its path: a file input the page never puts in the
// document, inputs in open and closed shadow roots, srcdoc and about:blank
// frames, uploads on `input` and a periodic FormData autosave, form.submit()
// and requestSubmit(), a capture listener registered before anything else,
// a page that hunts for the dialog and presses its buttons, a form in a modal
// <dialog>, drops on a native file input, a dropped folder, pastes with text.
//
// Every test sends a roster (two people's names, phones and addresses) and
// requires that nothing of it reaches the server before the user answered,
// nor after "go back"; and sends a clean file or text through the same path
// and requires it to arrive untouched: holding everything is not a fix.

import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bigCsv, closed, launch, launchExtension, questionDialog, questionWindow, userPaste } from './browser.mjs';
import { startServer } from './server.mjs';

const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,価格\nA-100,ボールペン,120\nA-200,ノート,240\n';
const PHONE_LIST = Array.from({ length: 6 }, (_, i) => `会員${i} 090-2222-33${String(i).padStart(2, '0')}`).join('\n');
const roster = { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) };
const catalogue = { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE) };

/** The library, protecting the whole page, first thing in <head>. */
const LIBRARY = `<script type="module">import { protect } from '/lib/presend.js'; protect(window);</script>`;

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchExtension>>} */
let ext;
/** @type {import('playwright-core').Browser} */
let plain;
/** @type {string[]} */
const foreign = [];

before(async () => {
  server = await startServer();
  ext = await launchExtension();
  plain = await launch();
});

// A failed test must not leave its question window for the next one to find.
afterEach(async () => {
  for (const p of ext.context.pages()) if (p.url().includes('/confirm.html')) await p.close().catch(() => {});
});

after(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
  assert.deepEqual(foreign, [], 'no request to any other origin');
});

/**
 * @typedef {object} Opened
 * @property {import('playwright-core').Page} page
 * @property {string[]} posted     bodies the page sent to /upload (and /autosave), in order
 * @property {string[]} errors     page errors
 * @property {'extension' | 'library'} mode
 */

/**
 * Opens a page written for a test at /hole/<name> on the loopback server,
 * in the extension's browser or with the library, and records what it posts.
 * @param {'extension' | 'library'} mode @param {string} name @param {string} head @param {string} body
 * @param {string} [library]  how the page loads the library
 * @param {string} [origin]  where the page is served (any other is foreign): a name that is not
 *   loopback makes a plain-http page an insecure context, as an intranet's is
 * @returns {Promise<Opened>}
 */
async function open(mode, name, head, body, library = LIBRARY, origin = server.origin) {
  const context = mode === 'extension' ? ext.context : plain.contexts()[0] ?? (await plain.newContext({ locale: 'ja-JP' }));
  const page = await context.newPage();
  /** @type {string[]} */
  const posted = [];
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => process.env.DEBUG && console.log('PAGE', m.text()));
  page.on('dialog', (d) => void d.dismiss());
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,">${mode === 'library' ? library : ''}${head}</head><body>${body}</body></html>`;
  // Web requests only: the extension's own (its checker frame, its scripts) are not the page's.
  await page.route(/^(https?|wss?|ftp):/, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== origin) {
      foreign.push(request.url());
      return route.abort();
    }
    if (url.pathname === `/hole/${name}`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (request.method() === 'POST') {
      const text = request.postDataBuffer()?.toString('utf8') ?? '';
      // A form-encoded body is recorded decoded too, so "nothing of the roster" sees it.
      const form = /urlencoded/.test(request.headers()['content-type'] ?? '') ? [...new URLSearchParams(text).values()].join('\n') : '';
      posted.push(form ? `${form}\n${text}` : text);
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'received' });
    }
    return route.continue();
  });
  await page.goto(`${origin}/hole/${name}`);
  // Module scripts (the library) have run by the time the page is complete.
  await page.waitForFunction(() => document.readyState === 'complete');
  return { page, posted, errors, mode };
}

/**
 * The question about what was just picked/dropped/submitted: in the
 * extension's window, or the library's dialog in the page.
 * @param {Opened} o
 */
async function question(o) {
  if (o.mode === 'extension') {
    const { win, dialog } = await questionDialog(ext.context);
    assert.equal(await o.page.locator('[role=alertdialog], [data-presend-dialog]').count(), 0, 'nothing of the question is in the page');
    return { dialog, done: () => closed(win) };
  }
  const dialog = o.page.locator('[role=alertdialog]');
  await dialog.waitFor({ timeout: 20_000 });
  return { dialog, done: () => dialog.waitFor({ state: 'detached' }) };
}

/**
 * Clicks an answer in the question: in the extension its window closes as
 * the answer goes, which may end the click itself ("page closed"): that is
 * the answer having gone, not a failure.
 * @param {import('playwright-core').Locator} button
 */
async function answer(button) {
  await button.click().catch((e) => {
    if (!/closed/.test(String(e))) throw e;
  });
}

/** @param {Opened} o */
async function goBack(o) {
  const q = await question(o);
  await answer(q.dialog.locator('[data-action=cancel]'));
  await q.done();
}

/** @param {Opened} o @param {string} [reason] */
async function continueWith(o, reason = 'needed') {
  const q = await question(o);
  await q.dialog.locator('select').selectOption(reason);
  await answer(q.dialog.locator('[data-action=continue]'));
  await q.done();
}

/** @param {Opened} o @param {string} text */
async function arrives(o, text) {
  const end = Date.now() + 20_000;
  while (!o.posted.some((p) => p.includes(text))) {
    if (Date.now() > end) assert.fail(`"${text}" never arrived (posted: ${o.posted.length})`);
    await o.page.waitForTimeout(50);
  }
}

/** @param {Opened} o */
const nothingOfTheRoster = (o) => assert.ok(!o.posted.some((p) => p.includes('山田') || p.includes('090-1111')), `the roster reached the server: ${o.posted.join(' | ')}`);

/**
 * What most paths must do: a roster is held (nothing of it reaches the
 * server while the question is open, nor after "go back"), and a clean file
 * sent the same way arrives untouched.
 * @param {Opened} o @param {(file: typeof roster) => Promise<unknown>} send
 */
async function heldThenClean(o, send) {
  await send(roster);
  await question(o);
  nothingOfTheRoster(o);
  await goBack(o);
  await o.page.waitForTimeout(300);
  nothingOfTheRoster(o);
  await send(catalogue);
  await arrives(o, 'ボールペン');
}

/** Picks files in the chooser that a click opens. @param {import('playwright-core').Page} page @param {string} selector @param {any} files */
async function pickVia(page, selector, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.click(selector)]);
  await chooser.setFiles(files);
}

// --- pages ------------------------------------------------------------------

/** Uploads a File with fetch. */
const UPLOAD = `const upload = (f, path = '/upload') => f && f.text().then((t) => fetch(path, { method: 'POST', body: t }));`;
/** A page whose #file input uploads what it holds on change (add `<input id="file" type="file">`). */
const UPLOAD_ON_CHANGE = `${UPLOAD} addEventListener('DOMContentLoaded', () => { const i = document.getElementById('file'); i.onchange = () => upload(i.files[0]); });`;

const DETACHED = `<script>${UPLOAD}
  document.addEventListener('click', (e) => {
    if (e.target.id !== 'pick') return;
    const i = document.createElement('input');
    i.type = 'file';
    i.onchange = () => upload(i.files[0]);
    i.click();
  });
</script>`;

const SHADOW = `<script>${UPLOAD}
  for (const mode of ['open', 'closed']) {
    customElements.define('x-uploader-' + mode, class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode });
        const input = document.createElement('input');
        input.type = 'file';
        input.addEventListener('change', () => upload(input.files[0]));
        root.append(input);
        this.pick = () => input.click();
      }
    });
  }
  // Rendered by the app once it runs, as single-page apps do.
  addEventListener('DOMContentLoaded', () => {
    const mode = document.querySelector('[data-mode]').dataset.mode;
    const up = document.createElement('x-uploader-' + mode);
    up.id = 'up';
    document.body.prepend(up);
  });
  document.addEventListener('click', (e) => { if (e.target.dataset.for) document.getElementById(e.target.dataset.for).pick(); });
</script>`;

const ON_INPUT = `<script>${UPLOAD}
  addEventListener('DOMContentLoaded', () => {
    const input = document.getElementById('file');
    // Uploads as soon as a file is there, on 'input' (which fires before 'change').
    input.addEventListener('input', () => upload(input.files[0]));
    // A draft autosave that posts the whole form now and then.
    setInterval(() => {
      const form = document.getElementById('form');
      if (input.files.length) fetch('/autosave', { method: 'POST', body: new FormData(form) });
    }, 100);
  });
</script>`;

// --- tests ------------------------------------------------------------------

for (const mode of /** @type {const} */ (['extension', 'library'])) {
  describe(mode, () => {
    test(`${mode}: a file input the page never puts in the document`, async () => {
      const o = await open(mode, 'detached', DETACHED, '<button id="pick">ファイルを選ぶ</button>');
      await heldThenClean(o, (file) => pickVia(o.page, '#pick', file));
      assert.deepEqual(o.errors, []);
      await o.page.close();
    });

    for (const how of ['a dispatched click', 'its label']) {
      test(`${mode}: a file input the page never puts in the document, opened by ${how}`, async () => {
        const open_ =
          how === 'its label'
            ? `const l = document.createElement('label'); l.append(i); l.click();`
            : `i.dispatchEvent(new MouseEvent('click'));`;
        const o = await open(
          mode,
          `detached-${how === 'its label' ? 'label' : 'dispatch'}`,
          `<script>${UPLOAD}
            document.addEventListener('click', (e) => {
              if (e.target.id !== 'pick') return;
              const i = document.createElement('input');
              i.type = 'file';
              i.onchange = () => upload(i.files[0]);
              ${open_}
            });
          </script>`,
          '<button id="pick">ファイルを選ぶ</button>',
        );
        await heldThenClean(o, (file) => pickVia(o.page, '#pick', file));
        assert.deepEqual(o.errors, []);
        await o.page.close();
      });
    }

    for (const shadow of ['open', 'closed']) {
      test(`${mode}: a file input in a ${shadow} shadow root`, async () => {
        const o = await open(mode, `shadow-${shadow}`, SHADOW, `<div data-mode="${shadow}" hidden></div><button data-for="up">選ぶ</button>`);
        await heldThenClean(o, (file) => pickVia(o.page, 'button[data-for]', file));
        assert.deepEqual(o.errors, []);
        await o.page.close();
      });
    }

    test(`${mode}: a page that uploads on 'input' or autosaves the form sees no file until the user answered`, async () => {
      const o = await open(mode, 'on-input', ON_INPUT, '<form id="form"><input id="file" name="file" type="file"></form>');
      await o.page.setInputFiles('#file', roster);
      await question(o);
      await o.page.waitForTimeout(400); // several autosave ticks
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForTimeout(400);
      nothingOfTheRoster(o);
      await o.page.setInputFiles('#file', catalogue);
      await arrives(o, 'ボールペン');
      await o.page.close();
    });

    test(`${mode}: form.submit() from the page's own button is checked`, async () => {
      const o = await open(
        mode,
        'form-submit',
        '',
        `<form id="f" action="/upload" method="post"><label for="note">備考</label><textarea id="note" name="note"></textarea>
         <button type="button" onclick="document.getElementById('f').submit()">送信</button></form>`,
      );
      await o.page.fill('#note', PHONE_LIST);
      await o.page.click('button');
      await question(o);
      assert.equal(o.posted.length, 0, 'held');
      await goBack(o);
      await o.page.waitForTimeout(300);
      assert.equal(o.posted.length, 0, 'nothing posted after going back');
      await o.page.fill('#note', '明日の会議は10時からです。');
      await Promise.all([o.page.waitForURL('**/upload'), o.page.click('button')]);
      assert.match(decodeURIComponent(o.posted[0].replace(/\+/g, ' ')), /明日の会議/);
      await o.page.close();
    });

    for (const shadow of ['open', 'closed']) {
      test(`${mode}: a form in a ${shadow} shadow root, sent by its button or by Enter, is checked`, async () => {
        const o = await open(
          mode,
          `shadow-form-${shadow}`,
          `<script>addEventListener('DOMContentLoaded', () => {
            const root = document.getElementById('host').attachShadow({ mode: '${shadow}' });
            root.innerHTML = '<form action="/upload" method="post"><textarea name="note"></textarea><input name="title"><button>送信</button></form>';
            window.focusIn = (sel) => root.querySelector(sel).focus();
          });</script>`,
          '<x-form id="host"></x-form>',
        );
        /** Types into the root's text area (or its one-line field) and sends: by the button, or Enter in the field. @param {string} text @param {boolean} byEnter */
        const send = async (text, byEnter) => {
          await o.page.evaluate(() => /** @type {any} */ (window).focusIn('textarea'));
          await o.page.keyboard.insertText(text);
          await o.page.evaluate((sel) => /** @type {any} */ (window).focusIn(sel), byEnter ? 'input' : 'button');
          await o.page.keyboard.press(byEnter ? 'Enter' : 'Space');
        };
        for (const byEnter of [false, true]) {
          await send(PHONE_LIST, byEnter);
          await question(o);
          await goBack(o);
          await o.page.waitForTimeout(300);
          assert.equal(o.posted.length, 0, `held (${byEnter ? 'Enter' : 'button'})`);
          await o.page.evaluate(() => /** @type {any} */ (window).focusIn('textarea'));
          await o.page.keyboard.press('Control+A');
          await o.page.keyboard.press('Delete');
        }
        await Promise.all([o.page.waitForURL('**/upload'), send('明日の会議は10時からです。', false)]);
        assert.match(decodeURIComponent(o.posted[0].replace(/\+/g, ' ')), /明日の会議/);
        await o.page.close();
      });
    }

    test(`${mode}: a form in a shadow root that the page's script submits with requestSubmit() (no click, no key) is checked`, async () => {
      const o = await open(
        mode,
        'shadow-request-submit',
        `<script>addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('host').attachShadow({ mode: 'closed' });
          root.innerHTML = '<form action="/upload" method="post"><textarea name="note"></textarea></form>';
          window.fill = (text) => { root.querySelector('textarea').value = text; };
          // An autosave timer, a framework's form action: the script submits.
          window.sendNow = () => setTimeout(() => root.querySelector('form').requestSubmit(), 0);
        });</script>`,
        '<x-form id="host"></x-form>',
      );
      await o.page.evaluate((t) => /** @type {any} */ (window).fill(t), PHONE_LIST);
      await o.page.evaluate(() => /** @type {any} */ (window).sendNow());
      await question(o);
      await goBack(o);
      await o.page.waitForTimeout(300);
      assert.equal(o.posted.length, 0, 'held, and nothing after going back');
      await o.page.evaluate((t) => /** @type {any} */ (window).fill(t), '明日の会議は10時からです。');
      await Promise.all([o.page.waitForURL('**/upload'), o.page.evaluate(() => /** @type {any} */ (window).sendNow())]);
      assert.match(decodeURIComponent(o.posted[0].replace(/\+/g, ' ')), /明日の会議/);
      await o.page.close();
    });

    test(`${mode}: a page that rewrites itself with document.open() is still guarded, before its new listeners`, async () => {
      // document.open() erases every listener of the document and its window;
      // the new page's capture listener uploads whatever a change event carries.
      const o = await open(
        mode,
        'reopen-self',
        `<script>
          const NEW = '<!doctype html><html><head><meta charset="utf-8"></head><body><input id="file" type="file"><script>'
            + 'addEventListener("change", (e) => { const f = e.target.files; if (f && f.length) f[0].text().then((t) => fetch("/upload", { method: "POST", body: t })); }, true);'
            + '<' + '/script></body></html>';
          document.addEventListener('click', (e) => {
            if (e.target.id !== 'rewrite') return;
            document.open();
            document.write(NEW);
            document.close();
          });
        </script>`,
        '<button id="rewrite">書き換える</button>',
      );
      await o.page.click('#rewrite');
      await o.page.locator('#file').waitFor({ state: 'attached' });
      await heldThenClean(o, (file) => o.page.setInputFiles('#file', file));
      assert.deepEqual(o.errors, []);
      await o.page.close();
    });

    test(`${mode}: a submit button outside its form keeps its formaction, name and value through the check`, async () => {
      const o = await open(
        mode,
        'outside-submitter',
        '',
        `<form id="f" action="/upload" method="post"><textarea id="note" name="note"></textarea></form>
         <button form="f" formaction="/draft" name="save" value="draft">下書き保存</button>`,
      );
      await o.page.fill('#note', '明日の会議は10時からです。');
      // Replayed as the form's default action, "save draft" would have sent.
      await Promise.all([o.page.waitForURL('**/draft'), o.page.click('button')]);
      assert.match(o.posted[0] ?? '', /save=draft/);
      await o.page.close();
    });

    test(`${mode}: an approved requestSubmit() that fails validation does not approve the next submit`, async () => {
      const o = await open(
        mode,
        'request-submit',
        '',
        `<form id="f" action="/upload" method="post"><textarea id="note" name="note"></textarea>
         <input id="agree" name="agree" type="checkbox"><button type="submit">送信</button></form>`,
      );
      await o.page.fill('#note', PHONE_LIST);
      await o.page.click('button');
      const q = await question(o);
      // While the user reads, the page makes the form invalid: the replayed submit fails validation.
      await o.page.evaluate(() => document.getElementById('agree')?.setAttribute('required', ''));
      await q.dialog.locator('select').selectOption('needed');
      await answer(q.dialog.locator('[data-action=continue]'));
      await q.done();
      await o.page.waitForTimeout(300);
      assert.equal(o.posted.length, 0, 'the invalid form did not go');
      // Now other personal data, and a valid form: it must be checked again.
      await o.page.fill('#note', `マイナンバー 1234 5678 9018\n${PHONE_LIST}`);
      await o.page.check('#agree');
      await o.page.click('button');
      await goBack(o);
      await o.page.waitForTimeout(300);
      assert.equal(o.posted.length, 0, 'checked again, and held');
      await o.page.close();
    });

    test(`${mode}: a file dropped on a native file input is checked, then delivered to it`, async () => {
      const o = await open(
        mode,
        'drop-input',
        `<script>${UPLOAD} addEventListener('DOMContentLoaded', () => { const i = document.getElementById('file'); i.addEventListener('change', () => upload(i.files[0])); });</script>`,
        '<input id="file" type="file">',
      );
      const drop = (/** @type {string} */ name, /** @type {string} */ content) =>
        o.page.evaluate(
          ([name, content]) => {
            const data = new DataTransfer();
            data.items.add(new File([content], name, { type: 'text/csv' }));
            document.getElementById('file')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          },
          [name, content],
        );
      await drop('名簿.csv', ROSTER);
      await goBack(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      await drop('商品.csv', CATALOGUE);
      await arrives(o, 'ボールペン');
      assert.equal(await o.page.locator('#file').evaluate((i) => /** @type {HTMLInputElement} */ (i).files?.[0]?.name), '商品.csv', 'the input holds the dropped file');
      await o.page.close();
    });

    test(`${mode}: a dropped folder is read out and every file in it checked`, async () => {
      const o = await open(
        mode,
        'drop-folder',
        `<script>${UPLOAD} addEventListener('DOMContentLoaded', () => {
          const zone = document.getElementById('zone');
          zone.addEventListener('dragover', (e) => e.preventDefault());
          zone.addEventListener('drop', (e) => { e.preventDefault(); for (const f of e.dataTransfer.files) upload(f); });
        });</script>`,
        '<div id="zone" style="width: 300px; height: 200px; border: 2px dashed #888">ここにドロップ</div>',
      );
      // A real drop of a folder from the desktop (CDP Input.dispatchDragEvent with a path):
      // script cannot make a DataTransfer that holds a directory.
      const dir = mkdtempSync(join(tmpdir(), 'presend-folder-'));
      const folder = (/** @type {string} */ name, /** @type {Record<string, string>} */ files) => {
        for (const [path, content] of Object.entries(files)) {
          mkdirSync(dirname(join(dir, name, path)), { recursive: true });
          writeFileSync(join(dir, name, path), content);
        }
        return join(dir, name);
      };
      const cdp = await o.page.context().newCDPSession(o.page);
      const box = /** @type {{ x: number, y: number, width: number, height: number }} */ (await o.page.locator('#zone').boundingBox());
      const dropFolder = async (/** @type {string} */ path) => {
        const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, data: { items: [], files: [path], dragOperationsMask: 1 } };
        for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...at });
      };
      try {
        await dropFolder(folder('総務', { 'メモ.txt': '会議は10時から', '2026/名簿.csv': ROSTER }));
        const q = await question(o);
        const text = await q.dialog.innerText();
        assert.match(text, /名簿\.csv[\s\S]*2人分/, 'the roster in the sub-folder was found');
        await answer(q.dialog.locator('[data-action=cancel]'));
        await q.done();
        await o.page.waitForTimeout(300);
        nothingOfTheRoster(o);
        assert.equal(o.posted.length, 0, 'nothing of the folder went');
        await dropFolder(folder('商品', { '商品.csv': CATALOGUE, 'sub/メモ.txt': '在庫は十分' }));
        await arrives(o, 'ボールペン');
        await arrives(o, '在庫は十分');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await o.page.close();
    });

    test(`${mode}: a paste with a file keeps its text`, async () => {
      const o = await open(
        mode,
        'paste-text',
        `<script>${UPLOAD} addEventListener('DOMContentLoaded', () => document.getElementById('t').addEventListener('paste', (e) => upload(e.clipboardData.files[0])));</script>`,
        '<textarea id="t"></textarea>',
      );
      const paste = (/** @type {string} */ name, /** @type {string} */ content, /** @type {string} */ text) =>
        o.page.evaluate(
          ([name, content, text]) => {
            const data = new DataTransfer();
            data.items.add(new File([content], name, { type: 'text/csv' }));
            data.setData('text/plain', text);
            const t = /** @type {HTMLTextAreaElement} */ (document.getElementById('t'));
            t.focus();
            t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          },
          [name, content, text],
        );
      await paste('商品.csv', CATALOGUE, '貼り付けた文');
      await arrives(o, 'ボールペン');
      assert.equal(await o.page.inputValue('#t'), '貼り付けた文', 'the text was pasted too');
      await paste('名簿.csv', ROSTER, 'もう一つ');
      await continueWith(o);
      await arrives(o, '山田');
      assert.equal(await o.page.inputValue('#t'), '貼り付けた文もう一つ');
      await o.page.close();
    });

    test(`${mode}: an app that sends what is typed with fetch (no form) gets a pasted roster only after the answer`, async () => {
      // A chat or AI-assistant box: whatever is in it goes on every input.
      const o = await open(
        mode,
        'fetch-typed',
        `<script>addEventListener('DOMContentLoaded', () => { const t = document.getElementById('t'); t.addEventListener('input', () => fetch('/upload', { method: 'POST', body: t.value })); });</script>`,
        '<textarea id="t"></textarea>',
      );
      /** The user's own paste into the emptied box. @param {string} text */
      const paste = async (text) => {
        await o.page.fill('#t', '');
        await userPaste(o.page, '#t', text);
      };
      await paste(ROSTER);
      await question(o);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      assert.equal(await o.page.inputValue('#t'), '', 'go back drops the paste');
      await paste(CATALOGUE);
      await arrives(o, 'ボールペン');
      await paste(ROSTER);
      await continueWith(o);
      await arrives(o, '山田');
      await o.page.close();
    });

    test(`${mode}: a chat box that sends what was typed with fetch on Enter gets a typed roster only after the answer`, async () => {
      // A chat or AI-assistant box: Enter takes the text out of the box and
      // posts it as JSON; a send that fails puts it back.
      const o = await open(
        mode,
        'chat-typed',
        `<script>addEventListener('DOMContentLoaded', () => {
          const t = document.getElementById('t');
          t.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter' || e.shiftKey) return;
            e.preventDefault();
            const text = t.value;
            t.value = '';
            fetch('/upload', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: { text } }) })
              .then(() => { document.title = 'sent'; }, (err) => { t.value = text; document.title = 'failed: ' + err.name; });
          });
        });</script>`,
        '<textarea id="t"></textarea>',
      );
      /** Types `text` (the browser's own input events) and presses Enter. @param {string} text */
      const typeAndSend = async (text) => {
        await o.page.fill('#t', text);
        await o.page.press('#t', 'Enter');
      };
      await typeAndSend(ROSTER);
      await question(o);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForFunction(() => document.title.startsWith('failed'));
      nothingOfTheRoster(o);
      assert.equal(await o.page.title(), 'failed: AbortError', 'the page learns its send did not go');
      assert.equal(await o.page.inputValue('#t'), ROSTER, 'and keeps the text');
      await typeAndSend(CATALOGUE);
      await arrives(o, 'ボールペン');
      await typeAndSend(ROSTER);
      await continueWith(o);
      await arrives(o, '山田');
      assert.deepEqual(o.errors, []);
      await o.page.close();
    });

    test(`${mode}: typed text sent as a FormData inside new Request(…) is held until the answer`, async () => {
      const o = await open(
        mode,
        'request-formdata',
        `<script>addEventListener('DOMContentLoaded', () => {
          const t = document.getElementById('t');
          t.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter' || e.shiftKey) return;
            e.preventDefault();
            const body = new FormData();
            body.append('message', t.value);
            fetch(new Request('/upload', { method: 'POST', body })).catch(() => { document.title = 'stopped'; });
          });
        });</script>`,
        '<textarea id="t"></textarea>',
      );
      await o.page.fill('#t', ROSTER);
      await o.page.press('#t', 'Enter');
      await question(o);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForFunction(() => document.title === 'stopped');
      nothingOfTheRoster(o);
      await o.page.fill('#t', CATALOGUE);
      await o.page.press('#t', 'Enter');
      await arrives(o, 'ボールペン');
      await o.page.close();
    });

    test(`${mode}: an app's own paste button (navigator.clipboard.readText) gets a copied roster only after the answer`, async () => {
      // No paste event: the page reads the clipboard itself and posts it.
      const o = await open(
        mode,
        'clipboard-read',
        `<script>addEventListener('DOMContentLoaded', () => {
          document.getElementById('paste').addEventListener('click', () =>
            navigator.clipboard.readText().then(
              (t) => fetch('/upload', { method: 'POST', body: t }),
              (e) => { document.title = 'refused: ' + e.name; },
            ));
        });</script>`,
        '<button id="paste">貼り付け</button>',
      );
      await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      /** Copies `text`, then the user presses the app's button. @param {string} text */
      const copyAndPaste = async (text) => {
        await o.page.evaluate((t) => navigator.clipboard.writeText(t), text);
        await o.page.click('#paste');
      };
      await copyAndPaste(ROSTER);
      await question(o);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForFunction(() => document.title.startsWith('refused'));
      assert.equal(await o.page.title(), 'refused: NotAllowedError', 'as if the user had refused the clipboard');
      nothingOfTheRoster(o);
      await copyAndPaste(CATALOGUE);
      await arrives(o, 'ボールペン');
      await copyAndPaste(ROSTER);
      await continueWith(o);
      await arrives(o, '山田');
      await o.page.close();
    });

    test(`${mode}: a form whose submit handler posts its fields with fetch asks once`, async () => {
      // The common single-page form: the submit is the page's cue to send
      // the same fields itself. The submit is asked about; the fetch that
      // follows carries what the user let go and is not asked about again.
      const o = await open(
        mode,
        'submit-fetch',
        `<script>addEventListener('DOMContentLoaded', () => {
          const f = document.getElementById('f');
          f.addEventListener('submit', (e) => { e.preventDefault(); fetch('/upload', { method: 'POST', body: new FormData(f) }); });
        });</script>`,
        '<form id="f"><textarea id="note" name="note"></textarea><button type="submit">送信</button></form>',
      );
      await o.page.fill('#note', PHONE_LIST);
      await o.page.click('button');
      await continueWith(o);
      await arrives(o, '090-2222-3300');
      await o.page.close();
    });

    test(`${mode}: a chat box inside a closed shadow root that sends what was typed with fetch gets a roster only after the answer`, async () => {
      // A web component: the box and its button where the page's DOM does not reach.
      const o = await open(
        mode,
        'shadow-chat',
        `<script>addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('host').attachShadow({ mode: 'closed' });
          root.innerHTML = '<textarea id="t"></textarea><button id="send">送信</button>';
          const t = root.getElementById('t');
          window.focusBox = () => t.focus();
          root.getElementById('send').addEventListener('click', () => {
            fetch('/upload', { method: 'POST', body: JSON.stringify({ text: t.value }) }).then(() => { t.value = ''; }, () => { document.title = 'failed'; });
          });
        });</script>`,
        '<chat-box id="host"></chat-box>',
      );
      /** Focuses the box inside the closed root, types `text`, presses its button. @param {string} text */
      const typeAndSend = async (text) => {
        await o.page.evaluate(() => /** @type {any} */ (window).focusBox());
        await o.page.keyboard.insertText(text);
        // The button sits after the text area, inside the host.
        await o.page.keyboard.press('Tab');
        await o.page.keyboard.press('Enter');
      };
      await typeAndSend(ROSTER);
      await question(o);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForFunction(() => document.title === 'failed');
      nothingOfTheRoster(o);
      await o.page.evaluate(() => /** @type {any} */ (window).focusBox());
      await o.page.keyboard.press('Control+A');
      await o.page.keyboard.press('Delete');
      await typeAndSend(CATALOGUE);
      await arrives(o, 'ボールペン');
      await o.page.close();
    });

    test(`${mode}: text typed key by key and sent with XMLHttpRequest, a beacon or a WebSocket is held until the answer`, async () => {
      // The same text leaves three other ways a script can send it.
      /** @type {string[]} */
      const socketGot = [];
      const o = await open(
        mode,
        'xhr-typed',
        `<script>addEventListener('DOMContentLoaded', () => {
          const t = document.getElementById('t');
          const ws = new WebSocket(location.origin.replace('http', 'ws') + '/socket');
          document.getElementById('xhr').addEventListener('click', () => {
            const x = new XMLHttpRequest();
            x.open('POST', '/upload');
            x.onerror = () => { document.title = 'xhr failed'; };
            x.send(new URLSearchParams({ note: t.value }));
          });
          document.getElementById('beacon').addEventListener('click', () => navigator.sendBeacon('/upload', new Blob([t.value], { type: 'text/plain' })));
          document.getElementById('ws').addEventListener('click', () => { ws.send(t.value); ws.send('after'); });
        });</script>`,
        '<textarea id="t"></textarea><button id="xhr">xhr</button><button id="beacon">beacon</button><button id="ws">ws</button>',
      );
      await o.page.routeWebSocket(/\/socket$/, (socket) => socket.onMessage((m) => socketGot.push(String(m))));
      await o.page.reload();
      await o.page.waitForFunction(() => document.readyState === 'complete');
      await o.page.click('#t');
      await o.page.keyboard.type(ROSTER, { delay: 5 });
      await o.page.click('#xhr');
      await goBack(o);
      await o.page.waitForFunction(() => document.title === 'xhr failed');
      await o.page.click('#beacon');
      await question(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.click('#ws');
      await question(o);
      await o.page.waitForTimeout(300);
      assert.deepEqual(socketGot, [], 'the message and the one after it wait');
      await continueWith(o);
      const end = Date.now() + 10_000;
      while (socketGot.length < 2 && Date.now() < end) await o.page.waitForTimeout(50);
      assert.ok(socketGot[0]?.includes('山田'), `the message went after the answer: ${socketGot.join(' | ')}`);
      assert.equal(socketGot[1], 'after', 'in its order');
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      // Let go once: the same text sent again another way is not asked about again.
      await o.page.click('#xhr');
      await arrives(o, '山田');
      await o.page.close();
    });

    test(`${mode}: text typed and sent over a WebRTC data channel is held until the answer`, async () => {
      // Two peers in the page (loopback, no server): what the far end
      // receives it posts base64-encoded, which no hook reads as typed text,
      // so it reaches the server only if the channel carried it.
      const o = await open(
        mode,
        'rtc-typed',
        `<script>addEventListener('DOMContentLoaded', async () => {
          const a = new RTCPeerConnection(), b = new RTCPeerConnection();
          a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
          b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
          b.ondatachannel = (e) => { e.channel.onmessage = (m) => fetch('/upload', { method: 'POST', body: 'b64:' + btoa(unescape(encodeURIComponent(m.data))) + ':' + (m.data.includes('山田') ? 'ROSTER' : m.data.includes('ボールペン') ? 'ボールペン' : '') }); };
          const channel = a.createDataChannel('chat');
          channel.onopen = () => { document.title = 'open'; };
          await a.setLocalDescription(); await b.setRemoteDescription(a.localDescription);
          await b.setLocalDescription(); await a.setRemoteDescription(b.localDescription);
          document.getElementById('send').onclick = () => channel.send(document.getElementById('t').value);
        });</script>`,
        '<textarea id="t"></textarea><button id="send">送信</button>',
      );
      await o.page.waitForFunction(() => document.title === 'open', null, { timeout: 10_000 });
      const roster = () => o.posted.some((p) => p.includes('ROSTER'));
      await o.page.fill('#t', ROSTER);
      await o.page.click('#send');
      await question(o);
      await o.page.waitForTimeout(300);
      assert.ok(!roster(), 'held');
      await goBack(o);
      await o.page.waitForTimeout(500);
      assert.ok(!roster(), 'dropped');
      await o.page.fill('#t', CATALOGUE);
      await o.page.click('#send');
      await arrives(o, 'ボールペン');
      assert.ok(!roster());
      await o.page.close();
    });

    test(`${mode}: a file the page made in script (or kept from before) and sends with fetch or XHR is checked before it leaves`, async () => {
      // No input, drop, paste or picker brings it: an export the app built,
      // a file kept in IndexedDB, one picked before the extension was there.
      const o = await open(
        mode,
        'made-file',
        `<script>
          window.made = (text, name, how) => {
            const file = new File([text], name, { type: 'text/csv' });
            if (how === 'xhr') {
              const x = new XMLHttpRequest();
              x.open('POST', '/upload');
              x.onerror = () => { document.title = 'xhr failed'; };
              x.send(file);
              return;
            }
            const form = new FormData();
            form.append('note', 'monthly export');
            form.append('file', file);
            fetch('/upload', { method: 'POST', body: form }).then(() => { document.title = 'sent'; }, (e) => { document.title = e.name; });
          };
        </script>`,
        '<p>exporter</p>',
      );
      await o.page.evaluate((t) => window.made(t, '名簿.csv', 'fetch'), ROSTER);
      const q = await question(o);
      assert.match(await q.dialog.innerText(), /名簿\.csv/);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForFunction(() => document.title === 'AbortError');
      nothingOfTheRoster(o);
      await o.page.evaluate((t) => window.made(t, '名簿.csv', 'xhr'), ROSTER);
      await question(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      await continueWith(o);
      await arrives(o, '山田');
      // A clean file the same way goes without a question.
      await o.page.evaluate((t) => window.made(t, '商品.csv', 'fetch'), CATALOGUE);
      await arrives(o, 'ボールペン');
      await o.page.waitForFunction(() => document.title === 'sent');
      await o.page.close();
    });

    test(`${mode}: a picked file the page uploads in slices (a chunked upload) is asked about once, at the pick`, async () => {
      const o = await open(
        mode,
        'chunked',
        `<script>addEventListener('DOMContentLoaded', () => {
          const i = document.getElementById('file');
          i.addEventListener('change', async () => {
            const file = i.files[0];
            if (!file) return;
            for (let at = 0, n = 0; at < file.size; at += 64, n++) {
              const form = new FormData();
              form.append('n', String(n));
              form.append('chunk', file.slice(at, at + 64), file.name);
              await fetch('/upload', { method: 'POST', body: form });
            }
            document.title = 'uploaded';
          });
        });</script>`,
        '<input id="file" type="file">',
      );
      await pickVia(o.page, '#file', roster);
      await continueWith(o);
      await o.page.waitForFunction(() => document.title === 'uploaded', null, { timeout: 20_000 });
      assert.equal(o.posted.length, Math.ceil(Buffer.byteLength(ROSTER) / 64), 'every slice went');
      if (mode === 'extension') assert.ok(!ext.context.pages().some((p) => p.url().includes('/confirm.html')), 'no second question');
      else assert.equal(await o.page.locator('[role=alertdialog]').count(), 0, 'no second question');
      await o.page.close();
    });

    test(`${mode}: a file the page sends under the name of one the user let go is checked, unless it is a piece of that file`, async () => {
      // Chunks the script copied out byte by byte are new Files the hooks
      // cannot follow back; another file that only shares the name (a draft
      // kept from before) must not pass as one of them.
      const o = await open(
        mode,
        'same-name',
        `<script>addEventListener('DOMContentLoaded', () => {
          const i = document.getElementById('file');
          i.addEventListener('change', () => { if (i.files[0]) { window.picked = i.files[0]; document.title = 'picked'; } });
          window.piece = async (from, to) => {
            const all = new Uint8Array(await window.picked.arrayBuffer());
            const copy = new Uint8Array(to - from);
            for (let k = from; k < to; k++) copy[k - from] = all[k];
            await fetch('/upload', { method: 'POST', body: new File([copy], window.picked.name) });
            document.title = 'piece ' + from;
          };
          window.other = (text) => {
            const f = new File([text], window.picked.name, { type: 'text/csv' });
            fetch('/upload', { method: 'POST', body: f }).then(() => { document.title = 'other sent'; }, (e) => { document.title = e.name; });
          };
        });</script>`,
        '<input id="file" type="file">',
      );
      const size = Buffer.byteLength(ROSTER);
      await pickVia(o.page, '#file', roster);
      await continueWith(o);
      await o.page.waitForFunction(() => document.title === 'picked');
      // The second 64-byte chunk, and the last 40 bytes: pieces of the file let go.
      await o.page.evaluate(() => window.piece(64, 128));
      await o.page.waitForFunction(() => document.title === 'piece 64');
      await o.page.evaluate((s) => window.piece(s - 40, s), size);
      await o.page.waitForFunction((s) => document.title === `piece ${s - 40}`, size);
      assert.equal(o.posted.length, 2, 'both pieces went');
      if (mode === 'extension') assert.ok(!ext.context.pages().some((p) => p.url().includes('/confirm.html')), 'no second question');
      else assert.equal(await o.page.locator('[role=alertdialog]').count(), 0, 'no second question');
      // Another, smaller roster under the same name is asked about.
      const other = '氏名,電話番号\n鈴木 次郎,090-2222-0003\n';
      assert.ok(Buffer.byteLength(other) < size);
      await o.page.evaluate((t) => window.other(t), other);
      await goBack(o);
      await o.page.waitForFunction(() => document.title === 'AbortError');
      assert.ok(!o.posted.some((p) => p.includes('鈴木') || p.includes('090-2222')), `the other file reached the server: ${o.posted.join(' | ')}`);
      await o.page.close();
    });

    test(`${mode}: a file the page made is checked however the script wraps it: a Request object, a stream, slices sent side by side`, async () => {
      // Ways around a guard that looks only at a File or a FormData given to
      // fetch: the Request built first, the file's bytes as a (compressed)
      // stream, the file cut in Blob slices that go in parallel.
      const o = await open(
        mode,
        'wrapped-file',
        `<script>
          const done = (p) => p.then(() => { document.title = 'sent'; }, (e) => { document.title = e.name; });
          window.wrapped = (text, name, how) => {
            document.title = '';
            const file = new File([text], name, { type: 'text/csv' });
            if (how === 'request') {
              const form = new FormData();
              form.append('file', file);
              return done(fetch(new Request('/upload', { method: 'POST', body: form }).clone()));
            }
            if (how === 'stream') {
              const body = file.stream().pipeThrough(new CompressionStream('gzip'));
              return done(fetch('/upload', { method: 'POST', body, duplex: 'half' }));
            }
            const slices = [];
            for (let at = 0; at < file.size; at += 64) slices.push(file.slice(at, at + 64));
            return done(Promise.all(slices.map((s) => fetch('/upload', { method: 'POST', body: s }))));
          };
        </script>`,
        '<p>exporter</p>',
      );
      for (const how of ['request', 'stream']) {
        await o.page.evaluate(([t, h]) => void window.wrapped(t, '名簿.csv', h), [ROSTER, how]);
        const q = await question(o);
        assert.match(await q.dialog.innerText(), /名簿\.csv/, how);
        nothingOfTheRoster(o);
        await goBack(o);
        await o.page.waitForFunction(() => document.title === 'AbortError');
        nothingOfTheRoster(o);
      }
      await o.page.evaluate((t) => void window.wrapped(t, '名簿.csv', 'slices'), ROSTER);
      await question(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      await continueWith(o);
      await o.page.waitForFunction(() => document.title === 'sent', null, { timeout: 20_000 });
      assert.equal(o.posted.length, Math.ceil(Buffer.byteLength(ROSTER) / 64), 'every slice went');
      // One question for all of them: a second one would still be open.
      await o.page.waitForTimeout(500);
      if (mode === 'extension') assert.ok(!ext.context.pages().some((p) => p.url().includes('/confirm.html')), 'no second question');
      else assert.equal(await o.page.locator('[role=alertdialog]').count(), 0, 'no second question');
      // A clean file in a Request goes without a question.
      await o.page.evaluate((t) => void window.wrapped(t, '商品.csv', 'request'), CATALOGUE);
      await arrives(o, 'ボールペン');
      await o.page.close();
    });

    test(`${mode}: a file the page made is checked when the script reads its bytes or text first and sends those`, async () => {
      // Ways around a guard that follows only Blobs and streams: the bytes
      // read out (arrayBuffer, a copy of them), a data URL from a FileReader
      // in a JSON body (the common base64 upload), a multipart body built by
      // hand as a Blob around the file, and the file's text in JSON.
      const o = await open(
        mode,
        'read-file',
        `<script>
          const done = (p) => p.then(() => { document.title = 'sent'; }, (e) => { document.title = e.name; });
          const post = (body, type) => fetch('/upload', { method: 'POST', headers: type ? { 'content-type': type } : {}, body });
          window.readAndSend = async (text, name, how) => {
            document.title = '';
            const file = new File([text], name, { type: 'text/csv' });
            if (how === 'buffer') return done(post(new Uint8Array(await file.arrayBuffer())));
            if (how === 'copy') return done(post(new Blob([new Uint8Array(await file.arrayBuffer()).slice(0)])));
            if (how === 'text') return done(post(JSON.stringify({ csv: await file.text() }), 'application/json'));
            if (how === 'multipart') {
              const head = '--b\\r\\nContent-Disposition: form-data; name="file"; filename="x.csv"\\r\\n\\r\\n';
              return done(post(new Blob([head, file, '\\r\\n--b--\\r\\n']), 'multipart/form-data; boundary=b'));
            }
            const reader = new FileReader();
            reader.onload = () => done(post(JSON.stringify({ name, data: reader.result }), 'application/json'));
            reader.readAsDataURL(file);
          };
        </script>`,
        '<p>uploader that reads files itself</p>',
      );
      for (const how of ['buffer', 'copy', 'text', 'multipart', 'dataurl']) {
        await o.page.evaluate(([t, h]) => void window.readAndSend(t, '名簿.csv', h), [ROSTER, how]);
        const q = await question(o);
        assert.match(await q.dialog.innerText(), /名簿\.csv/, how);
        await goBack(o);
        await o.page.waitForFunction(() => document.title === 'AbortError');
        assert.equal(o.posted.length, 0, `${how}: nothing went after going back`);
      }
      await o.page.evaluate((t) => void window.readAndSend(t, '名簿.csv', 'dataurl'), ROSTER);
      await continueWith(o);
      await arrives(o, `data:text/csv;base64,${Buffer.from(ROSTER).toString('base64')}`);
      // A clean file read out goes without a question.
      await o.page.evaluate((t) => void window.readAndSend(t, '商品.csv', 'text'), CATALOGUE);
      await arrives(o, 'ボールペン');
      await o.page.close();
    });

    test(`${mode}: a file the page hands to a worker that uploads it is checked before the worker gets it`, async () => {
      // The worker's own fetch is out of reach of the page's hooks: the
      // hand-off is where the file can still be held.
      const o = await open(
        mode,
        'worker-upload',
        `<script>
          // What the worker read goes to the server from the page (a test
          // route sees the page's requests, not a worker's): it arrives only
          // if the worker got the file.
          const code = "onmessage = async (e) => postMessage(await e.data.file.text());";
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          worker.onmessage = (e) => fetch('/upload', { method: 'POST', body: e.data }).then(() => { document.title = 'sent'; });
          window.handOff = (text, name) => {
            document.title = '';
            worker.postMessage({ kind: 'upload', file: new File([text], name, { type: 'text/csv' }) });
          };
        </script>`,
        '<p>uploader in a worker</p>',
      );
      await o.page.evaluate((t) => window.handOff(t, '名簿.csv'), ROSTER);
      const q = await question(o);
      assert.match(await q.dialog.innerText(), /名簿\.csv/);
      nothingOfTheRoster(o);
      await goBack(o);
      await o.page.waitForTimeout(500);
      nothingOfTheRoster(o);
      await o.page.evaluate((t) => window.handOff(t, '名簿.csv'), ROSTER);
      await continueWith(o);
      await arrives(o, '山田');
      // A clean file goes to the worker without a question.
      await o.page.evaluate((t) => window.handOff(t, '商品.csv'), CATALOGUE);
      await arrives(o, 'ボールペン');
      await o.page.waitForFunction(() => document.title === 'sent');
      await o.page.close();
    });

    for (const how of ['a BroadcastChannel', 'a class instance', 'a transferred stream', 'an object URL']) {
      test(`${mode}: a file handed to a worker through ${how} is checked before the worker gets it`, async () => {
        const o = await open(
          mode,
          `worker-${how.split(' ').pop()}`,
          `<script>
            const code = \`
              const read = async (d) => d.url ? (await fetch(d.url)).text() : d.stream ? new Response(d.stream).text() : d.file.text();
              onmessage = async (e) => postMessage(await read(e.data));
              new BroadcastChannel('uploads').onmessage = async (e) => postMessage(await read(e.data));
            \`;
            const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
            worker.onmessage = (e) => fetch('/upload', { method: 'POST', body: e.data });
            const channel = new BroadcastChannel('uploads');
            class Job { constructor(file) { this.file = file; this.at = Date.now(); } }
            window.handOff = (text, name) => {
              const file = new File([text], name, { type: 'text/csv' });
              ${
                how === 'a BroadcastChannel'
                  ? `channel.postMessage({ file });`
                  : how === 'a class instance'
                    ? `worker.postMessage(new Job(file));`
                    : how === 'a transferred stream'
                      ? `const stream = file.stream(); worker.postMessage({ stream }, [stream]);`
                      : `worker.postMessage({ url: URL.createObjectURL(file) });`
              }
            };
          </script>`,
          '<p>uploader in a worker</p>',
        );
        await o.page.evaluate((t) => /** @type {any} */ (window).handOff(t, '名簿.csv'), ROSTER);
        await question(o);
        nothingOfTheRoster(o);
        await goBack(o);
        await o.page.waitForTimeout(500);
        nothingOfTheRoster(o);
        await o.page.evaluate((t) => /** @type {any} */ (window).handOff(t, '商品.csv'), CATALOGUE);
        await arrives(o, 'ボールペン');
        await o.page.close();
      });
    }

    test(`${mode}: a file sent with a synchronous XHR fails at once while the user is asked, and goes when sent again once let go`, async () => {
      // A synchronous request cannot wait for the answer: letting it go
      // unchecked would be the way around the guard.
      const o = await open(
        mode,
        'sync-xhr',
        `<script>
          window.syncSend = (text, name) => {
            const x = new XMLHttpRequest();
            x.open('POST', '/upload', false);
            try {
              x.send(new File([text], name, { type: 'text/csv' }));
              return 'status ' + x.status;
            } catch (e) {
              return e.name;
            }
          };
        </script>`,
        '<p>legacy uploader</p>',
      );
      assert.equal(await o.page.evaluate((t) => window.syncSend(t, '名簿.csv'), ROSTER), 'NetworkError');
      await question(o);
      nothingOfTheRoster(o);
      await continueWith(o);
      await o.page.waitForTimeout(300);
      nothingOfTheRoster(o);
      assert.equal(await o.page.evaluate((t) => window.syncSend(t, '名簿.csv'), ROSTER), 'status 200');
      await arrives(o, '山田');
      // A clean file is not known to be clean until it is checked: the
      // first try fails as well, with no question, and the next one goes.
      assert.equal(await o.page.evaluate((t) => window.syncSend(t, '商品.csv'), CATALOGUE), 'NetworkError');
      await o.page.waitForFunction(() => window.syncSend('品番,商品名\nA-100,ボールペン', '商品.csv') === 'status 200', null, { polling: 200, timeout: 20_000 });
      await arrives(o, 'ボールペン');
      if (mode === 'extension') assert.ok(!ext.context.pages().some((p) => p.url().includes('/confirm.html')), 'no question about the clean file');
      else assert.equal(await o.page.locator('[role=alertdialog]').count(), 0, 'no question about the clean file');
      await o.page.close();
    });

    test(`${mode}: the question shows in front of a modal <dialog> and only the user can answer it`, async () => {
      const o = await open(
        mode,
        'modal',
        `<script>${UPLOAD}
          addEventListener('DOMContentLoaded', () => {
            document.getElementById('d').showModal();
            const i = document.getElementById('file');
            i.addEventListener('change', () => upload(i.files[0]));
            // A script that answers for the user whatever it can find.
            setInterval(() => {
              for (const host of document.querySelectorAll('*')) {
                const root = host.shadowRoot;
                if (!root) continue;
                const select = root.querySelector('select');
                if (select) { select.value = 'needed'; select.dispatchEvent(new Event('change')); }
                root.querySelector('[data-action=continue]')?.removeAttribute('disabled');
                root.querySelector('[data-action=continue]')?.click();
              }
            }, 50);
          });
        </script>`,
        '<dialog id="d"><p>アップロード</p><input id="file" type="file"></dialog>',
      );
      await o.page.setInputFiles('#file', roster);
      const q = await question(o);
      await o.page.waitForTimeout(500);
      nothingOfTheRoster(o);
      // The user's own click works: the dialog is not under the page's modal.
      await answer(q.dialog.locator('[data-action=cancel]'));
      await q.done();
      nothingOfTheRoster(o);
      await o.page.setInputFiles('#file', catalogue);
      await arrives(o, 'ボールペン');
      await o.page.close();
    });
  });
}

describe('extension only', () => {
  for (const kind of ['srcdoc', 'about:blank']) {
    test(`extension: a file input in a ${kind} frame`, async () => {
      const frame =
        kind === 'srcdoc'
          ? `<iframe id="fr" srcdoc="<input id=file type=file><script>const i=document.getElementById('file');i.onchange=()=>i.files[0].text().then(t=>fetch(parent.location.origin+'/upload',{method:'POST',body:t}))</script>"></iframe>`
          : `<iframe id="fr"></iframe><script>
              const d = document.getElementById('fr').contentDocument;
              const i = d.createElement('input'); i.type = 'file'; i.id = 'file';
              i.onchange = () => i.files[0].text().then((t) => fetch('/upload', { method: 'POST', body: t }));
              d.body.append(i);
            </script>`;
      const o = await open('extension', `frame-${kind.replace(':', '')}`, '', frame);
      const input = o.page.frameLocator('#fr').locator('#file');
      await input.waitFor();
      await heldThenClean(o, (file) => input.setInputFiles(file));
      await o.page.close();
    });
  }

  test('extension: a script-made frame the page writes with document.open() is still guarded', async () => {
    const o = await open(
      'extension',
      'reopen-frame',
      '',
      `<iframe id="fr"></iframe><button id="write">書く</button><script>
        document.getElementById('write').onclick = () => {
          const d = document.getElementById('fr').contentDocument;
          d.open();
          d.write('<input id="file" type="file"><script>const i = document.getElementById("file"); i.onchange = () => i.files[0].text().then((t) => fetch(parent.location.origin + "/upload", { method: "POST", body: t }));<' + '/script>');
          d.close();
        };
      </script>`,
    );
    await o.page.click('#write');
    const input = o.page.frameLocator('#fr').locator('#file');
    await input.waitFor({ state: 'attached' });
    await heldThenClean(o, (file) => input.setInputFiles(file));
    await o.page.close();
  });

  test('extension: a popup its opener writes into is still guarded', async () => {
    const o = await open(
      'extension',
      'reopen-popup',
      '',
      `<button id="pop">別ウィンドウ</button><script>
        document.getElementById('pop').onclick = () => {
          const w = window.open('', 'upload', 'popup,width=400,height=300');
          w.document.write('<input id="file" type="file"><script>const i = document.getElementById("file"); i.onchange = () => i.files[0].text().then((t) => opener.fetch("/upload", { method: "POST", body: t }));<' + '/script>');
          w.document.close();
        };
      </script>`,
    );
    const [popup] = await Promise.all([ext.context.waitForEvent('page'), o.page.click('#pop')]);
    const input = popup.locator('#file');
    await input.waitFor({ state: 'attached' });
    await heldThenClean(o, (file) => input.setInputFiles(file));
    await popup.close();
    await o.page.close();
  });

  test('extension: a file picked on a plain-http intranet page or in a data: URL frame is asked about (no secure context)', async () => {
    // Neither is a secure context: crypto.randomUUID() is missing there, and
    // a question that could not be made held the file for ever, unasked.
    const o = await open('extension', 'insecure', `<script>${UPLOAD_ON_CHANGE}</script>`, '<input id="file" type="file">', LIBRARY, 'http://intranet.example');
    assert.equal(await o.page.evaluate(() => isSecureContext), false);
    await heldThenClean(o, (file) => o.page.setInputFiles('#file', file));
    await o.page.close();

    const frame = encodeURIComponent(
      `<input id=file type=file><script>const i=document.getElementById('file');i.onchange=()=>i.files[0].text().then((t)=>parent.postMessage(t,'*'))</script>`,
    );
    const d = await open(
      'extension',
      'data-frame',
      `<script>addEventListener('message', (e) => fetch('/upload', { method: 'POST', body: e.data }));</script>`,
      `<iframe id="fr" src="data:text/html,${frame}"></iframe>`,
    );
    const input = d.page.frameLocator('#fr').locator('#file');
    await input.waitFor({ state: 'attached' });
    await heldThenClean(d, (file) => input.setInputFiles(file));
    await d.page.close();
  });

  test('extension: text typed into an editor in a same-origin frame and sent by the page around it is held until the answer', async () => {
    // An editor in an iframe (CKEditor 4, TinyMCE's classic mode): the
    // parent reads its text and posts it with fetch.
    const o = await open(
      'extension',
      'frame-editor',
      '',
      `<iframe id="fr" srcdoc="<textarea id=t></textarea>"></iframe><button id="send">送信</button><script>
        document.getElementById('send').onclick = () => {
          const text = document.getElementById('fr').contentDocument.getElementById('t').value;
          fetch('/upload', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
            .catch(() => { document.title = 'stopped'; });
        };
      </script>`,
    );
    const editor = o.page.frameLocator('#fr').locator('#t');
    await editor.waitFor();
    await editor.fill(ROSTER);
    await o.page.click('#send');
    await question(o);
    nothingOfTheRoster(o);
    await goBack(o);
    await o.page.waitForFunction(() => document.title === 'stopped');
    nothingOfTheRoster(o);
    await editor.fill(CATALOGUE);
    await o.page.click('#send');
    await arrives(o, 'ボールペン');
    await o.page.close();
  });

  test('extension: a capture listener the page registers first never sees the file before the user answered', async () => {
    const o = await open(
      'extension',
      'early-listener',
      `<script>
        window.seen = [];
        for (const type of ['input', 'change']) addEventListener(type, (e) => { const f = e.target.files; if (f && f.length) window.seen.push(type + ':' + f[0].name); }, true);
      </script>`,
      '<input id="file" type="file">',
    );
    await o.page.setInputFiles('#file', roster);
    await question(o);
    assert.deepEqual(await o.page.evaluate(() => /** @type {any} */ (window).seen), [], 'nothing seen while the question is open');
    await goBack(o);
    await o.page.waitForTimeout(200);
    assert.ok(!(await o.page.evaluate(() => /** @type {any} */ (window).seen)).some((/** @type {string} */ s) => s.includes('名簿')), 'nor after going back');
    await o.page.setInputFiles('#file', catalogue);
    await o.page.waitForFunction(() => /** @type {any} */ (window).seen.includes('change:商品.csv'));
    await o.page.close();
  });

  test('extension: the page cannot find, read or hear the question', async () => {
    const o = await open(
      'extension',
      'snoop',
      `<script>
        window.found = [];
        for (const t of ['checking', 'verdict', 'decision']) addEventListener('presend:' + t, (e) => window.found.push('event:' + t + JSON.stringify(e.detail)), true);
        setInterval(() => {
          for (const word of ['名簿', '2人分', '送信前の確認', '電話番号']) if (window.find(word)) window.found.push('find:' + word);
          if (document.querySelector('[data-presend-dialog]')) window.found.push('dom');
        }, 50);
      </script>`,
      '<input id="file" type="file">',
    );
    await o.page.setInputFiles('#file', roster);
    const q = await question(o);
    assert.match(await q.dialog.innerText(), /2人分/);
    await o.page.waitForTimeout(500);
    await answer(q.dialog.locator('[data-action=cancel]'));
    await q.done();
    await o.page.waitForTimeout(200);
    assert.deepEqual(await o.page.evaluate(() => /** @type {any} */ (window).found), []);
    await o.page.close();
  });
});

/** Writes the user's settings of the extension (as the options page would). @param {Record<string, unknown>} patch */
async function userSettings(patch) {
  await ext.worker.evaluate(async (p) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, ...p } });
  }, patch);
}

describe('extension: big files and slow checks', () => {
  // Over what fits the service worker's JSON messages as base64 (64 MiB, about 48 MiB of file): only the checker frame can take it.
  const BIG = 51_000_000;

  test('extension: a 51 MB roster is checked end to end, and a 51 MB catalogue goes through', async () => {
    const o = await open('extension', 'big', `<script>${UPLOAD_ON_CHANGE}</script>`, '<input id="file" type="file">');
    await o.page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: bigCsv('roster', BIG) });
    // The "checking…" window says how far the reading has got while it lasts.
    const win = await questionWindow(ext.context);
    // (Its text, not its visibility: a headless window may not lay it out.)
    await win.waitForFunction(() => /名簿\.csv .*行 読み取り済み/.test(document.getElementById('status-text')?.textContent ?? ''), null, { timeout: 20_000 });
    const q = await question(o);
    const text = await q.dialog.innerText();
    assert.match(text, /\d{3},?\d{3}人分|\d{6,}人分/, `the people were counted: ${text.slice(0, 300)}`);
    assert.doesNotMatch(text, /確認できませんでした|検査できません/);
    await answer(q.dialog.locator('[data-action=cancel]'));
    await q.done();
    nothingOfTheRoster(o);
    await o.page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: bigCsv('catalogue', BIG) });
    await arrives(o, 'ボールペン99');
    await o.page.close();
  });

  test('extension: a check past the time limit ends in "could not check", and the next check runs', async () => {
    await userSettings({ check_timeout_seconds: 0.2 });
    try {
      const o = await open('extension', 'slow', `<script>${UPLOAD_ON_CHANGE}</script>`, '<input id="file" type="file">');
      await o.page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: bigCsv('roster', BIG) });
      const q = await question(o);
      const text = await q.dialog.innerText();
      assert.match(text, /時間がかかりすぎた/);
      assert.doesNotMatch(text, /Error|sendMessage|invocation|undefined/, 'in words, not a browser error');
      await answer(q.dialog.locator('[data-action=cancel]'));
      await q.done();
      nothingOfTheRoster(o);
      await userSettings({ check_timeout_seconds: 90 });
      await o.page.setInputFiles('#file', catalogue);
      await arrives(o, 'ボールペン');
      await o.page.close();
    } finally {
      await userSettings({ check_timeout_seconds: 90 });
    }
  });

  test('extension: a page that removes the checker frame still gets every file checked', async () => {
    const o = await open(
      'extension',
      'no-frame',
      `<script>${UPLOAD_ON_CHANGE}
        new MutationObserver(() => document.querySelectorAll('presend-checker').forEach((e) => e.remove())).observe(document, { childList: true, subtree: true });
      </script>`,
      '<input id="file" type="file">',
    );
    await heldThenClean(o, async (file) => {
      await o.page.setInputFiles('#file', file);
      if (file === roster) assert.match(await (await question(o)).dialog.innerText(), /2人分/, 'checked where the page cannot reach (the service worker)');
    });
    await o.page.close();
  });
});

describe('library only', () => {
  // Headless Chromium cannot show the system's file picker (Playwright
  // intercepts and aborts it), so the page stands in a picker of its own
  // before the library loads, returning handles as the real one does; what
  // is tested is presend's hold on the files it returns.
  test('library: files from showOpenFilePicker() are checked before the page gets them', async () => {
    const o = await open(
      'library',
      'picker',
      `<script>
        window.next = null;
        window.showOpenFilePicker = async () => [{ kind: 'file', name: window.next.name, getFile: async () => window.next }];
        addEventListener('DOMContentLoaded', () => document.getElementById('pick').addEventListener('click', async () => {
          try {
            const [handle] = await showOpenFilePicker();
            const file = await handle.getFile();
            await fetch('/upload', { method: 'POST', body: await file.text() });
          } catch (e) { await fetch('/upload', { method: 'POST', body: 'picker: ' + e.name }); }
        }));
      </script>`,
      '<button id="pick">開く</button>',
    );
    const pick = async (/** @type {string} */ name, /** @type {string} */ content) => {
      await o.page.evaluate(([name, content]) => {
        /** @type {any} */ (window).next = new File([content], name, { type: 'text/csv' });
      }, [name, content]);
      await o.page.click('#pick');
    };
    await pick('名簿.csv', ROSTER);
    await question(o);
    nothingOfTheRoster(o);
    await goBack(o);
    await arrives(o, 'picker: AbortError');
    nothingOfTheRoster(o);
    await pick('商品.csv', CATALOGUE);
    await arrives(o, 'ボールペン');
    await o.page.close();
  });

  test('library: a folder from showDirectoryPicker() is read out and checked before the page gets it', async () => {
    // The stand-in picker hands over a real directory handle (the origin's
    // private file system) with a subfolder, as the system picker would.
    const o = await open(
      'library',
      'dir-picker',
      `<script>
        window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('picked');
        const readAll = async (dir) => { let all = ''; for await (const e of dir.values()) all += e.kind === 'directory' ? await readAll(e) : await (await e.getFile()).text(); return all; };
        addEventListener('DOMContentLoaded', () => document.getElementById('pick').addEventListener('click', async () => {
          try { await fetch('/upload', { method: 'POST', body: await readAll(await showDirectoryPicker()) }); }
          catch (e) { await fetch('/upload', { method: 'POST', body: 'picker: ' + e.name }); }
        }));
      </script>`,
      '<button id="pick">フォルダを開く</button>',
    );
    /** Fills the folder: one file at its top, `inner` in a subfolder. @param {string} inner */
    const folder = (inner) =>
      o.page.evaluate(async (inner) => {
        const root = await navigator.storage.getDirectory();
        await root.removeEntry('picked', { recursive: true }).catch(() => {});
        const dir = await root.getDirectoryHandle('picked', { create: true });
        const write = async (/** @type {any} */ d, /** @type {string} */ name, /** @type {string} */ text) => {
          const w = await (await d.getFileHandle(name, { create: true })).createWritable();
          await w.write(text);
          await w.close();
        };
        await write(dir, 'readme.txt', '資料一式');
        await write(await dir.getDirectoryHandle('2026', { create: true }), 'list.csv', inner);
      }, inner);
    await folder(ROSTER);
    await o.page.click('#pick');
    await question(o);
    nothingOfTheRoster(o);
    await goBack(o);
    await arrives(o, 'picker: AbortError');
    nothingOfTheRoster(o);
    await folder(CATALOGUE);
    await o.page.click('#pick');
    await arrives(o, 'ボールペン');
    await o.page.close();
  });

  test('library: a check past the time limit ends in "could not check", and the next check runs', async () => {
    const o = await open(
      'library',
      'library-slow',
      `<script>${UPLOAD_ON_CHANGE}</script>`,
      '<input id="file" type="file">',
      `<script type="module">import { protect, createChecker } from '/lib/presend.js'; protect(window, { checker: createChecker({ timeoutMs: 200 }) });</script>`,
    );
    await o.page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: bigCsv('roster', 50_000_000) });
    const q = await question(o);
    assert.match(await q.dialog.innerText(), /時間がかかりすぎた/);
    await answer(q.dialog.locator('[data-action=cancel]'));
    await q.done();
    nothingOfTheRoster(o);
    await o.page.setInputFiles('#file', catalogue);
    await arrives(o, 'ボールペン');
    await o.page.close();
  });

  test('library: a long check can be cancelled, and the next one runs', async () => {
    const o = await open('library', 'abort', '', '<p>checker</p>', '');
    const result = await o.page.evaluate(async (big) => {
      const { createChecker } = await import('/lib/presend.js');
      const checker = createChecker();
      await checker.ready;
      const cancel = new AbortController();
      const t0 = performance.now();
      const long = checker.check({ files: [new File([big], '名簿.csv', { type: 'text/csv' })] }, { signal: cancel.signal });
      setTimeout(() => cancel.abort(), 200);
      const first = await long.then(
        (v) => `finished: ${v.decision}`,
        (e) => `rejected: ${e.code}`,
      );
      const ms = performance.now() - t0;
      const next = await checker.check({ files: [new File(['品番,価格\nA,1\n'], '商品.csv')] });
      checker.close();
      return { first, ms, next: next.decision };
    }, bigCsv('roster', 30_000_000).toString('utf8'));
    assert.equal(result.first, 'rejected: aborted');
    assert.ok(result.ms < 3000, `the cancel took effect at once (${Math.round(result.ms)} ms)`);
    assert.equal(result.next, 'allow');
    await o.page.close();
  });

  test('library: page events carry no matched text, only masked values', async () => {
    const o = await open(
      'library',
      'events',
      `<script>window.heard = []; for (const t of ['verdict', 'decision']) addEventListener('presend:' + t, (e) => window.heard.push(JSON.stringify(e.detail)), true);</script>`,
      '<input id="file" type="file">',
    );
    await o.page.setInputFiles('#file', roster);
    await goBack(o);
    const heard = /** @type {string[]} */ (await o.page.evaluate(() => /** @type {any} */ (window).heard));
    assert.ok(heard.length >= 2, 'verdict and decision were told');
    for (const h of heard) {
      for (const raw of ['山田', '佐藤', '090-1111-0001', '芝1-1-1']) assert.ok(!h.includes(raw), `"${raw}" in a page event: ${h}`);
    }
    await o.page.close();
  });
});
