mod support;
use presend::{scan_bytes, scan_text, ScanOptions};
use support::files::{self, Cell, Sheet};

#[test]
fn probe() {
    let o = ScanOptions::default();
    let show = |r: presend::FileReport| {
        for f in &r.findings {
            println!("{} {:?} {:?} {} {:?}", f.kind.id(), f.location, f.masked, f.confidence, f.evidence);
        }
        println!("--- {:?} records={}", r.format, r.records);
    };
    show(scan_text("a.txt", "山田さん、お疲れ様です。\n電話 090-1234-5678 です\nマイナンバー 1234 5678 9018", &o));
    let csv = files::csv(&[vec!["名前".into(), "携帯".into()], vec!["佐藤 花子".into(), "080-2222-3333".into()]], ',');
    show(scan_bytes("a.csv", &files::shift_jis(&csv), &o));
    show(scan_bytes(
        "a.docx",
        &files::docx(&["一行目です", "連絡先 鈴木一郎様 090-1111-2222", "表\t田中 真一\t03-1234-5678"]),
        &o,
    ));
    let x = files::xlsx(&[Sheet::new(
        "名簿",
        vec![
            vec![Cell::from("会員名簿")],
            vec![],
            vec![],
            vec![Cell::from("名前（漢字）"), Cell::from("生年月日(西暦)")],
            vec![Cell::from("高橋 勇"), Cell::Date(1980, 5, 6)],
        ],
    )]);
    show(scan_bytes("a.xlsx", &x, &o));
}
