// Helpers for end-to-end tests against a real Roundcube on loopback (issue 5: the
// extension's web-mail adapters). scripts/roundcube/setup.sh brings up Roundcube
// (elastic skin, plain-text compose), a private Dovecot and an SMTP sink that records
// every message in RC_DIR/var/sink/messages.jsonl instead of delivering it, so a test can
// assert both "this mail went out, with these recipients and attachments" and "the held
// mail did NOT go out".
//
//   const rc = await startRoundcube();          // installs/starts what is missing
//   const page = await browser.newPage();
//   await login(page);
//   await compose(page, { to: ['bob@example.test'], subject: 's', body: 'b', files: [...] });
//   await send(page);
//   const [mail] = await sinkMessages();
//
// The selectors an adapter needs are in SELECTORS below; what they mean is written up in
// the harness note (DOM facts). setup.sh needs root: it re-runs itself with sudo when the
// tests run as another user.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, truncate } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whatever the current directory is. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where setup.sh keeps config, state and logs; the same default as setup.sh. */
export const RC_DIR = resolve(process.env.RC_DIR ?? join(PROJECT_ROOT, 'target', 'roundcube'));
const SCRIPTS = join(PROJECT_ROOT, 'scripts', 'roundcube');

/**
 * Roundcube 1.6 (elastic) compose page. Ids and Roundcube's own data attributes; no
 * layout classes where an id exists.
 */
export const SELECTORS = Object.freeze({
  loginUser: '#rcmloginuser',
  loginPassword: '#rcmloginpwd',
  loginSubmit: '#rcmloginsubmit',
  messageList: '#messagelist',
  /** The form Roundcube submits (into a hidden iframe) on Send. */
  composeForm: 'form[name="form"]',
  /** Row per header: #compose_to, #compose_cc, #compose_bcc (Cc/Bcc rows carry .hidden until added). */
  headerRow: (/** @type {RecipientField} */ field) => `#compose_${field}`,
  /** What the user types into; Roundcube turns "a@b," into a li.recipient "bubble". */
  recipientInput: (/** @type {RecipientField} */ field) => `#compose_${field} ul.recipient-input li.input input`,
  /** The real form field (name=_to/_cc/_bcc), off-screen; its value is the comma list that gets posted. */
  recipientField: (/** @type {RecipientField} */ field) => `#_${field}`,
  addHeaderButton: '#compose_to a[data-popup="headers-menu"]',
  addHeaderItem: (/** @type {'cc' | 'bcc'} */ field) => `#headers-menu a[data-target="${field}"]`,
  subject: '#compose-subject',
  /** Plain-text body; with the HTML editor it is hidden behind TinyMCE's #composebody_ifr. */
  body: '#composebody',
  /** input[type=file][name="_attachments[]"]; Roundcube uploads on change (XHR) and clears it. */
  fileInput: '#uploadformInput',
  attachmentList: '#attachment-list',
  attachmentName: '#attachment-list li .attachment-name',
  sendButton: '#compose-content .formbuttons button.send',
  /** Task menu "Mail": leaving compose with changes asks "discard?". */
  mailTask: '#taskmenu a.mail',
  dialog: '.ui-dialog:visible',
  discardButton: '.ui-dialog button.mainaction.discard',
  errorMessage: '#messagestack .error',
});

/** @typedef {'to' | 'cc' | 'bcc'} RecipientField */

/**
 * What setup.sh writes to RC_DIR/roundcube.json.
 * @typedef {object} RoundcubeInfo
 * @property {string} url       e.g. `http://127.0.0.1:8088/` (trailing slash)
 * @property {string} user
 * @property {string} password
 * @property {string} email     the user's address, e.g. alice@example.test
 * @property {string} imap      host:port
 * @property {string} smtp      host:port of the sink
 * @property {string} sink      path of messages.jsonl
 * @property {string} logs      directory with Roundcube's, PHP's, Dovecot's and the sink's logs
 * @property {string} roundcube Debian package version
 */

/**
 * @typedef {object} StartResult
 * @property {RoundcubeInfo} info
 * @property {boolean} alreadyRunning  setup.sh found everything up with the same config
 * @property {boolean} installed       setup.sh had to install Debian packages first
 * @property {number} setupMs          time setup.sh took
 * @property {number} readyMs          setup.sh plus waiting for the login page
 * @property {string} output           what setup.sh printed
 */

/**
 * One message the sink received (one line of messages.jsonl).
 * @typedef {object} SinkMessage
 * @property {number} n            sequence number
 * @property {number} time         seconds since the epoch
 * @property {string} mailFrom     SMTP envelope sender
 * @property {string[]} recipients SMTP envelope recipients: To, Cc and Bcc, as sent
 * @property {string} subject
 * @property {string} from         header
 * @property {string} to           header
 * @property {string} cc           header (Bcc has no header, see recipients)
 * @property {string} messageId
 * @property {string | null} text  the first text/plain part that is not an attachment
 * @property {{ name: string | null, contentType: string, size: number, sha256: string }[]} attachments
 * @property {string} eml          path of the raw message
 */

/**
 * @typedef {object} ComposeOptions
 * @property {string | string[]} [to]   addresses, `Name <a@b>` works too
 * @property {string | string[]} [cc]
 * @property {string | string[]} [bcc]
 * @property {string} [subject]
 * @property {string} [body]            plain text
 * @property {{ name: string, mimeType: string, buffer: Buffer }[]} [files]
 */

/** @typedef {import('playwright-core').Page} Page */

/** @type {RoundcubeInfo | undefined} */
let cached;

/**
 * Runs scripts/roundcube/setup.sh (installs what is missing, starts what is not running;
 * a no-op when all is up) and waits until the login page answers.
 *
 * @param {{ timeoutMs?: number, env?: Record<string, string>, log?: (line: string) => void }} [options]
 *   timeoutMs covers a fresh apt install (default 10 minutes); env adds RC_* variables.
 * @returns {Promise<StartResult>}
 */
export async function startRoundcube({ timeoutMs = 600_000, env = {}, log } = {}) {
  const started = performance.now();
  const output = await run(join(SCRIPTS, 'setup.sh'), [], { ...env, RC_DIR }, timeoutMs, log);
  const setupMs = performance.now() - started;
  cached = undefined; // a restart may have changed ports or credentials
  const info = roundcubeInfo();
  await waitForLoginPage(info.url, Math.max(10_000, timeoutMs - setupMs));
  return {
    info,
    alreadyRunning: /already running/.test(output),
    installed: /installing Debian packages/.test(output),
    setupMs,
    readyMs: performance.now() - started,
    output,
  };
}

/**
 * Stops what setup.sh started. `purge` also deletes RC_DIR (its files belong to root and
 * to Dovecot's user, so `cargo clean` as a normal user cannot).
 *
 * @param {{ purge?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<void>}
 */
export async function stopRoundcube({ purge = false, log } = {}) {
  await run(join(SCRIPTS, 'stop.sh'), purge ? ['--purge'] : [], { RC_DIR }, 60_000, log);
  cached = undefined;
}

/**
 * Connection details of the running instance (RC_DIR/roundcube.json).
 * @returns {RoundcubeInfo}
 */
export function roundcubeInfo() {
  if (cached) return cached;
  const file = join(RC_DIR, 'roundcube.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: Roundcube is not set up (startRoundcube())`);
  cached = /** @type {RoundcubeInfo} */ (JSON.parse(readFileSync(file, 'utf8')));
  return cached;
}

/**
 * Logs in (or confirms an existing session) and waits for the mail list.
 *
 * @param {Page} page
 * @param {{ user?: string, password?: string }} [credentials]  default: the setup's user
 */
export async function login(page, credentials = {}) {
  const info = roundcubeInfo();
  await page.goto(info.url);
  if ((await page.locator(SELECTORS.loginUser).count()) > 0) {
    await page.fill(SELECTORS.loginUser, credentials.user ?? info.user);
    await page.fill(SELECTORS.loginPassword, credentials.password ?? info.password);
    await Promise.all([page.waitForURL(/_task=mail/), page.click(SELECTORS.loginSubmit)]);
  }
  await page.waitForSelector(SELECTORS.messageList, { state: 'attached' });
}

/**
 * Opens a new compose page and fills it the way a user would: types recipients (Roundcube
 * turns them into bubbles), reveals the Cc/Bcc rows through the "+" menu, fills subject
 * and body, uploads files through the file input. Returns when every recipient is in the
 * form field and every upload has finished. Does not send.
 *
 * @param {Page} page  logged in
 * @param {ComposeOptions} message
 * @returns {Promise<{ composeId: string }>}
 */
export async function compose(page, { to, cc, bcc, subject, body, files = [] }) {
  const info = roundcubeInfo();
  await page.goto(`${info.url}?_task=mail&_action=compose`);
  // Roundcube redirects to ...&_id=<compose id>. Ready when the recipient widget exists and
  // the "unchanged" hash is taken (otherwise what we type would count as the initial state).
  await page.waitForURL(/_action=compose&_id=/);
  await page.waitForFunction(
    (input) => {
      const rc = /** @type {any} */ (window).rcmail;
      return Boolean(rc?.env?.compose_id && rc.cmp_hash !== undefined && document.querySelector(input));
    },
    SELECTORS.recipientInput('to'),
  );
  const composeId = await page.evaluate(() => String(/** @type {any} */ (window).rcmail.env.compose_id));

  for (const [field, value] of /** @type {const} */ ([['to', to], ['cc', cc], ['bcc', bcc]])) {
    const addresses = list(value);
    if (addresses.length === 0) continue;
    if (field !== 'to') await showHeader(page, field);
    await addRecipients(page, field, addresses);
  }
  if (subject !== undefined) await page.fill(SELECTORS.subject, subject);
  if (body !== undefined) await page.fill(SELECTORS.body, body);
  if (files.length > 0) await attach(page, files);
  return { composeId };
}

/**
 * Clicks Send and waits for Roundcube's verdict: success (the page leaves compose) or an
 * error message / dialog, which is thrown. Roundcube posts the form into a hidden iframe
 * and the SMTP sink has recorded the mail before Roundcube reports success.
 *
 * @param {Page} page
 * @param {{ timeoutMs?: number }} [options]
 */
export async function send(page, { timeoutMs = 30_000 } = {}) {
  // Roundcube asks a native confirm() when the body is empty. If the test does not handle
  // native dialogs itself, dismiss it here (Roundcube then does not send) and say so,
  // instead of waiting for a navigation that cannot come.
  /** @type {((dialog: import('playwright-core').Dialog) => void) | undefined} */
  let onDialog;
  /** @type {Promise<string>} */
  const native = new Promise((done) => {
    if (page.listenerCount('dialog') > 0) return; // the test handles native dialogs itself
    onDialog = (dialog) => {
      void dialog.dismiss().catch(() => {});
      done(`native ${dialog.type()}: ${dialog.message()}`);
    };
    page.on('dialog', onDialog);
  });
  let outcome;
  try {
    await page.click(SELECTORS.sendButton);
    outcome = await Promise.race([
      page.waitForURL((url) => !/_action=compose/.test(url.search), { timeout: timeoutMs }).then(() => 'sent'),
      page.waitForSelector(SELECTORS.errorMessage, { timeout: timeoutMs }).then(() => 'error'),
      page.waitForSelector(SELECTORS.dialog, { timeout: timeoutMs }).then(() => 'dialog'),
      native,
    ]).catch((/** @type {unknown} */ error) => `timeout (${String(error)})`);
  } finally {
    if (onDialog) page.off('dialog', onDialog);
  }
  if (outcome === 'sent') return;
  if (outcome.startsWith('native ')) throw new Error(`Roundcube did not send: ${outcome}`);
  const text = await page
    .locator(outcome === 'dialog' ? SELECTORS.dialog : SELECTORS.errorMessage)
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => '');
  throw new Error(`Roundcube did not send: ${outcome}${text ? `: ${text.trim()}` : ''}`);
}

/**
 * Leaves the compose page without sending, as a user would: task menu "Mail", then
 * "Discard" in Roundcube's "unsaved changes" dialog (shown only if something changed).
 *
 * @param {Page} page
 */
export async function discard(page) {
  await page.click(SELECTORS.mailTask);
  const left = page.waitForURL((url) => !/_action=compose/.test(url.search));
  const asked = page.waitForSelector(SELECTORS.discardButton, { state: 'visible' }).then(() => true);
  if (await Promise.race([left.then(() => false), asked])) {
    await page.click(SELECTORS.discardButton);
    await left;
  }
  await page.waitForSelector(SELECTORS.messageList, { state: 'attached' });
}

/**
 * Every message the sink has received since it started or was last cleared.
 * @returns {Promise<SinkMessage[]>}
 */
export async function sinkMessages() {
  let text;
  try {
    text = await readFile(roundcubeInfo().sink, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
  // The sink writes whole lines; an unterminated last line is one still being written.
  return text
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line);
      return {
        n: r.n,
        time: r.time,
        mailFrom: r.mail_from,
        recipients: r.rcpt_tos,
        subject: r.subject,
        from: r.from,
        to: r.to,
        cc: r.cc,
        messageId: r.message_id,
        text: r.text,
        attachments: r.attachments.map((/** @type {any} */ a) => ({
          name: a.filename,
          contentType: a.content_type,
          size: a.size,
          sha256: a.sha256,
        })),
        eml: r.eml,
      };
    });
}

/**
 * Waits until the sink holds at least `count` messages.
 * @param {number} count
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<SinkMessage[]>}
 */
export async function waitForSink(count, { timeoutMs = 10_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const messages = await sinkMessages();
    if (messages.length >= count) return messages;
    if (performance.now() > deadline) {
      throw new Error(`the sink has ${messages.length} message(s), expected ${count} within ${timeoutMs} ms`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Forgets every received message (truncates messages.jsonl, deletes the .eml files). */
export async function clearSink() {
  const file = roundcubeInfo().sink;
  if (!existsSync(file)) return;
  await truncate(file, 0);
  const dir = dirname(file);
  for (const name of await readdir(dir)) {
    if (name.endsWith('.eml')) await rm(join(dir, name), { force: true });
  }
}

// ---------------------------------------------------------------------------------------

/** @param {string | string[] | undefined} value */
function list(value) {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((s) => s.trim()).filter(Boolean);
}

/**
 * Cc and Bcc rows start hidden; the "+" button next to To opens a menu that shows them.
 *
 * The menu is a Bootstrap popover around the shared #headers-menu element. Closing it
 * re-hides that element from a 200 ms timer (elastic ui.js, popup_init 'hide.bs.popover'),
 * so a "+" clicked within 200 ms of the previous close opens an empty popover: the timer
 * hides the menu again and the click on "Bcc" finds nothing (it happened in about half of
 * the runs that add Cc and then Bcc). The timer is invisible from outside, so: wait until
 * the popover is gone, then out-wait the timer; and retry anyway.
 *
 * @param {Page} page
 * @param {'cc' | 'bcc'} field
 */
async function showHeader(page, field) {
  const row = `${SELECTORS.headerRow(field)}:not(.hidden)`;
  for (let attempt = 1; ; attempt++) {
    if ((await page.locator(row).count()) > 0) return;
    try {
      await page.waitForFunction(() => !document.querySelector('div.popover'), null, { timeout: 3000 });
      await page.waitForTimeout(250);
      await page.click(SELECTORS.addHeaderButton);
      await page.click(SELECTORS.addHeaderItem(field), { timeout: 2000 });
      await page.waitForSelector(row, { timeout: 2000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Types the addresses into the widget and presses "," -- Roundcube's keydown handler then
 * parses the whole input into recipient bubbles and updates the real textarea. Checks
 * that every address made it into the form field.
 *
 * @param {Page} page
 * @param {RecipientField} field
 * @param {string[]} addresses
 */
async function addRecipients(page, field, addresses) {
  const input = page.locator(SELECTORS.recipientInput(field));
  await input.fill(addresses.join(', '));
  await input.press(',');
  const value = await page.inputValue(SELECTORS.recipientField(field));
  for (const address of addresses) {
    const bare = /<([^>]+)>/.exec(address)?.[1] ?? address;
    if (!value.includes(bare)) {
      throw new Error(`recipient ${address} did not reach ${SELECTORS.recipientField(field)} (value: ${value})`);
    }
  }
}

/**
 * Hands the files to the hidden file input; its change handler uploads them (one XHR) and
 * lists them in #attachment-list, first as li.uploading, then with their names.
 *
 * @param {Page} page
 * @param {{ name: string, mimeType: string, buffer: Buffer }[]} files
 */
async function attach(page, files) {
  await page.setInputFiles(SELECTORS.fileInput, files);
  const names = files.map((f) => f.name);
  await page
    .waitForFunction(
      ({ names, selector }) => {
        if (document.querySelector('#attachment-list li.uploading')) return false;
        const listed = [...document.querySelectorAll(selector)].map((e) => e.textContent);
        return names.every((n) => listed.includes(n));
      },
      { names, selector: SELECTORS.attachmentName },
      { timeout: 30_000 },
    )
    .catch(async (error) => {
      const message = await page.locator(SELECTORS.errorMessage).allInnerTexts();
      throw new Error(`upload of ${names.join(', ')} did not finish${message.length ? `: ${message.join('; ')}` : ''}`, {
        cause: error,
      });
    });
}

/**
 * Runs a shell script, returns its output; rejects with the output on failure or timeout.
 *
 * @param {string} script
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {number} timeoutMs
 * @param {((line: string) => void) | undefined} log
 * @returns {Promise<string>}
 */
function run(script, args, env, timeoutMs, log) {
  return new Promise((done, fail) => {
    // stdin inherited: if the script re-runs itself with sudo, sudo can ask for a password.
    const child = spawn('bash', [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    let output = '';
    /** @param {Buffer} chunk */
    const collect = (chunk) => {
      output += chunk.toString();
      if (log) for (const line of chunk.toString().split('\n').filter(Boolean)) log(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done(output);
      else fail(new Error(`${script} failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 */
async function waitForLoginPage(url, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const html = await response.text();
      if (response.ok && html.includes('rcmloginuser')) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no Roundcube login page at ${url} (${last})`);
}
