// Helpers shared by the Gmail and Outlook adapters (gmail.js, outlook.js):
// reading addresses and text out of the DOM, finding the element an event
// hit, collecting the open compose windows, remembering which compose opened
// a detached "More send options" menu, the keys that send, and shaping what
// `read` returns. Both web mails need exactly the same logic here; what
// differs between them (selectors, labels, the Send shortcut, how a control
// is pressed) stays in each adapter or is passed in as a parameter.

/** @typedef {import('./adapter.js').ComposeRead} ComposeRead */

export const ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
export const MORE_SEND = /more send options|送信オプション/i;
export const REMOVE = /remove|delete|削除/i;

/** Every address in a string. @param {string | null | undefined} s @returns {string[]} */
export const addresses = (s) => String(s ?? '').match(ADDRESS) ?? [];

/**
 * A function giving an element's text with runs of `junk` (white space,
 * zero-width and, where the web mail inserts them, bidi marks) folded to one space.
 * @param {RegExp} junk  global, e.g. /[\s\u200b]+/g
 * @returns {(el: Element | null | undefined) => string}
 */
export const textReader = (junk) => (el) => (el?.textContent ?? '').replace(junk, ' ').trim();

/**
 * A function joining the given attributes of an element (an accessible label and tooltips).
 * @param {string[]} names
 * @returns {(el: Element) => string}
 */
export const attributeReader = (names) => (el) => names.map((a) => el.getAttribute(a) ?? '').join(' ');

/** The display name in "Name <a@b.c>" once the address is taken out. @param {string} s @param {string} address */
export const displayName = (s, address) => s.replace(/<[^>]*>/, '').replace(address, '').replace(/^[\s"']+|[\s"']+$/g, '');

/** The element an event hit (inside shadow roots too); a text node gives its parent. @param {Event} event @returns {Element | null} */
export function eventElement(event) {
  const node = /** @type {Node | null} */ (event.composedPath?.()[0] ?? event.target);
  if (!node) return null;
  return node.nodeType === 1 ? /** @type {Element} */ (node) : node.parentElement;
}

/**
 * The open compose windows: the compose root of every body editor.
 * @param {Document} doc @param {string} body  the body editor selector
 * @param {(el: Element) => Element | null} composeOf
 * @returns {Element[]}
 */
export function composes(doc, body, composeOf) {
  /** @type {Set<Element>} */
  const found = new Set();
  for (const editor of doc.querySelectorAll(body)) {
    const root = composeOf(editor);
    if (root) found.add(root);
  }
  return [...found];
}

/**
 * Remembers the compose whose "More send options" menu was opened last: the
 * menu is a detached popup, so a schedule-send item in it cannot find its
 * compose by climbing the DOM.
 * @param {string} body  the body editor selector
 * @param {(el: Element) => Element | null} composeOf
 */
export function menuTracker(body, composeOf) {
  let last = /** @type {WeakRef<Element> | null} */ (null);
  return {
    /** Notes the compose of a menu button; true when there was a button. @param {Element | null} button */
    opened(button) {
      if (!button) return false;
      const root = composeOf(button);
      if (root) last = new WeakRef(root);
      return true;
    },
    /** The compose a (detached) schedule-send menu item belongs to. @param {Element} item */
    composeOf(item) {
      const inside = composeOf(item);
      if (inside) return inside;
      const remembered = last?.deref();
      if (remembered?.isConnected) return remembered;
      const open = composes(item.ownerDocument, body, composeOf);
      return open.length === 1 ? open[0] : null;
    },
  };
}

/** Keys typed while an input method is composing text: never a send. @param {KeyboardEvent} key */
export const composing = (key) => key.isComposing || key.keyCode === 229;
/** Ctrl+Enter / ⌘+Enter, the send shortcut of both web mails. @param {KeyboardEvent} key */
export const sendShortcut = (key) => key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey;
/** Plain Enter or Space: activates the focused button or menu item. @param {KeyboardEvent} key */
export const activates = (key) => (key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && !key.altKey;
/**
 * A key event that may press a control: any keydown, and the keyup of
 * Enter or Space (Closure's buttons, Gmail's Send among them, act on the
 * keyup of Space: holding the keydown alone let it send).
 * @param {Event} event @returns {event is KeyboardEvent}
 */
export const pressKey = (event) => event.type === 'keydown' || (event.type === 'keyup' && activates(/** @type {KeyboardEvent} */ (event)));

/** @param {() => Element | null | undefined} find @param {number} ms @returns {Promise<Element | null>} */
export async function waitFor(find, ms) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const el = find();
    if (el) return el;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/** "(12K)", "1.2 MB", "(340 バイト)" → bytes, approximately. @param {string} s */
export function size(s) {
  const m = /([\d.,]+)\s*(k|m|g)?/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number.isFinite(n) ? Math.round(n * unit) : undefined;
}

/**
 * What `read` returns, from the parts an adapter found.
 * @param {object} parts
 * @param {ComposeRead['recipients']} parts.recipients
 * @param {string | undefined} parts.from
 * @param {HTMLInputElement | null | undefined} parts.subject
 * @param {HTMLElement | null} parts.body
 * @param {{ name: string, size?: number }[]} parts.attachments  unnamed ones are left out
 * @param {string[]} parts.missing
 * @returns {ComposeRead}
 */
export function composeRead({ recipients, from, subject, body, attachments, missing }) {
  return {
    recipients,
    ...(from ? { from } : {}),
    subject: subject?.value ?? '',
    body: body ? (body.innerText ?? body.textContent ?? '') : '',
    attachments: attachments.filter((c) => c.name).map((c) => (c.size === undefined ? { name: c.name } : { name: c.name, size: c.size })),
    missing,
  };
}

/**
 * What `probe` returns: whether a compose is open, and for each named test
 * whether every open compose passes it (false when none is open).
 * @param {Element[]} open  the open composes
 * @param {Record<string, (root: Element) => boolean>} tests
 * @returns {Record<string, boolean>}
 */
export function probeResult(open, tests) {
  /** @type {Record<string, boolean>} */
  const result = { compose: open.length > 0 };
  for (const [name, test] of Object.entries(tests)) result[name] = open.length > 0 && open.every(test);
  return result;
}
