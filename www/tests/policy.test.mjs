// The administrator's route (issue 20): the packed extension
// (scripts/package-extension.sh: a signed CRX3 and updates.xml) served from
// an intranet server (here loopback), force-installed by Chromium's managed
// policy file with the extension's settings under "3rdparty". Checked as an
// administrator would: installed without the user, not removable or
// disableable by the user, the pushed settings applied to a real check, and
// a newer version served later on the same update URL picked up. (That
// needs `update_url` in the packed manifest: without it Chromium asks the
// Web Store, which is why an earlier version of this test saw no request.)
//
// Chromium reads managed policy only from /etc/chromium/policies/managed, so
// the test writes a file there for its own run and removes it after: it
// needs root (as the CI container has) and says so plainly otherwise.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, launchWithRetry, openUploadForm } from './browser.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'presend-force-install-test.json');
const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';

const work = mkdtempSync(join(tmpdir(), 'presend-policy-'));
/** @type {import('node:http').Server} */
let updates;
let updateBase = '';
/** What the update server offers: the version in updates.xml. */
let offered = '0.1.0';
/** @type {Awaited<ReturnType<typeof startServer>>} */
let pages;
/** @type {import('playwright-core').BrowserContext} */
let context;
let id = '';

/**
 * Writes Chromium's managed policy file: directly as root, else through
 * `sudo -n` (as scripts/setup-web.sh installs packages); says plainly when
 * neither may.
 * @param {string} json
 */
function writePolicy(json) {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, json);
  } catch (e) {
    try {
      execFileSync('sudo', ['-n', 'mkdir', '-p', POLICY_DIR]);
      execFileSync('sudo', ['-n', 'tee', POLICY_FILE], { input: json, stdio: ['pipe', 'ignore', 'inherit'] });
    } catch {
      throw new Error(`the force-install test writes Chromium's managed policy in ${POLICY_DIR}: run as root or with passwordless sudo (${e})`);
    }
  }
}

function removePolicy() {
  try {
    rmSync(POLICY_FILE, { force: true });
  } catch {
    try {
      execFileSync('sudo', ['-n', 'rm', '-f', POLICY_FILE]);
    } catch {
      // Nothing was written.
    }
  }
}

/** Packs target/extension as `version` into work/<version>/ with the test's key. */
function pack(version) {
  const out = join(work, version);
  execFileSync('bash', [join(ROOT, 'scripts/package-extension.sh')], {
    env: {
      ...process.env,
      PRESEND_CRX_KEY: join(work, 'key.pem'),
      PRESEND_UPDATE_BASE: `${updateBase}/${version}`,
      // One update manifest for every version, as an intranet server has.
      PRESEND_UPDATE_URL: `${updateBase}/updates.xml`,
      PRESEND_VERSION: version,
      PRESEND_PACKAGE_OUT: out,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(out, 'extension-id.txt'), 'utf8').trim();
}

before(async () => {
  updates = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (process.env.PRESEND_DEBUG_UPDATES) console.error('update server:', req.method, req.url);
    if (url.pathname === '/updates.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(readFileSync(join(work, offered, 'updates.xml')));
      return;
    }
    const [, version, file] = url.pathname.split('/');
    if (file === 'presend.crx') {
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      res.end(readFileSync(join(work, version, 'presend.crx')));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => updates.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = updates.address();
  updateBase = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', join(work, 'key.pem')]);
  id = pack('0.1.0');
  assert.equal(pack('0.1.1'), id, 'one key, one extension ID across versions');
  // What an administrator puts in /etc/chromium/policies/managed (README):
  // the force-install list and the extension's own settings.
  writePolicy(
    JSON.stringify({
      ExtensionInstallForcelist: [`${id};${updateBase}/updates.xml`],
      '3rdparty': {
        extensions: {
          [id]: { locked: true, lang: 'en', policy: { partner_domains: { 'delta-test.co.jp': 'デルタテスト株式会社' } } },
        },
      },
    }),
  );
  pages = await startServer();
  context = await launchWithRetry(() =>
    chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      // Playwright turns off extensions and the background networking that
      // fetches force-installed ones; the update server is on loopback, and
      // Chromium is otherwise kept off the network as in every test.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
      args: ['--no-sandbox', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }),
  );
});

after(async () => {
  removePolicy();
  await context?.close();
  await pages?.close();
  await new Promise((resolve) => (updates ? updates.close(() => resolve(undefined)) : resolve(undefined)));
  rmSync(work, { recursive: true, force: true });
});

/** The extension's service worker once it runs, at `version` if given. */
async function worker(version = '', timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const w of context.serviceWorkers()) {
      if (!w.url().startsWith(`chrome-extension://${id}/`)) continue;
      const v = await w.evaluate(() => chrome.runtime.getManifest().version).catch(() => '');
      if (!version || v === version) return w;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no service worker of ${id}${version ? ` at ${version}` : ''} within ${timeout} ms`);
}

test('the policy installs presend without the user, who cannot remove or disable it', async () => {
  const w = await worker();
  const self = await w.evaluate(() => chrome.management.getSelf());
  assert.equal(self.installType, 'admin');
  assert.equal(self.mayDisable, false);
  assert.equal(self.enabled, true);
});

test('the settings pushed by the administrator reach the extension and its checks', async () => {
  const w = await worker();
  const deadline = Date.now() + 20_000;
  /** @type {Record<string, any>} */
  let managed = {};
  while (Date.now() < deadline && !managed.locked) {
    managed = await w.evaluate(() => chrome.storage.managed.get(null));
    if (!managed.locked) await new Promise((r) => setTimeout(r, 250));
  }
  assert.deepEqual(managed.policy?.partner_domains, { 'delta-test.co.jp': 'デルタテスト株式会社' });
  // A real check on an ordinary upload form: held, and asked in the pushed
  // language. (Playwright does not wrap the windows of an extension that
  // arrived after launch, so the question is seen from the extension's side:
  // its open contexts.)
  const { page, posted } = await openUploadForm(context, pages.origin);
  await page.setInputFiles('#file', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  let question = '';
  const asked = Date.now() + 30_000;
  while (!question && Date.now() < asked) {
    const urls = await w.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['TAB'] })).map((c) => c.documentUrl ?? ''),
    );
    question = urls.find((u) => u.includes('/confirm.html?')) ?? '';
    if (!question) await new Promise((r) => setTimeout(r, 250));
  }
  assert.ok(question, 'the question window opened for the roster');
  assert.equal(new URL(question).searchParams.get('lang'), 'en', 'asked in the pushed language (lang: en)');
  await page.click('button[type=submit]');
  await page.waitForTimeout(500);
  assert.ok(!posted.some((p) => p.includes('山田')), 'the roster never left the page');
  // The options page shows the settings as the administrator's, read-only.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForTimeout(500);
  assert.match(await options.locator('body').innerText(), /administrator/i);
  const shown = await options.locator('input, textarea').evaluateAll((els) => els.map((e) => /** @type {HTMLInputElement} */ (e).value).join('\n'));
  assert.match(shown, /delta-test\.co\.jp/);
  await options.close();
  await page.close();
});

test('a newer version served later on the same update URL is picked up', async () => {
  await worker('0.1.0');
  offered = '0.1.1';
  // What Chromium does on its own every few hours (and what "Update" on
  // chrome://extensions does at once): ask the update URL again.
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const answer = await page.evaluate(
    () => new Promise((resolve) => /** @type {any} */ (globalThis).chrome.developerPrivate.autoUpdate(() => resolve('asked'))),
  );
  assert.equal(answer, 'asked');
  const w = await worker('0.1.1', 60_000);
  const self = await w.evaluate(() => chrome.management.getSelf());
  assert.equal(self.version, '0.1.1');
  assert.equal(self.installType, 'admin', 'still installed by the administrator');
  await page.close();
});
