"""A person's title as the release writes it around the name.

- In apposition before: "The Secretary for Transport and Logistics, Mr Lam Sai-hung, said",
  "InvestHK's Director-General of Investment Promotion, Mr Stephen Phillips",
  "Simon (Chairman of the Board of Directors of X, Mr Simon Chan)".
- Before the name with no comma: "Secretary for Home and Youth Affairs Alice Mak",
  "Cyberport Chairman Simon Chan", "film director Ann Hui".
- In apposition after: "Mr Chan Siu-ming, Director of Home Affairs, said", or in brackets in a
  speech's salutation: "Mr Chan Siu-ming (President of the X Society)".
- Appointments: "Mr Chan has been appointed as Chairman of X", "appointed Mr Chan as the
  Chairman of X", "Mr Chan will succeed Mr Wong as the Vice-Chairman".
"""

from __future__ import annotations

import re

from pipelines.extract.alternation import alternation
from pipelines.extract.gazetteer import (
    MONTHS_DAYS,
    OCCUPATION_MODIFIERS,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_ROLE_HEADS,
    PRENOMINAL_ROLES,
    ROLE_HEADS,
    SENTENCE_STARTERS,
)
from pipelines.extract.person_names import given_names, stop_words

_HEAD = rf"(?:{alternation(ROLE_HEADS + PERSON_ROLE_HEADS)})\b"
# A role is written in title case: capitalised words joined by of/for/and/the/on/in/&.
# "... Promotion at InvestHK", "C&ED", "Ambassador to China"
# "Chief Engineer/Mainland North": a post and its region, joined by a slash
# ("Chief Executive Officer of the 2009 East Asian Games (Hong Kong) Limited": a year in a name)
_ROLE_WORD = (
    r"(?:[A-Z][\w'’\-&]*(?:/[A-Z][\w'’\-&]*)?|of|for|and|the|on|in|at|to|&"
    r"|(?<=the[ ])(?:19|20)\d\d(?=[ ][A-Z])"
    # ("Chairman of the Organising Committee of the 3rd Hong Kong Games": an edition's ordinal)
    r"|(?<=the[ ])\d{1,3}(?:st|nd|rd|th)(?=[ ][A-Z]))"
)
ROLE = (
    # ("Consultant-in-charge (Dental Service)", "Officer-in-charge", "Chairman-elect")
    rf"(?:Co-)?{_HEAD}(?:-in-charge|-elect|-designate)?(?:/[A-Z][\w'’\-&]*)?(?:[ ]{_ROLE_WORD})*"
    rf"(?:,[ ](?!(?:Mr|Ms|Mrs|Miss|Dr|Professor|Sir)[ ])[A-Z][\w'’\-]*(?:[ ]{_ROLE_WORD})*)?"
)
# An acronym or a portfolio in brackets: "(EPD)", "Assistant Director (Water Policy)", two of them:
# "Consultant (Community Medicine) (Risk Assessment and Communication)".
# ("Permanent Secretary for Commerce and Economic Development (Commerce, Industry and Tourism)")
_BRACKET = r"(?:[ ]\([A-Z][\w&'’\-]*(?:,?[ ](?:[A-Z][\w&'’\-]*|and|of|&))*\)){0,2}"
_ACRONYM_IN_ROLE = re.compile(r"\s*\([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*(?:[ ]Ltd\.?)?\)")  # "(EAG Ltd)" too
# "Chief Manager (Patient Safety and Risk Management) of the Hospital Authority": words after a
# bracketed portfolio.
_BRACKET_ON = (
    # ("Assistant Director (Operations) 1 of the FEHD": a numbered post, then its body)
    rf"{_BRACKET}(?:(?<=\))(?:[ ]{_ROLE_WORD})+)?(?:(?<=\))[ ](?:\d|[IVX]{{1,3}})\b(?:[ ]{_ROLE_WORD})*)?"
    # "Deputy Director of Housing (Development and Construction) of the Housing Department (HD)"
    r"(?:(?<=[a-z])[ ]\([A-Z][A-Za-z&]*[A-Z](?:[ ]Ltd\.?)?\))?"
)
_HEAD_AT_START = re.compile(_HEAD)
_HEAD_NEXT = re.compile(rf"[ ]{_HEAD}")


def role_head_after(text: str, end: int) -> bool:
    """'Senior Marine Parks Officer': capitalised words right before a role's head word are the
    role's, not a name."""
    return _HEAD_NEXT.match(text, end) is not None


_TITLES = r"(?:(?:Ir[ ])?(?:Mr|Ms|Mrs|Miss|Madam|Dr|Professor|Prof|Sir|Dame)|Ir)\.?[ ]"
# "the Hon", "Dr", "the Hon Mrs", "Professor the Hon": the style and honorifics before a name
_HON = rf"(?:(?:{_TITLES})?(?:the[ ])?Hon[ ])?(?:{_TITLES})?"
# the start of a style left before a name whose "Hon" begins the mention: ", the ", ", Dr the "
_STYLE_TAIL = re.compile(rf",[ ](?:{_TITLES})?the[ ]$")
# What may stand before a role in apposition: "the", "a", a possessive, "(", or nothing.
_LEAD = (
    r"(?:^\s*|[(“\"]|\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|and|by|with|said|from|a|an)[ ]"
    # ("Commissioner of Police, Mr X; Chairman of the Y, Dr Z; distinguished guests": a salutation)
    r"|['’]s[ ]|;[ ]"
    # ("Chairman Chan (Mr Chan Tai-man), Director of Social Welfare, Ms Wong Siu-fong, ...": the
    # next guest a salutation names)
    r"|\),[ ]"
    # "The re-appointed Chairman, Dr X", "the newly appointed Director, Mr Y": the role itself
    r"|\b[Tt]he[ ](?:newly[ -])?(?:re-?)?appointed[ ])"
)
# "the District Officer", "the Cyberport Chairman", "The Senior Wetland and Fauna Conservation Officer"
_MODIFIER_WORDS = r"(?:[A-Z][\w\-]*[ ](?:and[ ](?=[A-Z]))?){0,5}"
# "former", "outgoing": the role's status, part of the title as written.
_STATUS = r"(?:(?:former|then|outgoing|incoming|retiring|incumbent|new|founding)[ ])?"
APPOSITIVE_BEFORE = re.compile(rf"{_LEAD}(?P<role>{_STATUS}{_MODIFIER_WORDS}{ROLE}{_BRACKET_ON}),[ ]$")
# "Cyberport Chairman Simon Chan", "Secretary for Security Professor Sun Dong": no comma.
# "Permanent Secretary for Financial Services and the Treasury (Treasury) Ms Carol Yip": a portfolio
PRENOMINAL = re.compile(
    rf"(?:^|(?<=[ \u00a0(“\"]))(?P<role>{_STATUS}{_MODIFIER_WORDS}{ROLE}{_BRACKET_ON})[ ]{_HON}$"
)
# "Senior Inspector Kwan Hiu-tung of the District Investigation Team": a rank or office that
# stands before a bare name (gazetteer.PRENOMINAL_ROLES), with no head word of a role.
# ("Senior Engineer of the EMSD's Energy Efficiency Office Michael Chow": with its office)
_RANK = re.compile(
    rf"(?:^|(?<=[ \u00a0(“\"]))(?P<role>(?:{alternation(PRENOMINAL_ROLES)})"
    r"(?:[ ]of[ ]the[ ][A-Z][\w'’\-&]*(?:[ ](?:[A-Z][\w'’\-&]*|of|for|and|&))*)?)"
    rf"[ ]{_HON}$"
)
_BODY_MEMBER = re.compile(rf"(?:^|(?<=[ \u00a0(“\"]))(?P<role>(?:[A-Z][\w\-]*[ ]){{1,6}}member)[ ]{_HON}$")
_OCCUPATIONS = OCCUPATION_WORDS = frozenset(OCCUPATIONS)
# An agent noun in lower case right before a bare name is an occupation the list may lack
# ("biochemist Yeung Hoi-yan", "local illustrator Fiona Cheuk"); these words end the same way
# and are not.
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:ist|ian|er|or|ess|eur)|[a-z]{3,}(?:man|woman|person)")  # "businessman"
_NOT_AGENT = frozenset((
    "after", "under", "over", "other", "together", "whether", "either", "neither", "however", "never",
    "ever", "later", "earlier", "further", "rather", "former", "latter", "minor", "major", "senior",
    "junior", "prior", "order", "border", "number", "member", "partner", "owner", "customer",
    "consumer", "quarter", "winter", "summer", "water", "paper", "letter", "matter", "center",
    "chamber", "sister", "brother", "mother", "father", "daughter", "power", "tower", "counter",
    "corner", "cover", "enter", "offer", "register", "refer", "transfer", "wonder", "monitor",
    "interior", "exterior", "superior", "error", "favour", "honour", "labour", "colour", "neighbour",
    "harbour", "mirror", "meanwhile", "remainder", "another", "whatever", "whoever", "whenever",
    "wherever", "forever", "thereafter", "hereafter", "sooner", "faster", "greater", "larger",
    "smaller", "higher", "lower", "longer", "shorter", "younger", "older", "newer", "better", "lesser",
    "fewer", "nearer", "closer", "wider", "deeper", "stronger", "weaker", "easier", "harder", "fuller",
    "cleaner", "safer", "bigger", "hotter", "colder", "warmer", "human", "german", "roman", "woman",
))  # fmt: skip


def is_occupation(word: str) -> bool:
    """'pianist', 'biochemist', 'illustrator' as written, in lower case: a word that names what
    someone does (capitalised, the shape would take 'Peter' and 'Vivian')."""
    return word in _OCCUPATIONS or (_AGENT_NOUN.fullmatch(word) is not None and word not in _NOT_AGENT)


_STARTS = re.compile(r"(?:^|[.\n(“\"]\s*)[A-Z][a-z]+[ ]$")  # "Fencer Cheung Ka-long won ..."
_MODIFIERS = frozenset(OCCUPATION_MODIFIERS)
# ("Local athlete Vivian Kong", "Renowned pianist ...": a word of praise or place, as mid-sentence)
_PRAISE_WORDS = frozenset(
    {"Local", "Renowned", "Famous", "Acclaimed", "Celebrated", "Prominent", "Leading", "Noted", "Young",
     "Award-winning", "Well-known", "World-renowned", "Talented", "Budding", "Aspiring", "Emerging"}
)  # fmt: skip
_CAPITAL_OPENS = re.compile(r"(?:^|[.!?\n“\"\u00a0]\s*)(?P<mod>[A-Z][a-z-]+)[ ][a-z]+[ ]$")
# ("veteran director Ann Hui": two blind labellers of three wrote "veteran director")
_RANK_WORDS = frozenset(
    {"senior", "chief", "executive", "deputy", "assistant", "principal", "managing", "vice"}
)
# A lower-case word before an occupation that makes its compound, after a word that opens a noun
# phrase (not "will feature pianist Colleen Lee", where the word before is a verb): the blind
# labels write "steel fixer", "science teacher", "local artist" whole (23 times against 7 for the
# bare occupation, in both parts)
_NOUN_MODIFIER = re.compile(r"[a-z][a-z-]{2,}(?<!ly)(?<!ing)(?<!ed)")
_MODIFIER_LEAD = re.compile(
    r"|[A-Za-z]*[,;:(“\"]|(?:[Tt]he|[Aa]n?|[Bb]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|to|with|for|from|of|and"
    r"|as|including|featuring|like|among)"
)
# (with spaCy's function words, read when first needed: a reporting verb or "new" before it)
_NOT_MODIFIERS = frozenset({"said", "says", "new"})
_STATUS_WORDS = frozenset({"former", "retired", "founding", "outgoing", "incoming", "acting", "veteran"})
# "ICAC officer", "Customs officer", "Police officer": the service an officer belongs to.
_OWNER = re.compile(r"[A-Z]{2,6}|Customs|Police|Immigration|Fire|Correctional")
_HONORIFICS = frozenset(
    ["Hon", "Mr", "Ms", "Mrs", "Miss", "Madam", "Dr", "Professor", "Prof", "Sir", "Dame", "Ir"]
)
# Honours between the name and its role: "the Hon Andrew Leung, GBM, GBS, JP, President of ...".
_HONOURS = r"(?:,[ ](?:[A-Z]{2,3}|SC|PhD))*"
# "..., a Judge of the High Court, as Chairman"; "Ms Lee, Human Resources Manager of X, said"
# What may follow a title in apposition: a stop, or a contact's brackets "(Tel: 3903 7400)".
# or a second role in lower case: "Chairman of the X Association and deputy leader of the mission"
# (not the title of the next name: "Responding to the Hon Ip Wai-ling, the Deputy Director of
# Highways, Ms Yuen Sze-mei, said")
_AFTER_TITLE = (
    r"(?!,[ ](?:Mr|Ms|Mrs|Miss|Dr|Professor)[ ])"
    r"(?=[,.;:)]|[ ]\((?:Tel|Fax|[Ee]-?mail)\b|[ ]and[ ](?:the[ ]|a[ ])?[a-z]|$)"
)
ROLE_AFTER = re.compile(
    # ("Dr X, the HA's Director (Cluster Services), said": the owner is not part of the title)
    rf"^{_HONOURS},[ ](?:the[ ]|a[ ])?(?:[A-Z][\w&\-]*['’]s[ ])?"
    # ("Mr Yeung Hon-kit, the incumbent Commissioner of Customs and Excise,": its status too)
    rf"(?P<role>{_STATUS}{_MODIFIER_WORDS}{ROLE}{_BRACKET_ON}){_AFTER_TITLE}"
)
# "Ms Ho Mei-ling, Senior Statistician of the C&SD (Tel: ...)": a post named by a capitalised agent
# noun the role heads lack (Statistician, Surveyor, Economist), checked by `is_occupation`.
_AGENT_ROLE_AFTER = re.compile(
    rf"^{_HONOURS},[ ](?:the[ ])?(?P<role>(?:[A-Z][\w\-]*[ ]){{0,3}}(?P<agent>[A-Z][a-z]{{3,}})"
    rf"(?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w'’\-&]*(?:[ ]{_ROLE_WORD})*)?{_BRACKET_ON}){_AFTER_TITLE}"
)
# A salutation's role in brackets after the name and its honours: "Mr Victor Dawes, SC (Chairman
# of the Hong Kong Bar Association), Mr Chan Chak-ming (President of the Law Society)".
BRACKETED_AFTER = re.compile(
    rf"^{_HONOURS}[ ]\((?:the[ ])?(?P<role>{_STATUS}{_MODIFIER_WORDS}{ROLE}{_BRACKET})\)"
)  # "Sir Michael Tse (Council Chairman of HKUST)"
_ARTICLE = r"(?:(?:the|a|an)[ ])?(?:new[ ])?"
# "Mr Chan Tak-ming, who has served as Chairman since 2009"
# "Mr Arvind Rao, founding partner of Konark Capital Partners, said": a role in lower case in
# apposition, of a named body
OCCUPATION_OF_AFTER = re.compile(
    rf"^{_HONOURS},[ ](?:the[ ]|a[ ])?(?P<role>(?:[a-z][\w\-]*[ ]){{0,2}}(?P<occ>[a-z][\w\-]+)[ ](?:of|at)[ ]"
    r"(?:the[ ])?[A-Z][\w'’\-&]*(?:[ ](?:[A-Z][\w'’\-&]*|of|for|and|the|on|in|&))*)"
    # "head of the Department of Economics at the University of Hong Kong (HKU)": the body the
    # department belongs to is not part of the title
    r"(?:[ ]at[ ](?:the[ ])?[A-Z][\w'’\-&]*(?:[ ](?:[A-Z][\w'’\-&]*|of|for|and|the|&))*)?"
    r"(?:[ ]\([A-Z][A-Za-z&]+\))?(?=[,;.])"
)
_LOWER_ROLES = frozenset({"head", "executive", "chairman", "chairwoman", "chairperson", "president",
                          "secretary", "partner", "convenor", "co-founder", "principal"})  # fmt: skip
SERVED_AS_AFTER = re.compile(
    rf"^(?:,[ ]who[ ](?:has|had|have)[ ](?:served|been[ ]serving|acted)"
    # "Professor Ho Wai-man will continue to serve as the Chairman of the MAC"
    rf"|[ ](?:will[ ](?:continue[ ]to[ ])?serve|continues[ ]to[ ]serve|will[ ]remain))[ ]as[ ]"
    rf"{_ARTICLE}(?P<role>{ROLE})"
)
# "Mr Fung Chi-wai will take up the post of Vice-Chairman", "... will assume the office of"
TAKES_UP_AFTER = re.compile(
    r"^[ ](?:will[ ]|is[ ]to[ ])?(?:take[ ]up|takes[ ]up|took[ ]up|assume|assumes|assumed)[ ]the[ ]"
    rf"(?:post|office|position)[ ]of[ ]{_ARTICLE}(?P<role>{ROLE})"
)
_TO_BE = r"(?:has|have|had|will|would|is|was|were|be|been|being|also|further|now|[ ])*"
APPOINTED_AFTER = re.compile(  # "Mr Wong, BBS, JP, has been re-appointed Chairman"
    rf"^(?:{_HONOURS},|,[^,.]{{1,60}},)?[ ]{_TO_BE}(?:re-?)?appointed[ ]"
    rf"(?:by[ ]the[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){{0,5}}[ ])?"  # "appointed by the Chief Executive as"
    rf"(?:as[ ])?{_ARTICLE}(?P<role>{ROLE})"
)
# "The pianist, Ms Rachel Cheung, ...": an occupation in apposition.
_OCCUPATION_APPOSITIVE = re.compile(
    r"(?:^|\b)(?:[Tt]he|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ](?P<occ>(?:[\w\-'’]+[ ]){0,2}[a-z]+),[ ]$"
)
# "The head coach of the Fencing Association of Hong Kong (FAHK), Ms Wendy Ma": an occupation of
# a named body, in apposition.
_OCCUPATION_OF_APPOSITIVE = re.compile(
    # ("A former executive director of Golden Harbour Holdings Limited, Mr Tam Wai-keung")
    r"(?:^|\b)(?:[Tt]he|[Ii]ts|[Tt]heir|A|An)[ ](?P<occ>(?:[\w\-]+[ ]){0,2}[a-z]+)"
    r"(?P<of>[ ]of[ ](?:the[ ])?(?:[A-Z][\w'’\-&]*(?:[ ](?:[A-Z][\w'’\-&]*|of|for|and|the|on|in))*"
    # "The chairman of the assessment panel, Professor Anthony de Souza": a body in lower case
    # ("The principal of the school, Ms Lau Wai-yin")
    r"|(?:[a-z]+[ ]){0,2}(?:panel|committee|board|council|jury|delegation|team|school|office|company|centre"
    r"|hospital|club|firm|association)))"
    r"(?:[ ]\([A-Z][A-Za-z&]+\))?,[ ]$"
)
SUCCEEDS_AFTER = re.compile(
    rf"^[ ](?:will[ ]|who[ ]will[ ])?(?:succeeds?|succeeded|replaces?|replaced)[ ][^.;,]{{1,60}}?"
    # "succeeds Mr Chan, JP, as Chairman"; not "succeeds Mr Chan, who has served as Chairman"
    rf"(?:,[ ][A-Z]{{2,3}})*,?[ ]as[ ]"
    rf"{_ARTICLE}(?P<role>{ROLE})"
)
APPOINTING_BEFORE = re.compile(
    r"\b(?:re-?)?appoint(?:ed|s|ing)?[ ](?:the[ ]Hon[ ]|the[ ])?$|\b(?:re-?)?appointments? of[ ]$"
    # "appointed Mr Chow as the Chairman of the FDC and Ms Chan as its Vice-Chairman"
    r"|\b(?:re-?)?appoint(?:ed|s|ing)[ ][^.;]{1,160}[ ]as[ ][^.;]{1,80}[ ]and[ ](?:the[ ]Hon[ ])?$"
)
# "appointed Mr X, JP, as the Chairman", "... and Ms Y as its Vice-Chairman"
AS_ROLE_AFTER = re.compile(rf"^{_HONOURS},?[ ]as[ ](?:its[ ]|their[ ])?{_ARTICLE}(?P<role>{ROLE})")
_WITH_BEFORE = re.compile(r"(?:^|[ ,])with[ ](?:the[ ]Hon[ ]|(?:Mr|Ms|Mrs|Miss|Dr|Professor)[ ])?$")
# Court, ICAC and police releases: "Chan Ka-wing, 41, former branch manager of a property agency,
# was convicted": the occupation in apposition after the age.
AGE_APPOSITION = re.compile(
    # (not a verb: "Lam Kwok-wing, 52, pleaded guilty")
    r"^,[ ]\d{1,3},[ ](?!(?:a|an|the|who|which|and|was|is|has|had|were|faces|admitted)[ ])"
    r"(?!(?!(?:retired|unemployed|registered|licensed|certified|qualified)[ ])[a-z]+ed[ ])"
    r"(?P<role>[a-z][\w\-]*(?:[ ][\w\-’']+){0,12}?)"
    # "... Company Limited (KFPM);", "(Wing Lee);", "(the IO);": the short name left out
    r"(?:[ ]\((?:the[ ])?[A-Z][\w&'’\-]*(?:[ ][A-Z][\w&'’\-]*){0,3}\))?(?=[,;.])"
)
# "Mak Wai-man, 58, a renovation consultant": an occupation after the article
AGE_OCCUPATION = re.compile(
    r"^,[ ]\d{1,3},[ ](?:a|an)[ ](?P<role>(?:[a-z][\w\-]*[ ]){0,2}(?P<occ>[a-z]+))(?=[,;.])"
)
_WINDOW = 240
# A speech's salutation names the guest by role and surname, then in full in brackets.
# ("Permanent Secretary for Development (Works) (Mr Lee Ho-yin)": with its portfolio)
_ROLE_SALUTATION = re.compile(rf"(?:^|[\n:;,][ ]*)(?P<role>{ROLE}{_BRACKET})[ ]\($")
_SALUTATION = re.compile(rf"(?:^|[\n:;,][ ]*)(?P<role>{ROLE})[ ](?P<surname>[A-Z][a-z]+)[ ]\($")
# ("Chief Executive of the Hospital Authority, Dr Tse (Dr Tse Hon-man), ...": the role before the
# short form; "Professor Lee (Professor Lee Tsz-kin), Chairman of the Steering Committee, ...": after
# the full one)
_ROLE_THEN_SALUTED = re.compile(
    rf"(?:^|[\n:;,][ ]*)(?P<role>{ROLE}),[ ]{_TITLES}(?P<surname>[A-Z][a-z]+)[ ]\($"
)
_SALUTED_OPEN = re.compile(rf"(?:^|[\n:;,][ ]*){_TITLES}(?P<surname>[A-Z][a-z]+)[ ]\($")


# "The Assistant Director (Country and Marine Parks)": an open bracket after a role is its
# portfolio, and the capitalised words in it name no one.
_PORTFOLIO_OPEN = re.compile(rf"{ROLE}[ ]\([^()]*$")


def in_portfolio(text: str, start: int) -> bool:
    """Whether text[start] lies in a bracketed portfolio right after a role."""
    return _PORTFOLIO_OPEN.search(text, max(0, start - 120), start) is not None


def strip_acronym(role: str) -> str:
    """'Director of Drainage Services (DSD)' -> without the acronym; '(Water Policy)' stays."""
    return _ACRONYM_IN_ROLE.sub("", role).strip(" ,")


def _clean(role: str) -> str | None:
    words = strip_acronym(role).split(" ")
    while words and words[0] in SENTENCE_STARTERS and not _HEAD_AT_START.match(" ".join(words)):
        words.pop(0)
    # "... as Chairman of the Advisory Committee on Corruption on January 1": not the role's
    if len(words) >= 3 and words[-2] in ("on", "in", "from") and words[-1] in MONTHS_DAYS:
        words = words[:-2]
    while words and words[-1] in ("of", "for", "and", "the", "on", "in", "at", "&"):
        words.pop()
    return " ".join(words) or None


def _sentence_before(text: str, start: int, floor: int) -> str:
    """The text of the sentence up to `start`, at most _WINDOW characters, after `floor` (the
    end of the person named before)."""
    stop = text.rfind(". ", 0, start)
    lo = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0, start - _WINDOW, floor)
    return text[lo:start]


def occupation_before(text: str, start: int) -> str | None:
    """'film director' in "... film director Ann Hui": an occupation in lower case, with the
    noun (or two) that makes it a compound."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return None
    words = ["", "", *before.split()]
    if not is_occupation(words[-1]) and not (words[-1].lower() in _OCCUPATIONS and _STARTS.search(before)):
        return None
    # "Table tennis player Wong Chun-ting": a modifier capitalised at the start of a sentence.
    if f"{words[-3]} {words[-2]}" in _MODIFIERS or f"{words[-3].lower()} {words[-2]}" in _MODIFIERS:
        n = 3
    elif words[-2] in _MODIFIERS or words[-2].lower() in _MODIFIERS or _OWNER.fullmatch(words[-2]):
        n = 2
    elif (
        (opened := _CAPITAL_OPENS.search(text, max(0, start - 60), start)) is not None
        and opened["mod"] not in SENTENCE_STARTERS
        and opened["mod"] not in _PRAISE_WORDS
        and words[-1].islower()
    ):
        n = 2  # "Social worker Ng Siu-man", "Estate manager Chan ...": the sentence opens with the compound
    elif (
        _NOUN_MODIFIER.fullmatch(words[-2])
        and words[-2] not in _NOT_MODIFIERS
        and words[-2] not in stop_words()
        and _MODIFIER_LEAD.fullmatch(words[-3])
    ):
        n = 2  # "to product designer Yeung Tsz-chun", "pipa player Ling Tsz-wai": a noun of the trade
    else:
        n = 1
    # "veteran director Ann Hui", "former table tennis player ...": the status is in the title
    if len(words) > n + 2 and words[-n - 1].lower() in _STATUS_WORDS:
        n += 1
    return " ".join(words[-n:])


def role_before(text: str, start: int, floor: int = 0) -> str | None:
    """The title written just before a name (its honorific included in `start`)."""
    window = _sentence_before(text, start, floor)
    m = _SALUTATION.search(window)
    if m and re.match(rf"{_HON}{m['surname']}\b", text[start : start + 60]):
        return _clean(m["role"])  # a speech's "Chairman Wong (Mr Wong Tak-ming), ..."
    # (over the short form "Dr Tse", a mention of the same person)
    m = _ROLE_THEN_SALUTED.search(_sentence_before(text, start, 0))
    if m and re.match(rf"{_HON}{m['surname']}\b", text[start : start + 60]):
        return _clean(m["role"])
    m = _ROLE_SALUTATION.search(window)
    if m and text[start : start + 12].split(" ", 1)[0].rstrip(".") in _HONORIFICS:
        return _clean(m["role"])  # a speech's "Chairman (Dr Winnie Kwan), Mr Yip (...)"
    style = _STYLE_TAIL.search(window)  # "..., the Hon Stanley Lau", "..., Dr the Hon Lee Ka-ho"
    if style:
        window = window[: style.start() + 2]
    if window.endswith(", "):
        m = APPOSITIVE_BEFORE.search(window)
        if m:
            return _clean(m["role"])
        m = _OCCUPATION_OF_APPOSITIVE.search(window[-140:])
        if m and is_occupation(m["occ"].rsplit(" ", 1)[-1]):
            occ = m["occ"] + " "
            found = occupation_before(occ, len(occ))
            if found:  # ("former executive director of X": the post's rank words are its title's)
                words = m["occ"].split()
                n = len(found.split())
                while n < len(words) and words[-n - 1].lower() in _RANK_WORDS | _STATUS_WORDS:
                    n += 1
                found = " ".join(words[-n:])
            return f"{found}{m['of']}" if found else None
        m = _OCCUPATION_APPOSITIVE.search(window[-60:])
        if m and is_occupation(m["occ"].rsplit(" ", 1)[-1]):
            occ = m["occ"] + " "
            return occupation_before(occ, len(occ))
        return None
    words = window[-40:].split()
    while words and (words[-1] in _HONORIFICS or words[-1] == "the"):
        words.pop()
    if not words:
        return None
    if words[-1] == "member" and len(words) >= 2 and words[-2] in ORG_HEADS:
        # "Sai Kung District Council member Lee Chun-hei": a body's member, in lower case
        m = _BODY_MEMBER.search(window)
        return m["role"] if m else None
    if words[-1].lstrip("(")[:1].isupper():  # "Assistant Director (Enforcement) Ms Iris Tsui"
        m = PRENOMINAL.search(window) or _RANK.search(window[-120:])
        if m:
            return _clean(m["role"])
    known = is_occupation(words[-1]) or words[-1].lower() in _OCCUPATIONS
    return occupation_before(text, start) if known else None


def role_after(text: str, start: int, end: int) -> str | None:
    """The title written just after a name, or given to it by an appointment."""
    after = text[end : end + 200]
    saluted = _SALUTED_OPEN.search(text, max(0, start - 40), start)
    if (
        after.startswith(")")
        and saluted
        and re.match(rf"{_HON}{saluted['surname']}\b", text[start : start + 60])
    ):
        after = after[1:]  # "Professor Lee (Professor Lee Tsz-kin), Chairman of ...": after the bracket
    for pattern in (
        ROLE_AFTER,
        BRACKETED_AFTER,
        APPOINTED_AFTER,
        SUCCEEDS_AFTER,
        AGE_APPOSITION,
        SERVED_AS_AFTER,
        TAKES_UP_AFTER,
    ):
        m = pattern.match(after)
        if m:
            return _clean(m["role"])
    m = OCCUPATION_OF_AFTER.match(after)
    if m and (m["occ"] in _LOWER_ROLES or is_occupation(m["occ"])):
        return _clean(m["role"])
    m = AGE_OCCUPATION.match(after)
    if m and is_occupation(m["occ"]):
        return m["role"]
    m = _AGENT_ROLE_AFTER.match(after)
    if m and is_occupation(m["agent"].lower()) and m["agent"] not in given_names():
        return _clean(m["role"])
    # ("will be chaired by Dr Lee, with Ms Mak as Vice-chairman": a post named in the composition)
    if APPOINTING_BEFORE.search(text, max(0, start - 260), start) or _WITH_BEFORE.search(
        text, max(0, start - 32), start
    ):
        m = AS_ROLE_AFTER.match(after)
        if m:
            return _clean(m["role"])
    return None


def title_of(text: str, start: int, end: int, floor: int = 0) -> str | None:
    return role_before(text, start, floor) or role_after(text, start, end)
