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
//   force_installed from the xpi, settings under 3rdparty.Extensions, in a
//   copy of the installation's distribution folder): installed without the
//   user, who cannot disable it (installType admin, mayDisable false), the
//   pushed settings (locked, the language, Roundcube's host) reach the
//   extension, a real check and the options page (shown locked);
// - in a real Roundcube (scripts/roundcube/setup.sh) with that policy, a
//   roster attached to a mail for a gmail address is held at Send: going back
//   sends nothing (the SMTP sink stays empty), going on with a reason sends it;
// - force-installed from an intranet server (here loopback), it picks up a
//   newer version offered later in the updates.json its manifest names, and
//   guards the page that was open during the update as well as new ones;
// - no request to any other origin, of those BiDi reports (the pages', the
//   checker frame's and the extension's pages').
//
// The sample workbooks come from `cargo run --example samples -- www/demo/samples`
// (`make test-web` writes them before the browser tests).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIREFOX_EXTENSION, FIREFOX_XPI, click, firefoxWithPolicies, contexts, launchFirefox, newTab, run, sleep, setFiles, type, waitFor, waitForContext } from './firefox.mjs';
import { clearSink, roundcubeInfo, sinkMessages, startRoundcube, waitForSink } from './roundcube.mjs';

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

/** The add-on's ID (scripts/firefox-manifest.mjs) and its moz-extension:// host in the test profiles (fixed, so the test knows its pages). */
const ID = 'presend@presend';
const UUID = '5e7d0c1a-3b1f-4c6e-9a43-7f2d8b1c0e55';
const EXT_ORIGIN = `moz-extension://${UUID}`;

/** @type {Awaited<ReturnType<typeof uploadServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {import('./firefox.mjs').Bidi} */
let bidi;
/** @type {string[]} */
let foreign = [];
/** Origins the pages may talk to: the upload form's, Roundcube's. */
const allowed = /** @type {string[]} */ ([]);
/** @type {string[]} */
let logged = [];

before(async () => {
  server = await uploadServer();
  allowed.push(server.origin);
});
after(async () => {
  await server?.close();
});

/** Firefox with a fresh profile, the requests and console recorded. @param {{ executable?: string, prefs?: Record<string, unknown> }} [options] */
async function start({ executable, prefs = {} } = {}) {
  ff = await launchFirefox({ executable, prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }), ...prefs } });
  bidi = ff.bidi;
  foreign = await recordForeign(bidi, () => allowed);
  logged = [];
  bidi.on((e) => {
    if (e.method === 'log.entryAdded') logged.push(String(e.params.text ?? ''));
  });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
}

async function stop() {
  await ff?.close();
  // The checks ran in the checker frame (the service-worker fallback says so in the console).
  assert.ok(!logged.some((l) => /checker frame did not start/.test(l)), `checked in the checker frame: ${logged.filter((l) => /presend/.test(l)).join(' | ')}`);
  assert.deepEqual(foreign, [], 'neither the pages nor the extension talk to another origin');
}

/** Waits until the context is gone (a closed question window). @param {string} context */
async function gone(context, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while ((await contexts(bidi)).some((c) => c.context === context)) {
    if (Date.now() > deadline) throw new Error('the question window did not close');
    await sleep(100);
  }
}

/** The open question window and its dialog text, once shown. @param {Set<string>} [except] */
async function question(except = new Set()) {
  const win = await waitForContext(bidi, (u) => u.startsWith(`${EXT_ORIGIN}/confirm.html`), { except });
  const text = /** @type {string} */ (await waitFor(bidi, win.context, dialogText, [], { what: 'the question' }));
  return { win: win.context, text };
}

/** Answers "continue" with a reason, as a user: picks the reason, ticks every box, clicks. @param {string} win */
async function proceed(win) {
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
  await gone(win);
}

/**
 * The upload form in a new tab once the extension guards it (a policy
 * installs the add-on a moment after Firefox starts).
 */
async function guardedForm() {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const tab = await newTab(bidi, `${server.origin}/tests/pages/plain-upload.html`);
    if (await run(bidi, tab, () => Boolean(/** @type {any} */ (window)[Symbol.for('presend.page')]))) return tab;
    await bidi.send('browsingContext.close', { context: tab });
    if (Date.now() > deadline) throw new Error('the extension did not come to guard the page');
    await sleep(500);
  }
}

describe('Firefox ESR, the extension as a temporary add-on (the developer route)', () => {
  before(async () => {
    await start();
    const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION } });
    assert.equal(extension, ID);
  });
  after(stop);

  test('a payroll register with My Numbers picked on an upload form is held and asked about in the extension window', async (t) => {
    t.diagnostic(`Firefox ${ff.version}`);
    const tab = await pick(bidi, server.origin, ROSTER);
    const { win, text } = await question();
    assert.match(text, /05_給与台帳\.xlsx/);
    assert.match(text, /30人分/);
    assert.match(text, /マイナンバー/);
    // The page holds no file while the user decides, and nothing of the
    // question is in its DOM or its text.
    const view = await run(bidi, tab, pageView);
    assert.equal(view.files, 0, 'the file is out of the input while held');
    assert.equal(view.question, 0, 'nothing of the question is in the page');
    assert.doesNotMatch(view.text, /人分|マイナンバー|presend/, 'nor in its text');
    // A page script cannot answer: a synthetic click on the window's button
    // is not the user's (the page cannot even reach that window; this is the
    // dialog's own rule, tried from inside it).
    await run(bidi, win, () => {
      for (const el of document.querySelectorAll('*')) /** @type {HTMLElement | null} */ (el.shadowRoot?.querySelector('[data-action=cancel]'))?.click();
    });
    await sleep(500);
    assert.ok((await contexts(bidi)).some((c) => c.context === win), 'a script click does not answer the question');
    // "Go back", clicked by the user, closes the window and drops the file.
    await click(bidi, win, '[data-action=cancel]');
    await gone(win);
    await submit(bidi, tab, server);
    assert.ok(!server.posted.some((p) => p.includes('給与台帳') || p.includes('PK')), 'the register never left the page');
    await bidi.send('browsingContext.close', { context: tab });
  });

  test('a clean workbook goes through with no question', async () => {
    const tab = await pick(bidi, server.origin, CLEAN);
    await waitFor(bidi, tab, () => /** @type {HTMLInputElement} */ (document.querySelector('#file')).files?.length === 1, [], { what: 'the file back in the input' });
    const start = server.posted.length;
    await submit(bidi, tab, server, 15_000);
    const posts = server.posted.slice(start);
    assert.equal(posts.length, 1, 'one post');
    assert.match(posts[0], /filename="09_商品カタログ\.xlsx"/);
    assert.match(posts[0], /PK/, 'with the workbook in it');
    assert.equal((await contexts(bidi)).filter((c) => c.url.includes('/confirm.html')).length, 0, 'no question window');
    await bidi.send('browsingContext.close', { context: tab });
  });
});

describe('Firefox ESR, the xpi force-installed by policies.json (the administrator route)', () => {
  /** @type {ReturnType<typeof firefoxWithPolicies>} */
  let install;
  before(async () => {
    await startRoundcube();
    const rc = new URL(roundcubeInfo().url);
    allowed.push(rc.origin);
    // What an administrator writes (README): the force-install from the
    // intranet (here the xpi on disk) and the extension's settings.
    install = firefoxWithPolicies({
      policies: {
        ExtensionSettings: { [ID]: { installation_mode: 'force_installed', install_url: `file://${FIREFOX_XPI}` } },
        '3rdparty': {
          Extensions: {
            [ID]: {
              locked: true,
              lang: 'en',
              mail_hosts: [{ host: rc.host, adapter: 'roundcube' }],
              policy: { partner_domains: { 'delta-test.co.jp': 'デルタテスト株式会社' } },
            },
          },
        },
      },
    });
    await start({ executable: install.executable });
  });
  after(async () => {
    try {
      await stop();
    } finally {
      install?.remove();
    }
  });

  test('installed without the user, who cannot disable it; the pushed settings reach a real check', async () => {
    const tab = await guardedForm();
    await setFiles(bidi, tab, '#file', [ROSTER]);
    const { win, text } = await question();
    assert.match(text, /30 people/, 'asked in the pushed language');
    // Seen from the extension's own page (the question window).
    const self = await run(bidi, win, async () => {
      const me = await chrome.management.getSelf();
      return { installType: me.installType, mayDisable: me.mayDisable, enabled: me.enabled, managed: await chrome.storage.managed.get(null) };
    });
    assert.equal(self.installType, 'admin');
    assert.equal(self.mayDisable, false);
    assert.equal(self.enabled, true);
    assert.equal(self.managed.locked, true);
    assert.deepEqual(self.managed.policy?.partner_domains, { 'delta-test.co.jp': 'デルタテスト株式会社' });
    await click(bidi, win, '[data-action=cancel]');
    await gone(win);
    // The options page (options_ui, in a tab) shows the settings as the
    // administrator's, read-only. (BiDi may not navigate to an extension
    // page; the extension opens it, as the add-ons manager would.)
    const before = new Set((await contexts(bidi)).map((c) => c.context));
    await setFiles(bidi, tab, '#file', [ROSTER]);
    const again = await question();
    await run(bidi, again.win, () => chrome.runtime.openOptionsPage());
    const options = await waitForContext(bidi, (u) => u.startsWith(`${EXT_ORIGIN}/options.html`), { except: before });
    const page = await waitFor(bidi, options.context, () => {
      const text = document.body.innerText;
      return /administrator/i.test(text) ? { text, values: [...document.querySelectorAll('input, textarea')].map((e) => /** @type {HTMLInputElement} */ (e).value).join('\n') } : null;
    }, [], { what: 'the options page' });
    assert.match(page.text, /locked these settings/, 'locked by the administrator');
    assert.match(page.values, /delta-test\.co\.jp/, 'the pushed partner domain is shown');
    await bidi.send('browsingContext.close', { context: options.context });
    await click(bidi, again.win, '[data-action=cancel]');
    await gone(again.win);
    await bidi.send('browsingContext.close', { context: tab });
  });

  test('a roster attached in the Roundcube compose is held at Send: back sends nothing, a reason sends it', async () => {
    const rc = roundcubeInfo();
    await clearSink();
    const tab = await newTab(bidi, rc.url);
    if (await run(bidi, tab, () => Boolean(document.querySelector('#rcmloginuser')))) {
      await run(bidi, tab, (user, password) => {
        /** @type {HTMLInputElement} */ (document.querySelector('#rcmloginuser')).value = user;
        /** @type {HTMLInputElement} */ (document.querySelector('#rcmloginpwd')).value = password;
      }, [rc.user, rc.password]);
      await click(bidi, tab, '#rcmloginsubmit');
      await waitFor(bidi, tab, () => Boolean(document.querySelector('#messagelist')), [], { what: 'the mail list' });
    }
    await bidi.send('browsingContext.navigate', { context: tab, url: `${rc.url}?_task=mail&_action=compose`, wait: 'complete' });
    await waitFor(bidi, tab, () => {
      const rcm = /** @type {any} */ (window).rcmail;
      return Boolean(rcm?.env?.compose_id && rcm.cmp_hash !== undefined && document.querySelector('#compose_to ul.recipient-input li.input input'));
    }, [], { what: 'the compose' });
    // The recipient typed as a user would (Roundcube makes a bubble on ","), subject and body.
    await click(bidi, tab, '#compose_to ul.recipient-input li.input input');
    await type(bidi, tab, 'carol.private@gmail.com,');
    await waitFor(bidi, tab, () => /** @type {HTMLTextAreaElement} */ (document.querySelector('#_to')).value.includes('carol.private@gmail.com'), [], { what: 'the recipient' });
    await run(bidi, tab, () => {
      /** @type {HTMLInputElement} */ (document.querySelector('#compose-subject')).value = '給与台帳の件';
      /** @type {HTMLTextAreaElement} */ (document.querySelector('#composebody')).value = 'お疲れ様です。給与台帳を送ります。';
    });
    // Attaching: an upload of personal data may be asked about at once; the user goes on.
    await setFiles(bidi, tab, '#uploadformInput', [ROSTER]);
    const listed = () => [...document.querySelectorAll('#attachment-list li .attachment-name')].some((e) => e.textContent === '05_給与台帳.xlsx') && !document.querySelector('#attachment-list li.uploading');
    const seen = new Set();
    const deadline = Date.now() + 30_000;
    while (!(await run(bidi, tab, listed))) {
      const q = (await contexts(bidi)).find((c) => c.url.startsWith(`${EXT_ORIGIN}/confirm.html`) && !seen.has(c.context));
      if (q) {
        seen.add(q.context);
        await waitFor(bidi, q.context, dialogText, [], { what: 'the attach-time question' });
        await proceed(q.context);
      }
      if (Date.now() > deadline) throw new Error('the attachment was not uploaded');
      await sleep(200);
    }

    // Send: held, asked in the extension's window with the recipient and the file.
    await click(bidi, tab, '#compose-content .formbuttons button.send');
    const first = await question(seen);
    seen.add(first.win);
    assert.match(first.text, /carol\.private@gmail\.com/, 'the recipient is shown');
    assert.match(first.text, /05_給与台帳\.xlsx/, 'the attachment is shown');
    assert.match(first.text, /30 people/, 'with the number of people');
    assert.match(first.text, /My Number/);
    assert.equal(await run(bidi, tab, () => document.querySelectorAll('[role=alertdialog], [data-presend-dialog]').length), 0, 'nothing of the question is in the page');
    await click(bidi, first.win, '[data-action=cancel]');
    await gone(first.win);
    await sleep(2000);
    assert.equal((await sinkMessages()).length, 0, 'back to editing: nothing reached the SMTP sink');
    assert.match(String(await run(bidi, tab, () => location.search)), /_action=compose/, 'still editing');

    await click(bidi, tab, '#compose-content .formbuttons button.send');
    const again = await question(seen);
    await proceed(again.win);
    await waitForSink(1, { timeoutMs: 20_000 });
    const [mail] = await sinkMessages();
    assert.deepEqual(mail.recipients, ['carol.private@gmail.com']);
    assert.deepEqual(mail.attachments.map((a) => a.name), ['05_給与台帳.xlsx']);
    await bidi.send('browsingContext.close', { context: tab });
  });
});

describe('Firefox ESR, a force-installed xpi updated from its update URL', () => {
  const work = mkdtempSync(join(tmpdir(), 'presend-ffupdate-'));
  /** @type {ReturnType<typeof firefoxWithPolicies>} */
  let install;
  /** @type {import('node:http').Server} */
  let updates;
  /** What the update server offers in updates.json. */
  let offered = '0.1.0';
  /** @type {string[]} */
  const fetched = [];

  before(async () => {
    updates = createServer((req, res) => {
      const [, version, file] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
      fetched.push(`${version}/${file}`);
      if (file === 'updates.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(work, offered, 'updates.json')));
      if (file === 'presend-firefox.xpi' && ['0.1.0', '0.1.1'].includes(version)) {
        return void res.writeHead(200, { 'content-type': 'application/x-xpinstall' }).end(readFileSync(join(work, version, 'presend-firefox.xpi')));
      }
      res.writeHead(404).end();
    });
    await new Promise((resolve) => updates.listen(0, '127.0.0.1', () => resolve(undefined)));
    const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (updates.address()).port}`;
    allowed.push(base);
    // Two versions of the same build, as scripts/build-firefox.sh packs them
    // for a self-hosted update URL (update_url + updates.json).
    for (const version of ['0.1.0', '0.1.1']) {
      execFileSync('bash', [join(WWW, '../scripts/build-firefox.sh')], {
        env: { ...process.env, PRESEND_PACKAGE_OUT: join(work, version), PRESEND_VERSION: version, PRESEND_GECKO_UPDATE_BASE: `${base}/${version}` },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    install = firefoxWithPolicies({
      policies: { ExtensionSettings: { [ID]: { installation_mode: 'force_installed', install_url: `${base}/0.1.0/presend-firefox.xpi` } } },
    });
    // Firefox checks add-on updates on a timer (a day by default); here its
    // first run comes about 10 s after start and then every 30 s or so.
    await start({
      executable: install.executable,
      prefs: {
        'extensions.update.enabled': true,
        'extensions.update.interval': 5,
        'app.update.timerFirstInterval': 10_000,
        'app.update.timerMinimumDelay': 30,
        // The loopback update server is plain http; an intranet one is https.
        'extensions.checkUpdateSecurity': false,
      },
    });
  });
  after(async () => {
    try {
      await stop();
    } finally {
      install?.remove();
      await new Promise((resolve) => (updates ? updates.close(() => resolve(undefined)) : resolve(undefined)));
      rmSync(work, { recursive: true, force: true });
    }
  });

  /** The extension's version, read in the question window of a roster picked in `tab` (held, then "go back"). @param {string} tab */
  async function versionSeenFrom(tab) {
    await setFiles(bidi, tab, '#file', [ROSTER]);
    const { win } = await question();
    const version = await run(bidi, win, () => chrome.runtime.getManifest().version);
    await click(bidi, win, '[data-action=cancel]');
    await gone(win);
    return version;
  }

  test('a newer version offered later is installed by itself, and guards the open page and new ones', async () => {
    const open = await guardedForm();
    assert.equal(await versionSeenFrom(open), '0.1.0');
    offered = '0.1.1';
    const deadline = Date.now() + 120_000;
    while (!fetched.includes('0.1.1/presend-firefox.xpi')) {
      if (Date.now() > deadline) throw new Error(`no update fetched in 120 s: ${fetched.join(', ')}`);
      await sleep(500);
    }
    // The new version guards a new page and the page that stayed open.
    let now = '';
    for (const until = Date.now() + 30_000; now !== '0.1.1' && Date.now() < until; ) {
      const tab = await guardedForm();
      now = await versionSeenFrom(tab);
      await bidi.send('browsingContext.close', { context: tab });
      if (now !== '0.1.1') await sleep(1000);
    }
    assert.equal(now, '0.1.1', 'updated');
    assert.equal(await versionSeenFrom(open), '0.1.1', 'the page open during the update is guarded by the new version');
    await bidi.send('browsingContext.close', { context: open });
  });
});
