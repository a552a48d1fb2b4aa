// The send guard for web mail: when the page's adapter says an event sends a
// compose window (a click on Send, Ctrl+Enter, a scheduled send), the event
// is stopped in the capture phase before the web mail sees it; the compose is
// read (recipients with names, subject, body, attachments), checked as one
// message by the extension's service worker, and then either sent again
// untouched (allow), or shown to the user with the confirmation dialog.
//
// Fail safe: when the adapter cannot read a part of the compose, or an
// attachment's bytes were never seen, or the check itself fails, the user is
// asked; a send never goes out unchecked in silence.

import { defaultLang } from '../lib/dialog.js';
import { failedVerdict } from '../lib/protect.js';
import { mailAdaptersFor } from './settings.js';

/**
 * @typedef {import('./adapters/adapter.js').Adapter} Adapter
 * @typedef {import('./adapters/adapter.js').ComposeRead} ComposeRead
 * @typedef {import('../lib/presend').Verdict} Verdict
 * @typedef {import('../lib/presend').Reason} Reason
 * @typedef {import('../lib/presend').FileInput} FileInput
 * @typedef {import('./settings.js').MailHost} MailHost
 */

/**
 * @typedef {object} GuardOptions
 * @property {Adapter[]} adapters
 * @property {(message: object, files: (File | FileInput)[]) => Promise<Verdict>} checkMessage
 * @property {FileStore} files             the files the user attached on this page
 * @property {(verdict: Verdict, context: { removable: string[], lang: 'ja' | 'en' }) => Promise<import('../lib/presend').DialogResult>} ask
 *   asks the user where the page cannot read or answer (the extension's own window)
 * @property {'ja' | 'en'} [lang]            read when a dialog opens (settings may arrive later)
 * @property {(entry: LogEntry) => void} [log]
 * @property {(adapter: string, signals: Record<string, boolean>) => void} [health]
 * @property {() => boolean} [alive]   false once the extension was updated or removed: this guard then steps aside
 * @property {MailHost[]} [mailHosts]
 *   self-hosted web mails from the settings; until they arrive only the makers' hosts count
 * @property {(unknown: boolean) => void} [sendUnknown]
 *   a compose is open whose send control the adapter does not recognise (true), or none is any more
 * @property {() => void} [writing]
 *   a compose opened, or the user is typing in one (at most every WRITING_MS): the checker gets
 *   ready for the Send now, so that the first Send does not wait for the mail check to load
 */

/**
 * What the local log keeps of a check: metadata only, never content or addresses.
 * @typedef {object} LogEntry
 * @property {string} site
 * @property {string} adapter
 * @property {string} decision       allow, notice, confirm, block
 * @property {string[]} rules        rule ids that fired
 * @property {{ recipients: number, external: number, attachments: number, findings: number, people: number }} counts
 * @property {string} choice         sent, back, removed, sent_with_reason, blocked
 * @property {string} [reason]       the user's reason category: needed, false_positive, consent
 * @property {string[]} [domains]    recipient domains, only when the mail went out (first-time-domain history)
 */

// keyup: Closure's buttons (Gmail's Send) act on the keyup of Space.
const EVENTS = ['click', 'keydown', 'keyup', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit'];

/** How long after a check the rest of the user's press is still swallowed. */
const GESTURE_MS = 600;
/** Compose windows are probed at most this often while the page changes. */
const PROBE_MS = 400;
/** A compose is judged (health, badge) once it has been open this long: web mails render it in steps. */
const SETTLE_MS = 1000;
/**
 * While the user types in a compose, `writing` is told at most this often:
 * often enough to keep the checker frame's worker (stopped after 30 s idle)
 * ready; a compose left alone lets it go.
 */
const WRITING_MS = 10_000;

/**
 * What may send when the adapter does not know the compose's send control:
 * anything a person presses. Menu openers, toggles (Bold) and file pickers
 * do not send.
 */
const PRESSABLE = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], [role="menuitem"], a[href], a[onclick]';
const NOT_A_SEND = '[aria-haspopup]:not([aria-haspopup="false"]), [aria-pressed], input[type="file"], [disabled], [aria-disabled="true"]';

/** Words for the reasons the guard adds itself. */
const TEXT = {
  incomplete: {
    title: { ja: '宛先や添付を読み取れませんでした', en: 'Could not read the whole mail' },
    detail: (/** @type {string} */ what) => ({
      ja: `このWebメールの画面から ${what} を読み取れなかったため、確認が不完全です。宛先と添付を目で確認してください。`,
      en: `presend could not read the ${what} of this mail from the page, so the check is incomplete. Check the recipients and attachments yourself.`,
    }),
  },
};

TEXT.sendUnknown = {
  title: { ja: 'このWebメールの送信ボタンを認識できません', en: "presend does not recognise this web mail's Send button" },
  detail: {
    ja: 'Webメールの画面が変わったため、presend はどのボタンやキーが送信なのかを判断できません。このボタンで送信される可能性があるため、メール全体を先に確認しました。宛先と内容を確認してください(送信でないボタンなら、そのまま続けてかまいません)。',
    en: 'The web mail has changed and presend cannot tell which button or key sends. This one may send the mail, so presend checked the whole mail first. Check the recipients and the contents (if this button does not send, just continue).',
  },
};

const PART_NAMES = {
  recipients: { ja: '宛先', en: 'recipients' },
  subject: { ja: '件名', en: 'subject' },
  body: { ja: '本文', en: 'body' },
  attachments: { ja: '添付ファイル', en: 'attachments' },
};

/**
 * Remembers the files the user let through on this page (picked, dropped or
 * pasted, checked and kept), so the send check can read the attachments the
 * web mail already uploaded. Files the user went back on are never kept.
 */
export class FileStore {
  constructor() {
    /** @type {Map<string, File[]>} */
    this.byName = new Map();
  }

  /** @param {Iterable<File>} files */
  add(files) {
    for (const f of files) {
      const list = this.byName.get(f.name) ?? [];
      list.push(f);
      this.byName.set(f.name, list);
    }
  }

  /**
   * The most recent file with this name; when the web mail shows a size
   * (rounded: "12K", "1.2 MB"), the most recent one of about that size, and
   * none when no file of that name has about that size: another file with
   * the same name must not stand in for the one attached.
   * @param {string} name @param {number} [size]
   */
  find(name, size) {
    const list = this.byName.get(name) ?? [];
    const near = (/** @type {File} */ f) => size === undefined || Math.abs(f.size - size) <= Math.max(1024, size * 0.1);
    return list.findLast(near);
  }
}

/** @param {string} address */
function domainOf(address) {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/**
 * The adapter's reading as the core's message.
 * @param {ComposeRead} read
 */
export function toMessage(read) {
  /** @param {{ address: string, name?: string }[]} list */
  const addresses = (list) => list.map((r) => (r.name ? { name: r.name, address: r.address } : r.address));
  return {
    ...(read.from ? { from: read.from } : {}),
    to: addresses(read.recipients.to),
    cc: addresses(read.recipients.cc),
    bcc: addresses(read.recipients.bcc),
    subject: read.subject,
    body: read.body,
    attachments: read.attachments.map((a) => a.name),
  };
}

/**
 * Adds the guard's own reason when the adapter could not read everything:
 * the decision becomes at least a confirmation.
 * @param {Verdict} verdict @param {string[]} missing
 * @returns {Verdict}
 */
export function withMissing(verdict, missing) {
  if (missing.length === 0) return verdict;
  const ja = missing.map((m) => PART_NAMES[/** @type {keyof PART_NAMES} */ (m)]?.ja ?? m).join('・');
  const en = missing.map((m) => PART_NAMES[/** @type {keyof PART_NAMES} */ (m)]?.en ?? m).join(', ');
  /** @type {Reason} */
  const reason = {
    rule: 'adapter_incomplete',
    level: 'confirm',
    title: TEXT.incomplete.title,
    detail: { ja: TEXT.incomplete.detail(ja).ja, en: TEXT.incomplete.detail(en).en },
    evidence: missing,
    recipients: [],
    attachment: null,
  };
  return withReason(verdict, reason);
}

/**
 * The verdict with one more reason of the guard's own, at least a
 * confirmation. A copy that keeps what the host attached to the verdict out
 * of sight (the content script's open question window rides on a symbol).
 * @param {Verdict} verdict @param {Reason} reason
 * @returns {Verdict}
 */
function withReason(verdict, reason) {
  const copy = /** @type {Verdict} */ (Object.defineProperties({}, Object.getOwnPropertyDescriptors(verdict)));
  copy.decision = verdict.decision === 'block' ? 'block' : 'confirm';
  copy.reasons = [reason, ...verdict.reasons];
  return copy;
}

/**
 * Adds the guard's reason for a press the adapter did not recognise as a
 * send, in a compose whose send control it does not know either: at least
 * a confirmation.
 * @param {Verdict} verdict
 * @returns {Verdict}
 */
export function withSendUnknown(verdict) {
  /** @type {Reason} */
  const reason = {
    rule: 'adapter_send_unknown',
    level: 'confirm',
    title: TEXT.sendUnknown.title,
    detail: TEXT.sendUnknown.detail,
    evidence: [],
    recipients: [],
    attachment: null,
  };
  return withReason(verdict, reason);
}


/** Replays a press the guard held, as the user made it, on the element they pressed. @param {Element} target @param {Event} event */
function replayPress(target, event) {
  const view = target.ownerDocument.defaultView;
  if (event.type === 'keydown' || event.type === 'keyup') {
    const k = /** @type {KeyboardEvent} */ (event);
    const init = { key: k.key, code: k.code, ctrlKey: k.ctrlKey, metaKey: k.metaKey, shiftKey: k.shiftKey, altKey: k.altKey, bubbles: true, cancelable: true, composed: true, view };
    const KE = view?.KeyboardEvent ?? KeyboardEvent;
    target.dispatchEvent(new KE('keydown', init));
    target.dispatchEvent(new KE('keyup', init));
    return;
  }
  const r = target.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, view, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
  const P = view?.PointerEvent ?? MouseEvent;
  const M = view?.MouseEvent ?? MouseEvent;
  target.dispatchEvent(new P('pointerdown', { ...init, buttons: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new M('mousedown', { ...init, buttons: 1 }));
  target.dispatchEvent(new P('pointerup', { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new M('mouseup', init));
  // A native control's default action (submit, follow the link) comes with click().
  if (target instanceof (view?.HTMLElement ?? HTMLElement)) /** @type {HTMLElement} */ (target).click();
  else target.dispatchEvent(new M('click', init));
}

/**
 * Starts guarding sends on this page, if it is on a web mail's host (the
 * makers' hosts, or one the settings list: never decided from the page's
 * DOM, which any site can copy). Returns a function that stops it, with
 * `setMailHosts` for when the settings arrive or change.
 * @param {Window} win
 * @param {GuardOptions} options
 * @returns {(() => void) & { setMailHosts: (hosts: MailHost[]) => void }}
 */
export function guardMail(win, options) {
  /** Composes being checked: further send events on them are swallowed. */
  const busy = new WeakSet();
  /** Set while the guard itself replays a send the user let through. */
  let replaying = false;
  /** @type {Adapter | null | undefined} undefined: not decided yet */
  let adapter;
  /** @type {MailHost[] | undefined} */
  let mailHosts = options.mailHosts;

  const current = () => {
    if (adapter !== undefined) return adapter;
    let ids = /** @type {string[]} */ ([]);
    try {
      ids = mailAdaptersFor(win.location, mailHosts ?? []);
    } catch {
      ids = [];
    }
    const found = options.adapters.find((a) => ids.includes(a.id)) ?? null;
    // "Not a web mail" waits for the settings: they may list this host.
    if (found || mailHosts !== undefined) adapter = found;
    return found;
  };

  // --- composes as they open --------------------------------------------------

  /** When each compose was first seen open. @type {WeakMap<Element, number>} */
  const firstSeen = new WeakMap();
  /** Composes whose health has been recorded. @type {WeakSet<Element>} */
  const judged = new WeakSet();
  /** Open composes whose send control the adapter does not recognise. @type {Set<Element>} */
  const unknown = new Set();
  let told = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let scheduled;
  /** @type {MutationObserver | undefined} */
  let observer;

  /** @param {Adapter} a */
  const openComposes = (a) => {
    try {
      return a.composes(win.document);
    } catch {
      return [];
    }
  };
  /** @param {Adapter} a @param {Element} c */
  const knowsSend = (a, c) => {
    try {
      return a.hasSendControl(c);
    } catch {
      return false;
    }
  };
  /** @param {Adapter} a */
  const recordHealth = (a) => {
    try {
      options.health?.(a.id, a.probe(win.document));
    } catch {
      // A probe that throws says nothing; the send check still runs.
    }
  };

  /**
   * Looks at the open composes: a new one is judged once it has settled
   * (adapter health is recorded then, not only after a send), and the
   * toolbar is told whether one of them has a send control the adapter does
   * not recognise.
   */
  function probe() {
    scheduled = undefined;
    const a = current();
    if (!a) return;
    const now = Date.now();
    let settling = false;
    let fresh = false;
    for (const c of openComposes(a)) {
      const seen = firstSeen.get(c);
      if (seen === undefined) {
        firstSeen.set(c, now);
        tellWriting(now);
      }
      if (seen === undefined || now - seen < SETTLE_MS) {
        settling = true;
        continue;
      }
      if (knowsSend(a, c)) unknown.delete(c);
      else unknown.add(c);
      if (!judged.has(c)) {
        judged.add(c);
        fresh = true;
      }
    }
    if (fresh) recordHealth(a);
    for (const c of unknown) if (!c.isConnected) unknown.delete(c);
    if (unknown.size > 0 !== told) {
      told = unknown.size > 0;
      options.sendUnknown?.(told);
    }
    if (settling) schedule(SETTLE_MS);
  }

  let toldWriting = -Infinity;
  /** @param {number} now */
  function tellWriting(now) {
    if (now - toldWriting < WRITING_MS) return;
    toldWriting = now;
    try {
      options.writing?.();
    } catch {
      // Getting ready early is a courtesy: the check at Send runs regardless.
    }
  }

  /** @param {number} [ms] */
  function schedule(ms = PROBE_MS) {
    if (scheduled === undefined) scheduled = setTimeout(probe, ms);
  }

  /** Starts watching for composes once the page is known to be a web mail. */
  function start() {
    if (observer || !current()) return;
    observer = new MutationObserver(() => schedule());
    observer.observe(win.document, { childList: true, subtree: true });
    schedule();
  }

  /**
   * The compose, and the control pressed, when the event may send a compose
   * whose send control the adapter does not recognise: a press on anything
   * pressable in it, or Ctrl/⌘+Enter in it.
   * @param {Adapter} a @param {Event} event
   * @returns {{ compose: Element, control: Element } | null}
   */
  function unknownSend(a, event) {
    const path = /** @type {Node | null} */ (event.composedPath?.()[0] ?? event.target);
    const el = path && path.nodeType === 1 ? /** @type {Element} */ (path) : path?.parentElement ?? null;
    if (!el) return null;
    /** @type {Element | null} */
    let control = null;
    if (event.type === 'keydown' || event.type === 'keyup') {
      const k = /** @type {KeyboardEvent} */ (event);
      if (k.isComposing || k.keyCode === 229) return null;
      const shortcut = k.type === 'keydown' && k.key === 'Enter' && (k.ctrlKey || k.metaKey) && !k.altKey;
      // Enter or Space on a focused non-native control (native buttons get a click).
      const activates = (k.key === 'Enter' || k.key === ' ') && !k.ctrlKey && !k.metaKey && !k.altKey;
      const pressable = el.closest(PRESSABLE);
      if (shortcut) control = el;
      else if (activates && pressable && !pressable.matches('button, input, a[href]')) control = pressable;
      else return null;
    } else if (event.type !== 'submit') {
      if (/** @type {MouseEvent} */ (event).button !== 0) return null;
      control = el.closest(PRESSABLE);
    }
    if (!control || control.matches(NOT_A_SEND)) return null;
    // Buttons inside the body editor are the mail's own content; the shortcut typed there is not.
    if (control.closest('[contenteditable="true"]') && !(event.type === 'keydown' && control === el)) return null;
    for (const c of openComposes(a)) {
      const scope = a.scope?.(c) ?? c;
      if (scope.contains(control) && !knowsSend(a, c)) return { compose: c, control };
    }
    return null;
  }

  /**
   * What the user already let a control do in an unrecognised compose: the
   * same control with the same mail passes; anything changed asks again.
   * @type {WeakMap<Element, string>}
   */
  const letThrough = new WeakMap();
  /** @param {Adapter} a @param {Element} compose */
  const fingerprint = (a, compose) => {
    try {
      return JSON.stringify(toMessage(a.read(compose)));
    } catch {
      return '';
    }
  };

  /** @param {Event} event */
  function onEvent(event) {
    if (options.alive && !options.alive()) {
      // An orphan of an older version: the new content script guards now.
      stop();
      return;
    }
    if (replaying || !event.isTrusted) return;
    // A native control's Space or Enter becomes a click, which is held
    // itself: holding its keyup would stop the click, and a replayed key
    // presses nothing.
    if (event.type === 'keyup' && eventTarget(event)?.closest('button, input, select, textarea, a[href]')) return;
    const a = current();
    if (!a) return;
    /** @type {Element | null} */
    let compose = null;
    /** @type {Element | null} */
    let control = null;
    try {
      compose = a.sendTarget(event);
    } catch {
      compose = null;
    }
    if (compose && !knowsSend(a, compose)) {
      // A send the adapter recognised (a shortcut) in a compose whose Send
      // button it does not: replay the key, the button cannot be pressed.
      control = eventTarget(event);
    }
    if (!compose) {
      const held = unknownSend(a, event);
      if (!held) return;
      if (!busy.has(held.compose)) {
        const was = letThrough.get(held.control);
        if (was !== undefined && was === fingerprint(a, held.compose)) return;
      }
      ({ compose, control } = held);
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (busy.has(compose)) return;
    busy.add(compose);
    const root = compose;
    // One press is several events (Gmail acts on mousedown/mouseup, its
    // menus on click): the rest of the gesture may still be coming when a
    // quick check has already sent, and must not start a second send.
    check(a, root, event, control).then(
      (sent) => (sent ? setTimeout(() => busy.delete(root), GESTURE_MS) : busy.delete(root)),
      (error) => {
        // A bug in the guard itself: the send stays stopped, and the user is told.
        busy.delete(root);
        console.error('presend:', error);
        win.alert(
          (options.lang ?? defaultLang()) === 'ja'
            ? 'presend: 送信前の確認ができませんでした。メールは送信されていません。内容と宛先を確認して、もう一度送信してください。'
            : 'presend could not check this mail. It has NOT been sent; check it and send again.',
        );
      },
    );
  }

  /** @param {Event} event */
  function eventTarget(event) {
    const node = /** @type {Node | null} */ (event.composedPath?.()[0] ?? event.target);
    return node && node.nodeType === 1 ? /** @type {Element} */ (node) : node?.parentElement ?? null;
  }

  /**
   * @param {Adapter} a @param {Element} compose @param {Event} event
   * @param {Element | null} control  the element pressed, when the adapter does not know this compose's send control
   * @returns {Promise<boolean>} whether the press was let through
   */
  async function check(a, compose, event, control) {
    recordHealth(a);
    /** @type {ComposeRead} */
    let read;
    try {
      read = a.read(compose);
    } catch {
      read = {
        recipients: { to: [], cc: [], bcc: [] },
        subject: '',
        body: '',
        attachments: [],
        missing: ['recipients', 'subject', 'body', 'attachments'],
      };
    }
    /** @type {(File | FileInput)[]} */
    const files = read.attachments.map(
      (att) =>
        options.files.find(att.name, att.size) ?? {
          name: att.name,
          unavailable: 'the extension did not see this file being attached (added before it was loaded, forwarded or from a draft)',
        },
    );
    // An attachment whose bytes were never seen is an attachment the check
    // could not read: a confirmation even for an internal mail.
    const unseen = files.filter((f) => !(f instanceof File)).map((f) => f.name);
    if (unseen.length && !read.missing.includes('attachments')) read = { ...read, missing: [...read.missing, 'attachments'] };
    /** @type {Verdict} */
    let verdict;
    try {
      verdict = await options.checkMessage(toMessage(read), files);
    } catch (error) {
      verdict = failedVerdict(error, []);
    }
    verdict = withMissing(verdict, read.missing);
    if (control) verdict = withSendUnknown(verdict);

    const people = verdict.attachments.reduce((n, p) => n + p.records, verdict.body?.records ?? 0);
    const findings = verdict.attachments.reduce((n, p) => n + p.kinds.reduce((m, k) => m + k.count, 0), 0);
    /** @param {string} choice @param {string} [reason] */
    const log = (choice, reason) =>
      options.log?.({
        site: win.location.host,
        adapter: a.id,
        decision: verdict.decision,
        rules: [...new Set(verdict.reasons.map((r) => r.rule))],
        counts: {
          recipients: verdict.recipients.length,
          external: verdict.recipients.filter((r) => r.class !== 'internal').length,
          attachments: read.attachments.length,
          findings,
          people,
        },
        choice,
        ...(reason ? { reason } : {}),
        // Only a recognised send is known to have gone out: a press let
        // through in an unrecognised compose writes no history.
        ...(choice.startsWith('sent') && !control
          ? { domains: [...new Set([...read.recipients.to, ...read.recipients.cc, ...read.recipients.bcc].map((r) => domainOf(r.address)))].filter(Boolean) }
          : {}),
      });

    if (verdict.decision === 'allow') {
      log('sent');
      resend(a, compose, event);
      return true;
    }
    const removable = verdict.attachments.map((p) => p.name).filter((name) => read.attachments.some((x) => x.name === name));
    /** @type {import('../lib/presend').DialogResult} */
    let choice;
    try {
      choice = await options.ask(verdict, { lang: options.lang ?? defaultLang(), removable });
    } catch {
      // No answer could be had: the mail stays unsent.
      choice = { action: 'cancel', remove: [] };
    }
    if (choice.action === 'continue') {
      log(control ? 'continued_unrecognised' : 'sent_with_reason', choice.reason);
      if (control) {
        letThrough.set(control, fingerprint(a, compose));
        replaying = true;
        try {
          replayPress(control, event);
        } finally {
          replaying = false;
        }
      } else resend(a, compose, event);
      return true;
    }
    if (choice.action === 'remove') {
      for (const name of choice.remove) a.removeAttachment(compose, name);
      log('removed');
    } else {
      log(verdict.decision === 'block' && !verdict.override_allowed ? 'blocked' : 'back');
    }
    return false;
  }

  /**
   * Sends again. If the web mail's send control cannot be found or pressed,
   * the mail has not gone: say so rather than leave the user thinking it has.
   * @param {Adapter} a @param {Element} compose @param {Event} event
   */
  function resend(a, compose, event) {
    /** @param {unknown} error */
    const failed = (error) => {
      options.log?.({
        site: win.location.host,
        adapter: a.id,
        decision: 'error',
        rules: ['resend_failed'],
        counts: { recipients: 0, external: 0, attachments: 0, findings: 0, people: 0 },
        choice: 'not_sent',
      });
      // The technical cause goes to the console; the user is told what happened and what to do.
      console.warn('presend: sending again failed:', error);
      const lang = options.lang ?? defaultLang();
      win.alert(
        lang === 'ja'
          ? 'presend: 確認のあと、送信を再開できませんでした。メールは送信されていません。もう一度「送信」を押してください。'
          : 'presend could not resume sending after the check. The mail has NOT been sent; press Send again.',
      );
    };
    replaying = true;
    try {
      const pending = /** @type {unknown} */ (a.resend(compose, event));
      if (pending instanceof Promise) pending.catch(failed);
    } catch (error) {
      failed(error);
    } finally {
      replaying = false;
    }
  }

  // A compose is looked at when it opens, not only when it is sent: on DOM
  // changes (throttled) and when the user starts working in it.
  const nudge = () => (observer ? schedule() : start());
  // Typing in a compose keeps the checker ready for its Send.
  const typing = (/** @type {Event} */ event) => {
    const now = Date.now();
    if (now - toldWriting < WRITING_MS || !options.writing) return;
    const target = event.composedPath()[0];
    if (target instanceof Node && guard.watches(target)) tellWriting(now);
  };
  const arm = () => {
    for (const type of EVENTS) win.addEventListener(type, onEvent, true);
    win.addEventListener('focusin', nudge, true);
    win.addEventListener('input', nudge, true);
    win.addEventListener('input', typing, true);
  };
  arm();
  start();
  const stop = () => {
    for (const type of EVENTS) win.removeEventListener(type, onEvent, true);
    win.removeEventListener('focusin', nudge, true);
    win.removeEventListener('input', nudge, true);
    win.removeEventListener('input', typing, true);
    observer?.disconnect();
    clearTimeout(scheduled);
  };
  const guard = Object.assign(stop, {
    /** Adds the listeners again: document.open() erases them (adding one still there does nothing). */
    arm,
    /**
     * Whether a node is inside an open compose of a web mail this guard
     * knows: what is typed or pasted there is checked with the whole
     * message when it is sent.
     * @param {Node} node
     */
    watches(node) {
      const a = current();
      if (!a) return false;
      const composes = openComposes(a);
      for (let n = /** @type {Node | null} */ (node); n; n = n.parentNode ?? /** @type {ShadowRoot} */ (n).host ?? null) {
        if (composes.includes(/** @type {Element} */ (n))) return true;
      }
      return false;
    },
    /** @param {MailHost[]} hosts */
    setMailHosts(hosts) {
      mailHosts = hosts;
      if (!adapter) adapter = undefined; // decide again with the hosts the settings list
      start();
    },
  });
  return guard;
}
