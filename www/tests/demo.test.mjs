// The trainer demo in Debian's headless Chromium: every scenario, sent with
// the real checker, shows the expected decision on screen; screenshots of
// the key screens go to target/screenshots/ (git-ignored) for a reviewer;
// a trainee's own file is checked locally; nothing leaves the page's origin.
//
// Needs the sample files (cargo run --example samples -- www/demo/samples)
// and www/lib/pkg (scripts/build-wasm.sh); `make test-web` does both.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useBrowser } from './browser.mjs';
import { SCENARIOS } from '../demo/scenarios.js';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

const env = useBrowser({ before, after });

/** @param {string} query */
async function open(query) {
  const page = await env.browser.newPage({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => {
    if (!r.url().startsWith(env.server.origin)) env.foreign.push(r.url());
  });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.origin}/demo/?${query}`);
  await page.waitForSelector('body[data-ready=true]');
  return { page, errors };
}

for (const scenario of SCENARIOS) {
  test(`scenario ${scenario.id} shows "${scenario.expected}"`, async () => {
    const { page, errors } = await open(`scenario=${scenario.id}`);
    await page.screenshot({ path: new URL(`demo-${scenario.id}-compose.png`, SHOTS).pathname });
    await page.click('#send');
    await page.waitForSelector(`#decision[data-decision=${scenario.expected}]`, { timeout: 30_000 }).catch(async () => {
      const actual = await page.locator('#decision').getAttribute('data-decision');
      const rules = await page.locator('#reasons li').evaluateAll((l) => l.map((n) => n.getAttribute('data-rule')));
      assert.fail(`decision ${actual}, expected ${scenario.expected}; rules ${rules.join(' ')}`);
    });
    const dialog = page.locator('[role=alertdialog]');
    if (scenario.expected === 'allow') {
      assert.equal(await dialog.count(), 0, 'an ordinary mail opens no dialog');
      assert.equal(await page.locator('#reasons li').count(), 0, 'and has nothing to read');
    } else {
      await dialog.waitFor();
      await page.screenshot({ path: new URL(`demo-${scenario.id}-warning.png`, SHOTS).pathname });
      await dialog.locator('[data-action=cancel]').click();
      assert.match(await page.locator('#status-line').innerText(), /取りやめ/);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a trainee’s own file is checked in the browser', async () => {
  const { page } = await open('scenario=clean-partner');
  await page.setInputFiles('#own-files', {
    name: '自分の名簿.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('氏名,電話番号,生年月日\n山田 太郎,090-1111-0001,1980/01/02\n佐藤 花子,090-1111-0002,1975/03/04\n'),
  });
  await page.locator('.chip[data-file="自分の名簿.csv"]').waitFor();
  await page.fill('#to', 'friend@gmail.com');
  await page.click('#send');
  await page.waitForSelector('#decision[data-decision=block]');
  await page.close();
});

test('presentation mode goes step by step, in English too', async () => {
  const { page } = await open('scenario=typo-domain&present=1&lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.ok(await page.locator('#story').isVisible());
  assert.ok(!(await page.locator('#compose').isVisible()));
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#compose').isVisible());
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#decision[data-decision=block]');
  await page.locator('[role=alertdialog]').waitFor();
  assert.match(await page.locator('[role=alertdialog]').innerText(), /Lookalike domain/);
  await page.screenshot({ path: new URL('demo-presentation-en.png', SHOTS).pathname });
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#result').isVisible());
  await page.close();
});
