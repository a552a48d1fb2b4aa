//! The plain types every part of presend meets at: what kind of data was found
//! ([`Kind`]), where ([`Location`]), why ([`Evidence`]), and the per-file
//! [`FileReport`] that the command line, the message check and the browser
//! library all consume. Serialised names are a stable contract for scripts.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// How bad it would be if this reached the wrong person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Public or low-risk on its own (a corporate number, a single phone in a signature).
    Low,
    /// Personal data that identifies or contacts a person.
    Medium,
    /// Data that enables fraud or identity theft, or many people at once.
    High,
    /// Special-care personal information, My Number, secrets.
    Critical,
}

/// The broad family a kind belongs to; used for grouping in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Identifier,
    Contact,
    Person,
    SpecialCare,
    Secret,
}

macro_rules! kinds {
    ($( $variant:ident = $id:literal, $family:ident, $sev:ident, $personal:literal, $issued:literal, $mask:ident, $ja:literal, $en:literal; )*) => {
        /// What a finding is. The snake_case id is stable: other tools consume it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Kind { $( $variant, )* }

        impl Kind {
            /// Every kind, in report order.
            pub const ALL: &'static [Kind] = &[ $( Kind::$variant, )* ];
            /// How many kinds there are (the length of per-kind arrays).
            pub const COUNT: usize = Kind::ALL.len();
            /// The position of this kind in [`Kind::ALL`].
            pub fn index(self) -> usize { self as usize }
            /// The stable id (`my_number`, `phone`, ...).
            pub fn id(self) -> &'static str { match self { $( Kind::$variant => $id, )* } }
            pub fn family(self) -> Family { match self { $( Kind::$variant => Family::$family, )* } }
            /// Severity when nothing else is known (bulk and context may raise it).
            pub fn base_severity(self) -> Severity { match self { $( Kind::$variant => Severity::$sev, )* } }
            /// Whether this kind is about a person, so that a row holding it counts as a record.
            pub fn is_personal(self) -> bool { match self { $( Kind::$variant => $personal, )* } }
            /// Whether this is a number issued to one person (by the state, a
            /// bank, an insurer): shared only with those who need it, and
            /// each value stands for one person.
            pub fn is_issued_to_a_person(self) -> bool { match self { $( Kind::$variant => $issued, )* } }
            /// How a value of this kind is shown masked.
            pub fn masking(self) -> Masking { match self { $( Kind::$variant => Masking::$mask, )* } }
            /// Human label in the given language.
            pub fn label(self, lang: crate::Lang) -> &'static str {
                match (self, lang) {
                    $( (Kind::$variant, crate::Lang::Ja) => $ja, (Kind::$variant, crate::Lang::En) => $en, )*
                }
            }
            /// Parses a stable id back into a kind.
            pub fn from_id(id: &str) -> Option<Kind> {
                match id { $( $id => Some(Kind::$variant), )* _ => None }
            }
        }
    };
}

/// How much of a value a warning may show (`detect::mask`): enough to
/// recognise it, never enough to reuse it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Masking {
    /// Digits masked but the last few (a third of them, at most 4).
    Number,
    /// Digits masked but the last 4.
    Phone,
    /// Digits masked but the last 3.
    Postal,
    /// Shown as it is: public (a corporate number is published).
    Shown,
    /// The first character of the local part and the domain.
    Email,
    /// The prefecture and municipality; block and building masked.
    Address,
    /// The first character (spaces kept): names and special-care words.
    FirstCharacter,
    /// The year; month and day masked.
    Date,
    /// Nothing: stars of about its length.
    Hidden,
    /// The first 4 characters of a long token (its type: `ghp_`, `sk-…`).
    Secret,
}

// One row per kind: variant = id, family, base severity, personal,
// issued to a person, masking, ja/en label.
kinds! {
    MyNumber = "my_number", Identifier, Critical, true, true, Number, "マイナンバー(個人番号)", "My Number (individual number)";
    // The resident registry code is what the My Number was derived from, and the
    // 住民基本台帳法 limits its use to the registry's procedures and forbids
    // anyone else to ask a person for it or to build a database of it: as
    // critical as a My Number.
    ResidentRegistryCode = "resident_registry_code", Identifier, Critical, true, true, Number, "住民票コード", "Resident registry code (住民票コード)";
    CorporateNumber = "corporate_number", Identifier, Low, false, false, Shown, "法人番号", "Corporate number";
    CreditCard = "credit_card", Identifier, High, true, true, Number, "クレジットカード番号", "Credit card number";
    BankAccount = "bank_account", Identifier, High, true, true, Number, "銀行口座番号", "Bank account number";
    Passport = "passport", Identifier, High, true, true, Number, "旅券(パスポート)番号", "Passport number";
    DriversLicense = "drivers_license", Identifier, High, true, true, Number, "運転免許証番号", "Driver's licence number";
    ResidenceCard = "residence_card", Identifier, High, true, true, Number, "在留カード番号", "Residence card number";
    PensionNumber = "pension_number", Identifier, High, true, true, Number, "基礎年金番号", "Basic pension number";
    HealthInsurance = "health_insurance", Identifier, High, true, true, Number, "健康保険証の記号・番号", "Health insurance card number";
    EmployeeId = "employee_id", Identifier, Medium, true, false, Number, "社員番号・会員番号", "Employee or member ID";
    Phone = "phone", Contact, Medium, true, false, Phone, "電話番号", "Phone number";
    Email = "email", Contact, Medium, true, false, Email, "メールアドレス", "E-mail address";
    PostalCode = "postal_code", Contact, Low, true, false, Postal, "郵便番号", "Postal code";
    Address = "address", Contact, Medium, true, false, Address, "住所", "Address";
    PersonName = "person_name", Person, Medium, true, false, FirstCharacter, "氏名", "Person's name";
    BirthDate = "birth_date", Person, Medium, true, false, Date, "生年月日", "Date of birth";
    Health = "health", SpecialCare, Critical, true, false, FirstCharacter, "病歴・健康情報(要配慮)", "Medical / health information (special care)";
    Disability = "disability", SpecialCare, Critical, true, false, FirstCharacter, "障害に関する情報(要配慮)", "Disability information (special care)";
    CriminalRecord = "criminal_record", SpecialCare, Critical, true, false, FirstCharacter, "犯罪歴・刑事手続(要配慮)", "Criminal record or proceedings (special care)";
    CrimeVictim = "crime_victim", SpecialCare, Critical, true, false, FirstCharacter, "犯罪被害の事実(要配慮)", "Having been a victim of crime (special care)";
    Religion = "religion", SpecialCare, Critical, true, false, FirstCharacter, "信条・宗教(要配慮)", "Creed or religion (special care)";
    Race = "race", SpecialCare, Critical, true, false, FirstCharacter, "人種・民族(要配慮)", "Race or ethnic origin (special care)";
    SocialStatus = "social_status", SpecialCare, Critical, true, false, FirstCharacter, "社会的身分(要配慮)", "Social status by birth (special care)";
    Password = "password", Secret, Critical, false, false, Hidden, "パスワード", "Password";
    ApiKey = "api_key", Secret, Critical, false, false, Secret, "APIキー・アクセストークン", "API key or access token";
    PrivateKey = "private_key", Secret, Critical, false, false, Secret, "秘密鍵", "Private key";
}

/// Where a finding sits, the way a person would look for it: a cell as a
/// spreadsheet shows it (1-based row, header row included) or a 1-based line.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Location {
    /// Path inside an archive or an Office package (`reports/list.csv`).
    /// Shared (`Arc`): every finding of a sheet points at one name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<Arc<str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<Arc<str>>,
    /// The page of a PDF (then `line`, or `row`/`column` of a table laid
    /// out on it, count from the top of that page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The table's number in a Word or PowerPoint part (then `row` and
    /// `column` count from 1 within that table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

impl Location {
    pub fn line(line: u32) -> Self {
        Location { line: Some(line), ..Default::default() }
    }
    pub fn cell(sheet: Option<&str>, row: u32, column: u32) -> Self {
        Location { sheet: sheet.map(Arc::from), row: Some(row), column: Some(column), ..Default::default() }
    }
}

/// Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA).
pub fn column_letters(mut column: u32) -> String {
    let mut out = Vec::new();
    while column > 0 {
        let rem = ((column - 1) % 26) as u8;
        out.push(b'A' + rem);
        column = (column - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Why presend believes what it reports, so that a warning can explain itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Evidence {
    /// The column header the value sits under (shared by the column's findings).
    Header(Arc<str>),
    /// A keyword near the value (`個人番号`, `電話`).
    Keyword(String),
    /// The value passed its check digit (My Number, corporate number, Luhn).
    CheckDigit,
    /// The value has the exact shape of the identifier (grouping, prefix).
    Format,
    /// A dictionary entry (a surname, a disease name).
    Dictionary(String),
    /// A label or honorific next to the value (`様`, `氏名:`).
    Label(String),
    /// The values of the column, taken together, have this shape.
    ColumnValues,
}

/// One piece of sensitive data.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    pub kind: Kind,
    pub severity: Severity,
    /// 0.0–1.0: how sure presend is that this is really `kind`.
    pub confidence: f32,
    pub location: Location,
    /// What a user may see: enough to recognise the value, not enough to leak it.
    pub masked: String,
    /// The raw value, only when the caller asked for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// How a spreadsheet or CSV column was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ColumnSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based column number.
    pub column: u32,
    /// Column letters as a spreadsheet shows them (`A`, `AB`).
    pub letter: String,
    /// The table's number in a document (Word, PowerPoint, OpenDocument,
    /// RTF): its columns are then counted, not lettered (`表2 3列目`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// What the column holds, when presend could tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Non-empty data rows in the column.
    pub rows: u32,
    /// Rows whose value was reported as a finding of `kind`.
    pub matched: u32,
    pub confidence: f32,
    pub evidence: Vec<Evidence>,
}

/// Why (part of) a file could not be inspected. The user still decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProblemKind {
    /// Password-protected document or encrypted archive entry.
    Encrypted,
    /// The bytes are damaged or not what they claim to be.
    Corrupt,
    /// The file ends early.
    Truncated,
    /// A byte, decompressed-byte, cell, depth or time budget was reached; the report is partial.
    OverLimit,
    /// presend cannot read this format (an archive other than zip and
    /// gzip, a database, Word 6/95...): it may hold anything, so the user is asked.
    Unsupported,
    /// A picture, a recording or a film: not read (no OCR), and a notice
    /// only (asking about every photo would teach users to click through).
    Media,
    /// Pages with no text to read: a scanned or image-only PDF, or text in
    /// a font whose characters cannot be recovered.
    NoText,
    /// Text whose encoding could not be identified with certainty.
    Encoding,
    /// The host could not hand over the file's bytes (a web mail attachment
    /// the extension never saw, e.g. one forwarded or reopened from a draft).
    Unavailable,
}

/// Something that stopped presend from reading all of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    /// Archive entry or sheet the problem concerns, if not the whole file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// Technical detail in English (for logs); the UI words it from `kind`.
    pub detail: String,
}

impl Problem {
    pub fn new(kind: ProblemKind, entry: Option<&str>, detail: impl Into<String>) -> Self {
        Problem { kind, entry: entry.map(str::to_owned), detail: detail.into() }
    }

    /// Places a problem found inside a member under its parent entry.
    pub fn with_entry(mut self, parent: Option<&str>) -> Self {
        if let Some(parent) = parent {
            self.entry = Some(match self.entry.take() {
                Some(inner) => format!("{parent}/{inner}"),
                None => parent.to_owned(),
            });
        }
        self
    }
}

/// The detected file format (sniffed from content, never from the name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    Csv,
    Tsv,
    Docx,
    /// A Word 97–2003 document (.doc).
    Doc,
    /// A Rich Text Format document (.rtf: WordPad, old Word exports, Outlook "save as RTF").
    Rtf,
    Pptx,
    /// A PowerPoint 97–2003 presentation (.ppt).
    Ppt,
    /// An OpenDocument text (.odt, and a flat .fodt): LibreOffice Writer.
    Odt,
    /// An OpenDocument presentation or drawing (.odp, .odg, and flat .fodp).
    Odp,
    Text,
    Html,
    Markdown,
    Json,
    /// A mail (.eml, message/rfc822) or an mbox of mails.
    Eml,
    /// An Outlook message file (.msg).
    Msg,
    /// Outlook's TNEF wrapper (winmail.dat): a rich-text message's body and attachments.
    Tnef,
    /// Contact cards (vCard 2.1, 3 or 4).
    Vcard,
    /// A Japanese bank transfer file (全銀協 fixed-width records).
    Zengin,
    Zip,
    /// A gzip-compressed file (`.gz`): read as the file inside.
    Gzip,
    Pdf,
    Image,
    /// Audio or video.
    Media,
    EncryptedOffice,
    LegacyOffice,
    Binary,
    Empty,
}

impl Format {
    pub fn id(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xlsm => "xlsm",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Tnef => "tnef",
            Format::Ppt => "ppt",
            Format::Rtf => "rtf",
            Format::Pptx => "pptx",
            Format::Odt => "odt",
            Format::Odp => "odp",
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Msg => "msg",
            Format::Vcard => "vcard",
            Format::Zengin => "zengin",
            Format::Zip => "zip",
            Format::Gzip => "gzip",
            Format::Pdf => "pdf",
            Format::Image => "image",
            Format::Media => "media",
            Format::EncryptedOffice => "encrypted_office",
            Format::LegacyOffice => "legacy_office",
            Format::Binary => "binary",
            Format::Empty => "empty",
        }
    }
}

/// How often a kind occurs in a file, for summaries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KindCount {
    pub kind: Kind,
    /// Every finding of this kind in the file.
    pub count: u32,
    /// How many of them are in [`FileReport::findings`]: fewer than `count`
    /// when a table held more than [`crate::Limits::max_findings_per_kind`]
    /// (the rest were counted, not kept one by one).
    #[serde(default)]
    pub listed: u32,
    pub severity: Severity,
}

/// An e-mail domain seen in the data, with how often: evidence of whose data this is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCount {
    pub domain: String,
    pub count: u32,
}

/// Everything presend learned about one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileReport {
    pub path: String,
    pub format: Format,
    pub bytes: u64,
    /// How many people (rows or distinct persons) the file holds data about.
    pub records: u32,
    /// The highest severity among findings, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Every finding counted, per kind.
    pub summary: Vec<KindCount>,
    pub columns: Vec<ColumnSummary>,
    /// The findings one by one; from tables at most
    /// [`crate::Limits::max_findings_per_kind`] per kind (the summary counts
    /// all, and says per kind how many are listed here).
    pub findings: Vec<Finding>,
    /// E-mail domains seen in the content (not the sender's or recipients').
    pub domains: Vec<DomainCount>,
    /// Organisation names seen in the content (`株式会社アルファ商事`).
    pub organisations: Vec<String>,
    /// Confidentiality markings (`社外秘` …) found in the content, from
    /// [`crate::ScanOptions::markings`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markings: Vec<String>,
    pub problems: Vec<Problem>,
}

impl FileReport {
    /// True when the file holds nothing sensitive and nothing stopped the check.
    pub fn is_clean(&self) -> bool {
        self.summary.is_empty() && self.findings.is_empty() && self.problems.is_empty()
    }
}
