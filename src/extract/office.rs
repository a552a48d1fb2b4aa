//! Word and PowerPoint documents (docx, pptx): zip packages of XML. The text
//! of every paragraph becomes one line, table cells are separated by tabs
//! (so a label cell and its value stay on one line), and each slide, header,
//! footer, comment and note is its own part, named in the location.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::archive::inflated_size_within;
use super::{Budget, Part, Sink, TextPart};
use crate::{Format, Problem, ProblemKind};

/// Text of one WordprocessingML or DrawingML part.
pub(crate) fn xml_text(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    let mut in_text = false;
    // Inside a table cell a paragraph end is a space and a row end a line
    // break, so a label cell and its value read as one line.
    let mut cell_depth = 0u32;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tc" => cell_depth += 1,
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" if cell_depth > 0 => out.push(' '),
                "p" => out.push('\n'),
                "tc" => {
                    cell_depth = cell_depth.saturating_sub(1);
                    out.push('\t');
                }
                "tr" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r.xml10_content()) {
                    out.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The parts worth reading, in reading order, with a human name for each.
fn text_members(names: &[String], format: Format) -> Vec<(String, String)> {
    let mut members: Vec<(String, String, u32)> = Vec::new();
    for name in names {
        let number = |prefix: &str| -> Option<u32> { name.strip_prefix(prefix)?.strip_suffix(".xml")?.parse().ok() };
        let picked = match format {
            Format::Docx => match name.as_str() {
                "word/document.xml" => Some((String::new(), 0)),
                "word/footnotes.xml" => Some(("footnotes".to_owned(), 10_000)),
                "word/endnotes.xml" => Some(("endnotes".to_owned(), 10_001)),
                "word/comments.xml" => Some(("comments".to_owned(), 10_002)),
                _ => number("word/header")
                    .map(|n| (format!("header{n}"), 20_000 + n))
                    .or_else(|| number("word/footer").map(|n| (format!("footer{n}"), 30_000 + n))),
            },
            _ => number("ppt/slides/slide")
                .map(|n| (format!("slide {n}"), n))
                .or_else(|| number("ppt/notesSlides/notesSlide").map(|n| (format!("notes {n}"), 100_000 + n)))
                .or_else(|| number("ppt/comments/comment").map(|n| (format!("comments {n}"), 200_000 + n))),
        };
        if let Some((label, order)) = picked {
            members.push((name.clone(), label, order));
        }
    }
    members.sort_by_key(|m| m.2);
    members.into_iter().map(|(n, l, _)| (n, l)).collect()
}

pub(super) fn extract(bytes: &[u8], format: Format, entry: Option<&str>, budget: &mut Budget, sink: &mut dyn Sink) {
    match inflated_size_within(bytes, budget.decompressed_left()) {
        Ok(size) => budget.decompressed += size,
        Err(problem) => {
            sink.problem(problem.with_entry(entry));
            return;
        }
    }
    let mut archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            sink.problem(Problem::new(ProblemKind::Corrupt, entry, format!("document package: {e}")));
            return;
        }
    };
    let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    for (member, label) in text_members(&names, format) {
        let mut xml = String::new();
        let read = archive
            .by_name(&member)
            .map_err(|e| e.to_string())
            .and_then(|mut f| f.read_to_string(&mut xml).map_err(|e| e.to_string()));
        let part_name = match (entry, label.is_empty()) {
            (Some(parent), true) => Some(parent.to_owned()),
            (Some(parent), false) => Some(format!("{parent}/{label}")),
            (None, true) => None,
            (None, false) => Some(label),
        };
        if let Err(e) = read {
            sink.problem(Problem::new(ProblemKind::Corrupt, part_name.as_deref(), format!("{member}: {e}")));
            continue;
        }
        match xml_text(&xml) {
            Ok(text) => sink.part(Part::Text(TextPart { entry: part_name, page: None, text })),
            Err(e) => sink.problem(Problem::new(ProblemKind::Corrupt, part_name.as_deref(), format!("{member}: {e}"))),
        }
    }
}
