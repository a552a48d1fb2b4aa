// Runs on every page at document_start (all frames). Two guards, both in the
// capture phase so they come before the page's own handlers:
// - files chosen in file inputs, dropped or pasted, and form submits are held
//   until the extension's service worker has checked them (the library's
//   protect(), as web apps use it); in web mail that is the attach-time check;
// - on a web mail an adapter knows (adapters/), every way of sending is held
//   and the whole message (recipients, subject, body, attachments) is checked
//   again before it goes (mail.js).
// If a check cannot run, the user is asked; nothing passes silently.

(async () => {
  /** @param {string} path */
  const url = (path) => chrome.runtime.getURL(path);

  /** @param {ArrayBuffer} buffer */
  function encode(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    // Chunks keep String.fromCharCode within its argument limit.
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  /** Files as the service worker takes them (structured clone cannot carry File across). */
  async function toWire(/** @type {any[]} */ files) {
    return Promise.all(
      (files ?? []).map(async (f) => (f instanceof File ? { name: f.name, data: encode(await f.arrayBuffer()) } : f)),
    );
  }

  /** @param {Record<string, unknown>} request */
  async function ask(request) {
    const answer = await chrome.runtime.sendMessage(request);
    if (!answer?.ok) throw Object.assign(new Error(answer?.error ?? 'no answer from the extension'), { code: answer?.code ?? 'worker_failed' });
    return answer;
  }

  /** Best effort: a log or health write that fails must not hold up the page. */
  const tell = (/** @type {Record<string, unknown>} */ request) => ask(request).catch(() => {});

  // Every module is requested at once; the upload guard is installed as soon
  // as its own modules are in, the adapters (one failing must not take the
  // others, or the upload guard, with it) may follow.
  const adapterModules = Promise.allSettled(['roundcube', 'gmail', 'outlook'].map((id) => import(url(`adapters/${id}.js`))));
  const [{ protectWith }, mail, { effectiveSettings }] = await Promise.all([
    import(url('lib/protect.js')),
    import(url('mail.js')),
    import(url('settings.js')),
  ]);

  // First, so it sees the files before protect() holds the events.
  const files = new mail.FileStore();
  files.watch(window);

  const checker = {
    ready: Promise.resolve(),
    /** @param {{ files?: File[], fields?: { name: string, value: string }[] }} input */
    async check(input) {
      const answer = await ask({ type: 'check-upload', site: location.host, files: await toWire(input.files ?? []), fields: input.fields });
      return answer.verdict;
    },
    close() {},
  };
  // Installed at once; the language follows when the settings are read
  // (both read `lang` when a dialog opens).
  const pageOptions = { checker, site: location.host, lang: /** @type {'ja' | 'en' | undefined} */ (undefined) };
  protectWith(window, pageOptions);

  const adapters = (await adapterModules).flatMap((r) => (r.status === 'fulfilled' && r.value.default ? [r.value.default] : []));
  const mailOptions = {
    adapters,
    files,
    lang: /** @type {'ja' | 'en' | undefined} */ (undefined),
    async checkMessage(/** @type {object} */ message, /** @type {any[]} */ attachments) {
      const answer = await ask({ type: 'check-message', message, files: await toWire(attachments) });
      return answer.verdict;
    },
    log: (/** @type {object} */ entry) => tell({ type: 'log', entry }),
    health: (/** @type {string} */ adapter, /** @type {object} */ signals) => tell({ type: 'health', adapter, site: location.host, signals }),
  };
  mail.guardMail(window, mailOptions);

  effectiveSettings().then(
    (/** @type {{ lang: 'ja' | 'en' }} */ s) => {
      pageOptions.lang = s.lang;
      mailOptions.lang = s.lang;
    },
    () => {},
  );
})();
