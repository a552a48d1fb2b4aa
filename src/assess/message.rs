//! The message as a host hands it over: from, to, cc, bcc, subject, body and
//! the attachments' names. Attachments' bytes travel separately (the command
//! line reads them from paths, the browser from `File`s).

use serde::Deserialize;

use super::address::AddressInput;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Message {
    pub from: Option<AddressInput>,
    pub to: Vec<AddressInput>,
    pub cc: Vec<AddressInput>,
    pub bcc: Vec<AddressInput>,
    pub subject: String,
    pub body: String,
    /// Attachment names or paths (the command line resolves paths relative
    /// to the message file).
    pub attachments: Vec<String>,
}

/// A message that cannot be used, with the key at fault.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("message: {key}: {message}")]
pub struct MessageError {
    pub key: String,
    pub message: String,
}

impl Message {
    pub fn from_json(json: &str) -> Result<Message, MessageError> {
        let mut de = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let key = e.path().to_string();
            MessageError {
                key: if key == "." { "(top level)".into() } else { key },
                message: e.into_inner().to_string(),
            }
        })
    }
}
