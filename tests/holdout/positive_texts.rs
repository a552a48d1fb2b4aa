//! Positive texts of the holdout measurement: personal and sensitive data in
//! styles unlike typical test data, each with its (kind, line) labels.

use super::*;

pub(crate) fn positive_texts() -> Vec<Case> {
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
