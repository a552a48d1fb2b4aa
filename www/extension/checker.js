// The checker frame: an extension page that content.js embeds, hidden, in a
// page when it first needs a check, so that files go to the wasm core as
// File objects over a MessagePort (no copy, no base64, no 64 MiB message
// limit) and the core runs in a dedicated Web Worker of this frame: off the
// service worker's thread, one per page, and stoppable. A check that runs
// past the time limit has its worker terminated and answers "timeout"; the
// next check starts a fresh worker.
//
// The page cannot read this frame (another origin) and cannot use it: a port
// is served only when it comes with a key the service worker handed to this
// extension's content script (and takes back on first use), so the user's
// settings (partner names, internal domains) never answer a page's questions.

import { createChecker } from './lib/checker.js';
import { effectiveSettings } from './settings.js';

/** A worker idle this long is stopped; the memory of a big file goes with it. */
const IDLE_MS = 30_000;

/** @type {ReturnType<typeof createChecker> | null} */
let checker = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let idle;
let running = 0;

/** The checker of the effective policy (a fresh worker after a stop). */
async function current() {
  if (checker) return checker;
  const settings = await effectiveSettings();
  checker = createChecker({ policy: settings.policy, workerUrl: new URL('./lib/worker.js', import.meta.url) });
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
 * One check, within the time limit.
 * @param {any} request  { op: 'upload', site, files, fields } | { op: 'message', message, files }
 */
async function check(request) {
  clearTimeout(idle);
  if (request.op === 'warm') {
    // The user is about to pick or drop a file: compile the core and build its detectors now.
    await (await current()).ready.catch(() => {});
    idle = setTimeout(stop, IDLE_MS);
    return null;
  }
  running++;
  const settings = await effectiveSettings();
  const limit = settings.checkTimeoutSeconds * 1000;
  const c = await current();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    const work =
      request.op === 'message'
        ? chrome.storage.local.get('history').then(({ history = [] }) => c.check({ message: request.message, files: request.files, history }))
        : c.check({ site: String(request.site ?? ''), files: request.files, fields: request.fields ?? undefined });
    return await Promise.race([
      work,
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          // The core is stuck in this file: only ending its worker stops it.
          if (checker === c) stop();
          reject(Object.assign(new Error('the check took too long'), { code: 'timeout' }));
        }, limit);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    running--;
    if (running === 0) idle = setTimeout(stop, IDLE_MS);
  }
}

/** @param {MessagePort} port */
function serve(port) {
  port.onmessage = async (event) => {
    const { id, ...request } = event.data ?? {};
    try {
      port.postMessage({ id, ok: true, verdict: await check(request) });
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
