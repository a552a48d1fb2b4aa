#!/usr/bin/env node
// The Firefox manifest, made from the Chromium one (www/extension/manifest.json)
// so there is one source: node scripts/firefox-manifest.mjs IN OUT.
//
// What Firefox needs differently (Firefox ESR, MV3):
// - background: Firefox runs the background as an event page from
//   `background.scripts` (it has no extension service worker); the same
//   module, loaded the same way (`type: module`).
// - browser_specific_settings.gecko: the add-on ID (policies, managed storage
//   and updates name it; PRESEND_GECKO_ID overrides it) and the oldest
//   version it was tested in; no data is collected.
// - options_ui instead of options_page, opened in a tab as in Chromium.
// - minimum_chrome_version, use_dynamic_url and storage.managed_schema mean
//   nothing to Firefox: its extension URLs carry a random per-install UUID
//   already (a page cannot probe for presend by URL), and managed settings
//   come from policies.json (`3rdparty.Extensions.<id>`), unvalidated.
// - PRESEND_GECKO_UPDATE_BASE adds gecko.update_url (its updates.json);
//   PRESEND_VERSION overrides the version (tests of updates).
import { readFileSync, writeFileSync } from 'node:fs';

/** The Firefox version the tests run (Debian's firefox-esr); older ones are untested. */
export const GECKO_MIN_VERSION = '153.0';
export const GECKO_ID = process.env.PRESEND_GECKO_ID || 'presend@presend';

/** @param {any} chromium @returns {any} */
export function firefoxManifest(chromium) {
  const m = structuredClone(chromium);
  delete m.minimum_chrome_version;
  const bg = m.background ?? {};
  m.background = { scripts: [bg.service_worker], ...(bg.type ? { type: bg.type } : {}) };
  if (m.options_page) {
    m.options_ui = { page: m.options_page, open_in_tab: true };
    delete m.options_page;
  }
  for (const w of m.web_accessible_resources ?? []) delete w.use_dynamic_url;
  if (m.storage) delete m.storage.managed_schema;
  if (m.storage && Object.keys(m.storage).length === 0) delete m.storage;
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  // Self-hosted updates (scripts/build-firefox.sh writes updates.json there).
  const base = process.env.PRESEND_GECKO_UPDATE_BASE;
  if (base) m.browser_specific_settings.gecko.update_url = `${base.replace(/\/$/, '')}/updates.json`;
  if (process.env.PRESEND_VERSION) m.version = process.env.PRESEND_VERSION;
  return m;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: firefox-manifest.mjs chromium-manifest.json firefox-manifest.json');
    process.exit(2);
  }
  writeFileSync(output, JSON.stringify(firefoxManifest(JSON.parse(readFileSync(input, 'utf8'))), null, 2) + '\n');
}
