//! Files of the quality corpus with nothing personal in them: orders,
//! catalogues, logs and notices whose numbers look like identifiers.

use super::*;

pub(super) fn neg_orders(rng: &mut Rng) -> Doc {
    let items = ["ワイヤレスイヤホン", "USB充電器 20W", "加湿器 スチーム式", "電動歯ブラシ", "ノートPCスタンド"];
    let mut tb = Table::new(
        "",
        vec![
            ("注文番号", no()),
            ("注文日", no()),
            ("JANコード", no()),
            ("商品名", no()),
            ("数量", no()),
            ("単価", no()),
            ("金額", no()),
            ("配送状況", no()),
        ],
    );
    for i in 0..60 {
        let q = rng.range(1, 5);
        let price = rng.range(10, 300) * 100;
        let row = vec![
            t(dated_number(rng, i % 3 != 2)),
            t(format!("2026/{:02}/{:02}", rng.range(1, 10), rng.range(1, 28))),
            t(jan(rng, i % 2 == 0)),
            t(*rng.pick(&items)),
            t(q.to_string()),
            t(format!("¥{price}")),
            t(format!("{}円", price * q)),
            t(*rng.pick(&["発送済", "準備中", "キャンセル"])),
        ];
        tb.push(row);
    }
    csv_doc("neg_注文一覧.csv", &tb, ',', Enc::Utf8, true)
}

pub(super) fn neg_catalogue(rng: &mut Rng) -> Doc {
    let items = [
        "花粉症対策マスク 50枚入",
        "総合感冒薬 24錠",
        "体温計 予測式",
        "血圧計 上腕式",
        "ビタミンC サプリ 60日分",
        "ワイヤレスイヤホン",
        "電動歯ブラシ",
        "湿布薬 腰痛用 20枚",
        "目薬 疲れ目用",
        "除菌シート 100枚",
    ];
    let mut tb = Table::new(
        "商品カタログ",
        vec![
            ("商品名", no()),
            ("型番", no()),
            ("JANコード", no()),
            ("価格", no()),
            ("発売日", no()),
            ("重量", no()),
            ("品番", no()),
        ],
    );
    for i in 0..50 {
        let row = vec![
            t(items[i % items.len()]),
            t(format!("{}-{}-{}", rng.upper(2), rng.digits(4), rng.digits(3))),
            if i % 4 == 0 { Cell::Number(jan(rng, true).parse::<f64>().unwrap()) } else { t(jan(rng, i % 2 == 0)) },
            t(yen(rng)),
            Cell::Date(rng.range(2018, 2026) as u16, rng.range(1, 12) as u8, rng.range(1, 28) as u8),
            t(format!("{}g", rng.range(20, 2500))),
            t(format!("{}-{}", rng.digits(3), rng.digits(4))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_商品カタログ.xlsx", &[tb], true)
}

pub(super) fn neg_room_bookings(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "会議室予約",
        vec![
            ("予約番号", no()),
            ("予約日", no()),
            ("開始", no()),
            ("終了", no()),
            ("会議室", no()),
            ("利用部署", no()),
            ("人数", no()),
            ("用途", no()),
        ],
    )
    .title(vec![vec![t("2026年10月 会議室予約状況")], vec![]])
    .at(0, 0);
    for i in 0..40 {
        let h = rng.range(9, 17);
        let row = vec![
            t(dated_number(rng, i % 2 == 0)),
            Cell::Date(2026, 10, rng.range(1, 31) as u8),
            t(format!("{h}:00")),
            t(format!("{}:30", h + 1)),
            t(*rng.pick(&["会議室 A-301", "12F-1203", "第3会議室", "応接室2", "B-301"])),
            t(*rng.pick(DEPTS)),
            Cell::Number(rng.range(2, 20) as f64),
            t(*rng.pick(&["定例会議", "来客対応", "研修", "面接"])),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_会議室予約.xlsx", &[tb], true)
}

pub(super) fn neg_meeting_memo() -> Doc {
    let lines = [
        "第42回 商品企画会議 議事録",
        "日時：2026年10月16日（金）14:00〜15:30",
        "場所：本社12F 第3会議室（12F-1203）",
        "出席：営業部、企画部、開発部、品質保証部",
        "",
        "議題1：新製品XZ-2000（型番 XZ-2000-BK）の価格設定",
        "・希望小売価格 ¥12,800（税込）で合意",
        "・初回生産数 3,000台、量産開始は2027年1月",
        "議題2：第3四半期の売上報告",
        "・売上高 1,234,567,000円（前年比 103.5%）",
        "・受注残 45,600千円、粗利率 32.4%",
        "議題3：社内連絡",
        "・10月から希望者を対象にインフルエンザ予防接種を社内で実施（申込は総務部まで）",
        "・定期健康診断の受診期限は11月30日です",
        "・ストレスチェックの実施期間：2026/11/01〜2026/11/14",
        "・メンタルヘルス研修「うつ病の早期発見と職場の対応」を12月に開催",
        "・最近、取引先を装った詐欺メールが増えています。添付ファイルは開かないでください",
        "・社内システムのパスワードは90日ごとに変更してください",
        "・12月20日（日）クリスマス会、年末は12月29日から1月3日まで休業",
        "議題4：販売動向",
        "・1985年生まれのロングセラー「XZシリーズ」の後継機を来春投入",
        "・競合の鈴木薬局チェーンが上野駅前に新店舗（上野本町2丁目）をオープン",
        "・山本製作所、佐藤工務店との取引条件は据え置き",
        "",
        "次回：2026/11/20（金）10:00〜 会議室B-301",
        "以上",
    ];
    let mut m = Prose::default();
    for l in lines {
        m.line(l, &[]);
    }
    m.text_doc("neg_議事録.txt", "\n", Enc::Utf8, true)
}

pub(super) fn neg_sales(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "売上集計",
        vec![
            ("月", no()),
            ("取引先名", no()),
            ("取引先コード", no()),
            ("担当部署", no()),
            ("売上高", no()),
            ("粗利", no()),
            ("前年比", no()),
        ],
    );
    for i in 0..48 {
        let sales = rng.range(500, 90000) as f64 * 1000.0;
        let row = vec![
            Cell::Date(2026, (i % 12 + 1) as u8, 1),
            t(COMPANIES[i as usize % COMPANIES.len()]),
            t(format!("C-{}", 10000 + rng.range(1, 9999))),
            t(*rng.pick(DEPTS)),
            Cell::Number(sales),
            Cell::Number((sales * 0.3).round()),
            t(format!("{}.{}%", rng.range(80, 130), rng.range(0, 9))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_売上集計.xlsx", &[tb], true)
}

pub(super) fn neg_inventory(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "",
        vec![
            ("品番", no()),
            ("品名", no()),
            ("ロット番号", no()),
            ("保管場所", no()),
            ("在庫数", no()),
            ("最終入荷日", no()),
        ],
    );
    for _ in 0..50 {
        let row = vec![
            t(format!("{}-{}", rng.digits(3), rng.digits(4))),
            t(*rng.pick(&["六角ボルト M8", "ステンレスナット", "配線ケーブル 2m", "段ボール箱 120サイズ", "緩衝材"])),
            t(format!("LOT{}-{:02}", dated_number(rng, true)[..8].to_owned(), rng.range(1, 20))),
            t(format!(
                "第{}倉庫 {}-{}-{}",
                rng.range(1, 3),
                rng.pick(&["A", "B", "C"]),
                rng.range(1, 20),
                rng.range(1, 9)
            )),
            t(rng.range(0, 5000).to_string()),
            t(format!("2026/{:02}/{:02}", rng.range(1, 10), rng.range(1, 28))),
        ];
        tb.push(row);
    }
    csv_doc("neg_在庫一覧_sjis.csv", &tb, ',', Enc::ShiftJis, true)
}

pub(super) fn neg_invoice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "請求書".to_owned(),
        format!("請求書番号：INV-2026-{:05}", rng.range(1, 99999)),
        "発行日：2026年10月31日".to_owned(),
        format!("{} 御中", rng.pick(COMPANIES)),
        "下記の通りご請求申し上げます。".to_owned(),
        "品目：配送料（10月分）　数量：1式　単価：¥120,000　金額：¥120,000".to_owned(),
        "品目：梱包資材 AB-1234-567　数量：200　単価：¥350　金額：¥70,000".to_owned(),
        "小計：¥190,000".to_owned(),
        "消費税（10%）：¥19,000".to_owned(),
        "合計：¥209,000".to_owned(),
        "お支払期限：2026年11月30日".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_請求書.txt", "\r\n", Enc::Utf8, true)
}

pub(super) fn neg_shipping(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "【発送のお知らせ】".to_owned(),
        "ご注文いただいた商品を本日発送いたしました。".to_owned(),
        format!("ご注文番号：{}", dated_number(rng, true)),
        "ご注文日：2026年10月14日".to_owned(),
        format!("お問い合わせ伝票番号：{}", tracking_number(rng, true)),
        format!("お問い合わせ伝票番号（2個口）：{}", tracking_number(rng, true).replace('-', "")),
        "配送業者：ヤマト運輸".to_owned(),
        "お届け予定日：2026年10月16日（金）".to_owned(),
        "お届け時間帯：14時〜16時".to_owned(),
        format!("商品：JAN {} ワイヤレスイヤホン 1点 ¥12,800", jan(rng, true)),
        format!("お支払い：クレジットカード（末尾{}）", rng.digits(4)),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_発送通知.txt", "\n", Enc::Utf8, true)
}

pub(super) fn neg_build_log(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    let build = dated_number(rng, true);
    for l in [
        format!("[2026-10-16T14:03:22+09:00] INFO build {build} started (v2.3.14)"),
        format!("[2026-10-16T14:03:25+09:00] INFO device serial SN: {}", tracking_number(rng, true)),
        "[2026-10-16T14:03:25+09:00] INFO host 192.168.10.25 port 8080".to_owned(),
        format!("[2026-10-16T14:04:01+09:00] INFO artifact sha256 {}", rng.chars_of("0123456789abcdef", 64)),
        format!("[2026-10-16T14:04:02+09:00] INFO job 20261016-{:04} finished in 39.2s", rng.range(1, 9999)),
        format!("[2026-10-16T14:04:02+09:00] WARN retry 3/5 for order {}", dated_number(rng, true)),
        "[2026-10-16T14:04:03+09:00] INFO password policy check: ok (min length 12)".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_build.log", "\n", Enc::Utf8, true)
}

pub(super) fn neg_key_notice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    m.line("関係者各位", &[]);
    m.line("添付ファイルのパスワードは別途メールにてお送りします。", &[]);
    m.line("パスワードの有効期限は7日間です。", &[]);
    m.line("パスワード：********（別送）", &[]);
    m.line("PW：別途お知らせします", &[]);
    m.line("サーバー登録用の公開鍵を以下に記載します（秘密鍵は絶対に送付しないでください）。", &[]);
    for l in pem_public_key(rng) {
        m.line(l, &[]);
    }
    m.line(
        format!(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} build@ci-runner",
            rng.chars_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)
        ),
        &[],
    );
    m.text_doc("neg_公開鍵登録.txt", "\n", Enc::Utf8, true)
}

/// A town hall notice full of keywords (マイナンバー, 運転免許証, パスポート)
/// and numbers, but about nobody.
pub(super) fn neg_my_number_notice(rng: &mut Rng) -> Doc {
    let mut m = Prose::default();
    for l in [
        "マイナンバーカード交付のご案内".to_owned(),
        format!("受付番号：{}", dated_number(rng, true)),
        "交付予定日：2026年11月5日（木）9:00〜17:00".to_owned(),
        "交付場所：市民課 2番窓口（本庁舎1階）".to_owned(),
        "持ち物：交付通知書、通知カード、本人確認書類（運転免許証、パスポート等）".to_owned(),
        "個人番号カードの暗証番号（数字4桁）を窓口で設定していただきます。".to_owned(),
        "パスポートの申請には写真（縦45mm×横35mm）が1枚必要です。".to_owned(),
        "手数料：マイナンバーカードの初回交付は無料、再交付は1,000円です。".to_owned(),
    ] {
        m.line(l, &[]);
    }
    m.text_doc("neg_マイナンバーカード交付案内.txt", "\n", Enc::Utf8, true)
}

/// Public statistics: disease words and prefectures, no person.
pub(super) fn neg_statistics(rng: &mut Rng) -> Doc {
    let mut tb = Table::new(
        "発生状況",
        vec![
            ("都道府県", no()),
            ("新規陽性者数", no()),
            ("入院者数", no()),
            ("重症者数", no()),
            ("死亡者数", no()),
            ("前週比", no()),
        ],
    )
    .title(vec![vec![t("新型コロナウイルス感染症 都道府県別発生状況（2022年8月第1週）")], vec![]]);
    let mut seen = BTreeSet::new();
    for m in MUNICIPALITIES {
        if !seen.insert(m.pref) {
            continue;
        }
        let row = vec![
            t(m.pref),
            Cell::Number(rng.range(100, 90000) as f64),
            Cell::Number(rng.range(10, 3000) as f64),
            Cell::Number(rng.range(0, 80) as f64),
            Cell::Number(rng.range(0, 40) as f64),
            t(format!("{}.{}", rng.range(0, 2), rng.range(0, 99))),
        ];
        tb.push(row);
    }
    xlsx_doc("neg_都道府県別発生状況.xlsx", &[tb], true)
}
