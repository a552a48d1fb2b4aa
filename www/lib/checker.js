// The page-side client of the worker: one promise per check, files read
// and transferred (not copied) to the worker, errors as Error with a `code`.

/**
 * @typedef {import('./presend').Verdict} Verdict
 * @typedef {import('./presend').CheckInput} CheckInput
 * @typedef {import('./presend').CheckerOptions} CheckerOptions
 * @typedef {import('./presend').CheckProgress} CheckProgress
 * @typedef {{ resolve: (v: any) => void, reject: (e: Error) => void, progress?: (p: CheckProgress) => void }} Waiter
 */

/** An Error from the checker, with a stable code (`invalid_policy`, `worker_failed` …). */
export class PresendError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = 'PresendError';
    this.code = code;
  }
}

// Frameworks that render on the server (Next.js, Nuxt, SvelteKit) import a
// page's modules in Node, which may lack Blob and has no DOM: what the
// package's modules take from the browser when they load is guarded, and
// used only in a browser.
export const noBlob = () => {
  throw new Error('presend runs in a browser');
};

// The checker's own reads and posts go around the page hooks (hooks.js),
// which follow a file's bytes and hold messages carrying them until the user
// has answered: the check that answers must not wait for its own answer.
// Taken when this module loads, before protect() installs the hooks.
export const readBytes = typeof Blob !== 'undefined' ? Blob.prototype.arrayBuffer : noBlob;
const post = typeof Worker !== 'undefined' ? Worker.prototype.postMessage : null;

/**
 * Reads a File/Blob (or takes bytes) into an ArrayBuffer the worker can own;
 * a file the host could not read stays a name with the reason.
 * @param {import('./presend').FileInput | File} file
 * @returns {Promise<{ name: string, bytes: ArrayBuffer } | { name: string, unavailable: string }>}
 */
async function toTransferable(file) {
  if (typeof File !== 'undefined' && file instanceof File) return { name: file.name, bytes: await readBytes.call(file) };
  if ('unavailable' in file) return { name: file.name, unavailable: String(file.unavailable) };
  const bytes = file.bytes instanceof Uint8Array ? file.bytes.slice().buffer : file.bytes.slice(0);
  return { name: file.name, bytes };
}

/** A check that has not answered by then ends in a `timeout` error, and its worker with it. */
export const DEFAULT_TIMEOUT_MS = 90_000;

/**
 * Creates a checker backed by its own worker. The worker starts at once, so
 * the first check does not wait for the wasm to compile. A check that runs
 * past `timeoutMs` rejects with the code `timeout` and its worker is
 * terminated (a loop inside a parser cannot be interrupted otherwise); the
 * next check starts a fresh one.
 * @param {CheckerOptions} [options]
 */
export function createChecker(options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let next = 1;

  /**
   * One worker with its pending requests; replaced when it is ended.
   * @returns {{ worker: Worker, pending: Map<number, Waiter>, ready: Promise<unknown> }}
   */
  function spawn() {
    // The literal `new Worker(new URL('./worker.js', import.meta.url), …)` is
    // what Vite and webpack look for to bundle the worker and emit its files:
    // keep it literal, without a variable in between.
    const worker = options.worker
      ? options.worker()
      : options.workerUrl
        ? new Worker(options.workerUrl, { type: 'module', name: 'presend' })
        : new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'presend' });
    /** @type {Map<number, Waiter>} */
    const pending = new Map();
    worker.onmessage = (event) => {
      const { id, ok, result, error, progress } = event.data;
      const waiter = pending.get(id);
      if (!waiter) return;
      if (progress !== undefined) {
        // The host's callback: a bug in it must not end the check.
        try {
          waiter.progress?.(progress);
        } catch {
          /* progress is a courtesy */
        }
        return;
      }
      pending.delete(id);
      if (ok) waiter.resolve(result);
      else waiter.reject(new PresendError(error.message, error.code));
    };
    worker.onerror = (event) => {
      // A worker that cannot load (blocked by CSP, missing files) must not
      // leave a check pending for ever: the caller then asks the user.
      const failure = new PresendError(`presend worker failed: ${event.message || 'could not start'}`, 'worker_failed');
      for (const waiter of pending.values()) waiter.reject(failure);
      pending.clear();
    };
    const self = { worker, pending, ready: /** @type {Promise<unknown>} */ (Promise.resolve()) };
    // A wasmUrl is resolved against the page (the worker may live elsewhere);
    // a compiled WebAssembly.Module is handed over as it is.
    const wasm =
      options.wasmModule ??
      (options.wasmUrl === undefined ? undefined : new URL(String(options.wasmUrl), typeof location !== 'undefined' ? location.href : undefined).href);
    const moreWasm =
      options.moreWasmModule ??
      (options.moreWasmUrl === undefined ? undefined : new URL(String(options.moreWasmUrl), typeof location !== 'undefined' ? location.href : undefined).href);
    self.ready = send(self, { op: 'init', policy: options.policy, options: { limits: options.limits, history: options.history }, wasm, moreWasm });
    return self;
  }

  /**
   * @param {ReturnType<typeof spawn>} w @param {Record<string, unknown>} request @param {Transferable[]} [transfer]
   * @param {(p: CheckProgress) => void} [progress]  told how far the files' reading has got
   * @returns {Promise<unknown>}
   */
  function send(w, request, transfer = [], progress) {
    const id = next++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject, progress });
      (post ?? w.worker.postMessage).call(w.worker, { id, ...request, progress: progress !== undefined }, transfer);
    });
  }

  /** @param {ReturnType<typeof spawn>} w @param {PresendError} why */
  function end(w, why) {
    w.worker.terminate();
    for (const waiter of w.pending.values()) waiter.reject(why);
    w.pending.clear();
    if (current === w) current = null;
  }

  /** @type {ReturnType<typeof spawn> | null} */
  let current = spawn();
  const first = current;

  /**
   * Runs one request on the current worker within the time limit; an abort
   * ends the worker too (the core cannot be interrupted otherwise), so other
   * checks running on it at that moment are rejected with `aborted` as well.
   * @param {Record<string, unknown>} request @param {Transferable[]} transfer @param {AbortSignal} [signal]
   * @param {(p: CheckProgress) => void} [progress]
   */
  async function run(request, transfer, signal, progress) {
    if (signal?.aborted) throw new PresendError('the check was cancelled', 'aborted');
    current ??= spawn();
    const w = current;
    await w.ready;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    /** @type {(() => void) | undefined} */
    let onAbort;
    try {
      return await Promise.race([
        send(w, request, transfer, progress),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            const why = new PresendError('the check took too long', 'timeout');
            end(w, why);
            reject(why);
          }, timeoutMs);
          onAbort = () => {
            const why = new PresendError('the check was cancelled', 'aborted');
            end(w, why);
            reject(why);
          };
          signal?.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    /** Resolves when the wasm is compiled and the detectors are built (the first worker's). */
    ready: first.ready,
    /**
     * Checks files and form fields for an upload, or a whole message.
     * `options.signal` cancels it: the promise rejects with the code `aborted`.
     * `options.onProgress` is told which file is being read and how many rows
     * and characters of it so far (when it starts, then at most every 200 ms).
     * @param {CheckInput} input
     * @param {{ signal?: AbortSignal, onProgress?: (p: CheckProgress) => void }} [options]
     * @returns {Promise<Verdict>}
     */
    async check(input, options = {}) {
      const files = await Promise.all((input.files ?? []).map(toTransferable));
      const transfer = files.flatMap((f) => ('bytes' in f ? [f.bytes] : []));
      if (input.message) {
        return /** @type {Promise<Verdict>} */ (run({ op: 'message', message: input.message, files, history: input.history }, transfer, options.signal, options.onProgress));
      }
      const site = input.site ?? (typeof location !== 'undefined' ? location.host : 'this site');
      return /** @type {Promise<Verdict>} */ (run({ op: 'upload', site, files, fields: input.fields }, transfer, options.signal, options.onProgress));
    },
    /**
     * Gets ready for a kind of check before it comes. `{ mail: true }` loads
     * the module that checks mail (a web mail's guard asks when a compose
     * opens: the first mail check otherwise waits for it, ~0.25 s). Resolves
     * to whether it is ready; never rejects: should the module not load, the
     * check itself fails, saying why.
     * @param {{ mail?: boolean }} [what]
     * @returns {Promise<boolean>}
     */
    async warm(what = {}) {
      try {
        await run({ op: 'warm', mail: what.mail === true }, []);
        return true;
      } catch {
        return false;
      }
    },
    /** Stops the worker. */
    close() {
      if (current) end(current, new PresendError('checker closed', 'closed'));
    },
  };
}
