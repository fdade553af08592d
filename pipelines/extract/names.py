"""Spans of capitalised names, and what kind of thing each names (organisation, event, programme).

Rules from how releases name things: runs of capitalised words joined by "of", "for", "and",
"on", "the"; the head word says the kind ("... Bureau", "Office for ...", "... Summit").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from pipelines.extract.alternation import alternation
from pipelines.extract.gazetteer import (
    COMMITTEE_HEADS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    EVENT_HEADS,
    EXCHANGE_KINDS,
    KNOWN_ORGS,
    LAW_COURT_WORDS,
    MONTHS_DAYS,
    NOT_ORG_SERVICE_MODIFIERS,
    NOT_ORG_UNIT_MODIFIERS,
    ORG_COMPOUND_HEADS,
    ORG_HEAD_MIN_WORDS,
    ORG_HEADS,
    ORG_IN_PLACE_HEADS,
    ORG_LEADING_HEADS,
    ORG_LEADING_UNIT_HEADS,
    ORG_NEEDS_MODIFIER,
    ORG_UNIT_HEADS,
    PERSON_ROLE_HEADS,
    PLACE_WORDS,
    PLACES,
    PLURAL_POSSESSORS,
    PROGRAMME_HEADS,
    ROLE_HEADS,
    SENTENCE_STARTERS,
)

_CAP = r"(?:[A-Z][\w'’&\-]*|&)"
# "Teatro do Vento", "Casa de Macau": particles of names in other languages
# ("Subcommittee on Matters Relating to Railways", "Prevention of Cruelty to Animals": "to" after
# the words that take it inside a body's name; "the Assistance to Hong Kong Residents Unit")
_CONN = (
    r"(?:of|for|and|on|the|&|de|do|da|dos|das|du|des|del|della|di|la|le|van|von"
    r"|(?<=Relating[ ])to|(?<=Related[ ])to|(?<=Cruelty[ ])to|(?<=Assistance[ ])to)"
)
# A bracketed qualifier inside a name: "Compensation Division (Operations) Team E".
_QUALIFIER = r"\((?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*|\d{4})\)"
# ("the Organising Committee of the 3rd Hong Kong Games": an edition's ordinal inside a name)
_ORDINAL_WORD = r"\d{1,3}(?:st|nd|rd|th)"
_ORDINAL = rf"(?<=the[ ]){_ORDINAL_WORD}(?=[ ][A-Z])"
CAP_RUN = re.compile(rf"{_CAP}(?:[ ](?:{_CONN}[ ])*(?:(?<=[a-z][ ]){_QUALIFIER}[ ])?(?:{_CAP}|{_ORDINAL}))*")
# "Dean of Music of the Hong Kong Academy for Performing Arts": a post of the body, not the body
_ROLES = alternation(ROLE_HEADS + PERSON_ROLE_HEADS)
# ("Senior Superintendent of Customs (Marine Enforcement)": a grade before a role head)
_ROLE_START = re.compile(rf"^(?:(?:Senior|Assistant|Principal|Chief)[ ])?(?:{_ROLES})\b")
# "Centre Supervisor", "Centre Manager": a role whose modifier is a body's head word.
_ROLE_END = re.compile(rf"^[A-Z][\w-]*[ ](?:{_ROLES})$")
_PLACES = set(PLACES)
# "Board of Directors of the X Company Limited": the organisation is the company.
_ORGAN_OF = re.compile(
    r"^(?:Board|Council|Court|Committee)[ ]of[ ](?:Directors|Governors|Trustees|Management|Stewards)"
    r"(?:[ ]of(?:[ ]the)?[ ]|$)|^Board[ ]of[ ]the[ ]"
    # "the Council of Lion Rock University": the university's governing body, the university
    r"|^(?:Council|Court|Senate)[ ]of[ ](?:the[ ])?(?=(?:[A-Z][\w'’&\-]*[ ]){0,5}(?:University|College)\b)"
    # "the Main Board of The Stock Exchange of Hong Kong Limited": a market of the exchange
    r"|^(?:Main[ ]Board|GEM)[ ]of[ ](?:[Tt]he[ ])?"
)
# "... Office in the Hong Kong Special Administrative Region", "Consulate General of X in Hong Kong".
_IN_PLACE = re.compile(
    r"[ ]in[ ](?:the[ ])?(?!(?:" + "|".join(calendar.month_name[1:] + list(calendar.day_name)) + r")\b)"
    r"[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*)*"
)
_AND_CONNECTOR = re.compile(r" and (?:the|of(?: the)?|for|on) ")
_AND = re.compile(r" and ")
_LIST_BEFORE = re.compile(r"(?<![\w,’'-])(?:[A-Z][a-z]+, )+$")
_ORGAN_WORDS = ("Board ", "Council ", "Court ", "Committee ", "Main Board ", "GEM ")
# Two words that end an organisation's name, where "Centre" alone may be a venue or a programme.
_ORG_HEAD_WORDS = ("Medical", "Coordination", "Command", "Operations", "Research", "Monitoring",
                   "Surveillance", "Control", "Traffic", "Intelligence", "Response", "Call", "Investigation",
                   # "the Hong Kong Generative AI Research and Development Center", "the Logistics and
                   # Supply Chain MultiTech R&D Centre", "the Hong Kong Design Centre"
                   "Development", "R&D", "Design",
                   # agencies a weather or earthquake release quotes: "the China Earthquake Networks
                   # Center", "the Joint Typhoon Warning Center", "the National Meteorological Centre"
                   "Networks", "Warning", "Forecasting", "Meteorological", "Climate",
                   "Satellite",
                   # bodies named for the service they give: "the Castle Peak Bay Immigration Centre",
                   # "the Hong Kong Productivity Centre", "the Tsz Wan Youth Career Centre"
                   "Immigration", "Productivity", "Career")  # fmt: skip
# ("Traffic Branch Headquarters": a police formation; "Police Headquarters" is a building)
_ORG_PAIRS = (*(f"{w} {c}" for w in _ORG_HEAD_WORDS for c in ("Centre", "Center")), "Branch Headquarters")
_POSSESSIVE = re.compile(r"['’]s? (?=[A-Z])")
# Bodies named for a subject with "on" ("Advisory Committee on ..."); "each A&E Department on the
# HA app" names none.
_ON_HEADS = frozenset(
    {"Committee", "Subcommittee", "Sub-committee", "Sub-Committee", "Council", "Commission", "Panel",
     "Board", "Force", "Group"}
)  # fmt: skip
# "the Silver Harbour Carers Network, a non-governmental organisation that ...": said to be one
_ORG_APPOSITIVE = re.compile(
    r",[ ](?:a|an)[ ](?:[a-z][\w\-]*[ ]){0,3}?(?:organisation|organization|charity|NGO|association|"
    r"society|foundation|company|firm|social\s+enterprise|statutory\s+body|public\s+body)(?![\w\-])"
)
_ON_THE_GOVERNMENTS = re.compile(r"[ ]on[ ]the[ ](?:Government|Administration)['’]s?$")
_ID = re.compile(r"^(?:[A-Z]|[IVX]+)$")  # "Team E", "Unit II"


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    label: str  # ORG | EVENT | PROGRAMME | ROLE


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop sentence starters and dangling connectors at either end."""
    words = text.split(" ")
    while words and (words[0] in SENTENCE_STARTERS or words[0] in CONNECTORS):
        start += len(words[0]) + 1
        words.pop(0)
    if len(words) >= 3 and words[-2] in ("on", "of") and words[-1] in MONTHS_DAYS:
        words = words[:-2]  # "the X Hospital on December 4"
    while words and (words[-1] in CONNECTORS or words[-1].endswith(".")):
        if words[-1].endswith(".") and words[-1] not in CONNECTORS:
            words[-1] = words[-1].rstrip(".")
            break
        words.pop()
    return " ".join(words), start


def _strip_possessive(text: str) -> str:
    if text.endswith(("'", "’")):
        return text[:-1]
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _org_head_at_end(words: list[str]) -> bool:
    """'... Bureau', 'Division (Operations) Team E': the last word, or the one before an identifier."""
    if len(words) >= 2 and _ID.match(words[-1]) and words[-2] in ORG_HEADS:
        return len(words) >= 3  # (not "Residential (Group A)": a zoning's class, no body)
    last = _strip_possessive(words[-1])
    if last == "Exchange" and len(words) >= 2 and words[-2] in EXCHANGE_KINDS:
        return True
    if last not in ORG_HEADS or (len(words) == 1 and last in ORG_NEEDS_MODIFIER):
        return False
    if last == "Team" and " ".join(words[:-1]) in _PLACES:  # "the Hong Kong Team" of athletes
        return False
    if len(words) < ORG_HEAD_MIN_WORDS.get(last, 0):
        return False
    if last in ("Service", "Services") and NOT_ORG_SERVICE_MODIFIERS.intersection(words):
        return False
    return not (last == "Unit" and len(words) >= 2 and words[-2] in NOT_ORG_UNIT_MODIFIERS)


def _org_head_at_end_or_pair(words: list[str]) -> bool:
    return _org_head_at_end(words) or (len(words) >= 3 and " ".join(words[-2:]) in _ORG_PAIRS)


def _head_first(words: list[str]) -> list[str]:
    """The words with a two-word leading head as one: 'Consulate General', 'Incorporated Owners'."""
    if words[:2] == ["Consulate", "General"]:
        return ["Consulate", *words[2:]]
    if " ".join(words[:2]) in ORG_LEADING_HEADS:
        return [" ".join(words[:2]), *words[2:]]
    return words


def _leading_head(words: list[str]) -> bool:
    """'Office for ...', 'Secretariat of ...', 'Consulate General of ...', 'Incorporated Owners of ...'."""
    words = _head_first(words)
    return words[0] in ORG_LEADING_HEADS and len(words) >= 3 and words[1] in CONNECTORS


def _capital_after(words: list[str], i: int) -> bool:
    if words[i] == "the":
        i += 1
        if i < len(words) and re.fullmatch(_ORDINAL_WORD, words[i]):
            i += 1  # "the 3rd Hong Kong Games"
    return i < len(words) and words[i][0].isupper()


def _inner_head(words: list[str]) -> bool:
    """'Chinese University of Hong Kong', 'Advisory Committee on ...', 'Academy for ...'."""
    return any(
        (words[i] in ORG_HEADS or words[i] in ("Centre", "Center"))  # "Support ... Centre for SMEs"
        and (
            words[i + 1] in ("of", "for")
            or (words[i + 1] == "on" and words[i] in _ON_HEADS)
            # "Action Committee Against Narcotics", "Independent Commission Against Corruption"
            or (words[i + 1] == "Against" and words[i] in _ON_HEADS)
        )
        and _capital_after(words, i + 2)
        for i in range(1, len(words) - 2)
    )


_OWN_BOARD = re.compile(r"[A-Z]{2,6}[ ]Board")
_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor)(?:['’]s)?[ ]of[ ]")
# "Organising Committee for the Hong Kong Youth Summit" (not "... Council of Hong Kong Annual Dinner")
_FOR_THE_EVENT = re.compile(r"^[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:for|of) the (?:\d+(?:st|nd|rd|th) )?[A-Z]")


def classify(text: str) -> str | None:
    if _DEGREE.match(text):
        return None  # "a Master of Business Administration degree": a degree, no body
    if _OWN_BOARD.fullmatch(text):
        return None  # "the HA Board": the governing board of the body its acronym names
    text = _QUALIFIER_END.sub("", text)  # "Appeal Tribunal Panel (Buildings)": as its body
    if " in " in text:  # "Consulate General of Japan in Hong Kong": the part before the place
        text = text.rsplit(" in ", 1)[0]
    words = text.split(" ")
    last = _strip_possessive(words[-1])
    # ("Hong Kong Awards for Industries Steering Committee": the committee of an award is a body)
    awarding = last in COMMITTEE_HEADS and len(words) >= 3
    for joint in (" of ", " for ", " on "):  # "Hong Kong Awards for Environmental Excellence"
        if joint in text and text.split(joint)[0].split(" ")[-1] in EVENT_HEADS and not awarding:
            return "EVENT"
    if last == "Court" and len(words) >= 2 and words[-2] not in LAW_COURT_WORDS and not _leading_head(words):
        return None  # "Chun Hei Court": a housing court, not a law court (its owners' body is one)
    if len(words) >= 2 and " ".join(words[-2:]) in ("Policy Address", "Legislative Council"):
        return "PROGRAMME" if words[-1] == "Address" else "ORG"
    if len(words) >= 3 and " ".join(words[-2:]) in _ORG_PAIRS:
        return "ORG"  # "Caritas Medical Centre": a hospital, not a facility or programme
    if words == ["District", "Council"]:
        return None  # "a breakdown by District Council district": a kind, not a named council
    if _org_head_at_end(words) or _leading_head(words):
        return "ORG"
    # "Advisory Committee on the Recycling Fund", "Organising Committee for the Hong Kong Youth
    # Summit": a body named for a fund or an event
    if _inner_head(words) and (last not in EVENT_HEADS or _FOR_THE_EVENT.search(text)):
        return "ORG"
    if last in EVENT_HEADS and len(words) > 1:
        return "EVENT"
    if last in PROGRAMME_HEADS and len(words) > 1:
        return "PROGRAMME"
    # "Airport Authority Hong Kong": an organisation head followed by a place.
    for i, w in enumerate(words[:-1]):
        if w in ORG_HEADS and " ".join(words[i + 1 :]) in _PLACES and i >= 1:
            return "ORG"
    return None


# "the Financial Secretary's Office", "the Chief Executive's Office": the office of a role is a body
_ROLE_OFFICE_NAME = r"[A-Z][\w-]*(?:[ ](?:for[ ])?[A-Z][\w-]*){0,4}['’]s[ ](?:Private[ ])?Office"
_ROLE_OFFICE = re.compile(rf"^{_ROLE_OFFICE_NAME}$")


def split_role(text: str) -> tuple[str | None, str]:
    """'Director-General of the Office for X' -> ('Director-General of the', 'Office for X')."""
    if not _ROLE_START.match(text) or _ROLE_OFFICE.match(text):
        return None, text
    m = re.search(r"\b(?:of|at|in)\s+(?:the\s+)?(?=[A-Z])", text)
    if not m:
        return text, ""
    return text[: m.start()].strip(), text[m.end() :]


def strip_organ(text: str) -> str:
    """'Board of Directors of the X Company Limited' -> 'X Company Limited'."""
    m = _ORGAN_OF.match(text) if text.startswith(_ORGAN_WORDS) else None
    return text[m.end() :] if m else text


def _pieces(run: str, start: int) -> Iterator[tuple[str, int]]:
    """Split 'the Government and the Airport Authority' and 'Team E of Labour Department'."""
    pos = 0
    for m in [*_AND_CONNECTOR.finditer(run), None]:
        part, part_start = run[pos : m.start() if m else len(run)], start + pos
        for named, named_start in _and_split(part, part_start):
            for piece, piece_start in _possessive_split(named, named_start):
                yield from _of_split(piece, piece_start)
        pos = m.end() if m else pos


def _and_split(part: str, start: int) -> Iterator[tuple[str, int]]:
    """'Transport Department and Highways Department' -> both; not 'Customs and Excise Department'."""
    pos = 0
    for m in _AND.finditer(part):
        words = part[pos : m.start()].split(" ")
        after = part[m.end() :].split(" ")
        # "set up by TPUT and Harbourfront University": an acronym, then another body
        acronym = len(words) == 1 and len(words[0]) >= 3 and words[0].isupper() and len(after) >= 2
        # "Police and Customs mount a joint operation": a body known by one word, then another
        known = len(words) == 1 and words[0] in KNOWN_ORGS and bool(after[0])
        if (
            known
            or (acronym and _org_head_at_end_or_pair(after))
            or (len(words) >= 2 and words[-1] not in ORG_COMPOUND_HEADS and _org_head_at_end_or_pair(words))
            # "at Stanley Prison and Lo Wu Correctional Institution": a prison, then a body
            or (len(words) >= 2 and words[-1] == "Prison")
        ):
            yield part[pos : m.start()], start + pos
            pos = m.end()
    yield part[pos:], start + pos


_OFFICE_TAIL = re.compile(r"(?:Private[ ])?Office")
_OF_ROLE_OFFICE = re.compile(rf"(?<=\S)[ ]of[ ](?:the[ ])?(?P<office>{_ROLE_OFFICE_NAME})$")


def _possessive_split(part: str, start: int) -> Iterator[tuple[str, int]]:
    """'the Health Bureau's Primary Care Directory' -> 'the Health Bureau', 'Primary Care Directory'."""
    offset = 0
    if "'" not in part and "’" not in part:
        yield part, start
        return
    for m in _POSSESSIVE.finditer(part):
        owner = part[offset : m.start()]
        words = _trim(owner, 0)[0].split(" ")
        # ("... of the Financial Secretary's Office": a role's office is one name)
        if _owner_apart(words, m.group()) and not _OFFICE_TAIL.fullmatch(part, m.end()):
            yield owner, start + offset
            offset = m.end()
    yield part[offset:], start + offset


def _owner_apart(words: list[str], possessive: str) -> bool:
    """'the Health Bureau's', "the Department of Health's", "the EPD's" (an acronym); or a place's
    ("the Mainland's General Administration of Customs", "Singapore's Ministry of ..."): an
    owner that is not part of the body's name."""
    if possessive[1:2] == "s" and " ".join(words) in _PLACES:
        return True
    if len(words) == 1:
        # ("the Council's Research and Testing Division": a body's head word standing for it,
        # not "Women's Commission")
        return (words[0].isupper() and len(words[0]) >= 2) or words[0] in ORG_HEADS
    if _org_head_at_end(words):
        return True
    return possessive[1:2] == "s" and words[-1] not in PLURAL_POSSESSORS and _leading_head(words)


def _without_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def _unit_head(words: list[str]) -> bool:
    return (
        words[-1] in ORG_UNIT_HEADS
        or (len(words) >= 2 and words[-2] in ORG_UNIT_HEADS)
        or (len(words) >= 3 and words[0] in ORG_LEADING_UNIT_HEADS and words[1] in ("on", "for"))
    )


def _of_split(part: str, start: int) -> Iterator[tuple[str, int]]:
    """'Members of the X Council' -> the council; 'X Branch of the Y Department' -> both;
    'Liaison Office of the Y Government' and 'Office of the Z' -> one name."""
    office = _OF_ROLE_OFFICE.search(part)
    if office:
        # "Office of the Government Economist of the Financial Secretary's Office": the office, and
        # the office of the role it belongs to
        yield from _of_split(part[: office.start()], start)
        yield office["office"], start + office.start("office")
        return
    left, sep, right = part.partition(" of ")
    right_start = start + len(left) + len(sep)
    if sep and _ROLE_END.match(left) and classify(left) != "ORG":
        # "Centre Supervisor of the Bright Path Children's Association": the body after the role
        bare = _without_the(right)
        yield from _of_split(bare, right_start + len(right) - len(bare))
        return
    if sep and _ROLE_START.match(left):
        # "Head of the Communicable Disease Branch of the CHP": the bodies after the role.
        role, rest = split_role(part)
        if role is not None and rest and " of " in rest:
            yield from _of_split(rest, start + len(part) - len(rest))
            return
    lead = left.split(" ")
    unit_named_for = len(lead) >= 3 and lead[0] in ORG_LEADING_UNIT_HEADS and lead[1] in ("on", "for")
    inner_left, inner_sep, inner_right = right.partition(" of ")
    if sep and inner_sep and left in _ACADEMIC_UNITS and _is_institution(_without_the(inner_right)):
        # "Department of Neurology of X Hospital", "Department of Electronic and Computer
        # Engineering of HKUST": the department, and the hospital or university it is part of
        bare = _without_the(inner_right)
        yield f"{left}{sep}{inner_left}", start
        yield bare, start + len(part) - len(bare)
        return
    if (
        not sep
        or (_head_first(lead)[0] in ORG_LEADING_HEADS and not unit_named_for)
        or _ROLE_START.match(left)
    ):
        yield part, start
        return
    owned = _OWNED_UNIT.fullmatch(right)
    if owned and " " in left and left.endswith(_UNIT_HEADS) and owned["unit"].endswith(_UNIT_HEADS):
        # "Territorial Control Office of the EPD's Environmental Compliance Division": the office,
        # and the division of the body the acronym names, each a body of its own
        yield left, start
        yield owned["unit"], right_start + owned.start("unit")
        return
    right_kind = "ORG" if _without_the(right) in KNOWN_ORGS else classify(_without_the(right))
    # a sentence's first word is no part of the name's head: "The Prince of Wales Hospital"
    head = left[4:] if left.startswith("The ") else left
    left_kind = classify(left)
    # "X Investigation Bureau of Customs", "Narcotics Bureau of Police": a part of a force named
    # by its head alone (not "General Administration of Customs").
    if left_kind == "ORG" and right in ORG_HEADS and left.endswith(_PART_HEADS):
        yield left, start
        return
    if right_kind == "ORG" and right in ORG_HEADS and right.endswith("ts"):
        right_kind = None  # "Hong Kong Institute of Architects": a firm's head word alone is the tail
    # ("Special Duties Unit of LandsD": a department's acronym, in capitals or mixed case)
    if right_kind != "ORG" and not (_ACRONYM.fullmatch(_without_the(right)) and left_kind == "ORG"):
        yield part, start
        return
    if _part_of_department(left, right):
        yield left, start
        yield right, right_start
    elif left_kind in ("EVENT", "PROGRAMME"):
        # "Youth Employment and Training Programme of the Labour Department": the department runs
        # the programme; the programme is no body
        bare = _without_the(right)
        yield from _of_split(bare, right_start + len(right) - len(bare))
    elif left_kind == "ORG" and (_unit_head(left.split(" ")) or " " not in _without_the(right)):
        yield left, start
        yield right, right_start
    elif left_kind == "ORG" or right_kind != "ORG" or _eponym(head, right) or _subject_of_body(head, right):
        yield part, start
    else:
        bare = _without_the(right)
        yield from _of_split(bare, right_start + len(right) - len(bare))


_ACRONYM = re.compile(r"[A-Z][A-Z&]+|[A-Z][a-z]*[A-Z][A-Za-z&]*")
_PART_HEADS = (" Bureau", " Branch", " Division", " Section", " Unit", " Team", " Command")
_UNIT_HEADS = (*_PART_HEADS, " Office")
# "the EPD's Environmental Compliance Division": a unit of the body an acronym names
_OWNED_UNIT = re.compile(
    r"(?:the )?[A-Z][A-Za-z&]*[A-Z]['’]s (?P<unit>[A-Z][\w'’&-]*(?: [A-Z(][\w'’&()-]*)*)"
)
_ACADEMIC_UNITS = frozenset({"Department", "School", "Faculty", "Division"})
_INSTITUTIONS = (" Hospital", " University", " Institute", " College")


def _is_institution(name: str) -> bool:
    """A hospital or university, by its head or as an acronym ('HKUST')."""
    return name.endswith(_INSTITUTIONS) or (name.isupper() and name.isalpha() and len(name) >= 3)


def _part_of_department(left: str, right: str) -> bool:
    """'Narcotics Bureau of the Hong Kong Police Force', 'Stamp Office of the Inland Revenue
    Department', 'Vessel Traffic Centre of the Marine Department': a bureau, office or unit of a
    force or department is a body of its own in it (not 'Liaison Office of the Central People's
    Government')."""
    heads = (" Bureau", " Office", " Commission", " Registry", " Service", *(f" {h}" for h in ORG_UNIT_HEADS))
    # ("Tourism Commission of the Commerce and Economic Development Bureau": a policy bureau's)
    # ("Hong Kong Cancer Registry of the Hospital Authority", "Tuberculosis and Chest Service of the
    # Department of Health": a statutory body's or a department's unit)
    if (
        " " in left
        and left.endswith(heads)
        and (
            right.endswith((" Force", " Department", " Bureau", " Authority"))
            or right.removeprefix("the ").startswith("Department of ")
        )
    ):
        return True
    # "Accident and Emergency Department of Queen Elizabeth Hospital": a hospital's department
    # (a committee of the Legislative Council stays one name: the labels split on it)
    return " " in left and left.endswith((*heads, " Department")) and right.endswith(_INSTITUTIONS)


_ACTION = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|al|ing|ure|ship)$")


def _subject_of_body(left: str, right: str) -> bool:
    """'Prevention of Legionnaires' Disease Committee': a committee named for what it does, one
    action noun 'of' a subject (not 'Relocation of the X Team')."""
    words = right.split(" ")
    return (
        " " not in left
        and bool(_ACTION.search(left))
        and words[0] != "the"
        and words[-1] in _ON_HEADS
        and not _ROLE_START.match(right)  # "Appointment of Chairman of X Council": a post
    )


def _eponym(left: str, right: str) -> bool:
    """'Prince of Wales Hospital', 'Duchess of Kent Children's Hospital': one title-case word
    'of' a name with no article names the body after someone; 'Members of the X Council',
    'Staff of X' name people of the body."""
    return (
        " " not in left
        and not right.startswith("the ")
        and not (left.endswith("s") and not left.endswith("ss"))  # "Duchess", not "Members"
        and not _ACTION.search(left)  # "Relocation of X Team": a thing done to the body
        and not re.match(r"[A-Z][\w\-]*['’]", right)  # "... of Employees' Compensation Division"
        and left not in SENTENCE_STARTERS
        and left != "Staff"
    )


def _with_place(text: str, run: str, end: int) -> str:
    """The run, with ' in <Place>' after it when it names a body by where it sits."""
    if text[end : end + 4] != " in " or not ORG_IN_PLACE_HEADS.intersection(run.split(" ")):
        return run
    m = _IN_PLACE.match(text, end)
    return run + m.group() if m else run


# ("Working Group on Ageing in Place", "Council on Professional Conduct in Education": not "the
# Council on Poverty in March", "the Committee on Research in Hong Kong")
_SUBJECT_IN = re.compile(
    r"[ ]in[ ](?!(?:the|" + "|".join(calendar.month_name[1:] + list(calendar.day_name)) + r")\b)"
    r"(?P<subject>[A-Z][\w'’\-]*(?:[ ](?:and[ ])?[A-Z][\w'’\-]*)*)"
)


def _with_subject_in(text: str, run: str, end: int) -> str:
    """The run, with ' in <Subject>' after it when it names a body for a subject ('... on X')."""
    if text[end : end + 4] != " in ":
        return run
    words = run.split(" ")
    if not any(w in _ON_HEADS and nxt in ("on", "for") for w, nxt in pairwise(words)):
        return run
    m = _SUBJECT_IN.match(text, end)
    if m is None or m["subject"].split(" ")[0] in PLACE_WORDS:
        return run
    return run + m.group()


def _with_list(text: str, run: str, start: int) -> tuple[str, int]:
    """'Culture, Sports and Tourism Bureau': single words listed before 'X and Y <head>'."""
    if text[start - 2 : start] != ", " or " and " not in run or run.split(" ")[1] != "and":
        return run, start
    m = _LIST_BEFORE.search(text, max(0, start - 80), start)
    # "Science, Technology and Innovation Commission of Shenzhen Municipality": the head before "of"
    if not m or not _org_head_at_end(run.split(" of ")[0].split(" ")):
        return run, start
    words = m.group().split(", ")[:-1]
    before = text[max(0, m.start() - 20) : m.start()].rstrip().split(" ")[-1]
    if before[:1].isupper() and before not in SENTENCE_STARTERS:  # "Kowloon City, Sports and ..."
        return run, start
    if any(w in SENTENCE_STARTERS or w in _PLACES for w in words):
        return run, start
    return text[m.start() : start] + run, m.start()


# "Committee on Innovation, Technology and Re-industrialisation", "Panel on Home Affairs, Culture
# and Sports": a body named for a list, which the capitalised run stopped at the first comma of.
_HEAD_ON_ONE_WORD = re.compile(
    r"\b(?:Committee|Subcommittee|Council|Commission|Panel|Board|Bureau|Office|Force)[ ](?:on|for)[ ]"
    r"[A-Z][\w’'\-]*(?:[ ][A-Z][\w’'\-]*)?$"
)
_LIST_AFTER = re.compile(r"(?:,[ ][A-Z][\w’'\-]*)*,?[ ]and[ ][A-Z][\w’'\-]*")


def _with_list_after(text: str, run: str, end: int) -> str:
    if not _HEAD_ON_ONE_WORD.search(run):
        return run
    m = _LIST_AFTER.match(text, end)
    return run + m.group() if m and text.startswith(",", end) else run


# "Appeal Tribunal Panel (Buildings)", "Board of Review (Inland Revenue Ordinance)": a bracketed
# qualifier in title case that ends a body's name (not its acronym, nor one of its own words).
_QUALIFIER_AFTER = re.compile(r"[ ]\((?P<words>[A-Z][a-z]+(?:[ ](?:of[ ]|and[ ])?[A-Z][a-z]+){0,3})\)")
_QUALIFIER_END = re.compile(r"[ ]\([A-Z][a-z]+(?:[ ](?:of[ ]|and[ ])?[A-Z][a-z]+){0,3}\)$")


_COMPANY_ENDS = tuple(f" {suffix}" for suffix in COMPANY_SUFFIXES)


def _with_qualifier(text: str, run: str, end: int) -> str:
    m = _QUALIFIER_AFTER.match(text, end)
    if not m or classify(run) != "ORG" or m["words"] in _PLACES:
        return run
    if _ROLE_START.match(run.removeprefix("The ")):
        return run  # "Assistant Commissioner of Police (Traffic)": the post's qualifier
    if set(m["words"].split(" ")) & set(run.split(" ")):
        return run  # "Hong Kong Cyberport Management Company Limited (Cyberport)": a short form
    if run.endswith(_COMPANY_ENDS):
        return run  # "Hong Kong and China Gas Company Limited (Towngas)": the company's short name
    return run + m.group()


# "Pengcheng Biochip Technology Co., Ltd.": a company's suffix written with points and a comma
_CO_LTD = re.compile(r"\.,?[ ]Ltd\b\.?")


def _with_company_suffix(text: str, run: str, end: int) -> str:
    m = _CO_LTD.match(text, end) if run.endswith(" Co") else None
    return run + m.group() if m else run


# an honorific after a capitalised word (not "... College and Ms Grace Lo", a list the pieces split)
_STYLE_INSIDE = re.compile(r"(?<=[\w'’])[ ](?:Mr|Mrs|Ms|Miss|Madam|Dr|Professor|Prof|Ir)[ ][A-Z]")


def find_names(text: str) -> Iterator[Name]:
    """Organisation, event and programme names written as capitalised runs."""
    for m in CAP_RUN.finditer(text):
        if " " not in m.group():  # one word: no list, place or pieces to look for
            name = _name(m.group(), m.start())
            if name:
                yield name
            continue
        # "Chairman of the Employers' Federation of Hong Kong Mr Siu Ka-ming": a speech's salutation
        # runs a body's name into the next person's; each part is read on its own
        group = m.group()
        cuts = [
            c.start()
            for c in _STYLE_INSIDE.finditer(group)
            if group[group.rfind(" ", 0, c.start()) + 1].isupper()
        ]
        for a, b in zip([0, *(c + 1 for c in cuts)], [*cuts, len(group)], strict=True):
            yield from _run_names(text, group[a:b], m.start() + a)


def _run_names(text: str, group: str, start: int) -> Iterator[Name]:
    """The names in one capitalised run at `start`."""
    end = start + len(group)
    run, run_start = _with_list(text, group, start)
    run = _with_list_after(text, run, end)
    run = _with_place(text, run, run_start + len(run))
    run = _with_subject_in(text, run, run_start + len(run))
    run = _with_qualifier(text, run, run_start + len(run))
    run = _with_company_suffix(text, run, run_start + len(run))
    cut = _ON_THE_GOVERNMENTS.search(run)
    if cut:  # "consult the Elderly Commission on the Government's plan": not its subject
        run = run[: cut.start()]
    if run.endswith(" of Hong Kong") and text.startswith(", China", end):
        run += ", China"  # sports bodies: "Rowing Association of Hong Kong, China"
    for piece, piece_start in _pieces(run, run_start):
        name = _name(piece, piece_start)
        if name is None and _ORG_APPOSITIVE.match(text, piece_start + len(piece)):
            name = _name(piece, piece_start, "ORG")
        if name:
            yield name


def _name(run: str, run_start: int, label: str | None = None) -> Name | None:
    """The name in a run, classified (`label`: what the text around it says it is)."""
    raw, start = _trim(run, run_start)
    if not raw or (" " not in raw and raw.isupper()):
        return None
    role, rest = split_role(raw)
    if role is not None:
        if not rest:
            return None
        start += len(raw) - len(rest)
        raw = rest
    # "the Chairman of the HA's Strategic Planning Committee": the committee, not its owner
    owner = _POSSESSIVE.search(raw)
    if owner and _owner_apart(raw[: owner.start()].split(" "), owner.group()):
        start += owner.end()
        raw = raw[owner.end() :]
    rest = strip_organ(raw)
    if rest != raw:
        if not rest:
            return None
        start += len(raw) - len(rest)
        raw = rest
    raw = _strip_possessive(raw) if raw.endswith(("'s", "’s")) else raw
    label = classify(raw) or (label if " " in raw else None)
    return Name(start, start + len(raw), raw, label) if label else None
