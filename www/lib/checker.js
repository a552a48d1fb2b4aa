// The page-side client of the worker: one promise per check, files read
// and transferred (not copied) to the worker, errors as Error with a `code`.

/**
 * @typedef {import('./presend').Verdict} Verdict
 * @typedef {import('./presend').CheckInput} CheckInput
 * @typedef {import('./presend').CheckerOptions} CheckerOptions
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

/**
 * Reads a File/Blob (or takes bytes) into an ArrayBuffer the worker can own;
 * a file the host could not read stays a name with the reason.
 * @param {import('./presend').FileInput | File} file
 * @returns {Promise<{ name: string, bytes: ArrayBuffer } | { name: string, unavailable: string }>}
 */
async function toTransferable(file) {
  if (typeof File !== 'undefined' && file instanceof File) return { name: file.name, bytes: await file.arrayBuffer() };
  if ('unavailable' in file) return { name: file.name, unavailable: String(file.unavailable) };
  const bytes = file.bytes instanceof Uint8Array ? file.bytes.slice().buffer : file.bytes.slice(0);
  return { name: file.name, bytes };
}

/**
 * Creates a checker backed by its own worker. The worker starts at once, so
 * the first check does not wait for the wasm to compile.
 * @param {CheckerOptions} [options]
 */
export function createChecker(options = {}) {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const worker = new Worker(workerUrl, { type: 'module', name: 'presend' });
  let next = 1;
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  worker.onmessage = (event) => {
    const { id, ok, result, error } = event.data;
    const waiter = pending.get(id);
    if (!waiter) return;
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

  /** @param {Record<string, unknown>} request @param {Transferable[]} [transfer] */
  function call(request, transfer = []) {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request }, transfer);
    });
  }

  const ready = call({ op: 'init', policy: options.policy, options: { limits: options.limits, history: options.history } });

  return {
    /** Resolves when the wasm is compiled and the detectors are built. */
    ready,
    /**
     * Checks files and form fields for an upload, or a whole message.
     * @param {CheckInput} input
     * @returns {Promise<Verdict>}
     */
    async check(input) {
      await ready;
      const files = await Promise.all((input.files ?? []).map(toTransferable));
      const transfer = files.flatMap((f) => ('bytes' in f ? [f.bytes] : []));
      if (input.message) {
        return /** @type {Promise<Verdict>} */ (call({ op: 'message', message: input.message, files, history: input.history }, transfer));
      }
      const site = input.site ?? (typeof location !== 'undefined' ? location.host : 'this site');
      return /** @type {Promise<Verdict>} */ (call({ op: 'upload', site, files, fields: input.fields }, transfer));
    },
    /** Stops the worker. */
    close() {
      worker.terminate();
      for (const waiter of pending.values()) waiter.reject(new PresendError('checker closed', 'closed'));
      pending.clear();
    },
  };
}
