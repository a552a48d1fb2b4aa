// The question window: opened by the service worker for one question of one
// frame (confirm.html?id=…&tab=…&frame=…), it asks that frame's content
// script what to show, shows "checking…" until then, asks the user with the
// same dialog the library uses, and sends the answer back to that frame only.
// It is the extension's own page in its own window: the web page cannot read
// it, restyle it, cover it or press its buttons. Closing the window is
// "go back" (the service worker says so to the frame).

import { progressText, showDialog } from './lib/dialog.js';

const TEXT = {
  ja: {
    checking: 'presend が内容を確認しています…',
    gone: '確認を求めたページが閉じられたか移動しました。何も送信されていません。',
  },
  en: {
    checking: 'presend is checking the content…',
    gone: 'The page that asked has been closed or has moved on. Nothing was sent.',
  },
};

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const tab = Number(params.get('tab'));
const frameId = Number(params.get('frame') ?? 0);
/** @type {'ja' | 'en'} */
const lang = params.get('lang') === 'en' ? 'en' : 'ja';

const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const statusText = /** @type {HTMLElement} */ (document.getElementById('status-text'));
document.documentElement.lang = lang;
document.title = lang === 'ja' ? 'presend 送信前の確認' : 'presend: check before sending';
statusText.textContent = TEXT[lang].checking;

/** @param {object} message */
const toFrame = (message) => chrome.tabs.sendMessage(tab, { id, ...message }, { frameId });

/** @param {string} text */
function gone(text) {
  status.querySelector('.spinner')?.remove();
  statusText.textContent = text;
  setTimeout(() => window.close(), 4000);
}

// While the check runs, say how far it has got (a big file takes seconds).
const watch = setInterval(async () => {
  const progress = await toFrame({ type: 'ask-progress' }).catch(() => null);
  if (progress && !status.hidden) statusText.textContent = progressText(progress, lang);
}, 300);

try {
  const what = await toFrame({ type: 'ask-get' });
  clearInterval(watch);
  if (!what || what.gone) gone(TEXT[lang].gone);
  else if (what.close) window.close();
  else {
    status.hidden = true;
    const l = what.lang === 'en' ? 'en' : 'ja';
    document.documentElement.lang = l;
    const choice = await showDialog(what.verdict, { lang: l, removable: what.removable ?? [], standalone: true });
    await toFrame({ type: 'ask-answer', choice }).catch(() => {});
    window.close();
  }
} catch {
  // The frame is gone (closed, navigated): its question went with it.
  clearInterval(watch);
  gone(TEXT[lang].gone);
}
