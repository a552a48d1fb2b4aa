// The browser gets the core as two wasm modules: the first (pkg/presend*)
// reads what most checks meet (xlsx, CSV, docx, pptx, text, HTML, zip) and
// stays small enough to load before the first check; the second
// (pkg/presend_more*: the same core plus PDF, .xls, .xlsb, .ods and mail,
// contact and bank transfer files, and the mail check) is as
// large again and is loaded on the first such file or mail only. The first
// module says it met such a file with this problem detail (src/extract/mod.rs
// NOT_IN_THIS_BUILD); whoever runs the core then checks the same files again
// with the second. A mail check goes to the second module at once: the first
// has no `checkMessage` (Cargo.toml `message-check`).

export const NOT_IN_THIS_BUILD = 'read by the second module';

/**
 * Whether a verdict says a file was met that only the second module reads.
 * @param {unknown} value
 * @returns {boolean}
 */
export function needsMore(value, depth = 0) {
  if (typeof value === 'string') return value.includes(NOT_IN_THIS_BUILD);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  const items = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  return items.some((v) => needsMore(v, depth + 1));
}

/**
 * The second module, started on first need. `recheck(verdict, run)` gives
 * back the verdict, or, when it says a file only the second module reads,
 * the second module's; should that not load (a host that does not serve it,
 * a CSP), the first verdict stands, and it says the file was not read.
 * @template C
 * @param {() => Promise<C>} start
 */
export function secondModule(start) {
  /** @type {Promise<C> | null} */
  let ready = null;
  return {
    /** @template V @param {V} verdict @param {(c: C) => V} run @returns {Promise<V>} */
    async recheck(verdict, run) {
      if (!needsMore(verdict)) return verdict;
      ready ??= start();
      try {
        return run(await ready);
      } catch {
        ready = null;
        return verdict;
      }
    },
    /**
     * Runs `run` on the second module, started if need be. Should it not
     * load, the check fails with code `worker_failed`, saying so: the host
     * then asks the user, as for any check that could not run.
     * @template V @param {(c: C) => V} run @returns {Promise<V>}
     */
    async run(run) {
      ready ??= start();
      /** @type {C} */
      let module;
      try {
        module = await ready;
      } catch (error) {
        ready = null;
        const why = /** @type {{ message?: string }} */ (error ?? {}).message ?? String(error);
        throw Object.assign(new Error(`the second module (presend_more_bg.wasm), which checks mail, could not be loaded: ${why}`), {
          code: 'worker_failed',
        });
      }
      return run(module);
    },
    /** Starts afresh on next need (the settings changed). */
    reset() {
      ready = null;
    },
  };
}

/**
 * The prose name finder's lists (`pkg/presend-names.txt`, issue 17): a file
 * of their own beside the wasm, too large for the first module's budget,
 * read once and given to each module as it starts. Should it not load, or
 * not be a file this build reads, checks still run, without looking for
 * names that no honorific or label marks.
 * @param {string | URL} url  the worker passes a literal `new URL(…, import.meta.url)` so bundlers emit the file
 */
export function nameLists(url) {
  /** @type {Promise<Uint8Array | null> | null} */
  let bytes = null;
  let warned = false;
  // The checks go on without the finder, but whoever set the package up
  // must hear of it (a bundler that did not copy the file): once, in the
  // console of the worker, never to a server.
  const warn = (/** @type {string} */ why) => {
    if (warned) return;
    warned = true;
    console.warn(`presend: the name lists (${String(url)}) ${why}: names in running text that no honorific or label marks are not looked for. Serve the file beside presend_bg.wasm (see the package's README).`);
  };
  const load = () =>
    (bytes ??= fetch(url)
      .then((r) => {
        if (r.ok) return r.arrayBuffer();
        warn(`could not be fetched (HTTP ${r.status})`);
        return null;
      })
      .then((b) => (b ? new Uint8Array(b) : null))
      .catch((/** @type {unknown} */ error) => {
        warn(`could not be fetched (${/** @type {{ message?: string }} */ (error ?? {}).message ?? String(error)})`);
        return null;
      }));
  return {
    /** Starts reading (while a module compiles). */
    load,
    /** Gives the lists to a module's `setNameData`. @param {(bytes: Uint8Array) => unknown} setNameData */
    async giveTo(setNameData) {
      const b = await load();
      try {
        if (b) setNameData(b);
      } catch {
        // Not a name file this build reads (an HTML page served in its place): the finder stays off.
        warn('are not a file this build reads');
      }
    },
  };
}
