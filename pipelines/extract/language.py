"""Is a decoded text English? Script statistics, and Traditional vs Simplified for Chinese.

The pipeline's rules are written for English releases, so a text mostly written in another script
(the Chinese twin of a release, a Japanese or Russian page) is rejected with the script's name.
"Mostly" compares words: every run of two or more Latin letters is one English word, and two Han
characters count as one word (a Chinese word is one to two characters long). Kana and Hangul
syllables count one each. A release in English that quotes a Chinese name or a few characters
stays English; a bilingual page with the English text in full also stays English.

Traditional vs Simplified needs no dictionary for whole documents: a few hundred of the most
common characters differ between the two systems (們/们, 這/这, 國/国, 發/发 ...). `TRADITIONAL`
and `SIMPLIFIED` below hold such pairs, chosen so that neither form is in ordinary use in the
other system (后/後, 台/臺, 干/乾, 里/裡 and the like are left out). A Chinese press release uses
dozens of them, so counting which side appears more often decides; a text with none of them is
"Chinese" without a variant.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import ftfy

SAMPLE_CHARS = 200_000  # enough to judge a document; keeps a 20 MB file fast
MIN_FOREIGN_WORDS = 8  # below this a text is too short to call it anything but English

# (traditional, simplified) pairs of common characters; neither form is used in the other system.
_PAIRS = (
    "們们這这說说會会為为國国發发時时個个來来對对學学與与區区業业間间長长開开關关資资員员務务"
    "將将從从進进還还產产場场實实現现動动義义當当點点應应總总議议據据辦办東东萬万億亿傳传"
    "計计頭头號号門门問问題题書书車车電电網网線线經经濟济財财銀银貿贸醫医衛卫環环護护廳厅處处"
    "屆届歲岁驗验檢检測测設设備备態态標标價价錢钱費费買买賣卖貨货運运輸输樓楼灣湾舉举參参給给"
    "讓让認认識识論论調调報报導导際际節节紀纪維维藝艺術术視视聽听響响記记錄录聯联絡络組组織织"
    "構构機机協协華华陸陆島岛鐵铁飛飞廣广黨党軍军戰战歷历預预選选項项戶户觀观邊边離离"
    "認认條条種种齊齐爾尔專专護护擊击極极漢汉訪访談谈話话語语讀读寫写員员車车輕轻頁页顧顾須须"
    "質质貴贵勞劳農农獎奖優优縣县鄉乡鎮镇邁迈違违響响"
)
TRADITIONAL = frozenset(_PAIRS[0::2])
SIMPLIFIED = frozenset(_PAIRS[1::2])

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"),
    ("kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"),
    ("hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
    ("Cyrillic", "\u0400-\u04ff"),
    ("Greek", "\u0370-\u03ff"),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Devanagari", "\u0900-\u097f"),
)
_SCRIPT_RE = re.compile("|".join(f"(?P<{name}>[{ranges}]+)" for name, ranges in _SCRIPTS))
# Words written in the Latin alphabet (accented letters included), two letters or more.
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
# Letters of the other alphabets, counted in words like the Latin ones.
_WORDED = {"Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari"}


@dataclass(frozen=True)
class Verdict:
    language: str  # "English", "Traditional Chinese", "Simplified Chinese", "Chinese", "Japanese" ...
    english_words: int
    foreign_words: float

    @property
    def is_english(self) -> bool:
        return self.language == "English"


def _has_script(text: str) -> bool:
    """Whether any character of `text` is of a script counted here. Below U+0370 there are only
    Latin letters, digits, punctuation and diacritics, and max() runs at C speed; above it, each
    distinct character is asked once (an English release's curly quotes and dashes are above it,
    and a scan of the whole text for scripts it does not hold cost more than the rest of reading
    it)."""
    if not text or max(text) < "\u0370":
        return False
    return any(_SCRIPT_RE.match(ch) for ch in set(text) if ch >= "\u0370")


def script_counts(text: str) -> Counter[str]:
    """Characters per script (han, kana, hangul, Cyrillic ...) and `latin_words`."""
    counts: Counter[str] = Counter()
    scripts = _SCRIPT_RE.finditer(text) if _has_script(text) else ()
    for m in scripts:
        name = m.lastgroup or ""
        counts[name] += len(m.group())
        if name in _WORDED:
            counts[f"{name}_words"] += 1
    counts["latin_words"] = len(_LATIN_WORD.findall(text))
    return counts


def chinese_variant(text: str) -> str:
    """'Traditional Chinese', 'Simplified Chinese', or 'Chinese' when the text does not tell."""
    trad = sum(1 for ch in text if ch in TRADITIONAL)
    simp = sum(1 for ch in text if ch in SIMPLIFIED)
    if trad > simp:
        return "Traditional Chinese"
    if simp > trad:
        return "Simplified Chinese"
    return "Chinese"


# Lead bytes of the UTF-8 sequences of the scripts counted above (Greek, Cyrillic, Hebrew, Arabic:
# 0xCD-0xDD; Thai, Devanagari, Hangul jamo, kana, han, Hangul: 0xE0-0xED, 0xEF-0xF0) as cp1252 or
# Latin-1 show them. Every character of those scripts read with the wrong codec starts with one
# of these, so a sample without any cannot hide one. English mojibake ("â€™", "Â ", "Ã©") starts
# with 0xC2, 0xC3 or 0xE2: not in the set, and such a sample needs no repair to be judged.
_FOREIGN_LEADS = frozenset(
    bytes([*range(0xCD, 0xDE), 0xE0, 0xE1, *range(0xE3, 0xEE), 0xEF, 0xF0]).decode("latin-1")
)


def _sample(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if _FOREIGN_LEADS.isdisjoint(sample):
        return sample
    # UTF-8 Chinese read as cp1252 looks like Latin letters ("é¦™æ¸¯"): judge the repaired text.
    try:
        return ftfy.fix_encoding(sample) if ftfy.is_bad(sample) else sample
    except Exception:  # ftfy is a repair heuristic; never let it decide a crash
        return sample


def detect(text: str) -> Verdict:
    """The language of a text, as far as the pipeline cares: English or which other script."""
    sample = _sample(text)
    counts = script_counts(sample)
    english = counts["latin_words"]
    han, kana, hangul = counts["han"], counts["kana"], counts["hangul"]
    candidates: dict[str, float] = {
        "CJK": han / 2 + kana + hangul,
        **{name: float(counts[f"{name}_words"]) for name in _WORDED},
        "Thai": counts["Thai"] / 4,  # Thai has no spaces between words
    }
    script, foreign = max(candidates.items(), key=lambda kv: kv[1])
    if foreign < MIN_FOREIGN_WORDS or foreign <= english:
        return Verdict("English", english, foreign)
    if script != "CJK":
        return Verdict(script, english, foreign)
    if hangul >= max(han, kana):
        return Verdict("Korean", english, foreign)
    if kana * 10 >= han:  # Japanese mixes kana into kanji; Chinese has none
        return Verdict("Japanese", english, foreign)
    return Verdict(chinese_variant(sample), english, foreign)


def not_english_reason(text: str) -> str | None:
    """`"not English: Traditional Chinese"` and the like, or None for an English text."""
    verdict = detect(text)
    return None if verdict.is_english else f"not English: {verdict.language}"
