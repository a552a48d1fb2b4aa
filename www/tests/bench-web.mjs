// Runs www/bench/ in Debian's headless Chromium and reports (not a timed
// test): ready time, browser vs native speed per input, and the longest
// main-thread task while a ~10 MB workbook is checked. Writes
// target/bench-web.md.  `make bench-web`

import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

const server = await startServer();
const browser = await launch();
try {
  const page = await browser.newPage();
  /** @type {string[]} */
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin)) foreign.push(r.url());
  });
  await page.goto(`${server.origin}/bench/index.html`);
  const bench = await page.evaluate(() => /** @type {any} */ (window).__bench);
  if (bench.error) throw new Error(bench.error);
  const lines = [
    '# presend in-browser benchmark',
    '',
    `Chromium (Debian, headless) on this machine; the wasm in a Web Worker through the JS library; best of 3.`,
    '',
    `- ready for the first check: ${Math.round(bench.readyMs)} ms after navigation start (${Math.round(bench.readyAfterModuleMs)} ms after the page's module ran)`,
    `- longest main-thread task while checking the ~10 MB workbook: ${Math.round(bench.longestTaskMs)} ms (${bench.longTasks} tasks over 50 ms)`,
    `- the first PDF's check, which loads the PDF module: ${Math.round(bench.firstPdfMs)} ms (best of 3 below)`,
    `- a mail with a 2-row roster, on a ready checker: the first check, which loads the second module (the mail check's), ${Math.round(bench.mail.firstMs)} ms; the next ${Math.round(bench.mail.nextMs)} ms (${bench.mail.decision})`,
    `- requests to other origins: ${foreign.length}`,
    '',
    '| input | bytes | browser | native | browser / native |',
    '|---|---:|---:|---:|---:|',
    ...bench.results.map((/** @type {any} */ r) => {
      const fmt = (/** @type {number} */ s) =>
        r.rows > 0 ? `${Math.round(r.rows / s).toLocaleString('en')} rows/s` : `${(r.bytes / 1048576 / s).toFixed(1)} MiB/s`;
      return `| ${r.name} | ${r.bytes.toLocaleString('en')} | ${fmt(r.browserSeconds)} (${Math.round(r.browserSeconds * 1000)} ms) | ${fmt(r.nativeSeconds)} (${Math.round(r.nativeSeconds * 1000)} ms) | ${r.ratio.toFixed(2)} |`;
    }),
  ];
  mkdirSync('target', { recursive: true });
  writeFileSync('target/bench-web.md', `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
