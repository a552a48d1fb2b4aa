// The checker frame: an extension page that content.js embeds, hidden, in a
// page when it first needs a check, so that files go to the wasm core as
// File objects over a MessagePort (no copy, no base64, no 64 MiB message
// limit) and the core runs in a dedicated Web Worker of this frame: off the
// service worker's thread, one per page, and stoppable. A check that runs
// past the time limit has its worker terminated and answers "timeout"
// (createChecker); the next check starts a fresh worker.
//
// The page cannot read this frame (another origin) and cannot use it: a port
// is served only when it comes with a key the service worker handed to this
// extension's content script (and takes back on first use), so the user's
// settings (partner names, internal domains) never answer a page's questions.

import { createChecker } from './lib/checker.js';
import { effectiveSettings, historyDomain } from './settings.js';

/** A worker idle this long is stopped; the memory of a big file goes with it. */
const IDLE_MS = 30_000;

/** @type {ReturnType<typeof createChecker> | null} */
let checker = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let idle;
let running = 0;

/** The checker of the effective policy and time limit. */
async function current() {
  if (checker) return checker;
  const settings = await effectiveSettings();
  checker = createChecker({
    policy: settings.policy,
    workerUrl: new URL('./lib/worker.js', import.meta.url),
    // The core is stuck in a file past this: its worker is ended (createChecker).
    timeoutMs: settings.checkTimeoutSeconds * 1000,
  });
  const c = checker;
  // A policy the core rejects: every check says so (the user is asked).
  c.ready.catch(() => {});
  return c;
}

function stop() {
  checker?.close();
  checker = null;
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && 'settings' in changes)) stop();
});

/**
 * One check (or a warm-up: the user is about to pick or drop a file, so the
 * core is compiled and its detectors built now; or is writing a mail, so the
 * module that checks mail is loaded as well).
 * @param {any} request  { op: 'upload', site, files, fields } | { op: 'message', message, files } | { op: 'warm', mail?: boolean }
 * @param {(p: import('./lib/presend').CheckProgress) => void} onProgress  how far the reading has got
 */
async function check(request, onProgress) {
  clearTimeout(idle);
  running++;
  try {
    const c = await current();
    if (request.op === 'warm') {
      await c.ready.catch(() => {});
      // A compose opened: the mail check's module is loaded now, not at Send.
      if (request.mail === true) await c.warm({ mail: true });
      return null;
    }
    if (request.op === 'message') {
      const { history = [] } = await chrome.storage.local.get('history');
      // Entries from before public suffixes were refused do not count.
      return await c.check(
        { message: request.message, files: request.files, history: history.filter((/** @type {string} */ d) => historyDomain(d) !== null) },
        { onProgress },
      );
    }
    return await c.check({ site: String(request.site ?? ''), files: request.files, fields: request.fields ?? undefined }, { onProgress });
  } finally {
    running--;
    if (running === 0) idle = setTimeout(stop, IDLE_MS);
  }
}

/** @param {MessagePort} port */
function serve(port) {
  port.onmessage = async (event) => {
    const { id, ...request } = event.data ?? {};
    try {
      const onProgress = (/** @type {object} */ progress) => port.postMessage({ id, progress });
      port.postMessage({ id, ok: true, verdict: await check(request, onProgress) });
    } catch (error) {
      const e = /** @type {{ message?: string, code?: string }} */ (error ?? {});
      port.postMessage({ id, ok: false, error: String(e.message ?? error), code: String(e.code ?? 'internal') });
    }
  };
}

addEventListener('message', async (event) => {
  const [port] = event.ports;
  const key = event.data?.presendKey;
  if (!port || typeof key !== 'string') return;
  const answer = await chrome.runtime.sendMessage({ type: 'frame-key-use', key }).catch(() => null);
  if (!answer?.ok || !answer.valid) {
    port.close();
    return;
  }
  serve(port);
  port.postMessage({ ready: true });
});
