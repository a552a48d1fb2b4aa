// What a request body, a message or a copy was made from, as the page-world
// hooks saw it made: a file of the user's is followed through the Request,
// stream, slice, Blob, bytes or read-out text a script made of it, so the
// guard finds the file however the script wraps it before sending
// (hooks.js uses `bodyFiles` and `messageFiles`; `hookBodies` installs the
// notes). Holds no verdict and shows nothing.

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

/**
 * What a Request (or a clone of one) was made with, when the hooks saw it
 * made: its FormData, for one.
 * @param {Request} request
 * @returns {unknown}
 */
export const madeWith = (request) => origins.get(request);

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
export function hookBodies(patch, patchGetter) {
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
 * Object URLs made for Blobs (`URL.createObjectURL`), until revoked: a
 * worker handed one reads the file with its own fetch. The newest few.
 * @type {Map<string, Blob>}
 */
const objectUrls = new Map();
const MAX_OBJECT_URLS = 256;

/**
 * Notes each object URL made for a Blob (hookBodies' sibling, for messages).
 * @param {(owner: any, name: string, wrap: (original: any) => any) => void} patch
 */
export function hookObjectUrls(patch) {
  patch(URL, 'createObjectURL', (create) =>
    function createObjectURL(/** @type {unknown} */ object) {
      const url = create.call(URL, object);
      if (object instanceof Blob) {
        objectUrls.set(url, object);
        if (objectUrls.size > MAX_OBJECT_URLS) objectUrls.delete(/** @type {string} */ (objectUrls.keys().next().value));
      }
      return url;
    },
  );
  patch(URL, 'revokeObjectURL', (revoke) =>
    function revokeObjectURL(/** @type {string} */ url) {
      objectUrls.delete(String(url));
      return revoke.call(URL, url);
    },
  );
}

/**
 * The user's files in a message posted to a worker, a port or a channel: the value
 * itself (a File, its bytes or stream, or a string carrying its read-out text or
 * an object URL made for it), or
 * inside arrays, objects (class instances too), Maps, Sets and FormData, a few levels down
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
      if (v.includes('blob:')) for (const [url, blob] of objectUrls) if (v.includes(url)) filesIn(blob).forEach((f) => found.add(f));
      return;
    }
    if (!v || typeof v !== 'object' || budget-- <= 0) return;
    if (
      v instanceof Blob ||
      ArrayBuffer.isView(v) ||
      v instanceof ArrayBuffer ||
      (typeof FormData !== 'undefined' && v instanceof FormData) ||
      // A file's stream(), transferred (or what it was piped through).
      (typeof ReadableStream !== 'undefined' && v instanceof ReadableStream)
    ) {
      filesIn(v).forEach((f) => found.add(f));
      return;
    }
    if (depth >= 4) return;
    if (Array.isArray(v) || v instanceof Set) for (const x of v) visit(x, depth + 1);
    else if (v instanceof Map) for (const x of v.values()) visit(x, depth + 1);
    // Any other object, a class instance too: structured clone carries its
    // own enumerable properties over (as a plain object).
    else {
      /** @type {unknown[]} */
      let values = [];
      try {
        values = Object.values(v); // a getter may throw: the message is the page's, as it was
      } catch {}
      for (const x of values) visit(x, depth + 1);
    }
  };
  visit(message, 0);
  return [...found];
}
