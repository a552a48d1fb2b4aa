// Roundcube (1.5, 1.6; elastic and larry skins). Its compose page is a plain
// form with stable ids and names: the recipients are the textareas that get
// posted (#_to, #_cc, #_bcc: comma lists of `Name <address>`), plus whatever
// is still typed in the recipient box; subject #compose-subject; body
// #composebody (or the TinyMCE frame beside it); the attachment list
// #attachment-list. Sending is `rcmail.command('send')` behind the Send
// button (and its toolbar clone on small screens); Roundcube has no keyboard
// shortcut for it (checked on 1.6.5: Ctrl+Enter and Enter do not send).

/** @typedef {import('./adapter.js').Adapter} Adapter */
/** @typedef {import('./adapter.js').Recipient} Recipient */

const FIELDS = /** @type {const} */ (['to', 'cc', 'bcc']);

/** The compose form: hidden `_task=mail` and `_action=send` inputs. */
const COMPOSE_FORM = 'form[name="form"]';

/** @param {Document} doc */
function composeForm(doc) {
  const form = doc.querySelector(COMPOSE_FORM);
  if (!form) return null;
  const task = form.querySelector('input[name="_task"]');
  const action = form.querySelector('input[name="_action"]');
  return /** @type {HTMLInputElement | null} */ (task)?.value === 'mail' && /** @type {HTMLInputElement | null} */ (action)?.value === 'send'
    ? form
    : null;
}

/** Anything that runs `command('send')`: the Send button and its clones. */
const SEND_CONTROL = `button.send, a.send, [onclick*="command('send'"]`;

/**
 * Splits a header value into addresses: commas and semicolons separate,
 * except inside quotes or angle brackets (`"Tanaka, Bob" <bob@x>`).
 * @param {string} value
 * @returns {Recipient[]}
 */
export function parseAddressList(value) {
  /** @type {string[]} */
  const items = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if ((ch === ',' || ch === ';' || ch === '\n') && !quoted && !angle) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(item);
      if (!m) return { address: item };
      const name = m[1].trim().replace(/^"(.*)"$/, '$1').trim();
      return name ? { name, address: m[2].trim() } : { address: m[2].trim() };
    });
}

/**
 * @param {Document} doc
 * @param {'to' | 'cc' | 'bcc'} field
 * @returns {Recipient[] | null} null when the field is not on the page
 */
function recipients(doc, field) {
  const area = /** @type {HTMLTextAreaElement | HTMLInputElement | null} */ (doc.getElementById(`_${field}`));
  if (!area) return null;
  const list = parseAddressList(area.value);
  // Text typed after the last bubble is sent too, but is not in the textarea yet.
  const typing = /** @type {HTMLInputElement | null} */ (doc.querySelector(`#compose_${field} li.input input`));
  if (typing?.value.trim()) {
    for (const r of parseAddressList(typing.value)) {
      if (!list.some((x) => x.address.toLowerCase() === r.address.toLowerCase())) list.push(r);
    }
  }
  return list;
}

/** @param {Document} doc */
function bodyText(doc) {
  const frame = /** @type {HTMLIFrameElement | null} */ (doc.getElementById('composebody_ifr'));
  const html = frame?.contentDocument?.body;
  // The HTML editor keeps the textarea hidden and stale until it saves.
  if (html && frame?.offsetParent !== null) return html.innerText;
  const plain = /** @type {HTMLTextAreaElement | null} */ (doc.getElementById('composebody'));
  return plain ? plain.value : null;
}

/** @param {Document} doc */
function attachmentItems(doc) {
  const list = doc.getElementById('attachment-list');
  if (!list) return null;
  return [...list.querySelectorAll('li')].filter((li) => li.querySelector('.attachment-name, a.filename'));
}

/** @param {Element} li */
function attachmentName(li) {
  const named = li.querySelector('.attachment-name');
  if (named?.textContent) return named.textContent.trim();
  // larry skin: the link text is the name followed by the size.
  return (li.querySelector('a.filename')?.textContent ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** @type {Adapter} */
const roundcube = {
  id: 'roundcube',
  name: 'Roundcube',

  // Runs only on the hosts the settings list (settings.js): any site can
  // copy this compose form.
  composes(doc) {
    const form = composeForm(doc);
    return form ? [form] : [];
  },

  hasSendControl: (compose) => compose.ownerDocument.querySelector(SEND_CONTROL) !== null,

  // The Send button sits in the page's toolbar, outside the form.
  scope: (compose) => compose.ownerDocument.body ?? compose,

  sendTarget(event) {
    if (event.type !== 'click') return null;
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    const control = target?.closest(SEND_CONTROL);
    if (!control) return null;
    const form = composeForm(control.ownerDocument);
    // `a.send` also exists in the message list's toolbar of some skins
    // ("send" a draft?): only the compose page's controls count.
    return form;
  },

  read(compose) {
    const doc = compose.ownerDocument;
    /** @type {string[]} */
    const missing = [];
    const found = FIELDS.map((f) => recipients(doc, f));
    if (found[0] === null) missing.push('recipients');
    const subject = /** @type {HTMLInputElement | null} */ (doc.getElementById('compose-subject'));
    if (!subject) missing.push('subject');
    const body = bodyText(doc);
    if (body === null) missing.push('body');
    const items = attachmentItems(doc);
    if (items === null) missing.push('attachments');
    const from = /** @type {HTMLSelectElement | HTMLInputElement | null} */ (doc.getElementById('_from'));
    const fromText = from instanceof HTMLSelectElement ? from.selectedOptions[0]?.textContent ?? '' : from?.value ?? '';
    const sender = parseAddressList(fromText)[0]?.address;
    return {
      recipients: { to: found[0] ?? [], cc: found[1] ?? [], bcc: found[2] ?? [] },
      ...(sender ? { from: sender } : {}),
      subject: subject?.value ?? '',
      body: body ?? '',
      attachments: (items ?? []).map((li) => ({ name: attachmentName(li) })),
      missing,
    };
  },

  resend(compose) {
    const doc = compose.ownerDocument;
    const button = /** @type {HTMLElement | null} */ (
      [...doc.querySelectorAll(SEND_CONTROL)].find((b) => /** @type {HTMLElement} */ (b).offsetParent !== null) ??
        doc.querySelector(SEND_CONTROL)
    );
    button?.click();
  },

  removeAttachment(compose, name) {
    const item = (attachmentItems(compose.ownerDocument) ?? []).find((li) => attachmentName(li) === name);
    const remove = /** @type {HTMLElement | null} */ (item?.querySelector('a.delete, [onclick*="remove-attachment"]') ?? null);
    if (!remove) return false;
    remove.click();
    return true;
  },

  probe(doc) {
    return {
      compose_form: composeForm(doc) !== null,
      recipients: doc.getElementById('_to') !== null,
      subject: doc.getElementById('compose-subject') !== null,
      body: doc.getElementById('composebody') !== null,
      attachment_list: doc.getElementById('attachment-list') !== null,
      send_button: doc.querySelector(SEND_CONTROL) !== null,
    };
  },
};

export default roundcube;
