// The Gmail and Outlook adapters on static fixtures that reproduce the DOM
// signals they rely on (www/tests/pages/{gmail,outlook}-compose.html, one
// English and one Japanese compose each), in Debian's headless Chromium: which
// events are send paths, what `read` returns and what it reports missing when
// a signal is taken away, removing an attachment, replaying a send, and the
// health probe, which composes are open and whether their Send is recognised,
// and on which hosts each adapter may run (settings.js). The adapter runs
// inside the page, as in the content script.
//
// Run:  node --test www/tests/adapters.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './browser.mjs';

const env = useBrowser({ before, after });
const TYPES = ['click', 'keydown', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit'];

/**
 * Opens a fixture and loads its adapter in the page; every event of TYPES
 * goes through `sendTarget` in the capture phase and is recorded as
 * "type:compose-id" ("type:-" when it is not a send).
 * @param {'gmail' | 'outlook'} name
 */
async function open(name) {
  const page = await env.browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== env.server.origin) {
      env.foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`${env.server.origin}/tests/pages/${name}-compose.html`);
  await page.evaluate(
    async ({ name, types }) => {
      const adapter = (await import(`/extension/adapters/${name}.js`)).default;
      const w = /** @type {any} */ (window);
      w.__adapter = adapter;
      w.__targets = [];
      for (const type of types) {
        window.addEventListener(
          type,
          (e) => {
            const root = adapter.sendTarget(e);
            w.__targets.push(`${type}:${root ? root.id : '-'}`);
            if (root) w.__lastSend = e;
          },
          true,
        );
      }
    },
    { name, types: TYPES },
  );
  return { page, errors };
}

/** The recorded events since the last call, only those that were send paths. @param {import('playwright-core').Page} page */
async function sends(page) {
  const all = /** @type {string[]} */ (await page.evaluate(() => /** @type {any} */ (window).__targets.splice(0)));
  return all.filter((t) => !t.endsWith(':-'));
}

/** @param {import('playwright-core').Page} page @param {string} rootId */
const read = (page, rootId) => page.evaluate((id) => /** @type {any} */ (window).__adapter.read(document.getElementById(id)), rootId);
/** @param {import('playwright-core').Page} page */
const probe = (page) => page.evaluate(() => /** @type {any} */ (window).__adapter.probe(document));
/** @param {import('playwright-core').Page} page */
const seen = (page) => page.evaluate(() => /** @type {any} */ (window).__seen.splice(0));
/** @param {import('playwright-core').Page} page @param {string} selector */
const drop = (page, selector) => page.evaluate((s) => document.querySelectorAll(s).forEach((e) => e.remove()), selector);
/** Replays the last send the adapter recognised, on the compose it named. @param {import('playwright-core').Page} page @param {string} rootId */
const resend = (page, rootId) =>
  page.evaluate(async (id) => {
    const w = /** @type {any} */ (window);
    w.__replaying = true;
    try {
      await w.__adapter.resend(document.getElementById(id), w.__lastSend);
    } finally {
      w.__replaying = false;
    }
  }, rootId);

const MOUSE_SEND = (/** @type {string} */ id) => ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'].map((t) => `${t}:${id}`);

test('gmail: runs on mail.google.com only; composes and their Send button are found', async () => {
  const { page } = await open('gmail');
  const got = await page.evaluate(async () => {
    const { mailAdaptersFor } = await import('/extension/settings.js');
    const a = /** @type {any} */ (window).__adapter;
    const hosts = [{ host: 'mail.example.co.jp', adapter: 'roundcube' }];
    return {
      hosts: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com.evil.example/', 'http://mail.google.com/', 'https://mail.google.com:8443/', 'https://outlook.office.com/mail/', 'https://mail.example.co.jp/'].map((u) => mailAdaptersFor(new URL(u), hosts)),
      composes: a.composes(document).map((/** @type {Element} */ c) => c.id),
      send: a.composes(document).map((/** @type {Element} */ c) => a.hasSendControl(c)),
    };
  });
  assert.deepEqual(got.hosts, [['gmail'], [], [], [], ['outlook'], ['roundcube']], 'by the address, never by what the page looks like');
  assert.deepEqual(got.composes, ['en-root', 'ja-root']);
  assert.deepEqual(got.send, [true, true]);
  await page.evaluate(() => {
    const b = document.getElementById('en-send');
    b?.setAttribute('data-tooltip', 'Enviar');
    b?.setAttribute('aria-label', 'Enviar');
  });
  assert.deepEqual(await page.evaluate(() => { const a = /** @type {any} */ (window).__adapter; return a.composes(document).map((/** @type {Element} */ c) => a.hasSendControl(c)); }), [false, true], 'a localised tooltip without the shortcut is not recognised');
  await page.close();
});

test('gmail: Send, Ctrl/⌘+Enter, Send + archive and Schedule send are send paths; other clicks and keys are not', async () => {
  const { page, errors } = await open('gmail');
  await page.click('#en-send-label');
  assert.deepEqual(await sends(page), MOUSE_SEND('en-root'), 'the whole press on Send (Gmail acts on mousedown/mouseup)');
  for (const other of ['#en-bold', '#en-font', '#en-undo', '#en-discard', '#en-subject', '#en-body', '#ja-bold']) {
    await page.click(other);
    assert.deepEqual(await sends(page), [], `${other} is not a send`);
  }
  await page.focus('#en-body');
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await sends(page), ['keydown:en-root'], 'Ctrl+Enter in the body');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Shift+Enter');
  assert.deepEqual(await sends(page), [], 'other keys');
  await page.click('#en-subject');
  await page.keyboard.press('Control+Enter');
  assert.deepEqual(await sends(page), ['keydown:en-root'], 'Ctrl+Enter in the subject');

  await page.focus('#ja-body');
  await page.keyboard.press('Meta+Enter');
  assert.deepEqual(await sends(page), ['keydown:ja-root'], '⌘+Enter in the Japanese reply');
  await page.focus('#ja-send');
  await page.keyboard.press('Enter');
  assert.deepEqual(await sends(page), ['keydown:ja-root'], 'Enter on the focused 送信 button');
  await page.click('#ja-send');
  assert.deepEqual(await sends(page), MOUSE_SEND('ja-root'), '送信 (Ctrl+Enter)');
  await page.click('#ja-send-archive');
  assert.deepEqual(await sends(page), MOUSE_SEND('ja-root'), '送信してアーカイブ');

  await page.click('#ja-more');
  assert.deepEqual(await sends(page), [], 'opening "More send options" is not a send');
  await page.click('#schedule-item');
  assert.deepEqual(await sends(page), MOUSE_SEND('ja-root'), 'Schedule send, from the menu the Japanese reply opened');
  await page.click('#en-more');
  await page.click('#schedule-item');
  assert.deepEqual(await sends(page), MOUSE_SEND('en-root'), 'Schedule send, from the menu the English compose opened');
  await page.click('#label-item');
  assert.deepEqual(await sends(page), [], 'another menu item');
  await page.click('#en-send', { button: 'right' });
  assert.deepEqual(await sends(page), [], 'a right click on Send');
  assert.deepEqual(errors, []);
  await page.close();
});

test('gmail: read returns recipients with names, typed addresses, from, subject, body and attachments', async () => {
  const { page } = await open('gmail');
  assert.deepEqual(await read(page, 'en-root'), {
    recipients: {
      to: [{ address: 'taro@example.com', name: '山田 太郎' }, { address: 'ext@partner.example' }, { address: 'typed@example.org' }],
      cc: [{ address: 'boss@example.com', name: 'Boss' }],
      bcc: [],
    },
    from: 'me@example.com',
    subject: 'Quarterly roster',
    body: 'Hello,\nthe roster is attached.',
    attachments: [{ name: '名簿.xlsx', size: 12 * 1024 }, { name: 'notes.txt', size: 340 }],
    missing: [],
  });
  assert.deepEqual(await read(page, 'ja-root'), {
    recipients: {
      to: [{ address: 'suzuki@example.jp', name: '鈴木 一郎' }, { address: 'sales@example.co.jp' }, { address: 'pending@example.net' }],
      cc: [],
      bcc: [],
    },
    subject: 'Re: 見積もり',
    body: 'お世話になっております。\n見積書を添付します。',
    attachments: [{ name: '見積書.pdf', size: Math.round(1.2 * 1024 * 1024) }],
    missing: [],
  });
  await page.close();
});

test('gmail: a signal taken away is reported in missing, never read as empty', async () => {
  const { page } = await open('gmail');
  await drop(page, '#en-root [name="to"]:not(input)');
  assert.deepEqual((await read(page, 'en-root')).missing, ['recipients'], 'no To field, though Cc is still there');
  await page.evaluate(() => document.querySelector('#ja-root .vN')?.setAttribute('email', 'Suzuki'));
  await drop(page, '#ja-root input[type="hidden"][name="to"]');
  assert.deepEqual((await read(page, 'ja-root')).missing, ['recipients'], 'a chip without an address');
  await drop(page, '#en-root input[name="subjectbox"], #en-root input[name="subject"]');
  await drop(page, '#en-body');
  await drop(page, '#en-root input[name="attach"][value="f_2"]');
  assert.deepEqual((await read(page, 'en-root')).missing, ['recipients', 'subject', 'body', 'attachments']);
  await page.close();
});

test('gmail: removeAttachment presses the chip\'s remove control', async () => {
  const { page } = await open('gmail');
  const removed = await page.evaluate(() => {
    const a = /** @type {any} */ (window).__adapter;
    return [a.removeAttachment(document.getElementById('en-root'), '名簿.xlsx'), a.removeAttachment(document.getElementById('en-root'), 'nothing.pdf')];
  });
  assert.deepEqual(removed, [true, false]);
  assert.deepEqual((await read(page, 'en-root')).attachments, [{ name: 'notes.txt', size: 340 }]);
  assert.deepEqual((await read(page, 'ja-root')).attachments.map((/** @type {any} */ a) => a.name), ['見積書.pdf'], 'the other compose keeps its attachment');
  await page.close();
});

test('gmail: resend presses the control the user used', async () => {
  const { page } = await open('gmail');
  // Stop the original events as the guard would, so only the replay reaches the page.
  await page.evaluate(() => {
    for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown']) {
      window.addEventListener(t, (e) => { const w = /** @type {any} */ (window); if (!w.__replaying && w.__adapter.sendTarget(e)) e.stopImmediatePropagation(); }, true);
    }
  });
  await page.click('#en-send');
  assert.deepEqual(await seen(page), [], 'held');
  await resend(page, 'en-root');
  assert.deepEqual(await seen(page), ['en-send:mousedown', 'en-send:mouseup', 'en-send:click']);
  await page.focus('#ja-body');
  await page.keyboard.press('Control+Enter');
  await resend(page, 'ja-root');
  assert.deepEqual(await seen(page), ['ja-send:mousedown', 'ja-send:mouseup', 'ja-send:click'], 'Ctrl+Enter replays as Send');
  await page.click('#ja-send-archive');
  await resend(page, 'ja-root');
  assert.deepEqual(await seen(page), ['ja-send-archive:mousedown', 'ja-send-archive:mouseup', 'ja-send-archive:click']);
  await page.click('#ja-more');
  await page.click('#schedule-item');
  await resend(page, 'ja-root');
  assert.deepEqual(await seen(page), ['schedule-item:mousedown', 'schedule-item:mouseup', 'schedule-item:click']);
  await page.close();
});

test('gmail: probe reports each signal', async () => {
  const { page } = await open('gmail');
  assert.deepEqual(await probe(page), { compose: true, sendButton: true, moreSendOptions: true, recipientFields: true, subject: true, body: true, from: true });
  await drop(page, '#ja-more');
  await page.evaluate(() => document.getElementById('en-send')?.setAttribute('data-tooltip', 'Send'));
  await page.evaluate(() => document.getElementById('en-send')?.setAttribute('aria-label', 'Send'));
  const p = await probe(page);
  assert.equal(p.sendButton, false, 'a tooltip without the shortcut');
  assert.equal(p.moreSendOptions, false, 'one compose without its chevron');
  assert.equal(p.body, true);
  await page.close();
});

test('outlook: runs on the Outlook hosts and on premises only where the settings say', async () => {
  const { page } = await open('outlook');
  const got = await page.evaluate(async () => {
    const { mailAdaptersFor } = await import('/extension/settings.js');
    const a = /** @type {any} */ (window).__adapter;
    const hosts = [{ host: 'owa.example.co.jp', adapter: 'outlook' }];
    return {
      hosts: ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/', 'https://outlook.office365.com/mail/', 'https://outlook.cloud.microsoft/mail/', 'https://owa.example.co.jp/owa/', 'https://owa.other.example/owa/', 'https://mail.google.com/'].map((u) => mailAdaptersFor(new URL(u), hosts)),
      send: a.composes(document).map((/** @type {Element} */ c) => a.hasSendControl(c)),
    };
  });
  assert.deepEqual(got.hosts, [['outlook'], ['outlook'], ['outlook'], ['outlook'], ['outlook'], [], ['gmail']]);
  assert.deepEqual(got.send, [true, true]);
  await page.close();
});

test('outlook: Send, Ctrl/⌘+Enter, Alt+S and Schedule send are send paths; other clicks and keys are not', async () => {
  const { page, errors } = await open('outlook');
  const EN = 'docking_InitVisiblePart_0';
  const JA = 'docking_InitVisiblePart_1';
  await page.click('#en-send-label');
  assert.deepEqual(await sends(page), [`click:${EN}`], 'Send reacts to click (React)');
  for (const other of ['#en-discard', '#en-attach', '#en-from', '#en-subject', '#en-body', '#en-to', '#ja-discard']) {
    await page.click(other);
    assert.deepEqual(await sends(page), [], `${other} is not a send`);
  }
  await page.focus('#en-body');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Alt+s');
  assert.deepEqual(await sends(page), [`keydown:${EN}`, `keydown:${EN}`], 'Ctrl+Enter and Alt+S in the body');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await page.keyboard.press('s');
  assert.deepEqual(await sends(page), [], 'other keys');

  await page.click('#splitButton-r5b__primaryActionButton');
  assert.deepEqual(await sends(page), [`click:${JA}`], '送信');
  await page.focus('#ja-body');
  await page.keyboard.press('Meta+Enter');
  assert.deepEqual(await sends(page), [`keydown:${JA}`], '⌘+Enter in the Japanese compose');

  await page.click('#splitButton-r5b__menuButton');
  assert.deepEqual(await sends(page), [], 'opening the split menu is not a send');
  await page.click('#schedule-item');
  assert.deepEqual(await sends(page), [`click:${JA}`], 'Schedule send, from the menu the Japanese compose opened');
  await page.click('#preset-tomorrow');
  assert.deepEqual(await sends(page), [`click:${JA}`], 'a preset time in the schedule submenu');
  await page.click('#importance-item');
  assert.deepEqual(await sends(page), [], 'another item of the send menu');
  await page.click('#splitButton-r3a__menuButton');
  await page.focus('#schedule-item');
  await page.keyboard.press('Enter');
  assert.deepEqual(await sends(page), [`keydown:${EN}`], 'Enter on Schedule send, from the menu the English compose opened');
  assert.deepEqual(errors, []);
  await page.close();
});

test('outlook: read returns recipients with names, typed addresses, from, subject, body and attachments', async () => {
  const { page } = await open('outlook');
  assert.deepEqual(await read(page, 'docking_InitVisiblePart_0'), {
    recipients: {
      to: [{ address: 'taro@contoso.com', name: '山田 太郎' }, { address: 'desk@partner.example', name: 'Partner Desk' }, { address: 'typed@example.org' }],
      cc: [{ address: 'boss@contoso.com' }],
      bcc: [],
    },
    from: 'me@contoso.com',
    subject: 'Quarterly roster',
    body: 'Hello,\nthe roster is attached.',
    attachments: [{ name: '名簿.xlsx', size: 12 * 1024 }, { name: 'notes.txt', size: 340 }],
    missing: [],
  });
  assert.deepEqual(await read(page, 'docking_InitVisiblePart_1'), {
    recipients: { to: [{ address: 'suzuki@example.jp', name: '鈴木 一郎' }], cc: [], bcc: [{ address: 'archive@example.jp' }] },
    subject: '見積もりの件',
    body: 'お世話になっております。\n見積書を添付します。',
    attachments: [{ name: '見積書.pdf', size: Math.round(1.2 * 1024 * 1024) }],
    missing: [],
  });
  await page.close();
});

test('outlook: a signal taken away is reported in missing, never read as empty', async () => {
  const { page } = await open('outlook');
  await page.evaluate(() => {
    // A resolved contact whose chip shows only presence + name.
    const chip = document.querySelector('#ja-to [class*="_EType_RECIPIENT_ENTITY"]');
    chip?.setAttribute('aria-label', 'オフライン鈴木 一郎');
  });
  assert.deepEqual((await read(page, 'docking_InitVisiblePart_1')).missing, ['recipients']);
  await drop(page, '#MSG_15127c3b5a0_TO');
  await drop(page, '#en-subject');
  await drop(page, '#editorParent_1');
  await page.evaluate(() => document.querySelector('[aria-label="attachments"] [title="notes.txt"]')?.removeAttribute('title'));
  await page.evaluate(() => { const t = document.querySelector('[aria-label="attachments"] [role="option"]:last-child > div > div'); if (t) t.textContent = ''; });
  assert.deepEqual((await read(page, 'docking_InitVisiblePart_0')).missing, ['recipients', 'subject', 'body', 'attachments']);
  await page.close();
});

test('outlook: removeAttachment clicks the card\'s remove button', async () => {
  const { page } = await open('outlook');
  const removed = await page.evaluate(() => {
    const a = /** @type {any} */ (window).__adapter;
    const root = document.getElementById('docking_InitVisiblePart_0');
    return [a.removeAttachment(root, '名簿.xlsx'), a.removeAttachment(root, 'nothing.pdf')];
  });
  assert.deepEqual(removed, [true, false]);
  assert.deepEqual((await read(page, 'docking_InitVisiblePart_0')).attachments, [{ name: 'notes.txt', size: 340 }]);
  await page.close();
});

test('outlook: resend clicks the control the user used', async () => {
  const { page } = await open('outlook');
  await page.evaluate(() => {
    for (const t of ['click', 'keydown']) {
      window.addEventListener(t, (e) => { const w = /** @type {any} */ (window); if (!w.__replaying && w.__adapter.sendTarget(e)) e.stopImmediatePropagation(); }, true);
    }
  });
  await page.click('#en-send-label');
  assert.deepEqual(await seen(page), [], 'held');
  await resend(page, 'docking_InitVisiblePart_0');
  assert.deepEqual(await seen(page), ['splitButton-r3a__primaryActionButton:click']);
  await page.focus('#ja-body');
  await page.keyboard.press('Alt+s');
  await resend(page, 'docking_InitVisiblePart_1');
  assert.deepEqual(await seen(page), ['splitButton-r5b__primaryActionButton:click'], 'Alt+S replays as Send');
  await page.click('#splitButton-r5b__menuButton');
  await page.click('#schedule-item');
  await seen(page);
  await resend(page, 'docking_InitVisiblePart_1');
  assert.deepEqual(await seen(page), ['schedule-item:click']);
  await page.close();
});

test('outlook: probe reports each signal', async () => {
  const { page } = await open('outlook');
  assert.deepEqual(await probe(page), {
    compose: true,
    sendButton: true,
    sendShortcutLabel: true,
    splitButtonMenu: true,
    recipientGroups: true,
    subject: true,
    body: true,
    bodyEditorParent: true,
  });
  await drop(page, '#ja-subject');
  await page.evaluate(() => document.getElementById('splitButton-r3a__primaryActionButton')?.setAttribute('title', 'Send'));
  const p = await probe(page);
  assert.equal(p.subject, false, 'one compose without a subject field');
  assert.equal(p.sendShortcutLabel, false);
  assert.equal(p.sendButton, true, 'still found by its label');
  await page.close();
});
