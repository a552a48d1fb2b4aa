//! The browser facade (compiled only for wasm32): one [`Checker`] built once
//! from a policy, with a method per thing a page checks — a message with its
//! attachments, an upload of files and form fields, a single file. Values go
//! in and out as plain JS objects; each call crosses the boundary once per
//! message or upload, never once per finding. Errors are JS `Error`s with a
//! stable `code`: `invalid_policy`, `invalid_options`, `invalid_message`,
//! `invalid_input`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::assess::{assess, assess_upload, scan_options, CheckOptions, Message, Policy};
use crate::{scan_bytes, scan_fields, FileReport, Limits, ScanOptions};

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

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| error("internal", e))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Options {
    limits: Option<Limits>,
    /// Addresses and domains mailed before, for `first_time_domain`.
    history: Option<Vec<String>>,
}

/// `[{name, bytes: Uint8Array | ArrayBuffer}]` → names and bytes, one copy each.
fn files(value: &JsValue) -> Result<Vec<(String, Vec<u8>)>, JsValue> {
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
        let bytes = if let Some(b) = bytes.dyn_ref::<js_sys::Uint8Array>() {
            b.to_vec()
        } else if let Some(b) = bytes.dyn_ref::<js_sys::ArrayBuffer>() {
            js_sys::Uint8Array::new(b).to_vec()
        } else {
            return Err(error("invalid_input", format!("files[{i}].bytes: expected a Uint8Array or ArrayBuffer")));
        };
        out.push((name, bytes));
    }
    Ok(out)
}

/// `[{name, value}]` or `[[name, value]]` → label/value pairs.
fn fields(value: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum FieldInput {
        Pair(String, String),
        Named { name: String, value: String },
    }
    if absent(value) {
        return Ok(Vec::new());
    }
    let list: Vec<FieldInput> =
        serde_wasm_bindgen::from_value(value.clone()).map_err(|e| error("invalid_input", format!("fields: {e}")))?;
    Ok(list
        .into_iter()
        .map(|f| match f {
            FieldInput::Pair(n, v) | FieldInput::Named { name: n, value: v } => (n, v),
        })
        .collect())
}

/// The checker a page or worker builds once (building the detectors takes
/// tens of milliseconds) and calls for every message or upload.
#[wasm_bindgen]
pub struct Checker {
    policy: Policy,
    scan: ScanOptions,
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

    fn scan_all(&self, files: &[(String, Vec<u8>)]) -> Vec<(String, FileReport)> {
        files.iter().map(|(name, bytes)| (name.clone(), scan_bytes(name, bytes, &self.scan))).collect()
    }

    /// `checkMessage(message, files?, history?)`: the message as the command
    /// line's MESSAGE.json (attachment names optional), the attachments as
    /// `[{name, bytes}]`. Returns the verdict.
    #[wasm_bindgen(js_name = checkMessage)]
    pub fn check_message(&self, message: JsValue, files: JsValue, history: JsValue) -> Result<JsValue, JsValue> {
        let message = Message::from_json(&to_json(&message, "invalid_message", "message")?)
            .map_err(|e| error("invalid_message", e))?;
        let files = self::files(&files)?;
        let history: Option<Vec<String>> = if absent(&history) {
            self.history.clone()
        } else {
            Some(serde_wasm_bindgen::from_value(history).map_err(|e| error("invalid_input", format!("history: {e}")))?)
        };
        let reports = self.scan_all(&files);
        drop(files);
        let options = CheckOptions { history, scan: self.scan.clone() };
        to_js(&assess(&message, &reports, &self.policy, &options))
    }

    /// `checkUpload(site, files?, fields?)`: files about to be uploaded and a
    /// form's fields (`[{name, value}]`) going to `site`. Returns the verdict.
    #[wasm_bindgen(js_name = checkUpload)]
    pub fn check_upload(&self, site: &str, files: JsValue, fields: JsValue) -> Result<JsValue, JsValue> {
        let files = self::files(&files)?;
        let fields = self::fields(&fields)?;
        let reports = self.scan_all(&files);
        drop(files);
        let field_report = (!fields.is_empty()).then(|| scan_fields(&fields, &self.scan));
        to_js(&assess_upload(site, &reports, field_report.as_ref(), &self.policy))
    }
}

/// The crate version, for hosts that show it.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
