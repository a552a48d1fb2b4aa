// Runs on every page at document_start: files chosen in file inputs, dropped
// or pasted, and form submits are held in the capture phase until the
// extension's service worker has checked them (the same library code as web
// apps use: lib/protect.js and its dialog). If the check cannot run, the
// user is asked; nothing passes silently.

(async () => {
  /** @param {ArrayBuffer} buffer */
  function encode(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    // Chunks keep String.fromCharCode within its argument limit.
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  const checker = {
    ready: Promise.resolve(),
    /** @param {{ files?: File[], fields?: { name: string, value: string }[] }} input */
    async check(input) {
      const files = await Promise.all((input.files ?? []).map(async (f) => ({ name: f.name, data: encode(await f.arrayBuffer()) })));
      const answer = await chrome.runtime.sendMessage({ type: 'check-upload', site: location.host, files, fields: input.fields });
      if (!answer?.ok) throw Object.assign(new Error(answer?.error ?? 'no answer from the extension'), { code: answer?.code ?? 'worker_failed' });
      return answer.verdict;
    },
    close() {},
  };

  const { protectWith } = await import(chrome.runtime.getURL('lib/protect.js'));
  protectWith(window, { checker, site: location.host });
})();
