// The confirmation dialog: what was found, per file, and three ways out —
// go back, remove a file, or continue with a reason. Accessible (role
// dialog, labelled, focus kept inside, Escape goes back, keyboard only) and
// isolated in a shadow root so neither the page's CSS nor its scripts'
// selectors reach it. Every name and value is set as text: file names and
// cell contents are untrusted and never become HTML.

/**
 * @typedef {import('./presend').Verdict} Verdict
 * @typedef {import('./presend').DialogResult} DialogResult
 * @typedef {'ja' | 'en'} Lang
 */

const TEXT = {
  ja: {
    title: '送信前の確認',
    block: '個人情報・機密情報の可能性が高い内容が含まれています。このまま送ることはできません。',
    blockOverride: '個人情報・機密情報の可能性が高い内容が含まれています。送る場合は理由を記録してください。',
    confirm: '送る前に確認が必要な点があります。内容と宛先を確認してください。',
    allow: '問題は見つかりませんでした。',
    people: (/** @type {number} */ n) => `${n}人分`,
    more: (/** @type {number} */ n) => `ほか${n}件`,
    remove: 'このファイルを外す',
    cancel: '戻る',
    proceed: '理由を記録して続行',
    reasonLegend: '続行する理由',
    reasonLabel: '理由',
    reasonPick: '理由を選んでください',
    reasons: ['業務上必要(宛先・内容を確認済み)', '誤検知(個人情報ではない)', '本人の同意を得ている'],
    note: '補足(任意)',
    recipients: '宛先',
    tick: '社外の宛先を確認したらチェックしてください',
    internal: '社内',
    partner: '取引先',
    free_mail: 'フリーメール・個人',
    external: '社外',
    invalid: '読み取れない宛先',
    checking: '送信前の確認をしています…',
    progress: (/** @type {import('./presend').CheckProgress} */ p) =>
      `確認中: ${p.file}${p.total > 1 ? `（${p.index + 1}/${p.total}）` : ''}` +
      (p.rows > 0 ? ` ${p.rows.toLocaleString('ja-JP')}行` : p.chars > 0 ? ` ${p.chars.toLocaleString('ja-JP')}文字` : '') +
      ' 読み取り済み',
  },
  en: {
    title: 'Check before sending',
    block: 'This contains what looks like personal or confidential data. It cannot be sent as it is.',
    blockOverride: 'This contains what looks like personal or confidential data. To send it, record a reason.',
    confirm: 'Some things need checking before this goes: the content and the recipients.',
    allow: 'Nothing was found.',
    people: (/** @type {number} */ n) => `${n} ${n === 1 ? 'person' : 'people'}`,
    more: (/** @type {number} */ n) => `and ${n} more`,
    remove: 'Remove this file',
    cancel: 'Go back',
    proceed: 'Record the reason and continue',
    reasonLegend: 'Why continue?',
    reasonLabel: 'Reason',
    reasonPick: 'Choose a reason',
    reasons: ['Needed for work (recipient and content checked)', 'False positive (not personal data)', 'The person has consented'],
    note: 'Details (optional)',
    recipients: 'Recipients',
    tick: 'Tick each external recipient once you have checked it',
    internal: 'internal',
    partner: 'partner',
    free_mail: 'free mail / private',
    external: 'external',
    invalid: 'unreadable',
    checking: 'Checking before it goes…',
    progress: (/** @type {import('./presend').CheckProgress} */ p) =>
      `Checking ${p.file}${p.total > 1 ? ` (${p.index + 1} of ${p.total})` : ''}` +
      (p.rows > 0 ? `: ${p.rows.toLocaleString('en')} rows read` : p.chars > 0 ? `: ${p.chars.toLocaleString('en')} characters read` : ''),
  },
};

const STYLE = `
:host { all: initial; }
:host([data-standalone]) .backdrop { background: #fff; align-items: stretch; }
:host([data-standalone]) .dialog { max-width: none; width: 100%; max-height: 100%; border-radius: 0; box-shadow: none; }
dialog.frame { padding: 0; margin: 0; border: 0; background: transparent; width: 100%; height: 100%; max-width: none; max-height: none; }
dialog.frame::backdrop { background: transparent; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center;
  justify-content: center; z-index: 2147483647; font: 15px/1.6 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif; }
.dialog { background: #fff; color: #1a1a1a; max-width: 42rem; width: calc(100% - 2rem); max-height: calc(100% - 2rem);
  overflow: auto; border-radius: 10px; padding: 1.25rem 1.5rem; box-shadow: 0 10px 40px rgba(0,0,0,.35); }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
.summary { margin: 0 0 .75rem; font-weight: 600; }
.block .summary { color: #a40000; } .confirm .summary { color: #7a4d00; }
ul { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
.reason-title { font-weight: 600; }
section { border: 1px solid #ccc; border-radius: 8px; padding: .5rem .75rem; margin: .5rem 0; }
h3 { font-size: 1rem; margin: 0; word-break: break-all; }
.findings { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .85rem; color: #333; }
fieldset { border: 1px solid #ccc; border-radius: 8px; margin: .75rem 0; }
select, input { font: inherit; margin: .25rem 0; max-width: 100%; }
.recipients ul { list-style: none; padding-left: .5rem; } .hint { margin: 0; font-size: .9rem; color: #555; }
li[data-class=free_mail], li[data-class=external], li[data-class=invalid] { color: #a40000; }
.actions { display: flex; gap: .5rem; justify-content: flex-end; flex-wrap: wrap; margin-top: .75rem; }
button { font: inherit; padding: .4rem .9rem; border-radius: 6px; border: 1px solid #666; background: #f4f4f4; cursor: pointer; }
button.primary { background: #1a56c4; color: #fff; border-color: #1a56c4; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
`;

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  // Strings become text nodes: nothing here is ever parsed as HTML.
  for (const child of children) node.append(child);
  return node;
}

let counter = 0;

/**
 * Shows the dialog for a verdict and resolves with the user's choice.
 * @param {Verdict} verdict
 * @param {{ lang?: Lang, removable?: string[], standalone?: boolean }} [options]  standalone: the page is the
 *   dialog's own (the extension's question window), so it fills it instead of floating over a page
 * @returns {Promise<DialogResult>}
 */
export function showDialog(verdict, options = {}) {
  const lang = options.lang ?? defaultLang();
  const t = TEXT[lang];
  const id = `presend-${++counter}`;
  const host = el('div', options.standalone ? { 'data-presend-dialog': '', 'data-standalone': '' } : { 'data-presend-dialog': '' });
  // A modal <dialog> is shown in the top layer: in front of the page, even of
  // a modal dialog the page opened itself (an upload form in a <dialog>).
  const frame = el('dialog', { class: 'frame' });
  const root = host.attachShadow({ mode: 'open' });
  const previousFocus = /** @type {HTMLElement | null} */ (document.activeElement);

  const blocked = verdict.decision === 'block' && !verdict.override_allowed;
  const summary =
    verdict.decision === 'block' ? (blocked ? t.block : t.blockOverride) : verdict.decision === 'confirm' ? t.confirm : t.allow;
  const reasons = el(
    'ul',
    { class: 'reasons' },
    verdict.reasons.map((r) =>
      el('li', { 'data-rule': r.rule, 'data-level': r.level }, [el('span', { class: 'reason-title' }, [r.title[lang]]), ' — ', r.detail[lang]]),
    ),
  );

  return new Promise((resolve) => {
    /** @param {DialogResult} result */
    const finish = (result) => {
      if (frame.open) frame.close();
      host.remove();
      document.removeEventListener('keydown', onKey, true);
      previousFocus?.focus?.();
      resolve(result);
    };

    const parts = [...verdict.attachments, ...(verdict.body ? [verdict.body] : [])].filter(
      (p) => p.kinds.length > 0 || p.problems.length > 0,
    );
    const sections = parts.map((part) => {
      const kinds = el(
        'ul',
        { class: 'kinds' },
        part.kinds.map((k) => el('li', {}, [`${k.label[lang]}: ${k.count}`, k.where.length ? ` (${k.where.join(', ')})` : ''])),
      );
      const shown = part.findings.slice(0, 5);
      const findings = el(
        'ul',
        { class: 'findings' },
        shown.map((f) => el('li', {}, [`${locationText(f.location, lang)} ${f.masked}`])),
      );
      const problems = part.problems.length
        ? el('p', { class: 'problems' }, [part.problems.map((p) => (p.entry ? `${p.entry}: ` : '') + p.label[lang]).join(', ')])
        : '';
      const children = [
        el('h3', {}, [part.name]),
        part.records > 0 ? el('p', { class: 'records' }, [t.people(part.records)]) : '',
        kinds,
        findings,
        problems,
      ];
      if ((options.removable ?? []).includes(part.name)) {
        const remove = el('button', { type: 'button', 'data-action': 'remove' }, [t.remove]);
        remove.addEventListener('click', (e) => e.isTrusted && finish({ action: 'remove', remove: [part.name] }));
        children.push(remove);
      }
      return el('section', { 'data-file': part.name, 'aria-label': part.name }, children);
    });

    // Recipients grouped by organisation; each external one needs a tick
    // before the mail can go (a mail with recipients: the web-mail check).
    /** @type {HTMLInputElement[]} */
    const ticks = [];
    const groups = new Map();
    for (const r of verdict.recipients) {
      const key = r.class === 'internal' ? t.internal : r.organisation ?? r.domain ?? r.address;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
    const recipientList = verdict.recipients.length
      ? el('fieldset', { class: 'recipients' }, [
          el('legend', {}, [t.recipients]),
          el('p', { class: 'hint' }, [t.tick]),
          ...[...groups.entries()].map(([org, members]) =>
            el('div', { class: 'org', 'data-organisation': org }, [
              el('strong', {}, [org]),
              el(
                'ul',
                {},
                members.map((/** @type {import('./presend').RecipientReport} */ r, /** @type {number} */ i) => {
                  const label = `${r.field.toUpperCase()}: ${r.name ? `${r.name} <${r.address}>` : r.address} — ${t[r.class] ?? r.class}`;
                  if (!r.confirm) return el('li', { 'data-class': r.class }, [label]);
                  const box = el('input', { type: 'checkbox', id: `${id}-r-${org}-${i}`, 'data-address': r.address });
                  ticks.push(box);
                  return el('li', { 'data-class': r.class }, [box, ' ', el('label', { for: box.id }, [label])]);
                }),
              ),
            ]),
          ),
        ])
      : '';

    const select = el('select', { id: `${id}-reason`, 'aria-required': 'true' }, [
      el('option', { value: '' }, [t.reasonPick]),
      ...t.reasons.map((r, i) => el('option', { value: ['needed', 'false_positive', 'consent'][i] }, [r])),
    ]);
    const note = el('input', { id: `${id}-note`, type: 'text', maxlength: '200' });
    const fieldset = el('fieldset', {}, [
      el('legend', {}, [t.reasonLegend]),
      el('label', { for: `${id}-reason` }, [t.reasonLabel]),
      ' ',
      select,
      el('br'),
      el('label', { for: `${id}-note` }, [t.note]),
      ' ',
      note,
    ]);
    const cancel = el('button', { type: 'button', 'data-action': 'cancel' }, [t.cancel]);
    const proceed = el('button', { type: 'button', class: 'primary', 'data-action': 'continue', disabled: '' }, [t.proceed]);
    const update = () => {
      proceed.disabled = select.value === '' || ticks.some((b) => !b.checked);
    };
    select.addEventListener('change', update);
    ticks.forEach((b) => b.addEventListener('change', update));
    // Only the user's own clicks and keys answer: a script's click() or
    // synthetic event does not.
    cancel.addEventListener('click', (e) => e.isTrusted && finish({ action: 'cancel', remove: [] }));
    proceed.addEventListener('click', (e) => {
      if (!e.isTrusted || select.value === '' || ticks.some((b) => !b.checked)) return;
      finish({ action: 'continue', remove: [], reason: select.value, note: note.value.slice(0, 200) });
    });

    const dialog = el(
      'div',
      { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary`, class: `dialog ${verdict.decision}`, lang },
      [
        el('h2', { id: `${id}-title` }, [t.title]),
        el('p', { id: `${id}-summary`, class: 'summary' }, [summary]),
        reasons,
        recipientList,
        ...sections,
        ...(blocked ? [] : [fieldset]),
        el('div', { class: 'actions' }, blocked ? [cancel] : [cancel, proceed]),
      ],
    );
    frame.append(el('div', { class: 'backdrop' }, [dialog]));
    root.append(el('style', {}, [STYLE]), frame);
    // Escape on a modal <dialog> closes it: that is "go back".
    frame.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish({ action: 'cancel', remove: [] });
    });

    /** @param {KeyboardEvent} event */
    function onKey(event) {
      if (!event.isTrusted) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish({ action: 'cancel', remove: [] });
        return;
      }
      if (event.key !== 'Tab') return;
      // Keep the focus inside the dialog.
      const focusable = /** @type {HTMLElement[]} */ (
        [...dialog.querySelectorAll('button, select, input')].filter((n) => !(/** @type {HTMLButtonElement} */ (n).disabled))
      );
      if (focusable.length === 0) return;
      const current = root.activeElement;
      const index = focusable.indexOf(/** @type {HTMLElement} */ (current));
      const nextIndex = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
      event.preventDefault();
      focusable[nextIndex].focus();
    }
    document.addEventListener('keydown', onKey, true);
    document.body.append(host);
    frame.showModal();
    cancel.focus();
  });
}

const PROGRESS_STYLE = `
:host { all: initial; }
.box { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483647; max-width: min(28rem, calc(100% - 2rem));
  background: #fff; color: #1a1a1a; border: 1px solid #999; border-radius: 8px; padding: .5rem .9rem;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 14px/1.5 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif;
  word-break: break-all; }
`;

/**
 * A small status box for a check that takes more than a moment: shown only
 * once `delayMs` have passed (a quick check shows nothing), updated with the
 * file being read and the rows or characters read so far, removed by
 * `close()`. A polite live region, so a screen reader hears it too.
 * @param {{ lang?: Lang, delayMs?: number }} [options]
 * @returns {{ update(progress: import('./presend').CheckProgress): void, close(): void }}
 */
export function showProgress(options = {}) {
  const t = TEXT[options.lang ?? defaultLang()];
  /** @type {HTMLElement | null} */
  let host = null;
  /** @type {HTMLElement | null} */
  let line = null;
  /** @type {import('./presend').CheckProgress | null} */
  let last = null;
  const timer = setTimeout(() => {
    host = el('div', { 'data-presend-progress': '' });
    line = el('p', { class: 'box', role: 'status', 'aria-live': 'polite' }, [last ? t.progress(last) : t.checking]);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el('style', {}, [PROGRESS_STYLE]), line);
    document.body.append(host);
  }, options.delayMs ?? 400);
  return {
    update(progress) {
      last = progress;
      if (line) line.textContent = t.progress(progress);
    },
    close() {
      clearTimeout(timer);
      host?.remove();
    },
  };
}

/** @returns {Lang} */
export function defaultLang() {
  const l = (typeof navigator !== 'undefined' && navigator.language) || 'ja';
  return l.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * @param {import('./presend').Location} loc
 * @param {Lang} lang
 */
function locationText(loc, lang) {
  const parts = [];
  if (loc.entry) parts.push(loc.entry);
  // As report::location_label words it.
  if (loc.page) {
    const ja = lang === 'ja';
    if (loc.row && loc.column) parts.push(ja ? `${loc.page}ページ ${loc.row}行目 ${loc.column}列目` : `page ${loc.page}, line ${loc.row}, column ${loc.column}`);
    else if (loc.line) parts.push(ja ? `${loc.page}ページ ${loc.line}行目` : `page ${loc.page}, line ${loc.line}`);
    else parts.push(ja ? `${loc.page}ページ` : `page ${loc.page}`);
  } else if (loc.table && loc.row && loc.column) {
    parts.push(lang === 'ja' ? `表${loc.table} ${loc.row}行目 ${loc.column}列目` : `table ${loc.table}, row ${loc.row}, column ${loc.column}`);
  } else if (loc.row && loc.column) parts.push(`${loc.sheet ? `${loc.sheet}!` : ''}${columnLetters(loc.column)}${loc.row}`);
  else if (loc.line) parts.push(lang === 'ja' ? `${loc.line}行目` : `line ${loc.line}`);
  return parts.join(' ');
}

/** @param {number} n 1-based column */
function columnLetters(n) {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
