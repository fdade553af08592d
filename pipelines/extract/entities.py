"""Entity mentions, people and organisations of one document, with in-document coreference.

- Organisations: acronyms defined in parentheses, capitalised names with an organisation head,
  well-known public bodies, and names introduced by "organised by", "subsidiary", "partner" ...;
  every later use of the name or acronym is a mention of the same entity.
- People: see `people.py`; "Mr Yung" joins "Mr Philip Yung", "the Chief Executive" joins the
  person the text names with that title; members listed for a committee carry the committee.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.extract.acronyms import best_long_form, find_acronyms
from pipelines.extract.alternation import whole_words
from pipelines.extract.gazetteer import (
    COMMITTEE_HEADS,
    CONNECTORS,
    EVENT_HEADS,
    KNOWN_ORGS,
    KNOWN_SUBJECT_SHORT_FORMS,
    NOT_ORG_WORDS,
    ORG_HEADS,
    ORG_LEGAL_FORMS,
    ORG_NEEDS_MODIFIER,
    ORG_UNIT_HEADS,
    PLACE_WORDS,
    PLACES,
    PROGRAMME_HEADS,
)
from pipelines.extract.names import Name, classify, split_role, strip_organ
from pipelines.extract.names import find_names as _find_names
from pipelines.extract.occurrences import find_each
from pipelines.extract.people import PersonMention
from pipelines.extract.people import find_people as _find_people
from pipelines.extract.roles import ROLE
from pipelines.extract.spans import SpanSet
from pipelines.extract.world_places import is_country

_CONTEXT_ORG = re.compile(
    r"\b(?:subsidiary|partner|organised by|co-organised by|organized by|in collaboration with|"
    r"in partnership with|sponsored by|supported by|jointly with|company|firm)[ ]"
    # "organised by the Leisure and Cultural Services Department": the whole name, connectors too
    r"(?:the[ ])?(?P<name>[A-Z][\w&\-]*(?:[ ](?:(?:and|of|for|&|de|do|da|du|des|del|di|la|le|van|von)"
    r"[ ]){0,2}[A-Z][\w&\-]*){0,5})"
)
# A one-word body's name inside a longer name or a post's title
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")
_POST_OF = re.compile(r"\b(?:Commissioner|Director|Controller|Head)\s+of\s+$")
_KNOWN = re.compile(whole_words(KNOWN_ORGS))
_KNOWN_SUBJECT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, KNOWN_SUBJECT_SHORT_FORMS)) + r")(?=(?:['’]s)?[ ]"
    r"(?:will|would|shall|should|has|have|had|is|was|said|says|added|announced|also|plans|"
    r"welcomed|expects|expected|launched|completed)\b)"
)
_PLACES = re.compile(whole_words(PLACES))
_TITLE_COREF_MIN_WORDS = 2
_SHORT_FORM_AFTER = re.compile(r"[ ]\(([A-Z][a-z][\w&\-]+)\)")
_HONORIFIC_RUN = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Professor|Prof|Sir|Dame|Madam|Ir)\.?[ ][A-Z]")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str
    method: str


@dataclass
class Person:
    key: str
    name: str
    honorific: str | None
    title: str | None
    organisation: str | None
    first: Mention
    n_mentions: int = 1


@dataclass
class Organisation:
    key: str
    name: str
    acronym: str | None
    first: Mention
    n_mentions: int = 1


@dataclass
class Entities:
    mentions: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)


@lru_cache(maxsize=4)
def find_names(text: str) -> tuple[Name, ...]:
    """Names of a text, computed once per document (several passes below reuse them)."""
    return tuple(_find_names(text))


@lru_cache(maxsize=4)
def find_people(text: str) -> tuple[PersonMention, ...]:
    return tuple(_find_people(text))


def normalise_key(label: str, name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    words = name.lower().replace("’", "'").split()
    return f"{label.lower()}:{' '.join(words)}"


# -- organisations -----------------------------------------------------------------------
# The stock exchange's markets ("listed on the Main Board"): boards of no body
_MARKETS = frozenset({"Main Board", "GEM"})
# A committee named by its task alone ("Chairman of the Organising Committee" in a speech's
# salutation): an event's or a project's, not a named body
_TASK_COMMITTEES = frozenset({"Organising Committee", "Organizing Committee", "Steering Committee"})


def _named(name: str) -> bool:
    """'the Department' alone names no organisation (it may refer to one, see _partial_references)."""
    return (" " in name or name not in ORG_HEADS) and name not in _MARKETS and name not in _TASK_COMMITTEES


# "holds a Master's degree in Public Administration", "a Bachelor of Social Sciences": a field of
# study, no body (not "a certificate of the Construction Industry Council", who gave it)
_FIELD_OF_STUDY = re.compile(
    r"\b(?:(?:degrees?|diplomas?|certificates?|doctorates?|PhD|Master(?:['’]s)?|Bachelor(?:['’]s)?)"
    r"(?:\s+degrees?)?\s+in|(?:Master|Bachelor|Doctor)\s+of)\s+$"
)


def _org_names(text: str) -> tuple[dict[str, str | None], dict[str, str]]:
    """Full names found (-> acronym), and acronym -> full name, in order of appearance."""
    names: dict[str, str | None] = {}
    acronyms: dict[str, str] = {}
    ending_at = {n.end: n.text for n in find_names(text) if n.label == "ORG"}
    parts: dict[str, str] = {}  # "X of the Y (YY)" -> X
    for a in find_acronyms(text):
        # "the Hong Kong Housing Authority (HA)": the whole name, not the letters' shortest match.
        long = ending_at.get(a.long_end, a.long)
        # ... but "the Institute of Social Research of the Kowloon Central University (KCU)"
        # defines the university's, and the institute is a body of its own
        owner = re.match(rf"(?P<part>.+) of (?:the )?{re.escape(a.long)}$", long)
        # (not "the Assessment Committee of the Green Tech Fund (GTF)": a fund is no body, and the
        # committee is named whole)
        if owner and classify(owner["part"]) == "ORG" and _acronym_names_org(a.long, a.short):
            parts[long] = owner["part"]
        long = long if long.endswith(" " + a.long) and not owner else a.long
        if _acronym_names_org(long, a.short):
            names[long] = a.short
            acronyms[a.short] = long
    # "Hong Kong Cyberport Management Company Limited (Cyberport)": a word of the name in brackets
    # after it is its short form, written like an acronym
    for n in find_names(text):
        short = _SHORT_FORM_AFTER.match(text, n.end)
        if (
            n.label == "ORG"
            and short
            and short[1] in n.text.split(" ")[:-1]
            and short[1] not in ORG_HEADS
            and n.text not in names
        ):
            names[n.text] = short[1]
            acronyms[short[1]] = n.text
    found = [
        n.text
        for n in find_names(text)
        if n.label == "ORG"
        and _named(n.text)
        and not _portfolio(text, n)
        and not _FIELD_OF_STUDY.search(text, max(0, n.start - 40), n.start)
    ]
    # "Treasury Bureau" inside "Financial Services and the Treasury Bureau": a known name's tail
    known = [m.group() for m in _KNOWN.finditer(text) if " " in m.group()]
    longer = (*found, *names, *known)
    suffixes = {" ".join(w[i:]) for n in longer for w in [n.split(" ")] for i in range(1, len(w))}
    # ("the University of Hong Kong and the Chinese University of Hong Kong": a tail that also
    # stands alone names a body of its own)
    # (not "Team B" after "Licensing Section (Hawkers) Team B": a short reference to it)
    suffixes = {t for t in suffixes if not (" of " in t and _stands_alone(text, t, longer))}
    for name in found:
        # ("LCQ15: Work of Office for Attracting Strategic Enterprises" above "The Office for
        # Attracting Strategic Enterprises (OASES) was ...": a topic of a body named in full)
        topic = _TOPIC_OF.match(name)
        if topic is not None and topic["body"] in names and not set(topic["topic"].split()) & ORG_HEADS:
            continue  # (not "Council of the City University of Hong Kong", a body of its own)
        if name not in suffixes and name not in acronyms:
            names.setdefault(parts.get(name, name), None)
    for m in (*_KNOWN.finditer(text), *_KNOWN_SUBJECT.finditer(text)):
        if " " not in m.group() and (
            _NAME_GOES_ON.match(text, m.end()) or _POST_OF.search(text, max(0, m.start() - 16), m.start())
        ):
            continue  # "the Junior Police Call", "the Commissioner of Police": a longer name, a post
        if m.group() not in acronyms:
            names.setdefault(m.group(), None)
    for m in _CONTEXT_ORG.finditer(text):
        _, rest = split_role(m["name"])
        name = re.sub(r"['’]s?$", "", rest)
        # ("organised by the Agriculture, Fisheries and Conservation Department": the start of a
        # longer name found there)
        if any(len(n) > len(name) and text.startswith(n, m.start("name")) for n in names):
            continue
        # ("supported by the Government": the bare word names no body)
        if (
            name
            and name not in acronyms
            and not name.isupper()
            and name not in PLACES
            and name not in ORG_NEEDS_MODIFIER
        ):
            names.setdefault(name, None)
    _undefined_acronyms(text, names, acronyms)
    return names, acronyms


def _stands_alone(text: str, tail: str, longer: Sequence[str]) -> bool:
    """Whether `tail` is written somewhere not as the end of one of the `longer` names."""
    heads = [n[: -len(tail)] for n in longer if n.endswith(" " + tail)]
    for m in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text):
        if not any(text.endswith(h, 0, m.start()) for h in heads):
            return True
    return False


_CAPS_TOKEN = re.compile(r"(?<![\w&-])([A-Z]{3,}s?)(?![\w&-])")


# "The Assistant Director of Immigration (Control Branch)": a post's portfolio in brackets
_ROLE_OPEN = re.compile(rf"\b{ROLE}[ ]\($")


def _portfolio(text: str, n: Name) -> bool:
    return (
        text[n.end : n.end + 1] == ")" and _ROLE_OPEN.search(text, max(0, n.start - 100), n.start) is not None
    )


def _initials_fit(token: str, name: str) -> bool:
    """The capitals of the name's words, in order, are letters of the token ('OASES' for 'Office
    for Attracting Strategic Enterprises'; not 'HKT' for 'Hongkong Post')."""
    initials = [w[0] for w in name.split(" ") if w[:1].isupper()]
    letters = iter(token.upper())
    return bool(initials) and initials[0] == token[0] and all(c in letters for c in initials)


def _undefined_acronyms(text: str, names: dict[str, str | None], acronyms: dict[str, str]) -> None:
    """An acronym used but not defined here ("We call it OASES") belongs to the one organisation
    whose whole name it spells (Schwartz-Hearst match from the name's first word)."""
    for token in sorted(set(_CAPS_TOKEN.findall(text)) - set(acronyms)):
        spelled = [
            n
            for n, a in names.items()
            if a is None and n != token and best_long_form(token, n) == n and _initials_fit(token, n)
        ]
        if len(spelled) == 1:
            names[spelled[0]] = token
            acronyms[token] = spelled[0]


def _variants(names: dict[str, str | None]) -> dict[str, str]:
    """'Hong Kong SAR Government' -> 'Hong Kong Special Administrative Region Government': a name
    that abbreviates some words of another is the same organisation."""
    out: dict[str, str] = {}
    for short in names:
        for token in re.findall(r"\b[A-Z]{2,}\b", short):
            head, _, tail = short.partition(token)
            words = rf"((?:[A-Z][\w'-]*[ ]){{{len(token) - 1}}}[A-Z][\w'-]*)"
            pattern = re.compile(re.escape(head) + words + re.escape(tail))
            for long in names:
                m = pattern.fullmatch(long) if long != short else None
                if m and "".join(w[0] for w in m.group(1).split(" ")) == token:
                    out[short] = long
    return out


_PLACE_WORDS = PLACE_WORDS | {"SAR", "HKSAR"}
# Ways of writing "Hong Kong" inside a name: "HKSAR Government" = "Hong Kong SAR Government".
_HOME_WORDS = {"Hong", "Kong", "HK", "SAR", "HKSAR", "Special", "Administrative", "Region"}


def _core(words: list[str]) -> list[str]:
    return [w for w in words if w not in _HOME_WORDS and w not in ORG_LEGAL_FORMS]


def _alias_of(short: str, long: str) -> bool:
    """'Police' of 'Hong Kong Police Force', 'LegCo' of 'Legislative Council': the long name adds
    only places and legal forms, or the short one is written with the long one's initials."""
    s, lw = short.split(" "), long.split(" ")
    if len(s) == 1 and sum(c.isupper() for c in short) >= 2:
        initials = [w[0] for w in lw if w[:1].isupper()]
        if [c for c in short if c.isupper()] == initials:
            return True
    for i in range(len(lw) - len(s) + 1):
        if lw[i : i + len(s)] == s:
            rest = lw[:i] + lw[i + len(s) :]
            return all(w in _PLACE_WORDS or w in ORG_LEGAL_FORMS for w in rest)
    core = _core(s)
    # "Hong Kong Customs" of "Customs and Excise Department"; not of its "Customs Drug Investigation
    # Bureau", a unit of it
    unit = lw[-1] in ORG_UNIT_HEADS or lw[-1] == "Bureau"
    if len(core) == 1 and len(s) > 1 and lw[0] == core[0] and not unit and classify(long) == "ORG":
        return True
    return (bool(core) and core == _core(lw)) or _head_moved(short, long)


_HEAD_OF = re.compile(r"^(?P<head>[A-Z][a-z]+) of (?:the )?(?P<rest>.+)$")


def _head_moved(short: str, long: str) -> bool:
    """'Recycling Fund Secretariat' of 'Secretariat of the Recycling Fund'."""
    m = _HEAD_OF.match(long)
    return bool(m) and short == f"{m['rest']} {m['head']}"


def _aliases(names: dict[str, str | None]) -> dict[str, str]:
    """Short names that are another name of one longer organisation of the document."""
    out: dict[str, str] = {}
    for short, acronym in names.items():
        if acronym is not None:
            continue
        longs = sorted((long for long in names if len(long) > len(short) and _alias_of(short, long)), key=len)
        # "MTR" of "MTR Corporation" and "MTR Corporation Limited": one body written three ways
        if longs and all(_alias_of(other, longs[-1]) for other in longs[:-1]):
            out[short] = longs[-1]
    return out


_PLURAL_ACRONYM = re.compile(r"[A-Z]s$")


_TOPIC_OF = re.compile(r"(?P<topic>(?:[A-Z][a-z]+ ){1,2})of (?:the )?(?P<body>[A-Z].+)$")


def _acronym_names_org(long: str, short: str = "") -> bool:
    """A long form defined with an acronym names an organisation when its head says so, or when
    it is a title-case name with a place in it ('Invest Hong Kong') that no head marks as an
    event, programme, place or role. A plural acronym ('FPPs', 'SMEs') names a kind of thing."""
    if _PLURAL_ACRONYM.search(short) or is_country(long):
        return False  # (nor "the United Arab Emirates (UAE)": a country, not a body)
    kind = classify(long)
    if kind == "ORG" or classify(long.split(" of ")[-1]) == "ORG":
        return True
    if long in KNOWN_ORGS:
        return True
    words = long.split(" ")
    title_case = all(w[:1].isupper() or w in CONNECTORS for w in words) and len(words) >= 2
    with_place = bool(_PLACE_WORDS.intersection(words))
    # "Admission Scheme for Mainland Talents and Professionals (ASMTP)": a scheme, whatever follows
    programme = bool(set(words) & PROGRAMME_HEADS)
    return kind is None and title_case and with_place and not (set(words) & NOT_ORG_WORDS) and not programme


def organisations(text: str, entities: Entities, taken: SpanSet) -> None:
    names, acronyms = _org_names(text)
    variants = _aliases(names) | _variants(names)
    by_key: dict[str, Organisation] = {}
    # Longest names first, so "Huawei Cloud" is not also counted as "Huawei".
    forms = sorted(
        [(n, variants.get(n, n), names.get(variants.get(n, n))) for n in names]
        + [(a, full, a) for a, full in acronyms.items()],
        key=lambda f: len(f[0]),
        reverse=True,
    )
    occurrences = find_each(text, [f[0] for f in forms])
    for surface, full, acronym in forms:
        key = normalise_key("ORG", full)
        for s, e in occurrences[surface]:
            if taken.overlaps(s, e):
                continue
            taken.add(*(s, e))
            method = "name" if surface == full else "acronym" if surface == acronym else "variant"
            mention = Mention(s, e, surface, "ORG", key, method)
            entities.mentions.append(mention)
            org = by_key.get(key)
            if org is None:
                by_key[key] = Organisation(key, full, acronym, mention)
            else:
                org.n_mentions += 1
                if mention.start < org.first.start:
                    org.first = mention
    _partial_references(text, entities, taken, list(by_key.values()))
    entities.organisations.extend(sorted(by_key.values(), key=lambda o: o.first.start))


def _partial_references(text: str, entities: Entities, taken: SpanSet, orgs: list[Organisation]) -> None:
    """'the Advisory Committee' -> the one organisation whose name ends that way."""
    for n in find_names(text):
        if n.label != "ORG" or taken.overlaps(n.start, n.end):
            continue
        matches = [o for o in orgs if o.name.endswith(" " + n.text) and o.name != n.text]
        if len(matches) == 1:
            taken.add(*(n.start, n.end))
            matches[0].n_mentions += 1
            entities.mentions.append(Mention(n.start, n.end, n.text, "ORG", matches[0].key, "partial"))


# -- people ------------------------------------------------------------------------------
def _organisation_of(title: str | None, orgs: list[Organisation]) -> str | None:
    if not title:
        return None
    _, rest = split_role(title)
    if rest == title and " of " in title:  # "head coach of the Fencing Association of Hong Kong"
        rest = title.split(" of ", 1)[1].removeprefix("the ")
    elif rest == title:  # "Sham Shui Po District Council Vice-chairman"
        rest = _body_before_role(title)
    head, of, tail = rest.partition(" of ")
    if of and head.split(" ")[-1] not in ORG_HEADS:
        rest = tail.removeprefix("the ")  # "Head of Research of Tai Ping Savings Bank": the bank
    rest = strip_organ(rest)
    for org in orgs:
        if rest and (rest == org.name or rest == org.acronym):
            return org.name
    return rest if rest and classify(rest) == "ORG" else None


def _body_before_role(title: str) -> str:
    """'Kwai Tsing District Council Vice-chairman' -> 'Kwai Tsing District Council': a body's name
    (ending with its head word) written before the role."""
    words = title.split(" ")
    if words[-1] == "member" and len(words) > 1 and words[-2] in ORG_HEADS:
        return " ".join(words[:-1])  # "Sai Kung District Council member"
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1] in ORG_HEADS and split_role(" ".join(words[i:]))[0] is not None:
            return " ".join(words[:i])
    return title


def _organisation_in_title(
    text: str, entities: Entities, taken: SpanSet, org: str, pm: PersonMention
) -> None:
    """A person's organisation (`_organisation_of`) added to the organisations when named only in
    the title ('Chief Economist of Kingsway Commercial Bank Angela Sze': a name of two words or
    more ending with a body's head word)."""
    words = org.split(" ")
    key = normalise_key("ORG", org)
    if len(words) < 2 or words[-1] not in ORG_HEADS or any(o.key == key for o in entities.organisations):
        return
    if org in _TASK_COMMITTEES:
        return  # "Chairman of the Organising Committee": an event's committee, the person's title only
    s = text.find(org, max(0, pm.start - 160), pm.end + 200)
    if s < 0 or taken.overlaps(s, s + len(org)):
        return
    taken.add(s, s + len(org))
    mention = Mention(s, s + len(org), org, "ORG", key, "title")
    entities.mentions.append(mention)
    entities.organisations.append(Organisation(key, org, None, mention))


def _committees(entities: Entities) -> list[Organisation]:
    return [o for o in entities.organisations if any(h in o.name for h in COMMITTEE_HEADS)]


def _committee_before(pos: int, committees: list[Organisation]) -> str | None:
    """The last committee named before `pos` (organisations are in text order), else the first."""
    i = bisect.bisect_left([o.first.start for o in committees], pos)
    pick = committees[i - 1] if i else (committees[0] if committees else None)
    return pick.name if pick else None


def _listed_as_member(text: str, mention: PersonMention) -> bool:
    """In a sentence about members that lists at least three people by honorific."""
    start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    end = min(e for e in (text.find(". ", mention.end), text.find("\n", mention.end), len(text)) if e != -1)
    sentence = text[start:end]
    listed = len(_HONORIFIC_RUN.findall(sentence))
    return bool(re.search(r"\bmembers?\b", sentence)) and listed >= 3


def people(text: str, entities: Entities, taken: SpanSet) -> None:
    found: list[Person] = []
    by_name: dict[str, list[Person]] = {}
    by_word: dict[str, list[Person]] = {}  # "Mr Yung" -> everyone named "... Yung ..."
    # Full names first, so "Mr Lee" joins "Chief Executive John Lee" wherever each stands.
    ordered = sorted(find_people(text), key=lambda p: (" " not in p.name, p.start))
    committees = _committees(entities)
    for pm in ordered:
        if taken.overlaps(pm.start, pm.end):
            continue
        taken.add(*(pm.start, pm.end))
        words = pm.name.split(" ")
        # "Mr Yeung" joins "Mr Roderick YEUNG Tak-wing": a surname in capitals is the same word
        # ("the Hon Chow Hoi-ming's question" after "the Hon CHOW Hoi-ming": one person, either case)
        candidates = (
            by_word.get(words[0].lower(), []) if len(words) == 1 else by_name.get(pm.name.lower(), [])
        )
        if not candidates and len(words) > 1:
            # "Dato' Mohd Hafiz" after "Dato' Mohd Hafiz bin Rahmat": a run of one fuller name's words
            candidates = [p for p in found if _word_run_of(words, p.name.split(" "))]
            candidates = candidates if len(candidates) == 1 else []
        target = candidates[-1] if candidates else None
        if target is None:
            mention = Mention(
                pm.start, pm.end, pm.text, "PERSON", normalise_key("PERSON", pm.name), pm.method
            )
            org = _organisation_of(pm.title, entities.organisations)
            if org is not None:
                _organisation_in_title(text, entities, taken, org, pm)
            if org is None and pm.title is None and _listed_as_member(text, pm):
                org = _committee_before(pm.start, committees)
            target = Person(mention.key, pm.name, pm.honorific, pm.title, org, mention)
            found.append(target)
            by_name.setdefault(pm.name.lower(), []).append(target)
            # "Dr Al-Harbi" joins "Dr Khalid bin Abdullah Al-Harbi": hyphenated words whole too
            for word in {*pm.name.replace("-", " ").split(" "), *pm.name.split(" ")}:
                by_word.setdefault(word.lower(), []).append(target)
        else:
            mention = Mention(pm.start, pm.end, pm.text, "PERSON", target.key, "coref")
            target.n_mentions += 1
            target.honorific = target.honorific or pm.honorific
            target.title = target.title or pm.title
        entities.mentions.append(mention)
    _title_references(text, entities, taken, found)
    entities.people.extend(found)
    entities.organisations.sort(key=lambda o: o.first.start)  # with those named in titles


def _word_run_of(words: list[str], longer: list[str]) -> bool:
    n = len(words)
    return n < len(longer) and any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def _title_references(text: str, entities: Entities, taken: SpanSet, found: list[Person]) -> None:
    """'the Financial Secretary' -> the person the text names with that title."""
    titled = [p for p in found if p.title and len(p.title.split()) >= _TITLE_COREF_MIN_WORDS]
    occurrences = find_each(text, [str(p.title) for p in titled])
    for person in titled:
        for s, e in occurrences[str(person.title)]:
            if taken.overlaps(s, e) or not re.search(r"\b[Tt]he $", text[max(0, s - 4) : s]):
                continue
            taken.add(*(s, e))
            person.n_mentions += 1
            entities.mentions.append(Mention(s, e, text[s:e], "PERSON", person.key, "title_coref"))


def named_things(text: str, entities: Entities, taken: SpanSet, labels: tuple[str, ...]) -> None:
    for n in find_names(text):
        if n.label in labels and not taken.overlaps(n.start, n.end):
            taken.add(*(n.start, n.end))
            key = normalise_key(n.label, n.text)
            entities.mentions.append(Mention(n.start, n.end, n.text, n.label, key, "name"))


_EVENT_REFERENCE = re.compile(r"\b[Tt]he[ ](?P<head>" + "|".join(sorted(EVENT_HEADS)) + r")\b")


def event_references(text: str, entities: Entities, taken: SpanSet) -> None:
    """'the Summit' -> the one event of the document whose name ends with 'Summit'."""
    events = {m.key: m.text for m in entities.mentions if m.label == "EVENT"}
    for m in _EVENT_REFERENCE.finditer(text):
        s, e = m.span("head")
        matches = {k for k, name in events.items() if name.split(" ")[-1] == m["head"]}
        if len(matches) == 1 and taken.take(s, e):
            entities.mentions.append(Mention(s, e, m["head"], "EVENT", matches.pop(), "partial"))


def places(text: str, entities: Entities, taken: SpanSet) -> None:
    for m in _PLACES.finditer(text):
        if not taken.overlaps(*m.span()):
            taken.add(*m.span())
            key = normalise_key("GPE", m.group())
            entities.mentions.append(Mention(m.start(), m.end(), m.group(), "GPE", key, "gazetteer"))


def extract_entities(text: str) -> Entities:
    entities = Entities()
    # An event's name wins over the organisations inside it ("Huawei Cloud ... Global Summit").
    taken = SpanSet([(p.start, p.end) for p in find_people(text)])
    named_things(text, entities, taken, ("EVENT",))
    organisations(text, entities, taken)
    taken = SpanSet([(m.start, m.end) for m in entities.mentions])
    people(text, entities, taken)
    named_things(text, entities, taken, ("PROGRAMME",))
    event_references(text, entities, taken)
    places(text, entities, taken)
    entities.mentions.sort(key=lambda m: (m.start, m.end))
    return entities
