// How the content scripts talk to the service worker: a request that must
// be answered (ask), and one that may be lost (tell).

/**
 * @param {Record<string, unknown>} request
 * @returns {Promise<any>} the answer; rejects with the worker's error and its code
 */
export async function ask(request) {
  const answer = await chrome.runtime.sendMessage(request);
  if (!answer?.ok) throw Object.assign(new Error(answer?.error ?? 'no answer from the extension'), { code: answer?.code ?? 'worker_failed' });
  return answer;
}

/** Best effort: a log, health or badge write that fails must not hold up the page. @param {Record<string, unknown>} request */
export const tell = (request) => ask(request).catch(() => {});
