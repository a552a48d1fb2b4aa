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
 * What a body, a stream, a slice, a copy or bytes were made from, as the
 * hooks saw it made (`hookBodies`): a Request → its body, a ReadableStream →
 * the Blob or stream it came from, a slice → its Blob, a FormData entry or a
 * File copied from one Blob → that Blob, a Blob or File built of parts → the
 * parts that are objects (a multipart body built by hand around a file), the
 * bytes a Blob was read into (`arrayBuffer()`, `bytes()`, a FileReader) →
 * that Blob, a copy of bytes → the bytes. So the user's file is found however
 * the script wraps it before sending.
 * @type {WeakMap<object, unknown>}
 */
const origins = new WeakMap();

/**
 * What `x` was made from: its origins, or the buffer a typed array views.
 * @param {object} x
 * @returns {unknown[]}
 */
function sourcesOf(x) {
  if (origins.has(x)) {
    const from = origins.get(x);
    return Array.isArray(from) ? from : [from];
  }
  return ArrayBuffer.isView(x) ? [x.buffer] : [];
}

/** A file of the user's: a non-empty File not named "blob" (what a FormData calls a Blob appended without a name). @param {unknown} v */
const userFile = (v) => v instanceof File && v.size > 0 && v.name !== 'blob';

/**
 * Text a script read out of a file of the user's (`text()`, a FileReader's
 * text, data URL or binary string), remembered as a few short pieces of it
 * (and those pieces as JSON writes them), so a string body carrying it is
 * known to carry that file: the common base64-in-JSON upload. Only the last
 * few are kept, and only the pieces, never the text.
 * @type {{ pieces: string[], file: File }[]}
 */
const readTexts = [];

/** How many read-out texts are remembered. */
const MAX_READ_TEXTS = 32;

/**
 * Remembers `text`, read out of `blob`, if the blob carries a file of the user's.
 * @param {string} text @param {Blob} blob
 */
function rememberText(text, blob) {
  const [file] = filesIn(blob);
  if (!file || typeof text !== 'string') return;
  // A data URL's payload is what an app sends, often without its "data:…," head.
  const payload = text.startsWith('data:') ? text.slice(text.indexOf(',') + 1) : text;
  if (payload.length < 16) return;
  const n = Math.min(48, payload.length);
  const at = payload.length <= 48 ? [0] : [0.25, 0.5, 0.75].map((f) => Math.floor((payload.length - n) * f));
  // Copied out (a slice of a string may keep the whole text, a data URL of megabytes, alive).
  const pieces = at.map((i) => Array.from(payload.slice(i, i + n)).join(''));
  readTexts.push({ pieces: [...new Set([...pieces, ...pieces.map((p) => JSON.stringify(p).slice(1, -1))])], file });
  if (readTexts.length > MAX_READ_TEXTS) readTexts.shift();
}

/**
 * The files of the user's whose read-out text `text` carries.
 * @param {string} text
 * @returns {File[]}
 */
const filesInText = (text) => (readTexts.length && text.length >= 16 ? readTexts.filter((r) => r.pieces.some((p) => text.includes(p))).map((r) => r.file) : []);

/**
 * The files of the user's that `x` carries: for each thing it was made from,
 * the earliest file of the user's (a slice, a stream, the bytes or a renamed
 * copy of a picked file are that file, which was decided about at the pick),
 * the Files of a FormData, and files whose read-out text a string carries.
 * @param {unknown} x
 * @returns {File[]}
 */
function filesIn(x) {
  /** @type {Set<File>} */
  const found = new Set();
  const seen = new Set();
  let budget = 512;
  /** @param {unknown} v @param {number} depth @returns {boolean} whether a file was found in it */
  const visit = (v, depth) => {
    if (typeof v === 'string') {
      const files = filesInText(v);
      files.forEach((f) => found.add(f));
      return files.length > 0;
    }
    if (!v || typeof v !== 'object' || seen.has(v) || budget-- <= 0 || depth > 32) return false;
    seen.add(v);
    let deeper = false;
    const from = typeof FormData !== 'undefined' && v instanceof FormData ? [...v.values()] : v instanceof URLSearchParams ? [...v.values()] : sourcesOf(v);
    for (const s of from) deeper = visit(s, depth + 1) || deeper;
    if (!deeper && userFile(v)) found.add(/** @type {File} */ (v));
    return deeper || userFile(v);
  };
  visit(x, 0);
  return [...found];
}

/**
 * The files a request body carries: a File sent as the body (or a slice,
 * stream or the bytes of one, a Request or a Blob made with one), the Files
 * of a FormData, or a string carrying a file's read-out text. A Blob made in
 * script is not one, nor a File named "blob" (what a FormData makes of a
 * Blob appended without a name): data the script made, not a file of the
 * user's.
 * @param {unknown} body
 * @returns {File[]}
 */
export const bodyFiles = (body) => filesIn(body);

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
 * plain text): a stream or a file upload is not read out (it could be
 * endless, or large); given up after a moment rather than held for ever.
 * @param {Request} request
 * @returns {Promise<string>}
 */
function requestText(request) {
  if (!/json|text|x-www-form-urlencoded/i.test(request.headers.get('content-type') ?? '')) return Promise.resolve('');
  const read = request
    .clone()
    .blob()
    .then((b) => bodyText(b) ?? '', () => '');
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
  if (hooks.upload) hookHandOffs(patch, uploading);
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
 * Remembers what each body-to-be was made from (see `origins`), so a file is
 * found in a request however a script wrapped it: `new Request(url, { body })`
 * (and its clones), `file.stream()` and what it is piped through or teed
 * into, `file.slice()` (an upload in chunks of a file no one checked), a
 * Blob put in a FormData (which stores a new File), `new File([file], name)`
 * (a renamed copy), a Blob built around a file (a multipart body written by
 * hand), and the bytes or text read out of a file (`arrayBuffer()`,
 * `bytes()`, `text()`, a FileReader) and copies of those bytes. A wrapper of
 * the constructors keeps `instanceof`, subclassing and the prototype: only
 * what `new` returns is noted. Not followed: bytes the script transforms
 * itself (its own base64 with `btoa`, encryption, a hand-written stream).
 * @param {(owner: any, name: string, wrap: (original: any) => any) => void} patch
 * @param {(owner: object, name: string, wrap: (get: () => unknown) => () => unknown) => void} patchGetter
 */
function hookBodies(patch, patchGetter) {
  /** @param {object} made @param {unknown} from */
  const note = (made, from) => {
    if (from && typeof from === 'object' && made !== from && !(Array.isArray(from) && from.length === 0)) origins.set(made, from);
    return made;
  };
  /** @param {(args: any[], Original: any) => unknown} fromArgs */
  const noting = (fromArgs) => (/** @type {any} */ Original) =>
    new Proxy(Original, {
      construct(target, args, newTarget) {
        return note(Reflect.construct(target, args, newTarget), fromArgs(args, target));
      },
    });
  /**
   * What a Blob or File is built of: its parts that are objects (Blobs,
   * bytes), and the files whose read-out text a string part carries; one
   * part stands for itself (a renamed copy is that file).
   * @param {any[]} args
   */
  const partsOf = ([parts]) => {
    if (!Array.isArray(parts)) return undefined;
    /** @type {unknown[]} */
    const from = [];
    // A Blob of thousands of string chunks is data the script made: its first parts tell enough.
    for (let i = 0; i < parts.length && i < 4096 && from.length < 64; i++) {
      const part = parts[i];
      if (part && typeof part === 'object') from.push(part);
      else if (typeof part === 'string') from.push(...filesInText(part));
    }
    return from.length === 1 ? from[0] : from;
  };
  patch(window, 'Request', noting(([input, init], Request) => {
    const body = init?.body;
    if (typeof body === 'string') return filesInText(body);
    return body != null ? body : input instanceof Request ? origins.get(input) : undefined;
  }));
  patch(window, 'Blob', noting(partsOf));
  patch(window, 'File', noting(partsOf));
  // The bytes or text a script reads out of a file: the bytes are noted as
  // made from it, the text remembered in pieces (`rememberText`).
  for (const name of /** @type {const} */ (['arrayBuffer', 'bytes'])) {
    patch(Blob.prototype, name, (read) =>
      /** @this {Blob} */
      function (/** @type {any[]} */ ...args) {
        return read.apply(this, args).then((/** @type {object} */ bytes) => note(bytes, this));
      },
    );
  }
  patch(Blob.prototype, 'text', (read) =>
    /** @this {Blob} */
    function (/** @type {any[]} */ ...args) {
      return read.apply(this, args).then((/** @type {string} */ text) => {
        rememberText(text, this);
        return text;
      });
    },
  );
  /** The Blob each FileReader was last asked to read. @type {WeakMap<FileReader, Blob>} */
  const reading = new WeakMap();
  for (const name of /** @type {const} */ (['readAsArrayBuffer', 'readAsDataURL', 'readAsText', 'readAsBinaryString'])) {
    patch(FileReader.prototype, name, (read) =>
      /** @this {FileReader} */
      function (/** @type {any[]} */ ...args) {
        if (args[0] instanceof Blob) reading.set(this, args[0]);
        return read.apply(this, args);
      },
    );
  }
  // The result is noted when the page first gets it (its onload may send it
  // at once, before any listener of ours added later would run).
  patchGetter(FileReader.prototype, 'result', (get) =>
    /** @this {FileReader} */
    function () {
      const result = get.call(this);
      const blob = reading.get(this);
      if (blob && result != null) {
        reading.delete(this);
        if (typeof result === 'string') rememberText(result, blob);
        else note(result, blob);
      }
      return result;
    },
  );
  // A copy of bytes read out of a file is that file's (only copies of noted
  // bytes are noted: slice is hot in some pages).
  patch(ArrayBuffer.prototype, 'slice', (slice) =>
    /** @this {ArrayBuffer} */
    function (/** @type {any[]} */ ...args) {
      const copy = slice.apply(this, args);
      return origins.has(this) ? note(copy, this) : copy;
    },
  );
  patch(Object.getPrototypeOf(Uint8Array.prototype), 'slice', (slice) =>
    /** @this {Uint8Array} */
    function (/** @type {any[]} */ ...args) {
      const copy = slice.apply(this, args);
      return origins.has(this) || origins.has(this.buffer) ? note(copy, this) : copy;
    },
  );
  patch(Request.prototype, 'clone', (clone) =>
    /** @this {Request} */
    function (/** @type {any[]} */ ...args) {
      return note(clone.apply(this, args), origins.get(this));
    },
  );
  patch(Blob.prototype, 'slice', (slice) =>
    /** @this {Blob} */
    function (/** @type {any[]} */ ...args) {
      return note(slice.apply(this, args), this);
    },
  );
  patch(Blob.prototype, 'stream', (stream) =>
    /** @this {Blob} */
    function (/** @type {any[]} */ ...args) {
      return note(stream.apply(this, args), this);
    },
  );
  patch(ReadableStream.prototype, 'pipeThrough', (pipeThrough) =>
    /** @this {ReadableStream} */
    function (/** @type {any[]} */ ...args) {
      return note(pipeThrough.apply(this, args), this);
    },
  );
  patch(ReadableStream.prototype, 'tee', (tee) =>
    /** @this {ReadableStream} */
    function (/** @type {any[]} */ ...args) {
      const branches = tee.apply(this, args);
      branches.forEach((/** @type {ReadableStream} */ b) => note(b, this));
      return branches;
    },
  );
  for (const name of /** @type {const} */ (['append', 'set'])) {
    patch(FormData.prototype, name, (original) =>
      /** @this {FormData} */
      function (/** @type {any[]} */ ...args) {
        const result = original.apply(this, args);
        const [key, value] = args;
        if (value instanceof Blob) note(/** @type {object} */ (this.getAll(key).at(-1)), value);
        return result;
      },
    );
  }
}

/**
 * The user's files in a message posted to a worker or a port: the value
 * itself (a File, its bytes, or a string carrying its read-out text), or
 * inside arrays, plain objects, Maps, Sets and FormData, a few levels down
 * (what a postMessage to an upload worker carries).
 * @param {unknown} message
 * @returns {File[]}
 */
export function messageFiles(message) {
  /** @type {Set<File>} */
  const found = new Set();
  let budget = 2_000;
  const visit = (/** @type {unknown} */ v, /** @type {number} */ depth) => {
    if (typeof v === 'string') {
      filesInText(v).forEach((f) => found.add(f));
      return;
    }
    if (!v || typeof v !== 'object' || budget-- <= 0) return;
    if (v instanceof Blob || ArrayBuffer.isView(v) || v instanceof ArrayBuffer || (typeof FormData !== 'undefined' && v instanceof FormData)) {
      filesIn(v).forEach((f) => found.add(f));
      return;
    }
    if (depth >= 4) return;
    if (Array.isArray(v) || v instanceof Set) for (const x of v) visit(x, depth + 1);
    else if (v instanceof Map) for (const x of v.values()) visit(x, depth + 1);
    else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) for (const x of Object.values(v)) visit(x, depth + 1);
  };
  visit(message, 0);
  return [...found];
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
 * worker, a channel) go where no hook in this world sees them sent: a
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
  const targets = [typeof Worker !== 'undefined' ? Worker.prototype : null, typeof MessagePort !== 'undefined' ? MessagePort.prototype : null];
  for (const proto of targets) {
    if (!proto) continue;
    patch(proto, 'postMessage', (original) =>
      /** @this {Worker | MessagePort} */
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
  let typed = false;
  addEventListener(
    'input',
    (e) => {
      if (e.isTrusted) typed = true;
    },
    true,
  );
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
    const aboutText = () => (typed ? answerFor(text()) : null);
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

  /** Messages of a socket still waiting, so later ones keep their order. @type {WeakMap<WebSocket, Promise<void>>} */
  const queues = new WeakMap();
  patch(WebSocket.prototype, 'send', (original) =>
    /** @this {WebSocket} */
    function send(/** @type {any} */ data) {
      const socket = this;
      const about = () => answerAbout(data, () => bodyText(data));
      // Sent at once it throws at the page as it would have (a socket still
      // connecting); held, it goes only if the socket is still open.
      inOrder(queues, socket, about, (now) => {
        if (now || socket.readyState === WebSocket.OPEN) original.call(socket, data);
      });
    },
  );
}
