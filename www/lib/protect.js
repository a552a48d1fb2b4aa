// protect(): holds a form's file inputs, drops, pastes and submits until
// the checker has looked at them, and asks the user when it finds something.
// Listeners run in the capture phase so they come before the page's own; an
// action the user lets through is replayed (a new change/drop/paste event,
// or requestSubmit) and recognised so it is not checked twice.

import { showDialog, defaultLang } from './dialog.js';

/**
 * @typedef {import('./presend').Verdict} Verdict
 * @typedef {import('./presend').ProtectOptions} ProtectOptions
 * @typedef {import('./presend').DialogResult} DialogResult
 * @typedef {ReturnType<import('./checker.js').createChecker>} Checker
 */

/** Events replayed by protect() itself, which it must let through. */
const replayed = new WeakSet();

/**
 * @param {HTMLFormElement | HTMLInputElement | HTMLElement | Window | Document} target a form, a file input, any
 *   element (drop zone), or the whole page (`window`)
 * @param {ProtectOptions & { checker: Checker }} options
 * @returns {{ disconnect(): void }}
 */
export function protectWith(target, options) {
  const { checker } = options;
  // `window` or `document`: every form, input, drop and paste of the page
  // (the extension's content script); otherwise the one form around target.
  const global = target === window || target === document;
  const form = global
    ? null
    : target instanceof HTMLFormElement
      ? target
      : target instanceof HTMLInputElement
        ? target.form
        : /** @type {HTMLElement} */ (target).closest('form');
  const formOfTarget = form;
  /** Files the user already decided about (allowed, or continued with a reason). */
  const decided = new WeakSet();
  /** @type {Set<Promise<unknown>>} checks still running: a submit waits for them */
  const running = new Set();
  const approvedSubmits = new WeakSet();

  /** @param {string} type @param {object} detail */
  const emit = (type, detail) => target.dispatchEvent(new CustomEvent(`presend:${type}`, { detail, bubbles: true }));

  /**
   * Checks, asks, and tells what the user chose.
   * @param {{ files?: File[], fields?: { name: string, value: string }[] }} input
   * @param {string} source
   * @returns {Promise<DialogResult & { verdict: Verdict | null }>}
   */
  async function decide(input, source) {
    emit('checking', { source, files: (input.files ?? []).map((f) => f.name) });
    /** @type {Verdict} */
    let verdict;
    try {
      const work = checker.check({ files: input.files, fields: input.fields, site: options.site });
      running.add(work);
      try {
        verdict = await work;
      } finally {
        running.delete(work);
      }
    } catch (error) {
      // The checker could not run: say so and let the user decide, never pass silently.
      verdict = failedVerdict(error, input.files ?? []);
    }
    emit('verdict', { source, verdict });
    if (verdict.decision === 'allow') return { action: 'continue', remove: [], verdict };
    const removable = source === 'submit-fields' ? [] : verdict.attachments.map((a) => a.name);
    const choice = options.onVerdict
      ? await options.onVerdict(verdict, { source, files: input.files ?? [] })
      : await showDialog(verdict, { lang: options.lang ?? defaultLang(), removable });
    emit('decision', { source, verdict, ...choice });
    return { ...choice, verdict };
  }

  /** @param {Event} event */
  async function onChange(event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || replayed.has(event)) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    // Hold the page's own change handlers until the check is done.
    event.stopImmediatePropagation();
    const choice = await decide({ files }, 'change');
    const keep = choice.action === 'cancel' ? [] : files.filter((f) => !choice.remove.includes(f.name));
    keep.forEach((f) => decided.add(f));
    if (keep.length !== files.length) input.files = fileList(keep);
    // The page's own handlers now see the files the user kept (or none).
    replay(input, new Event('change', { bubbles: true }));
  }

  /**
   * Holds a drop or a paste that carries files, checks them, and replays it
   * to the page with the files the user kept.
   * @param {Event} event
   * @param {File[]} files
   * @param {string} source
   * @param {(data: DataTransfer) => Event} remake
   */
  async function holdAndReplay(event, files, source, remake) {
    event.preventDefault();
    event.stopImmediatePropagation();
    const choice = await decide({ files }, source);
    const keep = choice.action === 'cancel' ? [] : files.filter((f) => !choice.remove.includes(f.name));
    if (keep.length === 0) return;
    keep.forEach((f) => decided.add(f));
    const data = new DataTransfer();
    keep.forEach((f) => data.items.add(f));
    replay(/** @type {Element} */ (event.target), remake(data));
  }

  /** @param {DragEvent} event */
  function onDrop(event) {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (replayed.has(event) || files.length === 0) return;
    holdAndReplay(event, files, 'drop', (data) => new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }

  /** @param {ClipboardEvent} event */
  function onPaste(event) {
    const files = [...(event.clipboardData?.files ?? [])];
    if (replayed.has(event) || files.length === 0) return;
    holdAndReplay(event, files, 'paste', (data) => new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }

  /** @param {SubmitEvent} event */
  async function onSubmit(event) {
    const form = global ? (event.target instanceof HTMLFormElement ? event.target : null) : formOfTarget;
    if (!form || event.target !== form) return;
    if (approvedSubmits.has(form)) {
      approvedSubmits.delete(form);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const submitter = event.submitter;
    // A submit while a file is still being checked waits for that check.
    await Promise.allSettled([...running]);
    const fileInputs = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll('input[type=file]')]);
    const undecided = fileInputs.flatMap((i) => [...(i.files ?? [])]).filter((f) => !decided.has(f));
    const fields = formFields(form);
    const choice = await decide({ files: undecided, fields }, undecided.length ? 'submit' : 'submit-fields');
    if (choice.action === 'cancel') return;
    if (choice.remove.length) {
      for (const i of fileInputs) i.files = fileList([...(i.files ?? [])].filter((f) => !choice.remove.includes(f.name)));
    }
    undecided.forEach((f) => decided.add(f));
    approvedSubmits.add(form);
    form.requestSubmit(submitter && form.contains(submitter) ? /** @type {HTMLElement} */ (submitter) : undefined);
  }

  const dropTarget = options.dropTarget ?? target;
  target.addEventListener('change', onChange, true);
  dropTarget.addEventListener('drop', /** @type {EventListener} */ (onDrop), true);
  dropTarget.addEventListener('paste', /** @type {EventListener} */ (onPaste), true);
  const submitTarget = global ? target : form;
  submitTarget?.addEventListener('submit', /** @type {EventListener} */ (onSubmit), true);

  return {
    disconnect() {
      target.removeEventListener('change', onChange, true);
      dropTarget.removeEventListener('drop', /** @type {EventListener} */ (onDrop), true);
      dropTarget.removeEventListener('paste', /** @type {EventListener} */ (onPaste), true);
      submitTarget?.removeEventListener('submit', /** @type {EventListener} */ (onSubmit), true);
    },
  };
}

/** @param {Element} target @param {Event} event */
function replay(target, event) {
  replayed.add(event);
  target.dispatchEvent(event);
}

/** @param {File[]} files */
function fileList(files) {
  const data = new DataTransfer();
  files.forEach((f) => data.items.add(f));
  return data.files;
}

/**
 * The fields a person typed: text-like inputs and text areas, labelled by
 * their <label>, placeholder or name. Passwords and hidden fields are never read.
 * @param {HTMLFormElement} form
 */
function formFields(form) {
  const skip = new Set(['password', 'hidden', 'file', 'submit', 'button', 'reset', 'checkbox', 'radio', 'image']);
  /** @type {{ name: string, value: string }[]} */
  const out = [];
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement && !skip.has(element.type) || element instanceof HTMLTextAreaElement) {
      const value = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (element).value;
      if (!value.trim()) continue;
      const label = element.labels?.[0]?.textContent?.trim() || element.getAttribute('aria-label') || element.placeholder || element.name || element.id || '';
      out.push({ name: label, value });
    }
  }
  return out;
}

/**
 * The verdict when the checker itself failed: a confirmation that says so.
 * @param {unknown} error
 * @param {File[]} files
 * @returns {Verdict}
 */
export function failedVerdict(error, files) {
  const message = String(/** @type {Error} */ (error)?.message ?? error);
  return {
    decision: 'confirm',
    override_allowed: true,
    reasons: [
      {
        rule: 'checker_failed',
        level: 'confirm',
        title: { ja: '確認できませんでした', en: 'Could not check' },
        detail: {
          ja: `presend がファイルを確認できませんでした(${message})。内容と送り先を確認してください。`,
          en: `presend could not check this (${message}). Check the content and where it goes.`,
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
