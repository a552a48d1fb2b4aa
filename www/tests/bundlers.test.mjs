// The npm package where web developers build: the packed tarball of www/lib
// (`npm pack`, with the wasm inside) installed into a tiny app that does
// `import { protect } from 'presend'`, built for production with Vite,
// webpack 5, Parcel 2, Next.js 16 (Turbopack), esbuild, Rollup, and with no bundler at all (files copied to a
// static folder, a relative import). Each build is served from loopback under
// a strict CSP (script-src 'self' 'wasm-unsafe-eval', workers only from
// 'self': no blob: or data: workers) and checked in Debian's Chromium: a
// roster is held with the real findings ("2人分", not "could not check") and
// a clean file reaches the server unchanged.
//
// Run after scripts/build-wasm.sh:  node --test www/tests/bundlers.test.mjs
// Builds go to target/bundlers/<toolchain>/ (git-ignored).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';

const WWW = fileURLToPath(new URL('..', import.meta.url));
const LIB = join(WWW, 'lib');
const OUT = resolve(WWW, '..', 'target', 'bundlers');

/** The page CSP every build is served with; README "Bundlers" names the same directives. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'";

const ROSTER = '氏名,生年月日,電話番号,住所\n山田 太郎,1980/01/02,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,1975/03/04,090-1111-0002,大阪府大阪市北区梅田2-2-2\n';
const CATALOGUE = '品番,商品名,JANコード,価格\nA-100,ボールペン,4901234567894,120\nA-200,ノート,4512345678901,240\n';

/** The app's page: an ordinary upload form, no inline script (the CSP forbids it). */
const indexHtml = (/** @type {string} */ script) => `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>presend in a built app</title></head>
<body>
  <form id="upload" action="/upload" method="post" enctype="multipart/form-data">
    <input id="file" name="file" type="file">
    <button type="submit">送信</button>
  </form>
  <script type="module" src="${script}"></script>
</body>
</html>
`;

/** The app's code, exactly as a user writes it. */
const APP_JS = `import { protect } from 'presend';
protect(document.getElementById('upload'));
`;

/** @type {string} */
let tarball = '';
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  assert.ok(existsSync(join(LIB, 'pkg', 'presend_bg.wasm')), 'www/lib/pkg is missing: run scripts/build-wasm.sh first');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', OUT], { cwd: LIB, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  tarball = join(OUT, packed[0].filename);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/**
 * A fresh app directory with the tarball installed as node_modules/presend
 * (what `npm install presend-x.y.z.tgz` leaves: the package has no dependencies).
 * @param {string} name
 */
function app(name) {
  const dir = join(OUT, name);
  const pkg = join(dir, 'node_modules', 'presend');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `app-${name}`, private: true, type: 'module', dependencies: { presend: `file:${tarball}` } }, null, 2));
  writeFileSync(join(dir, 'app.js'), APP_JS);
  return { dir, dist: join(dir, 'dist'), pkg };
}

/**
 * For bundlers that leave `new URL('./worker.js', import.meta.url)` alone
 * (esbuild, Rollup): the worker and the wasm are copied next to the bundle.
 * @param {string} pkg @param {string} dist
 */
function copyWorker(pkg, dist) {
  cpSync(join(pkg, 'worker.js'), join(dist, 'worker.js'));
  cpSync(join(pkg, 'more.js'), join(dist, 'more.js'));
  cpSync(join(pkg, 'pkg'), join(dist, 'pkg'), { recursive: true });
}

const MIME = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
});

/**
 * Serves a build on loopback with the strict CSP on every response; POST
 * /upload is recorded and answered.
 * @param {string} root @param {string} [csp]
 */
async function serve(root, csp = CSP) {
  /** @type {string[]} */
  const posted = [];
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    response.setHeader('Content-Security-Policy', csp);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/upload') {
      /** @type {Buffer[]} */
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      posted.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('received');
      return;
    }
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    let path = resolve(base, '.' + decodeURIComponent(url.pathname));
    if (path !== base && !path.startsWith(base + sep)) return void response.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    posted,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/** @type {Promise<Buffer> | null} */
let printed = null;
/** The roster printed to PDF by the browser under test ("Save as PDF"). */
function rosterPdf() {
  printed ??= (async () => {
    const page = await browser.newPage();
    const rows = ROSTER.trim().split('\n').map((r) => `<tr>${r.split(',').map((c) => `<td>${c}</td>`).join('')}</tr>`);
    await page.setContent(`<meta charset=utf-8><style>body{font-family:'IPAGothic'}td{padding:2px 8px}</style><table>${rows.join('')}</table>`);
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    return pdf;
  })();
  return printed;
}

/**
 * The end-to-end check of one build: a roster is held with its findings, a
 * clean file is posted unchanged; no CSP violation, no page error, no request
 * to another origin.
 * @param {string} dist  the folder served as the site root
 * @param {string} path  the page to open
 * @param {{ waitReady?: boolean, csp?: string }} [options]  wait for html[data-ready] (set by the page
 *   once protect() ran); the CSP to serve with (the strict one unless a bundler needs more)
 */
async function check(dist, path = '/', { waitReady = false, csp = CSP } = {}) {
  const server = await serve(dist, csp);
  const page = await browser.newPage({ locale: 'ja-JP' });
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  /** @type {string[]} */
  const foreign = [];
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin !== server.origin) {
      foreign.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  try {
    await page.goto(server.origin + path);
    // A page that protects its form only after an await marks when it has.
    if (waitReady) await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const dialog = page.locator('[role=alertdialog]');
    await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    assert.doesNotMatch(text, /確認できませんでした/, `the checker did not run: ${text}\n${problems.join('\n')}`);
    assert.match(text, /2人分/, 'the real findings: how many people');
    assert.match(text, /電話番号: 2/, 'the real findings: counts per kind');
    await dialog.locator('[data-action=cancel]').click();
    assert.equal(await dialog.count(), 0);

    // A PDF: the worker loads the second module (presend_more) the build emitted.
    await page.setInputFiles('#file', { name: '名簿.pdf', mimeType: 'application/pdf', buffer: await rosterPdf() });
    await dialog.waitFor({ timeout: 30_000 });
    const pdfText = await dialog.innerText();
    assert.doesNotMatch(pdfText, /検査できません|確認できませんでした/, `the PDF was not read: ${pdfText}\n${problems.join('\n')}`);
    assert.match(pdfText, /2人分/, 'the PDF roster: how many people');
    await dialog.locator('[data-action=cancel]').click();
    assert.equal(await dialog.count(), 0);

    await page.setInputFiles('#file', { name: '商品.csv', mimeType: 'text/csv', buffer: Buffer.from(CATALOGUE) });
    // A minifier may drop type=submit (the default): the form's button.
    await page.click('#upload button');
    await page.waitForURL('**/upload', { timeout: 30_000 });
    assert.equal(server.posted.length, 1, 'the clean file was posted once');
    assert.match(server.posted[0], /A-100,ボールペン/, 'the clean file reached the server unchanged');
    assert.ok(!server.posted.some((p) => p.includes('山田')), 'the roster never reached the server');
    assert.deepEqual(problems, [], 'no page errors, console errors or CSP violations');
    assert.deepEqual(foreign, [], 'no request left the origin');
  } finally {
    await page.close();
    await server.close();
  }
}

test('Vite: the production build holds a roster and passes a clean file', async () => {
  const { dir, dist } = app('vite');
  writeFileSync(join(dir, 'index.html'), indexHtml('/app.js'));
  const { build } = await import('vite');
  await build({ root: dir, configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await check(dist);
});

test("Vite's dev server (the same app, not built) holds a roster with its findings", async () => {
  const dir = join(OUT, 'vite');
  assert.ok(existsSync(join(dir, 'index.html')), 'runs after the Vite build test');
  const { createServer: viteServer } = await import('vite');
  const server = await viteServer({ root: dir, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  const page = await browser.newPage({ locale: 'ja-JP' });
  try {
    await page.goto(server.resolvedUrls?.local[0] ?? assert.fail('no dev server URL'));
    const dialog = page.locator('[role=alertdialog]');
    await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    assert.doesNotMatch(text, /確認できませんでした/, `the checker did not run: ${text}`);
    assert.match(text, /2人分/);
  } finally {
    await page.close();
    await server.close();
  }
});

test('webpack 5: the production build holds a roster and passes a clean file', async () => {
  const { dir, dist } = app('webpack');
  const webpack = (await import('webpack')).default;
  /** @type {import('webpack').Stats} */
  const stats = await new Promise((done, fail) =>
    webpack(
      { mode: 'production', context: dir, entry: './app.js', output: { path: dist, filename: 'app.js', clean: true }, performance: { hints: false } },
      (error, result) => (error || !result ? fail(error ?? new Error('no stats')) : done(result)),
    ),
  );
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  writeFileSync(join(dist, 'index.html'), indexHtml('./app.js'));
  await check(dist);
});

test('Parcel 2: the production build (from index.html, as Parcel is used) holds a roster and passes a clean file', async () => {
  const { dir, dist } = app('parcel');
  writeFileSync(join(dir, 'index.html'), indexHtml('./app.js'));
  // Its CLI, as an app runs it; no cache, so every run builds from the tarball.
  execFileSync(join(WWW, 'node_modules', '.bin', 'parcel'), ['build', 'index.html', '--dist-dir', dist, '--no-cache', '--no-source-maps', '--log-level', 'warn'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Parcel maps its bundles' URLs with an inline <script type=importmap> (so
  // a worker's new hash does not change the app's); a strict CSP must allow
  // that script by its hash, as README "Bundlers" says. Nothing else is added.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script type=["']?importmap["']?>([^<]*)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`).join(' ');
  await check(dist, '/', { csp: CSP.replace("script-src 'self'", `script-src 'self' ${hashes}`) });
});

test('Next.js 16 (Turbopack, the App Router, a static export): a client component that protects its form holds a roster and passes a clean file', async () => {
  const { dir, pkg } = app('next');
  // Next renders every page on the server first, client components too: the
  // package is imported in Node at build time, where there is no DOM (it
  // failed there with "HTMLFormElement is not defined").
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'layout.js'), 'export default function RootLayout({ children }) {\n  return (<html lang="ja"><body>{children}</body></html>);\n}\n');
  writeFileSync(join(dir, 'app', 'page.js'), "import Upload from './upload';\nexport default function Page() {\n  return <Upload />;\n}\n");
  writeFileSync(
    join(dir, 'app', 'upload.js'),
    `'use client';
import { useEffect, useRef } from 'react';
import { protect } from 'presend';

export default function Upload() {
  const form = useRef(null);
  useEffect(() => {
    const guard = protect(form.current);
    // Hydration comes after the page is shown: the test waits for this mark.
    document.documentElement.dataset.ready = '';
    return () => guard.disconnect();
  }, []);
  return (
    <form ref={form} id="upload" action="/upload" method="post" encType="multipart/form-data">
      <input id="file" name="file" type="file" />
      <button type="submit">送信</button>
    </form>
  );
}
`,
  );
  // The app's next, react and react-dom are the tooling's (www/node_modules),
  // linked in; Turbopack's root must hold both the app and their real paths.
  for (const name of ['next', 'react', 'react-dom']) symlinkSync(join(WWW, 'node_modules', name), join(dir, 'node_modules', name));
  const root = resolve(WWW, '..');
  writeFileSync(join(dir, 'next.config.mjs'), `export default { output: 'export', distDir: 'dist', turbopack: { root: ${JSON.stringify(root)} } };\n`);
  execFileSync(join(WWW, 'node_modules', '.bin', 'next'), ['build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  assert.ok(existsSync(pkg));
  // Next's pages carry inline scripts (the React Server Components payload):
  // a strict CSP allows them by their hashes, as for Parcel; nothing else is added.
  const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`).join(' ');
  await check(join(dir, 'dist'), '/', { waitReady: true, csp: CSP.replace("script-src 'self'", `script-src 'self' ${hashes}`) });
});

test('esbuild: the bundle with worker.js, more.js and pkg/ copied beside it holds a roster and passes a clean file', async () => {
  const { dir, dist, pkg } = app('esbuild');
  const esbuild = await import('esbuild');
  await esbuild.build({ absWorkingDir: dir, entryPoints: ['app.js'], bundle: true, format: 'esm', minify: true, outdir: dist, logLevel: 'warning' });
  copyWorker(pkg, dist);
  writeFileSync(join(dist, 'index.html'), indexHtml('./app.js'));
  await check(dist);
});

test('Rollup: the bundle with worker.js, more.js and pkg/ copied beside it holds a roster and passes a clean file', async () => {
  const { dir, dist, pkg } = app('rollup');
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({ input: join(dir, 'app.js'), plugins: [nodeResolve({ rootDir: dir, browser: true })], onwarn: (w) => assert.fail(`rollup: ${w.message}`) });
  await bundle.write({ dir: dist, format: 'es' });
  await bundle.close();
  copyWorker(pkg, dist);
  writeFileSync(join(dist, 'index.html'), indexHtml('./app.js'));
  await check(dist);
});

test('no bundler: the package copied to a static folder and imported relatively holds a roster and passes a clean file', async () => {
  const { pkg, dist } = app('plain');
  mkdirSync(dist, { recursive: true });
  cpSync(pkg, join(dist, 'presend'), { recursive: true });
  writeFileSync(join(dist, 'app.js'), APP_JS.replace("'presend'", "'./presend/presend.js'"));
  writeFileSync(join(dist, 'index.html'), indexHtml('./app.js'));
  await check(dist);
});

test('options: wasmUrl (the wasm moved elsewhere) with a worker factory, and wasmModule (compiled by the page) under the same CSP', async () => {
  const { pkg, dist } = app('options');
  mkdirSync(join(dist, 'static'), { recursive: true });
  cpSync(pkg, join(dist, 'presend'), { recursive: true });
  // The wasm is not where worker.js would look for it: only the options can find it.
  cpSync(join(pkg, 'pkg', 'presend_bg.wasm'), join(dist, 'static', 'presend-1234.wasm'));
  rmSync(join(dist, 'presend', 'pkg', 'presend_bg.wasm'));
  writeFileSync(join(dist, 'url.js'), `import { protect } from './presend/presend.js';\nprotect(document.getElementById('upload'), {\n  wasmUrl: '/static/presend-1234.wasm',\n  worker: () => new Worker(new URL('./presend/worker.js', import.meta.url), { type: 'module' }),\n});\n`);
  writeFileSync(
    join(dist, 'module.js'),
    `import { protect } from './presend/presend.js';\nconst wasmModule = await WebAssembly.compileStreaming(fetch('/static/presend-1234.wasm'));\nprotect(document.getElementById('upload'), { wasmModule });\ndocument.documentElement.dataset.ready = '';\n`,
  );
  writeFileSync(join(dist, 'url.html'), indexHtml('./url.js'));
  writeFileSync(join(dist, 'module.html'), indexHtml('./module.js'));
  await check(dist, '/url.html');
  await check(dist, '/module.html', { waitReady: true });
});

test("without 'wasm-unsafe-eval' the wasm cannot compile and the user is asked: nothing passes unchecked", async () => {
  const dist = join(OUT, 'plain', 'dist');
  assert.ok(existsSync(join(dist, 'app.js')), 'runs after the no-bundler test');
  const server = await serve(dist, CSP.replace(" 'wasm-unsafe-eval'", ''));
  const page = await browser.newPage({ locale: 'ja-JP' });
  try {
    await page.goto(server.origin + '/');
    const dialog = page.locator('[role=alertdialog]');
    await page.setInputFiles('#file', { name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.innerText(), /確認できませんでした/, 'the could-not-check question');
    await dialog.locator('[data-action=cancel]').click();
    assert.deepEqual(server.posted, []);
  } finally {
    await page.close();
    await server.close();
  }
});

// The package as published must carry what the worker loads.
test('the package imports in Node without a DOM or Blob (server-side rendering: Nuxt, SvelteKit, Next.js import client code on the server)', () => {
  const { pkg } = app('ssr');
  const script = `delete globalThis.Blob; delete globalThis.File; const m = await import(${JSON.stringify(join(pkg, 'presend.js'))}); console.log(Object.keys(m).sort().join(','));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(out.trim(), 'PresendError,check,createChecker,protect,showDialog');
});

test('the packed tarball holds the library, the worker and the wasm', () => {
  const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const file of ['presend.js', 'checker.js', 'worker.js', 'protect.js', 'dialog.js', 'hooks.js', 'more.js', 'pkg/presend.js', 'pkg/presend_bg.wasm', 'pkg/presend_more.js', 'pkg/presend_more_bg.wasm', 'pkg/presend-names.txt', 'presend.d.ts', 'README.md']) {
    assert.ok(list.includes(`package/${file}`), `${file} is in the tarball`);
  }
  // Every module the package's own modules import is in it too (a file split
  // out of another and left out of package.json's "files" breaks every app).
  for (const file of list.filter((f) => /^package\/[\w-]+\.js$/.test(f))) {
    const code = readFileSync(join(LIB, file.slice('package/'.length)), 'utf8');
    // Static and dynamic imports, not examples in comments.
    const source = code.split('\n').filter((l) => !/^\s*(\*|\/\/)/.test(l)).join('\n');
    for (const [, imported] of source.matchAll(/(?:from|import\()\s*'\.\/([\w./-]+\.js)'/g)) {
      assert.ok(list.includes(`package/${imported}`), `${imported}, imported by ${file}, is in the tarball`);
    }
  }
  assert.ok(readFileSync(join(LIB, 'checker.js'), 'utf8').includes("new Worker(new URL('./worker.js', import.meta.url)"), 'the literal worker form');
});
