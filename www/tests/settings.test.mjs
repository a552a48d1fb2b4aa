// How the extension's effective settings are made (www/extension/settings.js):
// the user's settings with an administrator's managed policy on top; with
// `locked`, the managed policy alone. Run in node with a stand-in for
// chrome.storage (what Chromium's managed storage returns is plain JSON).

import { test } from 'node:test';
import assert from 'node:assert/strict';

/**
 * @param {Record<string, any>} local chrome.storage.local contents
 * @param {Record<string, any> | Error} managed chrome.storage.managed contents, or the error it throws
 */
function fakeChrome(local, managed) {
  /** @type {any} */ (globalThis).chrome = {
    storage: {
      local: { get: async (/** @type {string} */ key) => (key in local ? { [key]: local[key] } : {}) },
      managed: {
        get: async () => {
          if (managed instanceof Error) throw managed;
          return managed;
        },
      },
    },
  };
}

const { effectiveSettings } = await import('../extension/settings.js');
const user = { lang: 'en', policy: { internal_domains: ['mine.example'], rules: { free_mail: 'block', first_time_domain: 'off' } } };

test('without an administrator the user settings apply', async () => {
  fakeChrome({ settings: user }, new Error('managed storage is not available'));
  const s = await effectiveSettings();
  assert.deepEqual(s.policy.internal_domains, ['mine.example']);
  assert.equal(s.lang, 'en');
  assert.equal(s.managed, false);
  assert.equal(s.locked, false);
});

test('a managed key overrides the user; rule levels merge rule by rule', async () => {
  fakeChrome({ settings: user }, { policy: { internal_domains: ['corp.example'], rules: { free_mail: 'confirm' } } });
  const s = await effectiveSettings();
  assert.deepEqual(s.policy.internal_domains, ['corp.example']);
  assert.deepEqual(s.policy.rules, { free_mail: 'confirm', first_time_domain: 'off' });
  assert.equal(s.managed, true);
  assert.equal(s.locked, false);
});

test('locked: the managed policy replaces the user settings entirely', async () => {
  fakeChrome({ settings: user }, { locked: true, lang: 'ja', policy: { internal_domains: ['corp.example'] } });
  const s = await effectiveSettings();
  assert.deepEqual(s.policy, { internal_domains: ['corp.example'] });
  assert.equal(s.lang, 'ja');
  assert.equal(s.locked, true);
});
