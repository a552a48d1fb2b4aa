// presend for web pages: check files, form fields and messages locally,
// in a Web Worker running the wasm core, and protect upload forms.
//
//   import { protect } from './presend/presend.js';
//   protect(document.querySelector('form'));
//
// Nothing leaves the page: the worker and the .wasm load from the same
// place as this module, and no check makes a network request.

import { createChecker, PresendError } from './checker.js';
import { protectWith } from './protect.js';
import { showDialog } from './dialog.js';

export { createChecker, PresendError, showDialog };

/** @type {ReturnType<typeof createChecker> | null} */
let shared = null;

/** protect() options that make it start a checker of its own. */
const CHECKER_OPTIONS = /** @type {const} */ (['policy', 'limits', 'history', 'workerUrl', 'worker', 'wasmUrl', 'wasmModule', 'moreWasmUrl', 'moreWasmModule', 'timeoutMs']);

/** The page's shared checker (default policy), started on first use. */
function sharedChecker() {
  shared ??= createChecker();
  return shared;
}

/**
 * Checks files, form fields or a whole message with the default policy.
 * @param {import('./presend').CheckInput} input
 * @param {{ signal?: AbortSignal, onProgress?: (p: import('./presend').CheckProgress) => void }} [options]  `signal`
 *   cancels the check (it rejects with the code `aborted`); `onProgress` is told how far the files' reading has got
 * @returns {Promise<import('./presend').Verdict>}
 */
export function check(input, options) {
  return sharedChecker().check(input, options);
}

/**
 * Protects a form, a file input, a drop zone, or the whole page (`window`:
 * every form, file input, drop and paste, also form.submit(), file inputs
 * the page never puts in the document and showOpenFilePicker()).
 * @param {HTMLFormElement | HTMLInputElement | HTMLElement | Window} target
 * @param {import('./presend').ProtectOptions} [options]
 */
export function protect(target, options = {}) {
  const own = Object.fromEntries(CHECKER_OPTIONS.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]));
  const checker = options.checker ?? (Object.keys(own).length ? createChecker(own) : sharedChecker());
  return protectWith(target, { ...options, checker });
}
