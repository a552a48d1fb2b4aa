// The extension's service worker: the one place the wasm core runs (a page's
// CSP may forbid WebAssembly in a content script; the extension's own CSP
// allows it). Content scripts send files, fields and messages; only messages
// from this extension's own scripts are answered. No network request is ever
// made.
//
// It also keeps what the options page shows: the effective policy (the
// user's settings, overridden, or replaced when locked, by an administrator's
// managed policy), each adapter's health, and the local log of checks
// (metadata only), plus the recipient domains mails went to, which the
// first-time-domain rule needs.

import init, { Checker, setNameData } from './lib/pkg/presend.js';
import initMore, { Checker as MoreChecker, setNameData as setMoreNameData } from './lib/pkg/presend_more.js';
import { nameLists, secondModule } from './lib/more.js';
import { effectiveSettings, historyDomain, mailAdaptersFor } from './settings.js';

/** Entries kept in the local log; the oldest go first. */
const LOG_LIMIT = 2000;
/** Domains kept for first_time_domain. */
const HISTORY_LIMIT = 5000;

/** @type {Promise<{ checker: Checker | null, error: string | null, lang: string }> | null} */
let ready = null;

/** The prose name finder's lists, from the extension's own files. */
const names = nameLists(chrome.runtime.getURL('lib/pkg/presend-names.txt'));

/** Builds the checker from the effective policy (again after a settings change). */
function checker() {
  ready ??= (async () => {
    names.load(); // read while the wasm compiles
    await init({ module_or_path: chrome.runtime.getURL('lib/pkg/presend_bg.wasm') });
    await names.giveTo(setNameData);
    const settings = await effectiveSettings();
    try {
      return { checker: new Checker(settings.policy, undefined), error: null, lang: settings.lang };
    } catch (error) {
      // A policy that does not parse must not silently fall back to the
      // defaults: every check then asks the user, saying why.
      return { checker: null, error: `invalid settings: ${/** @type {Error} */ (error)?.message ?? error}`, lang: settings.lang };
    }
  })();
  return ready;
}

/** The second module (lib/more.js: PDF, .xls, .xlsb, .ods), started on the first such file. */
const more = secondModule(async () => {
  await initMore({ module_or_path: chrome.runtime.getURL('lib/pkg/presend_more_bg.wasm') });
  await names.giveTo(setMoreNameData);
  const c = new MoreChecker((await effectiveSettings()).policy, undefined);
  performance.mark('presend:second-module-ready'); // for the tests: loaded once, early
  return c;
});

/**
 * Runs a check with the first module and, when it met a file only the
 * second reads, again with the second; if that cannot load, the first
 * verdict (which says the file was not read) stands.
 * @template T @param {(c: { checkUpload: Checker['checkUpload'] }) => T} check
 */
async function withMore(check) {
  const { checker: c, error } = await checker();
  if (!c) throw Object.assign(new Error(error ?? 'no checker'), { code: 'invalid_policy' });
  return more.recheck(check(c), check);
}

/**
 * Runs a mail check: on the second module, which alone has `checkMessage`
 * (lib/more.js), once the first has accepted the settings.
 * @template T @param {(c: MoreChecker) => T} check
 */
async function withMail(check) {
  const { checker: c, error } = await checker();
  if (!c) throw Object.assign(new Error(error ?? 'no checker'), { code: 'invalid_policy' });
  return more.run(check);
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && 'settings' in changes)) {
    ready = null;
    more.reset();
  }
});

/** @param {string} base64 */
function decode(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @param {{ name: string, data?: string, unavailable?: string }[]} files */
function fromWire(files) {
  return (files ?? []).map((f) => (typeof f.data === 'string' ? { name: f.name, bytes: decode(f.data) } : { name: f.name, unavailable: String(f.unavailable ?? 'not sent') }));
}

/**
 * Appends to a list in local storage, keeping the newest `limit` items.
 * @param {string} key @param {unknown[]} items @param {number} limit
 */
async function append(key, items, limit) {
  const stored = (await chrome.storage.local.get(key))[key] ?? [];
  const next = [...stored, ...items].slice(-limit);
  await chrome.storage.local.set({ [key]: next });
}

/**
 * The page a content script's message came from, as the browser reports it
 * (the frame's URL), never as the message says.
 * @param {chrome.runtime.MessageSender} sender
 */
function senderPage(sender) {
  try {
    return new URL(sender.url ?? sender.tab?.url ?? sender.origin ?? '');
  } catch {
    return null;
  }
}

/**
 * The host a web-mail message came from, when the adapter it names may run
 * there (settings.js: the makers' hosts, and the hosts the settings list);
 * otherwise the message is refused. Only then may it write the log, the
 * adapter health or the recipient history: a page that copies a web mail's
 * compose form must not vouch for the domains it chose.
 * @param {chrome.runtime.MessageSender} sender @param {unknown} [adapter]  any adapter when undefined
 */
async function mailSender(sender, adapter) {
  const page = senderPage(sender);
  const allowed = page ? mailAdaptersFor(page, (await effectiveSettings()).mailHosts) : [];
  if (!page || (adapter === undefined ? allowed.length === 0 : !allowed.includes(String(adapter)))) {
    throw Object.assign(new Error('not a web mail presend runs on'), { code: 'forbidden' });
  }
  return page.host;
}

/**
 * Tabs with a compose open whose send control the adapter does not
 * recognise: their badge says so between checks. Kept in session storage
 * (the service worker may be stopped meanwhile).
 * @param {number} tabId @param {boolean} [set]  changes the state when given
 */
async function unrecognised(tabId, set) {
  const key = `unrecognised:${tabId}`;
  if (set === true) await chrome.storage.session.set({ [key]: true });
  else if (set === false) await chrome.storage.session.remove(key);
  else return (await chrome.storage.session.get(key))[key] === true;
  return set;
}

/** The badge of a tab at rest: "!" while its web mail's send control is not recognised. @param {number} tabId */
async function restingBadge(tabId) {
  const on = await unrecognised(tabId);
  const key = `protected:${tabId}`;
  const guarded = (await chrome.storage.session.get(key))[key] === true;
  const { lang } = await effectiveSettings().catch(() => ({ lang: 'en' }));
  const ja = lang === 'ja';
  await chrome.action.setBadgeBackgroundColor({ tabId, color: on ? '#b45f00' : guarded ? '#1d6b2a' : '#1a56c4' });
  await chrome.action.setBadgeText({ tabId, text: on ? '!' : guarded ? '✓' : '' });
  await chrome.action.setTitle({
    tabId,
    title: on
      ? ja
        ? 'presend: このWebメールの送信ボタンを認識できません。送信するときに確認します。'
        : "presend: this web mail's Send button is not recognised; presend asks before anything is sent."
      : guarded
        ? ja
          ? 'presend: このページのアップロードと送信を確認しています'
          : 'presend protects the uploads and sends of this page'
        : chrome.i18n.getMessage('name'),
  });
  return {};
}

chrome.tabs.onUpdated.addListener((tabId, change) => {
  // Another page in the tab: its content script says again what it sees.
  if (change.status !== 'loading') return;
  chrome.storage.session
    .remove(`protected:${tabId}`)
    .then(() => unrecognised(tabId))
    .then((on) => (on ? unrecognised(tabId, false) : undefined))
    .then(() => restingBadge(tabId))
    .catch(() => {});
});
chrome.tabs.onRemoved.addListener((tabId) => void chrome.storage.session.remove([`unrecognised:${tabId}`, `protected:${tabId}`]).catch(() => {}));

// Tabs that were open before the extension was installed, updated or
// re-enabled have no content script (or one of the old version, which steps
// aside): put the guards in at once rather than at their next reload.
chrome.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'install' && reason !== 'update') return;
  const tabs = await chrome.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const target = { tabId: tab.id, allFrames: true };
    // A tab the browser will not script (the web store, an error page) stays as it is.
    await chrome.scripting.executeScript({ target, files: ['page.js'], world: 'MAIN', injectImmediately: true }).catch(() => {});
    await chrome.scripting.executeScript({ target, files: ['content.js'], injectImmediately: true }).catch(() => {});
  }
});

/**
 * Open question windows: window id → the frame that asked and its question
 * id, so that closing the window answers "go back". Kept in session storage
 * too: the service worker may be stopped while a window is open.
 * @type {Map<number, { tab: number, frame: number, id: string }>}
 */
const questionWindows = new Map();

/** @param {number} windowId */
async function questionOf(windowId) {
  if (questionWindows.has(windowId)) return questionWindows.get(windowId);
  const key = `question:${windowId}`;
  return (await chrome.storage.session.get(key))[key];
}

chrome.windows.onRemoved.addListener(async (windowId) => {
  const q = await questionOf(windowId);
  if (!q) return;
  questionWindows.delete(windowId);
  await chrome.storage.session.remove(`question:${windowId}`);
  // Answered already, the frame ignores it; otherwise closing is "go back".
  chrome.tabs.sendMessage(q.tab, { type: 'ask-answer', id: q.id, choice: { action: 'cancel', remove: [] } }, { frameId: q.frame }).catch(() => {});
});

/** @type {Record<string, (message: any, sender: chrome.runtime.MessageSender) => Promise<object>>} */
const handlers = {
  async 'check-upload'(message) {
    const files = fromWire(message.files);
    return { verdict: await withMore((c) => c.checkUpload(String(message.site ?? ''), files, message.fields ?? undefined)) };
  },
  async 'check-message'(message) {
    const { history = [] } = await chrome.storage.local.get('history');
    const files = fromWire(message.files);
    // Entries from before public suffixes were refused do not count.
    const known = history.filter((/** @type {string} */ d) => historyDomain(d) !== null);
    return { verdict: await withMail((c) => c.checkMessage(message.message, files, known)) };
  },
  // A page where the checker frame cannot run is about to check (a compose
  // opened, a file is being picked): start the core, and with `mail` the
  // second module, so the check does not wait for them. The service worker
  // stays up some 30 s after each message, and a compose in use sends one
  // every 10 s. Never fails: the check itself says when a module is missing.
  async warm(message) {
    const { checker: c } = await checker().catch(() => ({ checker: null }));
    if (c && message.mail === true) await withMail(() => true).catch(() => {});
    return {};
  },
  async log(message, sender) {
    const entry = message.entry ?? {};
    const { domains, site: _claimed, ...rest } = entry;
    const site = await mailSender(sender, rest.adapter);
    // The log keeps no addresses; the recipient domains of mails that went
    // out go to the history instead, for first_time_domain. A public suffix
    // (`co.jp`, `com`, `github.io`) would stand for every organisation under
    // it, so it is never kept.
    await append('log', [{ time: new Date().toISOString(), ...rest, site }], LOG_LIMIT);
    if (Array.isArray(domains) && domains.length) {
      const { history = [] } = await chrome.storage.local.get('history');
      const fresh = [...new Set(domains.map(historyDomain))].filter((d) => d !== null && !history.includes(d));
      if (fresh.length) await append('history', fresh, HISTORY_LIMIT);
    }
    return {};
  },
  // A web mail's content script: a compose is open whose send control its
  // adapter does not recognise (or none is any more).
  async 'mail-state'(message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return {};
    await mailSender(sender);
    await unrecognised(tabId, message.unknown === true);
    return restingBadge(tabId);
  },
  // A frame has a question for the user: open the extension's own window
  // for it, centred on the browser window the page is in, in front.
  async ask(message, sender) {
    const tab = sender.tab?.id;
    if (tab === undefined) throw Object.assign(new Error('a question needs a tab'), { code: 'invalid_input' });
    const frame = sender.frameId ?? 0;
    const id = String(message.id ?? '');
    const lang = message.lang === 'en' ? 'en' : 'ja';
    const url = chrome.runtime.getURL(`confirm.html?${new URLSearchParams({ id, tab: String(tab), frame: String(frame), lang })}`);
    const width = 620;
    const height = 720;
    /** @type {chrome.windows.CreateData} */
    const where = { url, type: 'popup', focused: true, width, height };
    try {
      const parent = await chrome.windows.get(/** @type {number} */ (sender.tab?.windowId));
      if (parent.left !== undefined && parent.width !== undefined && parent.top !== undefined && parent.height !== undefined) {
        where.left = Math.max(0, Math.round(parent.left + (parent.width - width) / 2));
        where.top = Math.max(0, Math.round(parent.top + (parent.height - height) / 3));
      }
    } catch {
      // No parent window to centre on: the browser places it.
    }
    const win = await chrome.windows.create(where);
    if (win?.id !== undefined) {
      questionWindows.set(win.id, { tab, frame, id });
      await chrome.storage.session.set({ [`question:${win.id}`]: { tab, frame, id } });
    }
    return {};
  },
  // Keys for the checker frame (checker.js): handed to a content script, taken
  // back by the frame the first time it is shown, so the frame serves only
  // ports this extension's content scripts gave it, never a page's.
  async 'frame-key'(_message, sender) {
    if (sender.tab?.id === undefined) throw Object.assign(new Error('only content scripts get frame keys'), { code: 'invalid_input' });
    const key = crypto.randomUUID();
    await chrome.storage.session.set({ [`frame-key:${key}`]: Date.now() });
    return { key };
  },
  async 'frame-key-use'(message, sender) {
    const from = new URL(String(sender.url ?? 'about:blank'));
    // This extension's own checker page (Firefox: moz-extension:, at this install's UUID).
    const own = new URL(chrome.runtime.getURL('checker.html'));
    if (from.protocol !== own.protocol || (own.protocol === 'moz-extension:' && from.host !== own.host) || from.pathname !== '/checker.html') return { valid: false };
    const name = `frame-key:${String(message.key ?? '')}`;
    const issued = (await chrome.storage.session.get(name))[name];
    await chrome.storage.session.remove(name);
    return { valid: typeof issued === 'number' && Date.now() - issued < 60_000 };
  },
  // A page's top frame has its guards in: the badge says the page is protected.
  async protected(_message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return {};
    await chrome.storage.session.set({ [`protected:${tabId}`]: true });
    return restingBadge(tabId);
  },
  // The toolbar badge while a tab's check runs.
  async busy(message, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return {};
    if (!message.on) return restingBadge(tabId);
    await chrome.action.setBadgeBackgroundColor({ tabId, color: '#1a56c4' });
    await chrome.action.setBadgeText({ tabId, text: message.on ? '…' : '' });
    await chrome.action.setTitle({ tabId, title: message.on ? chrome.i18n.getMessage('checking') : chrome.i18n.getMessage('name') });
    return {};
  },
  async health(message, sender) {
    const site = await mailSender(sender, message.adapter);
    const { health = {} } = await chrome.storage.local.get('health');
    health[String(message.adapter)] = { time: new Date().toISOString(), site, signals: message.signals ?? {} };
    await chrome.storage.local.set({ health });
    return {};
  },
};

chrome.runtime.onMessage.addListener((message, sender, respond) => {
  const type = String(message?.type ?? '');
  if (sender.id !== chrome.runtime.id || !Object.hasOwn(handlers, type)) return false;
  const handler = handlers[type];
  handler(message, sender)
    .then((answer) => respond({ ok: true, ...answer }))
    .catch((error) => respond({ ok: false, error: String(error?.message ?? error), code: String(error?.code ?? 'internal') }));
  return true; // the answer comes asynchronously
});
