// The options page: the user's settings (language, internal and partner
// domains, the hosts of self-hosted web mail, rule levels), read-only when an administrator locked them; each
// web-mail adapter's health (did its signals match on the last compose?);
// and the local log of checks, which can be exported as CSV. A policy is
// validated by building the real checker before it is saved.

import init, { Checker, rules } from './lib/pkg/presend.js';
import { SELF_HOSTED_ADAPTERS, effectiveSettings, normaliseHost } from './settings.js';
import { el } from './lib/dialog.js';

const TEXT = {
  ja: {
    title: 'presend の設定',
    managed: '管理者のポリシーが適用されています。',
    locked: '管理者が設定をロックしています(変更できません)。',
    settings: '設定',
    lang: '表示言語',
    auto: 'ブラウザーに合わせる',
    internal: '社内ドメイン',
    internalHint: '1行に1つ(例: example.co.jp)。サブドメインも社内として扱います。空欄なら送信者のドメイン。',
    partners: '取引先ドメイン',
    partnersHint: '1行に1つ「ドメイン = 会社名」(例: alpha-shoji.co.jp = アルファ商事)。',
    mailHosts: '社内のWebメール(Roundcube・オンプレミスの Outlook)',
    mailHostsHint: '1行に1つ「ホスト = roundcube」または「ホスト = outlook」(例: mail.example.co.jp = roundcube)。アドレス欄のとおりに、既定以外のポートも含めて書きます。送信前の確認はここに書いたホストと Gmail・Microsoft の Outlook でだけ動きます(見た目をまねたページでは動きません)。',
    managedMailHosts: '管理者が指定したホスト: ',
    badMailHost: '読み取れないホストの行: ',
    rules: 'チェックの強さ',
    rule: 'チェック',
    about: '内容',
    level: '強さ',
    levels: { off: 'オフ', notice: '通知のみ', confirm: '確認', block: '送信停止' },
    dflt: '(既定)',
    save: '保存',
    saved: '保存しました。',
    invalid: '保存できません: ',
    health: 'Webメールとの連携状態',
    healthHint: '最後に作成画面を開いたときに、各Webメールの宛先・件名・本文・添付・送信ボタンを見つけられたか。✗があると送信時に必ず確認画面が出ます。',
    adapter: 'Webメール',
    seen: '最終確認',
    signals: '項目',
    never: 'まだ使われていません',
    log: '確認の記録',
    logHint: 'この端末にだけ保存されます。記録するのは日時・サイト・判定・チェック名・件数・操作だけで、本文・ファイルの中身・アドレスは記録しません。',
    exportCsv: 'CSVで書き出す',
    clear: '記録を消去',
    cleared: '記録を消去しました。',
    clearHistory: '送信先の履歴を消去',
    historyCleared: '送信先の履歴を消去しました(次の送信から、どの宛先も「初めて」として確認します)。',
    time: '日時',
    site: 'サイト',
    decision: '判定',
    counts: '件数',
    choice: '操作',
    countsText: (/** @type {any} */ c) => `宛先${c.recipients ?? 0}(社外${c.external ?? 0})・添付${c.attachments ?? 0}・検出${c.findings ?? 0}・人数${c.people ?? 0}`,
  },
  en: {
    title: 'presend settings',
    managed: 'An administrator policy applies.',
    locked: 'An administrator locked these settings (read-only).',
    settings: 'Settings',
    lang: 'Language',
    auto: 'Same as the browser',
    internal: 'Internal domains',
    internalHint: 'One per line (e.g. example.co.jp); sub-domains count as internal. Empty: the sender\'s domain.',
    partners: 'Partner domains',
    partnersHint: 'One per line, "domain = company name" (e.g. alpha-shoji.co.jp = Alpha Shoji).',
    mailHosts: 'Your own web mail (Roundcube, on-premises Outlook)',
    mailHostsHint: 'One per line, "host = roundcube" or "host = outlook" (e.g. mail.example.co.jp = roundcube), as in the address bar, with the port when it is not the default. The send check runs only on these hosts and on Gmail and Microsoft\'s Outlook, never on a page that merely looks like a web mail.',
    managedMailHosts: 'Hosts set by the administrator: ',
    badMailHost: 'Cannot read the host line: ',
    rules: 'How strict each check is',
    rule: 'Check',
    about: 'What it checks',
    level: 'Level',
    levels: { off: 'off', notice: 'notice only', confirm: 'confirm', block: 'block' },
    dflt: '(default)',
    save: 'Save',
    saved: 'Saved.',
    invalid: 'Not saved: ',
    health: 'Web mail connection',
    healthHint: 'Whether each web mail\'s recipients, subject, body, attachments and send button were found the last time a compose window was used. With a ✗, every send asks for confirmation.',
    adapter: 'Web mail',
    seen: 'Last seen',
    signals: 'Signals',
    never: 'not used yet',
    log: 'Log of checks',
    logHint: 'Kept on this computer only: time, site, decision, check names, counts and what the user chose. Never the body, file contents or addresses.',
    exportCsv: 'Export CSV',
    clear: 'Clear the log',
    cleared: 'The log was cleared.',
    clearHistory: 'Clear the recipient history',
    historyCleared: 'The recipient history was cleared (every recipient counts as new again).',
    time: 'Time',
    site: 'Site',
    decision: 'Decision',
    counts: 'Counts',
    choice: 'Choice',
    countsText: (/** @type {any} */ c) => `${c.recipients ?? 0} recipients (${c.external ?? 0} external), ${c.attachments ?? 0} attachments, ${c.findings ?? 0} findings, ${c.people ?? 0} people`,
  },
};

const ADAPTERS = { roundcube: 'Roundcube', gmail: 'Gmail', outlook: 'Outlook on the web' };

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {string} text */
const lines = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The CSV of the log (RFC 4180; cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe).
 * @param {any[]} log
 */
export function logCsv(log) {
  const header = ['time', 'site', 'adapter', 'decision', 'rules', 'recipients', 'external', 'attachments', 'findings', 'people', 'choice', 'reason'];
  /** @param {unknown} v */
  const cell = (v) => {
    let s = String(v ?? '');
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const rows = log.map((e) => [
    e.time,
    e.site,
    e.adapter,
    e.decision,
    (e.rules ?? []).join(' '),
    e.counts?.recipients,
    e.counts?.external,
    e.counts?.attachments,
    e.counts?.findings,
    e.counts?.people,
    e.choice,
    e.reason,
  ]);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

async function main() {
  await init({ module_or_path: chrome.runtime.getURL('lib/pkg/presend_bg.wasm') });
  const settings = await effectiveSettings();
  const lang = settings.lang;
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  const labels = {
    title: t.title, 'h-settings': t.settings, 'l-lang': t.lang, 'o-auto': t.auto, 'l-internal': t.internal, 'h-internal': t.internalHint,
    'l-partners': t.partners, 'h-partners': t.partnersHint, 'l-mailhosts': t.mailHosts, 'h-mailhosts': t.mailHostsHint, 'clear-history': t.clearHistory, 'h-rules': t.rules, 't-rule': t.rule, 't-about': t.about, 't-level': t.level,
    save: t.save, 'h-health': t.health, 'p-health': t.healthHint, 't-adapter': t.adapter, 't-seen': t.seen, 't-signals': t.signals,
    'h-log': t.log, 'p-log': t.logHint, export: t.exportCsv, clear: t.clear, 't-time': t.time, 't-site': t.site, 't-decision': t.decision,
    't-rules': t.rule, 't-counts': t.counts, 't-choice': t.choice,
  };
  for (const [id, text] of Object.entries(labels)) $(id).textContent = text;

  // The form shows the effective settings; with a lock it is read-only.
  const policy = settings.policy;
  if (settings.managed) {
    $('managed').hidden = false;
    $('managed').textContent = settings.locked ? t.locked : t.managed;
  }
  /** @type {HTMLSelectElement} */ ($('lang')).value = settings.langSetting;
  /** @type {HTMLTextAreaElement} */ ($('internal')).value = (policy.internal_domains ?? []).join('\n');
  /** @type {HTMLTextAreaElement} */ ($('partners')).value = Object.entries(policy.partner_domains ?? {})
    .map(([d, n]) => `${d} = ${n}`)
    .join('\n');
  // Web-mail hosts are the user's own list (the administrator's are shown beside it).
  /** @type {HTMLTextAreaElement} */ ($('mailhosts')).value = (settings.locked ? settings.mailHosts : settings.user.mail_hosts ?? [])
    .map((/** @type {{ host: string, adapter: string }} */ m) => `${m.host} = ${m.adapter}`)
    .join('\n');
  if (settings.managedMailHosts.length && !settings.locked) {
    $('managed-mailhosts').hidden = false;
    $('managed-mailhosts').textContent = t.managedMailHosts + settings.managedMailHosts.map((m) => `${m.host} = ${m.adapter}`).join(', ');
  }
  const body = /** @type {HTMLTableSectionElement} */ ($('rules').querySelector('tbody'));
  for (const rule of /** @type {{ id: string, level: string, about: { ja: string, en: string } }[]} */ (rules())) {
    const select = el(
      'select',
      { 'data-rule': rule.id, 'aria-label': rule.id },
      Object.entries(t.levels).map(([value, label]) => el('option', { value }, [value === rule.level ? `${label} ${t.dflt}` : label])),
    );
    /** @type {HTMLSelectElement} */ (select).value = policy.rules?.[rule.id] ?? rule.level;
    body.append(el('tr', { 'data-default': rule.level }, [el('td', {}, [el('code', {}, [rule.id])]), el('td', {}, [rule.about[lang]]), el('td', {}, [select])]));
  }
  if (settings.locked) for (const n of document.querySelectorAll('#settings select, #settings textarea, #settings button')) n.setAttribute('disabled', '');

  $('settings').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('status');
    /** @type {Record<string, any>} */
    const mine = { ...(settings.user.policy ?? {}) };
    mine.internal_domains = lines(/** @type {HTMLTextAreaElement} */ ($('internal')).value);
    mine.partner_domains = Object.fromEntries(
      lines(/** @type {HTMLTextAreaElement} */ ($('partners')).value).map((l) => {
        const [domain, ...name] = l.split('=');
        return [domain.trim(), name.join('=').trim() || domain.trim()];
      }),
    );
    /** @type {Record<string, string>} */
    const levels = {};
    for (const row of body.querySelectorAll('tr')) {
      const select = /** @type {HTMLSelectElement} */ (row.querySelector('select'));
      // Only what differs from the default: a later release may change a default.
      if (select.value !== row.dataset.default) levels[/** @type {string} */ (select.dataset.rule)] = select.value;
    }
    mine.rules = levels;
    try {
      new Checker(mine, undefined).free();
    } catch (error) {
      status.className = 'bad';
      status.textContent = t.invalid + String(/** @type {Error} */ (error)?.message ?? error);
      return;
    }
    // Beside the policy, not in it: the core refuses keys it does not know.
    /** @type {{ host: string, adapter: string }[]} */
    const mailHosts = [];
    for (const line of lines(/** @type {HTMLTextAreaElement} */ ($('mailhosts')).value)) {
      const [where, kind = 'roundcube'] = line.split('=').map((p) => p.trim());
      const host = normaliseHost(where);
      const adapter = kind.toLowerCase();
      if (!host || !SELF_HOSTED_ADAPTERS.includes(adapter)) {
        status.className = 'bad';
        status.textContent = t.badMailHost + line;
        return;
      }
      mailHosts.push({ host, adapter });
    }
    const langSetting = /** @type {HTMLSelectElement} */ ($('lang')).value;
    await chrome.storage.local.set({ settings: { ...settings.user, lang: langSetting, policy: mine, mail_hosts: mailHosts } });
    status.className = 'ok';
    status.textContent = t.saved;
  });

  // Adapter health.
  const { health = {}, log = [] } = await chrome.storage.local.get(['health', 'log']);
  const healthBody = /** @type {HTMLTableSectionElement} */ ($('health').querySelector('tbody'));
  for (const [id, name] of Object.entries(ADAPTERS)) {
    const h = health[id];
    const signals = h
      ? Object.entries(h.signals).map(([k, ok]) => el('span', { class: ok ? 'ok' : 'bad', 'data-signal': k }, [`${ok ? '✓' : '✗'} ${k} `]))
      : [t.never];
    healthBody.append(el('tr', { 'data-adapter': id }, [el('td', {}, [name]), el('td', {}, [h ? `${new Date(h.time).toLocaleString(lang)} (${h.site})` : '—']), el('td', {}, signals)]));
  }

  // The log, newest first.
  const logBody = /** @type {HTMLTableSectionElement} */ ($('log').querySelector('tbody'));
  for (const e of [...log].reverse().slice(0, 200)) {
    logBody.append(
      el('tr', {}, [
        el('td', {}, [new Date(e.time).toLocaleString(lang)]),
        el('td', {}, [String(e.site ?? '')]),
        el('td', {}, [String(e.decision ?? '')]),
        el('td', {}, [(e.rules ?? []).join(', ')]),
        el('td', {}, [t.countsText(e.counts ?? {})]),
        el('td', {}, [`${e.choice ?? ''}${e.reason ? ` (${e.reason})` : ''}`]),
      ]),
    );
  }
  $('export').addEventListener('click', async () => {
    const { log: all = [] } = await chrome.storage.local.get('log');
    const blob = new Blob(['\ufeff', logCsv(all)], { type: 'text/csv;charset=utf-8' });
    const link = el('a', { href: URL.createObjectURL(blob), download: `presend-log-${new Date().toISOString().slice(0, 10)}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  });
  $('clear-history').addEventListener('click', async () => {
    await chrome.storage.local.set({ history: [] });
    $('status').textContent = t.historyCleared;
  });
  $('clear').addEventListener('click', async () => {
    await chrome.storage.local.set({ log: [] });
    logBody.replaceChildren();
    $('status').textContent = t.cleared;
  });
}

main();
