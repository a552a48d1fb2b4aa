//! The browser facade (compiled only for wasm32): one [`Checker`] built once
//! from a policy, with a method per thing a page checks — a message with its
//! attachments, an upload of files and form fields, a single file. Values go
//! in and out as plain JS objects; each call crosses the boundary once per
//! message or upload, never once per finding. Errors are JS `Error`s with a
//! stable `code`: `invalid_policy`, `invalid_options`, `invalid_message`,
//! `invalid_input`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[cfg(feature = "message-check")]
use crate::assess::{assess, CheckOptions, Message};
use crate::assess::{assess_upload, scan_options, Policy};
use crate::{scan_bytes, scan_fields, unavailable_report, FileReport, Limits, ScanOptions, ScanProgress};

fn error(code: &str, message: impl std::fmt::Display) -> JsValue {
    let err = js_sys::Error::new(&message.to_string());
    // Setting a property on a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err.into()
}

/// The time budget's clock inside a page or a worker.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A JS value as JSON text, so the core's own parsers (which name the key at
/// fault) read it.
fn to_json(value: &JsValue, code: &str, what: &str) -> Result<String, JsValue> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| error(code, format!("{what}: not a plain object")))
}

fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// Small values (progress events, the rule list) as JS objects, built field
/// by field.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| error("internal", e))
}

/// A verdict as a JS object, through JSON text and the engine's own
/// `JSON.parse`. The same object as [`to_js`] gives (maps as objects, `None`
/// as null), but the verdict's many types then serialise into one buffer
/// instead of each building JS objects through imports: 3.2 kB less of the
/// first module gzipped, which has a size budget (README).
fn verdict_to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| error("internal", e))?;
    js_sys::JSON::parse(&text).map_err(|_| error("internal", "the verdict is not JSON"))
}

/// `[string]` → strings; anything else is `invalid_input` naming `what`.
#[cfg(feature = "message-check")]
fn strings(value: &JsValue, what: &str) -> Result<Vec<String>, JsValue> {
    let array =
        value.dyn_ref::<js_sys::Array>().ok_or_else(|| error("invalid_input", format!("{what}: expected an array")))?;
    array
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_string().ok_or_else(|| error("invalid_input", format!("{what}[{i}]: expected a string")))
        })
        .collect()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Options {
    limits: Option<Limits>,
    /// Addresses and domains mailed before, for `first_time_domain`.
    history: Option<Vec<String>>,
}

/// One file a page hands over: its bytes, or why it has none.
enum FileInput {
    Bytes(String, Vec<u8>),
    /// `{name, unavailable: "why"}`: the host knows of the file but could not
    /// read it (a web-mail attachment added before the extension saw it).
    Unavailable(String, String),
}

/// `[{name, bytes: Uint8Array | ArrayBuffer} | {name, unavailable: string}]`
/// → names and bytes, one copy each.
fn files(value: &JsValue) -> Result<Vec<FileInput>, JsValue> {
    if absent(value) {
        return Ok(Vec::new());
    }
    let array = value.dyn_ref::<js_sys::Array>().ok_or_else(|| error("invalid_input", "files: expected an array"))?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        let get = |key: &str| js_sys::Reflect::get(&item, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        let name = get("name")
            .as_string()
            .ok_or_else(|| error("invalid_input", format!("files[{i}].name: expected a string")))?;
        let bytes = get("bytes");
        let file = if let Some(b) = bytes.dyn_ref::<js_sys::Uint8Array>() {
            FileInput::Bytes(name, b.to_vec())
        } else if let Some(b) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
            FileInput::Bytes(name, js_sys::Uint8Array::new(b).to_vec())
        } else if let Some(why) = get("unavailable").as_string() {
            FileInput::Unavailable(name, why)
        } else {
            return Err(error(
                "invalid_input",
                format!("files[{i}].bytes: expected a Uint8Array or ArrayBuffer (or `unavailable` with the reason)"),
            ));
        };
        out.push(file);
    }
    Ok(out)
}

/// `[{name, value}]` or `[[name, value]]` → label/value pairs.
fn fields(value: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    if absent(value) {
        return Ok(Vec::new());
    }
    let array = value.dyn_ref::<js_sys::Array>().ok_or_else(|| error("invalid_input", "fields: expected an array"))?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        let pair = if let Some(pair) = item.dyn_ref::<js_sys::Array>() {
            (pair.length() == 2).then(|| (pair.get(0).as_string(), pair.get(1).as_string()))
        } else if item.is_object() {
            let get = |key: &str| js_sys::Reflect::get(&item, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
            Some((get("name"), get("value")))
        } else {
            None
        };
        match pair {
            Some((Some(name), Some(value))) => out.push((name, value)),
            _ => {
                return Err(error(
                    "invalid_input",
                    format!("fields[{i}]: expected {{name, value}} or [name, value], both strings"),
                ))
            }
        }
    }
    Ok(out)
}

/// What a page's progress callback gets: which file is being read (its
/// place among the check's files and its size) and how far its reading has
/// got (rows of tables, characters of text).
#[derive(Serialize)]
struct ProgressEvent<'a> {
    file: &'a str,
    index: usize,
    total: usize,
    bytes: u64,
    rows: u64,
    chars: u64,
}

/// The page's progress callback and the file being read, for the length of
/// one check. [`ScanOptions::progress`] is a plain `fn` (the scan knows
/// nothing of JS), so whom it tells waits here.
struct Reporter {
    callback: js_sys::Function,
    file: String,
    index: usize,
    total: usize,
    bytes: u64,
}

impl Reporter {
    fn tell(&self, progress: ScanProgress) {
        let event = ProgressEvent {
            file: &self.file,
            index: self.index,
            total: self.total,
            bytes: self.bytes,
            rows: progress.rows,
            chars: progress.chars,
        };
        // A callback that throws must not end the check: progress is a courtesy.
        if let Ok(value) = to_js(&event) {
            let _ = self.callback.call1(&JsValue::NULL, &value);
        }
    }
}

thread_local! {
    static REPORTER: std::cell::RefCell<Option<Reporter>> = const { std::cell::RefCell::new(None) };
}

fn report_progress(progress: &ScanProgress) {
    REPORTER.with(|r| {
        if let Some(reporter) = r.borrow().as_ref() {
            reporter.tell(*progress);
        }
    });
}

/// Clears the reporter when a check ends, however it ends.
struct ReporterGuard;

impl Drop for ReporterGuard {
    fn drop(&mut self) {
        REPORTER.with(|r| r.borrow_mut().take());
    }
}

/// The checker a page or worker builds once (building the detectors takes
/// tens of milliseconds) and calls for every message or upload.
#[wasm_bindgen]
pub struct Checker {
    policy: Policy,
    scan: ScanOptions,
    /// Read (and checked) in every build, used by `checkMessage` only.
    #[cfg_attr(not(feature = "message-check"), allow(dead_code))]
    history: Option<Vec<String>>,
}

#[wasm_bindgen]
impl Checker {
    /// `new Checker(policy?, options?)`: the policy as the JSON object the
    /// command line reads; options `{limits?, history?}`.
    #[wasm_bindgen(constructor)]
    pub fn new(policy: JsValue, options: JsValue) -> Result<Checker, JsValue> {
        let policy = if absent(&policy) {
            Policy::default()
        } else {
            Policy::from_json(&to_json(&policy, "invalid_policy", "policy")?).map_err(|e| error("invalid_policy", e))?
        };
        let options: Options = if absent(&options) {
            Options::default()
        } else {
            serde_json::from_str(&to_json(&options, "invalid_options", "options")?)
                .map_err(|e| error("invalid_options", format!("options: {e}")))?
        };
        let mut scan = scan_options(&policy, &ScanOptions::default());
        scan.clock = Some(now_ms);
        if let Some(limits) = options.limits {
            scan.limits = limits;
        }
        // Build the detectors now rather than on the first file.
        let _ = crate::detect::Engine::shared();
        Ok(Checker { policy, scan, history: options.history })
    }

    /// Scans every file; `on_progress`, a function or undefined, is told when
    /// each file's reading starts and then how far it has got.
    fn scan_all(&self, files: &[FileInput], on_progress: &JsValue) -> Result<Vec<(String, FileReport)>, JsValue> {
        let callback = if absent(on_progress) {
            None
        } else {
            Some(
                on_progress
                    .dyn_ref::<js_sys::Function>()
                    .ok_or_else(|| error("invalid_input", "onProgress: expected a function"))?
                    .clone(),
            )
        };
        let Some(callback) = callback else {
            return Ok(files.iter().map(|file| self.scan_one(file, &self.scan)).collect());
        };
        let _guard = ReporterGuard;
        let options = ScanOptions { progress: Some(report_progress), ..self.scan.clone() };
        let total = files.len();
        Ok(files
            .iter()
            .enumerate()
            .map(|(index, file)| {
                let (name, bytes) = match file {
                    FileInput::Bytes(name, bytes) => (name, bytes.len() as u64),
                    FileInput::Unavailable(name, _) => (name, 0),
                };
                let reporter = Reporter { callback: callback.clone(), file: name.clone(), index, total, bytes };
                reporter.tell(ScanProgress::default());
                REPORTER.with(|r| *r.borrow_mut() = Some(reporter));
                self.scan_one(file, &options)
            })
            .collect())
    }

    fn scan_one(&self, file: &FileInput, options: &ScanOptions) -> (String, FileReport) {
        match file {
            FileInput::Bytes(name, bytes) => (name.clone(), scan_bytes(name, bytes, options)),
            FileInput::Unavailable(name, why) => (name.clone(), unavailable_report(name, why)),
        }
    }

    /// `checkMessage(message, files?, history?, onProgress?)`: the message as
    /// the command line's MESSAGE.json (attachment names optional), the
    /// attachments as `[{name, bytes}]`; `onProgress({file, index, total,
    /// bytes, rows, chars})` is told how far the attachments' reading has
    /// got. Returns the verdict. Only in the second module (the
    /// `message-check` feature): see Cargo.toml.
    #[cfg(feature = "message-check")]
    #[wasm_bindgen(js_name = checkMessage)]
    pub fn check_message(
        &self,
        message: JsValue,
        files: JsValue,
        history: JsValue,
        on_progress: JsValue,
    ) -> Result<JsValue, JsValue> {
        let message = Message::from_json(&to_json(&message, "invalid_message", "message")?)
            .map_err(|e| error("invalid_message", e))?;
        let files = self::files(&files)?;
        let history: Option<Vec<String>> =
            if absent(&history) { self.history.clone() } else { Some(strings(&history, "history")?) };
        let reports = self.scan_all(&files, &on_progress)?;
        drop(files);
        let options = CheckOptions { history, scan: self.scan.clone() };
        verdict_to_js(&assess(&message, &reports, &self.policy, &options))
    }

    /// `checkUpload(site, files?, fields?, onProgress?)`: files about to be
    /// uploaded and a form's fields (`[{name, value}]`) going to `site`;
    /// `onProgress` as for `checkMessage`. Returns the verdict.
    #[wasm_bindgen(js_name = checkUpload)]
    pub fn check_upload(
        &self,
        site: &str,
        files: JsValue,
        fields: JsValue,
        on_progress: JsValue,
    ) -> Result<JsValue, JsValue> {
        let files = self::files(&files)?;
        let fields = self::fields(&fields)?;
        let reports = self.scan_all(&files, &on_progress)?;
        drop(files);
        let field_report = (!fields.is_empty()).then(|| scan_fields(&fields, &self.scan));
        verdict_to_js(&assess_upload(site, &reports, field_report.as_ref(), &self.policy))
    }
}

/// A rule as a settings screen lists it.
#[derive(Serialize)]
struct RuleInfo {
    id: &'static str,
    level: crate::assess::Level,
    about: crate::assess::verdict::Text,
}

/// `rules()`: every rule of the message check with its default level and a
/// line on what it checks (ja/en), for settings screens.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    let list: Vec<RuleInfo> = crate::assess::Rule::ALL
        .iter()
        .map(|r| RuleInfo {
            id: r.id(),
            level: r.default_level(),
            about: crate::assess::verdict::Text::new(r.about_ja(), r.about_en()),
        })
        .collect();
    to_js(&list)
}

/// `setNameData(bytes)`: the name lists of the prose name finder
/// (`pkg/presend-names.txt`, issue 17), kept out of this module for its size
/// budget. The worker fetches the file next to the wasm and hands it over
/// once; until then (or if it cannot be had) names in running text without
/// a cue are not looked for, and everything else is checked as always.
/// Returns whether the finder now has its lists; a file that is not one
/// throws `invalid_input`.
#[wasm_bindgen(js_name = setNameData)]
pub fn set_name_data(bytes: &[u8]) -> Result<bool, JsValue> {
    crate::detect::prose_names::set_data(bytes).map_err(|e| error("invalid_input", e))?;
    Ok(crate::detect::prose_names::loaded())
}

/// The crate version, for hosts that show it.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[cfg(test)]
mod tests {
    //! The facade as JS sees it, run by `wasm-bindgen-test-runner` (in node):
    //! `cargo test --target wasm32-unknown-unknown --lib` (`make test-web`).

    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn js(json: &str) -> JsValue {
        js_sys::JSON::parse(json).expect("test JSON")
    }

    fn files(list: &[(&str, &str)]) -> JsValue {
        let array = js_sys::Array::new();
        for (name, content) in list {
            let item = js_sys::Object::new();
            js_sys::Reflect::set(&item, &"name".into(), &JsValue::from_str(name)).expect("set");
            let bytes = js_sys::Uint8Array::from(content.as_bytes());
            js_sys::Reflect::set(&item, &"bytes".into(), &bytes).expect("set");
            array.push(&item);
        }
        array.into()
    }

    fn get(value: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(value, &key.into()).expect("property")
    }

    fn code(error: JsValue) -> String {
        get(&error, "code").as_string().unwrap_or_default()
    }

    const ROSTER: &str = "氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,03-1234-5678\n";

    #[cfg(feature = "message-check")]
    #[wasm_bindgen_test]
    fn uploads_and_messages_cross_once_and_come_back_as_plain_objects() {
        let checker =
            Checker::new(js(r#"{"internal_domains": ["presend.co.jp"]}"#), JsValue::UNDEFINED).expect("checker");
        let held = checker
            .check_upload("example.test", files(&[("list.csv", ROSTER)]), JsValue::UNDEFINED, JsValue::UNDEFINED)
            .expect("upload");
        assert_eq!(get(&held, "decision").as_string().as_deref(), Some("confirm"));
        let attachments = get(&held, "attachments");
        let first = js_sys::Array::from(&attachments).get(0);
        assert_eq!(get(&first, "records").as_f64(), Some(2.0));
        let mail = checker
            .check_message(
                js(r#"{"from": "a@presend.co.jp", "to": ["x@gmail.com"], "body": "お疲れ様です。"}"#),
                files(&[("list.csv", ROSTER)]),
                JsValue::UNDEFINED,
                JsValue::UNDEFINED,
            )
            .expect("message");
        assert_eq!(get(&mail, "decision").as_string().as_deref(), Some("block"));
        let shown = js_sys::JSON::stringify(&mail).expect("stringify").as_string().unwrap_or_default();
        assert!(!shown.contains("090-1234-5678"), "masked: {shown}");
        let fields = js(r#"[{"name": "マイナンバー", "value": "123456789018"}, ["お名前", "山田 太郎"]]"#);
        let own = checker.check_upload("tax.example", JsValue::UNDEFINED, fields, JsValue::UNDEFINED).expect("fields");
        assert_eq!(get(&own, "decision").as_string().as_deref(), Some("allow"));
    }

    #[cfg(feature = "message-check")]
    #[wasm_bindgen_test]
    fn an_attachment_the_host_could_not_read_is_never_passed_silently() {
        let checker =
            Checker::new(js(r#"{"internal_domains": ["presend.co.jp"]}"#), JsValue::UNDEFINED).expect("checker");
        let unread = js(r#"[{"name": "顧客一覧.xlsx", "unavailable": "attached before the extension was loaded"}]"#);
        let mail = checker
            .check_message(
                js(r#"{"from": "a@presend.co.jp", "to": ["x@partner.example"], "body": "資料です。"}"#),
                unread,
                JsValue::UNDEFINED,
                JsValue::UNDEFINED,
            )
            .expect("message");
        assert_eq!(get(&mail, "decision").as_string().as_deref(), Some("confirm"));
        let shown = js_sys::JSON::stringify(&mail).expect("stringify").as_string().unwrap_or_default();
        assert!(shown.contains("uninspectable_attachment") && shown.contains("unavailable"), "{shown}");
    }

    #[wasm_bindgen_test]
    fn the_detector_table_holds_in_wasm_as_natively() {
        // The browser's build (SIMD, its own inlining, no embedded name lists)
        // must find what the native one finds: the same table, run here.
        assert_eq!(set_name_data(include_bytes!("detect/names/presend-names.txt")).ok(), Some(true));
        let (cases, failures) = crate::detect::cases::failures();
        assert!(cases > 50, "the table was read");
        assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
    }

    #[cfg(feature = "message-check")]
    #[wasm_bindgen_test]
    fn bad_input_is_an_error_with_a_stable_code() {
        let bad_policy = Checker::new(js(r#"{"internal_domain": []}"#), JsValue::UNDEFINED).err().expect("rejected");
        assert_eq!(code(bad_policy.clone()), "invalid_policy");
        assert!(get(&bad_policy, "message").as_string().unwrap_or_default().contains("internal_domain"));
        let bad_options = Checker::new(JsValue::UNDEFINED, js(r#"{"limit": 1}"#)).err().expect("rejected");
        assert_eq!(code(bad_options), "invalid_options");
        let checker = Checker::new(JsValue::NULL, JsValue::NULL).expect("defaults");
        let bad_message =
            checker.check_message(js(r#"{"too": []}"#), JsValue::UNDEFINED, JsValue::UNDEFINED, JsValue::UNDEFINED);
        assert_eq!(code(bad_message.expect_err("rejected")), "invalid_message");
        let bad_files = checker.check_upload(
            "x",
            js(r#"[{"name": "a.csv", "bytes": "not bytes"}]"#),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
        );
        assert_eq!(code(bad_files.expect_err("rejected")), "invalid_input");
        for bad in [r#"[["マイナンバー"]]"#, r#"[{"name": "マイナンバー", "value": 123456789018}]"#, r#"[5]"#, r#"{}"#]
        {
            let bad_fields = checker.check_upload("x", JsValue::UNDEFINED, js(bad), JsValue::UNDEFINED);
            assert_eq!(code(bad_fields.expect_err(bad)), "invalid_input", "{bad}");
        }
        let message = js(r#"{"from": "a@presend.co.jp", "to": ["x@example.com"], "body": "x"}"#);
        let bad_history =
            checker.check_message(message, JsValue::UNDEFINED, js(r#"["ok.example", 5]"#), JsValue::UNDEFINED);
        assert!(get(&bad_history.expect_err("rejected"), "message")
            .as_string()
            .unwrap_or_default()
            .contains("history[1]"));
        let not_a_function =
            checker.check_upload("x", files(&[("list.csv", ROSTER)]), JsValue::UNDEFINED, JsValue::from_f64(1.0));
        assert_eq!(code(not_a_function.expect_err("rejected")), "invalid_input");
    }

    #[wasm_bindgen_test]
    fn progress_names_each_file_as_its_reading_starts_and_a_throwing_callback_ends_nothing() {
        let checker = Checker::new(JsValue::UNDEFINED, JsValue::UNDEFINED).expect("checker");
        let told = js_sys::Array::new();
        let record = js_sys::Function::new_with_args("told, p", "told.push(p)").bind1(&JsValue::NULL, &told);
        let both = files(&[("a.csv", ROSTER), ("b.csv", ROSTER)]);
        let verdict = checker.check_upload("example.test", both, JsValue::UNDEFINED, record.into()).expect("upload");
        assert_eq!(get(&verdict, "decision").as_string().as_deref(), Some("confirm"));
        let starts: Vec<(String, f64, f64, f64)> = told
            .iter()
            .filter(|p| get(p, "rows").as_f64() == Some(0.0))
            .map(|p| {
                let n = |k: &str| get(&p, k).as_f64().unwrap_or(-1.0);
                (get(&p, "file").as_string().unwrap_or_default(), n("index"), n("total"), n("bytes"))
            })
            .collect();
        let size = ROSTER.len() as f64;
        assert_eq!(starts, vec![("a.csv".into(), 0.0, 2.0, size), ("b.csv".into(), 1.0, 2.0, size)]);
        let throws = js_sys::Function::new_with_args("p", "throw new Error('page bug')");
        let verdict =
            checker.check_upload("example.test", files(&[("a.csv", ROSTER)]), JsValue::UNDEFINED, throws.into());
        assert_eq!(
            get(&verdict.expect("a throwing callback ends nothing"), "decision").as_string().as_deref(),
            Some("confirm")
        );
    }
}
