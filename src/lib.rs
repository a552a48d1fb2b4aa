//! presend: a pre-send sensitivity checker. It reads the files and text a user
//! is about to send, on the user's own machine, and reports personal and
//! sensitive data with where it sits and why presend believes it.
//!
//! The pipeline is `extract` (bytes → tables and text, format sniffed from
//! content) → `normalize` (full-width and dash folding) → `detect` (one pass
//! of every detector) → [`scan`] (one [`FileReport`] per file). The core has no
//! web dependencies; hosts (the command line, the wasm facade) call
//! [`scan_bytes`] and render the report.

pub mod assess;
pub mod calendar;
pub mod detect;
pub mod extract;
mod model;
pub mod normalize;
mod order;
pub mod report;
mod scan;
#[cfg(test)]
mod typescript;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod wording;

pub use extract::Limits;
pub use model::*;
pub use scan::{scan_bytes, scan_fields, scan_text, unavailable_report, ScanOptions, ScanProgress};

use serde::{Deserialize, Serialize};

/// The language of human-readable output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    /// From a locale string such as `ja_JP.UTF-8` or `en_US.UTF-8`. An unset or
    /// neutral locale (`C`, `POSIX`) gives Japanese: the users are Japanese first.
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.trim().to_ascii_lowercase();
        let neutral = l.is_empty() || l == "c" || l == "posix" || l.starts_with("c.");
        if neutral || l.starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }
}
