// The extension's service worker: the one place the wasm core runs (a page's
// CSP may forbid WebAssembly in a content script; the extension's own CSP
// allows it). Content scripts send files and fields; only messages from this
// extension's own scripts are answered. No network request is ever made.

import init, { Checker } from './lib/pkg/presend.js';

/** @type {Promise<Checker> | null} */
let ready = null;

/** Builds the checker on first use (the service worker may be restarted at any time). */
function checker() {
  ready ??= (async () => {
    await init({ module_or_path: chrome.runtime.getURL('lib/pkg/presend_bg.wasm') });
    return new Checker(undefined, undefined);
  })();
  return ready;
}

/** @param {string} base64 */
function decode(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

chrome.runtime.onMessage.addListener((message, sender, respond) => {
  if (sender.id !== chrome.runtime.id || message?.type !== 'check-upload') return false;
  (async () => {
    const c = await checker();
    const files = (message.files ?? []).map((/** @type {{name: string, data: string}} */ f) => ({ name: f.name, bytes: decode(f.data) }));
    const verdict = c.checkUpload(String(message.site ?? ''), files, message.fields ?? undefined);
    respond({ ok: true, verdict });
  })().catch((error) => respond({ ok: false, error: String(error?.message ?? error), code: String(error?.code ?? 'internal') }));
  return true; // the answer comes asynchronously
});
