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
import { tell } from './messaging.js';
import { questions } from './question.js';
import { runCheck, warmUp, warmWhenNeeded } from './checks.js';
import roundcube from './adapters/roundcube.js';
import gmail from './adapters/gmail.js';
import outlook from './adapters/outlook.js';

/**
 * A check that has not answered by then ends in "could not check": the
 * checker frame ends its worker at the settings' checkTimeoutSeconds (90 s
 * by default); this is the backstop for a frame or service worker that died.
 */
const CHECK_TIMEOUT_GRACE_MS = 15_000;

/**
 * False once this script is an orphan: the extension was updated, reloaded or
 * removed while the page stayed open (the new version's script, injected by
 * the service worker, guards the page from then on).
 */
const alive = () => Boolean(globalThis.chrome?.runtime?.id);

// The service worker injects this script into tabs that were open when the
// extension was installed or updated; where a live copy already guards this
// frame (the manifest's, when the tab opened at the same moment), one is enough.
const RUNNING = Symbol.for('presend.content');
/** @typedef {{ alive(): boolean, typed(): [Element, string][] }} Running */
const running = /** @type {Running | undefined} */ (/** @type {any} */ (globalThis)[RUNNING]);
if (running?.alive()) throw new Error('presend: this frame is guarded already');
/** @type {Running} */
const here = { alive, typed: () => [...guard.typed(), ...typedBelow()] };
/** @type {any} */ (globalThis)[RUNNING] = here;

/**
 * What was typed in the same-origin frames below this one (their guards',
 * read through the frame: content scripts of one extension share their world
 * across same-origin frames, out of the page's reach): an editor in an iframe
 * (CKEditor 4, TinyMCE's classic mode) whose text the page itself sends.
 * @returns {[Element, string][]}
 */
function typedBelow() {
  /** @type {[Element, string][]} */
  const found = [];
  for (let i = 0; i < window.frames.length; i++) {
    try {
      const below = /** @type {Running | undefined} */ (/** @type {any} */ (window.frames[i])[RUNNING]);
      if (below?.alive()) found.push(...below.typed());
    } catch {
      // Another origin: its text cannot be in this frame's requests as typed.
    }
  }
  return found;
}

/** @typedef {import('../lib/presend').Verdict} Verdict */

/** The language of the questions and the time limit; settings arrive a little later. @type {{ lang: 'ja' | 'en' | undefined, timeoutSeconds: number }} */
const prefs = { lang: undefined, timeoutSeconds: 90 };
const asking = questions({
  lang: () => prefs.lang ?? (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
  limitMs: () => prefs.timeoutSeconds * 1000 + CHECK_TIMEOUT_GRACE_MS,
});
const armWarm = warmWhenNeeded(alive);

const checker = {
  ready: Promise.resolve(),
  /** @param {{ files?: File[], fields?: { name: string, value: string }[] }} input */
  check: (input) =>
    asking.checking((onProgress) => runCheck({ op: 'upload', site: location.host, files: input.files ?? [], fields: input.fields }, onProgress)),
  close() {},
};

const files = new FileStore();

const guard = protectWith(window, {
  checker,
  site: location.host,
  events: false,
  // form.submit() and the rest are hooked in the page's world (page.js), not in this one.
  hookPage: false,
  // Closed roots too: chrome.dom in Chromium, Element.openOrClosedShadowRoot()
  // (content scripts only) in Firefox.
  shadowRootOf: (host) =>
    chrome.dom?.openOrClosedShadowRoot?.(/** @type {HTMLElement} */ (host)) ?? /** @type {any} */ (host).openOrClosedShadowRoot?.() ?? host.shadowRoot,
  // A request's body cannot leave one file out: those files go or stay together.
  onVerdict: (verdict, { source }) => asking.ask(verdict, source === 'send-files' ? [] : verdict.attachments.map((a) => a.name)),
  onKept: (kept) => files.add(kept),
  alive,
  // Text pasted or typed into a web-mail compose is checked with the whole
  // message (and its recipients) when it is sent, not once more on the way.
  pasteText: (aim) => !mailGuard.watches(aim),
  typedText: (field) => !mailGuard.watches(field),
  typedElsewhere: typedBelow,
  // The guard's observer of the document sees document.open() past page.js.
  onReopened: armOthers,
});

// The page-world bridge (page.js): a file input the page never put in the
// document, and form.submit(). The node rides in relatedTarget; taking it is
// said with preventDefault, so page.js knows presend has it.
/** @param {Event} event */
const onBridgePick = (event) => {
  const input = /** @type {MouseEvent} */ (event).relatedTarget;
  if (alive() && input instanceof HTMLInputElement && input.type === 'file' && guard.pick(input)) event.preventDefault();
};
// Files a script sends in a request (page.js): the input holds them; the
// answer is a change event on it, with every file if the request may go.
/** @param {Event} event */
const onBridgeUpload = (event) => {
  const input = /** @type {MouseEvent} */ (event).relatedTarget;
  if (alive() && input instanceof HTMLInputElement && input.type === 'file' && guard.upload(input)) event.preventDefault();
};
/** @param {Event} event */
const onBridgeSubmit = (event) => {
  const form = /** @type {MouseEvent} */ (event).relatedTarget;
  if (!alive() || !(form instanceof HTMLFormElement)) return;
  event.preventDefault();
  guard.submit(form);
};
// A script's requestSubmit() (page.js): a form in a shadow root fires its
// submit where only a listener on that root hears it. The form comes over
// as the host of its outermost root (relatedTarget is retargeted): the roots
// inside that host, every level, get the listener.
/** @param {Event} event */
const onBridgeArm = (event) => {
  const node = /** @type {MouseEvent} */ (event).relatedTarget;
  if (alive() && node instanceof Element && !(node instanceof HTMLFormElement)) guard.armRootsWithin(node);
};

// What a script sends or reads from the clipboard (page.js): the text rides
// in a detached Text node; when it is worth a question, it is held
// (preventDefault) and the answer goes back on the node.
/** @param {(text: string) => Promise<boolean> | null} check */
const textBridge = (check) => (/** @type {Event} */ event) => {
  const node = /** @type {MouseEvent} */ (event).relatedTarget;
  if (!alive() || !(node instanceof Text)) return;
  const answer = check(node.data);
  if (!answer) return;
  event.preventDefault();
  answer.then(
    (go) => node.dispatchEvent(new Event(go ? 'presend:go' : 'presend:stop')),
    () => node.dispatchEvent(new Event('presend:stop')),
  );
};
const onBridgeSend = textBridge(guard.send);
const onBridgeClipboard = textBridge(guard.clipboard);

/** Adds the bridge's listeners; again after document.open(), which erases them. */
const armBridge = () => {
  document.addEventListener('presend:pick', onBridgePick, true);
  document.addEventListener('presend:upload', onBridgeUpload, true);
  document.addEventListener('presend:submit', onBridgeSubmit, true);
  document.addEventListener('presend:arm', onBridgeArm, true);
  document.addEventListener('presend:send', onBridgeSend, true);
  document.addEventListener('presend:clipboard', onBridgeClipboard, true);
};
armBridge();

const mailOptions = {
  adapters: [roundcube, gmail, outlook],
  files,
  lang: /** @type {'ja' | 'en' | undefined} */ (undefined),
  async checkMessage(/** @type {object} */ message, /** @type {any[]} */ attachments) {
    return asking.checking((onProgress) => runCheck({ op: 'message', message, files: attachments }, onProgress));
  },
  ask: (/** @type {Verdict} */ verdict, /** @type {{ removable: string[] }} */ context) => asking.ask(verdict, context.removable),
  alive,
  log: (/** @type {object} */ entry) => tell({ type: 'log', entry }),
  health: (/** @type {string} */ adapter, /** @type {object} */ signals) => tell({ type: 'health', adapter, site: location.host, signals }),
  // The toolbar badge: a compose is open whose send control the adapter does not recognise.
  sendUnknown: (/** @type {boolean} */ unknown) => tell({ type: 'mail-state', unknown }),
  // A compose is open: the mail check's module loads now, not at Send.
  writing: () => warmUp(alive, { mail: true }),
};
// Adapters run on the web mails' own hosts at once, on hosts the settings
// list (self-hosted web mail) once the settings are read.
const mailGuard = guardMail(window, mailOptions);

// document.open() (by the page on itself, or by its opener or parent on a
// popup or a script-made frame) erases every listener of the document and
// its window, presend's with the page's. page.js says so at once, on the
// window's visual viewport, whose listeners the erasure leaves; the document
// losing its element says it too (the guard's observer, onReopened above),
// before the user can act on the new page, for a script that reached the
// browser's own open().
function armOthers() {
  if (!alive()) return;
  armBridge();
  armWarm();
  mailGuard.arm();
}
window.visualViewport?.addEventListener('presend:reopened', () => {
  if (!alive()) return;
  guard.arm();
  armOthers();
});

// The toolbar button shows that this page is protected.
if (window === window.top) tell({ type: 'protected' });

effectiveSettings().then(
  (/** @type {import('./settings.js').Settings} */ first) => {
    const apply = (/** @type {import('./settings.js').Settings} */ s) => {
      prefs.lang = s.lang;
      prefs.timeoutSeconds = s.checkTimeoutSeconds;
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
