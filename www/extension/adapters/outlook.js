// Outlook on the web (outlook.office.com, outlook.office365.com,
// outlook.live.com, and outlook.cloud.microsoft which the business hosts now
// redirect to; on-premises Exchange on the hosts the settings list: the
// host list is in settings.js) for the send guard. Outlook's Griffel class names are
// generated per build, so this adapter keys on: the id suffixes of the
// recipient groups (`…_TO`, `…_CC`, `…_BCC`, language-independent), the
// entity class `_EType_RECIPIENT_ENTITY` of recipient chips and their
// aria-label (the address), the `editorParent_` id around the body editor,
// Fluent UI's documented slot names (`fui-SplitButton__primaryActionButton`,
// `…__menuButton`), the keyboard shortcut in the Send button's tooltip
// ("Send (Ctrl+Enter)", "送信 (Ctrl+Enter)"), and ARIA labels in English and
// Japanese where nothing else exists (subject, attachments, menu items).
// Sources, dates and open questions: the adapters report (adapters-notes.md).

/** @typedef {import('./adapter.js').Adapter} Adapter */
/** @typedef {import('./adapter.js').ComposeRead} ComposeRead */
/** @typedef {import('./adapter.js').Recipient} Recipient */

import { MORE_SEND, REMOVE, activates, addresses, attributeReader, composeRead, composes as composesBy, composing, displayName, eventElement, menuTracker, pressKey, probeResult, sendShortcut, size, textReader, waitFor } from './common.js';

const BODY = [
  '[id^="editorParent_"] [contenteditable="true"]',
  '[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
  '[role="textbox"][contenteditable="true"][aria-label^="メッセージ本文"]',
].join(', ');
/** @type {Record<'to' | 'cc' | 'bcc', string[]>} */
const FIELD_LABELS = { to: ['To', '宛先'], cc: ['Cc', 'CC'], bcc: ['Bcc', 'BCC'] };
const TO_FIELD = ['[role="group"][id$="_TO"]', ...FIELD_LABELS.to.map((l) => `[contenteditable="true"][aria-label="${l}"], input[aria-label="${l}"]`)].join(', ');
const CHIP = '[class*="_EType_RECIPIENT_ENTITY"], [data-selection-index]';
const SUBJECT_LABELS = ['Add a subject', 'Subject', '件名を追加', '件名'];
const ATTACHMENTS = /^(?:attachments?|file attachments|添付ファイル)$/i;
const SEND_LABEL = /^(?:send|送信)$/i;
const SEND_SHORTCUT = /(?:ctrl|control|cmd|command|⌘)\s*\+?\s*enter/i;
const SCHEDULE = /schedule send|send later|送信(?:の)?(?:予約|スケジュール)|(?:予約|スケジュール).*送信|送信日時/i;
const SIZE = /\b\d+(?:[.,]\d+)?\s*(?:bytes?|[KMG]B|バイト)/i;

const text = textReader(/[\s\u200b]+/g);
const label = attributeReader(['aria-label', 'title']);

/** Visible text of an element, without aria-hidden glyphs (presence dots, remove crosses). @param {Element} el */
function visibleText(el) {
  const copy = /** @type {Element} */ (el.cloneNode(true));
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
}

/** The Send button an element belongs to (not its menu half). @param {Element} el */
function sendButtonOf(el) {
  const b = el.closest('button, [role="button"]');
  if (!b || b.getAttribute('aria-haspopup') || b.matches('.fui-SplitButton__menuButton')) return null;
  const name = (b.getAttribute('aria-label') ?? visibleText(b)).trim();
  if (SEND_SHORTCUT.test(label(b)) || SEND_LABEL.test(name) || b.closest('[data-testid="ComposeSendButton"]')) return b;
  return null;
}

/** The compose window: the smallest element holding a body editor, a To field and, when it has one, the Send button. @param {Element | null} el */
function composeOf(el) {
  /** @type {Element | null} */
  let fallback = null;
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const bodies = n.querySelectorAll(BODY).length;
    if (bodies > 1) break; // climbed past the compose into a page holding several
    if (!bodies || !n.querySelector(TO_FIELD)) continue;
    if ([...n.querySelectorAll('button, [role="button"]')].some((b) => sendButtonOf(b) === b)) return n;
    fallback ??= n;
  }
  return fallback;
}

/** @param {Document} doc */
const composes = (doc) => composesBy(doc, BODY, composeOf);
/** The compose whose "More send options" menu was opened last (Fluent menus are portalled to <body>). */
const menuOwner = menuTracker(BODY, composeOf);

/** @param {Element} root */
function sendButtonIn(root) {
  return [...root.querySelectorAll('button, [role="button"]')].find((b) => sendButtonOf(b) === b) ?? null;
}

/** The split button's menu half ("More send options"). @param {Element} el */
function menuButtonOf(el) {
  const b = el.closest('button, [role="button"]');
  if (!b || !b.getAttribute('aria-haspopup')) return null;
  const split = b.closest('.fui-SplitButton') ?? b.parentElement;
  const besideSend = [...(split?.querySelectorAll('button, [role="button"]') ?? [])].some((s) => s !== b && sendButtonOf(s) === s);
  return besideSend || MORE_SEND.test(label(b)) ? b : null;
}

/** A menu item whose label or text says "Schedule send". @param {Element} m */
const isScheduleItem = (m) => SCHEDULE.test(label(m)) || SCHEDULE.test(text(m));

/**
 * A schedule-send menu item, or one of the preset times in the submenu it
 * opened ("Tomorrow morning", "Custom time").
 * @param {Element} el
 */
function scheduleItemOf(el) {
  const item = el.closest('[role="menuitem"]');
  if (!item) return null;
  if (isScheduleItem(item)) return item;
  const doc = el.ownerDocument;
  const parent = [...doc.querySelectorAll('[role="menuitem"][aria-expanded="true"]')].find(isScheduleItem);
  return parent && parent.closest('[role="menu"]') !== item.closest('[role="menu"]') ? item : null;
}

/** The compose a schedule-send menu item (or a preset time under it) sends. @param {Element} el */
function scheduleTarget(el) {
  const item = scheduleItemOf(el);
  return item ? menuOwner.composeOf(item) : null;
}

/** @param {Element} root @param {'to' | 'cc' | 'bcc'} kind */
function fieldOf(root, kind) {
  const suffix = `_${kind.toUpperCase()}`;
  const group = [...root.querySelectorAll('[role="group"][id]')].find((g) => g.id.endsWith(suffix));
  if (group) return group;
  for (const l of FIELD_LABELS[kind]) {
    const el = root.querySelector(`[contenteditable="true"][aria-label="${l}"], input[aria-label="${l}"]`);
    if (el) return el.closest('[role="group"]') ?? el;
  }
  return null;
}

/** @param {Element} field */
function recipientsIn(field) {
  /** @type {Map<string, Recipient>} */
  const seen = new Map();
  let unreadable = false;
  /** @param {Recipient} r */
  const add = (r) => {
    const key = r.address.toLowerCase();
    if (!seen.has(key)) seen.set(key, r);
  };
  for (const chip of field.querySelectorAll(CHIP)) {
    const sources = [chip, ...chip.querySelectorAll('[aria-label], [title]')].flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('title')]);
    const [address] = sources.flatMap(addresses).concat(addresses(chip.textContent));
    if (!address) {
      // A resolved contact can show only a name (its aria-label is then presence + name).
      unreadable = true;
      continue;
    }
    const shown = text(chip.querySelector('[class*="textContainer"]')) || visibleText(chip);
    const name = displayName(shown, address);
    add(name ? { address, name } : { address });
  }
  // Text typed into the field but not yet resolved into a chip.
  const copy = /** @type {Element} */ (field.cloneNode(true));
  copy.querySelectorAll(CHIP).forEach((c) => c.remove());
  for (const address of addresses(copy.textContent)) add({ address });
  for (const input of field.querySelectorAll('input')) {
    for (const address of addresses(/** @type {HTMLInputElement} */ (input).value)) add({ address });
  }
  if (field.matches('input')) for (const address of addresses(/** @type {HTMLInputElement} */ (field).value)) add({ address });
  return { list: [...seen.values()], unreadable };
}

/** @param {Element} root */
function subjectIn(root) {
  return /** @type {HTMLInputElement | undefined} */ (
    [...root.querySelectorAll('input')].find((i) => SUBJECT_LABELS.includes(i.getAttribute('aria-label') ?? '') || SUBJECT_LABELS.includes(i.getAttribute('placeholder') ?? ''))
  );
}

/** Attachment cards in the compose's attachment list. @param {Element} root */
function attachmentCards(root) {
  const lists = [...root.querySelectorAll('[aria-label]')].filter((e) => ATTACHMENTS.test((e.getAttribute('aria-label') ?? '').trim()));
  return lists.map((list) => {
    const items = [...list.querySelectorAll('[role="option"], [role="listitem"]')];
    const cards = (items.length ? items : [...list.children]).map((card) => {
      const titled = [...card.querySelectorAll('[title]')].find((e) => !e.closest('button, [role="button"]'));
      const name = (titled?.getAttribute('title') ?? '').trim() || text(titled);
      const sizeText = [...card.querySelectorAll('*')].map((e) => (e.children.length ? '' : text(e))).find((t) => SIZE.test(t));
      const bytes = sizeText ? size(/** @type {RegExpExecArray} */ (SIZE.exec(sizeText))[0]) : undefined;
      return { card, name, size: bytes };
    });
    return { list, cards };
  });
}

/** @type {Adapter} */
const outlook = {
  id: 'outlook',
  name: 'Outlook on the web',

  composes,

  hasSendControl: (compose) => !!sendButtonIn(compose),

  sendTarget(event) {
    const el = eventElement(event);
    if (!el) return null;
    if (event.type === 'click') {
      if (/** @type {MouseEvent} */ (event).button !== 0) return null;
      if (menuOwner.opened(menuButtonOf(el))) return null;
      const send = sendButtonOf(el);
      if (send) return composeOf(send);
      return scheduleTarget(el);
    }
    if (!pressKey(event)) return null;
    const key = event;
    if (composing(key)) return null;
    if (key.type === 'keydown' && sendShortcut(key)) return composeOf(el);
    if (key.type === 'keydown' && key.altKey && !key.ctrlKey && !key.metaKey && key.code === 'KeyS') return composeOf(el);
    // Fluent menu items act on keydown Enter (no click event follows); buttons get a click.
    if (activates(key)) {
      if (menuOwner.opened(menuButtonOf(el))) return null;
      return scheduleTarget(el);
    }
    return null;
  },

  read(compose) {
    /** @type {string[]} */
    const missing = [];
    /** @type {ComposeRead['recipients']} */
    const recipients = { to: [], cc: [], bcc: [] };
    let unreadable = false;
    for (const kind of /** @type {const} */ (['to', 'cc', 'bcc'])) {
      const field = fieldOf(compose, kind);
      if (!field) {
        if (kind === 'to') missing.push('recipients');
        continue;
      }
      const r = recipientsIn(field);
      recipients[kind] = r.list;
      unreadable ||= r.unreadable;
    }
    if (unreadable && !missing.includes('recipients')) missing.push('recipients');

    const subject = subjectIn(compose);
    if (!subject) missing.push('subject');
    const bodyEl = /** @type {HTMLElement | null} */ (compose.querySelector(BODY));
    if (!bodyEl) missing.push('body');

    const lists = attachmentCards(compose);
    const cards = lists.flatMap((l) => l.cards);
    if (cards.some((c) => !c.name)) missing.push('attachments');

    const fromButton = [...compose.querySelectorAll('button, [role="button"]')].find((b) => /^(?:from|差出人)\b/i.test((b.getAttribute('aria-label') ?? '').trim()) || /^(?:from|差出人)\b/i.test(text(b)));
    const from = fromButton ? addresses(`${label(fromButton)} ${fromButton.textContent}`)[0] : undefined;

    return composeRead({ recipients, from, subject, body: bodyEl, attachments: cards, missing });
  },

  resend(compose, event) {
    const el = eventElement(event);
    const item = el?.closest('[role="menuitem"]') && scheduleItemOf(el) ? el.closest('[role="menuitem"]') : null;
    if (item) {
      if (item.isConnected) return /** @type {HTMLElement} */ (item).click();
      // The menu was dismissed while the user was asked: reopen it and pick "Schedule send" again.
      const menu = [...compose.querySelectorAll('button, [role="button"]')].find((b) => menuButtonOf(b) === b);
      if (!menu) throw new Error('presend: Outlook "More send options" not found');
      /** @type {HTMLElement} */ (menu).click();
      return /** @type {any} */ (waitFor(() => [...compose.ownerDocument.querySelectorAll('[role="menuitem"]')].find(isScheduleItem), 3000).then((again) => {
        if (!again) throw new Error('presend: Outlook "Schedule send" not found');
        /** @type {HTMLElement} */ (again).click();
      }));
    }
    const original = el?.isConnected ? sendButtonOf(el) : null;
    const button = original ?? sendButtonIn(compose);
    if (!button) throw new Error('presend: Outlook Send button not found');
    /** @type {HTMLElement} */ (button).click();
  },

  removeAttachment(compose, name) {
    const card = attachmentCards(compose).flatMap((l) => l.cards).find((c) => c.name === name)?.card;
    if (!card) return false;
    const remove = [...card.querySelectorAll('button, [role="button"]')].find((b) => REMOVE.test(label(b)));
    if (!remove) return false;
    /** @type {HTMLElement} */ (remove).click();
    return true;
  },

  probe(doc) {
    return probeResult(composes(doc), {
      sendButton: (r) => !!sendButtonIn(r),
      sendShortcutLabel: (r) => [...r.querySelectorAll('button, [role="button"]')].some((b) => SEND_SHORTCUT.test(label(b))),
      splitButtonMenu: (r) => [...r.querySelectorAll('button, [role="button"]')].some((b) => menuButtonOf(b) === b),
      recipientGroups: (r) => [...r.querySelectorAll('[role="group"][id]')].some((g) => g.id.endsWith('_TO')),
      subject: (r) => !!subjectIn(r),
      body: (r) => !!r.querySelector(BODY),
      bodyEditorParent: (r) => !!r.querySelector('[id^="editorParent_"]'),
    });
  },
};

export default outlook;
