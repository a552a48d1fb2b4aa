// The page-world half of the extension's upload guard, at document_start in
// every frame, before the page's own scripts (bundled into one classic script
// by scripts/build-extension.sh). The isolated content script sees events in
// the document; the paths that make none there (a file input never put in
// the document, form.submit(), showOpenFilePicker(): see ../lib/hooks.js) are
// hooked here and handed to content.js with an event on the document whose
// relatedTarget is the input or form (DOM nodes are shared between the two
// worlds, script objects are not); content.js says it took one with
// preventDefault. What a script sends (fetch, XMLHttpRequest, sendBeacon,
// WebSocket) or reads from the clipboard goes over as the text of a detached
// Text node; when content.js holds it, it answers on that node with
// presend:go or presend:stop. Files a script sends go over in a file input
// nobody sees, answered with a change event on it. Nothing of a verdict ever passes through here.
//
// It runs in the page's world, so a hostile page can undo it: it is here for
// the ordinary web app that was not written with presend in mind.

import { hookPage } from '../lib/hooks.js';

/** @param {string} type @param {EventTarget} node */
const handOver = (type, node) => !document.dispatchEvent(new MouseEvent(`presend:${type}`, { relatedTarget: node, cancelable: true }));

/**
 * Hands text over in a detached Text node; null when content.js lets it go at
 * once, else its answer, which comes back on the node.
 * @param {string} type @param {string} text
 * @returns {Promise<boolean> | null}
 */
function askAbout(type, text) {
  const node = document.createTextNode(text);
  const answer = new Promise((resolve) => {
    node.addEventListener('presend:go', () => resolve(true), { once: true });
    node.addEventListener('presend:stop', () => resolve(false), { once: true });
  });
  return handOver(type, node) ? answer : null;
}

// Injected again into open tabs on install or update: hook once per page.
const HOOKED = Symbol.for('presend.page');
if (!(/** @type {any} */ (window)[HOOKED])) {
  Object.defineProperty(window, HOOKED, { value: true });
  hookPage({
    pick: (input) => handOver('pick', input),
    submit: (form) => handOver('submit', form),
    armForm: (form) => void handOver('arm', form),
    // The document's listeners are gone, content.js's bridge too: the visual
    // viewport's are not (content.js listens there for this).
    reopened: () => void window.visualViewport?.dispatchEvent(new Event('presend:reopened')),
    // A picker is opening: content.js starts the checker while the user chooses.
    opening: () => document.dispatchEvent(new Event('presend:warm')),
    send: (text) => askAbout('send', text),
    upload: (input) => handOver('upload', input),
    clipboard: (text) => askAbout('clipboard', text),
  });
}
