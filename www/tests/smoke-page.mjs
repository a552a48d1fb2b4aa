// Runs inside smoke.html: loads the wasm-bindgen package the way every later
// host (library, extension, demo) will, runs one upload check through the
// facade, and reports to the test through window.__smoke. A separate file,
// not an inline script, so the page can keep the strict `script-src 'self'` CSP.

import init, { Checker } from '../pkg/presend.js';
import initMore, { Checker as MoreChecker } from '../pkg/presend_more.js';

/**
 * @typedef {{ ok: true, exports: string[], memoryBytes: number, decisions: string[], errorCode: string, firstChecksMail: boolean }
 *         | { ok: false, error: string }} SmokeResult
 */

const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const encoder = new TextEncoder();

/** @returns {Promise<SmokeResult>} */
async function smoke() {
  const wasm = await init();
  const checker = new Checker({ internal_domains: ['presend.co.jp'] }, undefined);
  const roster = encoder.encode('氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,03-1234-5678\n');
  const catalogue = encoder.encode('品番,商品名,価格\nA-100,ボールペン,120\n');
  const held = checker.checkUpload('example.test', [{ name: 'list.csv', bytes: roster }], undefined);
  const clean = checker.checkUpload('example.test', [{ name: 'items.csv', bytes: catalogue }], undefined);
  // The mail check is in the second module only (Cargo.toml `message-check`).
  const firstChecksMail = 'checkMessage' in Checker.prototype;
  await initMore();
  const mail = new MoreChecker({ internal_domains: ['presend.co.jp'] }, undefined).checkMessage(
    { from: 'a@presend.co.jp', to: ['x@gmail.com'], body: 'お疲れ様です。' },
    [{ name: 'list.csv', bytes: roster }],
    undefined,
  );
  let errorCode = '';
  try {
    new Checker({ internal_domain: [] }, undefined);
  } catch (/** @type {any} */ error) {
    errorCode = String(error.code);
  }
  return {
    ok: true,
    exports: Object.keys(wasm).sort(),
    memoryBytes: wasm.memory.buffer.byteLength,
    decisions: [held.decision, clean.decision, mail.decision],
    errorCode,
    firstChecksMail,
  };
}

/** @type {Promise<SmokeResult>} */
const result = smoke().catch((/** @type {unknown} */ error) => ({ ok: /** @type {const} */ (false), error: String(error) }));

/** @type {any} */ (window).__smoke = result;
result.then((r) => {
  status.textContent = r.ok ? `ok: ${r.decisions.join(' ')}` : `failed: ${r.error}`;
});
