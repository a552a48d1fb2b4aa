// A TypeScript app using presend's types the way a developer would, compiled
// with `tsc --noEmit --strict` by www/tests/types.test.mjs: the declarations
// must describe the API the library has, options and verdicts included.
import { check, createChecker, protect, showDialog, PresendError } from '../../lib/presend.js';
import type { Checker, CheckerOptions, CheckProgress, DialogResult, Kind, PartReport, ProtectOptions, RuleId, Verdict } from '../../lib/presend.js';

const options: CheckerOptions = {
  policy: { internal_domains: ['example.co.jp'] },
  limits: { max_bytes: 50_000_000 },
  timeoutMs: 30_000,
  workerUrl: new URL('./worker.js', 'https://example.co.jp/'),
  wasmUrl: '/static/presend.wasm',
  worker: () => new Worker(new URL('./worker.js', 'https://example.co.jp/'), { type: 'module' }),
};

export async function upload(input: HTMLInputElement): Promise<boolean> {
  const checker: Checker = createChecker(options);
  await checker.ready;
  const verdict: Verdict = await checker.check({ files: [...(input.files ?? [])], site: 'example.co.jp' });
  const people = verdict.attachments.reduce((n: number, part: PartReport) => n + part.records, 0);
  const rules: string[] = verdict.reasons.map((r) => r.rule);
  checker.close();
  if (verdict.decision === 'allow') return true;
  const choice: DialogResult = await showDialog(verdict, { lang: 'en', removable: [] });
  console.log(people, rules, choice.action === 'continue' ? choice.reason : 'held');
  return choice.action === 'continue';
}

export async function message(): Promise<Verdict['decision']> {
  const cancel = new AbortController();
  setTimeout(() => cancel.abort(), 10_000);
  let read = 0;
  const verdict = await check(
    { message: { from: 'a@example.co.jp', to: [{ name: 'B', address: 'b@example.com' }], subject: 's', body: 'b' }, files: [{ name: 'a.csv', bytes: new Uint8Array(3) }] },
    { signal: cancel.signal, onProgress: (p: CheckProgress) => { read = p.rows + p.chars; console.log(`${p.file} ${p.index + 1}/${p.total} ${p.bytes}`); } },
  );
  console.log(read);
  return verdict.decision;
}

export function guard(form: HTMLFormElement, wasmModule: WebAssembly.Module): () => void {
  const own: ProtectOptions = {
    lang: 'ja',
    wasmModule,
    onVerdict: async () => ({ action: 'cancel', remove: [] }),
    onProgress: (p, { source }) => console.log(source, p.rows),
    progressDelayMs: 1000,
  };
  const handle = protect(form, own);
  return () => handle.disconnect();
}

export function codeOf(error: unknown): string | undefined {
  return error instanceof PresendError ? error.code : undefined;
}

/** A host's own screen switches on the core's ids: the unions let the compiler check every case. */
export function worst(verdict: Verdict): { kinds: Kind[]; myNumber: boolean; failed: boolean } {
  const kinds: Kind[] = verdict.attachments.flatMap((p) => p.kinds.map((k) => k.kind));
  const rules: RuleId[] = verdict.reasons.map((r) => r.rule);
  return { kinds, myNumber: kinds.includes('my_number'), failed: rules.includes('checker_failed') };
}
