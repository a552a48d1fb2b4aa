//! HTML to text: tags become spaces, script and style bodies are dropped,
//! character references are decoded. Line breaks of the source are kept as
//! they are, so a finding's line number is the line in the HTML file.

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "yen" => '¥',
        "copy" => '©',
        _ => return None,
    })
}

/// Where `needle` (lower-case ASCII, starting with `<`) first occurs in
/// `hay`, in any case. Without allocating: lower-casing the rest of the
/// document at every `<script>` made 300,000 empty scripts take a minute.
fn find_tag(hay: &str, needle: &str) -> Option<usize> {
    let bytes = hay.as_bytes();
    memchr::memchr_iter(b'<', bytes)
        .find(|&i| bytes.get(i..i + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes())))
}

/// The visible text of an HTML document, line for line. Comments count as
/// text: what a page comments out is still in the file that is sent.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(c) = rest.chars().next() {
        if let Some(end_tag) = skip_until {
            match find_tag(rest, end_tag) {
                Some(i) => {
                    out.extend(rest[..i].chars().filter(|&c| c == '\n'));
                    rest = &rest[i..];
                    skip_until = None;
                }
                None => break,
            }
            continue;
        }
        match c {
            '<' if rest.starts_with("<!--") => {
                let body = &rest[4..];
                let (inside, after) = match body.find("-->") {
                    Some(i) => (&body[..i], &body[i + 3..]),
                    None => (body, ""),
                };
                // Commented-out markup is read as markup (its tags dropped).
                out.push(' ');
                out.push_str(&html_to_text(inside));
                out.push(' ');
                rest = after;
            }
            '<' => {
                let end = rest.find('>').map_or(rest.len(), |i| i + 1);
                let tag = &rest[..end];
                out.extend(tag.chars().filter(|&c| c == '\n'));
                out.push(' ');
                let lower = tag.to_ascii_lowercase();
                if lower.starts_with("<script") && !lower.ends_with("/>") {
                    skip_until = Some("</script");
                } else if lower.starts_with("<style") {
                    skip_until = Some("</style");
                }
                rest = &rest[end..];
            }
            '&' => {
                let semi = rest.as_bytes()[..rest.len().min(12)].iter().position(|&b| b == b';');
                match semi.and_then(|i| decode_entity(&rest[1..i]).map(|ch| (i, ch))) {
                    Some((i, ch)) => {
                        out.push(ch);
                        rest = &rest[i + 1..];
                    }
                    None => {
                        out.push('&');
                        rest = &rest[1..];
                    }
                }
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_lines() {
        let t = html_to_text("<p>氏名:&nbsp;山田</p>\n<script>var x='090-1234-5678';</script><td>a&amp;b</td>");
        assert!(t.contains("氏名: 山田"));
        assert!(!t.contains("090"));
        assert!(t.contains("a&b"));
        assert_eq!(t.lines().count(), 2);
    }

    #[test]
    fn comments_are_text_and_keep_their_lines() {
        // A phone number in an HTML comment passed in silence.
        let t = html_to_text("<p>a</p><!-- 担当\n<td>090-1234-5678</td> -->\n<p>b</p><!-- unclosed 03-1234-5678");
        assert!(t.contains("090-1234-5678") && t.contains("03-1234-5678"), "{t}");
        assert!(!t.contains("<td>"));
        assert_eq!(t.lines().count(), 3);
    }
}
