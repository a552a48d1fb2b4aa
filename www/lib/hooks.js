// The paths a page can take that no event listener on the document sees,
// hooked in the page's own JS world:
// - a file input the page created and clicked without putting it in the
//   document (`const i = document.createElement('input'); i.type = 'file';
//   i.onchange = …; i.click()`: cloud drives, chat and ticket apps): its
//   input/change events reach only the input itself;
// - form.submit(), which fires no submit event;
// - showOpenFilePicker() and showDirectoryPicker(), whose files come back in
//   a promise;
// - text a script reads from the clipboard (an app's own "paste" button
//   calls navigator.clipboard.readText() or read(): no paste event), checked
//   as a paste is before the page gets it;
// - text a script sends itself (fetch, XMLHttpRequest, navigator.sendBeacon,
//   WebSocket): a chat box, an AI assistant or any single-page app sends what
//   the user typed without a form. The text of each request body is handed to
//   the guard, which holds the request while it checks text the user typed
//   that the body carries; everything else goes at once;
// - files a script sends that no guarded path handed it (a file made in
//   script, kept in IndexedDB, or picked before the guard was there) as a
//   request body or in a FormData, followed back through the Request, stream,
//   slice, copy, Blob, bytes or read-out text (a data URL in JSON) the script
//   made of it: handed to the guard like a pick;
// - files handed to a worker or through a MessagePort (a worker that uploads
//   them with its own fetch, which no hook here sees): the message waits for
//   the guard's answer as a request does.
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
 * @property {(form: HTMLFormElement) => void} [armForm]
 *   a script calls the form's requestSubmit(): a form in a shadow root fires its (not composed) submit
 *   where the guard listens only once told
 * @property {() => void} [reopened]
 *   the page called document.open() (or write() after load, which opens): the document and its window
 *   lost every listener, the guard's too
 * @property {(text: string) => Promise<boolean> | null} [clipboard]
 *   text a script reads from the clipboard (navigator.clipboard.readText() or read(), the app's own
 *   "paste" button): null when it goes at once, else whether the page may have it once the user has answered
 * @property {(text: string) => Promise<boolean> | null} [send]
 *   the text of what a script is sending: null when the guard has nothing to ask about it (it goes at
 *   once), else whether it may go once the user has answered
 * @property {(input: HTMLInputElement) => boolean} [upload]
 *   files a script is sending, in a file input nobody sees: false when the guard lets them go at once
 *   (it has decided about each already), true when it holds them; then it answers with a `change` event
 *   on the input, which holds every file if the request may go
 */

import { bodyFiles, hookBodies, hookObjectUrls, madeWith, messageFiles } from './origins.js';

/** Marks a window whose fields the user has typed into (its hooks set it; a parent's read it). */
const TYPED = Symbol.for('presend.typed');

/** What a held request that the user stopped fails with (fetch rejects with it). */
const STOPPED = 'presend: the user stopped this send';

/** Bodies larger than this are not read for typed text (a file upload; files are checked as they are picked). */
const MAX_BODY_BYTES = 4 << 20;

/**
 * The text a request body carries, as the user would have typed it: the
 * strings of a JSON body (escapes undone), the values of a form or query
 * string, text decoded from bytes. Null when it carries none; a promise for
 * a Blob, which is read asynchronously. Files are left to the file guard.
 * @param {unknown} body
 * @returns {string | Promise<string> | null}
 */
export function bodyText(body) {
  if (body == null) return null;
  if (typeof body === 'string') return readable(body);
  if (body instanceof URLSearchParams) return [...body.values()].join('\n');
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    return [...body.values()].filter((v) => typeof v === 'string').join('\n');
  }
  if (body instanceof Blob) {
    if (body instanceof File || body.size === 0 || body.size > MAX_BODY_BYTES) return null;
    return body.text().then(readable, () => '');
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (bytes.length === 0 || bytes.length > MAX_BODY_BYTES) return null;
    return readable(new TextDecoder().decode(bytes));
  }
  return null;
}


/**
 * A text body as its sender wrote it: JSON's strings (a chat message is
 * `{"text":"山田\n…"}`, non-ASCII maybe as \u escapes), a form-encoded
 * body's values, or the text itself.
 * @param {string} text
 */
function readable(text) {
  const head = text.trimStart()[0];
  if (head === '{' || head === '[' || head === '"') {
    try {
      /** @type {string[]} */
      const strings = [];
      const collect = (/** @type {unknown} */ v, /** @type {number} */ depth) => {
        if (typeof v === 'string') strings.push(v);
        else if (v && typeof v === 'object' && depth < 64) Object.values(v).forEach((x) => collect(x, depth + 1));
      };
      collect(JSON.parse(text), 0);
      return strings.join('\n');
    } catch {
      return text;
    }
  }
  if (/^[\w.*%+~-]+=[^\s]*$/.test(text)) {
    try {
      return [...new URLSearchParams(text).values()].join('\n');
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * The text of a Request's own body, when it says it is text (JSON, a form,
 * plain text) or is a FormData (its text fields): a stream or a file is not read out (it could be
 * endless, or large); given up after a moment rather than held for ever.
 * @param {Request} request
 * @returns {Promise<string>}
 */
function requestText(request) {
  // A FormData body: its text fields, as the hooks saw it made, else read
  // out of the multipart body; its files are the file guard's.
  const form = madeWith(request);
  if (typeof FormData !== 'undefined' && form instanceof FormData) return Promise.resolve(bodyText(form) ?? '');
  const type = request.headers.get('content-type') ?? '';
  const multipart = /^multipart\/form-data/i.test(type);
  if (!multipart && !/json|text|x-www-form-urlencoded/i.test(type)) return Promise.resolve('');
  const copy = request.clone();
  const read = multipart
    ? copy.formData().then((form) => bodyText(form) ?? '', () => '')
    : copy.blob().then((b) => bodyText(b) ?? '', () => '');
  return Promise.race([read, new Promise((resolve) => setTimeout(() => resolve(''), 2000))]);
}

/**
 * The query values of a URL (a search box sent as you type).
 * @param {unknown} url
 */
function queryText(url) {
  try {
    const u = new URL(String(url instanceof Request ? url.url : url), location.href);
    return [...u.searchParams.values()].join('\n');
  } catch {
    return '';
  }
}

/**
 * The body's text with the URL's query values.
 * @param {string | Promise<string> | null} body @param {string} query
 * @returns {string | Promise<string> | null}
 */
function withQuery(body, query) {
  if (!query) return body;
  if (body === null) return query;
  return typeof body === 'string' ? `${query}\n${body}` : body.then((b) => `${query}\n${b}`);
}

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
  /**
   * Wraps the getter of an accessor (FileReader's result).
   * @param {object} owner @param {string} name @param {(get: () => unknown) => () => unknown} wrap
   */
  const patchGetter = (owner, name, wrap) => {
    const property = Object.getOwnPropertyDescriptor(owner, name);
    if (!property?.get || !property.configurable) return;
    Object.defineProperty(owner, name, { ...property, get: wrap(property.get) });
    undo.push(() => Object.defineProperty(owner, name, property));
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

  patch(HTMLFormElement.prototype, 'requestSubmit', (requestSubmit) =>
    /** @this {HTMLFormElement} */
    function (/** @type {HTMLElement | undefined} */ ...submitter) {
      hooks.armForm?.(this);
      return requestSubmit.apply(this, submitter);
    },
  );

  // document.open() erases every listener of the document and of its window;
  // write() and writeln() open a document that is not being parsed any more.
  for (const name of /** @type {const} */ (['open', 'write', 'writeln'])) {
    patch(Document.prototype, name, (original) =>
      /** @this {Document} */
      function (/** @type {any[]} */ ...args) {
        try {
          return original.apply(this, args);
        } finally {
          if (this === document) hooks.reopened?.();
        }
      },
    );
  }

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
  /**
   * A file input a click on `el` opens: the input itself, or a label's
   * control (a click on a label clicks its control, out of any hook's sight).
   * @param {unknown} el
   */
  const fileInputOpenedBy = (el) => {
    const input = el instanceof HTMLLabelElement ? el.control : el;
    return input instanceof HTMLInputElement && input.type === 'file' ? input : null;
  };
  /** @param {unknown} el */
  const opening = (el) => {
    const input = fileInputOpenedBy(el);
    if (!input) return;
    watch(input);
    hooks.opening?.();
  };
  for (const name of /** @type {const} */ (['click', 'showPicker'])) {
    patch(HTMLInputElement.prototype, name, (original) =>
      /** @this {HTMLInputElement} */
      function (/** @type {any[]} */ ...args) {
        opening(this);
        return original.apply(this, args);
      },
    );
  }
  patch(HTMLLabelElement.prototype, 'click', (original) =>
    /** @this {HTMLLabelElement} */
    function (/** @type {any[]} */ ...args) {
      opening(this);
      return original.apply(this, args);
    },
  );
  // A click event a script dispatches opens the picker as click() does.
  patch(EventTarget.prototype, 'dispatchEvent', (original) =>
    /** @this {EventTarget} */
    function (/** @type {Event} */ event) {
      if (event?.type === 'click') opening(this);
      return original.call(this, event);
    },
  );

  /**
   * Files that came by another way than an input (a picker's promise, a
   * request body) handed to the guard in a file input nobody sees (`hand`:
   * `hooks.pick` or `hooks.upload`): the files the user kept, once answered,
   * or null when the guard did not take them (nothing to check).
   * @param {((input: HTMLInputElement) => boolean) | undefined} hand @param {File[]} files
   * @returns {Promise<File[]> | null}
   */
  function handedOver(hand, files) {
    if (!hand || files.length === 0) return null;
    const input = unseenInput(files);
    /** @type {Promise<File[]>} */
    const kept = new Promise((resolve) => input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true }));
    return hand(input) ? kept : null;
  }
  /** @param {File[]} files */
  const pickedByPicker = async (files) => handedOver(hooks.pick, files);
  /**
   * The files a script is sending (`hooks.upload`): null when the guard lets
   * them go at once, else whether the request may go (every file let go: a
   * request cannot leave some of them out).
   * @param {File[]} files
   * @returns {Promise<boolean> | null}
   */
  const uploading = (files) => {
    // Requests sent side by side with the same files (an upload in parallel
    // chunks) wait for one question.
    const key = files.map(fileKey).sort().join('\u0001');
    const open = asking.get(key);
    if (open) return open;
    const answer = handedOver(hooks.upload, files)?.then((kept) => kept.length === files.length) ?? null;
    if (answer) {
      asking.set(key, answer);
      const done = () => asking.delete(key);
      answer.then(done, done);
    }
    return answer;
  };
  /** Questions open about files a script is sending, by their keys. @type {Map<string, Promise<boolean>>} */
  const asking = new Map();
  const aborted = () => new DOMException('The user aborted a request.', 'AbortError');

  // The handles of the files the user kept are returned; when none is kept
  // the picker acts as if the user had cancelled it.
  patch(/** @type {any} */ (window), 'showOpenFilePicker', (picker) =>
    /** @this {any} */
    async function showOpenFilePicker(/** @type {any[]} */ ...args) {
      hooks.opening?.();
      const handles = await picker.apply(this, args);
      const files = await Promise.all(handles.map((/** @type {any} */ h) => h.getFile()));
      const picked = await pickedByPicker(files);
      if (!picked) return handles;
      const kept = new Set(picked.map(fileKey));
      const out = handles.filter((/** @type {any} */ _, /** @type {number} */ i) => kept.has(fileKey(files[i])));
      if (out.length === 0) throw aborted();
      return out;
    },
  );

  // A folder picked this way is read out and its files checked as a pick;
  // the page gets the folder only when the user lets every file go (a
  // handle cannot leave some of its files out), else it acts as if the
  // user had cancelled.
  patch(/** @type {any} */ (window), 'showDirectoryPicker', (picker) =>
    /** @this {any} */
    async function showDirectoryPicker(/** @type {any[]} */ ...args) {
      hooks.opening?.();
      const dir = await picker.apply(this, args);
      const files = await filesOfFolder(dir);
      const kept = files.length ? await pickedByPicker(files) : null;
      if (kept && kept.length < files.length) throw aborted();
      return dir;
    },
  );

  if (hooks.upload) hookBodies(patch, patchGetter);
  if (hooks.upload) {
    hookObjectUrls(patch);
    hookHandOffs(patch, uploading);
  }
  if (hooks.send || hooks.upload) hookSends(patch, hooks.send ?? null, uploading);
  if (hooks.clipboard && typeof Clipboard !== 'undefined') hookClipboard(patch, hooks.clipboard);

  return () => undo.splice(0).forEach((f) => f());
}

/**
 * A file input nobody sees, holding `files`: how files reach the guard that
 * came by another way than an input (a picker's promise, a request body).
 * @param {File[]} files
 */
function unseenInput(files) {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  const data = new DataTransfer();
  files.forEach((f) => data.items.add(f));
  input.files = data.files;
  return input;
}

/**
 * The files of a directory handle, recursively, however many (a folder too
 * large for the time limit ends in "could not check", and the user decides).
 * @param {any} dir  a FileSystemDirectoryHandle
 * @returns {Promise<File[]>}
 */
async function filesOfFolder(dir) {
  /** @type {File[]} */
  const out = [];
  /** @param {any} handle */
  const visit = async (handle) => {
    for await (const entry of handle.values()) {
      if (entry.kind === 'directory') await visit(entry);
      else out.push(await entry.getFile());
    }
  };
  await visit(dir);
  return out;
}

/**
 * Text read from the clipboard by script is checked before the page gets
 * it; when the user goes back the read fails as if they had refused the
 * permission (NotAllowedError). read() is checked by its text/plain items.
 * @param {(owner: any, name: string, wrap: (original: any) => any) => void} patch
 * @param {(text: string) => Promise<boolean> | null} ask  the guard's `clipboard` hook
 */
function hookClipboard(patch, ask) {
  /** @param {string} text */
  const allowed = async (text) => {
    const answer = text ? ask(text) : null;
    if (answer && !(await answer.catch(() => false))) throw new DOMException('presend: the user stopped this paste', 'NotAllowedError');
  };
  patch(Clipboard.prototype, 'readText', (original) =>
    /** @this {Clipboard} */
    async function readText() {
      const text = await original.call(this);
      await allowed(text);
      return text;
    },
  );
  patch(Clipboard.prototype, 'read', (original) =>
    /** @this {Clipboard} */
    async function read(/** @type {any[]} */ ...args) {
      const items = await original.apply(this, args);
      const texts = await Promise.all(
        [...items].map((/** @type {ClipboardItem} */ item) =>
          item.types.includes('text/plain') ? item.getType('text/plain').then((b) => b.text(), () => '') : '',
        ),
      );
      await allowed(texts.filter(Boolean).join('\n'));
      return items;
    },
  );
}

/**
 * Delivers messages to one target in the order they were sent, each once
 * the guard lets it go: a message with nothing to ask about, and none
 * waiting before it, goes at once (`deliver` is called now); otherwise it
 * waits behind the ones before it and is asked
 * about only once they are answered (what the user let go then is not
 * asked again), and is dropped when the user goes back. WebSocket messages
 * and messages to workers and ports.
 * @param {WeakMap<object, Promise<void>>} queues  what is still waiting, by target
 * @param {object} target
 * @param {() => Promise<boolean> | null} about  the guard's answer about the message, null when it goes at once
 * @param {(now: boolean) => void} deliver  told whether it goes at once or after waiting
 */
function inOrder(queues, target, about, deliver) {
  const queue = queues.get(target);
  const answer = queue ? null : about();
  if (!queue && answer === null) {
    deliver(true);
    return;
  }
  const next = (queue ?? Promise.resolve()).then(async () => {
    const ok = await Promise.resolve(answer ?? about() ?? true).catch(() => false);
    try {
      if (ok) deliver(false);
    } catch (error) {
      // Thrown at the page when it sent (DataCloneError, a closed socket): late, it can only be told.
      console.warn('presend: a held message could not be sent:', error);
    }
  });
  queues.set(target, next);
  next.finally(() => {
    if (queues.get(target) === next) queues.delete(target);
  });
}

/**
 * Files a page hands to a worker (or through a MessagePort: a shared
 * worker, a channel; a BroadcastChannel; its service worker) go where no hook in this world sees them sent: a
 * worker's own fetch is not hooked. A message carrying a file of the user's
 * not yet decided about waits, as a request would, and is dropped when the
 * user goes back; messages after it on the same target wait behind it, so
 * their order holds. The library's own checker posts bytes, never Files.
 * @param {(owner: any, name: string, wrap: (original: any) => any) => void} patch
 * @param {(files: File[]) => Promise<boolean> | null} files
 */
function hookHandOffs(patch, files) {
  /** Messages of a target still waiting. @type {WeakMap<object, Promise<void>>} */
  const queues = new WeakMap();
  // A BroadcastChannel reaches workers of the origin; a service worker's
  // fetch is not the page's either.
  const targets = [
    typeof Worker !== 'undefined' ? Worker.prototype : null,
    typeof MessagePort !== 'undefined' ? MessagePort.prototype : null,
    typeof BroadcastChannel !== 'undefined' ? BroadcastChannel.prototype : null,
    typeof ServiceWorker !== 'undefined' ? ServiceWorker.prototype : null,
  ];
  for (const proto of targets) {
    if (!proto) continue;
    patch(proto, 'postMessage', (original) =>
      /** @this {Worker | MessagePort | BroadcastChannel | ServiceWorker} */
      function postMessage(/** @type {any[]} */ ...args) {
        const about = () => {
          const carried = messageFiles(args[0]);
          return carried.length ? files(carried) : null;
        };
        // A message delivered at once throws at the page as it would have.
        inOrder(queues, this, about, () => original.apply(this, args));
      },
    );
  }
}

/**
 * Routes the text of every script-made request through `send`, and the
 * user's files it carries through `files`, holding the request while the
 * user is asked: fetch resolves later or rejects with an AbortError; an
 * XMLHttpRequest is sent later or fails with `error`; a beacon is queued; a
 * WebSocket message waits, and the ones after it wait behind it so the order
 * holds. Requests that carry nothing to ask about go at once, without a turn
 * of the event loop. The files are asked about first, then the text.
 * @param {(owner: any, name: string, wrap: (original: any) => any) => void} patch
 * @param {((text: string) => Promise<boolean> | null) | null} ask  the guard's `send` hook (none: only files are looked for)
 * @param {(files: File[]) => Promise<boolean> | null} files  hands files over to the guard
 */
function hookSends(patch, ask, files) {
  // Nothing is looked at for typed text before the user has typed, pasted or
  // dropped something into a field of this document (input events are
  // composed: one in a shadow root reaches the window too): most requests of
  // most pages. Files are looked for in every request (an instanceof or two).
  let typedHere = false;
  addEventListener(
    'input',
    (e) => {
      if (!e.isTrusted) return;
      typedHere = true;
      /** @type {any} */ (window)[TYPED] = true;
    },
    true,
  );
  // Or into a same-origin frame below (an editor in an iframe whose text this
  // page sends): its hooks mark its window.
  const typedBelow = () => {
    for (let i = 0; i < window.frames.length; i++) {
      try {
        if (/** @type {any} */ (window.frames[i])[TYPED]) return true;
      } catch {
        // another origin
      }
    }
    return false;
  };
  /**
   * The guard's answer about a request's text: null when it goes at once
   * (known without waiting), else whether it may go.
   * @param {string | Promise<string> | null} text
   * @returns {Promise<boolean> | null}
   */
  const answerFor = (text) =>
    !ask || text === null ? null : typeof text === 'string' ? (text ? ask(text) : null) : text.then((t) => (t ? ask(t) : null) ?? true);
  /**
   * The answer about a request: about the files its body carries, then about
   * its text (`text` is only read once the files may go).
   * @param {unknown} body @param {() => string | Promise<string> | null} text
   * @returns {Promise<boolean> | null}
   */
  const answerAbout = (body, text) => {
    const aboutText = () => (typedHere || typedBelow() ? answerFor(text()) : null);
    const held = files(bodyFiles(body));
    if (held === null) return aboutText();
    return held.then((ok) => ok && (aboutText() ?? true));
  };
  /**
   * Runs `go` once the request may go (at once when there is nothing to
   * ask), `stop` when the user stopped it; true when it was held.
   * @param {Promise<boolean> | null} answer @param {() => void} go @param {() => void} stop
   */
  const whenAllowed = (answer, go, stop) => {
    if (answer === null) return false;
    answer.then(
      (ok) => (ok === false ? stop() : go()),
      () => stop(),
    );
    return true;
  };

  patch(window, 'fetch', (original) =>
    function fetch(/** @type {RequestInfo | URL} */ input, /** @type {RequestInit | undefined} */ init) {
      const text = () =>
        withQuery(init?.body != null ? bodyText(init.body) : input instanceof Request && input.body ? requestText(input) : null, queryText(input));
      const answer = answerAbout(init?.body != null ? init.body : input, text);
      if (answer === null) return original.call(window, input, init);
      const stopped = () => Promise.reject(new DOMException(STOPPED, 'AbortError'));
      return answer.then((ok) => (ok === false ? stopped() : original.call(window, input, init)), stopped);
    },
  );

  /** URLs and whether asynchronous, by request (send() does not get them). @type {WeakMap<XMLHttpRequest, { url: unknown, async: boolean }>} */
  const opened = new WeakMap();
  patch(XMLHttpRequest.prototype, 'open', (original) =>
    /** @this {XMLHttpRequest} */
    function open(/** @type {any[]} */ ...args) {
      opened.set(this, { url: args[1], async: args.length < 3 || Boolean(args[2]) });
      return original.apply(this, args);
    },
  );
  patch(XMLHttpRequest.prototype, 'send', (original) =>
    /** @this {XMLHttpRequest} */
    function send(/** @type {any} */ body) {
      const how = opened.get(this);
      if (!how?.async) {
        // A synchronous request cannot wait for an answer. With a file the
        // user has not been asked about it fails at once, as a network
        // failure does (the app says the upload failed), while the user is
        // asked; a file let go then goes when it is sent again. Its text is
        // not held (deprecated; pages rarely send typed text this way).
        const held = files(bodyFiles(body));
        if (held === null) return original.call(this, body);
        held.catch(() => false);
        throw new DOMException(`${STOPPED} (a synchronous request cannot wait for the answer; send it again once the file is let go)`, 'NetworkError');
      }
      const answer = answerAbout(body, () => withQuery(bodyText(body), queryText(how.url)));
      const go = () => {
        try {
          original.call(this, body);
        } catch {
          // The page aborted or reopened it meanwhile.
        }
      };
      // As a network failure looks to the page: it never left.
      const stop = () => ['error', 'loadend'].forEach((type) => this.dispatchEvent(new ProgressEvent(type)));
      if (!whenAllowed(answer, go, stop)) original.call(this, body);
    },
  );

  patch(navigator, 'sendBeacon', (original) =>
    function sendBeacon(/** @type {string | URL} */ url, /** @type {any} */ data) {
      const answer = answerAbout(data, () => withQuery(bodyText(data), queryText(url)));
      const go = () => original.call(navigator, url, data);
      return whenAllowed(answer, go, () => {}) || original.call(navigator, url, data);
    },
  );

  /** Messages of a socket or channel still waiting, so later ones keep their order. @type {WeakMap<WebSocket | RTCDataChannel, Promise<void>>} */
  const queues = new WeakMap();
  // A WebSocket, and a WebRTC data channel (a peer-to-peer chat or file share).
  for (const [proto, isOpen] of /** @type {[any, (s: any) => boolean][]} */ ([
    [WebSocket.prototype, (s) => s.readyState === WebSocket.OPEN],
    [typeof RTCDataChannel !== 'undefined' ? RTCDataChannel.prototype : null, (s) => s.readyState === 'open'],
  ])) {
    if (!proto) continue;
    patch(proto, 'send', (original) =>
      /** @this {WebSocket | RTCDataChannel} */
      function send(/** @type {any} */ data) {
        const socket = this;
        const about = () => answerAbout(data, () => bodyText(data));
        // Sent at once it throws at the page as it would have (a socket still
        // connecting); held, it goes only if the socket is still open.
        inOrder(queues, socket, about, (now) => {
          if (now || isOpen(socket)) original.call(socket, data);
        });
      },
    );
  }
}
