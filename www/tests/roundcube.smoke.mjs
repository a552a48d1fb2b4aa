// Smoke test of the Roundcube harness (www/tests/roundcube.mjs): a real Roundcube on
// loopback, driven in Debian's headless Chromium, with an SMTP sink that records instead of
// delivering.
//   1. compose to two recipients (To + Cc) and a Bcc with a CSV attachment, send:
//      the sink holds exactly that mail, with the attachment byte for byte;
//   2. compose another one and close it without sending: the sink does not grow.
// Prints how long setup (first call, then with everything running), login and send took.
//
//   node www/tests/roundcube.smoke.mjs     (as root, or with sudo available)
// Exit 0 = pass, 1 = fail (with a screenshot in RC_DIR/smoke-failure.png). Leaves Roundcube
// running if it was running before, stops it otherwise -- unless the test failed (logs stay
// inspectable) or RC_KEEP_RUNNING=1.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, CHROMIUM } from './browser.mjs';
import {
  RC_DIR,
  clearSink,
  compose,
  discard,
  login,
  send,
  sinkMessages,
  startRoundcube,
  stopRoundcube,
  waitForSink,
} from './roundcube.mjs';

const CSV = '氏名,メール\n山田 太郎,taro@example.test\n佐藤 花子,hanako@example.test\n';

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * @param {boolean} condition
 * @param {string} what
 * @param {unknown} [detail]
 */
function check(condition, what, detail) {
  if (!condition) throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
  console.log(`ok - ${what}`);
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup-web.sh first`);
  /** @type {Record<string, number>} */
  const timings = {};

  const first = await startRoundcube({ log: (line) => console.log(`  ${line}`) });
  const wasRunning = first.alreadyRunning;
  const how = wasRunning ? 'already running' : first.installed ? 'fresh: apt install + start' : 'fresh start';
  timings[`setup (${how})`] = first.readyMs;
  const second = await startRoundcube();
  check(second.alreadyRunning, 'a second setup run finds everything running');
  timings['setup again (already running)'] = second.readyMs;
  const rc = first.info;
  console.log(`roundcube ${rc.roundcube} at ${rc.url}`);

  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Roundcube uses its own dialogs; a native one (confirm on an empty body) is a surprise.
    page.on('dialog', (dialog) => {
      problems.push(`native ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    let t = performance.now();
    await login(page);
    timings.login = performance.now() - t;

    // ---- 1. a mail that is sent
    await clearSink();
    const subject = `presend harness smoke ${Date.now()}`;
    const csv = Buffer.from(CSV, 'utf8');
    t = performance.now();
    await compose(page, {
      to: 'bob@example.test',
      cc: 'Carol <carol@example.test>',
      bcc: 'dave@example.test',
      subject,
      body: 'Hello from the presend Roundcube harness.\nSecond line.',
      files: [{ name: 'roster.csv', mimeType: 'text/csv', buffer: csv }],
    });
    timings.compose = performance.now() - t;
    t = performance.now();
    await send(page);
    timings.send = performance.now() - t;
    t = performance.now();
    const [mail, ...more] = await waitForSink(1);
    timings['sink after send'] = performance.now() - t;

    check(more.length === 0, 'the sink holds exactly one message', more.length + 1);
    check(mail.subject === subject, 'subject', mail.subject);
    check(mail.mailFrom === rc.email, 'envelope sender is the logged-in user', mail.mailFrom);
    const recipients = [...mail.recipients].sort();
    check(
      JSON.stringify(recipients) === JSON.stringify(['bob@example.test', 'carol@example.test', 'dave@example.test']),
      'envelope recipients: To, Cc and Bcc',
      recipients,
    );
    check(mail.to.includes('bob@example.test') && mail.cc.includes('carol@example.test'), 'To and Cc headers', {
      to: mail.to,
      cc: mail.cc,
    });
    check(!mail.to.includes('dave') && !mail.cc.includes('dave'), 'Bcc is not in the headers');
    check(mail.text?.includes('Second line.') === true, 'body text', mail.text);
    check(mail.attachments.length === 1 && mail.attachments[0].name === 'roster.csv', 'one attachment, roster.csv', mail.attachments);
    check(
      mail.attachments[0].sha256 === createHash('sha256').update(csv).digest('hex'),
      'the attachment arrived byte for byte',
    );

    // ---- 2. a mail that is composed and closed, not sent
    t = performance.now();
    await compose(page, {
      to: ['erin@example.test', 'frank@example.test'],
      subject: 'must not be sent',
      body: 'This one is closed without sending.',
      files: [{ name: 'second.csv', mimeType: 'text/csv', buffer: csv }],
    });
    await discard(page);
    timings['compose + discard'] = performance.now() - t;
    // Give a stray send time to arrive before concluding that none happened.
    await page.waitForTimeout(1500);
    const after = await sinkMessages();
    check(after.length === 1, 'closing a compose without sending leaves the sink as it was', after.length);
    check(problems.length === 0, 'no page errors or native dialogs', problems);
  } catch (error) {
    const shot = join(RC_DIR, 'smoke-failure.png');
    await page.screenshot({ path: shot, fullPage: true }).then(
      () => console.error(`screenshot of the failure: ${shot} (page ${page.url()})`),
      () => {},
    );
    throw error;
  } finally {
    await browser.close();
  }

  console.log('\ntimings');
  for (const [what, ms] of Object.entries(timings)) console.log(`  ${what.padEnd(32)} ${seconds(ms)}`);
  if (!wasRunning && process.env.RC_KEEP_RUNNING !== '1') {
    await stopRoundcube();
    console.log('stopped Roundcube again (it was not running before; RC_KEEP_RUNNING=1 keeps it)');
  }
}

main().then(
  () => console.log('PASS'),
  (error) => {
    console.error(`FAIL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
