// The effective settings: the user's (options page, chrome.storage.local)
// with an administrator's managed policy (chrome.storage.managed, see
// managed_schema.json) on top. A managed key overrides the user's; with
// `locked` the managed policy replaces the user's entirely and the options
// page shows the settings read-only.

/**
 * @typedef {object} Settings
 * @property {Record<string, any>} policy   the policy the checker is built from
 * @property {'ja' | 'en'} lang             the language of the dialogs
 * @property {'auto' | 'ja' | 'en'} langSetting
 * @property {boolean} locked               an administrator locked the settings
 * @property {boolean} managed              an administrator set a policy
 * @property {Record<string, any>} user     the user's own settings
 */

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
  return { policy, lang, langSetting, locked, managed: locked || Object.keys(theirs).length > 0, user };
}
