// The contract between the send guard (../mail.js) and one web mail. An
// adapter knows where a compose window keeps its recipients, subject, body
// and attachments, and which user actions send it; the guard does the rest
// (holding the send, checking, asking, replaying, logging). One file per web
// mail; each exports its adapter as the default export.
//
// Adapters rely on the most stable signals a web mail offers: ids and name
// attributes of form fields, ARIA roles and labels, data attributes and
// keyboard shortcuts; never on generated class names alone. When a signal is
// missing, `read` says so in `missing` and the guard asks the user instead of
// letting the mail go unchecked.

/**
 * @typedef {object} Recipient
 * @property {string} address
 * @property {string} [name]   the display name, when the web mail shows one
 */

/**
 * @typedef {object} ComposeRead
 * @property {{ to: Recipient[], cc: Recipient[], bcc: Recipient[] }} recipients
 * @property {string} [from]          the sender's address, when shown
 * @property {string} subject
 * @property {string} body            plain text of the body
 * @property {{ name: string, size?: number }[]} attachments  as listed in the compose
 * @property {string[]} missing       parts that could not be read: 'recipients', 'subject', 'body', 'attachments'
 */

/**
 * @typedef {object} Adapter
 * @property {string} id                     stable id, used in settings, health and the log
 * @property {string} name                   shown to people
 *   An adapter runs only on the hosts it belongs to (settings.js: the maker's hosts for Gmail and
 *   Outlook, and the hosts the settings or the administrator list for self-hosted web mail): the
 *   guard decides that from the page's address, never from what the page's DOM looks like, which
 *   any site can copy.
 * @property {(doc: Document) => Element[]} composes   the compose windows open in the document
 * @property {(compose: Element) => boolean} hasSendControl
 *   Whether the adapter recognises a send control of this compose. When it does not (renamed
 *   class, localised tooltip, another version on premises), the guard says so and asks at the
 *   first press of any button in the compose.
 * @property {(compose: Element) => Element} [scope]
 *   The element holding all of a compose's controls, when its toolbar lies outside the compose
 *   root (Roundcube: the page); the compose itself by default.
 * @property {(event: Event) => Element | null} sendTarget
 *   If the event (click, keydown, mousedown, mouseup, pointerdown, pointerup, submit) starts sending a
 *   mail, the compose root it sends; otherwise null. Called in the capture phase, before the page sees the event.
 * @property {(compose: Element) => ComposeRead} read
 * @property {(compose: Element, event: Event) => void | Promise<void>} resend
 *   Sends again after the user confirmed (the guard lets this one through). Throws, or rejects,
 *   when it cannot: the guard then tells the user the mail has not gone.
 * @property {(compose: Element, name: string) => boolean} removeAttachment
 *   Removes one attachment from the compose; false when it cannot.
 * @property {(doc: Document) => Record<string, boolean>} probe
 *   Which of the adapter's signals match in the open compose windows: the options page's health
 *   view, recorded when a compose opens and again at each send.
 */

export {};
