// Types of the values that cross between the page, the worker and the wasm core.

// The string unions below are the core's own ids: `cargo test` (src/typescript.rs)
// fails when they and the Rust enums drift apart.

export type Decision = 'allow' | 'confirm' | 'block';
/** A rule's level in the policy; a reason's level is never 'off'. */
export type Level = 'off' | 'notice' | 'confirm' | 'block';
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type RecipientClass = 'internal' | 'partner' | 'free_mail' | 'external' | 'invalid';
export type Field = 'to' | 'cc' | 'bcc';
export type ProblemCode = 'encrypted' | 'corrupt' | 'truncated' | 'over_limit' | 'unsupported' | 'media' | 'no_text' | 'encoding' | 'unavailable';

/** What a finding is (README "What is detected"). */
export type Kind =
  | 'my_number'
  | 'resident_registry_code'
  | 'corporate_number'
  | 'credit_card'
  | 'bank_account'
  | 'passport'
  | 'drivers_license'
  | 'residence_card'
  | 'pension_number'
  | 'health_insurance'
  | 'employee_id'
  | 'phone'
  | 'email'
  | 'postal_code'
  | 'address'
  | 'person_name'
  | 'birth_date'
  | 'health'
  | 'disability'
  | 'criminal_record'
  | 'crime_victim'
  | 'religion'
  | 'race'
  | 'social_status'
  | 'password'
  | 'api_key'
  | 'private_key';

/** What a part was read as. */
export type Format =
  | 'xlsx'
  | 'xlsm'
  | 'xlsb'
  | 'xls'
  | 'ods'
  | 'csv'
  | 'tsv'
  | 'docx'
  | 'doc'
  | 'ppt'
  | 'tnef'
  | 'rtf'
  | 'pptx'
  | 'odt'
  | 'odp'
  | 'text'
  | 'html'
  | 'markdown'
  | 'json'
  | 'eml'
  | 'msg'
  | 'vcard'
  | 'zengin'
  | 'zip'
  | 'gzip'
  | 'pdf'
  | 'image'
  | 'media'
  | 'encrypted_office'
  | 'legacy_office'
  | 'binary'
  | 'empty';

/** The message and upload check's rules (README "The checks"). */
export type CoreRule =
  | 'no_recipients'
  | 'invalid_address'
  | 'external_recipient'
  | 'free_mail'
  | 'lookalike_domain'
  | 'first_time_domain'
  | 'many_recipients'
  | 'external_organisations'
  | 'salutation_mismatch'
  | 'content_other_organisation'
  | 'personal_data_free_mail'
  | 'personal_data_external'
  | 'bulk_personal_external'
  | 'mass_personal_external'
  | 'special_care_external'
  | 'my_number_external'
  | 'card_number_external'
  | 'secret_external'
  | 'uninspectable_attachment'
  | 'unsupported_attachment'
  | 'confidential_keyword'
  | 'supervisor_cc_missing'
  | 'personal_data_upload';

/** Reasons the hosts add themselves: the library and the extension (a check that failed, a web mail they could not read). */
export type HostRule = 'adapter_incomplete' | 'adapter_send_unknown' | 'checker_failed' | 'resend_failed';

export type RuleId = CoreRule | HostRule;

export interface Text { ja: string; en: string }

/** `page` is set for a PDF: `line`, or a table's `row` and `column`, then count from the top of that page. */
export interface Location { entry?: string; sheet?: string; page?: number; table?: number; row?: number; column?: number; line?: number }

export interface Finding {
  kind: Kind;
  severity: Severity;
  confidence: number;
  location: Location;
  /** The value with most characters hidden; raw values never leave the worker. */
  masked: string;
  evidence: { type: string; value?: string }[];
}

export interface Problem { kind: ProblemCode; entry?: string; detail: string }

/** A problem as the confirmation screen shows it: with its words in both languages. */
export interface ProblemReport extends Problem { label: Text }

/** `where`: columns (`名簿!D列 (障がい名): 120`, `表1 3列目 (既往歴): 6`) or lines (`3行目` / `line 3`), at most four. */
export interface KindReport { kind: Kind; count: number; severity: Severity; label: Text; where: Text[] }

/** A finding as the confirmation screen shows it: `place` is where it is in words (`名簿!B12`, `3行目` / `line 3`). */
export interface FindingReport extends Finding { place: Text }

/** What one file (or the body, or the form fields) holds. */
export interface PartReport {
  name: string;
  format: Format;
  bytes: number;
  /** How many people the content is about. */
  records: number;
  severity?: Severity | null;
  kinds: KindReport[];
  problems: ProblemReport[];
  /** At most 20, masked. */
  findings: FindingReport[];
}

export interface Reason {
  rule: RuleId;
  level: Exclude<Level, 'off'>;
  title: Text;
  detail: Text;
  evidence: string[];
  recipients: string[];
  attachment: string | null;
}

export interface RecipientReport {
  field: Field;
  address: string;
  name: string | null;
  domain: string | null;
  class: RecipientClass;
  /** `class` in words (社内 / 取引先 / フリーメール・個人 / 社外). */
  class_label: Text;
  organisation: string | null;
  /** Ask the user for a tick on this recipient. */
  confirm: boolean;
  rules: CoreRule[];
}

export interface Verdict {
  decision: Decision;
  override_allowed: boolean;
  /** Strongest first. */
  reasons: Reason[];
  recipients: RecipientReport[];
  attachments: PartReport[];
  body: PartReport | null;
}

/** The policy, as the command line's POLICY.json (see the README). */
export type Policy = Record<string, unknown>;

export type Address = string | { name?: string; address: string };

export interface Message {
  from?: Address;
  to?: Address[];
  cc?: Address[];
  bcc?: Address[];
  subject?: string;
  body?: string;
  attachments?: string[];
}

/** A file's bytes, or (`unavailable`) why the host could not read them: checked as "could not inspect". */
export type FileInput = { name: string; bytes: ArrayBuffer | Uint8Array } | { name: string; unavailable: string };

export interface CheckInput {
  /** Files to check: File objects, or names with bytes. */
  files?: (File | FileInput)[];
  /** Form fields, labelled. Passwords should never be passed. */
  fields?: { name: string; value: string }[];
  /** The host an upload goes to (default: location.host); used in the wording. */
  site?: string;
  /** Check a whole message (with `files` as its attachments) instead of an upload. */
  message?: Message;
  /** Addresses and domains mailed before (for first_time_domain). */
  history?: string[];
}

export interface CheckerOptions {
  policy?: Policy;
  /** Budgets per file (`max_bytes`, `max_decompressed_bytes`, `max_cells`,
   *  `max_depth`, `max_entries`, `max_millis`, `max_findings_per_kind`);
   *  the defaults are in README "Formats and limits". */
  limits?: Record<string, number>;
  history?: string[];
  /** Where worker.js is, if it is served from elsewhere than next to checker.js
   *  (without it the library uses the literal
   *  `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`,
   *  which Vite and webpack bundle and emit). */
  workerUrl?: string | URL;
  /** Makes the worker yourself (called again for a fresh one after a timeout),
   *  e.g. `() => new Worker(new URL('presend/worker.js', import.meta.url), { type: 'module' })`
   *  or Vite's `?worker` import. It must run presend's worker.js. */
  worker?: () => Worker;
  /** Where presend_bg.wasm is (resolved against the page), if not at
   *  `./pkg/presend_bg.wasm` next to worker.js (a CDN, a hashed name). */
  wasmUrl?: string | URL;
  /** An already compiled module (e.g. `await WebAssembly.compileStreaming(fetch(url))`),
   *  handed to the worker instead of a URL; the worker fetches nothing. */
  wasmModule?: WebAssembly.Module;
  /** Where presend_more_bg.wasm is (the second module: the core that also
   *  reads PDF, .xls, .xlsb and .ods and alone checks mail, loaded on the
   *  first such file or mail check), if not
   *  at `./pkg/presend_more_bg.wasm` next to worker.js. */
  moreWasmUrl?: string | URL;
  /** The second module compiled by you; the worker then fetches nothing for those files either. */
  moreWasmModule?: WebAssembly.Module;
  /** A check still running after this long rejects with code `timeout` and its
   *  worker is ended (the next check starts a fresh one). Default 90000. */
  timeoutMs?: number;
}

/** How far a check has got: the file being read (its place among the
 *  check's files and its size in bytes) and how much of it has been read so
 *  far: rows of tables and characters of text. Told when each file's reading
 *  starts (rows and chars 0), then at most every 200 ms while it lasts. A
 *  file that needs the second module (PDF, .xls, mail…) is read again there,
 *  so its counts start afresh. */
export interface CheckProgress {
  file: string;
  index: number;
  total: number;
  bytes: number;
  rows: number;
  chars: number;
}

export interface CheckCallOptions {
  /** Cancels the check: it rejects with the code `aborted` (the worker is ended and started afresh). */
  signal?: AbortSignal;
  /** Told how far the files' reading has got (see CheckProgress); what it throws is ignored. */
  onProgress?: (progress: CheckProgress) => void;
}

export interface Checker {
  readonly ready: Promise<unknown>;
  check(input: CheckInput, options?: CheckCallOptions): Promise<Verdict>;
  /**
   * Gets ready for a kind of check before it comes: `{ mail: true }` loads the
   * module that checks mail (call it when a compose opens). Resolves to whether
   * it is ready; never rejects (the check itself says what went wrong).
   */
  warm(what?: { mail?: boolean }): Promise<boolean>;
  close(): void;
}

export interface DialogResult {
  action: 'cancel' | 'remove' | 'continue';
  /** Names of files to remove (action 'remove'). */
  remove: string[];
  /** 'needed' | 'false_positive' | 'consent' (action 'continue'). */
  reason?: string;
  note?: string;
}

export interface ProtectOptions extends Pick<CheckerOptions, 'limits' | 'history' | 'workerUrl' | 'worker' | 'wasmUrl' | 'wasmModule' | 'moreWasmUrl' | 'moreWasmModule' | 'timeoutMs'> {
  policy?: Policy;
  /** A checker to use (then the checker options above are ignored). */
  checker?: Checker;
  lang?: 'ja' | 'en';
  site?: string;
  /** Where drops and pastes are watched (default: the protected element). */
  dropTarget?: HTMLElement;
  /** Your own UI instead of the dialog: resolve with the user's choice. */
  onVerdict?: (verdict: Verdict, context: { source: string; files: File[] }) => Promise<DialogResult>;
  /** Told how far a check has got. Without `onVerdict`, a check that takes
   *  longer than `progressDelayMs` also shows a small status box ("checking
   *  name.xlsx… 12,000 rows") until the verdict comes. */
  onProgress?: (progress: CheckProgress, context: { source: string }) => void;
  /** How long a check may run before the status box shows; default 400. */
  progressDelayMs?: number;
  /** Whether text the user pastes is checked as it is pasted (default true): a
   *  paste that could hold a list or an identifier (a line break or tab, three
   *  digits, `@`, or 40+ characters) is held until checked, as form fields are.
   *  A function decides per target element. */
  pasteText?: boolean | ((target: Element) => boolean);
  /** `protect(window)`: whether text the user typed (or pasted, or dropped)
   *  into a field is checked when a script sends it with fetch,
   *  XMLHttpRequest, sendBeacon or a WebSocket (default true): a request
   *  carrying such text that could hold a list or an identifier waits until
   *  it is checked; "go back" stops it (fetch rejects with an AbortError, an
   *  XMLHttpRequest fails with `error`). A function decides per field. */
  typedText?: boolean | ((field: Element) => boolean);
}

export class PresendError extends Error {
  readonly code: string;
}

export function createChecker(options?: CheckerOptions): Checker;
export function check(input: CheckInput, options?: CheckCallOptions): Promise<Verdict>;
export function protect(target: HTMLFormElement | HTMLInputElement | HTMLElement | Window, options?: ProtectOptions): { disconnect(): void };
export function showDialog(verdict: Verdict, options?: { lang?: 'ja' | 'en'; removable?: string[] }): Promise<DialogResult>;

/**
 * Events dispatched on the protected element (they bubble):
 * - `presend:checking` { source, files }
 * - `presend:progress` { source, ...CheckProgress }
 * - `presend:verdict`  { source, verdict }
 * - `presend:decision` { source, verdict, action, remove, reason?, note? }
 */
export type PresendEventName = 'presend:checking' | 'presend:progress' | 'presend:verdict' | 'presend:decision';
