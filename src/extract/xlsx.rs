//! A look at an xlsx package's XML before calamine reads it. calamine 0.38
//! turns cell references (`r="B2"`, `ref="A1:D4"`) into numbers with
//! unchecked arithmetic: seven letters (`ZZZZZZZ`) or ten digits overflow a
//! `u32`, and a reversed range (`ref="B22:D4"`) is subtracted the wrong way
//! round. A release build wraps and goes on (presend then drops cells
//! outside the sheet), but with overflow checks on (debug builds, tests,
//! every fuzz run) it panics, and fuzzing stopped at the first such file.
//! Real workbooks never hold such references, so a package that does is
//! refused as damaged before calamine sees it.
//!
//! The scan runs on the bytes as they are inflated (no second pass) and
//! parses attributes as calamine's own reader does: any ASCII whitespace
//! between them, the key everything up to `=`, the value quoted and taken
//! raw.

/// Longest reference value kept; anything longer cannot be a sheet cell or range.
const MAX_REF: usize = 32;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// Character data.
    Text,
    /// After `<`: the element name.
    Name,
    /// Inside a tag, between attributes.
    Between,
    /// An attribute key, up to `=`.
    Key,
    /// After `=`, before the opening quote.
    Equals,
    /// Inside a quoted value.
    Value(u8),
}

/// Finds the first reference calamine would overflow on, fed a member's
/// bytes in any number of pieces.
pub(crate) struct ReferenceCheck {
    state: State,
    key: Vec<u8>,
    value: Vec<u8>,
    /// The first bad reference seen.
    pub bad: Option<String>,
}

impl Default for ReferenceCheck {
    fn default() -> Self {
        ReferenceCheck { state: State::Text, key: Vec::new(), value: Vec::new(), bad: None }
    }
}

impl ReferenceCheck {
    /// Starts on a new member.
    pub fn reset(&mut self) {
        self.state = State::Text;
        self.key.clear();
        self.value.clear();
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        if self.bad.is_some() {
            return;
        }
        let mut i = 0;
        while i < bytes.len() {
            // Character data and values of other attributes are most of the
            // bytes: skipped to their end at memchr speed.
            match self.state {
                State::Text => match memchr::memchr(b'<', &bytes[i..]) {
                    Some(at) => {
                        i += at + 1;
                        self.state = State::Name;
                        continue;
                    }
                    None => return,
                },
                State::Value(q) if !matches!(self.key.trim_ascii_end(), b"r" | b"ref") => {
                    match memchr::memchr(q, &bytes[i..]) {
                        Some(at) => {
                            i += at + 1;
                            self.key.clear();
                            self.state = State::Between;
                            continue;
                        }
                        None => return,
                    }
                }
                _ => {}
            }
            let b = bytes[i];
            i += 1;
            self.state = match (self.state, b) {
                (State::Text, b'<') => State::Name,
                (State::Text, _) => State::Text,
                (State::Name | State::Between | State::Key, b'>') => State::Text,
                (State::Name, c) if c.is_ascii_whitespace() => State::Between,
                (State::Name, _) => State::Name,
                (State::Between, c) if c.is_ascii_whitespace() => State::Between,
                (State::Between | State::Key, b'=') => State::Equals,
                (State::Between | State::Key, c) => {
                    if self.state == State::Between {
                        self.key.clear();
                    }
                    if self.key.len() <= MAX_REF {
                        self.key.push(c);
                    }
                    State::Key
                }
                (State::Equals, c) if c.is_ascii_whitespace() => State::Equals,
                (State::Equals, q @ (b'"' | b'\'')) => {
                    self.value.clear();
                    State::Value(q)
                }
                // calamine stops at an unquoted value; so does this check for the tag.
                (State::Equals, b'>') => State::Text,
                (State::Equals, _) => State::Name,
                (State::Value(q), c) if c == q => {
                    if matches!(self.key.trim_ascii_end(), b"r" | b"ref") && overflows(&self.value) {
                        self.bad = Some(String::from_utf8_lossy(&self.value).into_owned());
                        return;
                    }
                    self.key.clear();
                    State::Between
                }
                (State::Value(q), c) => {
                    if self.value.len() <= MAX_REF {
                        self.value.push(c);
                    }
                    State::Value(q)
                }
            };
        }
    }
}

/// How calamine reads one A1-style part of a reference.
enum Part {
    /// (row, column); column 0 when there are no letters.
    Cell(u32, u32),
    /// calamine returns an error: safe, and it reads no further.
    Refused,
    /// Its arithmetic overflows.
    Overflow,
}

/// Letters then digits, accumulated as calamine's
/// `get_row_and_optional_column` does, which overflows before it looks at
/// whatever comes after them.
fn part(text: &[u8]) -> Part {
    let (mut row, mut column, mut digits) = (0u32, 0u32, false);
    for &b in text {
        let next = match (digits, b) {
            (false, b'A'..=b'Z' | b'a'..=b'z') => {
                column.checked_mul(26).and_then(|c| c.checked_add(u32::from(b.to_ascii_uppercase() - b'A') + 1))
            }
            (_, b'0'..=b'9') => {
                digits = true;
                row.checked_mul(10).and_then(|r| r.checked_add(u32::from(b - b'0')))
            }
            _ => return Part::Refused,
        };
        match (next, digits) {
            (None, _) => return Part::Overflow,
            (Some(n), true) => row = n,
            (Some(n), false) => column = n,
        }
    }
    if row == 0 {
        return Part::Refused;
    }
    Part::Cell(row, column)
}

/// True when calamine's arithmetic overflows on this `r` or `ref` value.
fn overflows(value: &[u8]) -> bool {
    if value.len() > MAX_REF {
        return true;
    }
    let mut cells = Vec::new();
    for text in value.split(|&b| b == b':') {
        match part(text) {
            Part::Overflow => return true,
            Part::Refused => return false,
            // A range part without a column is refused after it is read.
            Part::Cell(_, 0) => return false,
            Part::Cell(r, c) => cells.push((r, c)),
        }
    }
    // get_dimension subtracts start from end for a two-part range.
    matches!(cells[..], [(r0, c0), (r1, c1)] if r1 < r0 || c1 < c0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(xml: &str, piece: usize) -> Option<String> {
        let mut check = ReferenceCheck::default();
        for chunk in xml.as_bytes().chunks(piece) {
            check.feed(chunk);
        }
        check.bad
    }

    #[test]
    fn reversed_and_oversized_references_are_found_in_any_pieces() {
        // xlsx-dimension-overflow.fuzz: `<dimension ref="B22:D4"/>` made
        // calamine's get_dimension subtract with overflow.
        for piece in [1, 3, 7, 4096] {
            assert_eq!(bad(r#"<worksheet><dimension ref="B22:D4"/><sheetData/>"#, piece).as_deref(), Some("B22:D4"));
            assert_eq!(bad(r#"<c r='ZZZZZZZ1' t="s">"#, piece).as_deref(), Some("ZZZZZZZ1"));
            assert_eq!(bad("<row\x0cr=\"4294967296\">", piece).as_deref(), Some("4294967296"));
            assert_eq!(bad(r#"<worksheet><dimension ref="A1:XFD1048576"/><c r="ZZZZZZ999999999"/>"#, piece), None);
        }
        // Other attributes, text and references calamine refuses with an error are fine.
        assert_eq!(bad(r#"<c x:r="AAAAAAAAAA1" sqref="D4:B2">r="B22:D4" <c r="A$1"/>"#, 5), None);
        // calamine overflows on the letters before it meets the `$`.
        assert_eq!(bad(r#"<c r="AAAAAAAAAA$1"/>"#, 5).as_deref(), Some("AAAAAAAAAA$1"));
    }
}
