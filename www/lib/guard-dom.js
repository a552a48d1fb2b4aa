// The DOM side of the upload guard (protect.js): which file inputs an event
// is about (inside shadow roots too), the element it was aimed at, the files
// of a drop with its folders read out, the text of fields and forms, and the
// replay of held events, marked so the guard lets its own replays through.

/** Events replayed by the guard itself, which it must let through. */
export const replayed = new WeakSet();

/** @param {Element} target @param {Event} event */
export function replay(target, event) {
  replayed.add(event);
  target.dispatchEvent(event);
}

/**
 * A file input's input and change events, as the page gets them after a
 * pick, marked as replays (hooks.js isReplay) for the hooks in any JS world.
 * @param {HTMLInputElement} input
 */
export function replayPick(input) {
  replay(input, new Event('input', { bubbles: true, composed: true, cancelable: true }));
  replay(input, new Event('change', { bubbles: true, cancelable: true }));
}

/** @param {File[]} files */
export function fileList(files) {
  const data = new DataTransfer();
  files.forEach((f) => data.items.add(f));
  return data.files;
}

/** @param {unknown} node @returns {node is HTMLInputElement} */
const isFileInput = (node) => node instanceof HTMLInputElement && node.type === 'file';

/**
 * The file inputs an input/change event is about. Seen from the window, an
 * input inside a closed shadow root shows only its host: look inside it.
 * @param {Event} event
 * @param {(host: Element) => ShadowRoot | null} shadowRootOf
 * @returns {HTMLInputElement[]}
 */
export function fileInputsOf(event, shadowRootOf) {
  const first = event.composedPath()[0] ?? event.target;
  if (isFileInput(first)) return [first];
  // Typing fires InputEvents; a file input's `input` is a plain Event.
  if (!(first instanceof Element) || event.type !== 'input' || event instanceof InputEvent) return [];
  /** @type {HTMLInputElement[]} */
  const found = [];
  const visit = (/** @type {ParentNode} */ node, /** @type {number} */ depth) => {
    if (depth > 16) return;
    for (const el of node.querySelectorAll('*')) {
      if (isFileInput(el) && el.files?.length) found.push(el);
      const inner = shadowRootOf(el);
      if (inner) visit(inner, depth + 1);
    }
  };
  const root = shadowRootOf(first);
  if (root) visit(root, 0);
  return found;
}

/**
 * The element an event was aimed at, inside shadow roots, closed ones too
 * when `shadowRootOf` can open them (by the point for drops, by the focus for pastes and typing).
 * @param {Event} event
 * @param {(host: Element) => ShadowRoot | null} shadowRootOf
 * @returns {Element}
 */
export function deepTarget(event, shadowRootOf) {
  const first = event.composedPath()[0] ?? event.target;
  let el = first instanceof Element ? first : first instanceof Node && first.parentElement ? first.parentElement : document.body;
  for (let depth = 0; depth < 16; depth++) {
    const root = shadowRootOf(el);
    if (!root) break;
    const inner =
      event instanceof DragEvent ? root.elementFromPoint(event.clientX, event.clientY) : /** @type {Element | null} */ (root.activeElement);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/**
 * A field's text: a text input's or text area's value, an editor's text by
 * lines (its plain text when it is long: innerText lays the page out).
 * @param {Element} field
 */
export function fieldText(field) {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value;
  const text = field.textContent ?? '';
  return text.length > 20_000 ? text : /** @type {HTMLElement} */ (field).innerText;
}

/** @param {Element} el */
export function isEditable(el) {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return !el.readOnly && !el.disabled && ['text', 'search', 'email', 'url', 'tel', ''].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * The files of a drop, with every dropped folder read out (its files, recursively):
 * a folder's own entry in `files` cannot be read and would fail the check.
 * Entries must be taken while the event runs.
 * @param {DataTransfer} data
 * @returns {Promise<File[]>}
 */
export function filesOf(data) {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() ?? null : null));
  const files = [...data.files];
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(files);
  // A folder that cannot be read out is checked as it is: the check then
  // says it could not read it, and the user decides.
  const readOut = (async () => {
    /** @type {File[]} */
    const out = [];
    for (let i = 0; i < files.length; i++) {
      const entry = entries[i];
      if (entry?.isDirectory) out.push(...(await folderFiles(/** @type {FileSystemDirectoryEntry} */ (entry), 0)));
      else out.push(files[i]);
    }
    return out;
  })();
  return readOut.catch(() => files);
}

/** @param {FileSystemDirectoryEntry} dir @param {number} depth @returns {Promise<File[]>} */
async function folderFiles(dir, depth) {
  if (depth > 32) return [];
  const reader = dir.createReader();
  /** @type {FileSystemEntry[]} */
  const entries = [];
  // readEntries gives a batch at a time (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    entries.push(...batch);
  }
  /** @type {File[]} */
  const out = [];
  for (const entry of entries) {
    if (entry.isDirectory) out.push(...(await folderFiles(/** @type {FileSystemDirectoryEntry} */ (entry), depth + 1)));
    else out.push(await new Promise((resolve, reject) => /** @type {FileSystemFileEntry} */ (entry).file(resolve, reject)));
  }
  return out;
}

/**
 * The fields a person typed: text-like inputs and text areas, labelled by
 * their <label>, placeholder or name. Passwords and hidden fields are never read.
 * @param {HTMLFormElement} form
 */
export function formFields(form) {
  const skip = new Set(['password', 'hidden', 'file', 'submit', 'button', 'reset', 'checkbox', 'radio', 'image']);
  /** @type {{ name: string, value: string }[]} */
  const out = [];
  for (const element of form.elements) {
    if ((element instanceof HTMLInputElement && !skip.has(element.type)) || element instanceof HTMLTextAreaElement) {
      const value = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (element).value;
      if (!value.trim()) continue;
      const label = element.labels?.[0]?.textContent?.trim() || element.getAttribute('aria-label') || element.placeholder || element.name || element.id || '';
      out.push({ name: label, value });
    }
  }
  return out;
}
