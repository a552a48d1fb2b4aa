//! The prose name finder's word tables (issue 17): roles and titles, place
//! words, prefectures and cities that are also surnames, person nouns, and
//! the surnames and katakana words the rules treat apart. Hand-written, beside
//! the data file, which is generated from the dictionaries and has none.

/// Titles and roles written straight after a name, in one kanji run with
/// it (「鈴木一郎氏」, 「田中花子議員」): cut off before the name is looked up.
/// Longest first, so 准教授 is cut whole.
#[rustfmt::skip]
pub(super) const ROLES: &[&str] = &[
    "代表取締役", "官房長官", "容疑者", "委員長", "大統領", "被告人", "准教授", "弁護士", "税理士", "理事長",
    "幹事長", "書記長", "看護師", "取締役", "副社長", "支店長", "内野手", "外野手", "死刑囚", "受刑者",
    "代表", "社長", "会長", "部長", "課長", "係長", "主任", "室長", "専務", "常務", "所長", "店長", "次長",
    "院長", "園長", "校長", "教頭", "教諭", "先生", "教授", "講師", "助教", "医師", "記者", "議員", "議長",
    "知事", "市長", "町長", "村長", "区長", "首相", "総理", "大臣", "外相", "長官", "委員", "選手", "監督",
    "投手", "捕手", "棋士", "名人", "容疑", "被告", "総裁", "博士", "夫妻", "夫人", "一家", "画伯", "主席",
    "騎手", "判事", "党首", "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段", "九段", "女史",
    "氏", "君", "様", "殿",
];

/// Roles that only follow a person, so a known surname alone before one is a
/// name (「鈴木容疑者」, 「中村投手」). Place words take 知事, 市長, 代表 (日本代表,
/// 大阪府知事) and firms take 社長: those need a full name.
#[rustfmt::skip]
pub(super) const PERSON_ONLY_ROLES: &[&str] = &[
    "容疑者", "被告人", "被告", "受刑者", "死刑囚", "容疑", "准教授", "教授", "講師", "助教", "弁護士", "税理士",
    "看護師", "医師", "記者", "議員", "選手", "監督", "投手", "捕手", "内野手", "外野手", "棋士", "夫妻",
    "夫人", "画伯", "博士", "教諭", "騎手", "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段",
    "九段", "女史", "氏", "君", "様", "殿", "先生",
];

/// Roles in katakana written straight after a name (「菊間千乃アナウンサー」):
/// only people have them.
pub(super) const KATAKANA_ROLES: &[&str] =
    &["アナウンサー", "キャスター", "コーチ", "オーナー", "プロデューサー", "ディレクター", "キャプテン"];

/// Big cities that are no surnames, for `after_a_place`.
pub(super) const CITIES: &[&str] = &["札幌", "名古屋", "神戸", "北九州", "川崎", "堺", "江戸"];

/// Hiragana with a voicing mark or small: loanwords in katakana are full of
/// them, old given names (トメ, ハル, ヨシエ) seldom.
pub(super) const VOICED_OR_SMALL: &str = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょっゎゔ";

/// Words that end the name of a place, a facility or a time, never a
/// given name nor a surname (村, 島, 橋 end surnames: 中村, 中島, 高橋).
#[rustfmt::skip]
pub(super) const PLACE_HEADS: &[&str] = &[
    "時代", "年間", "時期", "駅", "駅前", "病院", "医院", "病院前", "神社", "公園", "空港", "通り", "区", "県", "府",
    "郡", "湖", "半島", "海峡", "銀行", "大学", "高校", "会館", "記念館", "美術館", "博物館", "図書館", "文庫", "賞", "藩",
];

/// Prefectures whose names are also common surnames: 「石川は」 is the place
/// as often as the person.
#[rustfmt::skip]
pub(super) const PREFECTURE_STEMS: &[&str] = &[
    "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川",
    "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪",
    "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡",
    "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
];

/// Common surnames that are as often a well-known city, ward, river or
/// island (「上野の会場」, 「清水の舞台」, 「豊田市長」): not taken alone before a
/// particle or a role, only in a full name or after a person noun.
#[rustfmt::skip]
pub(super) const PLACE_SURNAMES: &[&str] = &[
    "上野", "中野", "渋谷", "品川", "目黒", "大塚", "板橋", "世田谷", "荒川", "江戸川", "足立", "葛飾", "豊島",
    "浅草", "原宿", "横浜", "川崎", "藤沢", "平塚", "鎌倉", "小田原", "松本", "上田", "豊田", "岡崎", "小松",
    "金沢", "高松", "松山", "高岡", "大津", "吉野", "清水", "浜松", "沼津", "三島", "富士", "日野", "立川",
    "町田", "府中", "調布", "松戸", "船橋", "市川", "川口", "所沢", "熊谷", "前橋", "高崎", "日光", "水戸",
    "仙台", "盛岡", "八戸", "函館", "小樽", "旭川", "長岡", "桑名", "鈴鹿", "伊勢", "姫路", "明石", "西宮",
    "芦屋", "宝塚", "岸和田", "吹田", "豊中", "高槻", "茨木", "倉敷", "福山", "尾道", "下関", "宇部", "久留米",
    "飯塚", "別府", "日田", "延岡", "中川", "大島", "大和", "本田", "多摩", "秋葉", "宮島", "日比谷", "銀座", "大坂",
];

/// Words for a person's role, after which 「…の」 or 「…、」 and a surname or
/// given name alone is a person (「看護師の小野が」, 「部長の高木、」, 「保育士の
/// 森は」): the word before says who the name is. Relatives (「娘の恵美と」)
/// count too: they are `KIN`, the one list of them (`detect/kin.rs`).
#[rustfmt::skip]
pub(super) const PERSON_NOUNS: &[&str] = &[
    "担当", "担当者", "上司", "部下", "同僚", "先輩", "後輩", "新人", "中堅", "同期", "後任", "前任", "主任",
    "課長", "部長", "係長", "社長", "所長", "室長", "店長", "院長", "園長", "校長", "看護師", "保育士",
    "介護士", "職員", "社員", "担任", "医師", "主治医", "委員", "講師", "通訳", "患者", "利用者", "相談者",
    "申請者", "候補者", "容疑者", "被害者", "加害者", "発見者", "責任者", "管理者", "友人", "知人", "経理", "人事", "広報",
    "営業", "総務", "秘書", "弁護士", "記者", "作家", "選手", "監督", "店員", "学生", "留学生", "実習生",
    "研修生", "派遣社員", "会社員", "無職", "運転手", "保護者", "児童", "生徒", "園児", "作業員", "警察官",
    "係員", "顧客", "住人", "民生委員", "ヘルパー", "スタッフ", "アルバイト", "パート", "ケアマネジャー",
    "リーダー", "メンバー", "マネージャー", "新任", "夜勤", "日勤", "窓口", "詩人", "当番", "女優", "力士",
    "オペレーター", "ピアニスト", "ドライバー", "トレーナー", "カウンセラー", "書記", "幹事",
    "訪問看護", "受付", "探偵", "刑事", "教授", "教諭", "巡査", "同級生", "級友", "隣人",
];

/// Last characters that make a kanji compound a word for a person (作業者,
/// 団員, 工場長, 漁師, 弁理士, 歌手, 落語家, 警察官, 店主, 俳優, 担任): a name
/// right after one and 「の」 is that person's (「消防団員の鬼塚と」).
pub(super) const PERSON_SUFFIXES: &str = "者員長師士手家官主優任医";

/// Compounds ending so that are no person (前者 and 後者 are things as often;
/// 国家, 実家, 成長, 責任, 上手…).
#[rustfmt::skip]
pub(super) const NOT_PERSON_SUFFIXED: &[&str] = &[
    "前者", "後者", "国家", "実家", "本家", "旧家", "一家", "王家", "武家", "公家", "名家", "生家", "分家", "成長",
    "延長", "身長", "助長", "冗長", "特長", "責任", "就任", "辞任", "信任", "放任", "一任", "委任", "兼任", "上手",
    "下手", "両手", "派手", "大手", "裏手", "山手", "民主", "自主", "定員", "満員", "全員", "欠員", "人員", "動員",
    "増員", "減員", "器官",
];

/// Words that stand after 「<role>の」 as a given name could (一人 is also
/// Kazuto): how many, or who of them, not someone's name (「生徒の一人が」,
/// 「担当の全員で」, 「家族の代表が」).
#[rustfmt::skip]
pub(super) const NOT_A_PERSON_AFTER_ROLE: &[&str] = &[
    "一人", "二人", "三人", "四人", "五人", "数人", "何人", "一名", "二名", "三名", "数名", "何名", "全員",
    "大半", "半数", "一部", "多数", "複数", "大勢", "有志", "代表", "代理", "各自", "自身", "本人", "一同",
];

/// How the name of a section ends (製造課, 経理部, 研究室): 「製造課の川村」 is
/// one of its people.
pub(super) const DEPARTMENT_ENDS: &[&str] = &["課", "部", "室", "係", "班"];

/// One-kanji surnames taken after a person noun (「保育士の森は」,
/// 「上司の関と」) besides the common ones of the lists: alone they are words
/// (森, 林, 東), which is why they need the person noun.
pub(super) const ONE_KANJI_SURNAMES: &[&str] = &[
    "関", "東", "西", "南", "北", "王", "陳", "李", "谷", "岸", "張", "劉", "楊", "趙", "呉", "孫", "朱", "胡", "郭",
    "鄭",
];

/// Common Chinese surnames that are no Japanese word alone: the start of a
/// three-kanji full name (「王麗華」) whose given name is made like one.
#[rustfmt::skip]
pub(super) const CHINESE_SURNAMES: &[&str] = &[
    "王", "李", "張", "劉", "陳", "楊", "黄", "趙", "周", "呉", "徐", "孫", "朱", "胡", "郭", "鄭", "梁", "謝",
    "許", "韓", "鄧", "曹", "彭", "曾", "蕭", "潘", "袁", "蔡", "蒋", "葉", "魏", "蘇", "呂", "沈", "姚", "盧",
    "崔", "鍾", "譚", "汪", "廖", "賈", "鄒", "孟", "邱", "尹", "薛", "侯", "龔", "邵", "銭", "顧", "黎",
];

/// Words that make a katakana run a work, a place or a firm named after a
/// person (ホーンブロワー・シリーズ, ウォルト・ディズニー・カンパニー).
#[rustfmt::skip]
pub(super) const KATAKANA_HEADS: &[&str] = &[
    "シリーズ", "センター", "ホテル", "ビル", "カップ", "ホール", "スタジアム", "タワー", "ストリート", "アベニュー",
    "カンパニー", "グループ", "ブラザーズ", "レコード", "レコーズ", "パーク", "ランド", "クラブ", "スクール", "ハウス",
    "プロジェクト", "システム", "サービス", "モデル", "ブランド", "トロフィー", "アワード", "ショー",
];

/// Parts that make a katakana run a place, whatever the other parts are
/// (セント・アンドリュース, シャルム・エル=シェイク, ニュー・ハンプシャー).
pub(super) const PLACE_PARTS: &[&str] =
    &["セント", "サン", "サンタ", "ニュー", "ポート", "マウント", "フォート", "エル", "アル"];
