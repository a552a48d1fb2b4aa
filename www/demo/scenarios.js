// The training scenarios: each seed incident (../shared/incidents.md) and
// the classic mis-send mistakes, as a mail the trainee is about to send.
// Sample files come from `cargo run --example samples -- www/demo/samples`
// (what `make demo` runs); nothing here is real data.

/** @typedef {{ ja: string, en: string }} Text */
/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {Text} title
 * @property {Text} story      what happened in the real case
 * @property {Text} lesson
 * @property {'allow' | 'confirm' | 'block'} expected
 * @property {{ from: string, to: string[], cc?: string[], bcc?: string[], subject: string, body: string }} mail
 * @property {string[]} files  sample files attached
 */

export const POLICY = {
  internal_domains: ['presend.co.jp'],
  partner_domains: { 'alpha-shoji.co.jp': '株式会社アルファ商事', 'beta-kogyo.co.jp': 'ベータ工業株式会社' },
  own_names: ['株式会社プレセンド'],
};

const FROM = '鈴木一郎 <suzuki@presend.co.jp>';
const SIGNATURE = '\nよろしくお願いいたします。\n\n--\n株式会社プレセンド 総務部\n鈴木 一郎\nTEL 03-1234-5678\n';

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    id: 'incident-1',
    title: { ja: '事例1: 障害情報の一覧を利用者本人に', en: 'Case 1: a disability list sent to a service user' },
    story: {
      ja: '就労移行支援事業所の職員が、体験利用者の氏名・障害名・症状・主治医などを記載した Excel ファイルを、体験利用者の一人に誤って送信しました。',
      en: 'A staff member of an employment-support office mailed an Excel file with trial users’ names, disabilities, symptoms and doctors to one of those trial users.',
    },
    lesson: {
      ja: '障害・病歴は要配慮個人情報です。添付の中身と宛先(個人のアドレス)を送信直前に照合すれば防げました。',
      en: 'Disability and medical data are special-care personal information. Comparing the attachment with the (private) recipient at the last moment would have stopped it.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['体験利用者 <trial.user@gmail.com>'],
      subject: '次回の体験日程について',
      body: `体験利用者様\n\nお世話になっております。次回の体験日程をお送りします。\n${SIGNATURE}`,
    },
    files: ['01_体験利用者一覧.xlsx'],
  },
  {
    id: 'incident-2',
    title: { ja: '事例2: 患者リストを自宅のアドレスへ', en: 'Case 2: a patient list to a private address' },
    story: {
      ja: '保健所の派遣職員が、新型コロナ陽性者約1万7千人分の氏名・住所・症状などのデータを「自宅で勉強するため」私用のアドレスに送信しました。(デモのファイルは200人分)',
      en: 'A temp worker at a public health centre mailed about 17,000 COVID-19 patients’ records to a private address “to study at home”. (The demo file has 200 rows.)',
    },
    lesson: {
      ja: 'フリーメール宛ての個人データ、しかも健康情報の大量送信。宛先の種類と件数を示して止めます。',
      en: 'Bulk health data to a free-mail address: presend names the kind of recipient and the number of people, and stops it.',
    },
    expected: 'block',
    mail: { from: FROM, to: ['me.at.home@yahoo.co.jp'], subject: '資料', body: '自宅で勉強用。\n' },
    files: ['02_陽性者一覧.csv'],
  },
  {
    id: 'incident-3',
    title: { ja: '事例3: 他社の従業員データを取引先へ', en: 'Case 3: another company’s employee data to a partner' },
    story: {
      ja: 'グループ会社共用の健診予約システムで設定を誤り、A社の担当者がB社の従業員11,704人分の予約データを閲覧・ダウンロードできる状態になりました。',
      en: 'A wrong setting in a shared health-check booking system let an HR person at company A download 11,704 employee records of company B.',
    },
    lesson: {
      ja: 'データの「持ち主」(メールアドレスのドメイン・会社名)と受け取る相手が違うことを検出します。',
      en: 'presend compares whose data it is (e-mail domains, company names in the file) with who receives it.',
    },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: '健診予約一覧',
      body: `株式会社アルファ商事\n人事部 山田様\n\nお世話になっております。健診予約の一覧をお送りします。\n${SIGNATURE}`,
    },
    files: ['03_健診予約_ベータ工業.xlsx'],
  },
  {
    id: 'incident-4',
    title: { ja: '事例4: 顧客リストの持ち出し', en: 'Case 4: a customer list carried out' },
    story: {
      ja: 'コールセンターの委託先社員が10年にわたり約900万件の顧客情報を持ち出し、名簿業者に売却していました。一部にはクレジットカード番号も含まれていました。',
      en: 'A contractor at a call centre carried about 9 million customer records out over ten years and sold them to list brokers; some held card numbers.',
    },
    lesson: {
      ja: '件数とカード番号(チェックディジット一致)を示し、社外への送信を止めます。判断はログに残ります。',
      en: 'presend shows how many people and the valid card numbers, stops the send to outside, and the choice is logged.',
    },
    expected: 'block',
    mail: { from: FROM, to: ['list@meibo-broker.example'], subject: 'リスト', body: 'お世話になっております。\n' },
    files: ['04_顧客リスト.csv'],
  },
  {
    id: 'incident-5',
    title: { ja: '事例5: マイナンバー付きの給与台帳', en: 'Case 5: a payroll register with My Numbers' },
    story: {
      ja: '社労士向けクラウドサービスが不正アクセスを受け、マイナンバーを含む約2,200万人分の情報が漏えいした可能性があります。弱いパスワードが原因でした。',
      en: 'A cloud service for labour consultants holding about 22 million people’s data, My Numbers included, was breached through weak passwords.',
    },
    lesson: {
      ja: 'マイナンバー(チェックディジットで確認)は社外へ出すこと自体を止めます。',
      en: 'A My Number (confirmed by its check digit) must not leave the organisation by mail.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['担当 <kyuyo@sr-office.example>'],
      subject: '11月分給与台帳',
      body: `ご担当者様\n\nお世話になっております。11月分の給与台帳をお送りします。\n${SIGNATURE}`,
    },
    files: ['05_給与台帳.xlsx'],
  },
  {
    id: 'typo-domain',
    title: { ja: 'ドメインの打ち間違い', en: 'A typo in the domain' },
    story: {
      ja: '取引先 alpha-shoji.co.jp のつもりで alpha-shouji.co.jp と入力。見た目はほとんど同じです。',
      en: 'Meant alpha-shoji.co.jp, typed alpha-shouji.co.jp: almost the same to the eye.',
    },
    lesson: { ja: '登録済みの取引先・社内・大手サービスと1文字違いのドメインを止めます。', en: 'Domains one letter away from a partner, your own or a big service are stopped.' },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shouji.co.jp>'],
      subject: '商品一覧の送付',
      body: `株式会社アルファ商事\n山田様\n\nお世話になっております。商品一覧をお送りします。\n${SIGNATURE}`,
    },
    files: ['09_商品カタログ.xlsx'],
  },
  {
    id: 'same-surname',
    title: { ja: 'オートコンプリートで同姓の別人', en: 'Autocomplete picked the same surname elsewhere' },
    story: {
      ja: '「山田」と入力して候補から選んだら、アルファ商事の山田さんではなくベータ工業の山田さんでした。',
      en: 'Typed 山田 and picked a suggestion: the 山田 at ベータ工業, not the one at アルファ商事.',
    },
    lesson: { ja: '本文の宛名(会社名・氏名)と宛先のドメイン・表示名を突き合わせます。', en: 'The salutation (company, person) is compared with the recipients’ domains and names.' },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: ['山田 <yamada@beta-kogyo.co.jp>'],
      subject: '議事録の送付',
      body: `株式会社アルファ商事\n営業部 山田様\n\nお世話になっております。先日の議事録をお送りします。\n${SIGNATURE}`,
    },
    files: ['08_議事録.docx'],
  },
  {
    id: 'cc-not-bcc',
    title: { ja: 'Bcc のつもりが Cc', en: 'Cc instead of Bcc' },
    story: {
      ja: 'セミナー参加者へのお礼メールで、全員のアドレスを Cc に入れてしまい、互いのアドレスが見える状態に。',
      en: 'A thank-you mail to seminar guests with every address in Cc: everyone sees everyone’s address.',
    },
    lesson: { ja: '社外の宛先が互いに見える状態を検出し、Bcc を勧めます。', en: 'External recipients who can see each other are flagged; use Bcc.' },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: [FROM],
      cc: [
        'a.tanaka@gmail.com', 'k.sato@yahoo.co.jp', 'm.ito@example-kensetsu.co.jp', 'y.kato@icloud.com',
        'h.kimura@minato-clinic.jp', 's.yoshida@outlook.jp', 'r.yamamoto@kita-shoten.co.jp',
        't.nakamura@docomo.ne.jp', 'e.kobayashi@nishi-design.jp', 'n.saito@hotmail.co.jp', 'j.matsumoto@higashi-law.jp',
      ],
      subject: 'セミナーご参加のお礼',
      body: `ご参加の皆様\n\n先日はセミナーにご参加いただきありがとうございました。\n${SIGNATURE}`,
    },
    files: [],
  },
  {
    id: 'other-client-file',
    title: { ja: '別の取引先のファイルを添付', en: 'Another client’s file attached' },
    story: {
      ja: 'アルファ商事への見積書のつもりで、ベータ工業向けの健診予約データを添付してしまいました。',
      en: 'Meant to attach アルファ商事’s quotation, attached ベータ工業’s health-check bookings instead.',
    },
    lesson: { ja: 'ファイル名・中身の会社名とメールアドレスから「誰のデータか」を判断します。', en: 'File names, company names and e-mail domains inside tell whose data it is.' },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: 'お見積書の送付',
      body: `株式会社アルファ商事\n山田様\n\nお世話になっております。お見積書をお送りします。\n${SIGNATURE}`,
    },
    files: ['03_健診予約_ベータ工業.xlsx'],
  },
  {
    id: 'pasted-list',
    title: { ja: '本文に貼り付けた顧客リストを自宅へ', en: 'A customer list pasted into a mail to home' },
    story: {
      ja: '週末に自宅で作業しようと、Excel の顧客リストをコピーして本文に貼り付け、自分の私用アドレスに送ろうとしています。添付ファイルはありません。',
      en: 'To work at home over the weekend, an employee copies a customer list from Excel, pastes it into a mail body and sends it to a private address. There is no attachment.',
    },
    lesson: {
      ja: '添付がなくても、本文に貼り付けた表は人数と項目で読み取ります。私用アドレスへの持ち出しは止めます。',
      en: 'With no attachment at all, a table pasted into the body is still read, with its people counted; taking it to a private address is stopped.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['suzuki.ichiro.home@gmail.com'],
      subject: '週末作業用',
      body: [
        '顧客名\t担当者\t電話番号\tメールアドレス',
        '株式会社ガンマ物産\t田中 健太\t03-3201-4455\ttanaka@gamma-bussan.co.jp',
        '有限会社デルタ\t高橋 美咲\t06-6312-7788\tm.takahashi@delta-ltd.jp',
        'イプシロン株式会社\t伊藤 陽子\t052-211-3344\tito.yoko@epsilon.co.jp',
        'ゼータ工業株式会社\t渡辺 直樹\t092-711-2233\tn.watanabe@zeta-kogyo.co.jp',
        '株式会社エータ\t小林 翔太\t011-221-6677\tkobayashi@eta-corp.jp',
      ].join('\n'),
    },
    files: [],
  },
  {
    id: 'my-number-body',
    title: { ja: '本文にマイナンバー', en: 'A My Number in the body' },
    story: { ja: '扶養家族の手続きで、マイナンバーを本文にそのまま書いて取引先に送ろうとしています。', en: 'For a dependant’s paperwork, a My Number is typed straight into the mail body.' },
    lesson: { ja: '本文・件名もチェックディジット付きで検査します。', en: 'The subject and body are checked too, with the check digit.' },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: '扶養手続きの件',
      body: `株式会社アルファ商事\n人事部 山田様\n\nお世話になっております。\n佐藤花子さんのマイナンバーは 1234 5678 9018 です。\n${SIGNATURE}`,
    },
    files: [],
  },
  {
    id: 'ppap',
    title: { ja: 'パスワード付きZIPと別送パスワード(PPAP)', en: 'Encrypted zip, password in the next mail (PPAP)' },
    story: {
      ja: 'パスワード付き ZIP を送り、続けてパスワードを同じ宛先に送る「PPAP」。宛先を間違えれば両方が漏れます。',
      en: 'An encrypted zip, then the password to the same address: if the address is wrong, both leak.',
    },
    lesson: { ja: '中身を確認できない添付と、本文のパスワードをそれぞれ知らせます。', en: 'presend says the attachment cannot be inspected, and flags the password in the next mail.' },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: '資料送付(パスワードは別送します)',
      body: `株式会社アルファ商事\n山田様\n\nお世話になっております。資料をお送りします。パスワードは別途お送りします。\n${SIGNATURE}`,
    },
    files: ['07_送付資料.zip'],
  },
  {
    id: 'ppap-password',
    title: { ja: 'PPAP: パスワードの別送メール', en: 'PPAP: the password mail' },
    story: { ja: '続けて、同じ宛先にパスワードを送ります。', en: 'Then the password goes to the same address.' },
    lesson: { ja: 'パスワードを同じ経路で送っても安全にはなりません。共有リンクなどを使いましょう。', en: 'A password by the same route adds no safety; use a shared link with access control.' },
    expected: 'confirm',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: 'パスワードのお知らせ',
      body: `株式会社アルファ商事\n山田様\n\n先ほどお送りしたファイルのパスワードです。\nパスワード: Kx7#mQ2vLp\n${SIGNATURE}`,
    },
    files: [],
  },
  {
    id: 'pdf-staff-list',
    title: { ja: 'PDFの職員名簿を個人のアドレスへ', en: 'A staff list as PDF to a private address' },
    story: {
      ja: '職員名簿をExcelからPDFに書き出し、自宅で作業するため個人のGmailに送ろうとしています。PDFなら大丈夫だと思っていませんか。',
      en: 'A staff list exported from Excel to PDF is about to go to a private Gmail address to work on at home. A PDF is no safer than the sheet.',
    },
    lesson: {
      ja: 'PDFの中の表も名簿として読み取り、人数と項目を示します。スキャン画像のPDFは「読めない」とはっきり伝えます。',
      en: 'presend reads a table inside a PDF as a roster, with how many people and what it holds; a scanned PDF is named as unreadable.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['kojin.address@gmail.com'],
      subject: '職員名簿',
      body: `お疲れ様です。職員名簿をPDFで送ります。\n${SIGNATURE}`,
    },
    files: ['11_職員名簿.pdf'],
  },
  {
    id: 'eml-forward',
    title: { ja: '保存したメール(.eml)ごと個人のアドレスへ', en: 'A saved mail (.eml) to a private address' },
    story: {
      ja: '名簿が添付されたメールを「メールごと」保存して、自宅のアドレスに送ろうとしています。添付ファイルはメールの中に入っています。',
      en: 'A mail with a roster attached, saved as a file and about to go to a home address. The roster is inside the mail file.',
    },
    lesson: {
      ja: 'メールファイルの中の添付も開いて確かめます。ISO-2022-JPの古いメールも読めます。',
      en: 'presend opens the attachments inside a mail file too, including old ISO-2022-JP mail.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['me.at.home@yahoo.co.jp'],
      subject: '転送',
      body: `自宅で確認用。\n${SIGNATURE}`,
    },
    files: ['13_転送するメール.eml'],
  },
  {
    id: 'msg-outside',
    title: { ja: 'Outlookで保存したメール(.msg)を社外へ', en: 'A mail saved from Outlook (.msg) to an outside office' },
    story: {
      ja: '給与台帳が添付された社内メールを、Outlookからフォルダーに保存した .msg ファイルごと社労士事務所へ送ろうとしています。',
      en: 'An internal mail with the payroll register attached, saved from Outlook as a .msg file, about to go to a labour consultant’s office.',
    },
    lesson: {
      ja: 'Outlook の .msg ファイルも開き、添付された給与台帳のマイナンバーを見つけます。',
      en: 'presend opens Outlook .msg files too, and finds the My Numbers in the payroll register attached inside.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['担当 <kyuyo@sr-office.example>'],
      subject: '転送: 11月分給与台帳',
      body: `ご担当者様\n\nお世話になっております。社内でやりとりしたメールを添付します。\n${SIGNATURE}`,
    },
    files: ['16_給与台帳の件.msg'],
  },
  {
    id: 'odt-family',
    title: { ja: 'LibreOfficeのケース記録(.odt)を家族の個人アドレスへ', en: 'A LibreOffice case record (.odt) to a family member’s private address' },
    story: {
      ja: '介護施設の職員が、ご家族に「先月の記録」を送ろうとしています。添付したのはユニット全員の既往歴と要介護度が載ったケース記録でした。',
      en: 'A care worker sends a family “last month’s record”; the file attached is the whole unit’s case record, with every resident’s conditions and care level.',
    },
    lesson: {
      ja: 'LibreOffice の文書(.odt)も開き、表の病歴やコメント欄の電話番号まで確かめます。',
      en: 'presend opens LibreOffice documents (.odt) too, down to the conditions in the table and the phone number in a comment.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['田中 <kazoku.tanaka@gmail.com>'],
      subject: '11月の記録',
      body: `田中様\n\nいつもお世話になっております。先月の記録をお送りします。\n${SIGNATURE}`,
    },
    files: ['17_ケース記録.odt'],
  },
  {
    id: 'winmail-home',
    title: { ja: '転送メールの winmail.dat を自宅のアドレスへ', en: 'A forwarded winmail.dat to a home address' },
    story: {
      ja: '経理の担当者が、社内で受け取った Outlook のメールを「家で確認する」ために自分の個人アドレスへ転送します。添付は winmail.dat という読めないファイルに見えますが、中身はマイナンバー入りの給与台帳でした。',
      en: 'An accounts clerk forwards a mail received from Outlook to their own private address “to check at home”. The attachment looks like an unreadable winmail.dat; inside is the payroll register with My Numbers.',
    },
    lesson: {
      ja: 'Outlook の winmail.dat も開き、中に包まれた添付ファイルまで確かめます。',
      en: 'presend opens Outlook’s winmail.dat too, and checks the attachments wrapped inside it.',
    },
    expected: 'block',
    mail: {
      from: FROM,
      to: ['me.at.home@yahoo.co.jp'],
      subject: 'Fw: 11月分給与台帳',
      body: `自宅で確認用。\n${SIGNATURE}`,
    },
    files: ['18_winmail.dat'],
  },
  {
    id: 'clean-partner',
    title: { ja: '問題のないメール(取引先へ議事録)', en: 'An ordinary mail (minutes to a partner)' },
    story: { ja: '取引先に議事録と商品一覧を送る、いつものメールです。', en: 'The usual: minutes and a product list to a partner.' },
    lesson: { ja: '問題のないメールでは何も表示しません。警告が多すぎると誰も読まなくなるからです。', en: 'An ordinary mail shows nothing: a checker that warns on every mail is clicked through.' },
    expected: 'allow',
    mail: {
      from: FROM,
      to: ['山田太郎 <yamada@alpha-shoji.co.jp>'],
      subject: '議事録と商品一覧',
      body: `株式会社アルファ商事\n営業部 山田様\n\nお世話になっております。議事録と商品一覧をお送りします。\n${SIGNATURE}`,
    },
    files: ['08_議事録.docx', '09_商品カタログ.xlsx'],
  },
];
