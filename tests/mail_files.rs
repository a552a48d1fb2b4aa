//! Mail files (.eml, mbox), contact files (vCard) and bank transfer files
//! (全銀), built as the tools that write them do, read as what they are:
//! their people found with places a person can look up, and every damaged
//! or undecodable one reported, never passed in silence.

mod support;

use presend::{scan_bytes, FileReport, Format, Kind, ProblemKind, ScanOptions};
use support::files::{self, Cell, Sheet};
use support::mail::{self, Attachment, Msg, MsgAttachment, Prop, Transfer};

fn scan(name: &str, bytes: &[u8]) -> FileReport {
    scan_bytes(name, bytes, &ScanOptions::default())
}

fn count(report: &FileReport, kind: Kind) -> u32 {
    report.summary.iter().find(|k| k.kind == kind).map_or(0, |k| k.count)
}

fn in_entry(report: &FileReport, entry: &str, kind: Kind) -> usize {
    report.findings.iter().filter(|f| f.kind == kind && f.location.entry.as_deref() == Some(entry)).count()
}

fn roster() -> Vec<u8> {
    files::xlsx(&[Sheet::new(
        "名簿",
        vec![
            vec![Cell::from("氏名"), Cell::from("個人番号"), Cell::from("電話番号")],
            vec![Cell::from("山田 太郎"), Cell::from("123456789018"), Cell::from("090-1234-5678")],
            vec![Cell::from("佐藤 花子"), Cell::from("987654321018"), Cell::from("080-2222-3333")],
        ],
    )])
}

#[test]
fn an_iso_2022_jp_mail_is_read_with_its_headers_body_and_attached_roster() {
    let roster = roster();
    let from = format!("{} <yamada@example.co.jp>", mail::jis_word("山田 太郎"));
    let to = format!("{} <hanako.sato@gmail.com>", mail::jis_word("佐藤 花子"));
    let body = "佐藤様\n\n鈴木一郎さんの連絡先は 090-8765-4321 です。\n住所は東京都千代田区丸の内1-2-3です。\n";
    let bytes = mail::eml(
        &from,
        &to,
        "名簿の件",
        body,
        &[Attachment {
            name: "職員名簿.xlsx",
            mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            bytes: &roster,
        }],
    );
    assert!(bytes.is_ascii(), "a 7-bit mail, as ISO-2022-JP mailers send it");
    let r = scan("forwarded.eml", &bytes);
    assert_eq!(r.format, Format::Eml);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    // The body: the phone and the address, located by line of the decoded text.
    let phone = r.findings.iter().find(|f| f.kind == Kind::Phone && f.location.entry.is_none()).expect("body phone");
    assert!(phone.location.line.is_some());
    assert!(r.findings.iter().any(|f| f.kind == Kind::Address && f.location.entry.is_none()), "{:#?}", r.findings);
    // The attachment, named as the mailer shows it, read as a workbook.
    assert_eq!(in_entry(&r, "職員名簿.xlsx", Kind::MyNumber), 2, "{:#?}", r.findings);
    assert_eq!(in_entry(&r, "職員名簿.xlsx", Kind::PersonName), 2);
    // The headers are decoded: the From and To addresses are mail addresses of the content.
    assert!(count(&r, Kind::Email) >= 2, "{:?}", r.summary);
}

#[test]
fn a_mail_in_shift_jis_quoted_printable_and_an_html_only_mail_are_read() {
    let body = encoding_rs::SHIFT_JIS.encode("利用者 山田太郎 様の個人番号は 123456789018 です。\r\n").0;
    let bytes = [
        b"From: a@example.jp\r\nTo: b@example.jp\r\nSubject: =?Shift_JIS?Q?=8C=8F=96=BC?=\r\nMIME-Version: 1.0\r\n"
            .as_slice(),
        b"Content-Type: text/plain; charset=\"Shift_JIS\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
        mail::quoted_printable(&body).as_bytes(),
        b"\r\n",
    ]
    .concat();
    let r = scan("sjis.eml", &bytes);
    assert_eq!(r.format, Format::Eml);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::MyNumber), 1, "{:?}", r.findings);

    let html = "<html><body><p>患者：山田太郎</p><p>電話 090-1234-5678</p></body></html>";
    let bytes = format!(
        "From: a@example.jp\nTo: b@example.jp\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=alt\n\n--alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{}\n--alt--\n",
        mail::base64(html.as_bytes())
    );
    let r = scan("html.eml", bytes.as_bytes());
    assert_eq!(count(&r, Kind::Phone), 1, "{:?}", r.findings);
}

/// A list pasted into a mail from Excel, as Outlook and Gmail send it: an
/// HTML table, and a plain twin that flattens it one cell a line.
const PASTED_TABLE: &str = "<html><body><p>名簿をお送りします。</p><table border=1>\
<tr><td>氏名</td><td>生年月日</td><td>携帯</td></tr>\
<tr><td>藤田 光</td><td>1990/05/06</td><td>090-1111-2222</td></tr>\
<tr><td>原 大地</td><td>1985/01/02</td><td>080-3333-4444</td></tr></table>\
<p>よろしくお願いします。</p></body></html>";
const PASTED_TABLE_PLAIN: &str =
    "名簿をお送りします。\r\n氏名\r\n生年月日\r\n携帯\r\n藤田 光\r\n1990/05/06\r\n090-1111-2222\r\n原 大地\r\n1985/01/02\r\n080-3333-4444\r\nよろしくお願いします。\r\n";

fn table_kinds(r: &FileReport, row: u32, column: u32) -> Vec<Kind> {
    r.findings
        .iter()
        .filter(|f| f.location.table == Some(1) && f.location.row == Some(row) && f.location.column == Some(column))
        .map(|f| f.kind)
        .collect()
}

#[test]
fn a_table_pasted_into_a_mail_body_is_read_as_a_table() {
    // Read before as the plain twin's lines: 原 大地 (a one-kanji surname)
    // and the birth dates, with no header beside them, were missed.
    let bytes = format!(
        "From: a@example.jp\nTo: b@example.jp\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=alt\n\n\
         --alt\nContent-Type: text/plain; charset=utf-8\n\n{PASTED_TABLE_PLAIN}\n\
         --alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{}\n--alt--\n",
        mail::base64(PASTED_TABLE.as_bytes())
    );
    let r = scan("pasted.eml", bytes.as_bytes());
    assert_eq!(table_kinds(&r, 3, 1), vec![Kind::PersonName], "{:?}", r.findings);
    assert_eq!(table_kinds(&r, 2, 2), vec![Kind::BirthDate], "{:?}", r.findings);
    assert_eq!(table_kinds(&r, 3, 3), vec![Kind::Phone], "{:?}", r.findings);
    // Read once: the plain twin is not read beside the table.
    assert_eq!(count(&r, Kind::Phone), 2, "{:?}", r.findings);
    assert_eq!(count(&r, Kind::PersonName), 2, "{:?}", r.summary);

    // Outlook's .msg keeps both bodies too.
    let bytes = mail::msg(&Msg {
        props: vec![
            Prop::Text(0x0037, "名簿"),
            Prop::Text(0x1000, PASTED_TABLE_PLAIN),
            Prop::Binary(0x1013, PASTED_TABLE.as_bytes()),
            Prop::Long(0x3FFD, 65001),
        ],
        recipients: vec![],
        attachments: vec![],
    });
    let r = scan("pasted.msg", &bytes);
    assert_eq!(r.format, Format::Msg);
    assert_eq!(table_kinds(&r, 3, 1), vec![Kind::PersonName], "{:?}", r.findings);
    assert_eq!(count(&r, Kind::Phone), 2, "{:?}", r.findings);

    // A mail whose HTML has no table is read from its plain body, as before.
    let bytes = "From: a@example.jp\nTo: b@example.jp\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=alt\n\n\
         --alt\nContent-Type: text/plain; charset=utf-8\n\n電話 090-1234-5678\n\
         --alt\nContent-Type: text/html; charset=utf-8\n\n<p>電話 090-1234-5678</p>\n--alt--\n";
    let r = scan("plain.eml", bytes.as_bytes());
    assert_eq!(count(&r, Kind::Phone), 1, "{:?}", r.findings);
}

#[test]
fn a_forwarded_mail_inside_a_mail_and_each_mail_of_an_mbox_are_read() {
    let inner = mail::eml("a@example.jp", "b@example.jp", "元の件", "個人番号 123456789018\n", &[]);
    let outer = [
        b"From: c@example.jp\nTo: d@example.jp\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nsee below\n--x\nContent-Type: message/rfc822\n\n".as_slice(),
        &inner,
        b"\n--x--\n",
    ]
    .concat();
    let r = scan("fwd.eml", &outer);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::MyNumber), 1, "{:?}", r.findings);

    let one = "From a@example.jp Mon Dec  1 00:00:00 2026\nFrom: a@example.jp\nTo: b@example.jp\nSubject: 1\n\n電話 090-1234-5678\n";
    let two = "From a@example.jp Mon Dec  1 00:00:01 2026\nFrom: a@example.jp\nTo: b@example.jp\nSubject: 2\n\n電話 080-2222-3333\n";
    let r = scan("inbox.mbox", format!("{one}\n{two}").as_bytes());
    assert_eq!(r.format, Format::Eml);
    let entries: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == Kind::Phone)
        .map(|f| f.location.entry.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(entries, vec!["mail 1", "mail 2"], "each mail of the mbox located as its own");
}

#[test]
fn a_mailbox_between_the_same_two_people_is_two_people_and_thirty_customers_are_thirty() {
    // A salesperson's sent mail exported to hand over: thirty mails to the
    // same client, each with the same signature. Counted per mail it read as
    // sixty people (600 such mails would have passed 1,000: a block).
    let mbox = |body: &dyn Fn(u32) -> String| -> String {
        (1..=30)
            .map(|i| {
                format!(
                    "From suzuki@example.co.jp Mon Dec  1 00:00:{i:02} 2026\nFrom: 鈴木 一郎 <suzuki@example.co.jp>\nTo: tanaka@client.example.jp\nSubject: 打合せ {i}\n\n{}\n",
                    body(i)
                )
            })
            .collect()
    };
    let signed = mbox(&|i| {
        format!("田中様\n\n{i}回目の打合せの件、承知しました。\n\n--\n株式会社サンプル 営業部\n鈴木 一郎\nTEL: 03-1234-5678\n携帯: 090-9876-5432\nsuzuki@example.co.jp\n")
    });
    let r = scan("Sent.mbox", signed.as_bytes());
    assert_eq!(r.format, Format::Eml);
    assert!(count(&r, Kind::Phone) >= 60, "every mail's phones are still listed: {:?}", r.summary);
    assert_eq!(r.records, 2, "{:?}", r.summary);
    // Thirty customers, one a mail, are thirty people.
    let customers = mbox(&|i| {
        format!("ご注文ありがとうございます。\nお届け先の電話番号 090-1111-{i:04} に配達前にご連絡します。\n")
    });
    let r = scan("Orders.mbox", customers.as_bytes());
    assert!(r.records >= 30, "{} people: {:?}", r.records, r.summary);
}

#[test]
fn a_damaged_or_undecodable_mail_is_reported_not_passed() {
    let roster = roster();
    let whole = mail::eml(
        "a@example.jp",
        "b@example.jp",
        "件",
        "本文\n",
        &[Attachment { name: "名簿.xlsx", mime: "application/octet-stream", bytes: &roster }],
    );
    // Cut inside the attachment: the rest of the base64 and the closing boundary are gone.
    let cut = &whole[..whole.len() - 300];
    let r = scan("cut.eml", cut);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);

    // A charset nobody knows, and bytes that are not what the mail declares.
    let r = scan(
        "odd.eml",
        b"From: a@example.jp\nTo: b@example.jp\nContent-Type: text/plain; charset=x-klingon\n\n\xA4\xA2\n",
    );
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Encoding), "{:?}", r.problems);

    // MIME nested deeper than any mailer writes.
    let mut deep = String::from("From: a@example.jp\nTo: b@example.jp\n");
    for i in 0..60 {
        deep.push_str(&format!("Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n"));
    }
    deep.push_str("Content-Type: text/plain\n\nx\n");
    let r = scan("deep.eml", deep.as_bytes());
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::OverLimit), "{:?}", r.problems);
}

#[test]
fn a_plain_iso_2022_jp_text_file_is_read_not_taken_for_binary() {
    let r = scan("memo.txt", &mail::jis("山田太郎の電話番号は090-1234-5678です。\n"));
    assert_eq!(r.format, Format::Text);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 1);
}

#[test]
fn vcards_from_a_phone_and_from_a_mail_client_are_a_table_of_people() {
    // vCard 2.1 as Japanese phones export it: Shift_JIS, quoted-printable, soft breaks.
    let sjis = |s: &str| mail::quoted_printable(&encoding_rs::SHIFT_JIS.encode(s).0);
    let adr = sjis(";;丸の内1-2-3;千代田区;東京都;100-0005;日本");
    let (adr_a, adr_b) = adr.split_at(30);
    let v21 = format!(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{}\r\nSOUND;X-IRMC-N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{}\r\nTEL;CELL:090-1234-5678\r\nEMAIL;INTERNET:taro@example.ne.jp\r\nADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{adr_a}=\r\n{adr_b}\r\nBDAY:1985-04-12\r\nEND:VCARD\r\n",
        sjis("山田;太郎;;;"),
        sjis("ﾔﾏﾀﾞ;ﾀﾛｳ;;;"),
    );
    let v3 = "BEGIN:VCARD\nVERSION:3.0\nFN:佐藤 花子\nN:佐藤;花子;;;\nORG:株式会社アルファ\nitem1.TEL;TYPE=CELL:080-2222-3333\nTEL;TYPE=HOME:03-1234-5678\nADR;TYPE=HOME:;;梅田1-1-1;大阪市北区;大阪府;530-0001;\nNOTE:持病あり\\, 通院中\nEND:VCARD\n";
    let bytes = [v21.as_bytes(), v3.as_bytes()].concat();
    let r = scan("contacts.vcf", &bytes);
    assert_eq!(r.format, Format::Vcard);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records, 2, "two people");
    assert_eq!(count(&r, Kind::PersonName), 2, "{:#?}", r.columns);
    assert_eq!(count(&r, Kind::Phone), 3);
    assert_eq!(count(&r, Kind::Email), 1);
    assert_eq!(count(&r, Kind::PostalCode), 2);
    assert_eq!(count(&r, Kind::Address), 2);
    assert_eq!(count(&r, Kind::BirthDate), 1);
    let name = r.findings.iter().find(|f| f.kind == Kind::PersonName).expect("a name");
    assert_eq!((name.location.row, name.location.column), (Some(2), Some(1)), "the first card is the first row");
}

#[test]
fn a_contact_file_cut_inside_a_card_says_so() {
    let r = scan(
        "cut.vcf",
        b"BEGIN:VCARD\nVERSION:3.0\nFN:\xE5\xB1\xB1\xE7\x94\xB0 \xE5\xA4\xAA\xE9\x83\x8E\nTEL:090-1234-5678\n",
    );
    assert_eq!(r.format, Format::Vcard);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::Phone), 1, "what was there is still read");
}

fn payroll() -> Vec<Transfer<'static>> {
    vec![
        Transfer {
            bank: "0001",
            bank_name: "ﾐｽﾞﾎ",
            branch: "100",
            branch_name: "ﾄｳｷﾖｳ",
            kind: '1',
            account: "1234567",
            holder: "ﾔﾏﾀﾞ ﾀﾛｳ",
            amount: 281_500,
            code: "E000123",
        },
        Transfer {
            bank: "0009",
            bank_name: "ﾐﾂｲｽﾐﾄﾓ",
            branch: "200",
            branch_name: "ｵｵｻｶ",
            kind: '1',
            account: "7654321",
            holder: "ｻﾄｳ ﾊﾅｺ",
            // The trailer's 12-digit total, 000123738292, passes the My Number check digit.
            amount: 123_456_792,
            code: "E000124",
        },
    ]
}

#[test]
fn a_zengin_payroll_file_reports_every_account_and_holder() {
    for separator in [&b"\r\n"[..], b""] {
        let bytes = mail::zengin("11", "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", &payroll(), separator);
        let r = scan("FURIKOMI.DAT", &bytes);
        assert_eq!(r.format, Format::Zengin, "separator {separator:?}");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records, 2);
        assert_eq!(count(&r, Kind::BankAccount), 2, "{:#?}", r.findings);
        assert_eq!(count(&r, Kind::PersonName), 2, "{:#?}", r.columns);
        assert_eq!(count(&r, Kind::EmployeeId), 2, "{:#?}", r.columns);
        // The zero-padded 12-digit total of the trailer is a sum of money, not a My Number.
        assert_eq!(count(&r, Kind::MyNumber), 0, "{:#?}", r.findings);
    }
}

#[test]
fn a_zengin_file_cut_short_is_reported() {
    let bytes = mail::zengin("21", "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", &payroll(), b"\r\n");
    let r = scan("cut.dat", &bytes[..122 * 2]);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::BankAccount), 1);
    let r = scan("cut.dat", &bytes[..122 * 2 + 50]);
    assert!(!r.problems.is_empty(), "a record cut in the middle: {:?}", r.problems);
}

/// An Outlook message as Outlook saves it: Unicode properties, a recipient
/// in To and one in Cc, a roster attached, and a forwarded message attached
/// as an Outlook item whose body carries a My Number.
fn outlook_message(roster: &[u8]) -> Vec<u8> {
    let forwarded = Msg {
        props: vec![
            Prop::Text(0x0037, "FW: 扶養家族の件"),
            Prop::Text(0x0C1A, "鈴木 一郎"),
            Prop::Text(0x1000, "妻のマイナンバーは 987654321018 です。\r\n"),
        ],
        recipients: vec![],
        attachments: vec![],
    };
    mail::msg(&Msg {
        props: vec![
            Prop::Text(0x0037, "職員名簿の送付"),
            Prop::Text(0x0C1A, "山田 太郎"),
            Prop::Text(0x5D01, "yamada@example.co.jp"),
            Prop::Text(0x0E04, "佐藤 花子"),
            Prop::Text(0x1000, "佐藤様\r\n\r\n名簿を添付します。田中さんの携帯は 090-8765-4321 です。\r\n"),
            Prop::Long(0x3FFD, 932),
        ],
        recipients: vec![
            vec![Prop::Text(0x3001, "佐藤 花子"), Prop::Text(0x39FE, "hanako.sato@gmail.com"), Prop::Long(0x0C15, 1)],
            vec![Prop::Text(0x3001, "総務部"), Prop::Text(0x39FE, "soumu@example.co.jp"), Prop::Long(0x0C15, 2)],
        ],
        attachments: vec![MsgAttachment::File("職員名簿.xlsx", roster), MsgAttachment::Message(Box::new(forwarded))],
    })
}

#[test]
fn an_outlook_msg_is_read_with_its_recipients_body_attached_roster_and_attached_message() {
    let roster = roster();
    let r = scan("送付.msg", &outlook_message(&roster));
    assert_eq!(r.format, Format::Msg);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    // The body's phone, at a line of the message's own text.
    assert!(
        r.findings.iter().any(|f| f.kind == Kind::Phone && f.location.entry.is_none() && f.location.line.is_some()),
        "{:#?}",
        r.findings
    );
    // The recipients are read as the headers of an .eml are: both addresses.
    assert!(count(&r, Kind::Email) >= 3, "{:?}", r.summary);
    // The attached workbook, under its name, read as a workbook.
    assert_eq!(in_entry(&r, "職員名簿.xlsx", Kind::MyNumber), 2, "{:#?}", r.findings);
    assert_eq!(in_entry(&r, "職員名簿.xlsx", Kind::PersonName), 2);
    // The attached message (no file name: its place is numbered), read as a message.
    assert_eq!(in_entry(&r, "attachment 2", Kind::MyNumber), 1, "{:#?}", r.findings);
    // And the same file attached to a mail, as it is sent on.
    let eml = mail::eml(
        "a@example.co.jp",
        "b@example.co.jp",
        "転送",
        "添付をご確認ください。",
        &[Attachment { name: "送付.msg", mime: "application/vnd.ms-outlook", bytes: &outlook_message(&roster) }],
    );
    let r = scan("転送.eml", &eml);
    assert_eq!(in_entry(&r, "送付.msg/職員名簿.xlsx", Kind::MyNumber), 2, "{:#?}", r.findings);
}

#[test]
fn an_outlook_msg_in_shift_jis_is_read_and_one_with_a_broken_rtf_body_said_unread() {
    // Outlook of the 2000s wrote 8-bit strings in the message's code page.
    let sjis = |s: &str| encoding_rs::SHIFT_JIS.encode(s).0.into_owned();
    let old = mail::msg(&Msg {
        props: vec![
            Prop::Ansi(0x0037, sjis("診断書の件")),
            Prop::Ansi(0x1000, sjis("山田太郎様は糖尿病で通院中です。")),
            Prop::Long(0x3FFD, 932),
        ],
        recipients: vec![],
        attachments: vec![],
    });
    let r = scan("old.msg", &old);
    assert_eq!(r.format, Format::Msg);
    assert!(count(&r, Kind::Health) >= 1, "{:?} {:?}", r.summary, r.problems);
    // A body kept only as compressed RTF that cannot be decompressed (its
    // header cut short): said, never passed in silence (tests/rtf.rs reads whole ones).
    let rtf = mail::msg(&Msg {
        props: vec![Prop::Text(0x0037, "資料"), Prop::Binary(0x1009, &[0x2D, 0, 0, 0, 0x2B, 0, 0, 0])],
        recipients: vec![],
        attachments: vec![],
    });
    let r = scan("rtf.msg", &rtf);
    assert!(
        r.problems.iter().any(|p| p.kind == ProblemKind::Truncated && p.detail.contains("RTF")),
        "{:?}",
        r.problems
    );
}

#[test]
fn a_damaged_outlook_msg_is_reported_not_passed() {
    let roster = roster();
    let whole = outlook_message(&roster);
    // Cut short: the directory or the streams' sectors are gone. Still a
    // message when its stream names survive: damaged or cut (what is left
    // is read); else a compound file that cannot be read. Never silent.
    for cut in [whole.len() - 700, whole.len() / 2, whole.len() / 4, 1024] {
        let r = scan("cut.msg", &whole[..cut]);
        let said = |kinds: &[ProblemKind]| r.problems.iter().any(|p| kinds.contains(&p.kind));
        match r.format {
            Format::Msg => {
                assert!(said(&[ProblemKind::Corrupt, ProblemKind::Truncated]), "cut at {cut}: {:?}", r.problems)
            }
            _ => assert!(said(&[ProblemKind::Unsupported]), "cut at {cut}: {:?} {:?}", r.format, r.problems),
        }
    }
    // A directory whose entries point at each other (a loop) is damaged.
    let mut looped = whole.clone();
    let dir = (0..looped.len() - 128)
        .step_by(128)
        .find(|&at| {
            looped[at..].starts_with(&"__substg1.0_".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>())
        })
        .expect("a directory entry");
    // Its left sibling: the root entry, whose child leads back here.
    looped[dir + 68..dir + 72].copy_from_slice(&0u32.to_le_bytes());
    let r = scan("loop.msg", &looped);
    assert!(
        r.problems.iter().any(|p| p.kind == ProblemKind::Corrupt && p.detail.contains("loops")),
        "{:?}",
        r.problems
    );
}

#[test]
fn an_outlook_winmail_dat_is_opened_its_body_read_and_its_attachments_read_as_files() {
    // A rich-text mail from Outlook reaches other mailers as winmail.dat,
    // holding its attachments: forwarded on, the roster inside must be seen.
    let roster = roster();
    let tnef = mail::winmail("職員名簿の件", "佐藤様\n緊急連絡先: 070-1111-2222", &[("職員名簿.xlsx", &roster)]);
    let r = scan("winmail.dat", &tnef);
    assert_eq!(r.format, Format::Tnef);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(in_entry(&r, "winmail.dat/職員名簿.xlsx", Kind::MyNumber), 0, "paths are relative to the file scanned");
    assert_eq!(in_entry(&r, "職員名簿.xlsx", Kind::MyNumber), 2, "{:#?}", r.findings);
    assert_eq!(count(&r, Kind::Phone), 3, "the body's and the roster's: {:#?}", r.findings);
    // Inside a mail, as a mailer attaches it (application/ms-tnef).
    let eml = mail::eml(
        "山田 <yamada@example.co.jp>",
        "佐藤 <sato@example.com>",
        "Fw: 職員名簿の件",
        "転送します。",
        &[Attachment { name: "winmail.dat", mime: "application/ms-tnef", bytes: &tnef }],
    );
    let r = scan("fw.eml", &eml);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::MyNumber), 2, "{:#?}", r.findings);
    // Cut short, and damaged: said, and what came before read.
    let r = scan("winmail.dat", &tnef[..tnef.len() - 40]);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Truncated), "{:?}", r.problems);
    assert!(count(&r, Kind::MyNumber) == 2 || r.problems.len() > 1, "{:?}", r.problems);
    let mut bad = tnef.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0xFF;
    let r = scan("winmail.dat", &bad);
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Corrupt), "{:?}", r.problems);
    assert_eq!(count(&r, Kind::MyNumber), 2, "{:#?}", r.findings);
}
