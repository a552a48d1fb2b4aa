// The paths a page can take that no event listener on the document sees,
// hooked in the page's own JS world:
// - a file input the page created and clicked without putting it in the
//   document (`const i = document.createElement('input'); i.type = 'file';
//   i.onchange = …; i.click()`: cloud drives, chat and ticket apps): its
//   input/change events reach only the input itself;
// - form.submit(), which fires no submit event;
// - showOpenFilePicker(), whose files come back in a promise.
// Used by the library's protect(window) directly, and by the extension's
// page-world script (extension/page.js), which hands them to its isolated
// content script. They hold no verdict and show nothing.

/**
 * @typedef {object} PageHooks
 * @property {(input: HTMLInputElement) => boolean} pick
 *   takes over a file input's new files (true), or leaves them (false: nothing to check, or nobody to check them)
 * @property {(form: HTMLFormElement) => boolean} submit
 *   takes over form.submit() (true: the guard submits natively when the user lets it go)
 * @property {() => void} [opening]  a file picker is about to open (the checker can start meanwhile)
 */

/**
 * The guard replays the events it held as cancelable ones, which a file
 * pick never fires: that tells them apart in any JS world (the extension
 * replays from its isolated world, where this world's objects are unknown).
 * @param {Event} e
 */
export const isReplay = (e) => e.cancelable;

/** A file's identity that survives being put back into an input (File objects may be rewrapped). @param {File} f */
export const fileKey = (f) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

/** Closed shadow roots seen being attached, by host. @type {WeakMap<Element, ShadowRoot>} */
const closedRoots = new WeakMap();

/**
 * A host's shadow root, open or (attached after the hooks) closed.
 * @param {Element} host
 * @returns {ShadowRoot | null}
 */
export const shadowRootOf = (host) => host.shadowRoot ?? closedRoots.get(host) ?? null;

/**
 * Installs the hooks; returns a function that takes them out again.
 * @param {PageHooks} hooks
 * @returns {() => void}
 */
export function hookPage(hooks) {
  /** @type {(() => void)[]} */
  const undo = [];
  /**
   * @template {object} T @param {T} owner @param {keyof T} name @param {(original: any) => any} wrap
   */
  const patch = (owner, name, wrap) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = wrap(original);
    undo.push(() => {
      owner[name] = original;
    });
  };

  // Closed shadow roots attached from now on, so their file inputs can be
  // reached (the extension opens them with chrome.dom instead).
  patch(Element.prototype, 'attachShadow', (attach) =>
    /** @this {Element} */
    function attachShadow(/** @type {ShadowRootInit} */ init) {
      const root = attach.call(this, init);
      if (init?.mode === 'closed') closedRoots.set(this, root);
      return root;
    },
  );

  patch(HTMLFormElement.prototype, 'submit', (nativeSubmit) =>
    /** @this {HTMLFormElement} */
    function submit() {
      if (!hooks.submit(this)) nativeSubmit.call(this);
    },
  );

  /** Inputs watched, and those whose trusted `change` must be swallowed (the files were taken on `input`). */
  const watched = new WeakSet();
  const taken = new WeakSet();
  /** @param {HTMLInputElement} input */
  function watch(input) {
    if (watched.has(input)) return;
    watched.add(input);
    // Capture listeners on the target run before the page's bubbling ones
    // (onchange, addEventListener without capture).
    input.addEventListener(
      'input',
      (e) => {
        // Inside the document the guard's window listener sees it first; only a
        // detached input needs this.
        if (isReplay(e) || input.isConnected) return;
        if (hooks.pick(input)) {
          taken.add(input);
          e.stopImmediatePropagation();
        }
      },
      true,
    );
    input.addEventListener(
      'change',
      (e) => {
        if (!isReplay(e) && taken.has(input)) {
          taken.delete(input);
          e.stopImmediatePropagation();
        }
      },
      true,
    );
  }
  for (const name of /** @type {const} */ (['click', 'showPicker'])) {
    patch(HTMLInputElement.prototype, name, (original) =>
      /** @this {HTMLInputElement} */
      function (/** @type {any[]} */ ...args) {
        if (this.type === 'file') {
          watch(this);
          hooks.opening?.();
        }
        return original.apply(this, args);
      },
    );
  }

  // The picker's files are put in a file input nobody sees and handed over
  // like a pick; the handles of the files the user kept are returned, and
  // when none is kept the picker acts as if the user had cancelled it.
  patch(/** @type {any} */ (window), 'showOpenFilePicker', (picker) =>
    /** @this {any} */
    async function showOpenFilePicker(/** @type {any[]} */ ...args) {
      hooks.opening?.();
      const handles = await picker.apply(this, args);
      const files = await Promise.all(handles.map((/** @type {any} */ h) => h.getFile()));
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      const data = new DataTransfer();
      files.forEach((f) => data.items.add(f));
      input.files = data.files;
      const answered = new Promise((resolve) => input.addEventListener('change', () => resolve(undefined), { once: true }));
      if (!hooks.pick(input)) return handles;
      await answered;
      const kept = new Set([...(input.files ?? [])].map(fileKey));
      const out = handles.filter((/** @type {any} */ _, /** @type {number} */ i) => kept.has(fileKey(files[i])));
      if (out.length === 0) throw new DOMException('The user aborted a request.', 'AbortError');
      return out;
    },
  );

  return () => undo.splice(0).forEach((f) => f());
}
