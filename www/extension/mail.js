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

/**
 * @typedef {import('./adapters/adapter.js').Adapter} Adapter
 * @typedef {import('./adapters/adapter.js').ComposeRead} ComposeRead
 * @typedef {import('../lib/presend').Verdict} Verdict
 * @typedef {import('../lib/presend').Reason} Reason
 * @typedef {import('../lib/presend').FileInput} FileInput
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

const EVENTS = ['click', 'keydown', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit'];

/** How long after a check the rest of the user's press is still swallowed. */
const GESTURE_MS = 600;

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
  const decision = verdict.decision === 'block' ? 'block' : 'confirm';
  return { ...verdict, decision, reasons: [reason, ...verdict.reasons] };
}

/**
 * Starts guarding sends on this page. Returns a function that stops it.
 * @param {Window} win
 * @param {GuardOptions} options
 */
export function guardMail(win, options) {
  /** Composes being checked: further send events on them are swallowed. */
  const busy = new WeakSet();
  /** Set while the guard itself replays a send the user let through. */
  let replaying = false;
  /** @type {Adapter | null | undefined} */
  let adapter;

  const current = () => {
    if (adapter) return adapter;
    adapter = options.adapters.find((a) => {
      try {
        return a.matches(win.location, win.document);
      } catch {
        return false;
      }
    });
    return adapter;
  };

  /** @param {Event} event */
  function onEvent(event) {
    if (replaying || !event.isTrusted) return;
    const a = current();
    if (!a) return;
    /** @type {Element | null} */
    let compose = null;
    try {
      compose = a.sendTarget(event);
    } catch {
      compose = null;
    }
    if (!compose) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (busy.has(compose)) return;
    busy.add(compose);
    // One press is several events (Gmail acts on mousedown/mouseup, its
    // menus on click): the rest of the gesture may still be coming when a
    // quick check has already sent, and must not start a second send.
    check(a, compose, event).then(
      (sent) => (sent ? setTimeout(() => busy.delete(compose), GESTURE_MS) : busy.delete(compose)),
      (error) => {
        // A bug in the guard itself: the send stays stopped, and the user is told.
        busy.delete(compose);
        console.error('presend:', error);
        win.alert(
          (options.lang ?? defaultLang()) === 'ja'
            ? 'presend: 送信前の確認ができませんでした。メールは送信されていません。内容と宛先を確認して、もう一度送信してください。'
            : 'presend could not check this mail. It has NOT been sent; check it and send again.',
        );
      },
    );
  }

  /**
   * @param {Adapter} a @param {Element} compose @param {Event} event
   * @returns {Promise<boolean>} whether the mail was sent again
   */
  async function check(a, compose, event) {
    options.health?.(a.id, a.probe(win.document));
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
        ...(choice.startsWith('sent')
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
      log('sent_with_reason', choice.reason);
      resend(a, compose, event);
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
      const lang = options.lang ?? defaultLang();
      win.alert(
        lang === 'ja'
          ? `presend: 送信を再開できませんでした(${String(/** @type {Error} */ (error)?.message ?? error)})。メールは送信されていません。もう一度送信してください。`
          : `presend could not resume sending (${String(/** @type {Error} */ (error)?.message ?? error)}). The mail has NOT been sent; send it again.`,
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

  for (const type of EVENTS) win.addEventListener(type, onEvent, true);
  return () => {
    for (const type of EVENTS) win.removeEventListener(type, onEvent, true);
  };
}
