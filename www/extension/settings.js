// The effective settings: the user's (options page, chrome.storage.local)
// with an administrator's managed policy (chrome.storage.managed, see
// managed_schema.json) on top. A managed key overrides the user's; with
// `locked` the managed policy replaces the user's entirely and the options
// page shows the settings read-only.
//
// Also where web-mail adapters may run and which recipient domains the
// history may keep: the service worker (which writes the history) and the
// content script (which runs the adapters) must agree on both, so both come
// from here.

/**
 * A web mail served from a host the settings name: Roundcube, or Outlook on
 * the web on an on-premises Exchange server.
 * @typedef {{ host: string, adapter: 'roundcube' | 'outlook' }} MailHost
 */

/**
 * @typedef {object} Settings
 * @property {Record<string, any>} policy   the policy the checker is built from
 * @property {'ja' | 'en'} lang             the language of the dialogs
 * @property {'auto' | 'ja' | 'en'} langSetting
 * @property {number} checkTimeoutSeconds  a check still running then ends in "could not check"
 * @property {boolean} locked               an administrator locked the settings
 * @property {boolean} managed              an administrator set a policy
 * @property {MailHost[]} mailHosts         self-hosted web mails (user's and administrator's)
 * @property {MailHost[]} managedMailHosts  the administrator's part of mailHosts
 * @property {Record<string, any>} user     the user's own settings
 */

/**
 * Hosts a web mail is served from by its maker: its adapter runs there and
 * nowhere else unless the settings name another host. Gmail has no other.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const BUILTIN_MAIL_HOSTS = Object.freeze({
  gmail: Object.freeze(['mail.google.com']),
  outlook: Object.freeze(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']),
});

/** Adapters that can run on a host the settings name (self-hosted web mail). */
export const SELF_HOSTED_ADAPTERS = Object.freeze(['roundcube', 'outlook']);

/**
 * A host as `location.host` spells it: lower case, with the port when it is
 * not the scheme's default. Accepts a bare host (`mail.example.co.jp`,
 * `127.0.0.1:8088`) or an origin or URL (`https://mail.example.co.jp/roundcube/`);
 * null when it is neither.
 * @param {unknown} value
 * @returns {string | null}
 */
export function normaliseHost(value) {
  const s = String(value ?? '').trim().toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(s);
  const authority = (scheme ? s.slice(scheme[0].length) : s).split(/[/?#]/)[0];
  if (!authority || /[\s@\\]/.test(authority)) return null;
  const protocol = scheme ? scheme[1] : 'https';
  if (protocol !== 'https' && protocol !== 'http') return null;
  try {
    const url = new URL(`${protocol}://${authority}/`);
    return url.hostname ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * The valid entries of a `mail_hosts` list; the rest are dropped (the
 * options page refuses them before saving, an administrator's schema too).
 * @param {unknown} list
 * @returns {MailHost[]}
 */
export function mailHostList(list) {
  if (!Array.isArray(list)) return [];
  /** @type {MailHost[]} */
  const out = [];
  for (const item of list) {
    const host = normaliseHost(item?.host);
    const adapter = String(item?.adapter ?? '');
    if (!host || !SELF_HOSTED_ADAPTERS.includes(adapter)) continue;
    if (!out.some((m) => m.host === host && m.adapter === adapter)) out.push({ host, adapter: /** @type {MailHost['adapter']} */ (adapter) });
  }
  return out;
}

/**
 * The adapters allowed on a page: the maker's hosts by name (any port is
 * refused: `mail.google.com:8443` is not Gmail), and the hosts the settings
 * list, exactly as `location.host` spells them (port included).
 * @param {{ host: string, hostname: string, protocol: string }} loc  a Location or URL
 * @param {MailHost[]} mailHosts
 * @returns {string[]} adapter ids
 */
export function mailAdaptersFor(loc, mailHosts) {
  if (loc.protocol !== 'https:' && loc.protocol !== 'http:') return [];
  const host = String(loc.host).toLowerCase();
  /** @type {string[]} */
  const ids = [];
  for (const [id, hosts] of Object.entries(BUILTIN_MAIL_HOSTS)) {
    if (loc.protocol === 'https:' && hosts.includes(host)) ids.push(id);
  }
  for (const m of mailHosts ?? []) if (m.host === host && !ids.includes(m.adapter)) ids.push(m.adapter);
  return ids;
}

/**
 * Second-level labels under which organisations register one level deeper
 * (`alpha.co.jp`, not `co.jp`). The same rule as the core's
 * `assess::domain::registrable` (src/assess/domain.rs), which the wasm
 * facade does not expose: keep the two in step.
 */
const SECOND_LEVEL = new Set(['co', 'ne', 'or', 'ac', 'ad', 'ed', 'go', 'gr', 'lg', 'com', 'net', 'org', 'edu', 'gov', 'ltd', 'plc']);

/**
 * Suffixes under which anyone can have a name of their own (hosting
 * platforms): the core counts `x.github.io` and `y.github.io` as one
 * organisation, so an entry of one of these in the history would make every
 * site under it "mailed before". Not the whole Public Suffix List: the
 * platforms a mail domain or a phishing look-alike most often sits on.
 */
const SHARED_SUFFIXES = new Set([
  'github.io', 'gitlab.io', 'pages.dev', 'workers.dev', 'netlify.app', 'vercel.app', 'web.app', 'firebaseapp.com',
  'appspot.com', 'herokuapp.com', 'blogspot.com', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com',
  'onrender.com', 'glitch.me', 'repl.co', 'ngrok.io', 'ngrok-free.app', 'wixsite.com', 'weebly.com', 'wordpress.com',
  'sakura.ne.jp', 'xsrv.jp', 'lolipop.jp', 'fc2.com', 'jimdofree.com', 'onmicrosoft.com', 'sharepoint.com',
]);

/**
 * True when the domain is a public suffix: a top-level domain (`com`, `jp`),
 * a second-level one (`co.jp`, `ne.jp`, `co.uk`), a local-government zone
 * above the city (`lg.jp`, `tokyo.lg.jp`), or a hosting platform's suffix
 * (`github.io`). A history entry of one would cover every organisation
 * under it.
 * @param {string} domain
 */
export function isPublicSuffix(domain) {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const labels = d.split('.');
  const n = labels.length;
  if (n < 2) return true;
  if (SHARED_SUFFIXES.has(d)) return true;
  if (n === 2 && SECOND_LEVEL.has(labels[0]) && labels[1].length === 2) return true;
  if (labels[n - 2] === 'lg' && labels[n - 1] === 'jp' && n < 4) return true;
  return false;
}

/**
 * A recipient domain as the history may keep it, or null: a host name
 * (letters, digits, hyphens, non-ASCII for IDN; at least two labels), not an
 * address literal, not a public suffix.
 * @param {unknown} value
 * @returns {string | null}
 */
export function historyDomain(value) {
  if (typeof value !== 'string') return null;
  const d = value.trim().toLowerCase().replace(/\.$/, '');
  if (d.length > 253 || !/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u.test(d)) return null;
  if (/^[\d.]+$/.test(d)) return null; // an IP address
  return isPublicSuffix(d) ? null : d;
}

/** @returns {Promise<Settings>} */
export async function effectiveSettings() {
  const { settings: user = {} } = await chrome.storage.local.get('settings');
  /** @type {Record<string, any>} */
  let managed = {};
  try {
    managed = (await chrome.storage.managed.get(null)) ?? {};
  } catch {
    // No managed storage (Firefox without policies, tests): nothing to merge.
  }
  const locked = managed.locked === true;
  const mine = user.policy ?? {};
  const theirs = managed.policy ?? {};
  const policy = locked ? theirs : { ...mine, ...theirs, rules: { ...(mine.rules ?? {}), ...(theirs.rules ?? {}) } };
  const langSetting = managed.lang ?? user.lang ?? 'auto';
  const lang = langSetting === 'auto' ? (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en') : langSetting;
  // Web-mail hosts live beside the policy, not in it: the core rejects keys
  // it does not know. The administrator's add to the user's, or replace them
  // when locked.
  const managedMailHosts = mailHostList(managed.mail_hosts);
  const mailHosts = locked ? managedMailHosts : mailHostList([...managedMailHosts, ...mailHostList(user.mail_hosts)]);
  // How long one check may run before it ends in "could not check" (an
  // administrator can give slow machines more): 0.1 s to 10 min, 90 s by default.
  const timeout = Number(managed.check_timeout_seconds ?? user.check_timeout_seconds ?? 90);
  const checkTimeoutSeconds = Number.isFinite(timeout) ? Math.min(600, Math.max(0.1, timeout)) : 90;
  return {
    policy,
    lang,
    langSetting,
    checkTimeoutSeconds,
    locked,
    managed: locked || Object.keys(theirs).length > 0 || managedMailHosts.length > 0,
    mailHosts,
    managedMailHosts,
    user,
  };
}
