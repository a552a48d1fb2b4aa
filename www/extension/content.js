// The isolated-world content script, on every page and frame at
// document_start. scripts/build-extension.sh bundles it with its imports into
// one classic script, so every guard is registered synchronously before any
// script of the page runs (a capture listener the page adds first would see
// the user's files before presend does).
//
// Two guards, both in the capture phase so they come before the page's own
// handlers:
// - files picked in file inputs (also inputs the page never put in the
//   document, and inside shadow roots, closed ones too), dropped or pasted,
//   and form submissions (also form.submit()) are held until checked; the
//   files are taken out of the input meanwhile (protect.js);
// - on a web mail an adapter knows (adapters/), every way of sending is held
//   and the whole message is checked again before it goes (mail.js).
//
// The page never sees what presend found: the question is asked in the
// extension's own window (confirm.html), which page scripts and CSS cannot
// read, restyle, cover or answer; no event or DOM node carries the verdict.
// The page-world half (page.js) reaches the paths an isolated world cannot
// see and signals them here with events on the document.
//
// If a check cannot run or takes too long, the user is asked; nothing passes
// silently.

import { protectWith } from '../lib/protect.js';
import { FileStore, guardMail } from './mail.js';
import { effectiveSettings } from './settings.js';
import roundcube from './adapters/roundcube.js';
import gmail from './adapters/gmail.js';
import outlook from './adapters/outlook.js';

/**
 * A check that has not answered by then ends in "could not check": the
 * checker frame stops its worker at the settings' checkTimeoutSeconds (90 s
 * by default); this is the backstop for a frame or service worker that died.
 */
const CHECK_TIMEOUT_GRACE_MS = 15_000;
/** After this long the toolbar badge says a check is running. */
const BADGE_MS = 300;
/** After this long the question window opens and says "checking…". */
const CHECKING_WINDOW_MS = 1500;
/** Files travel to the service worker as base64 in JSON (64 MiB per message). */
const MAX_WIRE_BYTES = 45 * 1024 * 1024;

/**
 * False once this script is an orphan: the extension was updated, reloaded or
 * removed while the page stayed open (the new version's script, injected by
 * the service worker, guards the page from then on).
 */
const alive = () => Boolean(globalThis.chrome?.runtime?.id);

/** @typedef {import('../lib/presend').Verdict} Verdict */
/** @typedef {import('../lib/presend').DialogResult} DialogResult */

/** The language of the questions and the time limit; settings arrive a little later. @type {{ lang: 'ja' | 'en' | undefined, timeoutSeconds: number }} */
const prefs = { lang: undefined, timeoutSeconds: 90 };
const lang = () => prefs.lang ?? (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en');

/** @param {ArrayBuffer} buffer */
function encode(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // Chunks keep String.fromCharCode within its argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Files as the service worker takes them (structured clone cannot carry a
 * File there). A file that cannot be read or is too big to send is named
 * with the reason: the check then says it could not inspect it.
 * @param {any[]} files
 */
async function toWire(files) {
  let total = 0;
  return Promise.all(
    (files ?? []).map(async (f) => {
      if (!(f instanceof File)) return f;
      total += f.size;
      if (total > MAX_WIRE_BYTES) return { name: f.name, unavailable: 'too large for the extension to check in this browser' };
      try {
        return { name: f.name, data: encode(await f.arrayBuffer()) };
      } catch {
        return { name: f.name, unavailable: 'the file could not be read (moved, deleted or a folder)' };
      }
    }),
  );
}

/** @param {Record<string, unknown>} request */
async function ask(request) {
  const answer = await chrome.runtime.sendMessage(request);
  if (!answer?.ok) throw Object.assign(new Error(answer?.error ?? 'no answer from the extension'), { code: answer?.code ?? 'worker_failed' });
  return answer;
}

/** Best effort: a log, health or badge write that fails must not hold up the page. */
const tell = (/** @type {Record<string, unknown>} */ request) => ask(request).catch(() => {});

// --- questions in the extension's window -------------------------------------

/**
 * @typedef {object} Question
 * @property {string} id
 * @property {boolean} opened              its window was asked for
 * @property {(answer: object) => void} [respond]  the window's pending request for what to show
 * @property {{ verdict: Verdict, removable: string[], lang: string } | { close: true } | null} show
 * @property {(choice: DialogResult) => void} [resolve]
 */

/** @type {Map<string, Question>} */
const questions = new Map();
/** Marks a verdict whose question window is already open ("checking…"). */
const QUESTION = Symbol('presend-question');

/** @returns {Question} */
function newQuestion() {
  const q = { id: crypto.randomUUID(), opened: false, show: null };
  questions.set(q.id, q);
  return q;
}

/** Opens the window for a question (it then asks what to show). @param {Question} q @param {boolean} checking */
function openWindow(q, checking) {
  if (q.opened) return;
  q.opened = true;
  ask({ type: 'ask', id: q.id, checking, lang: lang() }).catch(() => q.resolve?.({ action: 'cancel', remove: [] }));
}

/** @param {Question} q @param {Question['show']} what */
function show(q, what) {
  q.show = what;
  if (q.respond) {
    q.respond(what);
    q.respond = undefined;
  }
}

/**
 * Asks the user about a verdict in the extension's window and waits for the answer.
 * @param {Verdict} verdict @param {string[]} removable
 * @returns {Promise<DialogResult>}
 */
function askUser(verdict, removable) {
  const q = /** @type {Question | undefined} */ (/** @type {any} */ (verdict)[QUESTION]) ?? newQuestion();
  return new Promise((resolve) => {
    q.resolve = (choice) => {
      questions.delete(q.id);
      resolve(choice);
    };
    show(q, { verdict, removable, lang: lang() });
    openWindow(q, false);
  });
}

chrome.runtime.onMessage.addListener((message, sender, respond) => {
  // Only the extension's own question window talks to content scripts.
  if (sender.id !== chrome.runtime.id || !String(sender.url ?? '').startsWith(chrome.runtime.getURL('confirm.html'))) return false;
  const q = questions.get(String(message?.id ?? ''));
  if (!q) {
    respond({ gone: true });
    return false;
  }
  if (message.type === 'ask-get') {
    if (q.show) {
      respond(q.show);
      return false;
    }
    q.respond = respond;
    return true; // answered when the check is done
  }
  if (message.type === 'ask-answer') {
    const choice = message.choice ?? {};
    const action = ['continue', 'remove', 'cancel'].includes(choice.action) ? choice.action : 'cancel';
    q.resolve?.({ ...choice, action, remove: Array.isArray(choice.remove) ? choice.remove.map(String) : [] });
    respond({});
  }
  return false;
});

// --- checks -------------------------------------------------------------------

/**
 * Runs a check with the signs a person needs: the toolbar badge after a
 * moment, the question window saying "checking…" after a little longer, and
 * a time limit that ends in "could not check".
 * @param {() => Promise<Verdict>} run
 * @returns {Promise<Verdict>}
 */
async function checking(run) {
  const q = newQuestion();
  const badge = setTimeout(() => tell({ type: 'busy', on: true }), BADGE_MS);
  const early = setTimeout(() => openWindow(q, true), CHECKING_WINDOW_MS);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let limit;
  try {
    const verdict = await Promise.race([
      run(),
      new Promise((_, reject) => {
        limit = setTimeout(
          () => reject(Object.assign(new Error('the check took too long'), { code: 'timeout' })),
          prefs.timeoutSeconds * 1000 + CHECK_TIMEOUT_GRACE_MS,
        );
      }),
    ]);
    if (q.opened && verdict.decision !== 'allow') {
      Object.defineProperty(verdict, QUESTION, { value: q });
    } else {
      questions.delete(q.id);
      if (q.opened) show(q, { close: true });
    }
    return /** @type {Verdict} */ (verdict);
  } catch (error) {
    // The failure's own question opens (or reuses) a window; close this one.
    questions.delete(q.id);
    if (q.opened) show(q, { close: true });
    throw error;
  } finally {
    clearTimeout(badge);
    clearTimeout(early);
    clearTimeout(limit);
    tell({ type: 'busy', on: false });
  }
}

// --- the checker frame ----------------------------------------------------------

/** How long the checker frame may take to load and take its port. */
const FRAME_READY_MS = 8000;

/**
 * @typedef {object} FrameClient
 * @property {(request: object) => Promise<Verdict>} call
 * @property {() => boolean} alive
 */

/** @type {Promise<FrameClient> | null} */
let frame = null;
/** The frame could not be set up in this document (a page that forbids it): checks go to the service worker. */
let frameFailed = false;

/**
 * The checker frame of this document (checker.html, hidden inside a closed
 * shadow root), set up on first use: files go to it as File objects over a
 * MessagePort that only it received, with a key from the service worker.
 * @returns {Promise<FrameClient>}
 */
function checkerFrame() {
  frame ??= (async () => {
    const { key } = await ask({ type: 'frame-key' });
    const host = document.createElement('presend-checker');
    host.setAttribute('hidden', '');
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    iframe.setAttribute('style', 'display: none');
    const url = chrome.runtime.getURL('checker.html');
    iframe.src = url;
    root.append(iframe);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    (document.body ?? document.documentElement).append(host);
    const channel = new MessageChannel();
    const port = channel.port1;
    /** @type {Map<number, { resolve: (v: Verdict) => void, reject: (e: Error) => void }>} */
    const pending = new Map();
    let next = 1;
    const ready = new Promise((resolve) => {
      port.onmessage = (event) => {
        const { id, ok, verdict, error, code } = event.data ?? {};
        if (event.data?.ready) return resolve(undefined);
        const waiter = pending.get(id);
        if (!waiter) return;
        pending.delete(id);
        if (ok) waiter.resolve(verdict);
        else waiter.reject(Object.assign(new Error(String(error)), { code: String(code ?? 'internal') }));
      };
    });
    const within = (/** @type {Promise<unknown>} */ p) =>
      Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error('the checker frame did not start')), FRAME_READY_MS))]);
    await within(loaded);
    // Only the extension's own page can receive the port: if the page pointed
    // the frame elsewhere, nothing is delivered and it fails. (The frame is
    // loaded from a per-session URL but runs at the extension's origin.)
    iframe.contentWindow?.postMessage({ presendKey: key }, `chrome-extension://${chrome.runtime.id}`, [channel.port2]);
    await within(ready);
    return {
      alive: () => host.isConnected && iframe.isConnected,
      call(/** @type {object} */ request) {
        const id = next++;
        return new Promise((resolve, reject) => {
          // A page that takes the frame out mid-check leaves the port silent:
          // notice, and let the check run elsewhere.
          const watch = setInterval(() => {
            if (host.isConnected && iframe.isConnected) return;
            pending.delete(id);
            reject(Object.assign(new Error('the checker frame was removed'), { code: 'frame_gone' }));
          }, 500);
          const done = () => clearInterval(watch);
          pending.set(id, {
            resolve: (v) => {
              done();
              resolve(v);
            },
            reject: (e) => {
              done();
              reject(e);
            },
          });
          port.postMessage({ id, ...request });
        });
      },
    };
  })();
  return frame;
}

/**
 * Runs a check in the checker frame, or, where the page does not let the
 * frame start, in the service worker (files as base64, up to MAX_WIRE_BYTES).
 * @param {{ op: 'upload', site: string, files: any[], fields?: object[] } | { op: 'message', message: object, files: any[] }} request
 * @returns {Promise<Verdict>}
 */
async function runCheck(request) {
  if (!frameFailed) {
    /** @type {FrameClient | null} */
    let client = null;
    try {
      client = await checkerFrame();
      if (!client.alive()) {
        // The page took the frame out: set up another.
        frame = null;
        client = await checkerFrame();
      }
    } catch (error) {
      console.warn('presend: the checker frame did not start; checking in the service worker', error);
      frame = null;
      frameFailed = true;
    }
    if (client) {
      try {
        return await client.call(request);
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error)?.code !== 'frame_gone') throw error;
        frame = null;
        frameFailed = true;
      }
    }
  }
  const files = await toWire(request.files);
  const answer =
    request.op === 'message'
      ? await ask({ type: 'check-message', message: request.message, files })
      : await ask({ type: 'check-upload', site: request.site, files, fields: request.fields });
  return answer.verdict;
}

/**
 * Starts the checker frame and its core before the files come (the first
 * start takes a second or two on a slow machine: a process for the frame,
 * compiling the core, building its detectors), when the user reaches for a
 * file input, drags files over the page, or a page opens a picker.
 */
function warm() {
  if (frameFailed || !alive()) return;
  checkerFrame()
    .then((c) => c.call({ op: 'warm' }))
    .catch(() => {});
}
const reachesForFiles = (/** @type {Event} */ e) => {
  const first = e.composedPath()[0];
  if (first instanceof HTMLInputElement && first.type === 'file') warm();
  else if (first instanceof HTMLLabelElement && first.control instanceof HTMLInputElement && first.control.type === 'file') warm();
};
addEventListener('pointerdown', reachesForFiles, { capture: true, passive: true });
addEventListener('keydown', reachesForFiles, { capture: true, passive: true });
addEventListener(
  'dragenter',
  (e) => {
    if (e.dataTransfer?.types.includes('Files')) warm();
  },
  { capture: true, passive: true },
);
document.addEventListener('presend:warm', warm, true);

const checker = {
  ready: Promise.resolve(),
  /** @param {{ files?: File[], fields?: { name: string, value: string }[] }} input */
  check: (input) => checking(() => runCheck({ op: 'upload', site: location.host, files: input.files ?? [], fields: input.fields })),
  close() {},
};

const files = new FileStore();

const guard = protectWith(window, {
  checker,
  site: location.host,
  events: false,
  // form.submit() and the rest are hooked in the page's world (page.js), not in this one.
  hookPage: false,
  shadowRootOf: (host) => chrome.dom?.openOrClosedShadowRoot?.(/** @type {HTMLElement} */ (host)) ?? host.shadowRoot,
  onVerdict: (verdict) => askUser(verdict, verdict.attachments.map((a) => a.name)),
  onKept: (kept) => files.add(kept),
  alive,
});

// The page-world bridge (page.js): a file input the page never put in the
// document, and form.submit(). The node rides in relatedTarget; taking it is
// said with preventDefault, so page.js knows presend has it.
document.addEventListener(
  'presend:pick',
  (event) => {
    const input = /** @type {MouseEvent} */ (event).relatedTarget;
    if (alive() && input instanceof HTMLInputElement && input.type === 'file' && guard.pick(input)) event.preventDefault();
  },
  true,
);
document.addEventListener(
  'presend:submit',
  (event) => {
    const form = /** @type {MouseEvent} */ (event).relatedTarget;
    if (!alive() || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    guard.submit(form);
  },
  true,
);

const mailOptions = {
  adapters: [roundcube, gmail, outlook],
  files,
  lang: /** @type {'ja' | 'en' | undefined} */ (undefined),
  async checkMessage(/** @type {object} */ message, /** @type {any[]} */ attachments) {
    return checking(() => runCheck({ op: 'message', message, files: attachments }));
  },
  ask: (/** @type {Verdict} */ verdict, /** @type {{ removable: string[] }} */ context) => askUser(verdict, context.removable),
  alive,
  log: (/** @type {object} */ entry) => tell({ type: 'log', entry }),
  health: (/** @type {string} */ adapter, /** @type {object} */ signals) => tell({ type: 'health', adapter, site: location.host, signals }),
  // The toolbar badge: a compose is open whose send control the adapter does not recognise.
  sendUnknown: (/** @type {boolean} */ unknown) => tell({ type: 'mail-state', unknown }),
};
// Adapters run on the web mails' own hosts at once, on hosts the settings
// list (self-hosted web mail) once the settings are read.
const mailGuard = guardMail(window, mailOptions);

// The toolbar button shows that this page is protected.
if (window === window.top) tell({ type: 'protected' });

effectiveSettings().then(
  (/** @type {import('./settings.js').Settings} */ first) => {
    const apply = (/** @type {import('./settings.js').Settings} */ s) => {
      prefs.lang = s.lang;
      mailOptions.lang = s.lang;
      mailGuard.setMailHosts(s.mailHosts);
    };
    apply(first);
    // A web-mail host added in the options page applies to pages already open.
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed' || (area === 'local' && 'settings' in changes)) effectiveSettings().then(apply, () => {});
    });
  },
  () => mailGuard.setMailHosts([]),
);
