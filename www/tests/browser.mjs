// Shared by the browser tests: Debian's Chromium through playwright-core,
// kept off the network, with every request recorded.

import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for every browser test: keep Chromium itself off the network
 * (component updates, sync, field trials) so that what we record is what the
 * page did. --no-sandbox because the tests usually run as root in a container.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** @returns {Promise<import('playwright-core').Browser>} */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * A browser and a loopback server for one test file, started before its
 * tests and closed after them; `foreign` collects every request to another
 * origin, which fails the file at the end: presend never talks to anyone.
 * @param {{ before: (fn: () => Promise<void>) => void, after: (fn: () => Promise<void>) => void }} hooks node:test's
 */
export function useBrowser({ before, after }) {
  const state = {
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (null),
    /** @type {Awaited<ReturnType<typeof import('./server.mjs').startServer>>} */
    server: /** @type {any} */ (null),
    /** @type {string[]} */
    foreign: [],
  };
  before(async () => {
    const { startServer } = await import('./server.mjs');
    state.server = await startServer();
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
    if (state.foreign.length) throw new Error(`requests to other origins: ${state.foreign.join(', ')}`);
  });
  return state;
}
