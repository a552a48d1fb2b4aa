//! Writes the demo's sample files: one per seed incident, the classic
//! mistakes, and clean business files that must pass in silence.
//!
//! `cargo run --example samples -- DIR` (what `make demo` runs).

#[path = "../tests/support/bulk.rs"]
mod bulk;
#[path = "../tests/support/files.rs"]
mod files;
// The tests' mail builders (some of their shapes only the tests use).
#[path = "../tests/support/mail.rs"]
#[allow(dead_code)]
mod mail;
#[path = "../tests/support/pdf.rs"]
mod pdf;

use bulk::Rng;
use files::{Cell, Sheet};

const DISABILITIES: &[&str] =
    &["知的障害", "発達障害(ASD)", "精神障害(統合失調症)", "身体障害(下肢)", "高次脳機能障害"];
const SYMPTOMS: &[&str] =
    &["対人関係で強い不安を感じる", "長時間の立ち作業が難しい", "指示の理解に時間がかかる", "服薬中、疲れやすい"];
const HOSPITALS: &[&str] = &["中央メンタルクリニック", "市立総合病院 精神科", "みなと整形外科", "さくら心療内科"];
const COVID_SYMPTOMS: &[&str] = &["発熱 38.5℃", "咳・咽頭痛", "倦怠感", "味覚障害", "無症状"];

fn name(rng: &mut Rng) -> String {
    bulk::personal_row(rng, 0)[1].clone()
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(dir.join(name), bytes)?;
    println!("  {name} ({} bytes)", bytes.len());
    Ok(())
}

fn main() -> std::io::Result<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "samples/out".into()));
    std::fs::create_dir_all(&dir)?;
    let mut rng = Rng::new(2026);
    println!("writing samples to {}", dir.display());

    // 1. The disability-support office's trial-user sheet (seed 001).
    let mut rows = vec![[
        "氏名",
        "生年月日",
        "障がい名",
        "手帳の有無",
        "障がいの症状",
        "かかりつけ病院名",
        "主治医",
        "受給者証の有無",
    ]
    .iter()
    .map(|&s| Cell::from(s))
    .collect::<Vec<_>>()];
    for _ in 0..12 {
        rows.push(vec![
            Cell::from(name(&mut rng)),
            Cell::Date(1960 + rng.below(45) as u16, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
            Cell::from(rng.pick(DISABILITIES)),
            Cell::from(rng.pick(&["有(療育手帳B)", "有(精神2級)", "無"])),
            Cell::from(rng.pick(SYMPTOMS)),
            Cell::from(rng.pick(HOSPITALS)),
            Cell::from(format!("{}医師", name(&mut rng).split(' ').next().unwrap_or("山田"))),
            Cell::from(rng.pick(&["有", "申請中"])),
        ]);
    }
    let title = vec![vec![Cell::from("就労移行支援 体験利用者一覧(取扱注意)")]];
    let mut sheet_rows = title;
    sheet_rows.push(vec![]);
    sheet_rows.extend(rows);
    write(&dir, "01_体験利用者一覧.xlsx", &files::xlsx(&[Sheet::new("利用者", sheet_rows)]))?;

    // 2. A health centre's case list as Excel saves CSV on Japanese Windows (seed 002).
    let mut csv_rows =
        vec![["氏名", "住所", "電話番号", "発症日", "症状"].iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    for i in 0..200 {
        let p = bulk::personal_row(&mut rng, i);
        csv_rows.push(vec![
            p[1].clone(),
            p[7].clone(),
            p[4].clone(),
            format!("2021/08/{:02}", 1 + rng.below(28)),
            rng.pick(COVID_SYMPTOMS).to_owned(),
        ]);
    }
    write(&dir, "02_陽性者一覧.csv", &files::shift_jis(&files::csv(&csv_rows, ',')))?;

    // 3. Another company's health-check export (seed 000).
    let mut hc = vec![[
        "氏名",
        "性別",
        "生年月日",
        "社員番号",
        "保険証記号・番号",
        "健診対象フラグ",
        "予約ID",
        "予約確定日",
        "医療機関名",
        "受診日",
        "コース名",
    ]
    .iter()
    .map(|&s| Cell::from(s))
    .collect::<Vec<_>>()];
    for i in 0..60 {
        hc.push(vec![
            Cell::from(name(&mut rng)),
            Cell::from(rng.pick(&["男", "女"])),
            Cell::Date(1965 + rng.below(35) as u16, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
            Cell::from(format!("B{:05}", 10000 + i)),
            Cell::from(format!("{}・{}", 10 + rng.below(80), 1000 + rng.below(9000))),
            Cell::from("1"),
            Cell::from(format!("RSV-{:07}", rng.below(10_000_000))),
            Cell::Date(2026, 10, 1 + rng.below(28) as u8),
            Cell::from("ベータ健診センター"),
            Cell::Date(2026, 11, 1 + rng.below(28) as u8),
            Cell::from(rng.pick(&["一般健診", "人間ドック", "生活習慣病予防健診"])),
        ]);
    }
    write(&dir, "03_健診予約_ベータ工業.xlsx", &files::xlsx(&[Sheet::new("予約一覧", hc)]))?;

    // 4. A call centre's customer list with card numbers (seed 003).
    let mut cust = vec![["会員ID", "氏名", "住所", "電話番号", "生年月日", "カード番号"]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()];
    for i in 0..150 {
        let p = bulk::personal_row(&mut rng, i);
        cust.push(vec![
            format!("M{:07}", 100000 + i),
            p[1].clone(),
            p[7].clone(),
            p[4].clone(),
            p[3].clone(),
            "4111-1111-1111-1111".into(),
        ]);
    }
    write(&dir, "04_顧客リスト.csv", &files::utf8_bom(&files::csv(&cust, ',')))?;

    // 5. A payroll register with My Numbers and pension numbers (seed 004).
    let mut pay =
        vec![["氏名", "個人番号", "基礎年金番号", "扶養家族"].iter().map(|&s| Cell::from(s)).collect::<Vec<_>>()];
    for _ in 0..30 {
        pay.push(vec![
            Cell::from(name(&mut rng)),
            Cell::from(bulk::my_number(&mut rng)),
            Cell::from(format!("{:04}-{:06}", 1000 + rng.below(9000), rng.below(1_000_000))),
            Cell::Number(rng.below(4) as f64),
        ]);
    }
    write(&dir, "05_給与台帳.xlsx", &files::xlsx(&[Sheet::new("2026年11月", pay)]))?;

    // 6. A mail body with a My Number and a password in clear.
    let body = format!(
        "株式会社アルファ商事\n人事部 山田太郎様\n\nいつもお世話になっております。ベータ工業の田中です。\n\
         ご依頼の件、佐藤花子さんのマイナンバーは {} です。\n\
         社内システムのパスワード：Xy7#kq2Lm\nよろしくお願いいたします。\n",
        bulk::my_number(&mut rng)
    );
    write(&dir, "06_メール本文.txt", body.as_bytes())?;

    // 7. The PPAP habit: an encrypted zip (the password follows in the next mail).
    let inner = files::csv(&csv_rows[..20], ',');
    write(&dir, "07_送付資料.zip", &files::mark_zip_encrypted(files::zip(&[("名簿.csv", inner.as_bytes())])))?;

    // 8. Clean: a meeting memo.
    let memo = files::docx(&[
        "第12回 製品企画会議 議事録",
        "日時: 2026年11月20日(金) 10:00〜11:30 / 場所: 本社第3会議室",
        "議題1: 新製品の価格は¥12,800(税込¥14,080)で合意",
        "議題2: 初回ロット 1,200台、型番 AB-1234-567",
        "次回は12月4日に開催します。",
    ]);
    write(&dir, "08_議事録.docx", &memo)?;

    // 9. Clean: a product catalogue with JAN codes and order numbers.
    let cat = files::xlsx(&[Sheet::new(
        "商品",
        files::text_rows(&[
            &["商品名", "型番", "JANコード", "価格", "注文番号"],
            &["ワイヤレスマウス", "AB-1234-567", "4901234567894", "2980", "202610160001"],
            &["USBハブ 4ポート", "CD-2345-678", "4512345678901", "1980", "202610160002"],
            &["ノートPCスタンド", "EF-3456-789", "4987654321098", "4580", "202610160003"],
        ]),
    )]);
    write(&dir, "09_商品カタログ.xlsx", &cat)?;

    // 10. Something presend cannot read: a scanned page, only an image. It says so.
    write(&dir, "10_スキャン画像.pdf", &pdf::scan())?;

    // 11. A staff list exported to PDF (the file type offices send most).
    let mut staff =
        vec![["社員番号", "氏名", "生年月日", "携帯電話", "住所"].iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    for i in 0..40 {
        let row = bulk::personal_row(&mut rng, i);
        staff.push(vec![row[0].clone(), row[1].clone(), row[3].clone(), row[4].clone(), row[7].clone()]);
    }
    write(&dir, "11_職員名簿.pdf", &pdf::ucs2("職員名簿(2026年12月1日現在)", &[], &staff))?;

    // 12. The same kind of list from LibreOffice Calc (.ods), as a school or
    // a town office keeps its phone tree.
    let tree: Vec<Vec<String>> = staff.iter().map(|r| vec![r[1].clone(), r[3].clone()]).collect();
    let tree: Vec<Vec<&str>> = tree.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let tree: Vec<&[&str]> = tree.iter().map(Vec::as_slice).collect();
    write(&dir, "12_連絡網.ods", &files::ods("連絡網", &tree))?;

    // 13. A mail saved from the mailer (.eml, ISO-2022-JP as Japanese mailers
    // write it) with the trial users' list attached: forwarding "the mail"
    // forwards the list inside it.
    let trial = std::fs::read(dir.join("01_体験利用者一覧.xlsx"))?;
    let forwarded = mail::eml(
        &format!("{} <suzuki@presend.co.jp>", mail::jis_word("鈴木一郎")),
        &format!("{} <tanaka@presend.co.jp>", mail::jis_word("田中 課長")),
        "体験利用者一覧の送付",
        "田中課長\n\n体験利用者の一覧を添付します。\n\n鈴木\n",
        &[mail::Attachment {
            name: "体験利用者一覧.xlsx",
            mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            bytes: &trial,
        }],
    );
    write(&dir, "13_転送するメール.eml", &forwarded)?;

    // 14. The payroll transfer file for the bank (全銀 format, half-width
    // katakana): every employee's account and name, in a ".txt".
    let holders = ["ﾔﾏﾀﾞ ﾀﾛｳ", "ｻﾄｳ ﾊﾅｺ", "ｽｽﾞｷ ｲﾁﾛｳ", "ﾀﾅｶ ﾐﾎ", "ｲﾄｳ ｹﾝｼﾞ", "ﾜﾀﾅﾍﾞ ﾕｲ"];
    let accounts: Vec<String> = (0..holders.len()).map(|i| format!("{:07}", 1_234_567 + i * 1_111)).collect();
    let codes: Vec<String> = (0..holders.len()).map(|i| format!("E{:06}", 1201 + i)).collect();
    let rows: Vec<mail::Transfer> = holders
        .iter()
        .enumerate()
        .map(|(i, holder)| mail::Transfer {
            bank: "0001",
            bank_name: "ﾐｽﾞﾎ",
            branch: "100",
            branch_name: "ﾄｳｷﾖｳ",
            kind: '1',
            account: &accounts[i],
            holder,
            amount: 250_000 + i as u64 * 7_300,
            code: &codes[i],
        })
        .collect();
    write(&dir, "14_給与振込データ.txt", &mail::zengin("11", "ｶ)ﾌﾟﾚｾﾝﾄﾞ", &rows, b"\r\n"))?;

    // 15. Contacts exported from a phone (vCard 2.1, Shift_JIS).
    let mut vcf = String::new();
    for row in staff.iter().skip(1).take(5) {
        let name = mail::quoted_printable(&encoding_rs::SHIFT_JIS.encode(&row[1].replace(' ', ";")).0);
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{name}\r\nTEL;CELL:{}\r\nEND:VCARD\r\n",
            row[3]
        ));
    }
    write(&dir, "15_連絡先.vcf", vcf.as_bytes())?;

    // 16. A mail Outlook saved to a folder (.msg) with the payroll register
    // attached: dragging "the mail" to an upload form or a web mail carries
    // the register inside it.
    let payroll = std::fs::read(dir.join("05_給与台帳.xlsx"))?;
    let saved = mail::msg(&mail::Msg {
        props: vec![
            mail::Prop::Text(0x0037, "11月分給与台帳"),
            mail::Prop::Text(0x0C1A, "鈴木 一郎"),
            mail::Prop::Text(0x5D01, "suzuki@presend.co.jp"),
            mail::Prop::Text(0x1000, "田中課長\r\n\r\n11月分の給与台帳を添付します。\r\n\r\n鈴木\r\n"),
        ],
        recipients: vec![vec![
            mail::Prop::Text(0x3001, "田中 課長"),
            mail::Prop::Text(0x39FE, "tanaka@presend.co.jp"),
            mail::Prop::Long(0x0C15, 1),
        ]],
        attachments: vec![mail::MsgAttachment::File("給与台帳.xlsx", &payroll)],
    });
    write(&dir, "16_給与台帳の件.msg", &saved)?;

    // 17. A care home's monthly case record written in LibreOffice Writer
    // (.odt): the residents' conditions in a table, a family member's mobile
    // in a comment, "社外秘" in the page header.
    let conditions = [
        "アルツハイマー型認知症",
        "脳梗塞後遺症(右片麻痺)",
        "糖尿病・高血圧",
        "パーキンソン病",
        "骨粗しょう症(圧迫骨折)",
        "心不全",
    ];
    let levels = ["要介護3", "要介護4", "要介護2", "要介護5", "要介護3", "要介護1"];
    let mut rows = vec![files::odf_row(&["利用者氏名", "生年月日", "要介護度", "既往歴", "11月の様子"])];
    for (condition, level) in conditions.iter().zip(levels) {
        let who = name(&mut rng);
        let born = format!("昭和{}年{}月{}日", 5 + rng.below(20), 1 + rng.below(12), 1 + rng.below(28));
        rows.push(files::odf_row(&[&who, &born, level, condition, "食事量やや低下、夜間の離床あり"]));
    }
    let record = files::odf_content(&format!(
        r#"<office:text><text:h>ケース記録(2026年11月)</text:h><text:p>特別養護老人ホーム さくら苑 2階ユニット</text:p><table:table table:name="利用者">{}</table:table><text:p>ご家族への連絡は済んでいます。<office:annotation><dc:creator>介護主任</dc:creator><text:p>長女様の携帯 090-4821-7730 に11/28連絡</text:p></office:annotation></text:p></office:text>"#,
        rows.concat()
    ));
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>社外秘</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"#,
        files::ODF_NS
    );
    write(&dir, "17_ケース記録.odt", &files::odf("text", &[("content.xml", &record), ("styles.xml", &styles)], ""))?;

    // 18. What a rich-text mail from Outlook becomes for every other mailer:
    // winmail.dat, holding its attachment (the payroll register). Forwarded
    // on, it looks like an unreadable file, not like a register.
    let tnef = mail::winmail(
        "11月分給与台帳",
        "田中課長\r\n\r\n11月分の給与台帳を添付します。\r\n\r\n鈴木\r\n",
        &[("給与台帳.xlsx", &payroll)],
    );
    write(&dir, "18_winmail.dat", &tnef)?;

    messages(&dir)
}

/// The incidents and the classic mistakes as mails for `presend check`: a
/// policy for a company "presend.co.jp" with two partners, and one message per
/// scenario that attaches the sample files above.
fn messages(dir: &std::path::Path) -> std::io::Result<()> {
    let policy = serde_json::json!({
        "internal_domains": ["presend.co.jp"],
        "partner_domains": {"alpha-shoji.co.jp": "株式会社アルファ商事", "beta-kogyo.co.jp": "ベータ工業株式会社"},
        "own_names": ["株式会社プレセンド"]
    });
    let mail_dir = dir.join("mail");
    std::fs::create_dir_all(&mail_dir)?;
    std::fs::write(mail_dir.join("policy.json"), serde_json::to_vec_pretty(&policy)?)?;
    let signature = "\nよろしくお願いいたします。\n\n--\n株式会社プレセンド 総務部\n鈴木 一郎\nTEL 03-1234-5678\n";
    let from = "鈴木一郎 <suzuki@presend.co.jp>";
    let cases: &[(&str, &[&str], &str, &[&str])] = &[
        ("01_体験利用者へ誤送信", &["体験利用者 <trial.user@gmail.com>"], "体験利用者様\n\nお世話になっております。次回の日程をお送りします。\n", &["01_体験利用者一覧.xlsx"]),
        ("02_自宅のアドレスへ", &["me.at.home@yahoo.co.jp"], "自宅で勉強用。\n", &["02_陽性者一覧.csv"]),
        ("03_他社の健診データ", &["山田太郎 <yamada@alpha-shoji.co.jp>"], "株式会社アルファ商事\n人事部 山田様\n\nお世話になっております。健診予約の一覧をお送りします。\n", &["03_健診予約_ベータ工業.xlsx"]),
        ("04_顧客リスト持ち出し", &["list@meibo-broker.example"], "お世話になっております。\n", &["04_顧客リスト.csv"]),
        ("05_本文にマイナンバー", &["山田太郎 <yamada@alpha-shoji.co.jp>"], "株式会社アルファ商事\n人事部 山田様\n\nお世話になっております。\n佐藤花子さんのマイナンバーは 1234 5678 9018 です。\n", &[]),
        ("06_ドメインの打ち間違い", &["山田太郎 <yamada@alpha-shouji.co.jp>"], "株式会社アルファ商事\n山田様\n\nお世話になっております。\n", &["09_商品カタログ.xlsx"]),
        ("07_同姓の別会社の人", &["山田 <yamada@beta-kogyo.co.jp>"], "株式会社アルファ商事\n営業部 山田様\n\nお世話になっております。\n", &["08_議事録.docx"]),
        ("08_PPAP", &["山田太郎 <yamada@alpha-shoji.co.jp>"], "株式会社アルファ商事\n山田様\n\nお世話になっております。パスワードは別途お送りします。\n", &["07_送付資料.zip"]),
        ("09_取引先へ議事録(問題なし)", &["山田太郎 <yamada@alpha-shoji.co.jp>"], "株式会社アルファ商事\n営業部 山田様\n\nお世話になっております。議事録と商品一覧をお送りします。\n", &["08_議事録.docx", "09_商品カタログ.xlsx"]),
        ("11_職員名簿をPDFで個人アドレスへ", &["kojin.address@gmail.com"], "お疲れ様です。職員名簿をPDFで送ります。\n", &["11_職員名簿.pdf"]),
        ("12_ケース記録をご家族の個人アドレスへ", &["kazoku.tanaka@gmail.com"], "田中様\n\nいつもお世話になっております。先月の記録をお送りします。\n", &["17_ケース記録.odt"]),
        ("13_winmailを自宅へ転送", &["me.at.home@yahoo.co.jp"], "自宅で確認用。\n", &["18_winmail.dat"]),
        ("10_同僚へ(問題なし)", &["佐藤 花子 <sato@presend.co.jp>"], "佐藤さん\n\nお疲れ様です。明日の資料です。\n", &["09_商品カタログ.xlsx"]),
    ];
    for (name, to, body, attachments) in cases {
        let attachments: Vec<String> = attachments.iter().map(|a| format!("../{a}")).collect();
        let message = serde_json::json!({
            "from": from, "to": to, "subject": name, "body": format!("{body}{signature}"), "attachments": attachments,
        });
        std::fs::write(mail_dir.join(format!("{name}.json")), serde_json::to_vec_pretty(&message)?)?;
        println!("  mail/{name}.json");
    }
    Ok(())
}
