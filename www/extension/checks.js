// Where a frame's checks run: in the checker frame (checker.html, embedded
// hidden on first use), whose Web Worker runs the core and takes files as
// File objects; where a page blocks or removes that frame, in the service
// worker, with files as base64 in JSON (up to MAX_WIRE_BYTES). The frame is
// started early when the user reaches for a file.

import { ask } from './messaging.js';

/** @typedef {import('../lib/presend').Verdict} Verdict */

/** Files travel to the service worker as base64 in JSON (64 MiB per message). */
const MAX_WIRE_BYTES = 45 * 1024 * 1024;

/** @param {ArrayBuffer} buffer */
function encode(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // Chunks keep String.fromCharCode within its argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Files as the service worker takes them (structured clone cannot carry a
 * File there). A file that cannot be read or is too big to send is named
 * with the reason: the check then says it could not inspect it.
 * @param {any[]} files
 */
async function toWire(files) {
  let total = 0;
  return Promise.all(
    (files ?? []).map(async (f) => {
      if (!(f instanceof File)) return f;
      total += f.size;
      if (total > MAX_WIRE_BYTES) return { name: f.name, unavailable: 'too large for the extension to check in this browser' };
      try {
        return { name: f.name, data: encode(await f.arrayBuffer()) };
      } catch {
        return { name: f.name, unavailable: 'the file could not be read (moved, deleted or a folder)' };
      }
    }),
  );
}

/** How long the checker frame may take to load and take its port. */
const FRAME_READY_MS = 8000;

/**
 * @typedef {import('../lib/presend').CheckProgress} CheckProgress
 * @typedef {object} FrameClient
 * @property {(request: object, onProgress?: (p: CheckProgress) => void) => Promise<Verdict>} call
 * @property {() => boolean} alive
 */

/** @type {Promise<FrameClient> | null} */
let frame = null;
/** The frame could not be set up in this document (a page that forbids it): checks go to the service worker. */
let frameFailed = false;

/**
 * The checker frame of this document (checker.html, hidden inside a closed
 * shadow root), set up on first use: files go to it as File objects over a
 * MessagePort that only it received, with a key from the service worker.
 * @returns {Promise<FrameClient>}
 */
function checkerFrame() {
  frame ??= (async () => {
    const { key } = await ask({ type: 'frame-key' });
    const host = document.createElement('presend-checker');
    host.setAttribute('hidden', '');
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    iframe.setAttribute('style', 'display: none');
    const url = chrome.runtime.getURL('checker.html');
    iframe.src = url;
    root.append(iframe);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    (document.body ?? document.documentElement).append(host);
    const channel = new MessageChannel();
    const port = channel.port1;
    /** @type {Map<number, { resolve: (v: Verdict) => void, reject: (e: Error) => void, progress?: (p: CheckProgress) => void }>} */
    const pending = new Map();
    let next = 1;
    const ready = new Promise((resolve) => {
      port.onmessage = (event) => {
        const { id, ok, verdict, error, code, progress } = event.data ?? {};
        if (event.data?.ready) return resolve(undefined);
        const waiter = pending.get(id);
        if (!waiter) return;
        if (progress !== undefined) {
          waiter.progress?.(progress);
          return;
        }
        pending.delete(id);
        if (ok) waiter.resolve(verdict);
        else waiter.reject(Object.assign(new Error(String(error)), { code: String(code ?? 'internal') }));
      };
    });
    const within = (/** @type {Promise<unknown>} */ p) =>
      Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error('the checker frame did not start')), FRAME_READY_MS))]);
    await within(loaded);
    // Only the extension's own page can receive the port: if the page pointed
    // the frame elsewhere, nothing is delivered and it fails. (The frame is
    // loaded from a per-session URL but runs at the extension's origin.)
    // (Chromium: chrome-extension://<id>; Firefox: moz-extension://<the
    // install's own UUID>, which is what getURL starts with there.)
    const origin = url.startsWith('chrome-extension:') ? `chrome-extension://${chrome.runtime.id}` : url.slice(0, url.indexOf('/', url.indexOf('//') + 2));
    iframe.contentWindow?.postMessage({ presendKey: key }, origin, [channel.port2]);
    await within(ready);
    return {
      alive: () => host.isConnected && iframe.isConnected,
      call(/** @type {object} */ request, /** @type {((p: CheckProgress) => void) | undefined} */ onProgress) {
        const id = next++;
        return new Promise((resolve, reject) => {
          // A page that takes the frame out mid-check leaves the port silent:
          // notice, and let the check run elsewhere.
          const watch = setInterval(() => {
            if (host.isConnected && iframe.isConnected) return;
            pending.delete(id);
            reject(Object.assign(new Error('the checker frame was removed'), { code: 'frame_gone' }));
          }, 500);
          const done = () => clearInterval(watch);
          pending.set(id, {
            resolve: (v) => {
              done();
              resolve(v);
            },
            reject: (e) => {
              done();
              reject(e);
            },
            progress: onProgress,
          });
          port.postMessage({ id, ...request });
        });
      },
    };
  })();
  return frame;
}

/**
 * The page does not let the checker frame start: from now on this document's
 * checks run in the service worker.
 * @param {unknown} error
 */
function frameUnavailable(error) {
  console.warn('presend: the checker frame did not start; checking in the service worker', error);
  frame = null;
  frameFailed = true;
}

/**
 * Runs a check in the checker frame, or, where the page does not let the
 * frame start, in the service worker (files as base64, up to MAX_WIRE_BYTES).
 * @param {{ op: 'upload', site: string, files: any[], fields?: object[] } | { op: 'message', message: object, files: any[] }} request
 * @param {(p: CheckProgress) => void} [onProgress]  how far the reading has got (in the checker frame only)
 * @returns {Promise<Verdict>}
 */
export async function runCheck(request, onProgress) {
  if (!frameFailed) {
    /** @type {FrameClient | null} */
    let client = null;
    try {
      client = await checkerFrame();
      if (!client.alive()) {
        // The page took the frame out: set up another.
        frame = null;
        client = await checkerFrame();
      }
    } catch (error) {
      frameUnavailable(error);
    }
    if (client) {
      try {
        return await client.call(request, onProgress);
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error)?.code !== 'frame_gone') throw error;
        frame = null;
        frameFailed = true;
      }
    }
  }
  const files = await toWire(request.files);
  const answer =
    request.op === 'message'
      ? await ask({ type: 'check-message', message: request.message, files })
      : await ask({ type: 'check-upload', site: request.site, files, fields: request.fields });
  return answer.verdict;
}

/**
 * Starts the checker frame and its core now; with `mail`, the module that
 * checks mail too (a web mail's compose is open: the first Send then does not
 * wait a quarter of a second for it). Where the frame cannot run, checks go to
 * the service worker: it is warmed instead (it stays up ~30 s after each
 * message, and the compose keeps sending them while in use).
 * @param {() => boolean} alive  false once this script is an orphan
 * @param {{ mail?: boolean }} [what]
 */
export function warmUp(alive, what = {}) {
  if (!alive()) return;
  const mail = what.mail === true;
  const inServiceWorker = () => ask({ type: 'warm', mail }).catch(() => {});
  if (frameFailed) {
    inServiceWorker();
    return;
  }
  checkerFrame().then(
    (c) => c.call({ op: 'warm', mail }).catch(() => {}),
    (error) => {
      frameUnavailable(error);
      inServiceWorker();
    },
  );
}

/**
 * Starts the checker frame and its core before the files come (the first
 * start takes a second or two on a slow machine: a process for the frame,
 * compiling the core, building its detectors), when the user reaches for a
 * file input, drags files over the page, or a page opens a picker
 * (page.js says so with presend:warm).
 * @param {() => boolean} alive  false once this script is an orphan
 * @returns {() => void} adds the listeners again (after document.open())
 */
export function warmWhenNeeded(alive) {
  const warm = () => warmUp(alive);
  const reachesForFiles = (/** @type {Event} */ e) => {
    const first = e.composedPath()[0];
    if (first instanceof HTMLInputElement && first.type === 'file') warm();
    else if (first instanceof HTMLLabelElement && first.control instanceof HTMLInputElement && first.control.type === 'file') warm();
  };
  const dragged = (/** @type {DragEvent} */ e) => {
    if (e.dataTransfer?.types.includes('Files')) warm();
  };
  // Again after document.open(), which erases them (adding one still there does nothing).
  const arm = () => {
    addEventListener('pointerdown', reachesForFiles, { capture: true, passive: true });
    addEventListener('keydown', reachesForFiles, { capture: true, passive: true });
    addEventListener('dragenter', dragged, { capture: true, passive: true });
    document.addEventListener('presend:warm', warm, true);
  };
  arm();
  return arm;
}
