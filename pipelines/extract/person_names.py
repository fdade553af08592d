"""Whether capitalised words name a person, with no honorific or role beside them.

Evidence, from how names are written in the releases:
- a first name from a first-name lexicon (the dictionary `gender-guesser` ships, loaded once per
  process, on first use) before a surname: "Martin Lee", "Stephen Phillips";
- a romanised Chinese surname before a Cantonese given name, hyphenated: "Cheung Ka-long";
- surnames in capitals, in either order: "Tai-man CHAN", "CHAN Tai-man", "Peter CHAN";
- initials before a surname: "C Y Leung", "C.Y. Leung";
- particles inside a name: "Mohamed bin Salman", "Ursula von der Leyen".
A name that runs on into an organisation, place or event head is part of that name
("Margaret Trench Medical Centre"), not a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from pipelines.extract.gazetteer import (
    EVENT_HEADS,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_ROLE_HEADS,
    PLACES,
    PRENOMINAL_ROLES,
    PROGRAMME_HEADS,
    ROLE_HEADS,
    SENTENCE_STARTERS,
)


def _ordered(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Romanised Chinese surnames: Cantonese (Hong Kong) and pinyin spellings, and a few compound ones.
CHINESE_SURNAMES = _words(
    """Au Au-Yeung Auyeung Bai Bao Bok Cai Cao Chai Chan Chang Chao Chau Chen Cheng Cheuk Cheung
    Chiang Chik Chin Ching Chiu Choi Chong Chou Chow Choy Chu Chuk Chung Cui Dai Deng Ding Dong
    Du Fan Fang Fei Feng Fok Fong Fu Fung Gao Gong Gu Guan Guo Han Hau He Ho Hon Hou Hsu Hu Hua
    Huang Hui Hung Ip Jiang Jin Kam Kan Kao Keung Ko Kok Kong Koo Ku Kuan Kung Kwan Kwok Kwong
    Lai Lam Lau Law Lee Lei Leung Li Liang Liao Lin Ling Liu Lo Lok Long Lou Lu Lui Luk Lung
    Luo Lv Ma Mai Mak Man Mo Mok Ng Ngai Ngan Ou Pan Pang Peng Poon Pun Qian Qiu Ren Sham Shao
    Shek Shen Shi Shih Shiu Shum Sin Sit Siu So Song Su Sun Sze Szeto Tai Tam Tan Tang Tao Tian
    Tin Ting To Tong Tsai Tsang Tse Tseng Tso Tsoi Tsui Tung Wai Wan Wang Wei Wen Wong Woo Wu
    Xi Xia Xiao Xie Xu Xue Yam Yan Yang Yao Yau Ye Yeung Yick Yim Yin Yip Yiu Yu Yuan Yue Yuen
    Yung Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou"""
)
PARTICLES = _words(
    "bin binti bint ibn van von der den de da di du del della la le los las al dos das zu ter ten"
)
# Letters after the name that are honours, not names: "Mr Chan Tai-man, SBS, JP".
POST_NOMINALS = _words("JP SBS BBS GBS GBM MH SC KC QC OBE MBE CBE PhD MP")
# Words that end a run of capitalised words naming a thing, not a person.
_PLACE_HEADS = _words(
    """Road Street Avenue Lane Path Drive Terrace Crescent Square Circuit Highway Bypass Garden
    Gardens Harbour Bay Beach Island Peak Hill Valley River Reservoir Trail Building Tower
    House Hall Estate Plaza Mall Market Station Terminal Pier Bridge Tunnel Clinic School
    Theatre Stadium Arena Pool Playground Ground Village Town City Cup Trophy Scholarship
    Lecture Medal Memorial Street Square Line Port Airport Road Way Wharf Pavilion Studio
    Gallery Orchestra Ensemble Choir Troupe Company Team Club Prize Award Awards Day Eve Cross
    Properties Land Capital Partners Securities Insurance Airways Airlines Motors Industries
    Enterprises Ventures Technologies Systems Solutions Media Entertainment Pharmaceuticals
    Region Regions District Warning Warnings Signal Signals System Scheme Index Prison Bonds"""
)
THING_HEADS = _PLACE_HEADS | ORG_HEADS | EVENT_HEADS | PROGRAMME_HEADS | {"Centre", "Center"}
THING_HEADS |= {"Test", "Examination", "Exam"}  # "the Basic Law Test"
THING_HEADS |= {"Month"}  # "Summer Reading Month opens": a campaign, not Ms Summer Reading
_MONTHS_DAYS = _words(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter"""
)
# Capitalised words that never start or end a person's name.
NOT_NAME = (
    _MONTHS_DAYS
    | THING_HEADS
    | SENTENCE_STARTERS
    | {
        w
        for role in ROLE_HEADS + PERSON_ROLE_HEADS + PRENOMINAL_ROLES
        for w in role.replace("-", " ").split()
    }
    | {w.capitalize() for w in OCCUPATIONS}
    | {w.capitalize() + "s" for w in OCCUPATIONS}  # "Athletes Cheung Ka-long and ..."
    | {w for place in PLACES for w in place.split()}
    | _words("Hon Honourable Madam Mr Ms Mrs Miss Dr Professor Prof Sir Dame Lady Lord Ir")
    | _words("Chinese English British American Mainland National Royal Olympic Asian")
    | _words("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve")
    # "Severe Typhoon Wai-lam", "Tropical Storm Ka-yin": a cyclone's name has a person's shape
    | _words("Typhoon Storm Depression Cyclone Hurricane Supertyphoon")
)
# Lexicon countries whose names are mostly Chinese, Korean or Vietnamese syllables: those
# collide with place names ("Tai Po", "Ho Man Tin") and are left to the surname patterns.
_EAST_ASIAN = {"china", "korea", "vietnam"}
_COUNTRIES = _ordered(
    """great_britain ireland usa italy malta portugal spain france belgium luxembourg
    the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland
    estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand
    croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus moldova
    ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea
    vietnam other_countries"""
)
_KEEP = tuple(i for i, c in enumerate(_COUNTRIES) if c not in _EAST_ASIAN)
_COMMON = "23456789ABCD"  # the lexicon's frequency scale: 1 (rare) to D (very common)
_COLUMN0 = 30  # where the lexicon's frequency columns start


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names the lexicon knows outside East Asia, common somewhere, that are not words
    the releases capitalise for other reasons (months, roles, places, organisation heads)."""
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: set[str] = set()
    common = re.compile(f"[{_COMMON}]").search
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line[0] in "#=":
                continue
            cols = line[_COLUMN0:]
            if common(cols) and common("".join([cols[i] for i in _KEEP if i < len(cols)])):
                names.add(line.split(maxsplit=2)[1])
    names = {n for n in names if n.isascii() and n.isalpha() and len(n) > 2 and n[1:].islower()}
    return frozenset(names - NOT_NAME - {w.capitalize() for w in stop_words()})


# A Cantonese given name: two syllables joined by a hyphen ("Siu-ming", "SIU-MING").
# Each syllable is short and ends as Cantonese syllables do (not "Cross-border", "Non-profit").
_HK_GIVEN = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{0,4}(?:[aeiouy]|ng|[nmptkhr])|[A-Z]{1,6}-[A-Z]{1,5}")
_UPPER = re.compile(r"[A-Z]{2,}")
_INITIAL = re.compile(r"[A-Z]\.?")
# Endings of common nouns, not of surnames: "Marine Conservation", "Urban Renewal".
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ogy|ics|ture|ious)$")
_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’]|Al-|El-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)){1,2}"
)
_CUE_WORDS = ORG_HEADS | {w for role in ROLE_HEADS for w in role.split()} | {"Premier", "Vice-Premier"}
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
_CANTONESE_SYLLABLE = re.compile(
    r"(?:ch|ts|sh|kw|gw|ng|[bcdfghjklmnpstwyz])?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?"
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def is_given(word: str) -> bool:
    return word in given_names()


def is_chinese_surname(word: str) -> bool:
    return word in CHINESE_SURNAMES or (word.isupper() and word.capitalize() in CHINESE_SURNAMES)


def is_hk_given(word: str) -> bool:
    return bool(_HK_GIVEN.fullmatch(word))


def _cantonese_given(word: str) -> bool:
    """'Kwok-ming': every syllable of a hyphenated given name a Cantonese one."""
    return all(_CANTONESE_SYLLABLE.fullmatch(part) for part in word.lower().split("-"))


def _upper_surname(word: str) -> bool:
    """'CHAN', 'PHILLIPS': a surname in capitals (has a vowel; not an honour like 'JP')."""
    return bool(_UPPER.fullmatch(word)) and word not in POST_NOMINALS and bool(re.search("[AEIOUY]", word))


def _english_name(word: str) -> bool:
    """'Starry', 'Algernon': an English name the lexicon lacks, before a Chinese surname; not a
    Cantonese syllable ("Kwai Chung", "Tung Chung" are places), not a word of other things."""
    return (
        bool(_TITLE_WORD.fullmatch(word))
        and not _CANTONESE_SYLLABLE.fullmatch(word.lower())
        and word not in NOT_NAME
        and word.lower() not in stop_words()
        and not _NOUN_SUFFIX.search(word)
    )


def _place_syllables(first: str, second: str) -> bool:
    """'Kai Tak', 'Sai Kung': a first name that is also a Cantonese syllable, then a syllable that
    is no surname, is a place in Hong Kong, not a person."""
    return (
        not is_chinese_surname(second)
        and bool(_CANTONESE_SYLLABLE.fullmatch(first.lower()))
        and bool(_CANTONESE_SYLLABLE.fullmatch(second.lower()))
    )


def _surname(word: str) -> bool:
    """A capitalised word that may be a surname."""
    if word in CHINESE_SURNAMES:
        return True  # "Vivian Kong", "Johnnie To", though "Kong" and "To" are other words too
    if word in NOT_NAME or word.endswith(("'s", "’s")) or _NOUN_SUFFIX.search(word):
        return False
    return bool(
        re.fullmatch(r"(?:Mc|Mac|O['’]|D['’]|Al-|El-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word)
    ) or _upper_surname(word)


# Capitalised words (and particles, initials) next to each other: where names can stand.
# Every word starts with a capital: "C.Y.", "McDonald", "O'Brien", "Siu-ming", "CHAN"; the capital
# comes first in the pattern so that the regex engine skips quickly to the next capital.
_REST = r"(?:\.(?:[A-Z]\.){0,2}|[\w'’]*(?:-[A-Za-z]+)*)"
_WORD = rf"[A-Z]{_REST}"
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
RUN = re.compile(rf"[A-Z](?<![\w-].){_REST}(?:[ ](?:(?:{_PARTICLE})[ ])*{_WORD})+")


def _span_length(words: list[str], i: int, acronyms: frozenset[str]) -> int:
    """How many words from `words[i]` make a person's name (0: none start there)."""
    w, nxt = words[i], words[i + 1]
    if w in acronyms or w in PARTICLES:
        return 0
    # "C.Y. Leung", "C Y Leung": two initials or more, then a surname.
    if _INITIALS.fullmatch(w):
        return 2 if _surname(nxt) else 0
    if _INITIAL.fullmatch(w):
        j = i + 1
        while j < len(words) and _INITIAL.fullmatch(words[j]):
            j += 1
        return j - i + 1 if j > i + 1 and j < len(words) and _surname(words[j]) else 0
    # "CHAN Tai-man", "Cheung Ka-long", "Bok Kwok-ming": surname, hyphenated given name.
    # (a surname the list lacks needs a given name of Cantonese syllables: not '"Stay Scam-free"')
    if is_hk_given(nxt) and (
        is_chinese_surname(w) or _upper_surname(w) or (_surname(w) and _cantonese_given(nxt))
    ):
        # ... unless the given name goes with a surname in capitals after it: "Tai-man CHAN".
        return 0 if i + 2 < len(words) and _upper_surname(words[i + 2]) else 2
    # "CHAN Peter", "Tai-man CHAN": a surname in capitals after or before a given name.
    if (_upper_surname(w) and is_given(nxt)) or (is_hk_given(w) and _upper_surname(nxt)):
        return 2
    # "Vice-Premier Ding Xuexiang", "... Central Committee Xia Baolong": after a role or an
    # organisation, a Chinese surname and a pinyin given name.
    if i and words[i - 1] in _CUE_WORDS and is_chinese_surname(w) and _PINYIN.fullmatch(nxt.lower()):
        return 2
    if not is_given(w):
        # not "Affairs Cheuk" in "... Youth Affairs Cheuk Man-yee": a full name starts after it
        hk_after = i + 2 < len(words) and is_hk_given(words[i + 2])
        return (
            2 if _english_name(w) and is_chinese_surname(nxt) and nxt not in NOT_NAME and not hk_after else 0
        )
    # "Martin Lee", "John C Tsang", "Ursula von der Leyen": first name, initials or particles, surname.
    j = i + 1
    while j < len(words) - 1 and (words[j] in PARTICLES or _INITIAL.fullmatch(words[j])):
        j += 1
    if not _surname(words[j]) or words[j] in acronyms:
        return 0
    if _place_syllables(w, words[j]):
        return 0
    if j + 1 < len(words):
        after = words[j + 1]
        if is_chinese_surname(words[j]) and is_hk_given(after):
            j += 1  # "Aaron Chan Wing-kai"
        elif is_given(words[j]) and _surname(after) and after not in acronyms:
            j += 1  # "Mary Ann Lee": a second first name, then the surname
    return j - i + 1


def _bare_word(word: str) -> str:
    """'Therapeutics,' -> 'Therapeutics'; "Society's" -> 'Society'."""
    return _POSSESSIVE_OR_STOP.sub("", word)


_POSSESSIVE_OR_STOP = re.compile(r"(?:['’]s)?[.,]*$")
_OF_BEFORE = re.compile(r"\b(?:of|for|on)[ ]$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ ]$")
# After a name, an occupation or a role names someone else, whom the name employs: "Morgan
# Stanley economist Wang Qing", "Morgan Stanley Chairman James Smith".
_EMPLOYS = re.compile(
    r"[ ](?:"
    + "|".join(sorted(OCCUPATIONS, key=len, reverse=True))
    + r"|(?:"
    + "|".join(sorted({r.split()[-1] for r in ROLE_HEADS + PERSON_ROLE_HEADS}, key=len, reverse=True))
    + r")[ ][A-Z])\b"
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=2)
def name_runs(text: str) -> tuple[tuple[int, tuple[str, ...], tuple[int, ...]], ...]:
    """Runs of two capitalised words or more: (start, words, start of each word)."""
    runs = []
    for m in RUN.finditer(text):
        words = m.group().split(" ")
        starts = [m.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        runs.append((m.start(), tuple(words), tuple(starts)))
    return tuple(runs)


def leading_name(words: tuple[str, ...]) -> int:
    """How many words at the start of a run after a cue ("conductor Lio Kuokman") are a name."""
    n = 0
    for w in words[:4]:
        if w in THING_HEADS or (w in NOT_NAME and not _surname(w)) or w.endswith(("'s", "’s")):
            break
        n += 1
    while n and words[n - 1] in PARTICLES:
        n -= 1
    return n if n >= 2 else 0


def find_bare_names(text: str, acronyms: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """(start, end) of person names the lexicon and name shapes recognise, no cue needed."""
    for run_start, words, starts in name_runs(text):
        i = 0
        while i < len(words) - 1:
            n = _span_length(words, i, acronyms)
            if n == 0:
                i += 1
                continue
            after = [w for w in words[i + n :] if w not in PARTICLES]
            before = words[1:i]
            # "the Department of Health": after "of", a name is part of a thing's name; not a
            # Cantonese full name ("the épée team of Chan Hoi-ying, Ng Sze-wing and ...")
            hk_full = (
                n == 2 and is_chinese_surname(words[i]) and "-" in words[i + 1] and is_hk_given(words[i + 1])
            )
            inside_name = i == 0 and not hk_full and _OF_BEFORE.search(text, max(0, run_start - 4), run_start)
            # "the Amber Rainstorm Warning Signal", "the Express Rail Link": after "the", a name
            # that more capitalised words follow, or that follows some without a role among them,
            # is part of a thing's name ("the Chief Executive John Lee" keeps its person)
            # ("the Basic Law": right after "the", two capitalised words name a thing, not a person)
            if _THE_BEFORE.search(text, max(0, run_start - 4), run_start) and (
                after or not any(w in _CUE_WORDS for w in words[:i])
            ):
                inside_name = True
            # '"The Cherry Orchard"': a title that opens with "The"
            if i and words[0] == "The" and not any(w in _CUE_WORDS for w in words[1:i]):
                inside_name = True
            # 'the report "Marine Water Quality in Hong Kong"': a quoted title that goes on
            if i == 0 and after and text[max(0, run_start - 1) : run_start] in ('"', "“"):
                inside_name = True
            end = starts[i + n - 1] + len(words[i + n - 1])
            if not (
                inside_name
                or _EMPLOYS.match(text, end)
                or any(_bare_word(w) in THING_HEADS for w in after)
                or any(w.lower() in stop_words() for w in before)
            ):
                yield starts[i], end
            i += n
