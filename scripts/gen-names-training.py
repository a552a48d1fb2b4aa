#!/usr/bin/env python3
"""Template sentences for the prose-name scorer's training (issue 17).

Fills generic office, news, family and encyclopedia templates with names
drawn from the committed lists (src/detect/names/presend-names.txt: common
surnames and given names, kana given names, katakana person spellings) and
writes labelled sentences (`sentence<TAB>name|name`) to
target/names-train/generated.tsv. Negative templates put surnames into
firm, place and facility names, era names and ordinary words. Seeded, so
the output is the same on every run. Held-aside sets 6 and 7,
hironsancorpus and the reserved corpora are never read.

python3 scripts/gen-names-training.py [--count N]
"""
import argparse
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent
LISTS = ROOT / "src/detect/names/presend-names.txt"

POSITIVE = [
    "担当の{S}が対応した。", "{F}は昨年から通院している。", "{S}は来週から出張の予定である。",
    "{S}から連絡があり、納期が一日遅れるとのことだった。", "会議では{S}が新しい案を説明した。",
    "{F}さんが受付に来られた。", "課長の{S}と打ち合わせをした。", "{S}の報告によると、在庫は十分にある。",
    "妻の{G}と買い物に出かけた。", "息子の{G}は今年で五歳になる。", "{G}は朝から熱が下がらない。",
    "{S}に資料を送っておいた。", "出席者は{S}、{S2}、{S3}の三名。", "記録：{S}",
    "{F}（{A}）は市内の会社に勤めている。", "容疑者の{F}は容疑を認めている。", "{F}選手が決勝で勝った。",
    "{K}は{P}出身の作家である。", "{KF}は{Y}年に生まれた。", "{KF}の代表作は長編小説である。",
    "留学生の{K}が日本語の発表をした。", "先方の{K}さんからメールが届いた。", "{K}は晩年をパリで過ごした。",
    "{SK}は入所して三年になる。", "{S}と{S2}が現場に立ち会った。", "看護師の{S}が夜勤に入った。",
    "{F}が新しい部長に就任した。", "昨日、{S}が休みを取った。", "{F}の父は医師だった。",
    "本件の問い合わせは{S}までお願いします。", "{S}によれば、工事は来月に終わる。",
    "面談には本人と母の{G}が同席した。", "{F}は{P}の大学を卒業した。", "{S}もその意見に賛成した。",
    "{S}は「もう少し検討したい」と述べた。", "新人の{S}を紹介します。", "{F}、{F2}の両名が表彰された。",
    "{S}が退職し、後任は{S2}となった。", "{G}ちゃんは保育園に通っている。", "{G}くんが転んで膝を擦りむいた。",
    "{F}氏は記者会見で辞任を表明した。", "元社員の{F}が訴えを起こした。", "{KF}と{K}が共同で研究を進めた。",
    "{S}へ引き継ぎを済ませた。", "{S}の意見を聞いてから決めたい。", "患者の{F}は術後の経過が良い。",
    "{S}は入社以来、経理を担当している。", "祖父の{G}は戦後に大工を始めた。", "{F}が{P}で講演した。",
    "{S}を中心に準備を進めている。", "友人の{G}から手紙が届いた。", "{SKANA}は自宅で療養中である。",
]
NEGATIVE = [
    "{S}建設が工事を受注した。", "{S}町の商店街は夏祭りでにぎわう。", "{S}駅の改札は混雑している。",
    "{P}県の{W}は有名である。", "{E}時代の町並みが残っている。", "{E}の末期に建てられた建物だ。",
    "{S}製作所の工場が稼働を始めた。", "{S}病院前のバス停で降りる。", "{W}の問題が深刻になっている。",
    "{P}の{W}を訪ねた。", "{S}川の流域で増水が続く。", "{S}小学校の校庭に桜が咲いた。",
    "{S}商事の株価が上がった。", "新しい{W}の計画が発表された。", "{S}市の人口は減少している。",
    "{S}寺の本堂は国の重要文化財である。", "{S}公園で花火大会が開かれる。", "{E}初期の資料を調べた。",
    "{W}と{W2}について説明した。", "会議室の予約を変更した。", "資料は来週までに提出すること。",
    "{S}通りの交差点で事故があった。", "{S}銀行の窓口は三時に閉まる。", "{K}社の新製品が発売された。",
    "{P}産の米を使っている。", "{S}トンネルは来月に開通する。", "{S}ダムの貯水率が下がった。",
    # Business prose: words that are listed surnames too (市場, 上司, 大手).
    "{BW}の状況を確認してください。", "{BW}は前年より拡大した。", "{BW}に関する資料を添付します。",
    "{BW}から連絡を受けて対応した。", "{BW}が変わる可能性がある。", "{BW}と{BW2}の違いを説明する。",
    "{BW}での販売は好調だった。", "設定の{BW}を変更する。", "{BW}の担当者に確認します。",
]
# Words of business prose that the lists hold as surnames (or given names).
BUSINESS_WORDS = ["入口", "下部", "中部", "中間", "大手", "小口", "大口", "上方", "片方", "上司", "相場", "市場",
                  "西部", "南部", "安定", "上海", "渋谷", "池袋", "品川", "五反田", "本町", "大町", "丸井", "住友",
                  "三井", "富士", "大丸", "鹿島", "高島"]
ERAS = ["明治", "大正", "昭和", "平成", "令和", "江戸", "室町", "鎌倉", "奈良", "平安"]
PLACES = ["東京", "大阪", "京都", "北海道", "福岡", "長野", "新潟", "広島", "宮城", "愛知", "沖縄", "静岡"]
WORDS = ["森林", "林業", "竹林", "森の中", "中山道", "金曜日", "本田技研工業", "小林製薬", "日本代表", "石川県",
         "村田製作所", "山道", "田園", "松林", "高原", "中央線", "平野部", "長期間", "大雨", "河川敷", "温泉",
         "上野動物園", "大学病院", "市役所", "公民館", "美術館", "新幹線", "高速道路", "住宅地"]


def read_lists():
    sections, section = {}, None
    for line in LISTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        common = line.startswith("+")
        sections.setdefault(section, []).append((line.lstrip("+"), common))
    return sections


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1400)
    ap.add_argument("--out", default=str(ROOT / "target/names-train/generated.tsv"))
    args = ap.parse_args()
    rng = random.Random(17)
    lists = read_lists()
    surnames = sorted(w for w, c in lists["surnames"] if c and len(w) >= 2)
    rare_surnames = sorted(w for w, c in lists["surnames"] if not c and 2 <= len(w) <= 3)
    given = sorted(w for w, c in lists["given"] if c and 2 <= len(w) <= 3)
    kana = sorted(w for w, _ in lists["given_kana"] if 2 <= len(w) <= 4)
    katakana = sorted(w for w, c in lists["katakana"] if c and len(w) >= 3)
    out = []
    for i in range(args.count):
        neg = rng.random() < 0.3
        tpl = rng.choice(NEGATIVE if neg else POSITIVE)
        names = []

        def sur():
            return rng.choice(surnames if rng.random() < 0.8 else rare_surnames)

        def fill(key):
            if key in ("S", "S2", "S3"):
                v = sur()
                if not neg:
                    names.append(v)
            elif key in ("F", "F2"):
                v = sur() + rng.choice(given)
                names.append(v)
            elif key == "G":
                v = rng.choice(given if rng.random() < 0.7 else kana)
                names.append(v)
            elif key == "SKANA":
                v = sur() + rng.choice(kana)
                names.append(v)
            elif key == "SK":
                v = sur() + rng.choice(["トメ", "キヨ", "ハル", "ヨシエ", "ツル", "ミツ"])
                names.append(v)
            elif key == "K":
                v = rng.choice(katakana)
                if not neg:
                    names.append(v)
            elif key == "KF":
                v = rng.choice(katakana) + "・" + rng.choice(katakana)
                names.append(v)
            elif key == "P":
                v = rng.choice(PLACES)
            elif key == "E":
                v = rng.choice(ERAS)
            elif key in ("W", "W2"):
                v = rng.choice(WORDS)
            elif key in ("BW", "BW2"):
                v = rng.choice(BUSINESS_WORDS)
            elif key == "A":
                v = str(rng.randint(18, 90))
            elif key == "Y":
                v = str(rng.randint(1800, 1990))
            return v

        text = tpl
        for key in ["SKANA", "SK", "S2", "S3", "S", "F2", "F", "G", "KF", "K", "P", "E", "BW2", "BW", "W2", "W", "A", "Y"]:
            while "{" + key + "}" in text:
                text = text.replace("{" + key + "}", fill(key), 1)
        out.append(text + "\t" + "|".join(dict.fromkeys(names)))
    path = pathlib.Path(args.out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"gen-names-training: {len(out)} sentences -> {path}")


if __name__ == "__main__":
    main()
