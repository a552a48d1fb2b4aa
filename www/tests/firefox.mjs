// Debian's Firefox ESR (/usr/bin/firefox-esr, installed by
// scripts/setup-web.sh), driven by WebDriver BiDi straight over its
// WebSocket: Firefox's own remote agent (--remote-debugging-port), no
// geckodriver (Debian has no package for it) and no downloaded browser.
// playwright-core cannot drive a stock Firefox, so this is a small client
// for the few BiDi commands the tests use: contexts, navigation, script
// evaluation in the page's world, input.setFiles, trusted pointer and
// keyboard input, and webExtension.install for the unpacked extension.

import { spawn } from 'node:child_process';
import { chmodSync, constants, copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

export const FIREFOX = '/usr/bin/firefox-esr';

/** The Firefox build scripts/build-firefox.sh writes. */
export const FIREFOX_EXTENSION = fileURLToPath(new URL('../../target/extension-firefox', import.meta.url));
export const FIREFOX_XPI = fileURLToPath(new URL('../../target/presend-firefox.xpi', import.meta.url));

/**
 * Preferences of the test profile: no first-run pages, no default-browser
 * question, no telemetry, updates or remote settings (Firefox's remote agent
 * adds its own recommended set on top: no update checks, no captive portal,
 * no safe-browsing downloads); Japanese first, as the Chromium tests.
 */
const PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'toolkit.telemetry.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'services.settings.server': 'data:,',
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.topsites.contile.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'media.gmp-manager.url': 'data:,',
  'media.gmp-gmpopenh264.enabled': false,
  'intl.accept_languages': 'ja-JP, ja',
  'intl.locale.requested': 'ja',
  // Pop-ups opened by the extension (windows.create) as windows, not tabs.
  'browser.link.open_newwindow.restriction': 0,
  // An unsigned xpi (the force-install policy test); ESR honours this.
  'xpinstall.signatures.required': false,
};

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = /** @type {import('node:net').AddressInfo} */ (s.address()).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A Firefox that reads `policies` as its enterprise policies: a copy of
 * Debian's installation (/usr/lib/firefox-esr) whose distribution/policies.json
 * is the given one, the file an administrator puts in the installation's
 * distribution folder. Only the executable is copied (Firefox finds its
 * installation, and so its distribution folder, from where the executable
 * really is); everything else is a symbolic link to the system's files. The
 * system's Firefox and its policies are left alone, and no root is needed.
 * Returns the executable and a function that removes the copy.
 * @param {object} policies  the contents of policies.json ({ policies: {...} })
 */
export function firefoxWithPolicies(policies) {
  const system = realpathSync('/usr/lib/firefox-esr');
  const dir = mkdtempSync(join(tmpdir(), 'presend-firefox-install-'));
  const app = join(dir, 'firefox-esr');
  mkdirSync(app);
  for (const name of readdirSync(system)) {
    if (name === 'distribution') continue;
    if (name === 'firefox-esr') copyFileSync(join(system, name), join(app, name), constants.COPYFILE_FICLONE);
    else symlinkSync(join(system, name), join(app, name));
  }
  chmodSync(join(app, 'firefox-esr'), 0o755);
  mkdirSync(join(app, 'distribution'));
  writeFileSync(join(app, 'distribution', 'policies.json'), JSON.stringify(policies, null, 2));
  return { executable: join(app, 'firefox-esr'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts Firefox headless in a fresh profile with its BiDi endpoint, and opens a session.
 * @param {{ executable?: string, prefs?: Record<string, unknown>, log?: (line: string) => void }} [options]
 */
export async function launchFirefox({ executable = FIREFOX, prefs = {}, log } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'presend-firefox-'));
  const all = { ...PREFS, ...prefs };
  writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const port = await freePort();
  const child = spawn(executable, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, 'about:blank'], {
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1', LANG: 'ja_JP.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never left running if this process ends first (a failed test, Ctrl-C).
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  let output = '';
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi endpoint in 60 s:\n${output.slice(-2000)}`)), 60_000);
    const read = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log?.(line);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${output.slice(-2000)}`));
    });
  });
  const base = /** @type {string} */ (await listening);
  const bidi = await connect(`${base.replace(/\/$/, '')}/session`);
  const session = await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true, unhandledPromptBehavior: { default: 'ignore' } } } });
  return {
    bidi,
    /** e.g. "153.8.0" */
    version: /** @type {string} */ (session.capabilities?.browserVersion ?? ''),
    profile,
    child,
    async close() {
      // browser.close ends the session and the browser; the process is
      // killed if it has not gone 10 s later.
      await bidi.send('browser.close', {}).catch(() => {});
      bidi.close();
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve(undefined);
        });
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A BiDi connection: `send` resolves with a command's result or rejects with
 * its error; `on` gets events (subscribe with session.subscribe first).
 * @param {string} url
 */
export async function connect(url) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, method: string }>} */
  const pending = new Map();
  /** @type {Set<(event: { method: string, params: any }) => void>} */
  const listeners = new Set();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.id !== undefined && pending.has(msg.id)) {
      const p = /** @type {any} */ (pending.get(msg.id));
      pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`${p.method}: ${msg.error}: ${msg.message}`));
      else p.resolve(msg.result);
    } else if (msg.type === 'event') {
      for (const l of listeners) l(msg);
    }
  });
  ws.on('close', () => {
    for (const p of pending.values()) p.reject(new Error(`${p.method}: the BiDi connection closed`));
    pending.clear();
  });
  return {
    /** @param {string} method @param {object} params @returns {Promise<any>} */
    send(method, params) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        ws.send(JSON.stringify({ id, method, params }));
      });
    },
    /** @param {(event: { method: string, params: any }) => void} fn */
    on(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close: () => ws.close(),
  };
}

/** @typedef {Awaited<ReturnType<typeof connect>>} Bidi */

/**
 * Turns a BiDi remote value into plain JS (strings, numbers, arrays, objects).
 * @param {any} v
 * @returns {any}
 */
export function plain(v) {
  if (!v || typeof v !== 'object') return v;
  switch (v.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return v.value;
    case 'number':
      return typeof v.value === 'number' ? v.value : Number(v.value);
    case 'array':
      return (v.value ?? []).map(plain);
    case 'object':
      return Object.fromEntries((v.value ?? []).map(([k, x]) => [typeof k === 'string' ? k : plain(k), plain(x)]));
    default:
      return v;
  }
}

/**
 * Runs `fn` (its source) in a context's page world with JSON-able arguments;
 * resolves with its (awaited) result as plain JS, or the remote reference
 * when `handle` (for input.setFiles and element-origin pointer moves).
 * @param {Bidi} bidi @param {string} context @param {Function | string} fn @param {unknown[]} [args]
 * @param {{ handle?: boolean }} [options]
 */
export async function evaluate(bidi, context, fn, args = [], { handle = false } = {}) {
  const r = await bidi.send('script.callFunction', {
    functionDeclaration: String(fn),
    target: { context },
    arguments: args.map((a) => ({ type: 'string', value: JSON.stringify(a) })),
    awaitPromise: true,
    resultOwnership: handle ? 'root' : 'none',
    serializationOptions: { maxObjectDepth: 6 },
  }).catch((e) => {
    throw e;
  });
  if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text ?? 'exception'}`);
  return handle ? r.result : plain(r.result);
}

/**
 * Like `evaluate`, but the function takes its arguments already parsed.
 * @param {Bidi} bidi @param {string} context @param {(...args: any[]) => any} fn @param {unknown[]} [args]
 */
export function run(bidi, context, fn, args = [], options = {}) {
  const wrapped = `(...a) => (${String(fn)})(...a.map((x) => JSON.parse(x)))`;
  return evaluate(bidi, context, wrapped, args, options);
}

/** Every top-level context with its URL (tabs and windows, extension pages too). @param {Bidi} bidi */
export async function contexts(bidi) {
  const { contexts: list } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
  return /** @type {{ context: string, url: string }[]} */ (list);
}

/**
 * Waits for a top-level context whose URL matches.
 * @param {Bidi} bidi @param {(url: string) => boolean} match
 * @param {{ timeout?: number, except?: Set<string> }} [options]
 */
export async function waitForContext(bidi, match, { timeout = 20_000, except = new Set() } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await contexts(bidi)).find((c) => match(c.url) && !except.has(c.context));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no context matched in ${timeout} ms: ${(await contexts(bidi)).map((c) => c.url).join(', ')}`);
    await sleep(100);
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` in the page until it returns a truthy value.
 * @param {Bidi} bidi @param {string} context @param {(...args: any[]) => any} fn @param {unknown[]} [args]
 */
export async function waitFor(bidi, context, fn, args = [], { timeout = 20_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await run(bidi, context, fn, args).catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A new tab at `url`, loaded. @param {Bidi} bidi @param {string} url */
export async function newTab(bidi, url) {
  const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return /** @type {string} */ (context);
}

/**
 * Picks files into the file input `selector` as a user would (BiDi
 * input.setFiles: trusted input and change events).
 * @param {Bidi} bidi @param {string} context @param {string} selector @param {string[]} paths
 */
export async function setFiles(bidi, context, selector, paths) {
  const element = await run(bidi, context, (s) => document.querySelector(s), [selector], { handle: true });
  if (!element?.sharedId) throw new Error(`no element ${selector}`);
  await bidi.send('input.setFiles', { context, element: { sharedId: element.sharedId }, files: paths });
}

/**
 * A user's click on the element `selector` finds (trusted pointer events at its centre).
 * @param {Bidi} bidi @param {string} context @param {string} selector
 */
export async function click(bidi, context, selector) {
  const element = await run(bidi, context, (s) => {
    const find = (/** @type {Document | ShadowRoot} */ root) => {
      const hit = root.querySelector(s);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    const el = find(document);
    el?.scrollIntoView({ block: 'center' });
    return el;
  }, [selector], { handle: true });
  if (!element?.sharedId) throw new Error(`no element ${selector}`);
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await bidi.send('input.releaseActions', { context }).catch(() => {});
}

/**
 * Types `text` as a user at the focused element (trusted key events).
 * @param {Bidi} bidi @param {string} context @param {string} text
 */
export async function type(bidi, context, text) {
  const actions = [];
  for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
  await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  await bidi.send('input.releaseActions', { context }).catch(() => {});
}
