//! Running one case: the real binary on the case's files, the contract's
//! invariants and the case's own expectations checked on its JSON.

use super::*;

pub(super) struct Outcome {
    pub(super) code: Option<i32>,
    pub(super) decision: String,
    pub(super) fired: Vec<(String, String)>,
    pub(super) failures: Vec<String>,
    pub(super) excerpt: String,
    pub(super) ms: u128,
}

pub(super) const RULES: &[&str] = &[
    "no_recipients",
    "invalid_address",
    "external_recipient",
    "free_mail",
    "lookalike_domain",
    "first_time_domain",
    "many_recipients",
    "external_organisations",
    "salutation_mismatch",
    "content_other_organisation",
    "personal_data_free_mail",
    "personal_data_external",
    "bulk_personal_external",
    "mass_personal_external",
    "special_care_external",
    "my_number_external",
    "card_number_external",
    "secret_external",
    "uninspectable_attachment",
    "unsupported_attachment",
    "confidential_keyword",
    "supervisor_cc_missing",
];

pub(super) fn level_rank(l: &str) -> u8 {
    match l {
        "block" => 3,
        "confirm" => 2,
        "notice" => 1,
        _ => 0,
    }
}

pub(super) fn prepare(case: &Case, root: &Path) -> (PathBuf, Vec<String>) {
    let dir = root.join(case.id);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("case dir");
    for (name, bytes) in &case.files {
        std::fs::write(dir.join(name), bytes).expect("write attachment");
    }
    let mut message = case.message.clone();
    if let Some(a) = message["attachments"].as_array_mut() {
        for p in &case.extra_paths {
            a.push(json!(p));
        }
    }
    let msg_path = dir.join("message.json");
    std::fs::write(&msg_path, serde_json::to_vec_pretty(&message).expect("json")).expect("write message");
    let mut args = vec!["check".to_owned()];
    match &case.policy {
        PolicyArg::None => {}
        PolicyArg::Json(p) => {
            let path = dir.join("policy.json");
            std::fs::write(&path, serde_json::to_vec_pretty(p).expect("json")).expect("write policy");
            args.extend(["--policy".to_owned(), path.display().to_string()]);
        }
        PolicyArg::Raw(text) => {
            let path = dir.join("policy.json");
            std::fs::write(&path, text).expect("write policy");
            args.extend(["--policy".to_owned(), path.display().to_string()]);
        }
    }
    args.extend(["--message".to_owned(), msg_path.display().to_string()]);
    if let Some(h) = &case.history {
        let path = dir.join("history.json");
        std::fs::write(&path, serde_json::to_vec_pretty(h).expect("json")).expect("write history");
        args.extend(["--history".to_owned(), path.display().to_string()]);
    }
    args.extend(["--format".to_owned(), "json".to_owned()]);
    (dir, args)
}

/// The binary under test: cargo's, or `PRESEND_BIN` (e.g. a release build).
pub(super) fn presend_bin() -> String {
    std::env::var("PRESEND_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_presend").to_owned())
}

pub(super) fn run(case: &Case, root: &Path) -> Outcome {
    let (dir, args) = prepare(case, root);
    let start = Instant::now();
    let out = Command::new(presend_bin()).args(&args).env("LANG", "C").output().expect("run presend");
    let ms = start.elapsed().as_millis();
    let _ = std::fs::write(dir.join("stdout.json"), &out.stdout);
    let _ = std::fs::write(dir.join("stderr.txt"), &out.stderr);
    let code = out.status.code();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut failures = Vec::new();
    let mut o =
        Outcome { code, decision: String::new(), fired: Vec::new(), failures: Vec::new(), excerpt: String::new(), ms };

    if case.expect == Error {
        o.decision = if code == Some(2) { "error".into() } else { format!("exit {code:?}") };
        if code != Some(2) {
            failures.push(format!("expected exit 2, got {code:?}"));
        }
        for needle in &case.stderr_has {
            if !stderr.contains(needle) {
                failures.push(format!("stderr does not name `{needle}`"));
            }
        }
        o.excerpt = format!("stderr: {}", stderr.trim().chars().take(300).collect::<String>());
        if !stdout.trim().is_empty() && code != Some(2) {
            o.excerpt.push_str(&format!("\nstdout: {}", stdout.chars().take(600).collect::<String>()));
        }
        o.failures = failures;
        return o;
    }

    let v: Value = match serde_json::from_str(&stdout) {
        Ok(v) => v,
        Err(e) => {
            o.decision = "no JSON".to_owned();
            o.failures = vec![format!("stdout is not JSON ({e})")];
            o.excerpt = format!("stderr: {}", stderr.trim().chars().take(400).collect::<String>());
            return o;
        }
    };
    let decision = v["decision"].as_str().unwrap_or("?").to_owned();
    o.decision = decision.clone();
    let reasons = v["reasons"].as_array().cloned().unwrap_or_default();
    for r in &reasons {
        o.fired.push((r["rule"].as_str().unwrap_or("?").to_owned(), r["level"].as_str().unwrap_or("?").to_owned()));
    }
    let fired: BTreeSet<&str> = o.fired.iter().map(|(r, _)| r.as_str()).collect();

    // Contract invariants, every case.
    let want_code = match decision.as_str() {
        "allow" => Some(0),
        "confirm" => Some(1),
        "block" => Some(3),
        _ => None,
    };
    if want_code.is_none() {
        failures.push(format!("decision `{decision}` is not allow|confirm|block"));
    } else if code != want_code {
        failures.push(format!("exit {code:?} does not match decision {decision}"));
    }
    if !v["reasons"].is_array() {
        failures.push("no `reasons` array".into());
    }
    for raw in &case.secrets {
        if stdout.contains(raw.as_str()) {
            failures.push(format!(
                "raw value `{}…` appears unmasked in the output",
                raw.chars().take(4).collect::<String>()
            ));
        }
    }
    for a in v["attachments"].as_array().into_iter().flatten().chain(std::iter::once(&v["body"])) {
        if a["findings"].as_array().is_some_and(|f| f.len() > 20) {
            failures.push(format!("{}: more than 20 findings listed", a["name"].as_str().unwrap_or("body")));
        }
    }
    if !v["override_allowed"].is_boolean() {
        failures.push("no boolean `override_allowed`".into());
    }
    let top = o.fired.iter().map(|(_, l)| level_rank(l)).max().unwrap_or(0);
    let implied = match top {
        3 => "block",
        2 => "confirm",
        _ => "allow",
    };
    if !decision.is_empty() && want_code.is_some() && implied != decision {
        failures.push(format!("decision {decision} is not the highest reason level ({implied})"));
    }
    let ranks: Vec<u8> = o.fired.iter().map(|(_, l)| level_rank(l)).collect();
    if ranks.windows(2).any(|w| w[0] < w[1]) {
        failures.push("reasons not ordered block first".into());
    }
    for (rule, level) in &o.fired {
        if !RULES.contains(&rule.as_str()) {
            failures.push(format!("unknown rule id `{rule}`"));
        }
        if level_rank(level) == 0 {
            failures.push(format!("unknown level `{level}` for {rule}"));
        }
    }

    // The case's own expectations.
    if decision != case.expect.name() {
        failures.push(format!("decision {decision}, expected {}", case.expect.name()));
    }
    if code != Some(case.expect.exit()) && want_code.is_some() {
        failures.push(format!("exit {code:?}, expected {}", case.expect.exit()));
    }
    let missing: Vec<&str> = case.must.iter().copied().filter(|r| !fired.contains(r)).collect();
    if !missing.is_empty() {
        failures.push(format!("missing {}", missing.join(", ")));
    }
    let unwanted: Vec<&str> = case.must_not.iter().copied().filter(|r| fired.contains(r)).collect();
    if !unwanted.is_empty() {
        failures.push(format!("must not fire {}", unwanted.join(", ")));
    }
    if case.only {
        let extra: Vec<&str> = fired.iter().copied().filter(|r| !case.must.contains(r)).collect();
        if !extra.is_empty() {
            failures.push(format!("unexpected {}", extra.join(", ")));
        }
    }
    for (rule, level) in &case.levels {
        if let Some((_, got)) = o.fired.iter().find(|(r, _)| r == rule) {
            if got != level {
                failures.push(format!("{rule} at {got}, expected {level}"));
            }
        }
    }
    let recipients = v["recipients"].as_array().cloned().unwrap_or_default();
    for (addr, class) in &case.classes {
        match recipients.iter().find(|r| r["address"].as_str().is_some_and(|a| a.eq_ignore_ascii_case(addr))) {
            None => failures.push(format!("recipient {addr} not listed")),
            Some(r) if r["class"] != *class => {
                failures.push(format!("{addr} class {}, expected {class}", r["class"]));
            }
            _ => {}
        }
    }
    let attachments = v["attachments"].as_array().cloned().unwrap_or_default();
    for (name, n) in &case.records {
        let found = attachments.iter().find(|a| a["name"].as_str().is_some_and(|s| s.ends_with(name)));
        match found.and_then(|a| a["records"].as_u64()) {
            Some(got) if got == *n => {}
            got => failures.push(format!("{name}: records {got:?}, expected {n}")),
        }
    }

    if !failures.is_empty() {
        let reasons_excerpt: Vec<Value> = reasons
            .iter()
            .map(|r| {
                json!({"rule": r["rule"], "level": r["level"], "detail": r["detail"]["en"],
                       "evidence": r["evidence"].as_array().map(|e| e.iter().take(3).cloned().collect::<Vec<_>>()),
                       "recipients": r["recipients"], "attachment": r["attachment"]})
            })
            .collect();
        let recips: Vec<Value> = recipients
            .iter()
            .map(|r| json!({"address": r["address"], "class": r["class"], "organisation": r["organisation"], "rules": r["rules"]}))
            .collect();
        let atts: Vec<Value> = attachments
            .iter()
            .map(|a| {
                json!({"name": a["name"], "format": a["format"], "records": a["records"], "severity": a["severity"],
                       "kinds": a["kinds"].as_array().map(|k| k.iter().map(|k| json!([k["kind"], k["count"]])).collect::<Vec<_>>()),
                       "problems": a["problems"]})
            })
            .collect();
        let body_kinds =
            v["body"]["kinds"].as_array().map(|k| k.iter().map(|k| json!([k["kind"], k["count"]])).collect::<Vec<_>>());
        o.excerpt = serde_json::to_string(&json!({"decision": decision, "reasons": reasons_excerpt,
            "recipients": recips, "attachments": atts, "body_kinds": body_kinds}))
        .unwrap_or_default();
    }
    o.failures = failures;
    o
}

pub(super) fn fired_cell(fired: &[(String, String)]) -> String {
    if fired.is_empty() {
        return "—".into();
    }
    fired
        .iter()
        .map(|(r, l)| {
            let tag = match l.as_str() {
                "block" => "B",
                "confirm" => "C",
                "notice" => "N",
                _ => "?",
            };
            format!("{r}({tag})")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn expected_cell(c: &Case) -> String {
    let mut s = c.expect.name().to_owned();
    if !c.must.is_empty() {
        s.push_str(&format!(" +{}", c.must.join(" +")));
    }
    if !c.must_not.is_empty() {
        s.push_str(&format!(" −{}", c.must_not.join(" −")));
    }
    if c.only {
        s.push_str(if c.must.is_empty() { " (no reasons)" } else { " (only)" });
    }
    s
}
