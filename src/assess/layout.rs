//! The shape of a Japanese business mail body: the salutation lines at the
//! top (「株式会社アルファ商事 / 営業部 山田様」), the sender's signature
//! after the closing phrase or a ruled line, and quoted earlier mails, each
//! with its own salutation and signature. Names, phones and addresses there
//! are the correspondents', not data being sent, so content rules skip them.

/// Lines (1-based, as in [`crate::Location::line`]) of a body that are
/// correspondence furniture rather than content.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    furniture: Vec<bool>,
    /// Lines of an online-meeting invitation's access block (join link,
    /// meeting ID, passcode).
    meeting: Vec<bool>,
    /// The first line (1-based) of the first quoted or forwarded mail.
    quote_from: Option<u32>,
}

impl Layout {
    /// True when `line` (1-based) is a salutation, signature or quote header.
    pub fn is_furniture(&self, line: u32) -> bool {
        line >= 1 && self.furniture.get(line as usize - 1).copied().unwrap_or(false)
    }

    /// True when `line` (1-based) is in a meeting invitation's access block:
    /// a Teams, Zoom or Webex passcode there is how every invitee joins,
    /// not a credential.
    pub fn is_meeting_access(&self, line: u32) -> bool {
        line >= 1 && self.meeting.get(line as usize - 1).copied().unwrap_or(false)
    }

    /// True when the body carries an online meeting's access block: an
    /// invitation, whose invitees meet each other anyway.
    pub fn invites_to_meeting(&self) -> bool {
        self.meeting.iter().any(|&m| m)
    }

    /// True when `line` (1-based) belongs to a quoted or forwarded mail: its
    /// signature is the other party's, not the sender's.
    pub fn is_quoted(&self, line: u32) -> bool {
        self.quote_from.is_some_and(|q| line >= q)
    }
}

/// What marks an online-meeting invitation: the services' join links and the
/// meeting-ID line they generate.
const MEETING_MARKERS: &[&str] = &[
    "teams.microsoft.com/l/meetup-join",
    "teams.live.com/meet",
    "zoom.us/j/",
    "zoom.us/w/",
    "webex.com/meet",
    "webex.com/join",
    ".webex.com/",
    "meet.google.com/",
    "会議 id",
    "会議id",
    "ミーティング id",
    "ミーティングid",
    "meeting id",
    "ミーティング番号",
    "ウェビナー id",
    "webinar id",
];

/// Lines within this distance of a meeting marker belong to its access block.
const MEETING_BLOCK: usize = 3;

fn meeting_lines(lines: &[&str]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        let l = line.to_lowercase().replace('\u{3000}', " ");
        if MEETING_MARKERS.iter().any(|m| l.contains(m)) {
            let from = i.saturating_sub(MEETING_BLOCK);
            let to = (i + MEETING_BLOCK + 1).min(lines.len());
            for flag in &mut out[from..to] {
                *flag = true;
            }
        }
    }
    // A guest network's password in a venue guide (「来客用Wi-Fi SSID: …
    // パスワード: …」) is handed to every visitor: the same kind of access.
    let lower: Vec<String> = lines.iter().map(|l| l.to_lowercase()).collect();
    for i in 0..lines.len() {
        let near = &lower[i.saturating_sub(1)..(i + 2).min(lines.len())];
        let has = |words: &[&str]| near.iter().any(|l| words.iter().any(|w| l.contains(w)));
        if has(GUEST_NETWORK) && has(GUESTS) {
            out[i] = true;
        }
    }
    out
}

/// A wireless network named on the line or the next.
const GUEST_NETWORK: &[&str] = &["wi-fi", "wifi", "ssid", "無線lan"];

/// Words that say a network is for visitors, not the organisation's own.
const GUESTS: &[&str] = &["来客", "来場者", "来訪者", "ゲスト", "guest", "visitor", "お客様用", "フリーwi"];

const CLOSINGS: &[&str] = &[
    "よろしくお願い",
    "宜しくお願い",
    "よろしく御願い",
    "お願い申し上げます",
    "以上、よろしく",
    "敬具",
    "草々",
    "取り急ぎ",
    "best regards",
    "kind regards",
    "regards,",
    "sincerely",
    "thanks,",
    "thank you,",
];

/// Words that open the first line of a mail's text after the salutation
/// (「いつもお世話になっております」「お疲れ様です」「先日は…」): where the
/// addressee lines end. One list for the layout and the salutation reader.
pub(super) const GREETINGS: &[&str] =
    &["お世話", "お疲れ", "おつかれ", "いつも", "初めまして", "はじめまして", "突然", "ご無沙汰", "先日", "本日は"];

/// A line that starts a quoted or forwarded mail.
fn is_quote_header(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    (l.starts_with("-----") && (l.contains("original") || l.contains("forward") || l.contains("転送")))
        || l.starts_with("---------- forwarded")
        || (l.starts_with("on ") && l.ends_with("wrote:"))
        || l.ends_with("wrote:")
        || l.ends_with("書きました:")
        || l.ends_with("書きました：")
        || (l.starts_with("from:") && l.contains('@'))
        || l.starts_with("差出人:")
        || l.starts_with("差出人：")
}

/// A ruled line: `-----`, `━━━━`, `＝＝＝`, `*****`, or the RFC 3676 `-- `.
pub fn is_rule(line: &str) -> bool {
    let t = line.trim_end();
    if t == "--" || t == "-- " {
        return true;
    }
    let t = t.trim();
    let chars: Vec<char> = t.chars().collect();
    chars.len() >= 4
        && chars.iter().filter(|c| "-=_*~#+━─―‐ー＝＊～☆★◆◇■□◇・…—–=".contains(**c)).count() * 10 >= chars.len() * 8
}

fn unquote(line: &str) -> &str {
    line.trim_start_matches(['>', '＞', '|', ' ', '\u{3000}'])
}

/// Finds the furniture of `body`. `first_line` is the 1-based line number
/// the body's first line has in the scanned text.
pub fn layout(body: &str, first_line: u32) -> Layout {
    let lines: Vec<&str> = body.lines().collect();
    let mut furniture = vec![false; lines.len()];
    // Segments: the new mail, then each quoted or forwarded one.
    let mut starts = vec![0];
    for (i, line) in lines.iter().enumerate() {
        if is_quote_header(unquote(line)) {
            furniture[i] = true;
            starts.push(i + 1);
        }
    }
    let quote_from = starts.get(1).map(|&i| i as u32 + first_line.saturating_sub(1));
    starts.push(lines.len());
    for pair in starts.windows(2) {
        let (start, end) = (pair[0], pair[1].max(pair[0]));
        mark_segment(&lines[start..end], &mut furniture[start..end]);
    }
    let mut all = vec![false; first_line.saturating_sub(1) as usize];
    let mut meeting = all.clone();
    all.extend(furniture);
    meeting.extend(meeting_lines(&lines));
    Layout { furniture: all, meeting, quote_from }
}

/// A row of a pasted list (cells between tabs or commas) or a line with a
/// phone, postal or member number: never an addressee's name or title, so a
/// mail that is only a pasted roster is not taken for its salutation.
fn looks_like_a_record(line: &str) -> bool {
    let separators = line.chars().filter(|&c| c == ',' || c == '，').count();
    let mut digits = 0;
    let long_number = line.chars().any(|c| {
        digits = if c.is_ascii_digit() || ('０'..='９').contains(&c) { digits + 1 } else { 0 };
        digits >= 3
    });
    line.contains('\t') || separators >= 2 || long_number
}

fn mark_segment(lines: &[&str], furniture: &mut [bool]) {
    // Header lines of a quoted mail (件名:, 送信日時:, To:) and the salutation.
    let mut i = 0;
    let mut seen = 0;
    while i < lines.len() && seen < 5 {
        let line = unquote(lines[i]).trim();
        if line.is_empty() {
            i += 1;
            continue;
        }
        let lower = line.to_lowercase();
        let header = ["件名", "送信日時", "日時", "宛先", "cc:", "to:", "subject:", "sent:", "date:"]
            .iter()
            .any(|h| lower.starts_with(h));
        if header {
            furniture[i] = true;
            i += 1;
            continue;
        }
        // A line that ends in a comma is a sentence running on to the next
        // (「印刷課の大野さんがヘルニアで手術を受け、」 under a quoted mail's
        // 「営業部各位」), and 「さんが」「様が」 make a name a sentence's
        // subject: content, however short; an addressee line never is.
        if GREETINGS.iter().any(|g| line.contains(g))
            || line.contains('。')
            || line.ends_with(['、', '，'])
            || ["さんが", "さんは", "様が"].iter().any(|w| line.contains(w))
            || line.chars().count() > 40
            || looks_like_a_record(line)
        {
            break;
        }
        furniture[i] = true;
        seen += 1;
        i += 1;
    }
    // The signature: after the last closing phrase, else from the first ruled
    // line among the last 15 lines.
    let closing = lines.iter().rposition(|l| {
        let l = unquote(l).to_lowercase();
        CLOSINGS.iter().any(|c| l.contains(c)) && l.chars().count() <= 60
    });
    let tail_start = lines.len().saturating_sub(15);
    let signature = match closing {
        Some(at) if at + 1 < lines.len() => Some(at + 1),
        _ => (tail_start..lines.len()).find(|&i| is_rule(unquote(lines[i]))),
    };
    if let Some(from) = signature {
        for flag in &mut furniture[from..] {
            *flag = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salutation_signature_and_quotes() {
        let body = "株式会社アルファ商事\n営業部 山田様\n\nいつもお世話になっております。\n住所録を添付します。\n\
                    よろしくお願いいたします。\n━━━━━━\n鈴木 一郎\nTEL 03-1234-5678\n\
                    -----Original Message-----\nFrom: 山田 <yamada@alpha-shoji.co.jp>\n件名: 住所録\n\
                    プレセンド 鈴木様\nお世話になります。\n送付ください。\n山田\n090-1111-2222";
        let l = layout(body, 1);
        let marked: Vec<u32> = (1..=18).filter(|&n| l.is_furniture(n)).collect();
        assert_eq!(marked, [1, 2, 7, 8, 9, 10, 11, 12, 13]);
        // With the subject on line 1, everything moves down one line.
        let shifted = layout(body, 2);
        assert!(shifted.is_furniture(2) && !shifted.is_furniture(1) && !shifted.is_furniture(6));
    }

    #[test]
    fn a_mail_that_is_only_a_pasted_list_has_no_salutation() {
        for body in [
            "氏名,電話番号,住所\n山田 太郎,090-1111-0001,東京都港区芝1-1-1\n佐藤 花子,090-1111-0002,大阪府大阪市",
            "氏名\t電話番号\n山田 太郎\t090-1111-0001\n佐藤 花子\t090-1111-0002",
            "山田 太郎 090-1111-0001\n佐藤 花子 090-1111-0002\n鈴木 一郎 090-1111-0003",
        ] {
            let l = layout(body, 1);
            assert!((1..=3).all(|n| !l.is_furniture(n)), "{body}");
        }
        // An addressee block is still one.
        let l = layout("株式会社アルファ商事\n第2営業部 山田様\n\nお世話になっております。", 1);
        assert!(l.is_furniture(1) && l.is_furniture(2) && !l.is_furniture(4));
    }

    #[test]
    fn ruled_lines() {
        for rule in ["-----", "━━━━━━━━", "＝＝＝＝＝", "-- ", "*****************"] {
            assert!(is_rule(rule), "{rule}");
        }
        for text in ["03-1234-5678", "----x----yyyy", "2026-11-22"] {
            assert!(!is_rule(text), "{text}");
        }
    }
}
