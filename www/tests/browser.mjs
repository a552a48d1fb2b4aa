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
