// The questions a frame asks the user, in the extension's own window
// (confirm.html, opened by the service worker): the window asks this frame
// what to show (waiting while the check runs, "checking…"), shows the
// dialog, and sends the answer back to this frame only. Page scripts can
// neither read the question nor answer it.
//
// Also the signs around a check: the toolbar badge after a moment, the
// window saying "checking…" after a little longer, and a time limit.

import { ask, tell } from './messaging.js';

/** @typedef {import('../lib/presend').Verdict} Verdict */
/** @typedef {import('../lib/presend').DialogResult} DialogResult */

/** After this long the toolbar badge says a check is running. */
const BADGE_MS = 300;
/** After this long the question window opens and says "checking…". */
const CHECKING_WINDOW_MS = 1500;

/**
 * @typedef {object} Question
 * @property {string} id
 * @property {boolean} opened              its window was asked for
 * @property {(answer: object) => void} [respond]  the window's pending request for what to show
 * @property {{ verdict: Verdict, removable: string[], lang: string } | { close: true } | null} show
 * @property {(choice: DialogResult) => void} [resolve]
 * @property {boolean} [failed]            its window could not be opened
 * @property {import('../lib/presend').CheckProgress} [progress]  how far its check has got
 */

/**
 * The question in the browser's own dialog, for when the extension's window
 * cannot be opened (windows.create refused: a kiosk or a policy that forbids
 * pop-ups, a browser shutting down). A page can neither read nor answer the
 * browser's confirm() called from this isolated world, and the user still
 * decides: the file is never let through, or dropped, unasked.
 * @param {Verdict} verdict @param {'ja' | 'en'} lang
 * @returns {DialogResult}
 */
function nativeQuestion(verdict, lang) {
  /** @param {{ ja: string, en: string } | undefined} text */
  const say = (text) => (text ? text[lang] ?? text.ja : '');
  const en = lang === 'en';
  const lines = [en ? 'presend could not open its window. It found:' : 'presend の確認画面を開けませんでした。次の点が見つかりました:', ''];
  for (const part of verdict.attachments ?? []) {
    if (part.records > 0) lines.push(`${part.name}: ${en ? `${part.records} ${part.records === 1 ? 'person' : 'people'}` : `${part.records}人分`}`);
  }
  for (const reason of (verdict.reasons ?? []).slice(0, 4)) lines.push(`・${say(reason.title)}: ${say(reason.detail)}`);
  lines.push('');
  if (verdict.override_allowed === false) {
    window.alert([...lines, en ? 'It cannot be sent.' : '送信できません。'].join('\n'));
    return { action: 'cancel', remove: [] };
  }
  const go = window.confirm([...lines, en ? 'Send it anyway? (OK: send, Cancel: stop)' : 'それでも送信しますか?(OK: 送信する、キャンセル: やめる)'].join('\n'));
  return go ? { action: 'continue', remove: [], reason: 'needed', note: 'asked in the browser dialog' } : { action: 'cancel', remove: [] };
}

/**
 * A question's id: 128 random bits. Not crypto.randomUUID(), which exists
 * only in secure contexts: a data: URL frame or a page on plain http has
 * none, and a question that could not be made held the file for ever.
 */
function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Starts answering this frame's question windows.
 * @param {{ lang: () => 'ja' | 'en', limitMs: () => number }} options
 *   the language of the questions; how long a check may take before it is "could not check"
 */
export function questions({ lang, limitMs }) {
  /** @type {Map<string, Question>} */
  const open = new Map();
  /** Marks a verdict whose question window is already open ("checking…"). */
  const QUESTION = Symbol('presend-question');

  /** @returns {Question} */
  function newQuestion() {
    const q = { id: randomId(), opened: false, show: null };
    open.set(q.id, q);
    return q;
  }

  /** Asks in the browser's dialog once both the verdict and the failure are known. @param {Question} q */
  function askNatively(q) {
    if (!q.failed || !q.resolve || !q.show || !('verdict' in q.show)) return;
    q.resolve(nativeQuestion(q.show.verdict, lang()));
  }

  /** Opens the window for a question (it then asks what to show). @param {Question} q @param {boolean} checking */
  function openWindow(q, checking) {
    if (q.opened) return;
    q.opened = true;
    ask({ type: 'ask', id: q.id, checking, lang: lang() }).catch(() => {
      // No window: the question is asked in the browser's own dialog, now
      // if the verdict is in, else when it comes (ask() below).
      q.failed = true;
      askNatively(q);
    });
  }

  /** @param {Question} q @param {Question['show']} what */
  function show(q, what) {
    q.show = what;
    if (q.respond) {
      q.respond(what);
      q.respond = undefined;
    }
  }

  chrome.runtime.onMessage.addListener((message, sender, respond) => {
    // Only the extension's own question window talks to content scripts.
    if (sender.id !== chrome.runtime.id || !String(sender.url ?? '').startsWith(chrome.runtime.getURL('confirm.html'))) return false;
    // Not this script's question (another frame's, or a second copy of the
    // script in this frame): stay silent, so the one that has it answers.
    const q = open.get(String(message?.id ?? ''));
    if (!q) return false;
    if (message.type === 'ask-progress') {
      respond(q.progress ?? null);
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

  return {
    /**
     * Asks the user about a verdict and waits for the answer.
     * @param {Verdict} verdict @param {string[]} removable
     * @returns {Promise<DialogResult>}
     */
    ask(verdict, removable) {
      const q = /** @type {Question | undefined} */ (/** @type {any} */ (verdict)[QUESTION]) ?? newQuestion();
      return new Promise((resolve) => {
        q.resolve = (choice) => {
          open.delete(q.id);
          resolve(choice);
        };
        show(q, { verdict, removable, lang: lang() });
        openWindow(q, false);
        askNatively(q);
      });
    },

    /**
     * Runs a check with the signs a person needs; a verdict to ask about
     * keeps the "checking…" window, if it opened, for its question; that
     * window asks how far the check has got, which `run` is told.
     * @param {(onProgress: (p: import('../lib/presend').CheckProgress) => void) => Promise<Verdict>} run
     * @returns {Promise<Verdict>}
     */
    async checking(run) {
      const q = newQuestion();
      const badge = setTimeout(() => tell({ type: 'busy', on: true }), BADGE_MS);
      const early = setTimeout(() => openWindow(q, true), CHECKING_WINDOW_MS);
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let limit;
      try {
        const verdict = await Promise.race([
          run((progress) => {
            q.progress = progress;
          }),
          new Promise((_, reject) => {
            limit = setTimeout(() => reject(Object.assign(new Error('the check took too long'), { code: 'timeout' })), limitMs());
          }),
        ]);
        if (q.opened && verdict.decision !== 'allow') {
          Object.defineProperty(verdict, QUESTION, { value: q });
        } else {
          open.delete(q.id);
          if (q.opened) show(q, { close: true });
        }
        return /** @type {Verdict} */ (verdict);
      } catch (error) {
        // The failure's own question opens (or reuses) a window; close this one.
        open.delete(q.id);
        if (q.opened) show(q, { close: true });
        throw error;
      } finally {
        clearTimeout(badge);
        clearTimeout(early);
        clearTimeout(limit);
        tell({ type: 'busy', on: false });
      }
    },
  };
}
