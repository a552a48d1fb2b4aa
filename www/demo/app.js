// The trainer's demo: a mock web mail whose send button runs the real
// checker (the JS library → the wasm core in a Web Worker). Scenarios replay
// the seed incidents and the classic mistakes; trainees can drop their own
// files, which are checked in the browser and never leave it.

import { createChecker, showDialog } from '../lib/presend.js';
import { POLICY, SCENARIOS } from './scenarios.js';

/** @typedef {import('./scenarios.js').Scenario} Scenario */
/** @typedef {'ja' | 'en'} Lang */

const UI = {
  ja: {
    title: 'presend 誤送信防止トレーニング', present: 'プレゼンモード', inbox: '受信トレイ(シナリオ)', story: '実際に起きたこと',
    compose: 'メール作成', from: '差出人', subject: '件名', body: '本文', send: '送信', result: 'presend の判定', lesson: '教訓',
    prev: '← 前へ', next: '次へ →', drop: 'ここに自分のファイルをドロップ(ブラウザ内で検査され、どこにも送られません)',
    allow: '送信可: 問題は見つかりませんでした', confirm: '確認が必要です', block: '送信停止',
    sent: '(デモ)送信しました', sentWith: '(デモ)理由を記録して送信しました: ', back: '送信を取りやめて編集に戻りました',
    removed: '添付を外しました: ', checking: '確認中…', failed: '確認できませんでした: ', step: (/** @type {number} */ n) => `ステップ ${n} / 3`,
    missing: 'サンプルファイルがありません(make demo で生成されます): ',
  },
  en: {
    title: 'presend mis-send training', present: 'Presentation mode', inbox: 'Inbox (scenarios)', story: 'What happened',
    compose: 'Compose', from: 'From', subject: 'Subject', body: 'Body', send: 'Send', result: 'presend’s verdict', lesson: 'Lesson',
    prev: '← Back', next: 'Next →', drop: 'Drop your own files here (checked in this browser, sent nowhere)',
    allow: 'Allow: nothing found', confirm: 'Confirmation needed', block: 'Blocked',
    sent: '(demo) Sent', sentWith: '(demo) Sent with the reason: ', back: 'Not sent: back to editing',
    removed: 'Removed the attachment: ', checking: 'Checking…', failed: 'Could not check: ', step: (/** @type {number} */ n) => `Step ${n} of 3`,
    missing: 'Sample file missing (make demo generates it): ',
  },
};

const params = new URLSearchParams(location.search);
/** @type {Lang} */
let lang = params.get('lang') === 'en' ? 'en' : 'ja';
let step = 1;
/** @type {Scenario} */
let scenario = SCENARIOS.find((s) => s.id === params.get('scenario')) ?? SCENARIOS[0];
/** @type {{ name: string, bytes: ArrayBuffer | null, own: boolean }[]} */
let attachments = [];

const checker = createChecker({ policy: POLICY });
// Every check here is a mail's: the module that checks mail loads now, while
// the trainer talks, not at the first Send.
void checker.warm({ mail: true });
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const input = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-text]')) {
    const key = /** @type {keyof typeof UI.ja} */ (node.getAttribute('data-text'));
    const value = UI[lang][key];
    if (typeof value === 'string') node.textContent = value;
  }
  $('lang').textContent = lang === 'ja' ? 'English' : '日本語';
  $('lang').setAttribute('aria-pressed', String(lang === 'en'));
  renderList();
  renderStory();
  renderStep();
}

function renderList() {
  const list = $('scenarios');
  list.replaceChildren(
    ...SCENARIOS.map((s) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.scenario = s.id;
      button.setAttribute('aria-current', String(s.id === scenario.id));
      const expected = Object.assign(document.createElement('span'), { className: 'expected', textContent: s.expected });
      button.append(s.title[lang], expected);
      button.addEventListener('click', () => load(s));
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
  );
}

function renderStory() {
  $('scenario-title').textContent = scenario.title[lang];
  $('scenario-story').textContent = scenario.story[lang];
  $('scenario-lesson').textContent = scenario.lesson[lang];
}

function renderAttachments() {
  $('attachments').replaceChildren(
    ...attachments.map((a, i) => {
      const chip = Object.assign(document.createElement('span'), { className: 'chip', textContent: `📎 ${a.name}` });
      chip.dataset.file = a.name;
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: '×' });
      remove.setAttribute('aria-label', `remove ${a.name}`);
      remove.addEventListener('click', () => {
        attachments.splice(i, 1);
        renderAttachments();
      });
      chip.append(' ', remove);
      return chip;
    }),
  );
}

/** @param {Scenario} s */
async function load(s) {
  scenario = s;
  const url = new URL(location.href);
  url.searchParams.set('scenario', s.id);
  history.replaceState(null, '', url);
  input('from').value = s.mail.from;
  input('to').value = s.mail.to.join(', ');
  input('cc').value = (s.mail.cc ?? []).join(', ');
  input('bcc').value = (s.mail.bcc ?? []).join(', ');
  input('subject').value = s.mail.subject;
  /** @type {HTMLTextAreaElement} */ ($('body')).value = s.mail.body;
  $('result').hidden = true;
  attachments = await Promise.all(
    s.files.map(async (name) => {
      const response = await fetch(`samples/${encodeURIComponent(name)}`);
      return { name, bytes: response.ok ? await response.arrayBuffer() : null, own: false };
    }),
  );
  renderList();
  renderStory();
  renderAttachments();
  step = 1;
  renderStep();
  document.body.dataset.scenario = s.id;
}

/** Splits an address field: commas, Japanese commas, semicolons. */
function addresses(/** @type {string} */ text) {
  return text.split(/[,、;；]\s*/).map((a) => a.trim()).filter(Boolean);
}

/** @param {string} text */
function status(text) {
  let line = document.getElementById('status-line');
  if (!line) {
    line = Object.assign(document.createElement('p'), { id: 'status-line' });
    line.setAttribute('role', 'status');
    $('compose').append(line);
  }
  line.textContent = text;
}

async function send() {
  const missing = attachments.filter((a) => !a.bytes);
  if (missing.length) {
    status(UI[lang].missing + missing.map((a) => a.name).join(', '));
    return;
  }
  const message = {
    from: input('from').value,
    to: addresses(input('to').value),
    cc: addresses(input('cc').value),
    bcc: addresses(input('bcc').value),
    subject: input('subject').value,
    body: /** @type {HTMLTextAreaElement} */ ($('body')).value,
  };
  status(UI[lang].checking);
  let verdict;
  try {
    verdict = await checker.check({
      message,
      files: attachments.map((a) => ({ name: a.name, bytes: /** @type {ArrayBuffer} */ (a.bytes).slice(0) })),
    });
  } catch (error) {
    status(UI[lang].failed + String(error));
    return;
  }
  const decision = $('decision');
  decision.dataset.decision = verdict.decision;
  decision.textContent = UI[lang][verdict.decision];
  $('reasons').replaceChildren(
    ...verdict.reasons.map((r) => {
      const li = document.createElement('li');
      li.dataset.rule = r.rule;
      li.append(Object.assign(document.createElement('strong'), { textContent: r.title[lang] }), ` — ${r.detail[lang]}`);
      return li;
    }),
  );
  $('result').hidden = false;
  document.body.dataset.decision = verdict.decision;
  step = 3;
  renderStep();
  if (verdict.decision === 'allow') {
    status(UI[lang].sent);
    return;
  }
  const choice = await showDialog(verdict, { lang, removable: attachments.map((a) => a.name) });
  if (choice.action === 'continue') status(UI[lang].sentWith + choice.reason);
  else if (choice.action === 'remove') {
    attachments = attachments.filter((a) => !choice.remove.includes(a.name));
    renderAttachments();
    status(UI[lang].removed + choice.remove.join(', '));
  } else status(UI[lang].back);
}

/** @param {Iterable<File>} files */
async function addOwn(files) {
  for (const file of files) attachments.push({ name: file.name, bytes: await file.arrayBuffer(), own: true });
  renderAttachments();
}

function renderStep() {
  const presenting = document.body.classList.contains('present');
  for (const node of document.querySelectorAll('.step')) {
    node.classList.toggle('current', Number(/** @type {HTMLElement} */ (node).dataset.step) === step);
  }
  /** @type {HTMLElement} */ (document.querySelector('.stepper')).hidden = !presenting;
  $('step-label').textContent = UI[lang].step(step);
}

/** @param {number} to */
async function go(to) {
  if (to === 3 && $('result').hidden) {
    await send();
    return;
  }
  step = Math.max(1, Math.min(3, to));
  renderStep();
}

$('compose').addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
$('lang').addEventListener('click', () => {
  lang = lang === 'ja' ? 'en' : 'ja';
  applyLanguage();
});
$('present').addEventListener('click', () => {
  const on = document.body.classList.toggle('present');
  $('present').setAttribute('aria-pressed', String(on));
  renderStep();
});
$('prev').addEventListener('click', () => go(step - 1));
$('next').addEventListener('click', () => go(step + 1));
document.addEventListener('keydown', (event) => {
  if (!document.body.classList.contains('present') || event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
  if (event.key === 'ArrowRight') go(step + 1);
  if (event.key === 'ArrowLeft') go(step - 1);
});
$('drop').addEventListener('dragover', (event) => event.preventDefault());
$('drop').addEventListener('drop', (event) => {
  event.preventDefault();
  addOwn(event.dataTransfer?.files ?? []);
});
input('own-files').addEventListener('change', () => addOwn(input('own-files').files ?? []));

if (params.get('present') === '1') {
  document.body.classList.add('present');
  $('present').setAttribute('aria-pressed', 'true');
}
applyLanguage();
await load(scenario);
document.body.dataset.ready = 'true';
