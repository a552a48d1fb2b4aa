// PDFs and the rarer workbooks in the browser: the library's worker and the
// extension read a roster printed to PDF by Chromium itself (a real
// producer: embedded fonts with ToUnicode) and a contact list saved as .ods,
// with the second module (pkg/presend_more_bg.wasm) loaded on the first such
// file only; a clean PDF goes through untouched; should the second module
// not load, the user is asked; nothing is fetched from any other origin.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closed, launchExtension, openUploadForm, questionDialog, useBrowser } from './browser.mjs';

/** From the demo's samples (`cargo run --example samples -- www/demo/samples`, which make test runs). */
const ODS = readFileSync(new URL('../demo/samples/12_連絡網.ods', import.meta.url));

const env = useBrowser({ before, after });

const ROSTER_HTML = `<!doctype html><meta charset=utf-8><style>body{font-family:'IPAGothic';font-size:10pt}td,th{border:1px solid #999;padding:2px 8px}</style>
<h1>職員名簿</h1><table><thead><tr><th>氏名</th><th>生年月日</th><th>電話番号</th><th>個人番号</th></tr></thead><tbody>
<tr><td>山田 太郎</td><td>1980/04/01</td><td>090-1111-2222</td><td>123456789018</td></tr>
<tr><td>佐藤 花子</td><td>昭和55年5月6日</td><td>080-3333-4444</td><td>987654321096</td></tr>
<tr><td>高橋 次郎</td><td>1975/12/31</td><td>070-5555-6666</td><td>111122223339</td></tr></tbody></table>`;
const CLEAN_HTML = `<!doctype html><meta charset=utf-8><style>body{font-family:'IPAGothic'}</style>
<h1>月次報告</h1><p>第3四半期の売上は前年同期比で12.5%増加し、受注件数は1,284件となりました。</p>`;

/** @type {Promise<{ roster: Buffer, clean: Buffer }> | null} */
let printed = null;

/** The test PDFs, printed by the browser under test as a user's "Save as PDF" would. */
function pdfs() {
  printed ??= (async () => {
    const page = await env.browser.newPage();
    await page.setContent(ROSTER_HTML);
    const roster = await page.pdf({ format: 'A4' });
    await page.setContent(CLEAN_HTML);
    const clean = await page.pdf({ format: 'A4' });
    await page.close();
    return { roster, clean };
  })();
  return printed;
}

const dialog = (/** @type {import('playwright-core').Page} */ page) => page.locator('[role=alertdialog]');

/**
 * Lets requests to the test server through and refuses any other origin
 * (noted in env.foreign); `refuse(pathname)` refuses some of the server's
 * own; what the page posts to /upload is kept in `posted`.
 * @param {import('playwright-core').Page} page
 * @param {{ refuse?: (pathname: string) => boolean, posted?: string[] }} [how]
 */
async function keepLocal(page, { refuse = () => false, posted = [] } = {}) {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== env.server.origin) {
      env.foreign.push(url.href);
      return route.abort();
    }
    if (refuse(url.pathname)) return route.abort();
    if (url.pathname === '/upload') {
      posted.push(route.request().postData() ?? '');
      return route.fulfill({ status: 200, body: 'received' });
    }
    return route.continue();
  });
}

test('library: a roster PDF and an .ods are held with their people and kinds; the second module loads only then', async () => {
  const { roster, clean } = await pdfs();
  const page = await env.browser.newPage({ locale: 'ja-JP' });
  /** @type {string[]} */
  const fetched = [];
  /** @type {string[]} */
  const posted = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await keepLocal(page, { posted });
  await page.goto(`${env.server.origin}/examples/upload.html`);
  // A CSV first: the second module is not fetched for it.
  await page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from('品番,価格\nA-100,120\n') });
  await page.waitForTimeout(1500);
  assert.ok(!fetched.some((p) => p.endsWith('presend_more_bg.wasm')), 'no second module for a CSV');

  await page.setInputFiles('#file', { name: '職員名簿.pdf', mimeType: 'application/pdf', buffer: roster });
  await dialog(page).waitFor({ timeout: 30_000 });
  const text = await dialog(page).innerText();
  assert.match(text, /職員名簿\.pdf/);
  assert.match(text, /3人分/, 'the people count, as for a sheet');
  assert.match(text, /マイナンバー/, 'My Numbers found in the table');
  assert.doesNotMatch(text, /検査できません/, 'read, not "could not inspect"');
  assert.ok(fetched.some((p) => p.endsWith('presend_more_bg.wasm')), 'the second module was loaded for the PDF');
  await dialog(page).locator('[data-action=cancel]').click();
  await page.click('button[type=submit]').catch(() => {});
  await page.waitForTimeout(300);
  assert.ok(!posted.some((p) => p.includes('%PDF')), 'the roster was never posted');

  // An .ods contact list: the second module reads it as a sheet.
  await page.goto(`${env.server.origin}/examples/upload.html`);
  await page.setInputFiles('#file', { name: '連絡網.ods', mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: ODS });
  await dialog(page).waitFor({ timeout: 30_000 });
  const odsText = await dialog(page).innerText();
  assert.match(odsText, /40人分/, 'the .ods read: how many people');
  assert.doesNotMatch(odsText, /検査できません/);
  await dialog(page).locator('[data-action=cancel]').click();

  // A clean PDF through the same form: untouched, no dialog.
  await page.goto(`${env.server.origin}/examples/upload.html`);
  await page.setInputFiles('#file', { name: '報告.pdf', mimeType: 'application/pdf', buffer: clean });
  await page.click('button[type=submit]');
  await page.waitForURL('**/upload', { timeout: 20_000 });
  assert.equal(posted.filter((p) => p.includes('%PDF')).length, 1, 'the clean PDF was posted');
  await page.close();
});

test('library: if the second module cannot load, a PDF is "could not inspect" and the user is asked', async () => {
  const { roster } = await pdfs();
  const page = await env.browser.newPage({ locale: 'ja-JP' });
  /** @type {string[]} */
  const posted = [];
  // A host that does not serve the second module (or a CSP that blocks it).
  await keepLocal(page, { posted, refuse: (path) => path.endsWith('presend_more_bg.wasm') });
  await page.goto(`${env.server.origin}/examples/upload.html`);
  await page.setInputFiles('#file', { name: '職員名簿.pdf', mimeType: 'application/pdf', buffer: roster });
  await dialog(page).waitFor({ timeout: 30_000 });
  // "could not be read" (asked), not "format not supported" (a notice).
  assert.match(await dialog(page).innerText(), /検査できません: ファイルの中身を読み取れませんでした/, 'says the PDF was not read');
  await dialog(page).locator('[data-action=cancel]').click();
  await page.click('button[type=submit]').catch(() => {});
  await page.waitForTimeout(300);
  assert.ok(!posted.some((p) => p.includes('%PDF')), 'not posted unasked');
  await page.close();
});

test('library: a mail check runs on the second module; if that cannot load, the check fails saying so', async () => {
  const page = await env.browser.newPage();
  /** @type {string[]} */
  const fetched = [];
  let serveMore = true;
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await keepLocal(page, { refuse: (path) => path.endsWith('presend_more_bg.wasm') && !serveMore });
  // The worker's requests are the page's (not in its resource timing): the page asks the test.
  await page.exposeFunction('moreFetched', () => fetched.some((p) => p.endsWith('presend_more_bg.wasm')));
  await page.goto(`${env.server.origin}/examples/upload.html`);
  const mail = (warmFirst = false) => {
    fetched.length = 0;
    return page.evaluate(async (warmFirst) => {
      const { createChecker } = await import('/lib/presend.js');
      const checker = createChecker({ policy: { internal_domains: ['presend.co.jp'] } });
      const roster = new TextEncoder().encode('氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,03-1234-5678\n');
      const upload = await checker.check({ site: 'example.test', files: [{ name: 'list.csv', bytes: roster }] });
      const moreLoaded = () => /** @type {any} */ (window).moreFetched();
      const moreBeforeMail = await moreLoaded();
      // A web mail's guard warms the mail check when a compose opens.
      const warmed = warmFirst ? await checker.warm({ mail: true }) : undefined;
      const moreAfterWarm = await moreLoaded();
      try {
        const verdict = await checker.check({
          message: { from: 'a@presend.co.jp', to: ['x@gmail.com'], subject: '名簿', body: 'お疲れ様です。' },
          files: [{ name: 'list.csv', bytes: roster }],
        });
        return { upload: upload.decision, moreBeforeMail, warmed, moreAfterWarm, mail: verdict.decision, reasons: verdict.reasons.map((r) => r.rule) };
      } catch (/** @type {any} */ error) {
        return { upload: upload.decision, moreBeforeMail, warmed, moreAfterWarm, error: String(error.message), code: String(error.code) };
      } finally {
        checker.close();
      }
    }, warmFirst);
  };
  // An upload needs only the first module; the mail check loads the second.
  const served = await mail();
  assert.equal(served.upload, 'confirm');
  assert.equal(served.moreBeforeMail, false, 'no second module for an upload');
  assert.equal(served.mail, 'block', JSON.stringify(served));
  assert.ok(served.reasons?.includes('personal_data_free_mail'), JSON.stringify(served));
  assert.ok(fetched.some((p) => p.endsWith('presend_more_bg.wasm')), 'the second module was loaded for the mail');
  // A host that does not serve it: the mail is never waved through.
  serveMore = false;
  await page.goto(`${env.server.origin}/examples/upload.html`);
  const failed = await mail();
  assert.equal(failed.mail, undefined, JSON.stringify(failed));
  assert.equal(failed.code, 'worker_failed');
  assert.match(String(failed.error), /presend_more_bg\.wasm.*could not be loaded/);
  // Warmed when a compose opens: the module is there before the first mail.
  serveMore = true;
  await page.goto(`${env.server.origin}/examples/upload.html`);
  const warm = await mail(true);
  assert.equal(warm.warmed, true, JSON.stringify(warm));
  assert.equal(warm.moreAfterWarm, true, 'loaded by the warm-up, before the mail');
  assert.equal(warm.mail, 'block', JSON.stringify(warm));
  // A warm-up that cannot load it says so, and the mail is still not waved through.
  serveMore = false;
  await page.goto(`${env.server.origin}/examples/upload.html`);
  const cold = await mail(true);
  assert.equal(cold.warmed, false, JSON.stringify(cold));
  assert.equal(cold.code, 'worker_failed', JSON.stringify(cold));
  await page.close();
});

test('library: without the name lists the checks still run, and the console says names in prose are not looked for', async () => {
  const page = await env.browser.newPage();
  /** @type {string[]} */
  const said = [];
  page.context().on('console', (m) => said.push(m.text()));
  await keepLocal(page, { refuse: (path) => path.endsWith('presend-names.txt') });
  await page.goto(`${env.server.origin}/examples/upload.html`);
  const decision = await page.evaluate(async () => {
    const { createChecker } = await import('/lib/presend.js');
    const checker = createChecker();
    const roster = new TextEncoder().encode('氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,03-1234-5678\n');
    try {
      return (await checker.check({ site: 'example.test', files: [{ name: 'list.csv', bytes: roster }] })).decision;
    } finally {
      checker.close();
    }
  });
  assert.equal(decision, 'confirm', 'the roster is still held');
  assert.ok(
    said.some((t) => /presend-names\.txt.*could not be fetched.*not looked for/.test(t)),
    `the console says so: ${JSON.stringify(said)}`,
  );
  await page.close();
});

test('extension: a roster PDF is held in the question window with what it holds', async () => {
  const { roster } = await pdfs();
  const ext = await launchExtension();
  try {
    const { page, posted } = await openUploadForm(ext.context, env.server.origin);
    await page.setInputFiles('#file', { name: '職員名簿.pdf', mimeType: 'application/pdf', buffer: roster });
    const { win, dialog: question } = await questionDialog(ext.context, { timeout: 40_000 });
    const text = await question.innerText();
    assert.match(text, /3人分/);
    assert.match(text, /マイナンバー/);
    await question.locator('[data-action=cancel]').click();
    await closed(win);
    await page.click('button[type=submit]');
    await page.waitForTimeout(500);
    assert.ok(!posted.some((p) => p.includes('%PDF')), 'the roster never left the page');
    await page.close();
  } finally {
    await ext.close();
  }
});
