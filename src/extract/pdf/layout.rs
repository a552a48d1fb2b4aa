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
    /// Starts the line or follows a gap: where a column can start (a cell
    /// split off because the text before ran into it cannot).
    pub after_gap: bool,
}

/// What one page reads as.
#[derive(Debug, Default)]
pub(super) struct Page {
    /// Every line, 1-based by position; lines that belong to a table are
    /// empty here (they are in `tables`), so line numbers stay the page's.
    pub lines: Vec<String>,
    /// (first line number, rows of cells by column).
    pub tables: Vec<(u32, Vec<Vec<String>>)>,
    /// Where the columns of the page's last table start: the next page's
    /// rows may line up under them with nothing to show where a column
    /// starts (no header, values that fill their cells).
    pub columns: Vec<f32>,
}

/// A gap wider than this many font sizes starts a new cell of text.
const CELL_GAP: f32 = 1.2;
/// A gap wider than this many font sizes may be the edge of a table's column.
const TABLE_GAP: f32 = 0.5;
/// A gap wider than this many font sizes is a space between words.
const WORD_GAP: f32 = 0.2;
/// A run that starts more than this many font sizes before the end of the
/// one before it on the line starts a new cell.
const OVERLAP: f32 = 0.3;

/// `columns`: where the columns of the table that ended the page before
/// start, if one did.
pub(super) fn read_page(mut runs: Vec<Run>, columns: &[f32]) -> Page {
    // Spaces stay: a drawn space (a full-width one is as wide as a kanji)
    // joins the words on either side of it into one cell.
    runs.retain(|r| !r.text.is_empty() && r.x0.is_finite() && r.x1.is_finite() && r.y.is_finite());
    let (vertical, horizontal): (Vec<Run>, Vec<Run>) = runs.into_iter().partition(|r| r.vertical);
    let lines = group_lines(horizontal);
    let mut page = Page::default();
    // Table cells are cut finer than text cells: a spreadsheet fitted to
    // its contents leaves less than a character between columns.
    let fine: Vec<Vec<Cell>> = lines.iter().map(|l| cells(l, TABLE_GAP, &[])).collect();
    let mut i = 0;
    while i < lines.len() {
        // A table: consecutive lines of 2+ cells that share 3+ columns.
        let mut end = i;
        loop {
            while end < lines.len() && fine[end].len() >= 2 {
                end += 1;
            }
            // The other lines of a wrapped cell (one cell each) between two
            // rows: the table goes on after them.
            let mut k = end;
            while end > i && k < lines.len() && k - end < WRAPPED_LINES && fine[k].len() == 1 {
                k += 1;
            }
            if k > end && k < lines.len() && fine[k].len() >= 2 {
                end = k;
                continue;
            }
            break;
        }
        end = apart_after(&lines[i..end], &fine[i..end]).map_or(end, |k| i + k);
        if end - i >= 2 {
            if let Some((rows, cuts)) = table(&lines[i..end], &fine[i..end], columns) {
                page.tables.push((i as u32 + 1, rows));
                page.columns = cuts;
                page.lines.extend(std::iter::repeat_n(String::new(), end - i));
                i = end;
                continue;
            }
        }
        let end = end.max(i + 1);
        for line in &lines[i..end] {
            page.lines.push(cells(line, CELL_GAP, &[]).iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("\t"));
        }
        i = end;
    }
    page.lines.extend(group_columns(vertical));
    page
}

/// How many lines of one cell in a row a table may have between two of
/// its rows: the other lines of a cell whose text wraps.
const WRAPPED_LINES: usize = 4;

/// A table's rows follow each other at a steady pitch; a line much further
/// below (a page's footer under the last row, a paragraph after a gap) is
/// not one of them. The index of the first such line, if any.
/// The pitch is taken between lines of several cells: the lines of a
/// wrapped cell between them are closer.
fn apart_after(lines: &[Vec<Run>], fine: &[Vec<Cell>]) -> Option<usize> {
    let y = |k: usize| lines[k].first().map_or(0.0, |r| r.y);
    let rows: Vec<f32> = (0..lines.len()).filter(|&k| fine[k].len() >= 2).map(y).collect();
    let mut gaps: Vec<f32> = rows.windows(2).map(|w| w[0] - w[1]).collect();
    if gaps.len() < 2 {
        return None;
    }
    gaps.sort_by(f32::total_cmp);
    let pitch = gaps[gaps.len() / 2];
    (1..lines.len()).find(|&k| y(k - 1) - y(k) > APART * pitch)
}

/// How many row pitches apart a line is no longer the table's.
const APART: f32 = 2.5;

/// Horizontal runs into lines, top to bottom, each left to right.
fn group_lines(mut runs: Vec<Run>) -> Vec<Vec<Run>> {
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
        .filter(|(_, _, members)| members.iter().any(|r| !r.text.trim().is_empty()))
        .map(|(_, _, mut members)| {
            members.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            members
        })
        .collect()
}

/// Vertical runs into columns read right to left, each top to bottom, one
/// line per column.
fn group_columns(mut runs: Vec<Run>) -> Vec<String> {
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
        .map(|(_, _, mut members)| {
            members.sort_by(|a, b| b.y.total_cmp(&a.y));
            members.iter().map(|r| r.text.as_str()).collect::<String>().trim().to_owned()
        })
        .filter(|text| !text.is_empty())
        .collect()
}

/// Runs of one line, left to right, into cells: a new cell where the gap is
/// wider than `gap` font sizes, where a run starts well inside the one before
/// (a spreadsheet clips a long text at the next cell but draws its last
/// glyph whole), and where a run starts on a column's left edge.
fn cells(runs: &[Run], gap: f32, anchors: &[f32]) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    let mut size = 0f32;
    for run in runs {
        let unit = size.max(run.size).max(1.0);
        // A glyph that touches the one before stays with it, wherever it is
        // (the digits of 100 across the left edge of 10–99).
        let at_anchor = |cell: &Cell| {
            run.x0 - cell.x1 >= TOUCHING
                && anchors.iter().any(|&a| (run.x0 - a).abs() <= ANCHOR_SLACK && a > cell.x0 + ANCHOR_SLACK)
        };
        match out.last_mut() {
            Some(cell) if run.x0 - cell.x1 <= gap * unit && run.x0 >= cell.x1 - OVERLAP * unit && !at_anchor(cell) => {
                if run.x0 - cell.x1 > WORD_GAP * unit && !cell.text.ends_with(' ') && !run.text.starts_with(' ') {
                    cell.text.push(' ');
                }
                cell.text.push_str(&run.text);
                cell.x1 = cell.x1.max(run.x1);
            }
            // A cell starts with something to read, never with a space.
            _ if run.text.trim().is_empty() => {}
            _ => {
                let after_gap = out.last().is_none_or(|cell| run.x0 - cell.x1 > gap * unit || at_anchor(cell));
                out.push(Cell { x0: run.x0, x1: run.x1, text: run.text.clone(), after_gap });
            }
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

/// Lines whose cells line up in columns, as rows by column; None when they
/// do not (two columns of prose, a form, scattered words).
///
/// Columns are cut where a spreadsheet or an HTML table puts them:
/// - where cells start on many lines: each cell's text is drawn from the
///   cell's left edge plus the same padding on every row, so a recurring left
///   edge is a column, whatever the widths of the texts (a header wider than
///   its column, a text clipped at the next cell);
/// - in a vertical gutter no cell crosses (bar a header or two that overflow):
///   right-aligned numbers and dates start anywhere, but the gutter before
///   them is there on every row.
///
/// Returns the rows and where the columns start.
fn table(runs: &[Vec<Run>], fine: &[Vec<Cell>], hints: &[f32]) -> Option<(Vec<Vec<String>>, Vec<f32>)> {
    // Left edges from the cells cut by gaps, and those where texts start
    // on most lines though they touch the column before; then the lines cut
    // again at those edges too, where a text ran up to the next column.
    let mut starts = column_starts(fine);
    starts.extend(shared_starts(runs, fine, hints));
    starts.sort_by(f32::total_cmp);
    starts.dedup_by(|a, b| (*a - *b).abs() <= ANCHOR_SLACK);
    let lines: Vec<Vec<Cell>> = runs.iter().map(|l| cells(l, TABLE_GAP, &starts)).collect();
    let lines = &lines[..];
    let mut cuts = column_starts(lines);
    cuts.extend(gutters(lines));
    cuts.sort_by(f32::total_cmp);
    cuts.dedup_by(|a, b| (*a - *b).abs() <= ANCHOR_SLACK);
    let column_of = |x: f32| cuts.iter().rposition(|&c| c <= x + ANCHOR_SLACK).unwrap_or(0);
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(lines.len());
    // The right edges of the cells of each column.
    let mut ends: Vec<Vec<f32>> = vec![Vec::new(); cuts.len().max(1)];
    for line in lines {
        let mut row = vec![String::new(); cuts.len().max(1)];
        for cell in line {
            let mut column = column_of(cell.x0);
            // A second cell in a column that reaches well into the next,
            // empty one is that column's: a header left-aligned over
            // right-aligned dates or amounts starts before them.
            if !row[column].is_empty()
                && cuts.get(column + 1).is_some_and(|&next| cell.x1 > next + ANCHOR_SLACK)
                && row[column + 1].is_empty()
            {
                column += 1;
            }
            if !row[column].is_empty() {
                row[column].push(' ');
            }
            row[column].push_str(&cell.text);
            ends[column].push(cell.x1);
        }
        rows.push(row);
    }
    join_right_aligned(&mut rows, &mut ends);
    join_lone_cells(&mut rows);
    let ys: Vec<f32> = runs.iter().map(|l| l.first().map_or(0.0, |r| r.y)).collect();
    let mut rows = join_wrapped(rows, &ys);
    // Columns no cell fell into (a gutter right before a left edge) go.
    let used: Vec<bool> = (0..cuts.len().max(1)).map(|c| rows.iter().any(|r| !r[c].is_empty())).collect();
    for row in &mut rows {
        let mut c = 0;
        row.retain(|_| {
            c += 1;
            used[c - 1]
        });
    }
    let columns = used.iter().filter(|u| **u).count();
    if columns < 3 {
        return None;
    }
    // Most rows fill at least half the columns: a roster, not scattered words.
    let filled = rows.iter().filter(|r| r.iter().filter(|c| !c.is_empty()).count() * 2 >= columns).count();
    let kept: Vec<f32> = cuts.iter().zip(&used).filter(|(_, u)| **u).map(|(c, _)| *c).collect();
    (filled * 4 >= rows.len() * 3).then_some((rows, kept))
}

/// A cell whose text wraps draws its other lines as lines of their own,
/// one cell each, above its row's other cells (bottom-aligned, the
/// spreadsheet default), below them (top-aligned) or both (centred). Each
/// such line joins the row nearest it above or below whose cell in that
/// column holds text, before or after it as it is drawn.
fn join_wrapped(rows: Vec<Vec<String>>, ys: &[f32]) -> Vec<Vec<String>> {
    let filled = |r: &Vec<String>| r.iter().filter(|c| !c.is_empty()).count();
    if rows.first().is_none_or(|r| r.len() < 3) {
        return rows;
    }
    let single = |k: usize| k > 0 && filled(&rows[k]) == 1;
    let column = |k: usize| rows[k].iter().position(|c| !c.is_empty()).unwrap_or(0);
    // Single lines between the header and the first row belong to the row
    // below them, and then so do all: the wrapped cells start above their
    // rows (bottom-aligned, or a top-aligned cell in a row whose other
    // cells sit at the bottom, where the cell's first line is nearer the
    // row before).
    let first_row = (1..rows.len()).find(|&k| !single(k));
    let downwards = first_row.is_some_and(|f| f > 1);
    // Otherwise each single line goes to the nearest row of several cells,
    // above or below across other single lines, that has text in its
    // column, or else to the nearest.
    let nearest = |k: usize, a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(u), Some(d)) => Some(if ys[u] - ys[k] < ys[k] - ys[d] { u } else { d }),
        (u, d) => u.or(d),
    };
    let mut target: Vec<Option<usize>> = vec![None; rows.len()];
    for k in (0..rows.len()).filter(|&k| single(k)) {
        let c = column(k);
        let up = (0..k).rev().find(|&j| !single(j)).filter(|&j| j > 0);
        let down = (k + 1..rows.len()).find(|&j| !single(j));
        target[k] = if downwards {
            down
        } else {
            let text = |j: &usize| !rows[*j][c].is_empty();
            nearest(k, up.filter(text), down.filter(text)).or_else(|| nearest(k, up, down))
        };
    }
    let mut out: Vec<Vec<String>> = Vec::with_capacity(rows.len());
    let mut index: Vec<usize> = vec![usize::MAX; rows.len()];
    // Rows of several cells first, then each single line into its row, top
    // to bottom: those above a row go before its text, those below after.
    for (k, row) in rows.iter().enumerate() {
        if target[k].is_none() {
            index[k] = out.len();
            out.push(row.clone());
        }
    }
    let mut before: Vec<Vec<String>> = vec![Vec::new(); rows.len()];
    let mut after: Vec<Vec<String>> = vec![Vec::new(); rows.len()];
    for k in 0..rows.len() {
        if let Some(t) = target[k] {
            let c = column(k);
            let list = if k < t { &mut before[t] } else { &mut after[t] };
            list.resize(rows[k].len(), String::new());
            join_text(&mut list[c], &rows[k][c]);
        }
    }
    for t in 0..rows.len() {
        if index[t] == usize::MAX {
            continue;
        }
        let row = &mut out[index[t]];
        for (c, text) in before[t].iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            let mut joined = text.clone();
            join_text(&mut joined, &row[c]);
            row[c] = joined;
        }
        for (c, text) in after[t].iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            join_text(&mut row[c], text);
        }
    }
    out
}

/// Appends the next line of a wrapped text: Japanese runs on, words in
/// Latin script take a space.
fn join_text(text: &mut String, next: &str) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(text.chars().last()) && latin(next.chars().next()) {
        text.push(' ');
    }
    text.push_str(next);
}

/// A column that holds text on one row only, beside a column empty on that
/// row, is that column's: a header cut off from its column by a gutter (a
/// header left-aligned over right-aligned dates, wider than they are).
fn join_lone_cells(rows: &mut [Vec<String>]) {
    let width = rows.first().map_or(0, Vec::len);
    if rows.len() < 3 {
        return;
    }
    for c in 0..width {
        let mut filled = rows.iter().enumerate().filter(|(_, r)| !r[c].is_empty()).map(|(k, _)| k);
        let (Some(k), None) = (filled.next(), filled.next()) else { continue };
        let into = [c + 1, c.wrapping_sub(1)]
            .into_iter()
            .find(|&n| n < width && rows[k][n].is_empty() && rows.iter().any(|r| !r[n].is_empty()));
        if let Some(n) = into {
            rows[k][n] = std::mem::take(&mut rows[k][c]);
        }
    }
}

/// Right-aligned numbers start where their digits make them (1–9, 10–99,
/// 100–999 each at its own left edge), which cuts one column into several:
/// columns side by side that no row fills both of, whose texts end at the
/// same right edge (a header or two aside), are one column.
fn join_right_aligned(rows: &mut [Vec<String>], ends: &mut [Vec<f32>]) {
    let mut c = 0;
    while c + 1 < ends.len() {
        let both = rows.iter().any(|r| !r[c].is_empty() && !r[c + 1].is_empty());
        let all: Vec<f32> = ends[c].iter().chain(&ends[c + 1]).copied().collect();
        let right = all.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let flush = all.iter().filter(|&&x| right - x <= ANCHOR_SLACK).count();
        let aligned = !ends[c].is_empty() && !ends[c + 1].is_empty() && flush + (all.len() / 8).max(1) >= all.len();
        if both || !aligned {
            c += 1;
            continue;
        }
        for row in rows.iter_mut() {
            let moved = std::mem::take(&mut row[c + 1]);
            if !moved.is_empty() {
                row[c] = moved;
            }
        }
        let moved = std::mem::take(&mut ends[c + 1]);
        ends[c].extend(moved);
    }
}

/// More candidate column edges than this on a page are not looked at.
const MAX_CANDIDATES: usize = 256;

/// Runs closer than this many points to the end of the text before them on
/// their line touch it: glyphs of one word drawn one by one, not a new cell
/// (a spreadsheet pads each cell's text by a point or so on either side:
/// LibreOffice leaves 0.6 pt before a text clipped at the next cell and
/// 1.3 pt between a right-aligned number and the text after it).
const TOUCHING: f32 = 0.3;

/// Left edges where a cell starts after a gap on some line (the header's
/// cells, a short value) or where the table on the page before had a
/// column (`hints`), and where, on at least half the lines, a run starts
/// that does not touch the text before it: a column whose texts run up to
/// it on every line (right-aligned numbers before names, values that fill
/// their cells) has no gap on most lines, but its texts all start there.
/// Glyphs drawn one by one line up too (digits of dates, of amounts), but
/// each touches the one before.
fn shared_starts(runs: &[Vec<Run>], fine: &[Vec<Cell>], hints: &[f32]) -> Vec<f32> {
    let mut candidates: Vec<f32> =
        fine.iter().flatten().filter(|c| c.after_gap).map(|c| c.x0).chain(hints.iter().copied()).collect();
    candidates.sort_by(f32::total_cmp);
    candidates.dedup_by(|a, b| (*a - *b).abs() <= ANCHOR_SLACK);
    // A page of scattered glyphs (or a hostile one) is no table of a few
    // dozen columns: the work below stays bounded.
    if candidates.len() > MAX_CANDIDATES {
        return Vec::new();
    }
    // Per row, each run's start (left to right, as the lines' runs are)
    // and whether it stands apart from the text drawn before it. Rows only:
    // the other lines of wrapped cells start where their cell does.
    let starts: Vec<Vec<(f32, bool)>> = runs
        .iter()
        .zip(fine)
        .filter(|(_, cells)| cells.len() >= 2)
        .map(|(line, _)| {
            let mut end = f32::NEG_INFINITY;
            let mut out = Vec::new();
            for run in line {
                if !run.text.trim().is_empty() {
                    out.push((run.x0, run.x0 - end >= TOUCHING));
                }
                end = end.max(run.x1);
            }
            out
        })
        .collect();
    candidates
        .into_iter()
        .filter(|&x| {
            let mut on = 0;
            let mut apart = 0;
            for line in &starts {
                let first = line.partition_point(|(x0, _)| *x0 < x - ANCHOR_SLACK);
                if let Some(&(x0, alone)) = line.get(first) {
                    if x0 <= x + ANCHOR_SLACK {
                        on += 1;
                        apart += usize::from(alone);
                    }
                }
            }
            on * 2 >= starts.len() && on >= 2 && apart * 4 >= on * 3
        })
        .collect()
}

/// Points within which two left edges are the same column.
const ANCHOR_SLACK: f32 = 2.0;

/// The left edges shared by enough of the lines, left to right.
fn column_starts(lines: &[Vec<Cell>]) -> Vec<f32> {
    let mut starts: Vec<(f32, usize)> = lines
        .iter()
        .enumerate()
        .flat_map(|(i, line)| line.iter().filter(|c| c.after_gap).map(move |c| (c.x0, i)))
        .collect();
    starts.sort_by(|a, b| a.0.total_cmp(&b.0));
    // At least a fifth of the lines, and two: the header and one row. (A
    // column after one whose texts fill it is set apart by a gap only on
    // the rows where the text before it is short.)
    // Counted over rows: the other lines of wrapped cells have one cell.
    let rows = lines.iter().filter(|l| l.len() >= 2).count();
    let needed = rows.div_ceil(5).max(2);
    let mut anchors = Vec::new();
    let mut k = 0;
    while k < starts.len() {
        let first = starts[k].0;
        let mut end = k;
        let mut on = std::collections::BTreeSet::new();
        while end < starts.len() && starts[end].0 - first <= ANCHOR_SLACK {
            on.insert(starts[end].1);
            end += 1;
        }
        if on.len() >= needed {
            anchors.push(first);
        }
        k = end;
    }
    anchors
}

/// The middles of the vertical gutters between the first cell's start and
/// the last cell's end that at most one line in eight crosses.
fn gutters(lines: &[Vec<Cell>]) -> Vec<f32> {
    let allowed = lines.len() / 8;
    let mut edges: Vec<(f32, i32)> = Vec::new();
    for cell in lines.iter().flatten() {
        edges.push((cell.x0, 1));
        edges.push((cell.x1.max(cell.x0), -1));
    }
    edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out = Vec::new();
    let mut cover = 0i32;
    let mut open: Option<f32> = None;
    for (x, delta) in edges {
        let before = cover;
        cover += delta;
        if before > allowed as i32 && cover <= allowed as i32 {
            open = Some(x);
        } else if before <= allowed as i32 && cover > allowed as i32 {
            if let Some(start) = open.take() {
                if x - start > 1.0 {
                    out.push((start + x) / 2.0);
                }
            }
        }
    }
    out
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
        let page = read_page(runs, &[]);
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
        let page = read_page(runs, &[]);
        assert!(page.tables.is_empty());
        assert_eq!(page.lines, ["担当の鈴木一郎が対応しました。", "氏名\t山田太郎", "電話\t03-1234-5678"]);
    }

    #[test]
    fn vertical_writing_reads_right_to_left_top_to_bottom() {
        let v = |x: f32, y: f32, t: &str| Run { x0: x, x1: x, y, size: 10.0, text: t.to_owned(), vertical: true };
        let page = read_page(
            vec![v(100.0, 500.0, "鈴"), v(100.0, 490.0, "木"), v(120.0, 500.0, "山"), v(120.0, 490.0, "田")],
            &[],
        );
        assert_eq!(page.lines, ["山田", "鈴木"]);
    }
}
