//! Contact files (vCard 2.1, 3.0 and 4.0, as phones, Outlook and Gmail
//! export them): every card becomes a row of a table whose header says what
//! each column is (氏名, 住所, 電話番号…), so the table reader counts the
//! people and classifies the columns as it does for a roster.
//!
//! Japanese phones still write vCard 2.1 with `CHARSET=SHIFT_JIS;
//! ENCODING=QUOTED-PRINTABLE` values and soft line breaks; those are
//! decoded, and a charset that does not fit is a problem, not garbage.

use super::transfer::{base64, decode_text, quoted_printable};
use super::{encoding, Budget, Part, Sink, Table};
use crate::{Problem, ProblemKind};

/// What a card's properties become, as the columns of the table. The header
/// words are the ones the table reader knows.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Column {
    Name,
    Reading,
    Organisation,
    Title,
    Phone,
    Email,
    PostalCode,
    Address,
    Birthday,
    Anniversary,
    Url,
    Note,
    Other,
}

impl Column {
    const ALL: [Column; 13] = [
        Column::Name,
        Column::Reading,
        Column::Organisation,
        Column::Title,
        Column::Phone,
        Column::Email,
        Column::PostalCode,
        Column::Address,
        Column::Birthday,
        Column::Anniversary,
        Column::Url,
        Column::Note,
        Column::Other,
    ];

    fn header(self) -> &'static str {
        match self {
            Column::Name => "氏名",
            Column::Reading => "フリガナ",
            Column::Organisation => "会社名",
            Column::Title => "役職",
            Column::Phone => "電話番号",
            Column::Email => "メールアドレス",
            Column::PostalCode => "郵便番号",
            Column::Address => "住所",
            Column::Birthday => "生年月日",
            Column::Anniversary => "記念日",
            Column::Url => "URL",
            Column::Note => "メモ",
            Column::Other => "その他",
        }
    }
}

/// Properties that hold no text a person reads (pictures, keys, bookkeeping).
const SKIPPED: [&str; 12] =
    ["begin", "end", "version", "prodid", "rev", "uid", "photo", "logo", "sound", "key", "x-abuid", "categories"];

#[derive(Default)]
struct Card {
    values: Vec<(Column, String)>,
    /// N, kept apart: FN wins when both are there.
    structured_name: Option<String>,
    formatted_name: Option<String>,
}

pub(super) fn extract(bytes: &[u8], entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    let decoded = encoding::decode(bytes);
    if let Some(problem) = decoded.problem(entry) {
        sink.problem(problem);
    }
    let mut cards: Vec<Card> = Vec::new();
    let mut current: Option<Card> = None;
    let mut charset_problem = None;
    for line in unfold(&decoded.text) {
        let Some(property) = Property::parse(&line) else { continue };
        match property.name.as_str() {
            "begin" if property.raw_value.eq_ignore_ascii_case("vcard") => {
                if let Some(card) = current.take() {
                    // A card inside a card (vCard 2.1 AGENT) or a missing END.
                    cards.push(card);
                }
                current = Some(Card::default());
                continue;
            }
            "end" if property.raw_value.eq_ignore_ascii_case("vcard") => {
                if let Some(card) = current.take() {
                    cards.push(card);
                }
                continue;
            }
            _ => {}
        }
        let Some(card) = current.as_mut() else { continue };
        if SKIPPED.contains(&property.name.as_str()) {
            continue;
        }
        let (value, problem) = property.value();
        if let Some(detail) = problem {
            charset_problem.get_or_insert(detail);
        }
        card.add(&property.name, &value);
    }
    if let Some(card) = current.take() {
        cards.push(card);
        sink.problem(Problem::new(ProblemKind::Truncated, entry, "the contact file ends inside a card (cut short?)"));
    }
    if let Some(detail) = charset_problem {
        sink.problem(Problem::new(ProblemKind::Encoding, entry, format!("a contact card: {detail}")));
    }
    if cards.is_empty() {
        sink.problem(Problem::new(ProblemKind::Corrupt, entry, "a contact file with no card in it"));
        return;
    }
    // As many columns of a kind as the card with most of them needs.
    let widths: Vec<(Column, usize)> = Column::ALL
        .iter()
        .map(|&column| {
            let most = cards.iter().map(|c| c.count(column)).max().unwrap_or(0);
            (column, most)
        })
        .filter(|&(_, most)| most > 0)
        .collect();
    let header: Vec<String> =
        widths.iter().flat_map(|&(column, most)| (0..most).map(move |_| column.header().to_owned())).collect();
    let width = header.len() as u64;
    let mut rows = vec![header];
    for card in cards {
        if budget.cells_left() < width {
            sink.problem(budget.cells_spent(entry));
            break;
        }
        budget.cells += width;
        rows.push(card.row(&widths));
    }
    sink.part(Part::Table(Table {
        entry: entry.map(str::to_owned),
        first_row: 1,
        first_column: 1,
        rows,
        ..Table::default()
    }));
}

impl Card {
    fn add(&mut self, name: &str, value: &Value) {
        let fields = &value.fields;
        let joined =
            |sep: &str| fields.iter().map(|f| f.trim()).filter(|f| !f.is_empty()).collect::<Vec<_>>().join(sep);
        let text = joined(" ");
        if text.is_empty() {
            return;
        }
        let column = match name {
            "fn" => {
                self.formatted_name = Some(text);
                return;
            }
            "n" => {
                // family;given;additional;prefix;suffix: a Japanese name reads family first.
                self.structured_name = Some(
                    fields.iter().take(3).map(|f| f.trim()).filter(|f| !f.is_empty()).collect::<Vec<_>>().join(" "),
                );
                return;
            }
            "sort-string" | "x-phonetic-first-name" | "x-phonetic-last-name" | "x-furigana" | "sound;x-irmc-n" => {
                Column::Reading
            }
            "org" => Column::Organisation,
            "title" | "role" => Column::Title,
            "tel" => Column::Phone,
            "email" => Column::Email,
            "adr" => {
                // pobox;extended;street;locality;region;postal code;country:
                // written the Japanese way, region first.
                let part = |i: usize| fields.get(i).map(|f| f.trim()).unwrap_or_default();
                if !part(5).is_empty() {
                    self.values.push((Column::PostalCode, part(5).to_owned()));
                }
                let address: String = [part(4), part(3), part(2), part(1), part(0)].concat();
                if !address.is_empty() {
                    self.values.push((Column::Address, address));
                }
                return;
            }
            "label" => Column::Address,
            "bday" => Column::Birthday,
            "anniversary" | "x-anniversary" => Column::Anniversary,
            "url" => Column::Url,
            "note" => Column::Note,
            _ => Column::Other,
        };
        let text = if column == Column::Note || column == Column::Address { joined("\n") } else { text };
        self.values.push((column, text));
    }

    fn count(&self, column: Column) -> usize {
        if column == Column::Name {
            return usize::from(self.formatted_name.is_some() || self.structured_name.is_some());
        }
        if column == Column::Other {
            return usize::from(self.values.iter().any(|(c, _)| *c == Column::Other));
        }
        self.values.iter().filter(|(c, _)| *c == column).count()
    }

    fn row(self, widths: &[(Column, usize)]) -> Vec<String> {
        let mut row = Vec::new();
        for &(column, most) in widths {
            let mut cells: Vec<String> = match column {
                Column::Name => {
                    self.formatted_name.clone().or_else(|| self.structured_name.clone()).into_iter().collect()
                }
                // Properties nobody named are one cell, so the column stays one column.
                Column::Other => {
                    let other: Vec<&str> =
                        self.values.iter().filter(|(c, _)| *c == column).map(|(_, v)| v.as_str()).collect();
                    if other.is_empty() {
                        Vec::new()
                    } else {
                        vec![other.join("\n")]
                    }
                }
                _ => self.values.iter().filter(|(c, _)| *c == column).map(|(_, v)| v.clone()).collect(),
            };
            cells.resize(most, String::new());
            row.extend(cells);
        }
        row
    }
}

/// Logical lines: folded lines (a leading space or tab) joined, and vCard
/// 2.1 quoted-printable values continued after a trailing `=`.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut qp_continues = false;
    for raw in text.trim_start_matches('\u{FEFF}').split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(last) = lines.last_mut() {
            if qp_continues {
                last.pop(); // the soft break's '='
                last.push_str(raw);
                qp_continues = is_qp(last) && last.ends_with('=');
                continue;
            }
            if raw.starts_with([' ', '\t']) {
                last.push_str(&raw[1..]);
                qp_continues = is_qp(last) && last.ends_with('=');
                continue;
            }
        }
        lines.push(raw.to_owned());
        qp_continues = is_qp(raw) && raw.ends_with('=');
    }
    lines
}

fn is_qp(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or_default().to_ascii_uppercase();
    head.contains("QUOTED-PRINTABLE")
}

struct Property {
    /// Lower-cased, without a group ("item1.").
    name: String,
    params: Vec<(String, String)>,
    raw_value: String,
}

/// A property's value split at unescaped `;` into its fields.
struct Value {
    fields: Vec<String>,
}

impl Property {
    fn parse(line: &str) -> Option<Property> {
        // The value starts at the first ':' outside a quoted parameter.
        let mut quoted = false;
        let colon = line.char_indices().find_map(|(i, c)| {
            match c {
                '"' => quoted = !quoted,
                ':' if !quoted => return Some(i),
                _ => {}
            }
            None
        })?;
        let (head, value) = (&line[..colon], &line[colon + 1..]);
        let mut pieces = head.split(';');
        let name = pieces.next()?.trim();
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
        if name.is_empty() {
            return None;
        }
        let params = pieces
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k.trim().to_ascii_lowercase(), v.trim().trim_matches('"').to_owned()),
                // vCard 2.1 writes bare parameters: TEL;CELL;QUOTED-PRINTABLE:
                None => (String::new(), p.trim().to_owned()),
            })
            .collect();
        Some(Property { name, params, raw_value: value.to_owned() })
    }

    fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn has_bare(&self, value: &str) -> bool {
        self.params.iter().any(|(k, v)| k.is_empty() && v.eq_ignore_ascii_case(value))
    }

    /// The decoded value, and the charset problem if there was one.
    fn value(&self) -> (Value, Option<String>) {
        let transfer = self.param("encoding").map(str::to_ascii_lowercase);
        let charset = self.param("charset");
        let qp = transfer.as_deref() == Some("quoted-printable") || self.has_bare("quoted-printable");
        let b64 = matches!(transfer.as_deref(), Some("b" | "base64")) || self.has_bare("base64");
        let mut problem = None;
        let text = if qp || b64 {
            let bytes =
                if qp { quoted_printable(self.raw_value.as_bytes()) } else { base64(self.raw_value.as_bytes()).0 };
            let (text, trouble) = decode_text(&bytes, charset);
            problem = trouble.map(|t| t.1);
            text
        } else {
            self.raw_value.clone()
        };
        (Value { fields: split_fields(&text) }, problem)
    }
}

/// Splits at unescaped `;` and resolves the escapes of vCard 3 and 4
/// (`\n`, `\,`, `\;`, `\\`).
fn split_fields(value: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        let Some(field) = fields.last_mut() else { break };
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => field.push('\n'),
                Some(other) => field.push(other),
                None => {}
            },
            ';' => fields.push(String::new()),
            _ => field.push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_and_soft_broken_lines_are_joined() {
        let lines = unfold(
            "BEGIN:VCARD\r\nNOTE:a\r\n  b\r\nADR;ENCODING=QUOTED-PRINTABLE:;;=E6=9D=B1=\r\n=E4=BA=AC\r\nEND:VCARD",
        );
        assert_eq!(lines[1], "NOTE:a b");
        assert_eq!(lines[2], "ADR;ENCODING=QUOTED-PRINTABLE:;;=E6=9D=B1=E4=BA=AC");
    }

    #[test]
    fn escapes_and_structured_fields() {
        assert_eq!(split_fields(r"山田;太郎;;;"), vec!["山田", "太郎", "", "", ""]);
        assert_eq!(split_fields(r"a\, b\;c\nd"), vec!["a, b;c\nd"]);
    }
}
