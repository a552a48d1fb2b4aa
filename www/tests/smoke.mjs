// End-to-end check of the web toolchain: the wasm-bindgen package in www/pkg
// loads and instantiates in Debian's headless Chromium, served from loopback,
// and the page talks to no other origin. presend's promise is "local only",
// so any request that leaves the page's origin fails the test.
//
// Run after scripts/build-wasm.sh:  node www/tests/smoke.mjs
// Exit 0 = pass, 1 = fail (reasons on stderr).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchWithRetry } from './browser.mjs';
import { startServer, WWW_ROOT } from './server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const PAGE = '/tests/smoke.html';
const WASM = '/pkg/presend_bg.wasm';
const TIMEOUT_MS = 30_000;

/**
 * Flags for every browser test: keep Chromium itself off the network
 * (component updates, sync, field trials) so that what we record is what the
 * page did. --no-sandbox because the tests usually run as root in a container.
 */
const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * @typedef {{ ok: true, exports: string[], memoryBytes: number, decisions: string[], errorCode: string, firstChecksMail: boolean }
 *         | { ok: false, error: string }} SmokeResult
 */

/** @returns {Promise<string[]>} the failures; empty means the test passed */
async function run() {
  /** @type {string[]} */
  const failures = [];
  for (const file of ['pkg/presend.js', 'pkg/presend_bg.wasm']) {
    if (!existsSync(join(WWW_ROOT, file))) {
      return [`www/${file} is missing: run scripts/build-wasm.sh first`];
    }
  }
  if (!existsSync(CHROMIUM)) return [`${CHROMIUM} is missing: run scripts/setup-web.sh first`];

  const started = performance.now();
  const server = await startServer();
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    browser = await launchWithRetry(() => chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] }));
    const context = await browser.newContext();

    /** @type {{ method: string, url: string }[]} */
    const requests = [];
    /** @type {Set<string>} requests to another origin, as `METHOD url` */
    const foreign = new Set();
    context.on('request', (request) => {
      requests.push({ method: request.method(), url: request.url() });
      if (!isLocal(request.url(), server.origin)) foreign.add(`${request.method()} ${request.url()}`);
    });
    // Recording alone would still let a stray request out; abort every
    // foreign one so a failing test never sends anything either.
    await context.route('**/*', (route) =>
      isLocal(route.request().url(), server.origin) ? route.continue() : route.abort('blockedbyclient'),
    );

    /** @type {string[]} */
    const pageProblems = [];
    /** @type {string | undefined} */
    let wasmContentType;
    const page = await context.newPage();
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    // wasm-bindgen reports a wrong MIME type (and its slower fallback) as a
    // console warning, so warnings count too.
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        pageProblems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === WASM) wasmContentType = response.headers()['content-type'];
    });

    const response = await page.goto(server.origin + PAGE, { timeout: TIMEOUT_MS });
    if (!response?.ok()) failures.push(`${PAGE}: HTTP ${response?.status() ?? 'no response'}`);

    /** @type {SmokeResult} */
    const result = await page.evaluate(
      /** @param {number} ms */
      (ms) =>
        Promise.race([
          /** @type {any} */ (window).__smoke ?? { ok: false, error: 'smoke-page.mjs did not run' },
          new Promise((done) => setTimeout(() => done({ ok: false, error: `init() took over ${ms} ms` }), ms)),
        ]),
      TIMEOUT_MS,
    );

    if (!result.ok) failures.push(`init() or a check failed: ${result.error}`);
    // A roster is held, a catalogue passes, personal data to gmail is blocked,
    // and a policy typo is an Error with a stable code.
    if (result.ok && result.decisions.join(' ') !== 'confirm allow block') {
      failures.push(`decisions were ${result.decisions.join(' ')}, expected confirm allow block`);
    }
    if (result.ok && result.firstChecksMail) failures.push('the first module has checkMessage: the mail check belongs to the second');
    if (result.ok && result.errorCode !== 'invalid_policy') {
      failures.push(`a bad policy gave error code '${result.errorCode}', expected invalid_policy`);
    }
    if (!requests.some((r) => new URL(r.url).pathname === WASM)) failures.push(`the page never requested ${WASM}`);
    if (wasmContentType !== 'application/wasm') {
      failures.push(`${WASM} was served as ${wasmContentType ?? 'nothing'}, not application/wasm`);
    }
    for (const request of foreign) failures.push(`request to another origin: ${request}`);
    failures.push(...pageProblems);

    const ms = Math.round(performance.now() - started);
    console.log(`smoke: ${requests.length} requests, ${foreign.size} of them to origins other than ${server.origin}`);
    for (const r of requests) console.log(`  ${r.method} ${r.url.replace(server.origin, '')}`);
    if (result.ok) {
      console.log(`smoke: init() ok: ${result.exports.length} wasm exports, ${result.memoryBytes} bytes of memory`);
      console.log(`smoke: decisions ${result.decisions.join(' ')}, bad policy → ${result.errorCode}`);
    }
    console.log(`smoke: ${ms} ms including browser start`);
  } finally {
    await browser?.close();
    await server.close();
  }
  return failures;
}

/**
 * Whether the page may load `url`: its own origin, or data in the page itself
 * (data:, blob:), which never touches the network.
 *
 * @param {string} url
 * @param {string} origin
 */
function isLocal(url, origin) {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.origin === origin;
}

try {
  const failures = await run();
  for (const failure of failures) console.error(`smoke: FAIL ${failure}`);
  console.log(failures.length ? 'smoke: FAILED' : 'smoke: passed');
  process.exitCode = failures.length ? 1 : 0;
} catch (error) {
  console.error('smoke: FAIL', error);
  process.exitCode = 1;
}
