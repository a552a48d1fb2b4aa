// The upload guard's hard paths in Firefox ESR, as guard.test.mjs checks them
// in Chromium: the extension's Firefox build (target/extension-firefox) as a
// temporary add-on, driven by WebDriver BiDi (firefox.mjs), on pages written
// for each path: a file input the page never puts in the document, one in a
// closed shadow root (Firefox: Element.openOrClosedShadowRoot()), srcdoc and
// about:blank frames, uploads on `input` and a periodic FormData autosave,
// form.submit() (page.js in the page's world), a capture listener registered
// before anything else, a page that hunts for the question, a roster pasted
// with Ctrl+V into a box an app sends with fetch.
//
// Every test sends a roster and requires that nothing of it reaches the
// server before the user answered, nor after "go back" (the user's click in
// the extension's window); and sends a clean file or text the same way and
// requires it to arrive untouched.

import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_EXTENSION, click, contexts, launchFirefox, run, sleep, waitFor, waitForContext } from './firefox.mjs';

const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,価格\nA-100,ボールペン,120\nA-200,ノート,240\n';
const PHONE_LIST = Array.from({ length: 6 }, (_, i) => `会員${i} 090-2222-33${String(i).padStart(2, '0')}`).join('\n');
const ID = 'presend@presend';
const UUID = '0b6f3f0e-7d5a-4f0c-8e21-3c9a4d2b7e10';
const EXT_ORIGIN = `moz-extension://${UUID}`;

const dir = mkdtempSync(join(tmpdir(), 'presend-ffguard-'));
const roster = join(dir, '名簿.csv');
const catalogue = join(dir, '商品.csv');
writeFileSync(roster, ROSTER);
writeFileSync(catalogue, CATALOGUE);

/** Pages by path, and what was posted to the server (any POST), in order. */
const pages = new Map();
/** @type {string[]} */
let posted = [];
const web = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST') {
    /** @type {Buffer[]} */
    const body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      posted.push(Buffer.concat(body).toString('utf8'));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
    });
    return;
  }
  const html = pages.get(url.pathname);
  if (html === undefined) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
});
let origin = '';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {import('./firefox.mjs').Bidi} */
let bidi;
/** @type {string[]} */
const foreign = [];
/** @type {((e: any) => void) | null} */
let onFileDialog = null;

before(async () => {
  await new Promise((resolve) => web.listen(0, '127.0.0.1', () => resolve(undefined)));
  origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (web.address()).port}`;
  ff = await launchFirefox({ prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }) } });
  bidi = ff.bidi;
  bidi.on((e) => {
    if (e.method === 'network.beforeRequestSent') {
      const url = String(e.params.request?.url ?? '');
      if (![origin, 'moz-extension://', 'data:', 'blob:', 'about:'].some((ok) => url.startsWith(ok))) foreign.push(url);
    }
    if (e.method === 'input.fileDialogOpened') onFileDialog?.(e.params);
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'input.fileDialogOpened'] });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION } });
});

// A failed test must not leave its question window for the next one to find.
afterEach(async () => {
  for (const c of await contexts(bidi)) if (c.url.includes('/confirm.html')) await bidi.send('browsingContext.close', { context: c.context }).catch(() => {});
});

after(async () => {
  await ff?.close();
  await new Promise((resolve) => web.close(() => resolve(undefined)));
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(foreign, [], 'no request to any other origin');
});

/**
 * Opens a page written for a test at /hole/<name>; resets what was posted.
 * @param {string} name @param {string} head @param {string} body
 */
async function open(name, head, body) {
  pages.set(`/hole/${name}`, `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`);
  posted = [];
  const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.navigate', { context, url: `${origin}/hole/${name}`, wait: 'complete' });
  return /** @type {string} */ (context);
}

/** The dialog's text in the question window, '' until shown. */
const dialogText = () => {
  for (const el of document.querySelectorAll('*')) {
    const d = el.shadowRoot?.querySelector('[role=alertdialog]');
    if (d) return /** @type {HTMLElement} */ (d).innerText;
  }
  return '';
};

/** The question window, once its dialog shows; nothing of it is in the page. @param {string} tab */
async function question(tab) {
  const win = await waitForContext(bidi, (u) => u.startsWith(`${EXT_ORIGIN}/confirm.html`));
  const text = /** @type {string} */ (await waitFor(bidi, win.context, dialogText, [], { what: 'the question' }));
  assert.equal(await run(bidi, tab, () => document.querySelectorAll('[role=alertdialog], [data-presend-dialog]').length), 0, 'nothing of the question is in the page');
  return { win: win.context, text };
}

/** "Go back", clicked by the user; waits for the window to close. @param {string} tab */
async function goBack(tab) {
  const { win } = await question(tab);
  await click(bidi, win, '[data-action=cancel]');
  const deadline = Date.now() + 10_000;
  while ((await contexts(bidi)).some((c) => c.context === win)) {
    if (Date.now() > deadline) throw new Error('the question window did not close');
    await sleep(100);
  }
}

/** "Continue" with a reason, as the user: picks the reason, ticks every box, clicks. @param {string} tab */
async function continueWith(tab) {
  const { win } = await question(tab);
  await run(bidi, win, () => {
    for (const el of document.querySelectorAll('*')) {
      const root = el.shadowRoot;
      if (!root?.querySelector('[role=alertdialog]')) continue;
      const select = /** @type {HTMLSelectElement} */ (root.querySelector('select'));
      select.value = 'needed';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const box of root.querySelectorAll('input[type=checkbox]')) {
        /** @type {HTMLInputElement} */ (box).checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  });
  await click(bidi, win, '[data-action=continue]');
  const deadline = Date.now() + 10_000;
  while ((await contexts(bidi)).some((c) => c.context === win)) {
    if (Date.now() > deadline) throw new Error('the question window did not close');
    await sleep(100);
  }
}

/**
 * Trusted keys at the focus: `chord` held (e.g. Control) while `key` is pressed.
 * @param {string} tab @param {string} key @param {string} [chord]
 */
async function press(tab, key, chord) {
  const CONTROL = '\uE009';
  const actions = chord === 'Control' ? [{ type: 'keyDown', value: CONTROL }, { type: 'keyDown', value: key }, { type: 'keyUp', value: key }, { type: 'keyUp', value: CONTROL }] : [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }];
  await bidi.send('input.performActions', { context: tab, actions: [{ type: 'key', id: 'keyboard', actions }] });
  await bidi.send('input.releaseActions', { context: tab }).catch(() => {});
}

/** @param {string} text */
async function arrives(text) {
  const end = Date.now() + 20_000;
  while (!posted.some((p) => p.includes(text))) {
    if (Date.now() > end) assert.fail(`"${text}" never arrived (posted: ${posted.length})`);
    await sleep(50);
  }
}

const nothingOfTheRoster = () => assert.ok(!posted.some((p) => p.includes('山田') || p.includes('090-1111')), `the roster reached the server: ${posted.join(' | ')}`);

/** @param {string} tab @param {(file: string) => Promise<unknown>} send */
async function heldThenClean(tab, send) {
  await send(roster);
  await question(tab);
  nothingOfTheRoster();
  await goBack(tab);
  await sleep(300);
  nothingOfTheRoster();
  await send(catalogue);
  await arrives('ボールペン');
}

/**
 * Picks `file` in the file chooser a user's click on `selector` opens (BiDi
 * input.fileDialogOpened names the input, even one outside the document or
 * in a closed shadow root).
 * @param {string} tab @param {string} selector @param {string} file
 */
async function pickVia(tab, selector, file) {
  const opened = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no file chooser opened')), 10_000);
    onFileDialog = (params) => {
      clearTimeout(timer);
      onFileDialog = null;
      resolve(params);
    };
  });
  await click(bidi, tab, selector);
  const { context, element } = /** @type {any} */ (await opened);
  await bidi.send('input.setFiles', { context, element, files: [file] });
}

/**
 * Sets files into the file input `selector` of a frame of `tab` (its first child context).
 * @param {string} tab @param {string} selector @param {string} file
 */
async function setInFrame(tab, selector, file) {
  const { contexts: tree } = await bidi.send('browsingContext.getTree', { root: tab });
  const frame = tree[0]?.children?.[0]?.context;
  if (!frame) throw new Error('no frame');
  const el = await run(bidi, frame, (s) => document.querySelector(s), [selector], { handle: true });
  await bidi.send('input.setFiles', { context: frame, element: { sharedId: el.sharedId }, files: [file] });
}

/** Sets files into a file input of the page. @param {string} tab @param {string} selector @param {string} file */
async function setFile(tab, selector, file) {
  const el = await run(bidi, tab, (s) => document.querySelector(s), [selector], { handle: true });
  await bidi.send('input.setFiles', { context: tab, element: { sharedId: el.sharedId }, files: [file] });
}

// --- pages (as in guard.test.mjs) --------------------------------------------

const UPLOAD = `const upload = (f, path = '/upload') => f && f.text().then((t) => fetch(path, { method: 'POST', body: t }));`;

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
  customElements.define('x-uploader', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      const input = document.createElement('input');
      input.type = 'file';
      input.addEventListener('change', () => upload(input.files[0]));
      root.append(input);
      this.pick = () => input.click();
    }
  });
  addEventListener('DOMContentLoaded', () => {
    const up = document.createElement('x-uploader');
    up.id = 'up';
    document.body.prepend(up);
  });
  document.addEventListener('click', (e) => { if (e.target.dataset.for) document.getElementById(e.target.dataset.for).pick(); });
</script>`;

const ON_INPUT = `<script>${UPLOAD}
  addEventListener('DOMContentLoaded', () => {
    const input = document.getElementById('file');
    input.addEventListener('input', () => upload(input.files[0]));
    setInterval(() => {
      const form = document.getElementById('form');
      if (input.files.length) fetch('/autosave', { method: 'POST', body: new FormData(form) });
    }, 100);
  });
</script>`;

// --- tests -------------------------------------------------------------------

/**
 * Why two paths are not run here: BiDi's input.setFiles in Firefox 153
 * (remote/shared/webdriver/Event.sys.mjs) dispatches `input` and `change`
 * as plain script-made Events that are cancelable and not composed, where a
 * real pick's are not cancelable and `input` is composed. The page-world
 * hook (lib/hooks.js isReplay) takes a cancelable event for the guard's own
 * replay, and a non-composed `input` never leaves a closed shadow root, so
 * these two would fail for the driver's events, not a user's. No other
 * route sets files in Firefox from a test (no mock file picker in release
 * builds); these paths are not verified in Firefox.
 */
const DRIVER_EVENTS = 'BiDi input.setFiles in Firefox fires cancelable, non-composed input/change events, unlike a real pick';

test('Firefox: a file input the page never puts in the document', { skip: DRIVER_EVENTS }, async () => {
  const tab = await open('detached', DETACHED, '<button id="pick">ファイルを選ぶ</button>');
  await heldThenClean(tab, (file) => pickVia(tab, '#pick', file));
  await bidi.send('browsingContext.close', { context: tab });
});

test('Firefox: a file input in a closed shadow root', { skip: DRIVER_EVENTS }, async () => {
  const tab = await open('shadow-closed', SHADOW, '<button data-for="up">選ぶ</button>');
  await heldThenClean(tab, (file) => pickVia(tab, 'button[data-for]', file));
  await bidi.send('browsingContext.close', { context: tab });
});

test("Firefox: a page that uploads on 'input' or autosaves the form sees no file until the user answered", async () => {
  const tab = await open('on-input', ON_INPUT, '<form id="form"><input id="file" name="file" type="file"></form>');
  await setFile(tab, '#file', roster);
  await question(tab);
  await sleep(400); // several autosave ticks
  nothingOfTheRoster();
  await goBack(tab);
  await sleep(400);
  nothingOfTheRoster();
  await setFile(tab, '#file', catalogue);
  await arrives('ボールペン');
  await bidi.send('browsingContext.close', { context: tab });
});

test("Firefox: form.submit() from the page's own button is checked", async () => {
  const tab = await open(
    'form-submit',
    '',
    `<form id="f" action="/upload" method="post"><label for="note">備考</label><textarea id="note" name="note"></textarea>
     <button type="button" onclick="document.getElementById('f').submit()">送信</button></form>`,
  );
  await run(bidi, tab, (text) => {
    /** @type {HTMLTextAreaElement} */ (document.querySelector('#note')).value = text;
  }, [PHONE_LIST]);
  await click(bidi, tab, 'button');
  await question(tab);
  assert.equal(posted.length, 0, 'held');
  await goBack(tab);
  await sleep(300);
  assert.equal(posted.length, 0, 'nothing posted after going back');
  await run(bidi, tab, () => {
    /** @type {HTMLTextAreaElement} */ (document.querySelector('#note')).value = '明日の会議は10時からです。';
  });
  await click(bidi, tab, 'button');
  const end = Date.now() + 20_000;
  while (!posted.length && Date.now() < end) await sleep(50);
  assert.match(decodeURIComponent(String(posted[0]).replace(/\+/g, ' ')), /明日の会議/);
  await bidi.send('browsingContext.close', { context: tab });
});

for (const kind of ['srcdoc', 'about:blank']) {
  test(`Firefox: a file input in a ${kind} frame`, async () => {
    const frame =
      kind === 'srcdoc'
        ? `<iframe id="fr" srcdoc="<input id=file type=file><script>const i=document.getElementById('file');i.onchange=()=>i.files[0].text().then(t=>fetch(parent.location.origin+'/upload',{method:'POST',body:t}))</script>"></iframe>`
        : `<iframe id="fr"></iframe><script>
            const d = document.getElementById('fr').contentDocument;
            const i = d.createElement('input'); i.type = 'file'; i.id = 'file';
            i.onchange = () => i.files[0].text().then((t) => fetch('/upload', { method: 'POST', body: t }));
            d.body.append(i);
          </script>`;
    const tab = await open(`frame-${kind.replace(':', '')}`, '', frame);
    await heldThenClean(tab, (file) => setInFrame(tab, '#file', file));
    await bidi.send('browsingContext.close', { context: tab });
  });
}

test('Firefox: a capture listener the page registers first never sees the file before the user answered', async () => {
  const tab = await open(
    'early-listener',
    `<script>
      window.seen = [];
      for (const type of ['input', 'change']) addEventListener(type, (e) => { const f = e.target.files; if (f && f.length) window.seen.push(type + ':' + f[0].name); }, true);
    </script>`,
    '<input id="file" type="file">',
  );
  await setFile(tab, '#file', roster);
  await question(tab);
  assert.deepEqual(await run(bidi, tab, () => /** @type {any} */ (window).seen), [], 'nothing seen while the question is open');
  await goBack(tab);
  await sleep(200);
  assert.ok(!(await run(bidi, tab, () => /** @type {any} */ (window).seen)).some((/** @type {string} */ s) => s.includes('名簿')), 'nor after going back');
  await setFile(tab, '#file', catalogue);
  await waitFor(bidi, tab, () => /** @type {any} */ (window).seen.includes('change:商品.csv'), [], { what: 'the clean file' });
  await bidi.send('browsingContext.close', { context: tab });
});

test('Firefox: the page cannot find, read or hear the question', async () => {
  const tab = await open(
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
  await setFile(tab, '#file', roster);
  const q = await question(tab);
  assert.match(q.text, /2人分/);
  await sleep(500);
  await goBack(tab);
  await sleep(200);
  assert.deepEqual(await run(bidi, tab, () => /** @type {any} */ (window).found), []);
  // The checker frame's moz-extension:// URL (stable per installation in
  // Firefox, which has no use_dynamic_url) is not in the page's view.
  const seen = await run(bidi, tab, () => ({ entries: performance.getEntries().map((e) => e.name).filter((n) => n.includes('extension')), frames: window.length }));
  assert.deepEqual(seen, { entries: [], frames: 0 }, 'no extension URL in performance entries, no reachable frame');
  await bidi.send('browsingContext.close', { context: tab });
});

// Firefox gives a paste event made by script an empty clipboardData (no
// files, no text, whatever DataTransfer it was made with), so this test's
// page-made paste carries nothing, and BiDi cannot paste a file as a user
// does. The same holds for presend's own replay of a paste it let through:
// in Firefox the page probably gets it empty (not verified).
test('Firefox: a paste with a file keeps its text', { skip: 'Firefox empties the clipboardData of a paste event made by script' }, async () => {
  const tab = await open(
    'paste-text',
    `<script>${UPLOAD} addEventListener('DOMContentLoaded', () => document.getElementById('t').addEventListener('paste', (e) => upload(e.clipboardData.files[0])));</script>`,
    '<textarea id="t"></textarea>',
  );
  // As guard.test.mjs: a paste event carrying a file and text, dispatched in the page.
  const paste = (/** @type {string} */ name, /** @type {string} */ content, /** @type {string} */ text) =>
    run(bidi, tab, (name, content, text) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'text/csv' }));
      data.setData('text/plain', text);
      const t = /** @type {HTMLTextAreaElement} */ (document.getElementById('t'));
      t.focus();
      t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, [name, content, text]);
  await paste('商品.csv', CATALOGUE, '貼り付けた文');
  await arrives('ボールペン');
  assert.equal(await run(bidi, tab, () => /** @type {HTMLTextAreaElement} */ (document.getElementById('t')).value), '貼り付けた文', 'the text was pasted too');
  await paste('名簿.csv', ROSTER, 'もう一つ');
  await continueWith(tab);
  await arrives('山田');
  assert.equal(await run(bidi, tab, () => /** @type {HTMLTextAreaElement} */ (document.getElementById('t')).value), '貼り付けた文もう一つ');
  await bidi.send('browsingContext.close', { context: tab });
});

test('Firefox: an app that sends what is typed with fetch (no form) gets a pasted roster only after the answer', async () => {
  const tab = await open(
    'fetch-typed',
    `<script>addEventListener('DOMContentLoaded', () => { const t = document.getElementById('t'); t.addEventListener('input', () => fetch('/upload', { method: 'POST', body: t.value })); });</script>`,
    '<textarea id="src"></textarea><textarea id="t"></textarea>',
  );
  /** The user's own paste through the real clipboard: Ctrl+C from another field, Ctrl+V. @param {string} text */
  const paste = async (text) => {
    await run(bidi, tab, (text) => {
      const src = /** @type {HTMLTextAreaElement} */ (document.getElementById('src'));
      src.value = text;
      /** @type {HTMLTextAreaElement} */ (document.getElementById('t')).value = '';
    }, [text]);
    await click(bidi, tab, '#src');
    await run(bidi, tab, () => /** @type {HTMLTextAreaElement} */ (document.getElementById('src')).select());
    await press(tab, 'c', 'Control');
    await click(bidi, tab, '#t');
    await press(tab, 'v', 'Control');
  };
  await paste(ROSTER);
  await question(tab);
  nothingOfTheRoster();
  await goBack(tab);
  await sleep(300);
  nothingOfTheRoster();
  assert.equal(await run(bidi, tab, () => /** @type {HTMLTextAreaElement} */ (document.getElementById('t')).value), '', 'go back drops the paste');
  await paste(CATALOGUE);
  await arrives('ボールペン');
  await paste(ROSTER);
  await continueWith(tab);
  await arrives('山田');
  await bidi.send('browsingContext.close', { context: tab });
});

test('Firefox: a chat box that sends what was typed with fetch on Enter gets a typed roster only after the answer', async () => {
  const tab = await open(
    'chat-typed',
    `<script>addEventListener('DOMContentLoaded', () => {
      const t = document.getElementById('t');
      t.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' || !e.ctrlKey) return;
        e.preventDefault();
        const text = t.value;
        t.value = '';
        fetch('/upload', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
          .then(() => { document.title = 'sent'; }, (err) => { t.value = text; document.title = 'failed: ' + err.name; });
      });
    });</script>`,
    '<textarea id="t"></textarea>',
  );
  /** Types `text` key by key (the browser's own input events), then Ctrl+Enter sends. @param {string} text */
  const typeAndSend = async (text) => {
    await run(bidi, tab, () => {
      /** @type {HTMLTextAreaElement} */ (document.getElementById('t')).value = '';
    });
    await click(bidi, tab, '#t');
    const keys = [...text].flatMap((c) => {
      const value = c === '\n' ? '\uE007' : c;
      return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
    });
    await bidi.send('input.performActions', { context: tab, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    await press(tab, '\uE007', 'Control');
  };
  await typeAndSend(ROSTER);
  await question(tab);
  nothingOfTheRoster();
  await goBack(tab);
  await sleep(300);
  nothingOfTheRoster();
  assert.equal(await run(bidi, tab, () => document.title), 'failed: AbortError', 'the page learns its send did not go');
  await typeAndSend(CATALOGUE);
  await arrives('ボールペン');
  await typeAndSend(ROSTER);
  await continueWith(tab);
  await arrives('山田');
  await bidi.send('browsingContext.close', { context: tab });
});
