// Gmail (mail.google.com only: settings.js) for the send guard. Gmail's class names are
// generated and change between deploys, so this adapter keys on what Gmail
// keeps stable because its own code, screen readers or old integrations use
// it: form field names (composeid, subjectbox, draft, from, to/cc/bcc,
// attach), the `name` attribute on the new recipient fields, the
// data-hovercard-id / data-name attributes and `email` attributes on
// recipient chips, ARIA roles, the `selector="scheduledSend"` menu item, and
// the keyboard shortcut Gmail prints into the Send button's tooltip in every
// language ("Send (Ctrl-Enter)", "送信 (Ctrl+Enter)", "Send (⌘Enter)").
// Sources, dates and open questions: the adapters report (adapters-notes.md).

/** @typedef {import('./adapter.js').Adapter} Adapter */
/** @typedef {import('./adapter.js').ComposeRead} ComposeRead */
/** @typedef {import('./adapter.js').Recipient} Recipient */

import { MORE_SEND, REMOVE, activates, addresses, attributeReader, composeRead, composes as composesBy, composing, displayName, eventElement, menuTracker, pressKey, probeResult, sendShortcut, size, textReader, waitFor } from './common.js';

/** A compose window holds these hidden fields; the body editor sits beside them. */
const COMPOSE_FIELD = 'input[name="composeid"], input[name="subjectbox"], input[name="draft"]';
const BODY = '[g_editable="true"][contenteditable="true"], [role="textbox"][contenteditable="true"]';
/** Gmail prints the send shortcut into the Send button's tooltip in every language. */
const SEND_SHORTCUT = /(?:ctrl|control|cmd|command|⌘)\s*[-+]?\s*enter/i;
const SEND_ARCHIVE = /send\s*(?:\+|&|and)\s*archive|送信\s*(?:して|\+|＋|&)\s*アーカイブ/i;
const SCHEDULE_ITEM = '[role="menuitem"][selector="scheduledSend"]';
const MOUSE = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
const KINDS = /** @type {const} */ (['to', 'cc', 'bcc']);

/** Gmail puts bidi marks around names and addresses. */
const text = textReader(/[\s\u200b\u202a-\u202e]+/g);
/** Gmail's tooltips (data-tooltip) carry the Send shortcut. */
const label = attributeReader(['data-tooltip', 'aria-label', 'title']);

/** "Name <a@b.c>", "a@b.c" → Recipient, or null when no address is in it. @param {string} s */
function mailbox(s) {
  const [address] = addresses(s);
  if (!address) return null;
  const name = displayName(s, address);
  return name ? { address, name } : { address };
}

/** The smallest element holding a compose's hidden fields and its body: one compose window. @param {Element | null} el */
function composeOf(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const bodies = n.querySelectorAll(BODY).length;
    if (bodies > 1) return null; // climbed past the compose into a page holding several
    if (bodies && n.querySelector(COMPOSE_FIELD)) return n;
  }
  return null;
}

/** @param {Document} doc */
const composes = (doc) => composesBy(doc, BODY, composeOf);
/** The compose whose "More send options" menu was opened last (the menu is a detached popup). */
const menuOwner = menuTracker(BODY, composeOf);

/** Gmail's "More send options" chevron: a popup button next to the Send button. @param {Element} el */
function chevronOf(el) {
  const b = el.closest('[role="button"][aria-haspopup="true"]');
  if (!b) return null;
  const sibling = [...(b.parentElement?.children ?? [])].some((s) => s !== b && SEND_SHORTCUT.test(label(s)));
  return sibling || MORE_SEND.test(label(b)) ? b : null;
}

/**
 * The send control the element belongs to, if any.
 * @param {Element} el
 * @returns {{ el: Element, kind: 'send' | 'send-archive' | 'schedule' } | null}
 */
function sendControl(el) {
  const item = el.closest(SCHEDULE_ITEM);
  if (item) return { el: item, kind: 'schedule' };
  const b = el.closest('[role="button"], button');
  if (!b || b.getAttribute('aria-disabled') === 'true' || b.getAttribute('aria-haspopup') === 'true') return null;
  if (SEND_SHORTCUT.test(label(b))) return composeOf(b) ? { el: b, kind: 'send' } : null;
  if (SEND_ARCHIVE.test(label(b)) || SEND_ARCHIVE.test(text(b))) return composeOf(b) ? { el: b, kind: 'send-archive' } : null;
  return null;
}

/** The compose a send control sends. @param {{ el: Element, kind: string } | null} control */
function controlCompose(control) {
  if (!control) return null;
  return control.kind === 'schedule' ? menuOwner.composeOf(control.el) : composeOf(control.el);
}

/** The keyboard-highlighted item of a Closure menu (focus stays on the menu). @param {Element} el */
function activeItem(el) {
  const menu = el.closest('[role="menu"]');
  const id = menu?.getAttribute('aria-activedescendant');
  return id ? el.ownerDocument.getElementById(id) : el.closest('[role="menuitem"]');
}

/** @param {Element} root */
function sendButtonIn(root) {
  return [...root.querySelectorAll('[role="button"], button')].find((b) => SEND_SHORTCUT.test(label(b)) && b.getAttribute('aria-haspopup') !== 'true') ?? null;
}

/**
 * Presses a Gmail control the way a mouse does: Gmail's buttons act on the
 * mousedown/mouseup pair (Closure controls) and its menus on delegated
 * jsaction handlers that hit-test the coordinates, so the whole sequence
 * goes to the innermost node at the control's centre.
 * @param {Element} el
 */
function press(el) {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = el.ownerDocument.elementFromPoint(x, y);
  const target = hit && el.contains(hit) ? hit : el;
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, composed: true, view, clientX: x, clientY: y, button: 0 };
  const P = view?.PointerEvent ?? MouseEvent;
  target.dispatchEvent(new P('pointerdown', { ...init, buttons: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
  target.dispatchEvent(new P('pointerup', { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
}

/**
 * Recipients of one kind. `found` is false when the field itself is not in
 * the compose; `unreadable` when a chip shows no address.
 * @param {Element} root @param {'to' | 'cc' | 'bcc'} kind
 */
function recipientsOf(root, kind) {
  /** @type {Element[]} */
  const fields = [...root.querySelectorAll(`[name="${kind}"]:not(input):not(textarea)`)];
  for (const input of root.querySelectorAll(`textarea[name="${kind}"], input[name="${kind}"]`)) {
    const row = input.closest('tr') ?? input.parentElement;
    if (row && !fields.some((f) => f.contains(row) || row.contains(f))) fields.push(row);
  }
  /** @type {Map<string, Recipient>} */
  const seen = new Map();
  let unreadable = false;
  /** @param {Recipient | null} r */
  const add = (r) => {
    if (!r) return;
    const key = r.address.toLowerCase();
    const had = seen.get(key);
    if (!had) seen.set(key, r);
    else if (!had.name && r.name) had.name = r.name;
  };
  for (const field of fields) {
    for (const chip of field.querySelectorAll('[data-hovercard-id], [email]')) {
      const address = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? '';
      if (!addresses(address).length) { unreadable = true; continue; }
      const name = (chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? '').trim();
      add(name && name !== address ? { address, name } : { address });
    }
    for (const hidden of field.querySelectorAll(`input[type="hidden"][name="${kind}"]`)) {
      add(mailbox(/** @type {HTMLInputElement} */ (hidden).value));
    }
    // Text typed into the recipient box but not yet turned into a chip.
    for (const input of field.querySelectorAll('input:not([type="hidden"]), textarea')) {
      for (const address of addresses(/** @type {HTMLInputElement} */ (input).value)) add({ address });
    }
  }
  return { found: fields.length > 0, list: [...seen.values()], unreadable };
}

/** Attachment chips: each holds a hidden `attach` checkbox and a link with the name and the size. @param {Element} root */
function attachmentChips(root) {
  return [...root.querySelectorAll('input[name="attach"]')].map((input) => {
    const chip = /** @type {Element} */ (input.parentElement);
    const link = chip.querySelector('a') ?? chip;
    const parts = [...link.children].map(text).filter(Boolean);
    const name = parts[0] ?? text(link);
    const bytes = parts[1] ? size(parts[1]) : undefined;
    return { chip, name, size: bytes };
  });
}

/** @type {Adapter} */
const gmail = {
  id: 'gmail',
  name: 'Gmail',

  composes,

  hasSendControl: (compose) => !!sendButtonIn(compose),

  sendTarget(event) {
    const el = eventElement(event);
    if (!el) return null;
    if (MOUSE.has(event.type)) {
      if (/** @type {MouseEvent} */ (event).button !== 0) return null;
      if (menuOwner.opened(chevronOf(el))) return null;
      return controlCompose(sendControl(el));
    }
    if (!pressKey(event)) return null;
    const key = event;
    if (composing(key)) return null;
    if (key.type === 'keydown' && sendShortcut(key)) return composeOf(el);
    if (activates(key)) {
      if (menuOwner.opened(chevronOf(el))) return null;
      const item = activeItem(el);
      return controlCompose(sendControl(item?.matches(SCHEDULE_ITEM) ? item : el));
    }
    return null;
  },

  read(compose) {
    /** @type {string[]} */
    const missing = [];
    /** @type {ComposeRead['recipients']} */
    const recipients = { to: [], cc: [], bcc: [] };
    let toField = false;
    let unreadable = false;
    for (const kind of KINDS) {
      const r = recipientsOf(compose, kind);
      recipients[kind] = r.list;
      if (kind === 'to') toField = r.found;
      unreadable ||= r.unreadable;
    }
    // Every compose has a To field (hidden in inline replies); Cc and Bcc may be absent until opened.
    if (!toField || unreadable) missing.push('recipients');

    const subjectBox = /** @type {HTMLInputElement | null} */ (compose.querySelector('input[name="subjectbox"], input[name="subject"]'));
    if (!subjectBox) missing.push('subject');
    const bodyEl = /** @type {HTMLElement | null} */ (compose.querySelector(BODY));
    if (!bodyEl) missing.push('body');

    const chips = attachmentChips(compose);
    // Attachment links in the compose that no chip accounts for: the chips changed shape.
    if (compose.querySelectorAll('a[href*="attid="]').length > chips.length || chips.some((c) => !c.name)) missing.push('attachments');

    const fromField = /** @type {HTMLInputElement | null} */ (compose.querySelector('input[name="from"]'));
    const from = mailbox(fromField?.value ?? '')?.address ?? addresses(compose.querySelector('[name="from"] [email]')?.getAttribute('email'))[0];

    return composeRead({ recipients, from, subject: subjectBox, body: bodyEl, attachments: chips, missing });
  },

  resend(compose, event) {
    const el = eventElement(event);
    // The control the user used, even if its menu has been taken down since (closest works on detached nodes).
    const item = el ? activeItem(el)?.closest(SCHEDULE_ITEM) ?? el.closest(SCHEDULE_ITEM) : null;
    const control = item ? { el: item, kind: 'schedule' } : el ? sendControl(el) : null;
    if (control?.kind === 'schedule') {
      if (control.el?.isConnected) return press(control.el);
      // The menu closed while the user was asked: open it again, then pick the item.
      const chevron = [...compose.querySelectorAll('[role="button"][aria-haspopup="true"]')].find((b) => chevronOf(b));
      if (!chevron) throw new Error('presend: Gmail "More send options" not found');
      press(chevron);
      return /** @type {any} */ (waitFor(() => compose.ownerDocument.querySelector(SCHEDULE_ITEM), 3000).then((item) => {
        if (!item) throw new Error('presend: Gmail "Schedule send" not found');
        press(item);
      }));
    }
    const button = control?.el?.isConnected ? control.el : sendButtonIn(compose);
    if (!button) throw new Error('presend: Gmail Send button not found');
    press(button);
  },

  removeAttachment(compose, name) {
    const chip = attachmentChips(compose).find((c) => c.name === name)?.chip;
    if (!chip) return false;
    const remove = [...chip.querySelectorAll('[role="button"], button, [aria-label], [data-tooltip]')].find((b) => REMOVE.test(label(b)));
    if (!remove) return false;
    press(remove);
    return true;
  },

  probe(doc) {
    return probeResult(composes(doc), {
      sendButton: (r) => !!sendButtonIn(r),
      moreSendOptions: (r) => [...r.querySelectorAll('[role="button"][aria-haspopup="true"]')].some((b) => chevronOf(b)),
      recipientFields: (r) => recipientsOf(r, 'to').found,
      subject: (r) => !!r.querySelector('input[name="subjectbox"], input[name="subject"]'),
      body: (r) => !!r.querySelector(BODY),
      from: (r) => !!r.querySelector('input[name="from"]'),
    });
  },
};

export default gmail;
