//! JSON exports. Apps and APIs export lists of people as arrays of objects
//! (`[{"氏名": "岡田 真一", "電話": "090-…"}, …]`): such an array is read as a
//! table whose keys name the columns, so a column of names is read as names,
//! exactly as in a CSV. An array of arrays (a spreadsheet API's `values`) is
//! a table too. JSON Lines (one object a line) is one table.
//!
//! The values outside such arrays are read as text, one `key.path: value`
//! line each: a single person's record then reads as a form does
//! (`氏名: 岡田 真一`). Line numbers of that text count those lines, not the
//! file's. What serde_json cannot read to the end (nested deeper than its
//! limit) is read as plain text, as before.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{emit_tables, Budget, Part, Sink, TextPart};

pub(super) fn extract(text: &str, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    // A byte-order mark that decoding left is no JSON.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = Reader::new(budget.cells_left());
    let read = match read_single(text, &mut reader) {
        Err(Stop::TrailingValues) => {
            // JSON Lines: every value is one record of one table.
            reader = Reader::new(budget.cells_left());
            read_lines(text, &mut reader)
        }
        other => other,
    };
    if let Err(Stop::Unreadable) = read {
        sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text: text.to_owned() }));
        return;
    }
    let over = matches!(read, Err(Stop::Cells));
    let tables: Vec<Vec<Vec<String>>> = reader.tables.into_iter().map(Records::into_rows).collect();
    let fitted = emit_tables(tables, entry, budget, sink);
    if !reader.text.is_empty() {
        sink.part(Part::Text(TextPart { entry: entry.map(str::to_owned), page: None, text: reader.text }));
    }
    if over && fitted {
        // The reader stopped short of the budget; the tables it kept fit.
        sink.problem(budget.cells_spent(entry));
    }
}

/// Why reading stopped before the end.
#[derive(Debug)]
enum Stop {
    /// More than one value: JSON Lines.
    TrailingValues,
    /// The cell budget is spent: what was read is kept.
    Cells,
    /// Not JSON serde_json reads (too deep): read as text instead.
    Unreadable,
}

fn read_single(text: &str, reader: &mut Reader) -> Result<(), Stop> {
    let mut de = serde_json::Deserializer::from_str(text);
    At { reader: &mut *reader, path: String::new() }.deserialize(&mut de).map_err(|_| reader.stop())?;
    de.end().map_err(|_| Stop::TrailingValues)
}

fn read_lines(text: &str, reader: &mut Reader) -> Result<(), Stop> {
    let mut de = serde_json::Deserializer::from_str(text);
    while de.end().is_err() {
        let node = <Node as de::Deserialize>::deserialize(&mut de).map_err(|_| Stop::Unreadable)?;
        reader.element(node, "", &mut Vec::new());
        if reader.over {
            return Err(Stop::Cells);
        }
    }
    Ok(())
}

/// One value of a record, held while its record is turned into a row.
enum Node {
    Null,
    Scalar(String),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl<'de> de::Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Node, E> {
                Ok(Node::Scalar(v))
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry::<String, Node>()? {
                    fields.push(field);
                }
                Ok(Node::Map(fields))
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// The records of one array (by its key path), as rows of cells under the
/// keys seen so far (a later record may bring a key the first lacked).
struct Records {
    /// Keys in the order first seen; empty for an array of arrays.
    keys: Vec<String>,
    columns: HashMap<String, usize>,
    rows: Vec<Vec<(usize, String)>>,
}

impl Records {
    fn column(&mut self, key: &str) -> usize {
        if let Some(&c) = self.columns.get(key) {
            return c;
        }
        self.keys.push(key.to_owned());
        self.columns.insert(key.to_owned(), self.keys.len() - 1);
        self.keys.len() - 1
    }

    fn into_rows(self) -> Vec<Vec<String>> {
        let width = self.keys.len().max(self.rows.iter().flatten().map(|(c, _)| c + 1).max().unwrap_or(0));
        let mut out = Vec::with_capacity(self.rows.len() + 1);
        if !self.keys.is_empty() {
            out.push(self.keys);
        }
        for cells in self.rows {
            let mut row = vec![String::new(); width];
            for (c, value) in cells {
                row[c] = value;
            }
            out.push(row);
        }
        out
    }
}

/// What has been read: tables in the order their first record came, and
/// the text of everything else.
struct Reader {
    tables: Vec<Records>,
    by_path: HashMap<String, usize>,
    text: String,
    /// Cells left before reading stops (the file's cell budget).
    cells_left: u64,
    over: bool,
}

impl Reader {
    fn new(cells_left: u64) -> Reader {
        Reader { tables: Vec::new(), by_path: HashMap::new(), text: String::new(), cells_left, over: false }
    }

    /// Why the parser stopped: the budget, or a value too deep for it.
    fn stop(&self) -> Stop {
        if self.over {
            Stop::Cells
        } else {
            Stop::Unreadable
        }
    }

    fn table(&mut self, path: &str) -> &mut Records {
        let next = self.tables.len();
        let i = *self.by_path.entry(path.to_owned()).or_insert(next);
        if i == next {
            self.tables.push(Records { keys: Vec::new(), columns: HashMap::new(), rows: Vec::new() });
        }
        &mut self.tables[i]
    }

    /// Takes one cell out of the budget; false once it is spent.
    fn spend(&mut self) -> bool {
        if self.cells_left == 0 {
            self.over = true;
            return false;
        }
        self.cells_left -= 1;
        true
    }

    fn line(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        let label = if path.is_empty() { "value" } else { path };
        self.text.push_str(label);
        self.text.push_str(": ");
        // A value's own line breaks would split it from its key.
        for (i, line) in value.lines().enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            self.text.push_str(line);
        }
        self.text.push('\n');
    }

    /// One element of the array at `path`: an object is a record, an array
    /// of plain values a row; plain values are gathered into `scalars`.
    fn element(&mut self, node: Node, path: &str, scalars: &mut Vec<String>) {
        if self.over {
            return;
        }
        match node {
            Node::Null => {}
            Node::Scalar(s) => scalars.push(s),
            Node::Map(fields) => {
                let mut row = Vec::new();
                self.record(path, "", fields, &mut row);
                self.table(path).rows.push(row);
            }
            Node::List(items) if items.iter().all(|i| matches!(i, Node::Null | Node::Scalar(_))) => {
                let mut row = Vec::new();
                for (c, item) in items.into_iter().enumerate() {
                    if let Node::Scalar(s) = item {
                        if !self.spend() {
                            break;
                        }
                        row.push((c, s));
                    }
                }
                self.table(&format!("{path}[]")).rows.push(row);
            }
            Node::List(items) => {
                for item in items {
                    self.element(item, path, scalars);
                }
            }
        }
    }

    /// The fields of a record of the table at `path`, under `prefix` (a
    /// nested object's key: `住所.市区町村`), into `row`.
    fn record(&mut self, path: &str, prefix: &str, fields: Vec<(String, Node)>, row: &mut Vec<(usize, String)>) {
        for (key, value) in fields {
            let key = join(prefix, &key);
            match value {
                Node::Null => {
                    self.table(path).column(&key);
                }
                Node::Scalar(s) => {
                    if !self.spend() {
                        return;
                    }
                    let c = self.table(path).column(&key);
                    row.push((c, s));
                }
                Node::Map(inner) => self.record(path, &key, inner, row),
                Node::List(items) => {
                    // Objects inside a record (a member's family) are the
                    // records of a table of their own; plain values stay
                    // in the cell, joined.
                    let mut scalars = Vec::new();
                    let inner = join(path, &key);
                    for item in items {
                        self.element(item, &inner, &mut scalars);
                    }
                    if !self.spend() {
                        return;
                    }
                    let c = self.table(path).column(&key);
                    row.push((c, scalars.join(", ")));
                }
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The value at `path`, read as it streams: a large export's top-level
/// array is never held whole, only one record at a time.
struct At<'r> {
    reader: &'r mut Reader,
    path: String,
}

impl<'de> DeserializeSeed<'de> for At<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for At<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.reader.line(&self.path, &v.to_string());
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.reader.line(&self.path, &v.to_string());
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.reader.line(&self.path, &v.to_string());
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.reader.line(&self.path, &v.to_string());
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.reader.line(&self.path, v);
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let path = join(&self.path, &key);
            map.next_value_seed(At { reader: &mut *self.reader, path })?;
            if self.reader.over {
                return Err(de::Error::custom("cell budget spent"));
            }
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut scalars = Vec::new();
        while let Some(node) = seq.next_element::<Node>()? {
            self.reader.element(node, &self.path, &mut scalars);
            if self.reader.over {
                return Err(de::Error::custom("cell budget spent"));
            }
        }
        self.reader.line(&self.path, &scalars.join(", "));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<Vec<Vec<String>>>, String) {
        let mut reader = Reader::new(u64::MAX);
        match read_single(text, &mut reader) {
            Err(Stop::TrailingValues) => {
                reader = Reader::new(u64::MAX);
                read_lines(text, &mut reader).expect("JSON Lines");
            }
            other => other.expect("JSON"),
        }
        (reader.tables.into_iter().map(Records::into_rows).collect(), reader.text)
    }

    #[test]
    fn an_array_of_records_is_a_table_under_its_keys() {
        let (tables, text) = read(
            r#"{"exported": "2024-04-01", "members": [
                {"氏名": "岡田 真一", "電話": "090-1234-5678"},
                {"氏名": "原 大地", "住所": {"都道府県": "東京都"}, "電話": null}
            ]}"#,
        );
        assert_eq!(text, "exported: 2024-04-01\n");
        assert_eq!(
            tables,
            vec![vec![
                vec!["氏名", "電話", "住所.都道府県"],
                vec!["岡田 真一", "090-1234-5678", ""],
                vec!["原 大地", "", "東京都"],
            ]]
        );
    }

    #[test]
    fn records_inside_records_are_a_table_of_their_own() {
        let (tables, _) =
            read(r#"[{"name": "A", "tags": ["x", "y"], "family": [{"name": "B", "relation": "spouse"}]}]"#);
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0], vec![vec!["name", "tags", "family"], vec!["A", "x, y", ""]]);
        assert_eq!(tables[1], vec![vec!["name", "relation"], vec!["B", "spouse"]]);
    }

    #[test]
    fn an_array_of_arrays_is_a_grid_and_json_lines_one_table() {
        let (tables, _) = read(r#"{"values": [["氏名", "電話"], ["岡田", "090-1234-5678"]]}"#);
        assert_eq!(tables, vec![vec![vec!["氏名", "電話"], vec!["岡田", "090-1234-5678"]]]);
        let (tables, text) = read("{\"name\": \"A\", \"age\": 3}\n{\"name\": \"B\"}\n");
        assert_eq!(tables, vec![vec![vec!["name", "age"], vec!["A", "3"], vec!["B", ""]]]);
        assert!(text.is_empty());
    }

    #[test]
    fn a_single_record_reads_as_a_form() {
        let (tables, text) = read(r#"{"氏名": "岡田 真一", "メモ": "line one\nline two", "id": 12, "ok": true}"#);
        assert!(tables.is_empty());
        assert_eq!(text, "氏名: 岡田 真一\nメモ: line one line two\nid: 12\nok: true\n");
    }

    #[test]
    fn too_deep_is_unreadable_and_the_budget_stops_reading() {
        let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
        let mut reader = Reader::new(u64::MAX);
        assert!(matches!(read_single(&deep, &mut reader), Err(Stop::Unreadable)));
        let mut reader = Reader::new(3);
        let result = read_single(r#"[{"a": 1, "b": 2}, {"a": 3, "b": 4}, {"a": 5}]"#, &mut reader);
        assert!(matches!(result, Err(Stop::Cells)));
        assert_eq!(reader.tables[0].rows.len(), 2);
    }
}
