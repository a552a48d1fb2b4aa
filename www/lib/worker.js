// The Web Worker that runs the wasm core, so a page never freezes while a
// 10 MB workbook is read. One Checker per worker, built on the first request
// (building the detectors takes tens of milliseconds); every request is one
// message in and one out: { id, op, ... } → { id, ok, result } | { id, ok: false, error },
// with { id, progress } messages in between when the request asks for them.

import init, { Checker, setNameData } from './pkg/presend.js';
import { nameLists, secondModule } from './more.js';

/** @type {Promise<Checker> | null} */
let ready = null;

/** The prose name finder's lists; the literal URL lets bundlers emit the file. */
const names = nameLists(new URL('./pkg/presend-names.txt', import.meta.url));

/** What the second module (www/lib/more.js) is started with: the same policy and options. @type {{ policy?: unknown, options?: unknown, wasm?: string | WebAssembly.Module }} */
let config = {};

const more = secondModule(async () => {
  const module = await import('./pkg/presend_more.js');
  // Literal, as for the first module, so bundlers emit this wasm too.
  await module.default({ module_or_path: config.wasm ?? new URL('./pkg/presend_more_bg.wasm', import.meta.url) });
  await names.giveTo(module.setNameData);
  const checker = new module.Checker(config.policy ?? undefined, config.options ?? undefined);
  // Seen in the browser's performance tools (and by the tests): when the
  // second module became ready, e.g. before a web mail's first Send.
  performance.mark('presend:second-module-ready');
  return checker;
});

/**
 * @param {unknown} policy
 * @param {unknown} options
 * @param {string | WebAssembly.Module} [wasm]  the host's wasmUrl or wasmModule option
 * @returns {Promise<Checker>}
 */
async function start(policy, options, wasm) {
  // The literal `new URL('./pkg/presend_bg.wasm', import.meta.url)` is what
  // Vite and webpack see to emit the wasm and rewrite its URL; a host
  // with other needs passes its own URL or an already compiled module.
  names.load(); // fetched while the wasm compiles
  await init({ module_or_path: wasm ?? new URL('./pkg/presend_bg.wasm', import.meta.url) });
  await names.giveTo(setNameData);
  return new Checker(policy ?? undefined, options ?? undefined);
}

/** @param {unknown} error */
function describe(error) {
  const e = /** @type {{ message?: string, code?: string }} */ (error ?? {});
  return { message: String(e.message ?? error), code: String(e.code ?? 'internal') };
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, op } = event.data;
  try {
    if (op === 'init') {
      config = { policy: event.data.policy, options: event.data.options, wasm: event.data.moreWasm };
      ready = start(event.data.policy, event.data.options, event.data.wasm);
      await ready;
      self.postMessage({ id, ok: true, result: null });
      return;
    }
    if (!ready) ready = start(undefined, undefined);
    const checker = await ready;
    // A file the host could not read stays a name with the reason: the core
    // reports it as "could not inspect", never as an empty file.
    const files = (event.data.files ?? []).map((/** @type {{ name: string, bytes?: ArrayBuffer, unavailable?: string }} */ f) =>
      f.bytes === undefined ? { name: f.name, unavailable: String(f.unavailable ?? 'not read') } : { name: f.name, bytes: new Uint8Array(f.bytes) },
    );
    // The core tells how far a long file has got (at most every 200 ms);
    // the page hears it while the check is still running.
    const onProgress = event.data.progress ? (/** @type {unknown} */ p) => self.postMessage({ id, progress: p }) : undefined;
    /** @param {{ checkUpload: Checker['checkUpload'] }} c */
    const upload = (c) => c.checkUpload(event.data.site, files, event.data.fields ?? undefined, onProgress);
    let result;
    // Getting ready for a kind of check before it comes: `mail` loads the
    // second module, which alone checks mail (a web mail asks when a compose
    // opens, so the first Send does not wait for it). Should it not load,
    // this says so; the mail check itself then fails, saying why.
    if (op === 'warm') result = event.data.mail ? await more.run(() => true) : true;
    else if (op === 'upload') result = await more.recheck(upload(checker), upload);
    // The mail check is in the second module only (more.js).
    else if (op === 'message') result = await more.run((c) => c.checkMessage(event.data.message, files, event.data.history ?? undefined, onProgress));
    else throw Object.assign(new Error(`unknown operation ${op}`), { code: 'invalid_input' });
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: describe(error) });
  }
};
