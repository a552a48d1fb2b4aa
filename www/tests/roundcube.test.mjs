// The extension in a real web mail: Debian's Roundcube on loopback with a
// private Dovecot and an SMTP sink (scripts/roundcube/setup.sh, idempotent),
// the unpacked extension in Debian's headless Chromium. What a user would
// notice:
// - a roster attached for a gmail address is checked when attached, held
//   again at Send with the recipients; going back sends nothing (the sink
//   stays empty); confirming with a reason sends it, attachment included;
// - a clean mail to a colleague goes out with no dialog;
// - fail safe: when the adapter cannot read the recipients, or an attachment
//   was never seen by the extension, the user is asked;
// - the adapter runs only on the Roundcube host the settings list: a page
//   on another host that copies Roundcube's compose form gets no guard and
//   writes nothing to the log, the health or the recipient history;
// - the history keeps the domains of mails that went out from that host, but
//   never a public suffix (co.jp), and the service worker refuses a log
//   written from anywhere else, whatever the message says;
// - the options page shows the adapter healthy and a log with no addresses,
//   exportable as CSV;
// - neither the pages nor the extension talk to any other origin.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { closed, launchExtension, questionDialog, questionWindow } from './browser.mjs';
import { startServer } from './server.mjs';
import { clearSink, compose, login, roundcubeInfo, sinkMessages, startRoundcube, waitForSink } from './roundcube.mjs';

const ROSTER = '氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const SHOTS = new URL('../../target/screenshots/', import.meta.url);

/** @type {Awaited<ReturnType<typeof launchExtension>>} */
let ext;
/** @type {string[]} */
const foreign = [];
/** Another host on the same machine (another port), serving the look-alike page. @type {Awaited<ReturnType<typeof startServer>>} */
let elsewhere;

before(async () => {
  await startRoundcube();
  ext = await launchExtension();
  const rc = new URL(roundcubeInfo().url);
  // Roundcube is self-hosted: its adapter runs only on the host the settings
  // list, set here as the options page stores it.
  await ext.worker.evaluate((host) => chrome.storage.local.set({ settings: { mail_hosts: [{ host, adapter: 'roundcube' }] } }), rc.host);
  elsewhere = await startServer();
  ext.context.on('request', (r) => {
    const url = r.url();
    if (![rc.origin, elsewhere.origin, 'chrome-extension://', 'data:', 'blob:'].some((ok) => url.startsWith(ok))) foreign.push(url);
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await ext?.close();
  await elsewhere?.close();
  assert.deepEqual(natives, [], 'no native dialog');
  assert.deepEqual(foreign, [], 'neither Roundcube pages nor the extension talk to another origin');
});

/** @type {string[]} native dialogs (Roundcube's "no subject?"): none expected */
const natives = [];

/** A logged-in page. */
async function page() {
  const p = await ext.context.newPage();
  p.on('dialog', (d) => {
    natives.push(d.message());
    void d.dismiss();
  });
  await login(p);
  return p;
}

/**
 * Attaches a file through Roundcube's file input, answering the extension's
 * attach-time dialog (if any) with a reason, and waits for the upload.
 * @param {import('playwright-core').Page} p @param {string} name @param {string} content
 */
async function attach(p, name, content) {
  await p.setInputFiles('#uploadformInput', { name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  const item = p.locator('#attachment-list li .attachment-name', { hasText: name });
  const first = await Promise.race([
    questionDialog(ext.context).then((q) => q),
    item.waitFor({ timeout: 20_000 }).then(() => null),
  ]);
  if (first) {
    await first.dialog.locator('select').selectOption('needed');
    await first.dialog.locator('[data-action=continue]').click();
    await closed(first.win);
  }
  await item.waitFor({ timeout: 20_000 });
  // Uploaded when Roundcube replaced the "uploading" row with the file's.
  await p.waitForFunction(() => !document.querySelector('#attachment-list li.uploading'));
}

/**
 * Presses Send and answers nothing yet: the question window's dialog.
 * @param {import('playwright-core').Page} p
 */
async function sendDialog(p) {
  await p.click('#compose-content .formbuttons button.send');
  const { win, dialog } = await questionDialog(ext.context);
  assert.equal(await p.locator('[role=alertdialog], [data-presend-dialog]').count(), 0, 'nothing of the question is in the page');
  return Object.assign(dialog, { win });
}

test('a roster for a gmail address is held at send: back sends nothing, a reason sends it', async () => {
  await clearSink();
  const p = await page();
  await compose(p, { to: ['Carol <carol.private@gmail.com>'], subject: '名簿の件', body: 'お疲れ様です。名簿を送ります。' });
  await attach(p, '名簿.csv', ROSTER);

  const dialog = await sendDialog(p);
  const text = await dialog.innerText();
  assert.match(text, /carol\.private@gmail\.com/, 'the recipient is shown');
  assert.match(text, /名簿\.csv/, 'the attachment is shown');
  assert.match(text, /2人分/, 'with the number of people');
  assert.ok(!text.includes('090-1111-0001'), 'values are masked');
  // The README's picture: the question window.
  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await dialog.win.setViewportSize({ width: 620, height: 720 }); // the window's size (background.js)
  await dialog.win.screenshot({ path: new URL('extension-roundcube.png', SHOTS).pathname });

  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await p.waitForTimeout(2000);
  assert.equal((await sinkMessages()).length, 0, 'back to editing: nothing reached the SMTP sink');
  assert.match(p.url(), /_action=compose/, 'still editing');

  const again = await sendDialog(p);
  for (const box of await again.locator('input[type=checkbox]').all()) await box.check();
  await again.locator('select').selectOption('needed');
  await again.locator('[data-action=continue]').click();
  await closed(again.win);
  await waitForSink(1, { timeoutMs: 20_000 });
  const [mail] = await sinkMessages();
  assert.deepEqual(mail.recipients, ['carol.private@gmail.com']);
  assert.deepEqual(
    mail.attachments.map((a) => a.name),
    ['名簿.csv'],
  );
  await p.close();
});

test('"remove this file" in the dialog takes the attachment out of the compose, and nothing is sent', async () => {
  await clearSink();
  const p = await page();
  await compose(p, { to: ['carol.private@gmail.com'], subject: '名簿', body: 'お疲れ様です。' });
  await attach(p, '名簿.csv', ROSTER);
  const dialog = await sendDialog(p);
  await dialog.locator('section[data-file="名簿.csv"] [data-action=remove]').click();
  await closed(dialog.win);
  await p.locator('#attachment-list li .attachment-name', { hasText: '名簿.csv' }).waitFor({ state: 'detached', timeout: 10_000 });
  assert.equal(await p.locator('[role=alertdialog]').count(), 0, 'back in the compose');
  await p.waitForTimeout(1000);
  assert.equal((await sinkMessages()).length, 0, 'nothing went out');
  await p.close();
});

test('a clean mail to a colleague goes out with no dialog', async () => {
  await clearSink();
  const p = await page();
  await compose(p, { to: ['bob@example.test'], subject: '会議', body: '明日の会議は10時からです。' });
  await p.click('#compose-content .formbuttons button.send');
  await waitForSink(1, { timeoutMs: 20_000 });
  assert.equal(await p.locator('[role=alertdialog]').count(), 0, 'no dialog');
  const [mail] = await sinkMessages();
  assert.deepEqual(mail.recipients, ['bob@example.test']);
  await p.close();
});

test('fail safe: unreadable recipients or an attachment never seen means a confirmation', async () => {
  await clearSink();
  const p = await page();
  await compose(p, { to: ['bob@example.test'], subject: '会議', body: '明日の会議は10時からです。' });
  // A later Roundcube renames the recipient field: the adapter cannot read it.
  await p.evaluate(() => document.getElementById('_to')?.setAttribute('id', '_to_renamed'));
  let dialog = await sendDialog(p);
  assert.equal(await dialog.locator('[data-rule=adapter_incomplete]').count(), 1, 'says it could not read the recipients');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await p.evaluate(() => document.getElementById('_to_renamed')?.setAttribute('id', '_to'));
  // An attachment listed by Roundcube (e.g. from a reopened draft) whose bytes the extension never saw.
  await p.evaluate(() => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'attachment-name';
    name.textContent = '顧客一覧.xlsx';
    li.append(name);
    document.getElementById('attachment-list')?.append(li);
  });
  dialog = await sendDialog(p);
  assert.equal(await dialog.locator('[data-rule=adapter_incomplete]').count(), 1, 'asks, even for a colleague');
  assert.match(await dialog.innerText(), /顧客一覧\.xlsx[\s\S]*検査できません/, 'and says which file it could not inspect');
  await dialog.locator('[data-action=cancel]').click();
  await closed(dialog.win);
  await p.waitForTimeout(1000);
  assert.equal((await sinkMessages()).length, 0, 'nothing went out');
  await p.close();
});

/** What the extension keeps that a page must not be able to write. */
const kept = () => ext.worker.evaluate(() => chrome.storage.local.get(['log', 'history', 'health']));

test('a Roundcube look-alike on another host gets no mail guard and writes nothing', async () => {
  const before = await kept();
  const p = await ext.context.newPage();
  await p.goto(`${elsewhere.origin}/tests/pages/roundcube-lookalike.html`);
  await p.waitForTimeout(1500); // the content script has read the settings
  await p.click('.formbuttons button.send');
  await p.click('#toolbar-send');
  const win = await questionWindow(ext.context, { timeout: 3000 }).catch(() => null);
  assert.equal(win, null, 'no question: the adapter does not run here');
  await p.waitForTimeout(500);
  assert.deepEqual(await kept(), before, 'nothing written to the log, the health or the history');
  assert.deepEqual(await p.evaluate(() => /** @type {any} */ (window).__sent), ['button', 'toolbar'], "the page's own buttons still work, untouched");
  await p.close();
});

test('the history keeps what went out from the Roundcube host, never a public suffix; a log from elsewhere is refused', async () => {
  await clearSink();
  await ext.worker.evaluate(() => chrome.storage.local.set({ history: [] }));
  const p = await page();
  await compose(p, { to: ['bob@example.test', 'info@co.jp'], subject: '会議', body: '明日の会議は10時からです。' });
  await p.click('#compose-content .formbuttons button.send');
  // A new external domain may be asked about: the user sends it anyway.
  const asked = await Promise.race([questionDialog(ext.context).catch(() => null), waitForSink(1, { timeoutMs: 20_000 }).then(() => null)]);
  if (asked) {
    for (const box of await asked.dialog.locator('input[type=checkbox]').all()) await box.check();
    if (await asked.dialog.locator('select').count()) await asked.dialog.locator('select').selectOption('needed');
    await asked.dialog.locator('[data-action=continue]').click();
    await closed(asked.win);
  }
  await waitForSink(1, { timeoutMs: 20_000 });
  const [mail] = await sinkMessages();
  assert.deepEqual(mail.recipients.sort(), ['bob@example.test', 'info@co.jp'], 'the mail went out');
  // The service worker writes the history after the mail went out.
  let history = [];
  for (const end = Date.now() + 10_000; Date.now() < end && !history.length; await p.waitForTimeout(100)) {
    ({ history = [] } = await ext.worker.evaluate(() => chrome.storage.local.get('history')));
  }
  await p.waitForTimeout(300); // and nothing more arrives after the first domain
  ({ history = [] } = await ext.worker.evaluate(() => chrome.storage.local.get('history')));
  assert.deepEqual(history, ['example.test'], 'co.jp is a public suffix: never kept');
  await p.close();

  // The options page is an extension page, not a web mail: a log from it is
  // refused although the message names the Roundcube host.
  const o = await ext.context.newPage();
  await o.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const answer = await o.evaluate((site) =>
    chrome.runtime.sendMessage({ type: 'log', entry: { site, adapter: 'roundcube', decision: 'allow', rules: [], choice: 'sent', domains: ['forged.example'] } }),
  new URL(roundcubeInfo().url).host);
  assert.equal(answer.ok, false, 'refused');
  const after = await ext.worker.evaluate(() => chrome.storage.local.get(['history', 'log']));
  assert.ok(!after.history.includes('forged.example'), 'nothing added to the history');
  assert.ok(!after.log.some((/** @type {any} */ e) => e.site === new URL(roundcubeInfo().url).host && e.choice === 'sent' && e.rules.length === 0 && e.decision === 'allow' && !e.counts), 'nor to the log');
  await o.close();
});

test('the options page shows the adapter healthy and a log without addresses, as CSV too', async () => {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const health = p.locator('tr[data-adapter=roundcube]');
  await health.waitFor();
  const host = new URL(roundcubeInfo().url).host;
  assert.equal(await p.locator('#mailhosts').inputValue(), `${host} = roundcube`, 'the Roundcube host as the settings keep it');
  // A line that names no host is refused, and nothing is saved.
  await p.locator('#mailhosts').fill(`${host} = roundcube\nnot a host = roundcube`);
  await p.click('#save');
  await p.locator('#status.bad').waitFor();
  const { settings } = await p.evaluate(() => chrome.storage.local.get('settings'));
  assert.deepEqual(settings.mail_hosts, [{ host, adapter: 'roundcube' }]);
  assert.equal(await health.locator('.bad').count(), 0, 'every Roundcube signal matched');
  assert.ok((await health.locator('.ok').count()) >= 5);
  const rows = await p.locator('#log tbody tr').count();
  assert.ok(rows >= 4, `the sends above are logged (${rows})`);
  const stored = await p.evaluate(async () => JSON.stringify(await chrome.storage.local.get('log')));
  assert.ok(!stored.includes('@') && !stored.includes('山田') && !stored.includes('名簿'), `no addresses, names or content: ${stored}`);
  assert.match(stored, /"choice":"back"/);
  assert.match(stored, /"choice":"sent_with_reason"[^}]*\}[^}]*"reason":"needed"/);
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  assert.match(text, /^\ufefftime,site,adapter,decision,rules/);
  assert.match(text, /personal_data_free_mail/);
  await p.close();
});
