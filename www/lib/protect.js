// protect(): holds a page's file inputs, drops, pastes and form submissions
// until the checker has looked at them, and asks the user when it finds
// something.
//
// What is held is the data itself, not only the event: a file picked into an
// input is taken out of `input.files` for as long as the check runs, so a
// page that reads the input on `input`, on its own button or in a periodic
// autosave (`new FormData(form)`) finds it empty until the user has decided.
// Listeners run in the capture phase on the window (or the protected
// element) so they come before the page's own; an action the user lets
// through is replayed (new input/change/drop/paste events, requestSubmit, or
// the native submit()) and recognised so it is not checked twice.
//
// Paths an event listener cannot see are reached through `guard.pick(input)`
// (a file input the page never put in the document), `guard.submit(form)`
// (form.submit(), which fires no event) and `guard.send(text)` (what a
// script sends with fetch, XMLHttpRequest, sendBeacon or a WebSocket): the
// library hooks them itself (hooks.js), the extension calls them from its
// page-world bridge.
//
// Text the user types is remembered per field (its last value), so that when
// a script sends a request carrying it, that text is checked as a form's
// fields would be, and the request waits for the answer.

import { showDialog, showProgress, defaultLang } from './dialog.js';
import { fileKey, hookPage, isReplay, shadowRootOf as knownShadowRoot } from './hooks.js';
import { replayed, replay, replayPick, fileList, fileInputsOf, deepTarget, fieldText, isEditable, filesOf, formFields } from './guard-dom.js';
import { keptFiles } from './pieces.js';

/**
 * @typedef {import('./presend').Verdict} Verdict
 * @typedef {import('./presend').ProtectOptions} ProtectOptions
 * @typedef {import('./presend').DialogResult} DialogResult
 * @typedef {ReturnType<import('./checker.js').createChecker>} Checker
 */

/**
 * @typedef {object} GuardOptions
 * @property {Checker} checker
 * @property {boolean} [events]   dispatch presend:* events on the target (default true; the extension says nothing to the page)
 * @property {boolean} [hookPage]  route form.submit(), detached file inputs and showOpenFilePicker() through the check
 *   in this JS world (default true; the extension hooks them in the page's world instead)
 * @property {(host: Element) => ShadowRoot | null} [shadowRootOf]  open or closed shadow root of a host (the extension can open closed ones)
 * @property {(files: File[]) => void} [onKept]  files the user let through (the web-mail guard remembers them)
 * @property {() => boolean} [alive]  false once the host is gone (the extension was updated or removed): the guard steps aside
 * @property {boolean | ((aim: Element) => boolean)} [pasteText]  whether text pasted there is checked (default true; the
 *   extension leaves a web-mail compose to the mail guard, which checks the whole message with its recipients)
 * @property {boolean | ((field: Element) => boolean)} [typedText]  whether text typed there is checked when a script
 *   sends it (default true; the extension leaves a web-mail compose to the mail guard)
 * @property {() => void} [onReopened]  the document lost its element (`document.open()`): the host's own listeners
 *   are gone too (the guard adds its own again)
 * @property {() => Iterable<[Element, string]>} [typedElsewhere]  text typed in other frames of this page (the
 *   extension's guards of same-origin frames below this one): an editor in an iframe whose text the parent sends
 */

/** What pasted text is called in the question (the label its findings carry). */
const PASTED_TEXT_LABEL = '貼り付けたテキスト (pasted text)';
/** What typed text a script sends is called in the question. */
const TYPED_TEXT_LABEL = '入力したテキスト (typed text)';
/** Fields whose typed text is remembered at most (the oldest is forgotten first). */
const MAX_TYPED_FIELDS = 32;
/** Shorter typed text is not looked for in what is sent (it would be found by chance). */
const MIN_CARRIED_CHARS = 6;
/** Texts the checker found nothing in, remembered so a search box sent as you type is not checked twice. */
const MAX_CLEAN_TEXTS = 64;

/** Text without any white space, as it is compared with what is sent. @param {string} text */
const compact = (text) => text.replace(/\s+/g, '');

/**
 * Whether a request's text carries typed text: all of it, or one of its
 * lines (an editor sends paragraphs one by one, an app may trim or reflow).
 * @param {string} sent  compacted
 * @param {string} text
 */
function carries(sent, text) {
  const whole = compact(text);
  if (whole.length < MIN_CARRIED_CHARS) return false;
  if (sent.includes(whole)) return true;
  return text.split(/\n/).some((line) => {
    const c = compact(line);
    return c.length >= MIN_CARRIED_CHARS + 2 && sent.includes(c);
  });
}

/**
 * Whether pasted text could carry personal data worth a check: several lines
 * or cells (a copied list), a run of three digits (a phone, a My Number, a
 * postal code), an address sign, or enough text for several names. A word,
 * a name or a short phrase goes in without waiting for the checker.
 * @param {string} text
 */
export function mayHoldPersonalData(text) {
  return text.length >= 40 || /[\n\r\t@＠]|[0-9０-９]{3}|[0-9０-９][-‐－ー][0-9０-９]/.test(text);
}

/**
 * The browser's own submit(), before any patch. Guarded like every global
 * this package takes when it loads: frameworks that render on the server
 * (Next.js, Nuxt, SvelteKit) import a page's modules in Node, where there is
 * no DOM; `protect()` itself runs only in the browser.
 */
/** Shadow hosts looked into at most when a script submits a form inside one (a page of web components has hundreds). */
const MAX_HOSTS_WALKED = 10_000;

const nativeSubmit = typeof HTMLFormElement !== 'undefined' ? HTMLFormElement.prototype.submit : () => {};


/**
 * @param {HTMLFormElement | HTMLInputElement | HTMLElement | Window | Document} target a form, a file input, any
 *   element (drop zone), or the whole page (`window`)
 * @param {ProtectOptions & GuardOptions} options
 * @returns {{ disconnect(): void, pick(input: HTMLInputElement): boolean, submit(form: HTMLFormElement): void, send(text: string): Promise<boolean> | null, upload(input: HTMLInputElement): boolean, clipboard(text: string): Promise<boolean> | null, armRootsOf(node: Node): void, armRootsWithin(host: Element): void, arm(): void, typed(): [Element, string][] }}
 */
export function protectWith(target, options) {
  const { checker } = options;
  const shadowRootOf = options.shadowRootOf ?? knownShadowRoot;
  // `window` or `document`: every form, input, drop and paste of the page
  // (the extension's content script); otherwise the one form around target.
  const global = target === window || target === document;
  const formOfTarget = global
    ? null
    : target instanceof HTMLFormElement
      ? target
      : target instanceof HTMLInputElement
        ? target.form
        : /** @type {HTMLElement} */ (target).closest('form');
  /** Files the user already decided about (allowed, or continued with a reason), by fileKey. */
  const decided = new Set();
  /** The files kept, by name: a piece of one a script sends under its name is not asked about again (pieces.js). */
  const keptByName = keptFiles();
  /** File inputs whose files are out for checking: their trusted input/change events are swallowed. */
  const holding = new WeakSet();
  /** @type {Set<Promise<unknown>>} checks still running: a submit waits for them */
  const running = new Set();
  const approvedSubmits = new WeakSet();
  /** Pasted, typed or submitted texts the user let go after a question: they are not asked about again. */
  const approvedTexts = new Set();
  /** The last text the user typed (or pasted, or dropped) into each field, in the order last typed. @type {Map<Element, string>} */
  const typed = new Map();
  /** Typed texts checked and found clean. @type {Set<string>} */
  const cleanTexts = new Set();
  /** Questions open about typed text being sent, by the text: a second request with it waits for the same answer. @type {Map<string, Promise<boolean>>} */
  const sending = new Map();
  /**
   * Form fields the user let go at a submit: the page's own submit handler may
   * send them again with fetch, which is not asked about twice (a later
   * submit is checked afresh).
   */
  const submittedTexts = new Set();
  /**
   * What is left of a text once the texts already let go are taken out.
   * @param {string} text @param {Iterable<string>} [also]  more texts let go
   */
  const unapproved = (text, also = []) => [...approvedTexts, ...also].reduce((v, t) => (t ? v.split(t).join('\n') : v), text);

  /**
   * True when the host is gone: the guard takes itself out and lets the event
   * be (a content script left behind by an older version of the extension
   * must not hold files it can no longer check; the new one guards the page).
   */
  const orphaned = () => {
    if (!options.alive || options.alive()) return false;
    guard.disconnect();
    return true;
  };

  /** @param {string} type @param {object} detail */
  const emit = (type, detail) => {
    if (options.events === false) return;
    target.dispatchEvent(new CustomEvent(`presend:${type}`, { detail, bubbles: true }));
  };

  /**
   * Checks, asks, and tells what the user chose.
   * @param {{ files?: File[], fields?: { name: string, value: string }[] }} input
   * @param {string} source
   * @returns {Promise<DialogResult & { verdict: Verdict | null }>}
   */
  async function decide(input, source) {
    emit('checking', { source, files: (input.files ?? []).map((f) => f.name) });
    // A long check says it is moving (the held file is not lost): the
    // library's own status box when it shows its own dialog, and the
    // host's callback and the presend:progress event in any case.
    const status = options.onVerdict ? null : showProgress({ lang: options.lang ?? defaultLang(), delayMs: options.progressDelayMs });
    /** @param {import('./presend').CheckProgress} progress */
    const onProgress = (progress) => {
      status?.update(progress);
      emit('progress', { source, ...progress });
      options.onProgress?.(progress, { source });
    };
    /** @type {Verdict} */
    let verdict;
    const work = checker.check({ files: input.files, fields: input.fields, site: options.site }, { onProgress });
    running.add(work);
    try {
      verdict = await work;
    } catch (error) {
      // The checker could not run: say so and let the user decide, never pass silently.
      verdict = failedVerdict(error, input.files ?? []);
    } finally {
      running.delete(work);
      status?.close();
    }
    emit('verdict', { source, verdict: pageVerdict(verdict) });
    if (verdict.decision === 'allow') return { action: 'continue', remove: [], verdict };
    // A form's fields and a request's body cannot leave one file out.
    const removable = source === 'submit-fields' || source === 'send-files' ? [] : verdict.attachments.map((a) => a.name);
    /** @type {DialogResult} */
    let choice;
    try {
      choice = options.onVerdict
        ? await options.onVerdict(verdict, { source, files: input.files ?? [] })
        : await showDialog(verdict, { lang: options.lang ?? defaultLang(), removable });
    } catch {
      // No answer could be had (the question's window failed): nothing goes.
      choice = { action: 'cancel', remove: [] };
    }
    emit('decision', { source, verdict: pageVerdict(verdict), action: choice.action, remove: choice.remove });
    return { ...choice, verdict };
  }

  /** @param {File} f */
  function remember(f) {
    decided.add(fileKey(f));
    keptByName.add(f);
  }

  /** @param {File[]} files @param {DialogResult} choice */
  function kept(files, choice) {
    const keep = choice.action === 'cancel' ? [] : files.filter((f) => !choice.remove.includes(f.name));
    keep.forEach(remember);
    if (keep.length) options.onKept?.(keep);
    return keep;
  }

  /**
   * Takes the files out of a file input, checks them, and puts back what the
   * user kept, with fresh input and change events for the page. False when
   * there was nothing to hold.
   * @param {HTMLInputElement} input
   */
  function pick(input) {
    if (orphaned()) return false;
    if (holding.has(input)) return true;
    const files = [...(input.files ?? [])];
    if (files.length === 0 || files.every((f) => decided.has(fileKey(f)))) return false;
    holding.add(input);
    // `change` does not leave a shadow root and never reaches the window:
    // stop it where it starts, so the page's handlers do not run on an empty input.
    const root = input.getRootNode();
    const stopper = (/** @type {Event} */ e) => {
      if (e.target === input && !isReplay(e)) e.stopImmediatePropagation();
    };
    const local = root !== document && root !== input.ownerDocument;
    if (local) root.addEventListener('change', stopper, true);
    input.files = fileList([]);
    decide({ files }, 'change')
      .then((choice) => {
        input.files = fileList(kept(files, choice));
      })
      .finally(() => {
        holding.delete(input);
        if (local) root.removeEventListener('change', stopper, true);
        // The page's own handlers now see the files the user kept (or none).
        replayPick(input);
      });
    return true;
  }

  /**
   * Files a script is sending in a request (hooks.js hands them over in a
   * file input nobody sees) that no guarded path brought: made in script,
   * kept in IndexedDB, picked before the guard was there. Checked as a pick
   * is; the input then holds every file if the request may go, none if not,
   * and gets a change event. False when each was decided about already (or
   * is a copy of one: the same name and size). A file named like one kept
   * and smaller is first looked for in it: a piece of it (a chunked upload
   * the hooks could not follow back) goes without a question, anything else
   * under that name is checked.
   * @param {HTMLInputElement} input
   */
  function upload(input) {
    if (orphaned()) return false;
    const all = [...(input.files ?? [])];
    const unknown = all.filter((f) => !decided.has(fileKey(f)) && !keptByName.copyOf(f));
    if (unknown.length === 0) return false;
    Promise.all(unknown.map((f) => keptByName.holds(f).catch(() => false)))
      .then((pieces) => {
        unknown.forEach((f, i) => pieces[i] && decided.add(fileKey(f)));
        const files = unknown.filter((_, i) => !pieces[i]);
        if (files.length === 0) return all;
        return decide({ files }, 'send-files').then((choice) => (kept(files, choice).length === files.length ? all : []));
      })
      .catch(() => [])
      .then((go) => {
        input.files = fileList(go);
        input.dispatchEvent(new Event('change'));
      });
    return true;
  }

  /** @param {Event} event */
  function onPick(event) {
    if (replayed.has(event) || orphaned()) return;
    for (const input of fileInputsOf(event, shadowRootOf)) {
      if (holding.has(input) || pick(input)) event.stopImmediatePropagation();
    }
  }

  /**
   * Holds a drop or a paste that carries files, checks them, and replays it
   * to where it was aimed with the files the user kept.
   * @param {Event} event
   * @param {Promise<File[]>} files  folders are read out
   * @param {string} source
   * @param {(data: DataTransfer) => Event} remake
   * @param {Element} aim  where the page meant it to go (inside shadow roots too)
   * @param {() => void} [after]  what the browser would have done with the replay if the page did not take it
   */
  async function holdAndReplay(event, files, source, remake, aim, after) {
    event.preventDefault();
    event.stopImmediatePropagation();
    const all = await files;
    const choice = await decide({ files: all }, source);
    const keep = kept(all, choice);
    if (keep.length === 0) return;
    const data = new DataTransfer();
    keep.forEach((f) => data.items.add(f));
    const again = remake(data);
    replay(aim.isConnected ? aim : document.body, again);
    if (!again.defaultPrevented) after?.call(null);
    // A file input that was dropped on gets the files, as a native drop would give them.
    if (!again.defaultPrevented && aim instanceof HTMLInputElement && aim.type === 'file' && !aim.disabled) {
      aim.files = fileList(aim.multiple ? keep : keep.slice(0, 1));
      replayPick(aim);
    }
  }

  /** @param {DragEvent} event */
  function onDrop(event) {
    const data = event.dataTransfer;
    if (replayed.has(event) || !data || data.files.length === 0 || orphaned()) return;
    const aim = deepTarget(event, shadowRootOf);
    holdAndReplay(event, filesOf(data), 'drop', (d) => new DragEvent('drop', { dataTransfer: d, bubbles: true, cancelable: true, composed: true, clientX: event.clientX, clientY: event.clientY }), aim);
  }

  /** @param {ClipboardEvent} event */
  function onPaste(event) {
    const data = event.clipboardData;
    if (replayed.has(event) || !data || orphaned()) return;
    const aim = deepTarget(event, shadowRootOf);
    // The clipboard is readable only while the event runs: keep its text for the replay.
    const text = data.getData('text/plain');
    // Text alone: a list copied from a spreadsheet and pasted into a web app
    // that sends it with fetch never meets a form submit, so the paste is
    // where it can be checked. Only the user's own paste (a page's scripted
    // one carries nothing the page did not have), and only text that could
    // hold a list or an identifier: a word or a name goes in at once.
    const textOnly = data.files.length === 0;
    if (textOnly && !(event.isTrusted && mayHoldPersonalData(text) && pasteTextChecked(aim))) return;
    const html = data.getData('text/html');
    const remake = (/** @type {DataTransfer} */ d) => {
      if (text) d.setData('text/plain', text);
      if (html) d.setData('text/html', html);
      return new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true, composed: true });
    };
    // A replayed paste does nothing by itself: insert its text where it was
    // pasted, as the browser would have, unless the page took the paste.
    // Where the caret was: focus moves while the user answers.
    const field = aim instanceof HTMLInputElement || aim instanceof HTMLTextAreaElement ? aim : null;
    const caret = field ? [field.selectionStart, field.selectionEnd] : null;
    const selection = getSelection();
    const range = !field && selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
    const insert = () => {
      if (!text || !isEditable(aim)) return;
      /** @type {HTMLElement} */ (aim).focus();
      if (field && caret?.[0] != null) field.setSelectionRange(caret[0], caret[1] ?? caret[0]);
      if (range) {
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      // execCommand keeps the page's undo history, but refuses at times
      // (after a modal dialog in this document): then insert by hand.
      if (document.execCommand('insertText', false, text)) return;
      if (field) {
        field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
      } else {
        if (!range || !aim.contains(range.commonAncestorContainer)) aim.append(text);
        else {
          range.deleteContents();
          range.insertNode(document.createTextNode(text));
          range.collapse(false);
        }
      }
      aim.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
    };
    if (textOnly) holdTextAndReplay(event, text, remake, aim, insert);
    else holdAndReplay(event, Promise.resolve([...data.files]), 'paste', remake, aim, insert);
  }

  /**
   * Text a script read from the clipboard (an app's own "paste" button): held
   * from the page and checked as a paste is, when it could hold a list or an
   * identifier; true when the page may have it, null when it goes at once.
   * @param {string} text
   * @returns {Promise<boolean> | null}
   */
  function clipboard(text) {
    if (orphaned() || options.pasteText === false || !mayHoldPersonalData(text) || approvedTexts.has(text)) return null;
    return pasteAllowed(text);
  }

  /**
   * Asks about pasted text as form fields are checked; true when the user
   * lets it go (it is then not asked about again), false on "go back".
   * @param {string} text
   */
  async function pasteAllowed(text) {
    const choice = await decide({ fields: [{ name: PASTED_TEXT_LABEL, value: text }] }, 'paste-text');
    if (choice.action === 'cancel') return false;
    if (choice.verdict && choice.verdict.decision !== 'allow') approvedTexts.add(text);
    return true;
  }

  /**
   * Password fields are never read, as at a submit: a password pasted from a
   * manager goes in at once.
   * @param {Element} aim
   */
  const pasteTextChecked = (aim) =>
    !(aim instanceof HTMLInputElement && aim.type === 'password') &&
    (typeof options.pasteText === 'function' ? options.pasteText(aim) : options.pasteText !== false);

  /**
   * Holds a text paste, checks the text as a form's fields are checked (it
   * asks when the text holds several people's data, special-care data or an
   * identifier such as a My Number), and pastes it where it was aimed when
   * the user lets it go; "go back" drops it.
   * @param {Event} event @param {string} text
   * @param {(data: DataTransfer) => Event} remake @param {Element} aim @param {() => void} insert
   */
  async function holdTextAndReplay(event, text, remake, aim, insert) {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!(await pasteAllowed(text))) return;
    const again = remake(new DataTransfer());
    replay(aim.isConnected ? aim : document.body, again);
    if (!again.defaultPrevented) insert();
  }

  /**
   * Checks a form's fields and undecided files before it goes, then sends it
   * the way it was sent: requestSubmit (with its submitter) or the native submit().
   * @param {HTMLFormElement} form
   * @param {HTMLElement | null} submitter
   * @param {boolean} viaEvent  a submit event was held (else form.submit(), which fires none)
   */
  async function held(form, submitter, viaEvent) {
    // A submit while a file is still being checked waits for that check.
    await Promise.allSettled([...running]);
    const fileInputs = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll('input[type=file]')]);
    const undecided = fileInputs.flatMap((i) => [...(i.files ?? [])]).filter((f) => !decided.has(fileKey(f)));
    // What the user already let go when it was pasted is not asked about again.
    const fields = formFields(form).map((f) => ({ ...f, value: unapproved(f.value) }));
    const choice = await decide({ files: undecided, fields }, undecided.length ? 'submit' : 'submit-fields');
    if (choice.action === 'cancel') return;
    // The page may send the same fields again with fetch (its submit handler): not asked twice.
    if (choice.verdict && choice.verdict.decision !== 'allow') fields.forEach((f) => f.value.trim() && submittedTexts.add(f.value));
    if (choice.remove.length) {
      for (const i of fileInputs) i.files = fileList([...(i.files ?? [])].filter((f) => !choice.remove.includes(f.name)));
    }
    undecided.forEach(remember);
    if (!viaEvent) {
      nativeSubmit.call(form);
      return;
    }
    // The approval lasts only for the submit event requestSubmit fires at
    // once; a form that fails validation fires none and must not stay approved.
    approvedSubmits.add(form);
    try {
      // The button that submitted, wherever it stands (`<button form=f>`
      // outside the form): its formaction, method and name=value go with it.
      const owner = submitter && /** @type {HTMLButtonElement | HTMLInputElement} */ (submitter).form;
      form.requestSubmit(owner === form ? submitter : undefined);
    } finally {
      approvedSubmits.delete(form);
    }
  }

  /** @param {SubmitEvent} event */
  function onSubmit(event) {
    const form = global ? (event.target instanceof HTMLFormElement ? event.target : null) : formOfTarget;
    if (!form || event.target !== form || approvedSubmits.has(form) || orphaned()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held(form, /** @type {HTMLElement | null} */ (event.submitter), true);
  }

  /**
   * Remembers what the user typed into a field (keys, an input method, a
   * drop, a paste: the browser's own input events), so that a script sending
   * it is checked. Password fields are never read.
   * @param {Event} event
   */
  function onType(event) {
    if (!event.isTrusted || !(event instanceof InputEvent) || orphaned()) return;
    const field = deepTarget(event, shadowRootOf);
    if (!isEditable(field) || !typedTextChecked(field)) return;
    const text = fieldText(field);
    typed.delete(field);
    if (!text.trim()) return;
    typed.set(field, text);
    if (typed.size > MAX_TYPED_FIELDS) typed.delete(/** @type {Element} */ (typed.keys().next().value));
  }

  /** @param {Element} field */
  const typedTextChecked = (field) => (typeof options.typedText === 'function' ? options.typedText(field) : options.typedText !== false);

  /**
   * A script is sending `text` (a request's body and query): when it carries
   * text the user typed that could hold personal data, that text is checked
   * as a form's fields are and the request waits for the answer (true: it
   * may go); null when there is nothing to ask about (it goes at once).
   * @param {string} text
   * @returns {Promise<boolean> | null}
   */
  function send(text) {
    if ((typed.size === 0 && !options.typedElsewhere) || orphaned()) return null;
    const everywhere = options.typedElsewhere ? [...typed, ...options.typedElsewhere()] : typed;
    const sent = compact(text);
    /** @type {Element[]} */
    const fields = [];
    /** @type {string[]} */
    const carried = [];
    for (const [field, value] of everywhere) {
      const rest = unapproved(value, submittedTexts);
      if (!mayHoldPersonalData(rest) || !carries(sent, rest)) continue;
      fields.push(field);
      carried.push(rest);
    }
    const value = carried.join('\n');
    if (!value || cleanTexts.has(value)) return null;
    const open = sending.get(value);
    if (open) return open;
    // Text typed in another frame stays that frame's: approved here, it is not asked about again.
    const asked = fields.map((f) => typed.get(f));
    const answer = decide({ fields: [{ name: TYPED_TEXT_LABEL, value }] }, 'send-text').then((choice) => {
      if (choice.action === 'cancel') return false;
      if (choice.verdict?.decision === 'allow') {
        cleanTexts.add(value);
        if (cleanTexts.size > MAX_CLEAN_TEXTS) cleanTexts.delete(/** @type {string} */ (cleanTexts.values().next().value));
      } else {
        carried.forEach((t) => approvedTexts.add(t));
      }
      // Let go: forgotten until the field is typed into again.
      fields.forEach((f, i) => typed.get(f) === asked[i] && typed.delete(f));
      return true;
    });
    sending.set(value, answer);
    answer.finally(() => sending.delete(value));
    return answer;
  }

  /** @param {HTMLFormElement} form */
  function submit(form) {
    if ((!global && form !== formOfTarget) || orphaned()) {
      nativeSubmit.call(form);
      return;
    }
    held(form, null, false);
  }

  const dropTarget = options.dropTarget ?? target;
  const submitTarget = global ? target : formOfTarget;

  // `submit` is not composed: a form inside a shadow root (a web component's,
  // open or closed) fires it where no window listener hears it. The click or
  // key that will submit it is composed, and comes first: the roots it passes
  // through get the same listener before the submit fires. A script's
  // requestSubmit() has no click: the hook on it (hooks.js) arms the form's roots.
  /** @type {ShadowRoot[]} */
  const shadowRoots = [];
  /** @param {ShadowRoot} root */
  function armRoot(root) {
    if (shadowRoots.includes(root)) return;
    shadowRoots.push(root);
    root.addEventListener('submit', /** @type {EventListener} */ (onSubmit), true);
  }
  /** The roots a node is in, up to the document. @param {Node} node */
  function armRootsOf(node) {
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) armRoot(root);
  }
  /**
   * The roots inside a host, every level down: where a node inside reaches
   * another JS world only as its host (an event's relatedTarget is retargeted).
   * @param {Element} host
   */
  function armRootsWithin(host) {
    const hosts = [host];
    for (let seen = 0; hosts.length > 0 && seen < MAX_HOSTS_WALKED; seen++) {
      const root = shadowRootOf(/** @type {Element} */ (hosts.pop()));
      if (!root) continue;
      armRoot(root);
      for (const el of root.querySelectorAll('*')) if (shadowRootOf(el)) hosts.push(el);
    }
  }
  /** @param {Event} event */
  const guardShadowForms = (event) => armRootsOf(deepTarget(event, shadowRootOf));

  /**
   * The guard's listeners, all in the capture phase: added at once, again
   * after `document.open()` (which erases every listener of the document and
   * its window, presend's too; adding one still there does nothing), and
   * taken out by disconnect().
   * @type {[EventTarget | null, string, EventListener][]}
   */
  const listeners = [
    [target, 'input', onType],
    [target, 'input', onPick],
    [target, 'change', onPick],
    [dropTarget, 'drop', /** @type {EventListener} */ (onDrop)],
    [dropTarget, 'paste', /** @type {EventListener} */ (onPaste)],
    [submitTarget, 'submit', /** @type {EventListener} */ (onSubmit)],
    [global ? target : null, 'click', guardShadowForms],
    [global ? target : null, 'keydown', guardShadowForms],
  ];
  const arm = () => listeners.forEach(([on, type, listener]) => on?.addEventListener(type, listener, true));
  arm();
  // A page's script may call document.open() past the hook (hooks.js), or
  // the hook may be in another world (the extension): the document losing its
  // element is seen here too, before any event the user makes in the new page.
  /** @type {MutationObserver | null} */
  let reopened = null;
  if (global && typeof MutationObserver === 'function') {
    const doc = target === window ? window.document : /** @type {Document} */ (target);
    reopened = new MutationObserver(() => {
      arm();
      options.onReopened?.();
    });
    reopened.observe(doc, { childList: true });
  }

  // form.submit() fires no event: route it through the check, for a whole
  // page with the other paths no listener sees (hooks.js), on the one form otherwise.
  /** @type {(() => void) | null} */
  let unpatch = null;
  if (options.hookPage !== false) {
    if (global) {
      unpatch = hookPage({
        pick,
        submit: (form) => {
          submit(form);
          return true;
        },
        armForm: armRootsOf,
        reopened: arm,
        clipboard,
        // Without typed-text checks the text of the page's requests is left as it is.
        send: options.typedText === false ? undefined : send,
        upload,
      });
    } else if (formOfTarget) {
      const form = formOfTarget;
      Object.defineProperty(form, 'submit', { configurable: true, writable: true, value: () => submit(form) });
      unpatch = () => {
        delete (/** @type {any} */ (form).submit);
      };
    }
  }

  const guard = {
    pick,
    submit,
    send,
    upload,
    clipboard,
    armRootsOf,
    armRootsWithin,
    arm,
    /** What the user last typed in each field of this frame still remembered. @returns {[Element, string][]} */
    typed: () => [...typed],
    disconnect() {
      reopened?.disconnect();
      listeners.forEach(([on, type, listener]) => on?.removeEventListener(type, listener, true));
      for (const root of shadowRoots.splice(0)) root.removeEventListener('submit', /** @type {EventListener} */ (onSubmit), true);
      unpatch?.();
    },
  };
  return guard;
}

/**
 * The verdict as page events carry it: no matched text (a surname, a
 * keyword) that other scripts on the page could pick up; masked findings stay.
 * @param {Verdict} verdict
 * @returns {Verdict}
 */
export function pageVerdict(verdict) {
  /** @param {import('./presend').PartReport} part */
  const bare = (part) => ({ ...part, findings: part.findings.map((f) => ({ ...f, evidence: [] })) });
  return {
    ...verdict,
    reasons: verdict.reasons.map((r) => ({ ...r, evidence: [] })),
    attachments: verdict.attachments.map(bare),
    body: verdict.body ? bare(verdict.body) : null,
  };
}

/**
 * The verdict when the checker itself failed: a confirmation that says so,
 * in words the user can act on (the technical cause stays in the console).
 * @param {unknown} error
 * @param {File[]} files
 * @returns {Verdict}
 */
export function failedVerdict(error, files) {
  const code = String(/** @type {{ code?: string }} */ (error)?.code ?? '');
  console.warn('presend: the check failed:', error);
  const timedOut = code === 'timeout';
  return {
    decision: 'confirm',
    override_allowed: true,
    reasons: [
      {
        rule: 'checker_failed',
        level: 'confirm',
        title: { ja: '確認できませんでした', en: 'Could not check' },
        detail: timedOut
          ? {
              ja: '確認に時間がかかりすぎたため中断しました。ファイルの内容と送り先をご自身で確認してから続けてください。',
              en: 'The check took too long and was stopped. Check the content and where it goes yourself before you continue.',
            }
          : {
              ja: 'presend がこの内容を確認できませんでした。ファイルの内容と送り先をご自身で確認してから続けてください。繰り返す場合はページを再読み込みしてください。',
              en: 'presend could not check this. Check the content and where it goes yourself before you continue. If it happens again, reload the page.',
            },
        evidence: [],
        recipients: [],
        attachment: null,
      },
    ],
    recipients: [],
    attachments: files.map((f) => ({ name: f.name, format: 'binary', bytes: f.size, records: 0, kinds: [], problems: [], findings: [] })),
    body: null,
  };
}
