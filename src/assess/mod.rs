//! The message check: recipients and content together, one decision.
pub mod address;
pub mod check;
pub mod content;
pub mod domain;
pub mod layout;
pub mod lookalike;
pub mod message;
pub mod policy;
pub mod salutation;
pub mod verdict;

pub use check::{assess, check_message, scan_options, Attachment, CheckOptions};
pub use message::Message;
pub use policy::{Level, Policy, PolicyError, Rule};
pub use verdict::{Decision, Verdict};
