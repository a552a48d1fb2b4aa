//! From positioned runs of text on a page to what a person reads: lines from
//! top to bottom, and tables where cells line up in columns.
//!
//! A PDF has no lines, cells or words, only strings drawn at positions. Runs
//! on one baseline make a line; a gap wider than about a character splits a
//! line into cells; consecutive lines of three or more cells whose cells fall
//! into the same column bands are a table (an Excel roster printed to PDF),
//! which the scanner then reads like a sheet, header and all.

/// One string drawn on the page, in default user space (y grows upwards).
#[derive(Debug, Clone)]
pub(super) struct Run {
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    pub size: f32,
    pub text: String,
    pub vertical: bool,
}

/// A cell of a line: text and horizontal extent.
#[derive(Debug, Clone)]
pub(super) struct Cell {
    pub x0: f32,
    pub x1: f32,
    pub text: String,
}

/// What one page reads as.
#[derive(Debug, Default)]
pub(super) struct Page {
    /// Every line, 1-based by position; lines that belong to a table are
    /// empty here (they are in `tables`), so line numbers stay the page's.
    pub lines: Vec<String>,
    /// (first line number, rows of cells by column).
    pub tables: Vec<(u32, Vec<Vec<String>>)>,
}

/// A gap wider than this many font sizes starts a new cell.
const CELL_GAP: f32 = 1.2;
/// A gap wider than this many font sizes is a space between words.
const WORD_GAP: f32 = 0.2;

pub(super) fn read_page(mut runs: Vec<Run>) -> Page {
    runs.retain(|r| !r.text.trim().is_empty() && r.x0.is_finite() && r.y.is_finite());
    let (vertical, horizontal): (Vec<Run>, Vec<Run>) = runs.into_iter().partition(|r| r.vertical);
    let mut lines = group_lines(horizontal);
    lines.extend(group_columns(vertical));
    let mut page = Page::default();
    let mut i = 0;
    while i < lines.len() {
        // A table: consecutive lines of 3+ cells that share column bands.
        let mut end = i;
        while end < lines.len() && lines[end].len() >= 3 {
            end += 1;
        }
        if end - i >= 2 {
            if let Some(rows) = table(&lines[i..end]) {
                page.tables.push((i as u32 + 1, rows));
                page.lines.extend(std::iter::repeat_n(String::new(), end - i));
                i = end;
                continue;
            }
        }
        let end = end.max(i + 1);
        for line in &lines[i..end] {
            page.lines.push(line.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("\t"));
        }
        i = end;
    }
    page
}

/// Horizontal runs into lines of cells, top to bottom.
fn group_lines(mut runs: Vec<Run>) -> Vec<Vec<Cell>> {
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<(f32, f32, Vec<Run>)> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some((y, size, members)) if (*y - run.y).abs() <= 0.4 * size.max(run.size) => {
                *size = size.max(run.size);
                members.push(run);
            }
            _ => lines.push((run.y, run.size, vec![run])),
        }
    }
    lines
        .into_iter()
        .map(|(_, _, mut members)| {
            members.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            cells(members)
        })
        .collect()
}

/// Vertical runs into columns read right to left, each top to bottom, one
/// line per column.
fn group_columns(mut runs: Vec<Run>) -> Vec<Vec<Cell>> {
    runs.sort_by(|a, b| b.x0.total_cmp(&a.x0).then(b.y.total_cmp(&a.y)));
    let mut columns: Vec<(f32, f32, Vec<Run>)> = Vec::new();
    for run in runs {
        match columns.last_mut() {
            Some((x, size, members)) if (*x - run.x0).abs() <= 0.5 * size.max(run.size) => members.push(run),
            _ => columns.push((run.x0, run.size, vec![run])),
        }
    }
    columns
        .into_iter()
        .map(|(x, _, mut members)| {
            members.sort_by(|a, b| b.y.total_cmp(&a.y));
            let text: String = members.iter().map(|r| r.text.as_str()).collect();
            vec![Cell { x0: x, x1: x, text }]
        })
        .collect()
}

/// Runs of one line, left to right, into cells.
fn cells(runs: Vec<Run>) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    let mut size = 0f32;
    for run in runs {
        let gap_unit = size.max(run.size).max(1.0);
        match out.last_mut() {
            Some(cell) if run.x0 - cell.x1 <= CELL_GAP * gap_unit => {
                if run.x0 - cell.x1 > WORD_GAP * gap_unit && !cell.text.ends_with(' ') && !run.text.starts_with(' ') {
                    cell.text.push(' ');
                }
                cell.text.push_str(&run.text);
                cell.x1 = cell.x1.max(run.x1);
            }
            _ => out.push(Cell { x0: run.x0, x1: run.x1, text: run.text }),
        }
        size = run.size;
    }
    for cell in &mut out {
        let trimmed = cell.text.trim();
        if trimmed.len() != cell.text.len() {
            cell.text = trimmed.to_owned();
        }
    }
    out.retain(|c| !c.text.is_empty());
    out
}

/// Lines whose cells fall into shared column bands, as rows by column; None
/// when they do not line up (two columns of prose, a form).
fn table(lines: &[Vec<Cell>]) -> Option<Vec<Vec<String>>> {
    // Column bands: the union of overlapping cell extents over all lines.
    let mut extents: Vec<(f32, f32)> = lines.iter().flatten().map(|c| (c.x0, c.x1.max(c.x0))).collect();
    extents.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut bands: Vec<(f32, f32)> = Vec::new();
    for (x0, x1) in extents {
        match bands.last_mut() {
            Some(band) if x0 <= band.1 => band.1 = band.1.max(x1),
            _ => bands.push((x0, x1)),
        }
    }
    if bands.len() < 3 {
        return None;
    }
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        let mut row = vec![String::new(); bands.len()];
        for cell in line {
            let column = bands.iter().position(|&(a, b)| cell.x0 >= a && cell.x0 <= b)?;
            if !row[column].is_empty() {
                row[column].push(' ');
            }
            row[column].push_str(&cell.text);
        }
        rows.push(row);
    }
    // Most rows fill most columns: a roster, not scattered words.
    let filled = rows.iter().filter(|r| r.iter().filter(|c| !c.is_empty()).count() * 3 >= bands.len() * 2).count();
    (filled * 4 >= rows.len() * 3).then_some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(x0: f32, y: f32, text: &str) -> Run {
        let width = text.chars().map(|c| if c.is_ascii() { 5.0 } else { 10.0 }).sum::<f32>();
        Run { x0, x1: x0 + width, y, size: 10.0, text: text.to_owned(), vertical: false }
    }

    #[test]
    fn a_roster_printed_to_pdf_is_read_back_as_a_table_with_its_header() {
        let mut runs = vec![run(50.0, 800.0, "職員名簿")];
        for (i, row) in [
            ["氏名", "電話番号", "部署"],
            ["山田太郎", "090-1234-5678", "総務部"],
            ["佐藤花子", "080-2345-6789", "人事部"],
        ]
        .iter()
        .enumerate()
        {
            let y = 780.0 - 14.0 * i as f32;
            runs.push(run(50.0, y, row[0]));
            runs.push(run(150.0, y, row[1]));
            // Drawn in two pieces, as producers do for mixed scripts.
            runs.push(run(260.0, y, &row[2][..6]));
            runs.push(run(280.0, y, &row[2][6..]));
        }
        let page = read_page(runs);
        assert_eq!(page.lines[0], "職員名簿");
        assert_eq!(page.tables.len(), 1);
        let (first, rows) = &page.tables[0];
        assert_eq!(*first, 2);
        assert_eq!(rows[0], ["氏名", "電話番号", "部署"]);
        assert_eq!(rows[2], ["佐藤花子", "080-2345-6789", "人事部"]);
        assert_eq!(page.lines.len(), 4, "table lines keep their numbers");
    }

    #[test]
    fn prose_stays_lines_and_a_form_stays_label_value_text() {
        let runs = vec![
            run(50.0, 700.0, "担当の鈴木一郎が対応しました。"),
            run(50.0, 686.0, "氏名"),
            run(120.0, 686.0, "山田太郎"),
            run(50.0, 672.0, "電話"),
            run(120.0, 672.0, "03-1234-5678"),
        ];
        let page = read_page(runs);
        assert!(page.tables.is_empty());
        assert_eq!(page.lines, ["担当の鈴木一郎が対応しました。", "氏名\t山田太郎", "電話\t03-1234-5678"]);
    }

    #[test]
    fn vertical_writing_reads_right_to_left_top_to_bottom() {
        let v = |x: f32, y: f32, t: &str| Run { x0: x, x1: x, y, size: 10.0, text: t.to_owned(), vertical: true };
        let page =
            read_page(vec![v(100.0, 500.0, "鈴"), v(100.0, 490.0, "木"), v(120.0, 500.0, "山"), v(120.0, 490.0, "田")]);
        assert_eq!(page.lines, ["山田", "鈴木"]);
    }
}
