//! Holdout measurement: data written independently of the tuning corpus.
//!
//! * CLEAN: ordinary business text with no personal data of private people.
//!   Every finding there is a false positive and is printed as such.
//! * GREY: company signatures, company addresses, company bank accounts,
//!   role mail addresses, invoice registration numbers. Reported only.
//! * POSITIVE: texts and files with personal / sensitive data in styles
//!   unlike typical test data, each with expected (kind, line-or-cell) labels.
//!
//! * PROBES: one-line minimal pairs that isolate the cause of each miss or
//!   false positive seen above.
//!
//! This is a measurement, not a gate: the test asserts only that it ran.
//! The report goes to stdout (`-- --nocapture`) and to `target/holdout.md`.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use presend::{scan_bytes, scan_text, FileReport, Finding, ScanOptions};
use support::files::{self, Cell, Sheet};

// ---------------------------------------------------------------------------
// Framework
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    Line(u32),
    Cell(u32, u32),
}

impl Key {
    fn show(self) -> String {
        match self {
            Key::Line(n) => format!("line {n}"),
            Key::Cell(r, c) => format!("{}{}", presend::column_letters(c), r),
        }
    }
}

enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

/// What a person would look at to see a location.
enum View {
    Lines(Vec<String>),
    Grid(Vec<Vec<String>>),
}

impl View {
    fn at(&self, key: Key) -> String {
        match (self, key) {
            (View::Lines(lines), Key::Line(n)) => lines.get(n as usize - 1).cloned().unwrap_or_default(),
            (View::Grid(rows), Key::Cell(r, c)) => {
                rows.get(r as usize - 1).and_then(|row| row.get(c as usize - 1)).cloned().unwrap_or_default()
            }
            (View::Grid(rows), Key::Line(n)) => rows.get(n as usize - 1).map(|r| r.join(" | ")).unwrap_or_default(),
            (View::Lines(lines), Key::Cell(r, _)) => lines.get(r as usize - 1).cloned().unwrap_or_default(),
        }
    }
}

/// One expected finding. `kinds` holds the acceptable kinds (first one is the
/// kind it is counted under); `*` accepts any kind. Optional labels are
/// neither required nor counted against precision.
#[derive(Clone, Debug)]
struct Label {
    kinds: Vec<String>,
    key: Key,
    optional: bool,
}

impl Label {
    fn parse(spec: &str, key: Key) -> Label {
        let (optional, spec) = match spec.strip_prefix('?') {
            Some(rest) => (true, rest),
            None => (false, spec),
        };
        Label { kinds: spec.split('|').map(str::to_owned).collect(), key, optional }
    }
    fn accepts(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == "*" || k == kind)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Group {
    Clean,
    Grey,
    Positive,
}

struct Case {
    group: Group,
    name: String,
    input: Input,
    view: View,
    labels: Vec<Label>,
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

/// Resolves a needle (`"@3"` = line 3, otherwise the first line containing it).
fn line_key(lines: &[String], name: &str, needle: &str) -> Key {
    if let Some(n) = needle.strip_prefix('@') {
        return Key::Line(n.parse().expect("line number"));
    }
    let idx = lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{name}: label needle {needle:?} not found"));
    Key::Line(idx as u32 + 1)
}

fn text_case(group: Group, name: &str, text: &str, labels: &[(&str, &str)]) -> Case {
    let lines = lines_of(text);
    let labels = labels.iter().map(|(k, n)| Label::parse(k, line_key(&lines, name, n))).collect();
    Case { group, name: name.to_owned(), input: Input::Text(text.to_owned()), view: View::Lines(lines), labels }
}

/// A document given as paragraphs (docx, pptx): lines are paragraphs.
fn para_case(name: &str, bytes: Vec<u8>, paras: &[&str], labels: &[(&str, &str)]) -> Case {
    let lines: Vec<String> = paras.iter().map(|p| p.replace('\t', " | ")).collect();
    let labels = labels.iter().map(|(k, n)| Label::parse(k, line_key(&lines, name, n))).collect();
    Case { group: Group::Positive, name: name.to_owned(), input: Input::Bytes(bytes), view: View::Lines(lines), labels }
}

/// Labels for a table: (kinds, 1-based row, 1-based column).
type CellLabel = (&'static str, u32, u32);

/// The same label down a column for rows `from..=to`.
fn column(kinds: &'static str, col: u32, from: u32, to: u32) -> Vec<CellLabel> {
    (from..=to).map(|r| (kinds, r, col)).collect()
}

fn grid_case(group: Group, name: &str, bytes: Vec<u8>, grid: Vec<Vec<String>>, labels: Vec<CellLabel>) -> Case {
    let labels = labels.into_iter().map(|(k, r, c)| Label::parse(k, Key::Cell(r, c))).collect();
    Case { group, name: name.to_owned(), input: Input::Bytes(bytes), view: View::Grid(grid), labels }
}

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
}

fn csv_bytes(grid: &[Vec<String>], delim: char, encoding: &str) -> Vec<u8> {
    let text = files::csv(grid, delim);
    match encoding {
        "sjis" => files::shift_jis(&text),
        "bom" => files::utf8_bom(&text),
        _ => text.into_bytes(),
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.clone(),
        Cell::Number(n) => {
            if n.fract() == 0.0 {
                format!("{}", *n as i64)
            } else {
                format!("{n}")
            }
        }
        Cell::Date(y, m, d) => format!("{y}/{m:02}/{d:02} (date cell)"),
        Cell::Empty => String::new(),
    }
}

/// An xlsx of one sheet starting at A1 (empty rows allowed), with its grid view.
fn xlsx_case(group: Group, name: &str, sheet: &str, cells: Vec<Vec<Cell>>, labels: Vec<CellLabel>) -> Case {
    let grid = cells.iter().map(|r| r.iter().map(cell_text).collect()).collect();
    let bytes = files::xlsx(&[Sheet::new(sheet, cells)]);
    grid_case(group, name, bytes, grid, labels)
}

fn t(s: &str) -> Cell {
    Cell::from(s)
}

fn key_of(f: &Finding) -> Key {
    match (f.location.line, f.location.row, f.location.column) {
        (Some(n), _, _) => Key::Line(n),
        (None, Some(r), Some(c)) => Key::Cell(r, c),
        (None, Some(r), None) => Key::Line(r),
        _ => Key::Line(0),
    }
}

fn where_of(f: &Finding) -> String {
    let mut s = String::new();
    if let Some(e) = &f.location.entry {
        let _ = write!(s, "{e} ");
    }
    if let Some(sh) = &f.location.sheet {
        let _ = write!(s, "[{sh}] ");
    }
    s.push_str(&key_of(f).show());
    s
}

fn scan(case: &Case) -> FileReport {
    let opts = ScanOptions::default();
    match &case.input {
        Input::Text(text) => scan_text(&case.name, text, &opts),
        Input::Bytes(bytes) => scan_bytes(&case.name, bytes, &opts),
    }
}

fn evidence(f: &Finding) -> String {
    f.evidence
        .iter()
        .map(|e| match e {
            presend::Evidence::Header(h) => format!("header:{h}"),
            presend::Evidence::Keyword(k) => format!("kw:{k}"),
            presend::Evidence::CheckDigit => "check".into(),
            presend::Evidence::Format => "format".into(),
            presend::Evidence::Dictionary(d) => format!("dict:{d}"),
            presend::Evidence::Label(l) => format!("label:{l}"),
            presend::Evidence::ColumnValues => "column".into(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn clip(s: &str, n: usize) -> String {
    let s = s.replace('|', "¦");
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n).collect::<String>())
    } else {
        s
    }
}

// ---------------------------------------------------------------------------
// CLEAN set: no personal data of private individuals.
// ---------------------------------------------------------------------------

const CLEAN_TEXTS: &[(&str, &str)] = &[
    (
        "c01_meeting_notice.txt",
        r#"各位

お疲れ様です。経営企画部です。
第3四半期 事業進捗会議を下記のとおり開催します。

日時：2026年7月14日（火）13:30〜15:00
場所：本社12階 大会議室A／Teams併用
議題：
　1. 4〜6月の売上実績（前年同期比 +6.8%）
　2. 下期の設備投資計画（総額 4.2億円）
　3. その他
資料は前日17時までに共有フォルダ（\\fs01\kikaku\2026Q3）へ格納してください。
以上"#,
    ),
    (
        "c02_gijiroku.txt",
        r#"【議事録】製品開発定例 第42回
開催日時：2026/05/19 10:00-11:00
出席：開発部5名、品質保証部2名、営業部1名（敬称略・氏名省略）
決定事項
・新型センサーユニット（型番 SU-3000R）の量産開始は9月第2週とする。
・試作ロットNo.240915-03で見つかった半田不良は、リフロー温度プロファイルを245℃→250℃へ変更して対策する。
・歩留まり目標は98.5%以上。
宿題
・部品表（BOM）v1.7 の改訂（開発部、5/26まで）
・耐久試験 1,000時間分のデータ取りまとめ（品証、6/2まで）
次回：2026年5月26日（火）同時刻"#,
    ),
    (
        "c03_quotation.txt",
        r#"株式会社ミドリ精機
購買部 御中

いつもお世話になっております。
ご依頼いただきました件、お見積書（見積No. Q-2026-0381）を添付にてお送りいたします。

・品名：ステンレス製ブラケット（SUS304 t=2.0）
・数量：1,200個
・単価：385円（税抜）
・合計：462,000円（税抜）／508,200円（税込）
・納期：ご発注後 約3週間
・有効期限：2026年6月30日

ご不明な点がございましたらお知らせください。
何卒よろしくお願い申し上げます。"#,
    ),
    (
        "c04_invoice_order_no.txt",
        r#"お世話になっております。
3月分のご請求書をお送りいたします。

請求書番号：INV-202603-0457
ご注文番号：202603150017
ご請求金額：1,386,000円（税込）
お支払期限：2026年4月30日

お振込の際は、請求書番号をご依頼人名の前にご入力いただけますと幸いです。"#,
    ),
    (
        "c05_shipping_tracking.txt",
        r#"本日、ご注文の商品を出荷いたしました。

出荷日：2026年4月8日
運送会社：ヤマト運輸
お問い合わせ伝票番号：6663-3096-0050
個口数：3
到着予定：4月9日（木）午前中

配送状況は運送会社のWebサイトでご確認いただけます。"#,
    ),
    (
        "c06_rules_notice.txt",
        r#"社内通達 第2026-014号
2026年3月2日
人事部

就業規則の一部改定について

2026年4月1日より、以下のとおり就業規則を改定します。
1. 時間単位の年次有給休暇を年5日（40時間）まで取得可能とします。
2. 在宅勤務手当を月額3,000円から5,000円に引き上げます。
3. 育児・介護休業規程の第12条を改め、子の看護等休暇の対象を小学校3年生修了までに拡大します。
詳細はイントラネットの規程集（文書番号 HR-R-001 第18版）を参照してください。"#,
    ),
    (
        "c07_manual_setup.txt",
        r#"3.2 初期設定
(1) 本体背面の電源スイッチをONにします。POWERランプが緑色に点灯します。
(2) ブラウザで http://192.168.1.1/ にアクセスします。
(3) 初回ログイン時は、本体底面のラベルに記載された初期パスワードを入力してください。
(4) ログイン後、必ずパスワードを変更してください。パスワードは8文字以上で、英大文字・英小文字・数字を組み合わせてください。
(5) 設定を保存すると本体が再起動します（約90秒）。
※ 初期化する場合は、RESETボタンを10秒以上押し続けてください。"#,
    ),
    (
        "c08_product_spec.txt",
        r#"■ 製品仕様
型番：NX-720W
定格電圧：AC100V 50/60Hz
消費電力：最大 1,250W／待機時 0.3W
外形寸法：幅 420 × 奥行 385 × 高さ 296 mm
質量：約 12.4 kg
JANコード：4901178744214
製造番号（シリアル）：N72W-2604-000318
保証期間：お買い上げ日から1年間"#,
    ),
    (
        "c09_press_release.txt",
        r#"報道関係各位
2026年5月12日

新型物流ロボット「ハコブ」提供開始のお知らせ

当社は、倉庫内の搬送作業を自動化する自律走行ロボット「ハコブ」を2026年6月1日より提供開始いたします。
最大積載量は300kgで、1回の充電で約8時間稼働します。導入企業では、ピッキング作業の工数が平均42%削減されました（当社調べ、2025年10月〜2026年3月、12拠点）。
価格はオープン価格、月額レンタルプランは1台あたり98,000円（税別）からとなります。
今後3年間で累計1,500台の導入を目指します。"#,
    ),
    (
        "c10_kessan_tanshin.txt",
        r#"1. 2026年3月期の連結業績（2025年4月1日～2026年3月31日）
(1) 連結経営成績（%表示は対前期増減率）
売上高 128,450百万円 （8.4%）
営業利益 9,870百万円 （12.1%）
経常利益 10,215百万円 （11.6%）
親会社株主に帰属する当期純利益 6,932百万円 （△3.2%）
1株当たり当期純利益 214.57円
自己資本比率 48.3%（前期 46.9%）
(2) 配当の状況 年間配当金 1株当たり 70円00銭（中間 35円、期末 35円）
(3) 2027年3月期の業績予想 売上高 136,000百万円（5.9%）、営業利益 10,500百万円（6.4%）"#,
    ),
    (
        "c11_agm_notice.txt",
        r#"第58回定時株主総会招集ご通知
日時：2026年6月26日（金曜日）午前10時（受付開始 午前9時）
目的事項
報告事項 第58期（2025年4月1日から2026年3月31日まで）事業報告、連結計算書類の内容報告
決議事項
第1号議案 剰余金の処分の件
第2号議案 取締役7名選任の件
第3号議案 監査等委員である取締役3名選任の件
議決権行使期限：2026年6月25日（木曜日）午後5時30分まで
証券コード：7421"#,
    ),
    (
        "c12_expense_rules.txt",
        r#"【出張旅費・経費精算の手順】
1. 出張申請は出発の5営業日前までにワークフロー（申請種別：A-03）で提出してください。
2. 新幹線・航空券は原則として会社指定の旅行代理店経由で手配します。
3. 宿泊費の上限は、東京23区・大阪市内 12,000円／泊、その他地域 10,000円／泊です。
4. 日当は国内 2,000円／日、海外 US$50／日です。
5. 領収書は電子帳簿保存法に対応するため、スキャンデータを精算システムにアップロードしてください。
6. 精算期限は帰着日から14日以内です。"#,
    ),
    (
        "c13_overseas_trip_checklist.txt",
        r#"海外出張前のチェックリスト
・パスポートの残存有効期間が6か月以上あるか確認してください。
・渡航先によってはビザ（査証）またはESTA等の電子渡航認証が必要です。
・海外旅行保険は会社で一括加入しています。保険証券番号は総務部までお問い合わせください。
・外務省の「たびレジ」への登録をお願いします。
・携行するPCはBitLockerで暗号化済みであることを確認してください。"#,
    ),
    (
        "c14_incident_report.txt",
        r#"【障害報告】基幹システム 受注処理遅延について（第2報）

発生日時：2026-04-21 09:12 JST
復旧日時：2026-04-21 11:47 JST
影響範囲：受注入力画面（ORD-WEB）、EDI連携バッチ
事象：アプリケーションサーバー ap-prd-03（10.20.3.13）でJVMのヒープ不足が発生し、応答時間が最大120秒まで悪化しました。
原因：v4.12.0 で追加した集計処理がキャッシュを解放しておらず、メモリリークが発生していました。
対応：v4.12.1 へ切り戻し、サーバーを順次再起動しました。
再発防止：リリース前の負荷試験項目に長時間稼働試験（72時間）を追加します。
障害対応の担当部署：情報システム部 基盤グループ"#,
    ),
    (
        "c15_log_lines.txt",
        r#"2026-04-21T09:12:03.418+09:00 ERROR [ord-web-7f9c] c.e.order.Service - Timeout after 30000 ms (code=E5021)
2026-04-21T09:12:04.002+09:00 WARN  [batch-edi] pool exhausted: active=200 idle=0 waiting=37
2026-04-21T09:12:09.771+09:00 INFO  [lb-01] upstream 10.20.3.13:8080 marked down (3 consecutive failures)
2026-04-21T09:14:55.120+09:00 ERROR [ord-web-2b1a] java.lang.OutOfMemoryError: Java heap space
2026-04-21T09:15:00.000+09:00 INFO  [cron] job=daily_summary id=202604150029 status=SKIPPED
2026-04-21T11:47:31.554+09:00 INFO  [deploy] rollback to 4.12.1 completed in 184s (build 20260421.7)
Apr 21 09:13:22 ap-prd-03 kernel: [8812345.123456] Out of memory: Killed process 4412 (java) total-vm:16777216kB
192.0.2.44 - - [21/Apr/2026:09:13:40 +0900] "POST /api/v2/orders HTTP/1.1" 503 162 "-" "EDI-Client/3.2""#,
    ),
    (
        "c16_network_outage.txt",
        r#"ネットワーク機器障害のお知らせ
2026年2月3日 02:40頃、データセンターのコアスイッチ（型番 CS-9300、ファームウェア 17.9.4a）で障害が発生し、VLAN 110/120 配下の通信が約18分間断続的に切断されました。
ログ：%LINK-3-UPDOWN: Interface TenGigabitEthernet1/0/24, changed state to down
冗長化構成の待機系へ自動切替が行われず、手動で切替を実施しました（02:58）。
MACアドレス 00:1A:2B:3C:4D:5E のポートでフラッピングが確認されています。
回線事業者の障害受付番号：0312-5548-7790"#,
    ),
    (
        "c17_tracking_list.txt",
        r#"出荷明細（2026/04/10 出荷分）
伝票番号 173833105789 　佐川急便　2個口　大阪DC行き
伝票番号 9476-3626-0719　ヤマト運輸　1個口　名古屋倉庫行き
追跡番号 EJ123456789JP　日本郵便 EMS　シンガポール支社宛
追跡番号 1Z999AA10123456784　UPS　米国拠点宛
コンテナ番号 MSKU 7042518　横浜港 本牧ふ頭 D-5 搬入"#,
    ),
    (
        "c18_room_booking.txt",
        r#"会議室予約確認
予約番号：RSV-20260512-0042
会議室：8階 会議室C（定員10名、プロジェクター・Web会議用カメラあり）
日時：2026年5月12日(火) 15:00～16:30
用途：取引先との打合せ（株式会社ミドリ精機様 来社）
備考：車いすでご来社の方がいる場合は、1階受付で多目的エレベーターをご案内します。
キャンセルは前日18時までにシステムから行ってください。"#,
    ),
    (
        "c19_training.txt",
        r#"新任管理職研修のご案内
対象：2026年4月1日付で課長職に昇格した社員
日程：2026年5月20日(水)〜21日(木) 2日間
会場：研修センター（オンライン参加不可）
内容：労務管理の基礎、ハラスメント防止、メンタルヘルス不調の早期発見、評価面談の進め方
講師：外部講師（社会保険労務士の先生をお招きします）
申込：5月8日までにLMSから申し込んでください（コースID: MGR-2026-01）。"#,
    ),
    (
        "c20_health_check_notice.txt",
        r#"健康診断受診のお願い
今年度の定期健康診断を6月2日から6月20日まで実施します。
昨年度の受診率は97.4%でした。今年度は100%を目指します。
35歳以上の方は生活習慣病予防健診（血液検査・心電図・胃部X線）を含みます。
再検査・精密検査が必要と判定された方には、産業保健スタッフから個別にご案内します。
健診結果は本人の同意なく人事評価に使用することはありません。"#,
    ),
    (
        "c21_stress_check.txt",
        r#"ストレスチェック実施のお知らせ
労働安全衛生法に基づき、今年もストレスチェックを実施します。
回答期間：2026年9月1日〜9月15日
回答はWebで約15分です。個人の結果は実施者（産業医）のみが確認し、本人の同意なく会社に提供されることはありません。
高ストレスと判定された方は、産業医による面接指導を申し出ることができます。
集団分析の結果は、部署単位（10名以上）で職場環境の改善に活用します。"#,
    ),
    (
        "c22_flu_vaccine.txt",
        r#"インフルエンザ予防接種費用の補助について
接種期間：2026年10月1日～2027年1月31日
補助額：1回あたり上限3,500円
申請方法：医療機関の領収書（接種日・金額が記載されたもの）を経費精算システムで申請してください。
社内接種会（11月5日・6日、本社9階）も予定しています。
発熱などの症状がある場合は、無理をせず受診・休養してください。"#,
    ),
    (
        "c23_job_posting.txt",
        r#"【募集要項】
職種：法人営業（ITソリューション）
雇用形態：正社員
給与：月給 280,000円〜450,000円（経験・能力を考慮）
賞与：年2回（昨年度実績 4.5か月分）
勤務時間：9:00〜17:30（フレックスタイム制あり、コアタイム 11:00〜15:00）
休日：完全週休2日制（土日祝）、年間休日 125日
応募資格：普通自動車運転免許（AT限定可）、法人営業経験3年以上
福利厚生：社会保険完備、退職金制度、財形貯蓄、社員食堂
その他：障がい者雇用にも積極的に取り組んでいます。就労可能な在留資格をお持ちの方も応募可能です。
従業員数：1,284名（2026年4月1日現在）　平均年齢：38.6歳"#,
    ),
    (
        "c24_weather.txt",
        r#"【気象情報】関東地方
10日（金）は前線の影響で、昼過ぎから雨が強まる見込みです。東京都心の予想最高気温は18度、最低気温は12度。
降水確率：午前 30%、午後 80%、夜 90%
神奈川県・千葉県では、夕方から1時間に30mm以上の激しい雨の降るおそれがあります。
11日（土）は天気が回復し、各地で晴れる見込みです。
花粉情報：スギ花粉の飛散量は「非常に多い」。"#,
    ),
    (
        "c25_traffic.txt",
        r#"運行情報（7:45現在）
JR中央線快速：三鷹駅での人身事故の影響で、東京〜高尾間の上下線で運転を見合わせています。再開見込みは8:30頃です。
京王線：振替輸送を実施中です。
首都高速3号渋谷線（上り）：池尻付近を先頭に渋滞5km。
東名高速（下り）：厚木IC付近で事故処理、車線規制あり。
出社が遅れる場合は、所属長へチャットで連絡してください。"#,
    ),
    (
        "c26_law_appi.txt",
        r#"個人情報の保護に関する法律 第二条第三項
この法律において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして政令で定める記述等が含まれる個人情報をいう。
同施行令第二条では、身体障害、知的障害、精神障害（発達障害を含む。）その他の心身の機能の障害があること、健康診断等の結果、刑事事件に関する手続が行われたことなどが定められている。"#,
    ),
    (
        "c27_law_penal.txt",
        r#"刑法
第二百三十五条 他人の財物を窃取した者は、窃盗の罪とし、十年以下の拘禁刑又は五十万円以下の罰金に処する。
第二百四十六条 人を欺いて財物を交付させた者は、十年以下の拘禁刑に処する。
当社のコンプライアンス研修では、業務上横領や背任に該当する事例を取り上げます。"#,
    ),
    (
        "c28_law_labour.txt",
        r#"労働基準法 第三十九条（年次有給休暇）
使用者は、その雇入れの日から起算して六箇月間継続勤務し全労働日の八割以上出勤した労働者に対して、継続し、又は分割した十労働日の有給休暇を与えなければならない。
第六十五条 使用者は、六週間（多胎妊娠の場合にあつては、十四週間）以内に出産する予定の女性が休業を請求した場合においては、その者を就業させてはならない。"#,
    ),
    (
        "c29_disability_employment_rate.txt",
        r#"障害者雇用状況の報告について
当社の2026年6月1日現在の障害者雇用率は2.71%で、法定雇用率（2.5%）を上回っています。
引き続き、職場環境のバリアフリー化と業務の切り出しを進めます。
ハローワークへの報告期限は7月15日です。"#,
    ),
    (
        "c30_english_invoice_mail.txt",
        r#"Dear Procurement Team,

Thank you for your order PO-55120 dated March 3, 2026.
Please find attached our invoice INV-2026-00417 for USD 12,400.00 (net 30).
The shipment (2 pallets, 418 kg) left our Yokohama warehouse on 03/05/2026 and is expected to arrive at your facility by 03/19/2026.
Tracking: MAEU 2604881273
If you have any questions, please reply to this thread.

Best regards,
Sales Operations"#,
    ),
    (
        "c31_english_postmortem.txt",
        r#"Postmortem: API latency spike (SEV-2)
Start: 2026-01-12 22:04 UTC / End: 2026-01-12 22:41 UTC
Impact: p99 latency rose from 180 ms to 4.2 s for /v2/orders; 0.7% of requests returned HTTP 503.
Root cause: a misconfigured connection pool (max=20) after upgrading the driver to 5.3.0.
Fix: raised pool size to 100, added alert on pool saturation > 80%.
Action items: JIRA OPS-1182, OPS-1183. Owner: Platform team.
Customer impact: 1,204 failed checkouts; no data loss."#,
    ),
    (
        "c32_mixed_release.txt",
        r#"Hi team,
来週の release schedule を共有します。
- 4/22 (Wed) code freeze
- 4/24 (Fri) staging deploy → QA sign-off
- 4/28 (Tue) production deploy 22:00-24:00 JST
Rollback 手順は Confluence の "Release Runbook v3" を参照してください。
Any concerns, please comment on the ticket REL-2026-17 by EOD Monday."#,
    ),
    (
        "c33_price_revision.txt",
        r#"価格改定のお知らせ
拝啓 時下ますますご清栄のこととお慶び申し上げます。
原材料価格および物流費の高騰により、2026年7月1日受注分より一部製品の価格を改定させていただきます。
対象製品：コピー用紙 A4（品番 PA-A4-500）ほか32品目
改定幅：現行価格の5%〜12%
なにとぞ事情をご賢察のうえ、ご理解を賜りますようお願い申し上げます。
敬具"#,
    ),
    (
        "c34_holiday_closure.txt",
        r#"年末年始休業のお知らせ
誠に勝手ながら、下記の期間を年末年始休業とさせていただきます。
休業期間：2026年12月27日（日）〜2027年1月4日（月）
2027年1月5日（火）より通常営業いたします。
休業期間中にいただいたお問い合わせは、1月5日以降に順次対応いたします。"#,
    ),
    (
        "c35_book_purchase.txt",
        r#"図書購入申請
書名：『実践 データ品質マネジメント』
ISBN：978-4-8173-3095-6
ISBN（電子版）：9784092292062
価格：3,520円（税込）
購入理由：データ基盤チームの勉強会テキストとして使用するため"#,
    ),
    (
        "c36_phishing_alert.txt",
        r#"【注意喚起】不審メールについて
本日午前、「請求書の確認」を件名とする不審なメールが社内の複数アドレスに届いています。
添付ファイル（invoice_0421.zip）は開かずに削除してください。
リンク先のURLは hxxps://login-micros0ft[.]example/ で、当社のログイン画面を装っています。
万一IDやパスワードを入力してしまった場合は、直ちに情報システム部へ連絡し、パスワードを変更してください。
マルウェア感染が疑われる端末は、LANケーブルを抜いてネットワークから切り離してください。"#,
    ),
    (
        "c37_ppap_notice.txt",
        r#"お世話になっております。
先ほどお送りした「2026年度 販促計画.zip」の解凍パスワードは、別途お電話にてお伝えいたします。
なお、当社では2026年10月よりパスワード付きZIPファイルの送付を廃止し、クラウドストレージでの共有に切り替える予定です。"#,
    ),
    (
        "c38_api_doc.txt",
        r#"## 認証
すべてのリクエストには Authorization ヘッダーが必要です。
Authorization: Bearer <YOUR_ACCESS_TOKEN>
APIキーは管理画面の「設定 > API」から発行してください。キーは発行時に一度だけ表示されます。
例：
curl -H "X-Api-Key: ${API_KEY}" https://api.example.com/v1/items?limit=50
password: ********
レート制限：1分あたり600リクエスト。超過時は HTTP 429 を返します。"#,
    ),
    (
        "c39_certificate.txt",
        r#"サーバー証明書の更新手順
1. CSRを作成します：openssl req -new -key server.key -out server.csr
2. 認証局から発行された証明書（PEM形式）を /etc/nginx/ssl/ に配置します。
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
-----END CERTIFICATE-----
3. nginx -t で構文を確認し、systemctl reload nginx を実行します。"#,
    ),
    (
        "c40_release_notes.txt",
        r#"リリースノート v2.8.0（2026-03-30）
- commit 3f9a2c7e41b0d8a5c6e2f1047b9d3e8a5c2f7b10: 検索APIのページング不具合を修正
- 依存ライブラリを更新（openssl 3.0.13 → 3.0.15, zlib 1.3.1）
- SHA-256: 9b2e4d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b
- Docker image: registry.example.com/app/api:2.8.0
- 既知の問題：Safari 17.4 で一覧画面のスクロールが遅くなる場合があります。"#,
    ),
    (
        "c41_support_ticket.txt",
        r#"問い合わせ対応メモ（システム）
リクエストID：7c9e6679-7425-40de-944b-e07fc1f90ae7
セッションID：a1b2c3d4e5f6a7b8c9d0e1f2
発生時刻：2026/03/08 14:22:51
エラーコード：0x80070005（アクセスが拒否されました）
再現手順：ファイルサーバーの共有フォルダに書き込もうとした際に発生。権限設定の見直しで解消済み。"#,
    ),
    (
        "c42_sales_report.txt",
        r#"4月度 販売実績（速報）
全社売上：8億4,210万円（予算比 103.2%、前年同月比 107.9%）
東日本エリア：3億1,050万円（104.5%）
西日本エリア：2億8,730万円（99.1%）
EC：2億4,430万円（106.0%）
粗利率：31.4%（前月差 +0.6pt）
受注残：12億6,800万円"#,
    ),
    (
        "c43_power_outage.txt",
        r#"法定電気設備点検に伴う停電のお知らせ
日時：2026年8月9日（日）8:00〜17:00
対象：本社ビル全館（エレベーター・空調・照明・コンセント）
停電中はサーバールームを除き電源が供給されません。
前日までにPCをシャットダウンし、冷蔵庫の飲食物はお持ち帰りください。"#,
    ),
    (
        "c44_newsletter.txt",
        r#"社内報 2026年5月号
今年は新入社員42名（技術職25名、営業職12名、事務職5名）を迎えました。
平均年齢は22.8歳、出身地は18都道府県にわたります。
4月は3週間の合同研修を行い、配属は5月7日付です。
今月の表紙は、長野工場の桜並木です。"#,
    ),
    (
        "c45_disaster_drill.txt",
        r#"防災訓練実施のお知らせ
9月1日（火）14:00に震度6強の地震を想定した避難訓練を実施します。
非常放送の後、各フロアの避難経路に従って、第一避難場所（本社前広場）へ移動してください。
けが人の搬送訓練、AEDの使用訓練、消火器の取扱い訓練も行います。
体調不良等で参加できない方は、所属長に申し出てください。"#,
    ),
    (
        "c46_8d_report.txt",
        r#"品質異常報告書（8D）抜粋
D2 問題の記述：出荷ロット 250311-A の樹脂ケース（品番 RC-220）に白化が発生。不良率 0.8%（38個/4,800個）。
D4 根本原因：成形機No.7の金型温度が設定値65℃に対し最大48℃まで低下していた。温調機のヒーター断線が原因。
D5 恒久対策：温調機の定期点検周期を6か月から3か月に短縮し、温度監視アラームを追加。
D7 再発防止：同型の温調機12台を一斉点検（2026/03/25完了）。"#,
    ),
    (
        "c47_nda_clause.txt",
        r#"第5条（秘密保持）
1. 甲及び乙は、本契約に関連して相手方から開示された技術上又は営業上の情報（以下「秘密情報」という。）を、相手方の書面による事前の承諾なく第三者に開示又は漏洩してはならない。
2. 前項の規定は、次の各号のいずれかに該当する情報には適用しない。
(1) 開示を受けた時点で既に公知であった情報
(2) 開示を受けた後、自己の責によらず公知となった情報
第12条（有効期間）本契約の有効期間は、2026年4月1日から2027年3月31日までとする。"#,
    ),
    (
        "c48_engagement_survey.txt",
        r#"2025年度 従業員エンゲージメント調査 結果概要
回答率：91.3%（1,847名中1,686名）
総合満足度：3.78（5段階、前年 3.65）
「上司に相談しやすい」と回答した割合：72%
「業務量が適正」と回答した割合：54%（前年比 -4pt）
自由記述では、在宅勤務制度の拡充や評価制度の透明性に関する意見が多く寄せられました。"#,
    ),
    (
        "c49_summer_leave.txt",
        r#"夏季休暇の取得について
今年度の夏季休暇は、7月1日から9月30日までの間で連続3日間取得してください。
取得予定日は6月20日までに勤怠システムに登録してください。
部署内で業務が滞らないよう、取得日の調整をお願いします。"#,
    ),
    (
        "c50_company_car.txt",
        r#"社用車利用ルールの改定
1. 社用車を運転する社員は、年1回、運転免許証の有効期限を総務部に確認してもらってください。
2. アルコールチェッカーによる乗車前・乗車後の確認を義務化します（記録は1年間保存）。
3. 車両番号：品川 300 さ 12-34 の車両は、8月末でリース満了のため返却します。
4. 駐車違反・速度違反の反則金は、運転者本人の負担とします。"#,
    ),
    (
        "c51_faq.txt",
        r#"よくあるご質問
Q. 会員登録に必要なものは何ですか？
A. メールアドレスと、ご本人名義のクレジットカードが必要です。
Q. パスワードを忘れてしまいました。
A. ログイン画面の「パスワードをお忘れの方」から再設定できます。
Q. 会員IDはどこで確認できますか？
A. マイページ右上に表示される10桁の番号です。"#,
    ),
    (
        "c52_store_hours.txt",
        r#"店舗営業時間変更のお知らせ
渋谷店、梅田店、天神店は、2026年5月1日より営業時間を10:00〜20:00に変更いたします（従来 10:00〜21:00）。
中野店、吉祥寺店、高田馬場店、松本駅前店は変更ありません。
ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願いいたします。"#,
    ),
    (
        "c53_branch_list.txt",
        r#"全国拠点一覧（2026年4月1日現在）
北海道支社（札幌市）、東北支社（仙台市）、北陸営業所（金沢市）、
中部支社（名古屋市）、関西支社（大阪市）、中国支社（広島市）、
九州支社（福岡市）、沖縄営業所（那覇市）
工場：長野工場、岡山工場、熊本工場
研究所：つくば研究所"#,
    ),
    (
        "c54_new_vendors.txt",
        r#"新規取引先登録のお知らせ
取引先コード：V-20831　株式会社高橋製作所（精密板金）
取引先コード：V-20832　山本化学工業株式会社（樹脂原料）
取引先コード：V-20833　合同会社佐々木ロジスティクス（倉庫業務）
支払条件：月末締め翌月末払い"#,
    ),
    (
        "c55_invoice_detail.txt",
        r#"請求明細
No.  品目                     数量   単価       金額
1    保守サービス（4月分）     1      150,000    150,000
2    追加作業（障害対応 3h）   3      12,000     36,000
3    交通費                    1      2,840      2,840
小計 188,840円 / 消費税(10%) 18,884円 / 合計 207,724円"#,
    ),
    (
        "c56_maintenance.txt",
        r#"【メンテナンスのお知らせ】
下記日程でシステムメンテナンスを実施いたします。
日時：2026年6月13日（土）22:00 〜 6月14日（日）6:00
対象サービス：Webポータル、モバイルアプリ（iOS 3.14.0 / Android 3.14.2）
メンテナンス中はログインできません。
作業内容：データベースのバージョンアップ（PostgreSQL 15.6 → 16.3）"#,
    ),
    (
        "c57_stock_answer.txt",
        r#"在庫状況のご回答
お問い合わせいただいた商品の在庫状況は以下のとおりです。
・4902242566848　ハンドソープ詰替 450ml　在庫 1,240ケース
・4549780610529　ウェットティッシュ 80枚　在庫 310ケース
・4987573904675　うがい薬 200ml　在庫 0（入荷予定 5/18）
ご注文はEDIにて承ります。"#,
    ),
    (
        "c58_drug_leaflet.txt",
        r#"製品情報：解熱鎮痛剤「ミナモ錠」
効能・効果：頭痛、歯痛、生理痛、発熱時の解熱
用法・用量：成人（15歳以上）1回1錠、1日3回まで。服用間隔は4時間以上あけてください。
次の人は服用しないでください：本剤によるアレルギー症状を起こしたことがある人。
保管：直射日光を避け、湿気の少ない涼しい所に保管してください。"#,
    ),
    (
        "c59_hospital_expo.txt",
        r#"医療機関向け展示会出展のお知らせ
当社は「国際モダンホスピタルショウ2026」（7月15日〜17日）に出展します。
電子カルテ連携に対応した新型の病床管理システムと、院内物流の自動化ソリューションを展示します。
小間番号：E-214
ご来場の際は、事前登録（無料）をお願いいたします。"#,
    ),
    (
        "c60_groundbreaking.txt",
        r#"地鎮祭の実施について
新物流センター（第2期棟）の着工にあたり、2026年4月18日（土）10:00から地鎮祭を執り行います。
神職は地元の神社に依頼済みです。
出席は役員および工事関係者のみとし、服装はスーツ着用でお願いします。
雨天の場合はテント内で実施します。"#,
    ),
    (
        "c61_dei_policy.txt",
        r#"ダイバーシティ＆インクルージョン方針
当社は、性別、年齢、国籍、人種、宗教、障がいの有無、性的指向・性自認にかかわらず、すべての社員が能力を発揮できる職場づくりを進めます。
2030年までに女性管理職比率を30%に引き上げることを目標とします（2025年度実績 14.2%）。
社内には礼拝や授乳に利用できる多目的室を2部屋設けています。"#,
    ),
    (
        "c62_compliance_news.txt",
        r#"コンプライアンス通信 Vol.27
今月のテーマ：インサイダー取引の防止
未公表の重要事実を知って株式を売買すると、金融商品取引法違反として刑事罰の対象になります。
過去には他社で社員が逮捕・起訴された事例もあります。
株式の売買を行う場合は、事前に法務部への届出が必要です。"#,
    ),
    (
        "c63_safety_stats.txt",
        r#"2025年度 労働災害発生状況
休業災害：3件（前年 5件）、不休災害：11件
度数率：0.92、強度率：0.03
主な原因：フォークリフトとの接触、脚立からの転落、段ボールによる切創
重点対策：歩行者通路の明示、脚立作業時の2人作業の徹底"#,
    ),
    (
        "c64_deadlines_dates.txt",
        r#"各種締切日一覧
・予算申請：2026/10/15
・中間報告：令和8年11月30日
・年末調整書類：R8.12.4
・決算見込：2027-01-20
・下期計画：Jan. 29, 2027
・監査法人往査：2月第2週（2/8〜2/12）
・創業記念日：昭和40年6月1日（今年で61周年）"#,
    ),
    (
        "c65_brand_anniversary.txt",
        r#"ブランド誕生50周年のご挨拶
1976年5月10日に発売した初代「ミナモ」は、おかげさまで誕生から50年を迎えました。
2026年5月10日、ミナモは新しいデザインに生まれ変わります。
記念キャンペーンは5月10日から6月30日まで全国の取扱店で実施します。"#,
    ),
    (
        "c66_attendance_login.txt",
        r#"勤怠システムへのログイン方法
ユーザーIDには社員番号（6桁）を入力してください。
初回ログイン時のパスワードは、入社時にお渡しした書類に記載されています。
ログイン後は、画面右上の「設定」からパスワードを変更してください。
5回連続で誤入力すると、アカウントが30分間ロックされます。"#,
    ),
    (
        "c67_payroll_account_howto.txt",
        r#"給与振込口座の変更手続きについて
給与の振込先口座を変更する場合は、毎月10日までに人事システムの「口座情報変更」から申請してください。
10日を過ぎた申請は翌月の給与から反映されます。
申請には、新しい口座の銀行名・支店名・口座番号が確認できる通帳またはキャッシュカードの写しが必要です。"#,
    ),
    (
        "c68_guest_wifi.txt",
        r#"来客用Wi-Fiのご案内
SSID：GUEST-5F
接続後、ブラウザに表示される利用規約に同意するとインターネットに接続できます。
利用時間は1回あたり最大8時間です。
社内ネットワーク（192.168.0.0/16）にはアクセスできません。"#,
    ),
    (
        "c69_fullwidth_notice.txt",
        r#"【お知らせ】ＩＣカード入館証の更新
有効期限：２０２６年９月３０日
更新受付：９月１日～９月２２日（平日９：００～１７：００）
カード番号は入館証の裏面右下に記載されている８桁の数字です。
管理番号：ＡＢ－２０２６－０００４５"#,
    ),
    (
        "c70_long_serials.txt",
        r#"資産管理台帳の更新のお願い
ノートPC（型番 LX-14G5）製造番号：5158584649570357
液晶モニター 製造番号：4773533122137166
ライセンス管理番号：202605280031
保守契約番号：MC-2026-118204
いずれも4月末までに台帳へ登録してください。"#,
    ),
    (
        "c71_order_received.txt",
        r#"受注のご連絡
株式会社ミドリ精機様より、下記のとおり発注書を受領しました。
発注番号：202604150010
品番：BR-304-20　数量：1,200　希望納期：2026/05/20
品番：BR-304-25　数量：600　希望納期：2026/05/27
生産管理課は製造指示書の発行をお願いします。"#,
    ),
    (
        "c72_packaging_spec.txt",
        r#"梱包仕様書
商品JAN：4571830820619　ケースITF：14571830820616
入数：24個／ケース、ケース寸法：W380×D260×H210mm、重量：8.6kg
パレット積付：10ケース×6段＝60ケース
賞味期限表示：年月日（例 2027.03.31）
ロット番号：L2604-0815"#,
    ),
    (
        "c73_ir_qa.txt",
        r#"決算説明会 質疑応答要旨（2026年5月15日開催）
Q：下期の為替前提は？
A：1ドル＝145円、1ユーロ＝158円を前提としています。感応度は1円の円安で営業利益が約1.2億円増加します。
Q：設備投資の内訳は？
A：総額185億円のうち、国内新工場に110億円、DX関連に32億円を予定しています。
Q：株主還元方針に変更はありますか？
A：配当性向35%以上を目安とし、機動的な自己株式取得も検討します。"#,
    ),
    (
        "c74_english_meeting.txt",
        r#"Subject: Quarterly business review - agenda
Hi all,
The QBR is scheduled for Thursday, July 9 at 10:00 AM JST (Wednesday, July 8 at 9:00 PM EDT).
Agenda:
1. Q2 revenue vs. plan (+3.4%)
2. Inventory turnover (target 8.0x)
3. Supply chain risks for H2
Dial-in details will follow in a separate invite.
Thanks,
Business Planning"#,
    ),
    (
        "c81_logistics_carriers.txt",
        r#"物流課の皆さん
明日の集荷は、ヤマトさんが14時、佐川さんが15時半、西濃さんは16時の予定です。
大型の什器は日通さんにお願いしてあります。
富士通さんから届いたサーバーラック（2台）は、B棟搬入口に仮置きしてください。
お客さんから急ぎの連絡があった場合は、業者さんではなく物流課の共有チャットに回してください。"#,
    ),
    (
        "c82_spec_words_with_sama.txt",
        r#"仕様変更のお願い
前回の打合せと同様に、梱包仕様を一部変更いたします。
変更後の仕様は別紙（様式第3号）のとおりです。
多様なご要望にお応えするため、納品書の様式も改めました。
協力会社様、得意先様、関係各位のご理解をお願いいたします。
前田建設様・鈴木運輸様には個別にご説明済みです。"#,
    ),
    (
        "c83_gotemba_plant.txt",
        r#"御殿場工場 見学会のご案内
日時：2026年10月7日（水）13:00〜15:30
集合：JR御殿場駅 乙女口 12:40
見学内容：組立ライン、品質検査室、物流センター
定員：先着20名（取引先様限定）
弁護士の先生方、社労士の先生方のご参加も歓迎いたします。"#,
    ),
    (
        "c84_blank_form_template.txt",
        r#"【申込書テンプレート】（記入前）
氏名：＿＿＿＿＿＿＿＿＿＿
生年月日：＿＿＿＿年＿＿月＿＿日
電話番号：（　　　）　　　－
住所：〒＿＿＿－＿＿＿＿
※ 氏名欄は楷書でご記入ください。生年月日欄は必須項目です。"#,
    ),
    (
        "c85_birthday_leave_policy.txt",
        r#"誕生日休暇制度の新設について
2026年4月1日より、誕生日休暇（年1日、有給）を新設します。
取得期限は誕生月の末日までです。2026年4月1日〜4月30日生まれの方から順次対象となります。
平成生まれの社員が全体の過半数を超え、休暇制度へのニーズも多様化しています。
申請は勤怠システムの「特別休暇」から行ってください。"#,
    ),
    (
        "c86_production_lot_dates.txt",
        r#"製造ロットに関するお知らせ
2026年4月1日生産分のロット（L2604-01〜L2604-09）について、ラベルの印字に一部かすれがありました。
2026/04/02生産分以降は改善済みです。
製造年月日：2026.04.01　賞味期限：2027.03.31
生鮮品の入荷日：5/12（火）
生産管理課にて全数確認を行い、品質に問題がないことを確認しています。"#,
    ),
    (
        "c87_food_allergen_label.txt",
        r#"商品ラベル表示内容（確認用）
名称：焼き菓子詰め合わせ
原材料名：小麦粉、砂糖、バター、鶏卵、アーモンド、脱脂粉乳／膨張剤、香料
アレルギー物質（特定原材料等）：卵・乳・小麦・アーモンド
内容量：24個
賞味期限：枠外下部に記載
製造者：株式会社ミナモ製菓 御殿場工場"#,
    ),
    (
        "c88_troubleshooting.txt",
        r#"トラブルシューティング
症状：電源が入らない
原因：ACアダプターの接続不良、またはバッテリーの劣化
対処：アダプターを接続し直し、30分以上充電してから再度お試しください。
症状：異音がする（カタカタという音）
自己診断機能：設定メニューの「診断」を実行すると、エラーコード（E01〜E12）が表示されます。
ランサムウェア感染が疑われる場合は、ネットワークから切り離してください。"#,
    ),
    (
        "c89_group_insurance_brochure.txt",
        r#"団体保険 加入のご案内（2026年度）
がん保険：がんと診断された場合、診断一時金 100万円をお支払いします。
医療保険：入院1日につき 5,000円、手術1回につき 5万円。
保険料は給与天引きで、団体割引（約25%）が適用されます。
マイナ保険証への移行に伴い、健康保険証の記号・番号の確認方法が変わります。
申込締切：2026年5月15日"#,
    ),
    (
        "c90_ir_share_data.txt",
        r#"株式の状況（2026年3月31日現在）
発行可能株式総数（普通株式）：120,000,000株
発行済株式総数（普通株式）：32,154,000株
自己株式：1,204,518株
株主数：18,442名
大株主上位10名の持株比率：41.3%"#,
    ),
    (
        "c91_placeholder_secrets.txt",
        r#"設定ファイルのサンプル（config.sample.yml）
api_key: YOUR_API_KEY_HERE
stripe_secret: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
aws_access_key_id: AKIAXXXXXXXXXXXXXXXX
password: changeme
パスワード：不要（社内ネットワークからのみアクセス可）
PW：別送
Password: see the team vault"#,
    ),
    (
        "c92_standards_numbers.txt",
        r#"適合規格一覧
安全規格：IEC 62368-1:2018、JIS C 6950-1
品質マネジメント：ISO 9001:2015（登録番号 JQA-QMA12345）
電波法：工事設計認証番号 003-240118
図面番号：104-0061 Rev.C、部品番号 1203-445566
受付番号：WE2604187"#,
    ),
    (
        "c93_toyota_shifts.txt",
        r#"生産体制の見直しについて
愛知県豊田市の工場では2-3交代制を採用しており、来期は3交代制へ移行します。
神奈川県川崎市の研究拠点は5-6名体制で新規プロジェクトを立ち上げます。
大阪府堺市の物流センターは、7月から24時間稼働となります。"#,
    ),
    (
        "c94_fraud_prevention.txt",
        r#"振り込め詐欺被害防止キャンペーンへの協賛について
当社は、県警と連携した特殊詐欺の被害防止キャンペーンに協賛します。
店頭に啓発ポスターを掲示し、ATMコーナーでの声かけを行います。
台風による被害が出た地域の店舗では、掲示を延期します。"#,
    ),
    (
        "c95_calendar_events.txt",
        r#"社内行事予定（下期）
11月：創立記念日（11/15）、社内クリスマス会の準備
12月：仕事納め（12/28）
1月：仕事始めの初詣（有志）、新年会
式場の予約は大安・仏滅にかかわらず、空いている日で構いません。
お盆休み明けの全体朝礼は8/17です。"#,
    ),
    (
        "c96_museum_notice.txt",
        r#"企業ミュージアム 入館案内
開館時間：10:00〜17:00（月曜休館）
入館料：一般 500円、高校生以下 無料
障がい者手帳をお持ちの方と介助者1名は無料です。
車いすの貸出（3台）があります。
外国籍のお客様向けに、英語・中国語・韓国語の音声ガイドをご用意しています。"#,
    ),
    (
        "c97_train_route.txt",
        r#"本社への経路
品川駅から山手線で大崎・五反田方面へ2駅、目黒駅で東急目黒線に乗り換え、武蔵小山駅下車。
上野・神田方面からお越しの場合は、浜松町でモノレールに乗り換えないようご注意ください。
大塚・池袋方面からは、地下鉄南北線が便利です。"#,
    ),
    (
        "c98_registry_form_guide.txt",
        r#"住民票の写しの提出について
入社手続きのため、住民票の写し（発行から3か月以内）を提出してください。
本籍・筆頭者の記載は不要です。個人番号（マイナンバー）が記載されていないものをご用意ください。
在留カードをお持ちの方は、両面のコピーを添付してください。"#,
    ),
];

fn clean_tables() -> Vec<Case> {
    let mut out = Vec::new();

    let stock = rows(&[
        &["品番", "品名", "JANコード", "在庫数", "単価", "ロケーション", "最終入庫日"],
        &["HS-450R", "ハンドソープ詰替 450ml", "4902242566848", "1240", "298", "A-01-03", "2026/04/02"],
        &["WT-080", "ウェットティッシュ 80枚", "4549780610529", "310", "188", "A-02-11", "2026/03/28"],
        &["GR-200", "うがい薬 200ml", "4987573904675", "0", "540", "B-05-01", "2026/02/14"],
        &["TP-12R", "トイレットペーパー 12ロール", "4901158098061", "86", "498", "C-01-01", "2026/04/09"],
        &["MK-50", "不織布マスク 50枚入", "4549084273932", "2210", "398", "A-03-07", "2026/04/10"],
        &["BT-AA4", "アルカリ乾電池 単3形 4本", "4902138319039", "455", "348", "D-02-02", "2026/03/31"],
    ]);
    out.push(grid_case(Group::Clean, "c75_stock.csv (Shift_JIS)", csv_bytes(&stock, ',', "sjis"), stock, vec![]));

    let orders = rows(&[
        &["発注番号", "発注日", "取引先コード", "品番", "数量", "単価", "金額", "納期", "備考"],
        &["202603010002", "2026/03/01", "V-20831", "BR-304-20", "1200", "385", "462000", "2026/03/20", ""],
        &["202603010010", "2026/03/01", "V-20832", "PP-RESIN-A", "50", "12800", "640000", "2026/03/25", "分納可"],
        &["202603150009", "2026/03/15", "V-20833", "LOG-STD", "1", "380000", "380000", "2026/03/31", "月額"],
        &["202603150025", "2026/03/15", "V-20831", "BR-304-25", "600", "410", "246000", "2026/04/05", ""],
        &["202603150033", "2026/03/15", "V-10044", "SC-M4-10", "20000", "2.4", "48000", "2026/04/01", "至急"],
    ]);
    out.push(grid_case(Group::Clean, "c76_purchase_orders.csv", csv_bytes(&orders, ',', "utf8"), orders, vec![]));

    let sales = vec![
        vec![t("2026年度 製品別売上集計（単位：千円）")],
        vec![t("集計期間：2026/04/01〜2026/06/30")],
        vec![],
        vec![t("製品コード"), t("製品名"), t("JAN"), t("4月"), t("5月"), t("6月"), t("合計"), t("前年比")],
        vec![
            t("NX-720W"),
            t("業務用電子レンジ"),
            Cell::Number(4901178744214.0),
            Cell::Number(12450.0),
            Cell::Number(13880.0),
            Cell::Number(15020.0),
            Cell::Number(41350.0),
            t("108.2%"),
        ],
        vec![
            t("SU-3000R"),
            t("センサーユニット"),
            Cell::Number(4571713662831.0),
            Cell::Number(8800.0),
            Cell::Number(9120.0),
            Cell::Number(9410.0),
            Cell::Number(27330.0),
            t("121.5%"),
        ],
        vec![
            t("HB-01"),
            t("搬送ロボット ハコブ"),
            Cell::Number(4987602415059.0),
            Cell::Number(0.0),
            Cell::Number(2940.0),
            Cell::Number(5880.0),
            Cell::Number(8820.0),
            t("-"),
        ],
        vec![
            t("合計"),
            t(""),
            t(""),
            Cell::Number(21250.0),
            Cell::Number(25940.0),
            Cell::Number(30310.0),
            Cell::Number(77500.0),
            t("113.9%"),
        ],
    ];
    out.push(xlsx_case(Group::Clean, "c77_sales_summary.xlsx", "売上集計", sales, vec![]));

    let room = vec![
        vec![t("会議室"), t("日付"), t("開始"), t("終了"), t("予約部署"), t("用途"), t("人数")],
        vec![
            t("大会議室A"),
            Cell::Date(2026, 5, 12),
            t("10:00"),
            t("12:00"),
            t("経営企画部"),
            t("事業進捗会議"),
            Cell::Number(24.0),
        ],
        vec![
            t("会議室C"),
            Cell::Date(2026, 5, 12),
            t("15:00"),
            t("16:30"),
            t("営業第一部"),
            t("取引先打合せ"),
            Cell::Number(6.0),
        ],
        vec![
            t("研修室1"),
            Cell::Date(2026, 5, 20),
            t("9:30"),
            t("17:30"),
            t("人事部"),
            t("新任管理職研修"),
            Cell::Number(18.0),
        ],
        vec![
            t("応接室"),
            Cell::Date(2026, 5, 21),
            t("13:00"),
            t("14:00"),
            t("総務部"),
            t("監査法人 往査"),
            Cell::Number(4.0),
        ],
    ];
    out.push(xlsx_case(Group::Clean, "c78_room_reservations.xlsx", "予約", room, vec![]));

    let minutes = [
        "取締役会議事録（抜粋）",
        "開催日時：2026年4月24日（金）午前9時30分",
        "出席取締役：9名中9名、出席監査役：3名中3名",
        "第1号議案 2026年3月期 計算書類承認の件：原案どおり承認可決された。",
        "第2号議案 重要な使用人の異動の件：別紙のとおり承認可決された。",
        "議案\t賛成\t反対\t棄権",
        "第1号議案\t9\t0\t0",
    ];
    out.push(Case {
        group: Group::Clean,
        name: "c79_board_minutes.docx".into(),
        input: Input::Bytes(files::docx(&minutes)),
        view: View::Lines(minutes.iter().map(|p| p.replace('\t', " | ")).collect()),
        labels: vec![],
    });

    let slides: &[&str] = &[
        "2026年3月期 決算説明資料",
        "売上高 1,284億円（前期比 +8.4%）",
        "営業利益 98.7億円（営業利益率 7.7%）",
        "ROE 11.2%、ROIC 8.9%",
        "中期経営計画「Vision 2028」の進捗：KPI 12項目中 9項目が計画を上回る",
    ];
    out.push(Case {
        group: Group::Clean,
        name: "c80_ir_slides.pptx".into(),
        input: Input::Bytes(files::pptx(&[slides])),
        view: View::Lines(slides.iter().map(|s| s.to_string()).collect()),
        labels: vec![],
    });
    out
}

// ---------------------------------------------------------------------------
// GREY set: company contact data. Reported, not scored.
// ---------------------------------------------------------------------------

const GREY_TEXTS: &[(&str, &str)] = &[
    (
        "g01_signature_tokyo.txt",
        r#"ご確認のほど、よろしくお願いいたします。

――――――――――――――――
株式会社サンプル商事　営業本部
〒105-0011 東京都港区芝公園2-4-1 芝パークビル8F
TEL：03-5432-1098　FAX：03-5432-1099
https://www.sample-shoji.example.jp/
――――――――――――――――"#,
    ),
    (
        "g02_signature_tollfree.txt",
        r#"本件に関するお問い合わせ先
ミナモ製薬株式会社 お客様相談室
フリーダイヤル 0120-123-456（受付時間 平日9:00〜17:00）
ナビダイヤル 0570-001-234"#,
    ),
    (
        "g03_press_hq_address.txt",
        r#"会社概要
商号：ハコブ・ロボティクス株式会社
本社：大阪府大阪市中央区本町3丁目5番7号 本町ビル12階
設立：2012年10月
資本金：4億8,000万円
事業内容：物流ロボットの開発・製造・販売"#,
    ),
    (
        "g04_invoice_bank.txt",
        r#"請求書
適格請求書発行事業者登録番号：T5835678256246
法人番号：1180301018771
お振込先：みずほ銀行 日本橋支店 当座 0123456 カ）サンプルショウジ
お支払期限：2026年5月31日"#,
    ),
    (
        "g05_role_email.txt",
        r#"本メールは送信専用アドレスから配信しています。
ご不明な点は、サポート窓口 support@sample-shoji.example.jp までお問い合わせください。
採用に関するお問い合わせ：recruit@sample-shoji.example.jp"#,
    ),
    (
        "g06_venue_address.txt",
        r#"会場：パシフィコ横浜 展示ホールB
所在地：〒220-0012 神奈川県横浜市西区みなとみらい1-1-1
最寄駅：みなとみらい線「みなとみらい駅」徒歩3分"#,
    ),
    (
        "g07_english_signature.txt",
        r#"Best regards,

Sample Trading Co., Ltd. | Overseas Sales Dept.
2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan
Tel: +81-3-5432-1098 | Fax: +81-3-5432-1099"#,
    ),
    (
        "g08_store_phones.txt",
        r#"各店舗のお問い合わせ先
渋谷店 03-3461-2200（10:00〜20:00）
梅田店 06-6312-4400（10:00〜20:00）
天神店 092-711-5500（10:00〜20:00）"#,
    ),
    (
        "g09_branch_addresses.txt",
        r#"支店所在地
名古屋支店：愛知県名古屋市中村区名駅四丁目7番1号
福岡支店：福岡県福岡市博多区博多駅前2-1-1 福岡朝日ビル5F
札幌営業所：北海道札幌市中央区北五条西2丁目5番地"#,
    ),
    (
        "g10_supplier_master.txt",
        r#"仕入先マスタ登録内容
仕入先名：株式会社高橋製作所
所在地：〒335-0021 埼玉県戸田市新曽1-23-4
代表電話：048-441-2233
法人番号：5835678256246"#,
    ),
    (
        "g11_sample_numbers_in_form_guide.txt",
        r#"記入例
個人番号：1234 5678 9018（記入例です。実在の番号ではありません）
テスト用カード番号：4111 1111 1111 1111（決済テスト環境でのみ使用）"#,
    ),
    (
        "g12_postal_transfer_account.txt",
        r#"寄付金のお振込先
ゆうちょ銀行 振替口座 00120-3-45678 加入者名 公益財団法人ミナモ文化財団
三井住友銀行 本店営業部 普通預金 7654321 ザイ）ミナモブンカザイダン"#,
    ),
];

// ---------------------------------------------------------------------------
// POSITIVE set
// ---------------------------------------------------------------------------

fn positive_texts() -> Vec<Case> {
    let p = |name: &str, text: &str, labels: &[(&str, &str)]| text_case(Group::Positive, name, text, labels);
    vec![
        p(
            "p01_casual_mail.txt",
            r#"村井さん

お疲れさまです、経理の堀です。
昨日の件ですが、立替分の精算は今週中に処理しておきますね。
それと、来週から短時間勤務になる件、課長にも伝えておきました。
何かあればいつでも声かけてください。

堀"#,
            &[("person_name", "村井さん"), ("person_name", "経理の堀です"), ("?person_name", "@8")],
        ),
        p(
            "p02_transfer_naiji.txt",
            r#"【内示】人事異動について（社外秘）

下記のとおり、2026年7月1日付の人事異動を内示します。
正式発令は6月20日の予定です。それまで他言しないでください。

・勅使河原 聡　営業第二部 課長 → 名古屋支社 副支社長
・比嘉 美奈子　総務部 主任 → 人事部 人材開発課 課長代理
・王 麗華　海外事業部 → 上海現地法人 出向
・森 健太郎　品質保証部 → 製造部 第一製造課（本人希望）"#,
            &[
                ("person_name", "勅使河原"),
                ("person_name", "比嘉"),
                ("person_name", "王 麗華"),
                ("person_name", "森 健太郎"),
            ],
        ),
        p(
            "p03_interview_memo.txt",
            r#"面談メモ（2026/05/08 実施）
対象者：仲宗根 亮（開発部・入社3年目）
面談者：開発部長 長谷川
・最近、睡眠がとれておらず、朝起きられない日が続いているとのこと。
・先月、心療内科を受診し「適応障害」と診断された。現在服薬中。
・本人は配置転換を希望。産業医面談を設定する（5/15予定）。
・家族構成：妻、長女（4歳）"#,
            &[
                ("person_name", "仲宗根"),
                ("person_name", "長谷川"),
                ("?health", "睡眠"),
                ("health", "適応障害"),
                ("?disability", "適応障害"),
                ("?health", "産業医面談"),
            ],
        ),
        p(
            "p04_complaint_record.txt",
            r#"お客様相談室 対応記録
受付日時：2026年4月3日 14:25
お客様名：小鳥遊 かおり 様
連絡先：090-4417-2398
ご住所：埼玉県さいたま市浦和区高砂2丁目14番3号
内容：購入した電気ケトルの取っ手が破損し、熱湯で右手に軽いやけどを負ったとのこと。近所の皮膚科で治療を受けた。
対応：製品回収・返金、治療費の負担について検討のうえ、4/5までに折り返し連絡する。"#,
            &[
                ("person_name", "小鳥遊"),
                ("phone", "090-4417-2398"),
                ("address", "さいたま市"),
                ("health", "やけど"),
                ("?health", "治療費"),
            ],
        ),
        p(
            "p05_hospitalised_colleague.txt",
            r#"各位

お疲れ様です。総務の知念です。
経理部の喜屋武 朋美さんですが、先週末に胃がんの手術のため入院されました。
経過は順調とのことですが、6月末まで休職となります。
お見舞いは、ご本人のご意向により控えていただくようお願いします。
業務の引き継ぎ先は同部の辻さんです。"#,
            &[
                ("person_name", "知念"),
                ("person_name", "喜屋武"),
                ("health", "胃がん"),
                ("?health", "休職"),
                ("person_name", "辻さん"),
            ],
        ),
        p(
            "p06_nursery_allergy.txt",
            r#"ひまわり組 保護者の皆様

いつもご協力ありがとうございます。
来週の遠足のお弁当について、食物アレルギーのあるお子さんがいます。
・五十嵐 ゆいちゃん：卵・乳製品
・金城 そうたくん：えび・かに
おかずの交換はしないよう、ご家庭でもお声かけをお願いいたします。
なお、そうたくんはエピペンを持参します。
担任 一ノ瀬"#,
            &[
                ("?health", "食物アレルギー"),
                ("person_name", "五十嵐"),
                ("health", "五十嵐"),
                ("person_name", "金城"),
                ("health", "金城"),
                ("?person_name", "なお、そうたくん"),
                ("?health", "エピペン"),
                ("person_name", "担任"),
            ],
        ),
        p(
            "p07_candidate_profile.txt",
            r#"採用候補者ご紹介（人材紹介会社より）
候補者：ジョン・スミス（John Smith）
年齢：34歳（1991年11月23日生まれ）
国籍：英国／在留カード番号：AB12345678CD
現職：外資系コンサルティング会社 シニアマネージャー
希望年収：1,200万円
連絡先：j.smith.career@gmail.com"#,
            &[
                ("person_name", "ジョン・スミス"),
                ("birth_date", "1991年11月23日"),
                ("residence_card", "AB12345678CD"),
                ("email", "j.smith.career"),
            ],
        ),
        p(
            "p08_address_change.txt",
            r#"住所変更届

社員番号：204719
氏名：具志堅 大輔
新住所：〒901-2131 沖縄県浦添市牧港5丁目6番8号 マキミナトハイツ302
旧住所：〒900-0015 沖縄県那覇市久茂地3-2-18
変更日：2026年3月28日
通勤経路：バス（牧港〜県庁北口） 月額定期代 8,640円"#,
            &[
                ("employee_id", "204719"),
                ("person_name", "具志堅"),
                ("postal_code", "新住所"),
                ("address", "新住所"),
                ("postal_code", "旧住所"),
                ("address", "旧住所"),
            ],
        ),
        p(
            "p09_bank_transfer.txt",
            r#"山内様

お世話になっております。
謝礼のお振込先は以下のとおりです。よろしくお願いいたします。

銀行名：りそな銀行
支店名：川口支店（店番 412）
預金種目：普通
口座番号：3094471
口座名義：エノモト ミサキ

榎本 美咲"#,
            &[
                ("person_name", "山内様"),
                ("?bank_account", "支店名"),
                ("?bank_account", "預金種目"),
                ("bank_account", "口座番号"),
                ("person_name", "口座名義"),
                ("person_name", "榎本"),
            ],
        ),
        p(
            "p10_mynumber_reply.txt",
            r#"Subject: Re: マイナンバーの提出について

人事部 ご担当者様

遅くなりましたが、扶養控除申告書に記載するマイナンバーをお送りします。
本人：6218 7499 8316
妻（東 久美子）：170907095846
よろしくお願いします。
東 隆之"#,
            &[
                ("my_number", "本人："),
                ("my_number", "妻（"),
                ("person_name", "妻（"),
                ("person_name", "東 隆之"),
            ],
        ),
        p(
            "p14_fullwidth_odd_dashes.txt",
            "【至急】お客様からのお申し出\nお名前：島袋\u{3000}千尋様\nお電話：０９０ー２２１４ー８８７３\nご自宅：０９８\u{2015}９６４\u{2015}１１２０\n郵便番号：〒９０４\u{2212}２１７２\n住所：沖縄県沖縄市泡瀬４丁目２３\u{2212}１５\n注文番号：２０２６０４１１\u{2010}００８８",
            &[
                ("person_name", "島袋"),
                ("phone", "お電話"),
                ("phone", "ご自宅"),
                ("postal_code", "郵便番号"),
                ("address", "住所："),
            ],
        ),
        p(
            "p15_ppap_password.txt",
            r#"お世話になっております。
先ほど送付したファイルのパスワードをお知らせします。
パスワード：Kx7#mP2v!qR9
よろしくお願いいたします。"#,
            &[("password", "Kx7#")],
        ),
        p(
            "p16_cloud_keys.txt",
            r#"@channel 検証環境のキー共有します（本番とは別）
AWS_ACCESS_KEY_ID=AKIAKA7EDCMPB3U2M7OS
AWS_SECRET_ACCESS_KEY=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
GitHubのトークン: ghp_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP
決済のテスト用: sk_live_TgadDZFlRJmCGmUXiAPyhzAn
終わったら rotate しておきます"#,
            &[
                ("api_key", "AWS_ACCESS_KEY_ID"),
                ("api_key|password", "AWS_SECRET"),
                ("api_key", "ghp_"),
                ("api_key", "sk_live_"),
            ],
        ),
        p(
            "p17_private_key.txt",
            r#"サーバーに入れなかったので鍵を送ります
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDkP7lQ0n0u8XlVq2x6zj3m7l8sPqkq1M3r5tYk9b2cIAAAAJgAAAAA
-----END OPENSSH PRIVATE KEY-----"#,
            &[("private_key", "BEGIN"), ("?private_key", "@3"), ("?private_key", "@4"), ("?private_key", "END")],
        ),
        p(
            "p18_card_by_mail.txt",
            r#"お世話になります。
先日の電話注文の件、カード情報をお送りします。
カード番号 3528 0090 1908 5438
有効期限 09/28
名義 TAKESHI KUDO
工藤"#,
            &[("credit_card", "3528"), ("person_name", "TAKESHI"), ("?person_name", "@6")],
        ),
        p(
            "p19_rental_car.txt",
            r#"レンタカー予約確認（社用）
運転者：関 浩二
運転免許証番号：第 301204567890 号
免許の条件等：眼鏡等
有効期限：令和10年08月14日まで"#,
            &[("person_name", "関 浩二"), ("drivers_license", "301204567890"), ("?health", "眼鏡等")],
        ),
        p(
            "p20_onboarding_numbers.txt",
            r#"入社手続き書類の件
原 由紀子さんの基礎年金番号は 2481-093756 です。
健康保険の被保険者証は、記号 47 番号 1093 で発行されました。
雇用保険被保険者番号：5013-447291-8"#,
            &[
                ("person_name", "原 由紀子"),
                ("pension_number", "2481-093756"),
                ("health_insurance", "記号 47"),
                ("?*", "雇用保険"),
            ],
        ),
        p(
            "p21_passport_booking.txt",
            r#"出張手配のお願い
渡航者：ジョンソン・エミリー（Emily Johnson）
パスポート番号：TK4471902
生年月日：1987年2月3日
渡航先：シンガポール（6/10〜6/14）"#,
            &[("person_name", "ジョンソン"), ("passport", "TK4471902"), ("birth_date", "1987年2月3日")],
        ),
        p(
            "p22_residence_card_spaced.txt",
            r#"外国人社員の在留期間更新について
張 偉さん（製造部）の在留期間が2026年8月31日で満了します。
在留カードの番号は「UH 3850 1147 EN」です。
更新申請に必要な書類（雇用契約書の写し、源泉徴収票）を準備してください。"#,
            &[("person_name", "張 偉"), ("residence_card", "UH 3850")],
        ),
        p(
            "p23_arrest.txt",
            r#"【人事部限り】懲戒案件の件
倉庫課の野々村 航について、先月、酒気帯び運転で現行犯逮捕されたと警察から連絡がありました。
現在は釈放されていますが、略式起訴される見込みとのことです。
就業規則第58条に基づき、処分を検討します。"#,
            &[("person_name", "野々村"), ("criminal_record", "逮捕"), ("criminal_record", "略式起訴")],
        ),
        p(
            "p24_stalking_victim.txt",
            r#"相談記録（ハラスメント・安全窓口）
相談者：堤 真由美（派遣社員）
内容：元交際相手からストーカー被害を受けており、警察に被害届を提出済み。
会社の最寄り駅で待ち伏せされたことがあるため、当面の間、勤務時間と通勤経路の変更を希望。"#,
            &[("person_name", "堤 真由美"), ("crime_victim", "ストーカー被害")],
        ),
        p(
            "p25_religion_dinner.txt",
            r#"新入社員歓迎会の件
アフマドさんはムスリムなので、豚肉とアルコールを使わない料理をお店にお願いしてあります。
また、礼拝の時間があるので、開始は19時半からにしました。"#,
            &[("person_name", "アフマド"), ("religion", "ムスリム"), ("?religion", "礼拝")],
        ),
        p(
            "p28_casual_contact.txt",
            r#"石川さん
明日の打ち合わせ、先方の窓口は三浦さんになりました。
直通は 080-7723-4410 だそうです。
よろしくです！"#,
            &[("person_name", "石川さん"), ("person_name", "三浦さん"), ("phone", "080-7723-4410")],
        ),
        p(
            "p29_korean_names.txt",
            r#"朴さん、こんにちは。
先日ご紹介いただいた李 承哲さんですが、来月からうちのチームに入ることになりました。
歓迎会は4/25（金）19時からです。"#,
            &[("person_name", "朴さん"), ("person_name", "李 承哲")],
        ),
        p(
            "p30_english_contractor.txt",
            r#"Hi Kenji,

Just a heads-up: Ms. Yuko Tanaka (our new contractor) will start on Monday.
Her mobile is +81 90-6627-3318 and personal email yuko.tanaka.88@outlook.jp.
She mentioned she has a severe peanut allergy, so please keep that in mind for the team lunch.

Thanks,
Mark"#,
            &[
                ("?person_name", "Hi Kenji"),
                ("person_name", "Yuko Tanaka"),
                ("phone", "Her mobile"),
                ("email", "Her mobile"),
                ("health", "peanut allergy"),
                ("?person_name", "Mark"),
            ],
        ),
        p(
            "p31_address_no_prefecture.txt",
            r#"お疲れさまです、大橋です。
引っ越ししたので住所変更をお願いします。
新しい住所は 横浜市港北区日吉本町3-24-9 ライオンズ日吉 506号室 です。
（神奈川県は省略しました）"#,
            &[("person_name", "大橋です"), ("address", "日吉本町")],
        ),
        p(
            "p32_parent_meeting_adhd.txt",
            r#"保護者面談記録
児童名：さいとう れん（3年2組）
保護者：斉藤 亜希子 様
・医療機関でADHDの診断を受けており、現在、服薬を開始して2か月。
・授業中の離席が減ってきている。
・通級指導教室の利用について、次回面談で相談する。"#,
            &[
                ("person_name", "さいとう れん"),
                ("person_name", "斉藤 亜希子"),
                ("disability|health", "ADHD"),
                ("?disability", "通級指導"),
            ],
        ),
        p(
            "p33_work_accident.txt",
            r#"労災事故報告（速報）
発生日時：2026年6月3日 16:40頃
被災者：上原 翔太（物流センター 作業員、28歳）
状況：フォークリフトの荷下ろし中に左足を挟まれ、救急搬送。
診断：左足関節骨折、全治2か月の見込み。"#,
            &[("person_name", "上原 翔太"), ("?health", "救急搬送"), ("health", "骨折")],
        ),
        p(
            "p39_sales_visit_stroke.txt",
            r#"訪問報告（2026/06/12）
訪問先：田村様ご自宅（ご契約者本人 田村 正雄 様、81歳）
ご本人は昨年脳梗塞で倒れて以来、右半身にまひが残っており、介護保険の要介護2の認定を受けているとのこと。
契約内容の変更は、長男の田村 秀樹 様（同席）の立会いのもと行った。"#,
            &[
                ("person_name", "田村 正雄"),
                ("health", "脳梗塞"),
                ("?disability", "脳梗塞"),
                ("person_name", "田村 秀樹"),
            ],
        ),
        p(
            "p40_background_check.txt",
            r#"（取扱注意）内部調査メモ
対象者：藤堂 隼人
・実父は在日韓国人で、本人も日本国籍取得前は特別永住者だった。
・本人の出身地が同和地区かどうかを確認したとの記載あり。
・父親には傷害罪による前科がある。"#,
            &[
                ("person_name", "藤堂 隼人"),
                ("?race", "在日韓国人"),
                ("social_status", "同和地区"),
                ("criminal_record", "前科"),
            ],
        ),
        p(
            "p41_ainu_harassment.txt",
            r#"ヒアリング記録
アイヌ民族の血を引いていることを理由に、同僚から差別的な発言を受けたと相談があった（相談者：沢井 葵）。"#,
            &[("race", "アイヌ"), ("person_name", "沢井")],
        ),
        p(
            "p42_flu_sms.txt",
            "佐久間です。すみません、インフルエンザA型と診断されたので今週いっぱい休みます。",
            &[("person_name", "佐久間"), ("health", "インフルエンザ")],
        ),
        p(
            "p43_panic_disorder.txt",
            r#"西村さん、体調どうですか？
パニック障害のこと、無理に話さなくて大丈夫ですからね。
通院の日は午後休で調整しておきます。"#,
            &[
                ("person_name", "西村さん"),
                ("health|disability", "パニック障害"),
                ("?health", "通院"),
            ],
        ),
        p(
            "p44_pregnancy.txt",
            r#"人事部 労務担当 御中
営業二課の三好 加奈子さんより、妊娠の報告と産前休業の申出がありました。
出産予定日：2026年11月20日
つわりがひどいため、当面は時差出勤を希望しています。"#,
            &[
                ("person_name", "三好 加奈子"),
                ("?health", "妊娠の報告"),
                ("?health", "つわり"),
                ("?birth_date", "出産予定日"),
            ],
        ),
        p(
            "p45_era_abbrev_dob.txt",
            r#"お客様情報の確認
ご契約者：若林 光太郎 様
生年月日：S47.10.3
証券番号：LX-7701-2245"#,
            &[("person_name", "若林"), ("birth_date", "S47.10.3")],
        ),
        p(
            "p46_birthday_cake.txt",
            r#"来週の水曜日（6/17）は松岡さんの誕生日なので、ケーキを用意しましょう！
ちなみに1990年生まれだそうです。"#,
            &[("person_name", "松岡さん"), ("birth_date", "松岡さん"), ("?birth_date", "1990年生まれ")],
        ),
        p(
            "p47_english_dob.txt",
            r#"Candidate: Priya Raman
DOB: 14/02/1993
Nationality: Indian
Phone: +81 80 4471 2290"#,
            &[("person_name", "Priya"), ("birth_date", "DOB"), ("phone", "Phone")],
        ),
        p(
            "p48_phone_tree.txt",
            r#"緊急連絡網（3班）
1. 青木 → 090 1847 3320
2. 新田 → (080)6621-0947
3. 今泉 → 09077214568
4. 浜田 → 03（3718）5562"#,
            &[
                ("person_name", "青木"),
                ("phone", "青木"),
                ("person_name", "新田"),
                ("phone", "新田"),
                ("person_name", "今泉"),
                ("phone", "今泉"),
                ("person_name", "浜田"),
                ("phone", "浜田"),
            ],
        ),
        p(
            "p49_intl_phone.txt",
            r#"海外赴任者の連絡先
小松 大地（シンガポール駐在）：+65 9123 4567 / 日本の携帯 +81-90-3318-6604"#,
            &[("person_name", "小松"), ("phone", "小松")],
        ),
        p(
            "p52_line_style_address.txt",
            r#"荷物送るから住所教えて〜
→ 〒630-8115 奈良市大宮町6-3-12 ルミエール大宮201 今井 宛でお願い！"#,
            &[("postal_code", "630-8115"), ("address", "630-8115"), ("person_name", "630-8115")],
        ),
        p(
            "p53_web_form_dump.txt",
            r#"--- Webお問い合わせフォーム ---
name: 佐野 陽介
kana: サノ ヨウスケ
tel: 0297-62-4418
mail: yosuke.sano@icloud.com
zip: 302-0024
address: 茨城県取手市新町2-5-25
message: 資料請求をお願いします。"#,
            &[
                ("person_name", "name:"),
                ("person_name", "kana:"),
                ("phone", "tel:"),
                ("email", "mail:"),
                ("postal_code", "zip:"),
                ("address", "address:"),
            ],
        ),
        p(
            "p55_notification_card.txt",
            r#"総務の吉川です。
先日お願いした件、お子さんの分がまだ届いていません。
通知カードに書かれている番号（187509772404）を、このメールに返信する形で構いませんので教えてください。"#,
            &[("person_name", "吉川"), ("my_number", "通知カード")],
        ),
        p(
            "p57_vpn_account.txt",
            r#"VPNアカウント発行のお知らせ
利用者：小野寺 学 さん
ユーザー名：onodera.m
初期PW：Spring2026!a
初回ログイン後に変更してください。"#,
            &[("person_name", "小野寺"), ("?*", "ユーザー名"), ("password", "初期PW")],
        ),
        p(
            "p58_db_url.txt",
            r#"本番DBの接続先です（取扱注意）
postgres://app_user:Zq93!vLm2aXp@db-prd-01.internal:5432/orders"#,
            &[("password|api_key", "postgres://")],
        ),
        p(
            "p59_slack_token.txt",
            r#"Slackボットのトークン、これ使ってください
xoxb-2048613927-5519827346021-Qm7VrT3kL9xZp2Wc8Nd4Hy6B"#,
            &[("api_key", "xoxb-")],
        ),
        p(
            "p62_kyoto_address.txt",
            r#"お届け先：京都府京都市中京区烏丸通二条下ル秋野々町529番地
受取人：小西 美和 様
電話：075-231-5587"#,
            &[("address", "烏丸通"), ("person_name", "小西"), ("phone", "075-231-5587")],
        ),
        p(
            "p63_kanji_numeral_address.txt",
            r#"請求書送付先の変更のお願い
個人事業主のため、請求書は自宅宛にお願いします。
送付先：東京都世田谷区桜新町一丁目二十三番四号
宛名：デザイン事務所ソラ 代表 荻野 空"#,
            &[("address", "桜新町"), ("person_name", "荻野")],
        ),
        p(
            "p65_employee_id_prose.txt",
            r#"社員番号 A-30418 の端末から深夜に大量のファイルダウンロードがありました。
利用者は物流部の久保田 祐介さんです。"#,
            &[("employee_id", "A-30418"), ("person_name", "久保田")],
        ),
        p(
            "p66_insurer_number.txt",
            r#"高額療養費の申請書類について
被保険者氏名：宮本 理沙
保険者番号：06139921
被保険者証 記号：3201 番号：58"#,
            &[
                ("?health", "高額療養費"),
                ("person_name", "宮本"),
                ("health_insurance", "保険者番号"),
                ("health_insurance", "被保険者証"),
            ],
        ),
        p(
            "p67_sickness_allowance.txt",
            r#"傷病手当金の申請について
申請者：杉浦 拓也（設備課）
傷病名：腰椎椎間板ヘルニア
主治医：整形外科 桑原医師（市立みなと病院）
療養期間：2026年4月10日〜5月31日"#,
            &[
                ("?health", "傷病手当金"),
                ("person_name", "杉浦"),
                ("health", "ヘルニア"),
                ("person_name", "桑原"),
                ("?health", "桑原"),
                ("?health", "療養期間"),
            ],
        ),
        p(
            "p68_dental_and_mobile.txt",
            r#"明日の午前は歯医者なので、急ぎの連絡は携帯（070-5512-8830）にお願いします。
木下"#,
            &[("?health", "歯医者"), ("phone", "070-5512-8830"), ("?person_name", "木下")],
        ),
        p(
            "p69_kana_name_reply.txt",
            r#"たかはし様

お問い合わせありがとうございます。
ご登録のお名前「タカハシ　ミチル」様、ご生年月日 昭和五十二年三月十日 で照合いたしました。
ご本人確認が取れましたので、手続きを進めます。"#,
            &[("person_name", "たかはし様"), ("person_name", "タカハシ"), ("birth_date", "昭和五十二年")],
        ),
        p(
            "p70_rare_one_kanji.txt",
            r#"来月の当番表
月曜：東さん／火曜：南さん／水曜：巽さん
木曜：鬼塚さん／金曜：京極さん"#,
            &[("person_name", "東さん"), ("person_name", "鬼塚さん")],
        ),
    ]
}

fn positive_files() -> Vec<Case> {
    let mut out = Vec::new();

    // p11: Shift_JIS member CSV with unusual headers, half-width kana header.
    let members = rows(&[
        &["会員No", "名前（漢字）", "ﾌﾘｶﾞﾅ", "携帯", "〒", "住所1", "住所2", "生年月日(西暦)", "備考"],
        &[
            "M0012",
            "渡嘉敷 守",
            "ﾄｶｼｷ ﾏﾓﾙ",
            "090-3381-7402",
            "904-0104",
            "沖縄県中頭郡北谷町字砂辺123番地",
            "",
            "1979/08/14",
            "",
        ],
        &[
            "M0027",
            "林 美月",
            "ﾊﾔｼ ﾐﾂﾞｷ",
            "080-6612-0093",
            "350-1124",
            "埼玉県川越市新宿町1-17-5",
            "グリーンハイツ205",
            "1988/02/29",
            "",
        ],
        &[
            "M0031",
            "朴 智恩",
            "ﾊﾟｸ ﾁｳﾝ",
            "070-2045-8819",
            "169-0073",
            "東京都新宿区百人町2丁目8番11号",
            "",
            "1992/12/01",
            "",
        ],
        &[
            "M0044",
            "四月一日 遥",
            "ﾜﾀﾇｷ ﾊﾙｶ",
            "090-7710-2264",
            "062-0932",
            "北海道札幌市豊平区平岸2条7丁目1-20",
            "ﾊｲﾂ平岸 3F",
            "1965/06/30",
            "腰痛のため軽運動のみ",
        ],
        &[
            "M0058",
            "マリア・ゴンザレス",
            "ﾏﾘｱ ｺﾞﾝｻﾞﾚｽ",
            "080-4421-9937",
            "231-0023",
            "神奈川県横浜市中区山下町83",
            "",
            "2001/10/05",
            "",
        ],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 6));
    l.extend(column("person_name", 2, 2, 6));
    l.extend(column("person_name", 3, 2, 6));
    l.extend(column("phone", 4, 2, 6));
    l.extend(column("postal_code", 5, 2, 6));
    l.extend(column("address", 6, 2, 6));
    l.extend([("?address", 3, 7), ("?address", 5, 7)]);
    l.extend(column("birth_date", 8, 2, 6));
    l.push(("health", 5, 9));
    out.push(grid_case(Group::Positive, "p11_members_sjis.csv", csv_bytes(&members, ',', "sjis"), members, l));

    // p12: xlsx, title on row 1, header on row 4.
    let cells = vec![
        vec![t("2026年度 地域交流イベント 参加者名簿")],
        vec![t("作成日：2026/04/10　作成者：地域連携課")],
        vec![],
        vec![
            t("No."),
            t("参加者氏名"),
            t("ふりがな"),
            t("性別"),
            t("生年月日"),
            t("電話番号"),
            t("メール"),
            t("緊急連絡先"),
        ],
        vec![
            Cell::Number(1.0),
            t("東海林 誠"),
            t("しょうじ まこと"),
            t("男"),
            Cell::Date(1958, 3, 21),
            t("0422-51-3307"),
            t("shoji.m@example.ne.jp"),
            t("妻 090-5512-6740"),
        ],
        vec![
            Cell::Number(2.0),
            t("李 娜"),
            t("り な"),
            t("女"),
            Cell::Date(1990, 7, 7),
            t("080-9034-1187"),
            t("li.na.tokyo@yahoo.co.jp"),
            t("夫 080-9034-1100"),
        ],
        vec![
            Cell::Number(3.0),
            t("宮城 さくら"),
            t("みやぎ さくら"),
            t("女"),
            Cell::Date(2012, 1, 15),
            t("098-876-2231"),
            t(""),
            t("母 宮城 由美 090-1180-4422"),
        ],
        vec![
            Cell::Number(4.0),
            t("グエン・ヴァン・ナム"),
            t("ぐえん ゔぁん なむ"),
            t("男"),
            Cell::Date(1996, 11, 2),
            t("070-3398-5561"),
            t("nam.nguyen96@gmail.com"),
            t(""),
        ],
        vec![
            Cell::Number(5.0),
            t("御手洗 一"),
            t("みたらい はじめ"),
            t("男"),
            Cell::Date(1949, 9, 9),
            t("03-3981-7765"),
            t(""),
            t("長男 090-2288-3147"),
        ],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 2, 5, 9));
    l.extend(column("person_name", 3, 5, 9));
    l.extend(column("birth_date", 5, 5, 9));
    l.extend(column("phone", 6, 5, 9));
    l.extend([("email", 5, 7), ("email", 6, 7), ("email", 8, 7)]);
    l.extend([("phone", 5, 8), ("phone", 6, 8), ("phone", 7, 8), ("phone", 9, 8)]);
    l.push(("?person_name", 7, 8));
    out.push(xlsx_case(Group::Positive, "p12_event_roster.xlsx", "参加者一覧", cells, l));

    // p13: docx interview sheet.
    let paras = [
        "面接評価シート（二次面接）",
        "応募者氏名：金 民俊（キム・ミンジュン）",
        "生年月日：平成9年4月18日",
        "最終学歴：北辰大学大学院 工学研究科 修了",
        "評価：論理的思考力 A、コミュニケーション B+",
        "面接官所見：持病の喘息があるが業務に支障はないと本人談。",
        "面接官：原 直樹",
    ];
    out.push(para_case(
        "p13_interview_sheet.docx",
        files::docx(&paras),
        &paras,
        &[("person_name", "金 民俊"), ("birth_date", "平成9年"), ("health", "喘息"), ("person_name", "原 直樹")],
    ));

    // p26: disability support roster xlsx with new headers.
    let cells = vec![
        vec![t("利用者名"), t("手帳種別"), t("等級"), t("配慮事項"), t("通所曜日")],
        vec![t("大城 勇気"), t("精神障害者保健福祉手帳"), t("2級"), t("大きな音が苦手"), t("月水金")],
        vec![t("谷 恵"), t("療育手帳"), t("B2"), t("口頭指示は1つずつ"), t("火木")],
        vec![t("泉 拓海"), t("身体障害者手帳"), t("4級"), t("車いす使用"), t("月〜金")],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("disability", 2, 2, 4));
    l.extend(column("?disability", 3, 2, 4));
    l.extend(column("?*", 4, 2, 4));
    out.push(xlsx_case(Group::Positive, "p26_support_users.xlsx", "利用者", cells, l));

    // p27: health check results CSV, UTF-8 with BOM.
    let hc = rows(&[
        &["社員ID", "氏名", "受診日", "BMI", "血圧(上)", "血圧(下)", "判定", "所見"],
        &["E1021", "岡 真司", "2026/05/12", "27.4", "148", "96", "要精密検査", "高血圧の疑い"],
        &["E1034", "宇佐美 彩", "2026/05/13", "20.1", "112", "70", "異常なし", ""],
        &["E1040", "堀江 拓", "2026/05/13", "31.8", "136", "88", "要医療", "脂質異常症"],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("?health", 3, 2, 4));
    l.extend(column("?health", 4, 2, 4));
    l.extend(column("?health", 5, 2, 4));
    l.extend(column("?health", 6, 2, 4));
    l.extend([("health", 2, 7), ("?health", 3, 7), ("health", 4, 7)]);
    l.extend([("health", 2, 8), ("health", 4, 8)]);
    out.push(grid_case(Group::Positive, "p27_health_results.csv (UTF-8 BOM)", csv_bytes(&hc, ',', "bom"), hc, l));

    // p34: business cards CSV.
    let bc = rows(&[
        &["会社名", "部署", "役職", "氏名", "メール", "携帯番号"],
        &["株式会社北斗電機", "購買部", "課長", "相馬 和也", "k.soma@hokuto-denki.example.jp", "090-1456-2287"],
        &[
            "東洋ケミカル株式会社",
            "研究開発部",
            "主任研究員",
            "西園寺 玲奈",
            "saionji@toyo-chem.example.com",
            "080-3319-7745",
        ],
        &["有限会社まるやま", "", "代表取締役", "丸山 昇", "maruyama@maruyama.example.ne.jp", "090-8876-0021"],
    ]);
    let mut l = Vec::new();
    l.extend(column("person_name", 4, 2, 4));
    l.extend(column("email", 5, 2, 4));
    l.extend(column("phone", 6, 2, 4));
    out.push(grid_case(Group::Positive, "p34_business_cards.csv", csv_bytes(&bc, ',', "utf8"), bc, l));

    // p35: tab-separated list with English headers.
    let en = rows(&[
        &["Name", "Kana", "Tel", "Mail", "Birthday"],
        &["萩原 涼", "ハギワラ リョウ", "03-5981-2276", "hagi.ryo@example.jp", "1983-04-09"],
        &["千葉 美穂", "チバ ミホ", "045-332-9018", "miho.c@example.jp", "1995-12-24"],
        &["渡部 剛", "ワタナベ ツヨシ", "06-6375-4410", "t-watanabe@example.jp", "1971-07-30"],
    ]);
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 3, 2, 4));
    l.extend(column("email", 4, 2, 4));
    l.extend(column("birth_date", 5, 2, 4));
    out.push(grid_case(Group::Positive, "p35_english_headers.tsv", csv_bytes(&en, '\t', "utf8"), en, l));

    // p36: pptx home-nursing case slide.
    let slide: &[&str] = &[
        "訪問看護 ケース共有",
        "利用者：新垣 トミ 様（87歳）",
        "主病名：慢性心不全、認知症",
        "住所：沖縄県宜野湾市真栄原1丁目9番2号",
        "キーパーソン：長女 新垣 千秋 様 090-8812-0557",
    ];
    let lines: Vec<String> = slide.iter().map(|s| s.to_string()).collect();
    let labels = [
        ("person_name", "新垣 トミ"),
        ("health", "慢性心不全"),
        ("address", "宜野湾市"),
        ("person_name", "新垣 千秋"),
        ("phone", "新垣 千秋"),
    ]
    .iter()
    .map(|(k, n)| Label::parse(k, line_key(&lines, "p36", n)))
    .collect();
    out.push(Case {
        group: Group::Positive,
        name: "p36_nursing_case.pptx".into(),
        input: Input::Bytes(files::pptx(&[slide])),
        view: View::Lines(lines),
        labels,
    });

    // p37: docx offer letter.
    let paras = [
        "〒812-0011",
        "福岡県福岡市博多区博多駅前4丁目15番2号",
        "秋山 大和 様",
        "採用内定のお知らせ",
        "このたびは当社の採用選考にご応募いただき、誠にありがとうございました。",
        "入社日：2027年4月1日",
    ];
    out.push(para_case(
        "p37_offer_letter.docx",
        files::docx(&paras),
        &paras,
        &[("postal_code", "〒812"), ("address", "博多駅前"), ("person_name", "秋山")],
    ));

    // p38: zip holding a Shift_JIS customer CSV with card numbers.
    let cust = rows(&[
        &["顧客番号", "顧客名", "電話", "カード番号"],
        &["C-100231", "安達 亮介", "0466-28-1193", "4667234763237139"],
        &["C-100232", "野口 彩花", "052-781-3360", "5410654310621948"],
        &["C-100233", "ロドリゲス・カルロス", "0561-84-7702", "377719394514079"],
    ]);
    let inner = csv_bytes(&cust, ',', "sjis");
    let zipped = files::zip(&[("export/customers_202604.csv", &inner)]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 3, 2, 4));
    l.extend(column("credit_card", 4, 2, 4));
    out.push(grid_case(Group::Positive, "p38_customers.zip", zipped, cust, l));

    // p50: employee roster with numeric IDs, entry dates, era birth dates.
    let cells = vec![
        vec![t("社員番号"), t("氏名"), t("所属"), t("入社日"), t("生年月日"), t("内線")],
        vec![Cell::Number(100231.0), t("清水 翔"), t("営業部"), Cell::Date(2015, 4, 1), t("昭和63年5月2日"), t("2231")],
        vec![
            Cell::Number(100245.0),
            t("土屋 茜"),
            t("経理部"),
            Cell::Date(2019, 10, 1),
            t("平成3年12月25日"),
            t("2245"),
        ],
        vec![
            Cell::Number(100298.0),
            t("勘解由小路 綾"),
            t("法務部"),
            Cell::Date(2022, 4, 1),
            t("平成8年3月3日"),
            t("2298"),
        ],
    ];
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("birth_date", 5, 2, 4));
    out.push(xlsx_case(Group::Positive, "p50_employee_roster.xlsx", "社員一覧", cells, l));

    // p51: ods parents' contact list with allergies.
    let ods_rows: &[&[&str]] = &[
        &["児童氏名", "保護者氏名", "続柄", "連絡先", "アレルギー"],
        &["森田 陽菜", "森田 恵", "母", "090-6634-2287", "そば"],
        &["ウィリアムズ 健", "ウィリアムズ 絵里", "母", "080-1187-3356", "なし"],
        &["比屋根 蒼", "比屋根 誠", "父", "070-4410-9925", "ピーナッツ、キウイ"],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 1, 2, 4));
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("phone", 4, 2, 4));
    l.extend([("health", 2, 5), ("?health", 3, 5), ("health", 4, 5)]);
    out.push(grid_case(Group::Positive, "p51_parents.ods", files::ods("連絡先", ods_rows), rows(ods_rows), l));

    // p54: dependants with My Numbers in 4-4-4 under an unusual header.
    let cells = vec![
        vec![t("続柄"), t("氏名"), t("個人番号（12桁）"), t("生年月日")],
        vec![t("本人"), t("大野 健司"), t("2518-6497-5790"), t("1978/11/02")],
        vec![t("配偶者"), t("大野 由香"), t("8888-0033-2720"), t("1980/03/15")],
        vec![t("長男"), t("大野 蓮"), t("3794-9223-6690"), t("2009/06/21")],
    ];
    let mut l = Vec::new();
    l.extend(column("person_name", 2, 2, 4));
    l.extend(column("my_number", 3, 2, 4));
    l.extend(column("birth_date", 4, 2, 4));
    out.push(xlsx_case(Group::Positive, "p54_dependants.xlsx", "扶養", cells, l));

    // p56: payroll bank accounts CSV (Shift_JIS).
    let pay = rows(&[
        &["社員コード", "氏名", "銀行コード", "支店コード", "種別", "口座番号", "名義カナ"],
        &["0451", "森本 誠", "0005", "123", "1", "4410927", "ﾓﾘﾓﾄ ﾏｺﾄ"],
        &["0452", "高嶺 瞳", "0009", "411", "1", "0983321", "ﾀｶﾐﾈ ﾋﾄﾐ"],
    ]);
    let mut l = Vec::new();
    l.extend(column("employee_id", 1, 2, 3));
    l.extend(column("person_name", 2, 2, 3));
    l.extend(column("?bank_account", 3, 2, 3));
    l.extend(column("?bank_account", 4, 2, 3));
    l.extend(column("?bank_account", 5, 2, 3));
    l.extend(column("bank_account", 6, 2, 3));
    l.extend(column("person_name", 7, 2, 3));
    out.push(grid_case(Group::Positive, "p56_payroll_accounts.csv (Shift_JIS)", csv_bytes(&pay, ',', "sjis"), pay, l));

    // p60: docx accident report.
    let paras = [
        "事故報告書",
        "報告者：営業部 栗原 司",
        "2026年5月30日、店舗内で来店客の方（新井 ふみ 様、70代）が転倒し、頭部を打撲した。",
        "救急車で市立病院へ搬送され、検査の結果、軽い脳しんとうと診断された。",
        "連絡先（ご家族）：048-922-3371",
    ];
    out.push(para_case(
        "p60_accident_report.docx",
        files::docx(&paras),
        &paras,
        &[
            ("person_name", "栗原"),
            ("person_name", "新井 ふみ"),
            ("?health", "打撲"),
            ("health", "脳しんとう"),
            ("phone", "048-922-3371"),
        ],
    ));

    // p61: outbreak case list (Shift_JIS CSV) with new headers.
    let cases = rows(&[
        &["ID", "氏名カナ", "年齢", "居住地", "発症日", "主な症状", "連絡先"],
        &["001", "ｽｽﾞｷ ﾀﾂﾔ", "45", "千葉県船橋市本町4-1-9", "2026/01/08", "発熱・咳", "047-431-2280"],
        &["002", "ｵｶﾞﾜ ﾕｳｺ", "38", "千葉県市川市八幡2-16-5", "2026/01/09", "咽頭痛、倦怠感", "090-2273-6618"],
        &["003", "ﾖｼﾀﾞ ｹﾝｼﾞ", "67", "千葉県松戸市小金原3-8-11", "2026/01/09", "発熱、味覚障害", "047-343-9902"],
        &["004", "ﾅｶﾞｲ ﾘｻ", "29", "千葉県柏市旭町1-2-3", "2026/01/10", "咳、鼻水", "080-7120-4459"],
        &["005", "ｷﾀﾑﾗ ｼｮｳ", "52", "千葉県船橋市夏見6-22-1", "2026/01/11", "発熱・頭痛", "070-6645-0138"],
    ]);
    let mut l = Vec::new();
    l.extend(column("?employee_id", 1, 2, 6));
    l.extend(column("person_name", 2, 2, 6));
    l.extend(column("address", 4, 2, 6));
    l.extend(column("?health", 5, 2, 6));
    l.extend(column("health", 6, 2, 6));
    l.extend(column("phone", 7, 2, 6));
    out.push(grid_case(Group::Positive, "p61_case_list.csv (Shift_JIS)", csv_bytes(&cases, ',', "sjis"), cases, l));

    // p64: docx with a table row (label cell + value cell).
    let paras = [
        "緊急連絡先届",
        "氏名\t金城 亜美",
        "続柄\t本人",
        "携帯電話\t０８０－６６１２－９０４１",
        "自宅住所\t沖縄県那覇市首里当蔵町2丁目11番地",
    ];
    out.push(para_case(
        "p64_emergency_contact_table.docx",
        files::docx(&paras),
        &paras,
        &[("person_name", "金城"), ("phone", "携帯電話"), ("address", "自宅住所")],
    ));
    out
}

// ---------------------------------------------------------------------------
// Minimal pairs: one-line probes that isolate the cause of a miss or a false
// positive. `expect` lists the kinds that should be found ("" = nothing).
// ---------------------------------------------------------------------------

const PROBES: &[(&str, &str)] = &[
    // names: honorific / label / dictionary
    ("小鳥遊様", "person_name"),
    ("お客様名：小鳥遊 かおり 様", "person_name"),
    ("お客様名：佐藤 かおり", "person_name"),
    ("佐藤 かおり 様", "person_name"),
    ("佐藤 かおり様", "person_name"),
    ("氏名：仲宗根 亮", "person_name"),
    ("対象者：佐藤 亮", "person_name"),
    ("対象者：仲宗根 亮", "person_name"),
    ("・佐藤 美奈子　総務部 主任", "person_name"),
    ("・比嘉 美奈子　総務部 主任", "person_name"),
    ("佐藤花子", "person_name"),
    ("To: 佐藤 花子", "person_name"),
    ("五十嵐さん", "person_name"),
    ("五十嵐 ゆいちゃん", "person_name"),
    ("金城 そうたくん", "person_name"),
    ("担任 一ノ瀬", "person_name"),
    ("一ノ瀬先生", "person_name"),
    ("ジョン・スミスさん", "person_name"),
    ("スミス様", "person_name"),
    ("アフマドさん", "person_name"),
    ("氏名：ジョン・スミス", "person_name"),
    ("候補者：ジョン・スミス", "person_name"),
    ("たかはし様", "person_name"),
    ("「タカハシ　ミチル」様", "person_name"),
    ("口座名義：エノモト ミサキ", "person_name"),
    ("名義 TAKESHI KUDO", "person_name"),
    ("Ms. Yuko Tanaka", "person_name"),
    ("name: 佐野 陽介", "person_name"),
    ("運転者：関 浩二", "person_name"),
    ("相談者：堤 真由美", "person_name"),
    ("申請者：杉浦 拓也", "person_name"),
    ("被災者：上原 翔太", "person_name"),
    ("報告者：営業部 栗原 司", "person_name"),
    ("面接官：原 直樹", "person_name"),
    ("主治医：桑原", "person_name"),
    ("児童名：さいとう れん", "person_name"),
    ("宛名：デザイン事務所ソラ 代表 荻野 空", "person_name"),
    ("1. 青木 → 090 1847 3320", "person_name,phone"),
    ("氏名\t金城 亜美", "person_name"),
    // special-care vocabulary (a detected person on the same line)
    ("佐藤さんはインフルエンザA型と診断された", "person_name,health"),
    ("佐藤さんは左足関節骨折", "person_name,health"),
    ("佐藤さんは腰椎椎間板ヘルニア", "person_name,health"),
    ("佐藤さんは軽い脳しんとうと診断された", "person_name,health"),
    ("佐藤様が右手にやけどを負い、皮膚科で治療を受けた", "person_name,health"),
    ("佐藤さん：卵・乳製品アレルギー", "person_name,health"),
    ("佐藤さんは食物アレルギー（卵）があります", "person_name,health"),
    ("佐藤さんは腰痛のため軽運動のみ", "person_name,health"),
    ("Ms. Sato has a severe peanut allergy", "person_name,health"),
    ("佐藤さんは適応障害です", "person_name,health"),
    ("佐藤さんが酒気帯び運転で現行犯逮捕された", "person_name,criminal_record"),
    ("佐藤さんはストーカー被害を受けている", "person_name,crime_victim"),
    ("佐藤さんはムスリムです", "person_name,religion"),
    ("佐藤さんはアイヌ民族です", "person_name,race"),
    ("佐藤さんの出身地が同和地区かどうか", "person_name,social_status"),
    // special-care terms when no person was recognised
    ("倉庫課の野々村 航が現行犯逮捕された", "person_name,criminal_record"),
    ("相談者：堤 真由美\nストーカー被害を受けている", "person_name,crime_victim"),
    // birth dates
    ("佐藤さんは1991年11月23日生まれ", "person_name,birth_date"),
    ("年齢：34歳（1991年11月23日生まれ）", "birth_date"),
    ("佐藤さんの誕生日は6月17日", "person_name,birth_date"),
    ("DOB: 14/02/1993", "birth_date"),
    ("DOB: 1993-02-14", "birth_date"),
    ("Date of birth: Feb 14, 1993", "birth_date"),
    ("ご生年月日 昭和五十二年三月十日", "birth_date"),
    ("生年月日：昭和52年3月10日", "birth_date"),
    // identifiers and secrets
    ("在留カードの番号は「UH 3850 1147 EN」", "residence_card"),
    ("在留カード番号：UH38501147EN", "residence_card"),
    ("postgres://app_user:Zq93!vLm2aXp@db-prd-01.internal:5432/orders", "password"),
    ("mysql://root:hunter2pass@10.0.0.5/app", "password"),
    ("DB_PASSWORD=Zq93!vLm2aXp", "password"),
    ("会員No M0012", "employee_id"),
    ("会員番号 M0012", "employee_id"),
    ("渋谷店 03-3461-2200（10:00〜20:00）", "phone"),
    ("梅田店 06-6312-4400", "phone"),
    ("携帯 090-1234-5678（平日のみ）", "phone"),
    ("090-1234-5678（10時以降）", "phone"),
    ("03-3461-2200（代表）", "phone"),
    // clean text that must stay clean
    ("■ 製品仕様", ""),
    ("梱包仕様書", ""),
    ("前回と同様に、梱包仕様を変更します", ""),
    ("2026年4月1日生産分", ""),
    ("2026/05/27生産", ""),
    ("希望納期：2026/05/27\n生産管理課は確認してください", ""),
    ("誕生日休暇は2026年4月1日より新設", ""),
    ("愛知県豊田市の工場では2-3交代制", ""),
    ("東京都港区では3-4月に", ""),
    ("佐川さんが15時に集荷", ""),
    ("西濃さんは16時", ""),
    ("富士通さんから届いた", ""),
    ("前田建設様・鈴木運輸様", ""),
    ("ヤマトさん", ""),
];

fn probe_section(md: &mut String) {
    let opts = ScanOptions::default();
    let _ = writeln!(md, "\n## Minimal pairs (one-line probes)\n");
    let _ = writeln!(md, "| verdict | probe | expected | found |\n|---|---|---|---|");
    let (mut ok, mut bad) = (0, 0);
    for (text, expect) in PROBES {
        let report = scan_text("probe.txt", text, &opts);
        let found: BTreeSet<&str> = report.findings.iter().map(|f| f.kind.id()).collect();
        let want: BTreeSet<&str> = expect.split(',').filter(|k| !k.is_empty()).collect();
        let verdict = if found == want {
            ok += 1;
            "ok"
        } else if want.is_empty() {
            bad += 1;
            "FALSE POSITIVE"
        } else if want.is_subset(&found) {
            bad += 1;
            "extra"
        } else {
            bad += 1;
            "MISS"
        };
        let shown: Vec<String> = report.findings.iter().map(|f| format!("{}:`{}`", f.kind.id(), f.masked)).collect();
        let _ = writeln!(
            md,
            "| {verdict} | {} | {} | {} |",
            clip(&text.replace('\n', "⏎").replace('\t', "⇥"), 70),
            if expect.is_empty() { "(nothing)" } else { expect },
            if shown.is_empty() { "-".to_owned() } else { shown.join(" ") }
        );
    }
    let _ = writeln!(md, "\n{ok} probes as expected, {bad} not.");
}

// ---------------------------------------------------------------------------
// Scoring and report
// ---------------------------------------------------------------------------

#[derive(Default, Clone, Copy)]
struct Tally {
    expected: u32,
    hit: u32,
    found: u32,
    found_true: u32,
}

#[test]
fn holdout_measurement() {
    let mut cases: Vec<Case> = Vec::new();
    for (name, text) in CLEAN_TEXTS {
        cases.push(text_case(Group::Clean, name, text, &[]));
    }
    cases.extend(clean_tables());
    for (name, text) in GREY_TEXTS {
        cases.push(text_case(Group::Grey, name, text, &[]));
    }
    cases.extend(positive_texts());
    cases.extend(positive_files());

    let mut md = String::new();
    let n_clean = cases.iter().filter(|c| c.group == Group::Clean).count();
    let n_grey = cases.iter().filter(|c| c.group == Group::Grey).count();
    let n_pos = cases.iter().filter(|c| c.group == Group::Positive).count();
    let _ = writeln!(md, "# presend holdout measurement\n");
    let head = std::process::Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "describe", "--always", "--dirty"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let _ = writeln!(md, "Source: `{head}`.\n");
    let _ = writeln!(md, "Clean cases: {n_clean}; grey (company contact) cases: {n_grey}; positive cases: {n_pos}.\n");

    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut extras: Vec<String> = Vec::new();
    let mut clean_fp: Vec<String> = Vec::new();
    let mut clean_fp_kinds: BTreeMap<String, u32> = BTreeMap::new();
    let mut clean_files_flagged = 0;
    let mut grey_lines: Vec<String> = Vec::new();
    let mut per_case: Vec<String> = Vec::new();
    let mut silent_positive: Vec<String> = Vec::new();
    let mut problems: Vec<String> = Vec::new();

    let mut slow: Vec<String> = Vec::new();
    // The first scan pays for building the engine; time it on its own.
    let started = std::time::Instant::now();
    let _ = scan_text("warmup.txt", "warm-up", &ScanOptions::default());
    let warmup_ms = started.elapsed().as_millis();
    let _ = writeln!(
        md,
        "Engine warm-up (first scan): {warmup_ms} ms ({} build).\n",
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    for case in &cases {
        let started = std::time::Instant::now();
        let report = scan(case);
        let ms = started.elapsed().as_millis();
        if ms > 250 {
            slow.push(format!(
                "- {}: {} ms ({} bytes, {} findings)",
                case.name,
                ms,
                report.bytes,
                report.findings.len()
            ));
        }
        for p in &report.problems {
            problems.push(format!("{}: {:?} {}", case.name, p.kind, p.detail));
        }
        match case.group {
            Group::Clean => {
                if !report.findings.is_empty() {
                    clean_files_flagged += 1;
                }
                for f in &report.findings {
                    let key = key_of(f);
                    *clean_fp_kinds.entry(f.kind.id().to_owned()).or_default() += 1;
                    clean_fp.push(format!(
                        "| FALSE POSITIVE | {} | {} | {} | {:?} {:.2} | `{}` | {} | {} |",
                        case.name,
                        where_of(f),
                        f.kind.id(),
                        f.severity,
                        f.confidence,
                        f.masked,
                        evidence(f),
                        clip(&case.view.at(key), 110)
                    ));
                }
            }
            Group::Grey => {
                if report.findings.is_empty() {
                    grey_lines.push(format!("| {} | (nothing) | | | | | |", case.name));
                }
                for f in &report.findings {
                    grey_lines.push(format!(
                        "| {} | {} | {} | {:?} {:.2} | `{}` | {} | {} |",
                        case.name,
                        where_of(f),
                        f.kind.id(),
                        f.severity,
                        f.confidence,
                        f.masked,
                        evidence(f),
                        clip(&case.view.at(key_of(f)), 90)
                    ));
                }
            }
            Group::Positive => {
                // Unique (kind, key) pairs found.
                let found: BTreeSet<(String, Key)> =
                    report.findings.iter().map(|f| (f.kind.id().to_owned(), key_of(f))).collect();
                let mut hits = 0;
                let mut required = 0;
                for label in case.labels.iter().filter(|l| !l.optional) {
                    required += 1;
                    let primary = label.kinds[0].clone();
                    let tally = tallies.entry(primary.clone()).or_default();
                    tally.expected += 1;
                    if found.iter().any(|(k, key)| *key == label.key && label.accepts(k)) {
                        tally.hit += 1;
                        hits += 1;
                    } else {
                        let here: Vec<String> =
                            found.iter().filter(|(_, key)| *key == label.key).map(|(k, _)| k.clone()).collect();
                        misses.push(format!(
                            "| {} | {} | {} | {} | {} |",
                            case.name,
                            label.key.show(),
                            label.kinds.join("/"),
                            if here.is_empty() { "-".to_owned() } else { here.join(",") },
                            clip(&case.view.at(label.key), 100)
                        ));
                    }
                }
                for (kind, key) in &found {
                    let matching: Vec<&Label> =
                        case.labels.iter().filter(|l| l.key == *key && l.accepts(kind)).collect();
                    if matching.iter().any(|l| !l.optional) {
                        let tally = tallies.entry(kind.clone()).or_default();
                        tally.found += 1;
                        tally.found_true += 1;
                    } else if matching.is_empty() {
                        let tally = tallies.entry(kind.clone()).or_default();
                        tally.found += 1;
                        let f = report.findings.iter().find(|f| f.kind.id() == kind && key_of(f) == *key).unwrap();
                        extras.push(format!(
                            "| {} | {} | {} | `{}` {:.2} | {} | {} |",
                            case.name,
                            key.show(),
                            kind,
                            f.masked,
                            f.confidence,
                            evidence(f),
                            clip(&case.view.at(*key), 100)
                        ));
                    }
                }
                if report.findings.is_empty() {
                    silent_positive.push(case.name.clone());
                }
                per_case.push(format!(
                    "| {} | {}/{} | {} | {} |",
                    case.name,
                    hits,
                    required,
                    report.findings.len(),
                    report.records
                ));
            }
        }
    }

    // Per-kind table.
    let _ = writeln!(md, "## Positive set: per-kind recall and precision\n");
    let _ = writeln!(md, "Recall = required labels hit / required labels (a label is hit by a finding of an accepted kind at the same line or cell).");
    let _ = writeln!(md, "Precision = unique (kind, location) findings matching a required label / findings not matching any label (optional labels excluded).\n");
    let _ = writeln!(md, "| kind | expected | hit | recall | found | true | precision |");
    let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|");
    let mut total = Tally::default();
    for (kind, t) in &tallies {
        let recall =
            if t.expected > 0 { format!("{:.0}%", 100.0 * t.hit as f64 / t.expected as f64) } else { "-".into() };
        let precision =
            if t.found > 0 { format!("{:.0}%", 100.0 * t.found_true as f64 / t.found as f64) } else { "-".into() };
        let _ = writeln!(
            md,
            "| {kind} | {} | {} | {recall} | {} | {} | {precision} |",
            t.expected, t.hit, t.found, t.found_true
        );
        total.expected += t.expected;
        total.hit += t.hit;
        total.found += t.found;
        total.found_true += t.found_true;
    }
    let _ = writeln!(
        md,
        "| **all** | {} | {} | {:.0}% | {} | {} | {:.0}% |\n",
        total.expected,
        total.hit,
        100.0 * total.hit as f64 / total.expected.max(1) as f64,
        total.found,
        total.found_true,
        100.0 * total.found_true as f64 / total.found.max(1) as f64
    );

    let _ = writeln!(
        md,
        "Positive files with no finding at all (would pass silently): {} of {}: {}\n",
        silent_positive.len(),
        n_pos,
        silent_positive.join(", ")
    );
    let _ = writeln!(md, "## Positive set: misses ({})\n", misses.len());
    let _ = writeln!(md, "| case | where | expected | found there instead | text |\n|---|---|---|---|---|");
    for m in &misses {
        let _ = writeln!(md, "{m}");
    }
    let _ = writeln!(md, "\n## Positive set: unlabelled findings ({})\n", extras.len());
    let _ = writeln!(md, "| case | where | kind | masked, conf | evidence | text |\n|---|---|---|---|---|---|");
    for e in &extras {
        let _ = writeln!(md, "{e}");
    }
    let _ = writeln!(
        md,
        "\n## Positive set: per case\n\n| case | required hit | findings | records |\n|---|---|---:|---:|"
    );
    for c in &per_case {
        let _ = writeln!(md, "{c}");
    }

    let _ = writeln!(
        md,
        "\n## Clean set: every finding is a FALSE POSITIVE ({} findings in {} of {} files)\n",
        clean_fp.len(),
        clean_files_flagged,
        n_clean
    );
    let by_kind: Vec<String> = clean_fp_kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    let _ = writeln!(md, "By kind: {}\n", if by_kind.is_empty() { "none".to_owned() } else { by_kind.join(", ") });
    let _ = writeln!(md, "| verdict | file | where | kind | severity, conf | masked | evidence | line / cell text |\n|---|---|---|---|---|---|---|---|");
    for l in &clean_fp {
        let _ = writeln!(md, "{l}");
    }

    let _ = writeln!(md, "\n## Grey set: company signatures, addresses, accounts (reported only)\n");
    let _ = writeln!(
        md,
        "| file | where | kind | severity, conf | masked | evidence | text |\n|---|---|---|---|---|---|---|"
    );
    for l in &grey_lines {
        let _ = writeln!(md, "{l}");
    }
    probe_section(&mut md);
    if !slow.is_empty() {
        let _ = writeln!(md, "\n## Slow scans (> 250 ms; debug build unless run with --release)\n");
        for l in &slow {
            let _ = writeln!(md, "{l}");
        }
    }
    if !problems.is_empty() {
        let _ = writeln!(md, "\n## Problems reported by the scanner\n");
        for p in &problems {
            let _ = writeln!(md, "- {p}");
        }
    }

    println!("{md}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("holdout.md");
    std::fs::create_dir_all(out.parent().unwrap()).ok();
    std::fs::write(&out, &md).expect("write target/holdout.md");
    println!("report written to {}", out.display());
    assert!(n_clean >= 60 && n_pos >= 60, "holdout ran: {n_clean} clean, {n_pos} positive");
}
