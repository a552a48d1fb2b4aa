//! The message check: recipients and content together, one decision.
//!
//! A host hands over a [`Message`] (from, to, cc, bcc, subject, body), the
//! attachments (bytes, or reports already scanned at attach time) and a
//! [`Policy`]; [`check_message`] / [`assess`] return a [`Verdict`]: `allow`,
//! `confirm` or `block`, the reasons in Japanese and English with their
//! evidence, a flag per recipient and a summary per attachment.
//!
//! - `address`, `domain`, `lookalike`: reading addresses, dot-boundary domain
//!   matching, the free-mail list, and typo/homoglyph/punycode lookalikes;
//! - `layout`, `salutation`: the furniture of a Japanese business mail body
//!   (salutation, signature, quotes) and the addressee it names;
//! - `content`: what the parts hold (people, kinds, whose data);
//! - `recipient_rules`, `content_rules`: the rules, on the shared `check::Check`;
//! - `policy`, `verdict`: the data in and out.

pub mod address;
pub mod check;
pub mod content;
mod content_rules;
pub mod domain;
pub mod layout;
pub mod lookalike;
pub mod message;
pub mod policy;
mod recipient_rules;
pub mod salutation;
pub mod upload;
pub mod verdict;

pub use check::{assess, check_message, scan_options, Attachment, CheckOptions};
pub use message::Message;
pub use policy::{Level, Policy, PolicyError, Rule};
pub use upload::assess_upload;
pub use verdict::{Decision, Verdict};
