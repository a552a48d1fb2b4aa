//! The message check's pairs from issue 21's eleventh kept-aside set: for
//! each rule changed after its first run, the everyday mail it must leave
//! alone and the mis-send it must still stop. The harness is in `check.rs`.

use super::*;

fn mail(from: &str, to: &[&str], subject: &str, body: &str) -> Message {
    let json = serde_json::json!({"from": from, "to": to, "cc": [], "subject": subject, "body": body});
    Message::from_json(&json.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

const FUNERAL: &str = r#"{
    "internal_domains": ["yasuragi-tenrei.co.jp"],
    "partner_domains": {
        "kappo-fujimoto.co.jp": "株式会社割烹ふじもと",
        "hanamasa-flower.co.jp": "有限会社花政"
    },
    "own_names": ["株式会社やすらぎ典礼", "やすらぎ典礼"]
}"#;

const FUNERAL_SIG: &str =
    "\nよろしくお願いいたします。\n\n──────────\n株式会社やすらぎ典礼\n菅原 亮\nTEL: 022-771-4420\n──────────\n";

/// A condition counted in a meal order or a booking (「えびアレルギーの方
/// 1名」「糖尿病の方が2名」) says how many in a group have it, about no one in
/// particular, even when the order names the family it is for. The same
/// allergy said of a named guest is that guest's.
#[test]
fn a_headcount_of_people_with_a_condition_is_no_ones_condition() {
    let p = policy(FUNERAL);
    let order = |line: &str| {
        let body = format!(
            "株式会社割烹ふじもと\n予約係 御中\n\nいつもお世話になっております。\nやすらぎ典礼の菅原です。\n\n\
             故 佐藤 一郎 様（佐藤家）　会場：やすらぎホール北 2階\n精進落とし 12月10日(木) 13:30 会席 24名様（{line}）\n{FUNERAL_SIG}"
        );
        mail(
            "やすらぎ典礼 菅原 <sugawara@yasuragi-tenrei.co.jp>",
            &["yoyaku@kappo-fujimoto.co.jp"],
            "ご注文：佐藤家",
            &body,
        )
    };
    for line in [
        "うち お子様膳 3、えびアレルギーの方 1名",
        "糖尿病の方が2名、ほか通常",
        "そばアレルギー 1名",
        "うち卵アレルギーのお子様 2人",
    ] {
        let v = check(&order(line), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{line}: {:#?}", v.reasons);
        assert!(v.reasons.is_empty(), "{line}: {:?}", rules(&v));
    }
    for line in ["ご親族の佐藤 健様がえびアレルギーです", "佐藤 健様 えびアレルギー"] {
        let v = check(&order(line), &[], &p);
        assert_eq!(v.decision, Decision::Block, "{line}: {:?}", rules(&v));
        assert!(rules(&v).contains(&"special_care_external"), "{line}");
    }
}

const HOTEL: &str = r#"{
    "internal_domains": ["sample-hotel.co.jp"],
    "partner_domains": {"tabi-agency.co.jp": "株式会社たびエージェンシー"},
    "own_names": ["株式会社サンプルホテル"]
}"#;

/// Words that make a condition anyone's it may apply to (「持病のある方は」
/// 「アレルギーをお持ちの方」「インフルエンザ等で欠席される場合は」「アレルギー
/// 等がございましたら」), a menu's provision (「アレルギー対応食」「糖尿病食 2名
/// 分」) or seasonal advice (「熱中症にお気をつけください」): in a group
/// booking that names the organiser, no one's condition. Said of the
/// organiser, or given as a cause (「…のため」), it is his.
#[test]
fn a_condition_in_a_conditional_or_a_provision_is_no_ones() {
    let p = policy(HOTEL);
    let booking = |line: &str| {
        let body = format!(
            "株式会社たびエージェンシー\n団体課 ご担当者様\n\nいつもお世話になっております。\nサンプルホテル宴会課の高木です。\n\n\
             団体名：ABC商事 社員旅行（幹事 山田 太郎 様）\n{line}\n\nどうぞよろしくお願いいたします。\n\n──────────\n\
             株式会社サンプルホテル 宴会課\n高木 健\nTEL: 03-3333-1111\n──────────\n"
        );
        mail("サンプルホテル 高木 <takagi@sample-hotel.co.jp>", &["dantai@tabi-agency.co.jp"], "ご案内", &body)
    };
    for line in [
        "食物アレルギーのある方は事前にお知らせください。",
        "アレルギーをお持ちの方は2名です。",
        "持病のある方は常備薬をお持ちください。",
        "夕食 80名（アレルギー対応食 4食）",
        "糖尿病食 2名分をご用意ください。",
        "※お食事のアレルギー等がございましたら、3日前までにご連絡ください。",
        "インフルエンザ等で欠席される場合はご連絡ください。",
        "当日は感染症対策のため、発熱のある方はご参加をお控えください。",
        "当日は熱中症にお気をつけください。",
        "Please let us know of any food allergy by Friday.",
        "If you have an allergy, please tell our staff.",
        "研修：うつ病などメンタルヘルス不調の早期対応について",
        "糖尿病・高血圧の方向けの食事プランもございます。",
        "心臓病、高血圧、その他持病をお持ちの方はご利用をお控えください。",
        "認知症の方のご家族向けの相談窓口を設けています。",
        "ムスリムのお客様向けにハラール対応の食事をご用意できます。",
    ] {
        let v = check(&booking(line), &[], &p);
        assert_eq!(v.decision, Decision::Allow, "{line}: {:#?}", v.reasons);
    }
    for line in [
        "山田 太郎 様はそばアレルギーのため、別メニューでお願いします。",
        "山田 太郎 様は糖尿病のため夕食の場合は別メニューでお願いします。",
        "山田 太郎 様は持病（糖尿病）があり、インスリンを持参されます。",
        "山田 太郎 様（糖尿病）の場合は、夕食を別メニューでお願いします。",
        "山田 太郎 様はてんかんがある方なので、夜間は見回りをお願いします。",
        "山田 太郎 様は、てんかん発作が起きた場合は救急車を呼んでください。",
        "山田 太郎 様 えびアレルギーの方 1名",
        "当該社員は糖尿病で、夕食の場合は別メニューでお願いします。",
        "山田 太郎 様はムスリムのため、ハラール対応の食事をお願いします。",
        "参加者 佐藤 花子（糖尿病の方）は別メニューです。",
        "佐藤 花子 えびアレルギー 1名",
    ] {
        let v = check(&booking(line), &[], &p);
        assert_eq!(v.decision, Decision::Block, "{line}: {:?}", rules(&v));
        assert!(rules(&v).contains(&"special_care_external"), "{line}");
    }
}
