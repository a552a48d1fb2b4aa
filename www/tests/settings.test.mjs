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

const { historyDomain, isPublicSuffix, mailAdaptersFor, mailHostList, normaliseHost } = await import('../extension/settings.js');

test('web-mail hosts sit beside the policy: the administrator\'s add to the user\'s, or replace them when locked', async () => {
  const mine = { ...user, mail_hosts: [{ host: 'Mail.Mine.example', adapter: 'roundcube' }, { host: 'bad host', adapter: 'roundcube' }, { host: 'x.example', adapter: 'gmail' }] };
  fakeChrome({ settings: mine }, new Error('no managed storage'));
  let s = await effectiveSettings();
  assert.deepEqual(s.mailHosts, [{ host: 'mail.mine.example', adapter: 'roundcube' }], 'invalid entries and Gmail elsewhere are dropped');
  assert.equal('mail_hosts' in s.policy, false, 'never in the policy: the core refuses keys it does not know');
  fakeChrome({ settings: mine }, { mail_hosts: [{ host: 'https://owa.corp.example/owa/', adapter: 'outlook' }] });
  s = await effectiveSettings();
  assert.deepEqual(s.mailHosts, [{ host: 'owa.corp.example', adapter: 'outlook' }, { host: 'mail.mine.example', adapter: 'roundcube' }]);
  assert.equal(s.managed, true);
  fakeChrome({ settings: mine }, { locked: true, mail_hosts: [{ host: 'owa.corp.example', adapter: 'outlook' }] });
  s = await effectiveSettings();
  assert.deepEqual(s.mailHosts, [{ host: 'owa.corp.example', adapter: 'outlook' }], 'locked: the administrator\'s only');
});

test('hosts are compared as the address bar spells them, port included', () => {
  assert.equal(normaliseHost('127.0.0.1:8088'), '127.0.0.1:8088');
  assert.equal(normaliseHost(' HTTPS://Mail.Example.co.jp/roundcube/?_task=mail '), 'mail.example.co.jp');
  assert.equal(normaliseHost('http://mail.example.co.jp:80'), 'mail.example.co.jp');
  for (const bad of ['', 'a b', 'user@mail.example', 'ftp://mail.example', 'javascript:alert(1)']) assert.equal(normaliseHost(bad), null, bad);
  const hosts = mailHostList([{ host: '127.0.0.1:8088', adapter: 'roundcube' }]);
  const at = (/** @type {string} */ u) => mailAdaptersFor(new URL(u), hosts);
  assert.deepEqual(at('http://127.0.0.1:8088/?_task=mail&_action=compose'), ['roundcube']);
  assert.deepEqual(at('http://127.0.0.1:8089/'), [], 'another port is another site');
  assert.deepEqual(at('https://mail.google.com/mail/u/0/'), ['gmail']);
  assert.deepEqual(at('https://mail.google.com.example/'), []);
  assert.deepEqual(at('https://outlook.office365.com/mail/'), ['outlook']);
});

test('the history never keeps a public suffix or something that is not a domain', () => {
  for (const suffix of ['com', 'jp', 'co.jp', 'ne.jp', 'or.jp', 'co.uk', 'lg.jp', 'tokyo.lg.jp', 'github.io', 'pages.dev', 'blogspot.com']) {
    assert.equal(isPublicSuffix(suffix), true, suffix);
    assert.equal(historyDomain(suffix), null, suffix);
  }
  for (const domain of ['alpha-shoji.co.jp', 'example.com', 'docomo.ne.jp', 'city.chiyoda.lg.jp', 'example.co.uk', 'mail.example.test', 'ＡＢＣ商事.jp'.toLowerCase()]) {
    assert.equal(historyDomain(domain), domain, domain);
  }
  assert.equal(historyDomain('Example.COM.'), 'example.com');
  for (const junk of ['', '1.2.3.4', '[1.2.3.4]', 'a@b.example', 'x', '-bad.example', 'a b.example', 42, null]) assert.equal(historyDomain(junk), null, String(junk));
});
