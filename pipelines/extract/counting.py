"""What a number counts: the plural noun after it ("nearly 300 enterprises"), its own unit (HK$,
per cent, "30kg"), or the noun the sentence names elsewhere when the number stands alone: in
parentheses ("the US (47)"), in a list ("including 61 in ..."), as a part ("Four of these
cases"), as a change of its subject ("Robbery cases decreased from 98 to 71") or as a stated total
("the number of jobs created was 4,812"). Pure functions over one sentence and the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.measures import DIMENSIONS, MEASURE_RE, PERSON_NOUNS, SHARE_OF, measure_unit
from pipelines.extract.numbers import (
    AND_FIGURE,
    BETWEEN_BEFORE,
    CHANGE_BASE,
    CURRENCY_RE,
    DIGITS,
    NUMBER_WORDS,
    OR_SO,
    QUALIFIER_RE,
    SCALE_RE,
    currency_of,
    parse_number,
    qualifier_of,
)

# Starts at a word boundary (or a currency sign): the engine skips mid-word positions at once.
# The lookahead first: every match opens on a letter, a digit or a currency sign (a qualifier, "a
# total of", a currency, a number), and the test of one character spares the pattern's attempts
# at the ends of words (a third of its time).
QUANTITY = re.compile(
    rf"(?=[\w$€£])(?:\b|(?=[$€£]))(?:(?P<qual>{QUALIFIER_RE})\s+)?(?:a\s+total\s+of\s+)?"
    rf"(?P<cur>{CURRENCY_RE})?(?P<num>{DIGITS}|\b{NUMBER_WORDS}\b)"
    rf"(?:\s*(?P<scale>{SCALE_RE}))?"
    r"(?P<suffix>\s*(?:per\s+cent\b|%|PFLOPS\b|petaflops\b|PF\b|P\b))?"
    rf"(?P<mu>(?:\s+|-|(?<=\d))(?:{MEASURE_RE})\b)?",
    re.IGNORECASE,
)
# (letters with accents too, "three cafés"; not the "â" or "Ã" a bad decode leaves: "graduatesâ")
_LETTER = "A-Za-zéèêëáàäçñíìîïóòôöõúùûüýÿÉÈÊËÁÀÄÇÑÍÌÎÏÓÒÔÖÕÚÙÛÜ"
_TOKEN = re.compile(rf"[{_LETTER}][{_LETTER}&'’\-]*|[;:()\[\]“”\"]|[.,](?!\d)")  # not the point of "0.24"
# Plural nouns that measure time or order, not a count of things.
# a reply's item label before a sentence: "(2) Of the ..."
_ITEM_LABEL = r"\W*(?:\(\w{1,4}\)\s*)?"
# past participles not in -ed: "Both measures were withdrawn", "The places provided by ..."
_PARTICIPLES = "withdrawn|taken|given|made|held|sold|paid|won|lost|built|sent|found|shown|written|kept"
NOT_UNITS = {
    "years", "months", "weeks", "days", "nights", "hours", "minutes", "seconds", "decades", "centuries",
    "phases", "stages", "batches", "rounds", "terms", "systems",
    "am", "pm", "storeys", "floors", "streets", "roads", "exits", "quarters",
    "brackets", "parentheses",  # "the number of cases (in brackets)": a note on the layout
}  # fmt: skip
# Of those, nouns that are counted once a modifier names the kind: "12 mobile X-ray inspection
# systems" (not "one country, two systems")
COUNTED_WHEN_MODIFIED = {"systems"}
STOP_WORDS = {
    "of", "in", "to", "for", "from", "with", "by", "at", "on", "the", "a", "an", "will", "have",
    "has", "had", "are", "were", "was", "is", "be", "been", "that", "which", "who", "this",
    "these", "those", "as", "per", "than", "its", "their", "his", "her", "our", "through", "via",
    "but", "although",  # a new clause: "over 1.1 million, but police manpower ..."
}  # fmt: skip
# Words ending in "s" that are not plural nouns: adjectives and adverbs.
NOT_PLURALS = {
    "overseas", "various", "numerous", "previous", "plus", "thus", "always", "across", "whereas",
    "towards", "afterwards", "besides", "perhaps", "unless", "nevertheless", "regardless",
    "nationwide", "bonus", "status", "campus", "census", "focus", "virus", "basis", "analysis",
    "surplus",  # "some 3 900 surplus P1 places"
    "bus", "gas",  # "11 new bus-bus interchange schemes"
}  # fmt: skip
# Nouns of abstractions (kinds, directions): "the three strategic focuses", "all three major
# clusters" name a structure, not a counted fact. Areas are places ("the remaining six areas" of a
# rodent survey) unless a word makes them fields of work ("three key areas").
ABSTRACT_NOUNS = {
    "focuses", "foci", "clusters", "branches", "pillars", "directions", "dimensions", "aspects",
    "themes", "priorities", "principles", "objectives", "goals", "strategies", "types",
    "kinds", "levels", "tiers", "fronts", "elements", "components", "perspectives", "approaches",
    "modes", "ways", "parts", "prongs", "sides", "streams", "roles", "functions", "features", "advantages",
    "strengths", "concepts", "ideas", "tasks", "domains", "missions", "visions",
    "categories", "sectors",
}  # fmt: skip
_KIND_NOUNS = frozenset({"types", "kinds", "categories"})
_OF_THINGS = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,3}?[a-z]{3,}s\b")
# Nouns that classify what is counted ("companies from 20 sectors, including 61 in ..."): never
# the antecedent of a bare number in a list.
CLASSIFIER_NOUNS = ABSTRACT_NOUNS | {
    "areas", "districts", "regions", "countries", "economies", "markets", "places", "locations", "sources",
    "industries", "groups", "sectors", "categories", "segments", "ranges", "others",
}  # fmt: skip
# ("The Warning was issued 87 times": a count of occasions, "times", but never what a bare number
# after it counts)
# ("is as follows: Yuen Long (2 130)", "and compares with 16 300 in 2015": verbs, not nouns)
_NOT_ANTECEDENTS = CLASSIFIER_NOUNS | NOT_UNITS | STOP_WORDS | {
    "figures", "numbers", "totals", "times", "follows", "compares",
}  # fmt: skip
# Head nouns too generic to name what is counted without their modifiers: "two boundary control
# points (BCPs)" counts BCPs; "15 general out-patient clinics (GOPCs)" counts clinics.
GENERIC_NOUNS = {"points", "units", "items", "sites", "facilities", "places", "bodies", "parties",
                 "centres", "centers", "stations", "lines", "routes", "zones"}  # fmt: skip
_DEFINITE = re.compile(r"\b(?:the|these|those|all|both|its|their|our)\s+$", re.IGNORECASE)
MODIFIERS_ALLOWED = 6
# Plurals that do not end in "s".
IRREGULAR_PLURALS = {"men", "women", "people", "children", "staff", "personnel", "police", "youth",
                     "cattle", "livestock", "fish", "sheep", "deer", "aircraft", "craft", "hovercraft",
                     "watercraft", "media", "talent",
                     "columbaria", "criteria", "bacteria"}  # fmt: skip
UNIT_SYNONYMS = {
    "men": "persons",
    "women": "persons",
    "males": "persons",
    "females": "persons",
    "companies": "enterprises",
    "firms": "enterprises",
    "enterprises": "enterprises",
    "partners": "enterprises",
    "start-ups": "enterprises",
    "startups": "enterprises",
    "guests": "persons",
    "appointees": "members",  # "Of these, six are new appointees": appointed to the body's membership
    "people": "persons",
    "persons": "persons",
    "participants": "persons",
    "attendees": "persons",
    "individuals": "persons",
    "visitors": "persons",
    "casualties": "persons",  # the killed and injured
    "recipients": "persons",
    "lives": "persons",  # "landslides claimed 138 lives": the persons killed
    "arrestees": "persons",  # (the dev labels write persons for arrestees and drug abusers alike)
    "abusers": "persons",
    "talent": "persons",  # "130 000 talent had arrived": the schemes' collective plural
}
# A bare number read as a count of the noun before it: in parentheses after a name ("the US
# (47)"), in a list ("including 61 in the Transport category"), or partitive ("Four of them").
_PARENTHESISED = re.compile(r"[A-Za-z.]\s*\(\s*$")
_COUNT_CLOSES_ITEM = re.compile(r"\s*\)\s*(?:[,;.]|and\b|$)")
# "(Hong Kong Island: 36; Kowloon: 41; New Territories: 57)", "(manufacturing: 318; services:
# 194)": a breakdown by named places, groups or sectors inside brackets, each item what the text
# before the bracket counted
_LABELLED_ITEM = re.compile(
    r"\((?:[^()]*(?:[;,]\s*(?:and\s+)?|\sand\s+))?(?:[A-Z][\w'’&.-]*|[a-z][a-z-]{2,})"
    r"(?:\s+(?:of\s+|and\s+)?(?:[A-Z][\w'’&.-]*|[a-z][a-z-]{2,})){0,4}\s*:\s*$"
)
_ITEM_END = re.compile(r"\s*(?:[;,)]|and\b)")
_MARKED_ITEM = re.compile(
    r"\((?P<mark>[1-9]|[ivx]{1,3}|[a-h])\)\s+(?:the\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,4}\s*\(\s*$"
)
# "(1) review ... and (2) consult": an enumeration, not a count.
_ENUMERATION = re.compile(
    # (a marker opens its item: not "the Elderly Commission (1), ...", a count)
    r"\((?:1|i|a)\)(?=\s+[A-Za-z])|\b(?:and|or|to|will|shall|would|may|should)\s*\(\s*$",
    re.IGNORECASE,
)
# The verbs that state a total reached: "rose to", "fell to", "amounted to".
_CHANGED_TO = (
    r"rose\s+to|increased\s+to|decreased\s+to|dropped\s+to|fell\s+to|amounted\s+to|grew\s+to|"
    r"recovered\s+to|rebounded\s+to|climbed\s+to|declined\s+to|"
    # ("3 900 surplus places in 2024/25, rising to approximately 7 300 in 2026/27")
    r"rising\s+to|increasing\s+to|falling\s+to|dropping\s+to|growing\s+to|climbing\s+to"
)
# "Primary enrolment fell by 9 110, or 2.8 per cent, to 315 430": a change and the level it reached
_CHANGED_BY = (
    r"(?:rose|increased|decreased|dropped|fell|grew|declined)\s+by"
    r"(?:\s+\d[\d,.]*(?:\s\d{3})*(?:,\s+or\s+\d[\d.]*\s*(?:per\s+cent|%),?)?\s+to)?"
)
# "the number of jobs created was 4,812": the number states the count named before it.
_NUMBER_OF = re.compile(
    # ("the numbers of half-day, whole-day and long whole-day places ... as at end-2023, end-2024
    # and end-2025 were", "the total enrolment of P1 students in ... schools was")
    r"\b(?:numbers?|total|enrolments?)\s+of\s+(?:[\w-]+,?\s+|\([A-Z][A-Za-z&]*\)\s+){0,5}?"
    # ("the average number of decayed teeth among these pupils was 0.4": teeth, not pupils)
    # (not "bus" in "the numbers of bus captains": a singular modifier)
    r"(?!(?:its|this|his|us|overseas)\b)(?P<noun>[a-z][a-z-]{2,}s(?<!ss)(?<!ous)|(?-i:[A-Z][A-Z&]+s)|people|children|men|women|teeth|feet)\b"
    # ("approved under the GEP, the ASMTP and the QMAS in the same period were": a list of names)
    # ("the total number of students enrolled in kindergartens, primary day schools and secondary
    # day schools was": an enumeration's commas)
    # ("The numbers of applicants waiting for hostels for severely mentally handicapped persons,
    # hostels for severely physically handicapped persons and care-and-attention homes ... were")
    r"(?:[^,;]|,\s*(?:and\s+)?(?:\d|end-|mid-|the\s+(?-i:[A-Z]))|,\s+(?=(?:[a-z][a-z-]*\s+){1,6}and\s+[a-z])){0,200}?\b"
    r"(?:(?:was|were|is|are)(?:\s+estimated\s+at)?|from|to|stood\s+at|reached(?:\s+a\s+(?:record\s+)?(?:high|low)\s+of)?|totalled|averaged|"
    rf"{_CHANGED_TO})\s+$",
    re.IGNORECASE,
)
# A stock named by one word, stated with its verb: "the CSSA caseload stood at 180 450" (cases),
# "the total student enrolment in KGs was 184 015" (students)
_STOCK = re.compile(
    r"\b(?:(?P<caseload>caseloads?)|(?P<enrolled>student|pupil)s?\s+enrolments?)\b"
    r"[^,;.\d]{0,40}?\b(?:was|were|stood\s+at|reached|totalled|to)\s+$",
    re.IGNORECASE,
)
# People of several kinds counted together: "300 students, teachers and volunteers".
_HUMAN_NOUNS = PERSON_NOUNS | {
    "teachers", "volunteers", "parents", "officials", "officers", "coaches", "members", "experts",
    "scholars", "representatives", "artists", "families", "youths", "carers", "employers", "doctors",
    "nurses", "principals", "performers", "delegates", "exhibitors", "buyers", "journalists",
    "elders", "adolescents", "teenagers", "infants", "leaders", "professionals", "academics",
    "entrepreneurs", "researchers", "executives", "investors", "practitioners", "candidates", "agents",
    "helpers", "graduates",
}  # fmt: skip
_HUMAN_ALT = "|".join(sorted(_HUMAN_NOUNS, key=len, reverse=True))
# ("over 2 400 government officials, business leaders and professionals": each kind with its modifier,
# not "5 000 carers and their families")
_KIND = rf"(?!(?:their|his|her|its|our|other|{NUMBER_WORDS})\b)[a-z-]+"
_MORE_HUMANS = re.compile(
    rf"(?:,\s*(?:{_KIND}\s+)?(?:{_HUMAN_ALT})\b)*,?\s+(?:and|or)\s+(?:{_KIND}\s+)?(?:{_HUMAN_ALT})\b(?!['’])"
)
_CELSIUS = re.compile(r"\bdegrees?\s+Celsius\b", re.I)
# "of whom" earlier in the clause, and a verb after the number that is not a copula ("of whom 5,150
# were doctors" names what the number is)
_OF_WHOM = re.compile(r"\bof\s+whom\b(?:[^.;]|\.\d)*$")
_VERB_NOT_BE = re.compile(r"\s+(?!(?:were|was|are|is|of|per|and|or)\b)(?P<word>[a-z]{3,})\s")
# "The Board met 45 times", "meets at least four times a year": a body's meetings.
_MET_BEFORE = re.compile(
    r"\b(?:met|meets|meet|convened)\s+(?:(?:at\s+least|a\s+total\s+of|only|some|about)\s+)?"
    r"(?:[\w ,]{1,24}\s+and\s+)?$"  # "met 24 and 23 times respectively"
)
# "24 targeted young people": a past verb after the number (not "24 affected by", a participle).
_PAST_VERB = re.compile(
    r"\s+(?:[a-z]{3,}ed|won|took|made|held|sold|paid|sent|lost|gave|became)\s+(?!by\b)[a-z]"
)
# "of which 12 were positive", "Among them, 20 ...": the count is of the noun before.
_WHICH_BEFORE = re.compile(r"\b(?:of|among)\s+(?:which|whom|them|these|those)\s*,?\s*$", re.IGNORECASE)
# "Of these cases, ..., while 312 involved ...": a sentence opened by the group its figures are of
_OF_THESE_OPENING = re.compile(
    r"\W*(?:of|among)\s+(?:these|those|all\s+these)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]+s)\s*,", re.I
)
# ("Of those waiting,", "Among those approved so far,": not "Of these outstanding DHOs,", a noun's)
_OF_THOSE_DOING = re.compile(r"\W*(?:of|among)\s+those\s+[a-z]+(?:ing|ed)\b(?:\s+[a-z]+){0,3},\s*$", re.I)
_JOINED_SUBJECT = re.compile(r",?\s+(?:while|whereas|and|but)\s+$")
# "30 were imported and 18 were local": a list item whose noun is the one before.
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had|have|has|involved|came|remained|died|recovered|required|related"
    # ("Among them, 41 are women, and 28 hold a master's degree", "and two live in Sham Shui Po")
    r"|hold|held|live|lived|work|worked"
    r"|contained)\b"  # ("Forty-one of them ..., 37 contained excessive pesticide residues")
)
# "Visitor arrivals reached 4.5 million in January": a total stated of the noun before.
_STATED_AS = re.compile(
    # "Non-Mainland visitor arrivals were about 320 000": a plural subject's count
    # ("Visitor arrivals were estimated at about 4.1 million")
    r"(?<=[a-z]s)\s+(?:were|are)(?:\s+estimated\s+at)?\s+$|"
    r"(?<=[a-z]s)\s+(?:now\s+)?number\s+$|"  # "Participating homes now number 224"
    rf"\b(?:reached|reach(?:es)?|totalled|totaled|numbered|stood\s+at|accounted\s+for|{_CHANGED_TO}|total\s+to"
    r"|total\s+number\s+to"
    # "visitors accounted for the remaining 18.62 million"
    r"|accounted\s+for\s+the\s+remaining"
    # "the ERB has increased its training places to 130 000": the noun the verb takes
    r"|(?:increased|raised|expanded|reduced|cut)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?P<taken>[a-z]+s)\s+to)"
    # "arrivals numbered only 8 000", "reached a record 65.1 million", "rose to a new high of 9 960"
    r"(?:\s+(?:only|just|merely|an?\s+(?:new\s+|all-time\s+)?(?:record|high|peak)(?:\s+high)?(?:\s+of)?))?\s+$",
    re.IGNORECASE,
)
_STATED_OF_PERIOD = re.compile(
    r"\b[A-Za-z][a-z]+s\s+(?:in|for|during)\s+(?:[^,;.()]|,\s*(?=\d)|\.\d){1,50}?\s+(?:were|are)\s+$"
)
_QUALIFYING_VERBS = frozenset({"exceeded", "exceeds", "exceed", "not exceed", "not to exceed"})
# ("expects visitor arrivals to exceed 45 million", "Visitor arrivals in 2014 exceeded 60 million",
# "the number of honours awarded each year will not exceed 320")
_PLURAL_END = re.compile(
    r"[a-z]s(?:\s+(?:in|during)\s+(?:(?:19|20)\d\d|(?:last|this)\s+year))?(?:\s+to)?\s+$"
)
_TOTAL_TO = re.compile(r"\btotal(?:\s+number)?(?:\s+of\s+[\w\s\-]{1,60}?)?\s+to\s+$", re.IGNORECASE)
# "..., bringing the total phased out under the scheme to about 38 400": a total with its clause
_GERUND_TO = re.compile(
    r"\s*(?:and\s+)?(?:further\s+)?(?:rising|increasing|falling|dropping|growing|climbing)\s+to\s+$"
)
_BRINGING_TOTAL = re.compile(
    # ("This brought the total for the first 11 months of the year to 25.85 million")
    r"\b(?:bringing|brought|brings)\s+(?:the|its|their)\s+(?:total\s+(?:[\w'’\-]+\s+){1,12}?|"
    # "will create 45 additional posts, bringing the establishment to 2 185"
    r"(?:establishment|strength|headcount)\s+(?:[\w'’\-]+\s+){0,6}?)to\s+$",
    re.I,
)
# "Of these cases, 80 involved males": the noun of the partitive phrase is counted.
_OF_THESE_NOUN = re.compile(
    # ("Among the 120 airlines operating at the airport, 11 launched new services")
    r"\b(?:of|among)\s+(?:these|those|the|all|which)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][a-z-]+s)"
    # ("Of the illegal workers arrested, 1 958, or 68 per cent, were ...": a participle after it)
    r"(?:\s+[a-z]+ing\s+[^,;.]{1,40}|\s+[a-z]{3,}ed(?:\s+(?:in|at|on|by|during|under|since)\s+[^,;.]{1,30})?)?\s*,\s*$",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(rf"\b(?:{QUALIFIER_RE})\s+$", re.IGNORECASE)
# "120, 135 and 150 respectively": an item of a list of numbers counts what the first item counts.
_AFTER_LIST_ITEM = re.compile(
    # ("29.6 million, 36.0 million and 41.9 million": items with a scale word)
    rf"(?<![\d.])(?P<item>{DIGITS}|\b(?:{NUMBER_WORDS}))(?:\s*%|\s+per\s+cent|\s+(?:million|billion))?"
    # ("was 11.28 million in 2013, 11.64 million in 2014 and ...": each item with its year)
    r"(?P<year>\s+in\s+(?:19|20)\d{2}(?:\s*[-/]\s*\d{2})?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$"
)
# "The figures for 2020, 2021 and 2022 are 120, ...": figures of what the text before counted.
_FIGURES_ARE = re.compile(
    # "As at the end of September this year, the number was 11 530"
    # ("The daily figures were 620 000, 655 000 and 590 000 respectively")
    r"^\W*(?:[^,;]{0,60},\s*)?(?:[Tt]he|These|Those|Such)\s+"
    r"(?:corresponding\s+|respective\s+|daily\s+|weekly\s+|monthly\s+|annual\s+|yearly\s+)?"
    r"(?:figures?|numbers?|totals?)\b"
    # ("For the first four months of this year, the figure has already reached 166")
    r"(?!\s+of\b)[^;]{0,80}\b(?:was|were|is|are|stood\s+at|reached|totalled)\s+$",
    re.IGNORECASE,
)
# (a rate between: "4.52 million passengers a day on its heavy rail network, and 421 000 on Light Rail")
_PREP_AFTER = re.compile(
    # ("33 beaches were rated as Good, seven as Fair": not "as at end-June")
    r"(?:\s+(?:a|per)\s+(?:day|week|month|year))?\s+(?P<prep>for|in|from|at|under|to|on|with|among|of|as(?!\s+(?:at|of)\b))\s"
)
# "1 342 applications were approved under the BUD Fund and 8 518 under the EMF", "6 420 persons
# were waiting for day training places and 8 150 for residential care places"
_PASSIVE_PREP_AFTER = re.compile(
    # ("620 programmes are specially designed for persons with disabilities, 1 100 for the elderly")
    r"\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:[a-z]{3,}ly\s+)?[a-z]{3,}(?:ed|ing)\s+"
    r"(?P<prep>for|in|from|at|under|to|on|with|among|as)\s"
)


# "the accident rate per 1 000 workers": the number after "per" is a rate's base, not a count
RATE_BASE = re.compile(r"\bper\s+$", re.IGNORECASE)


def _parallel_item(before: str, prep: re.Match[str] | None) -> Counted | None:
    """'640 posts for nurses and 910 for personal care workers': a number followed by the same
    preposition as the last count before it, whose noun it leaves out, counts that noun."""
    if prep is None:
        return None
    found = None
    for q in QUANTITY.finditer(before):
        if q["cur"] or q["suffix"] or q["mu"] or RATE_BASE.search(before, max(0, q.start() - 6), q.start()):
            continue  # ("the accident rate per 1 000 workers in ...": the base of a rate is no count)
        noun = _head_noun(before, q.end())
        if noun is None:
            continue  # a year, a label: not a count
        after = _PREP_AFTER.match(before, noun.noun_end) or _PASSIVE_PREP_AFTER.match(before, noun.noun_end)
        # ("2 100 bins in private buildings and about 560 at public places": in, at and on place
        # the items alike)
        found = noun if after and _same_prep(after["prep"], prep["prep"]) else None
    return found


_PLACE_PREPS = frozenset({"in", "at", "on"})


def _same_prep(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or (a in _PLACE_PREPS and b in _PLACE_PREPS)


# "Franchised buses were involved in 1 046 accidents and public light buses in 612": after "and"
# and a few words, a number that ends its clause behind the preposition of an earlier count
_GAPPED_PREP = re.compile(
    r"(?:\band|,\s*while|\bwhereas)\s+(?:[\w'’-]+\s+){1,5}?(?P<prep>in|for|to|on|with|from|at|among)\s+$"
)


# "1,318, 1,102 and 846 of the reports": the figures of a list before its noun
# ... "respectively" after the list's noun
_RESPECTIVELY_AFTER = re.compile(r"[^.;]{0,60}?\brespectively\b")
_FIGURE_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*{DIGITS}(?:\s+(?:million|billion))?)*\s*,?\s+(?:and|or)\s+(?={DIGITS}\b)"
)
# "... were made by residents and 136.4 million by visitors": a passive clause with its verb left out
_BY_AFTER = re.compile(r"\s+(?P<prep>by|through|via)\s+(?:the\s+)?[\w-]")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_FIGURE = re.compile(rf"\s+to\s+(?=(?:about\s+|some\s+|around\s+)?{DIGITS}\b)")
_BY_FIGURE_TO = re.compile(rf"\bby\s+(?:about\s+|some\s+|around\s+)?{DIGITS}(?=\s+[a-z][a-z-]*s\s+to\s+$)")
_AND_BEFORE_FIGURE = re.compile(r"(?:\band|,)\s+$")
# "Short-haul markets contributed 4.32 million overnight visitors and long-haul markets 3.85 million
# last year": after "and" and a plural subject, the clause's verb and noun are left out
# (or a subject with its article: "and the catering industry 5 067")
_GAPPED_SUBJECT = re.compile(
    r"\band\s+(?:(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*[^s'’\W]s(?<!\bwas)(?<!\bhas)(?<!\bdoes)(?<!\bthis)"
    r"|the\s+(?:[a-z][\w'’-]*\s+){0,3}?(?!(?:remaining|other|rest|total|was|were|is|are|had|has|have|"
    r"being|been|be)\b)[a-z][\w-]*[a-z](?<!ed))\s+$"
)
# "total employment was 3 681 000, up about 12 000 from end-2024": a bare change counts what the
# figure it changes counts
_BARE_CHANGE = re.compile(r"\d\s*,\s*(?:up|down)\s+(?:by\s+)?$")
_BASE_AFTER = re.compile(r"\s+(?:from|over|on|compared\s+with|against)\s")
# "arrivals numbered only 8 000, or about 270 a day": the same count restated per day
_RESTATED = re.compile(r"\d(?:\s+[a-z]+){0,3}\s*,\s*or\s+$")  # ("62 000 last month, or about 2 000 a day")
_PER_PERIOD_AFTER = re.compile(r"\s+(?:a|per|each)\s+(?:day|week|month|year)\b")
_PASSIVE_BY = re.compile(r"\b(?:were|was|are|is)\s+(?:\w+ly\s+)?[a-z]{3,}\s+(?P<prep>by|through|via)\b")


def _gapped_count(before: str, prep: str) -> Counted | None:
    """The noun of the last count in `before` that stands behind `prep` ("in 1 046 accidents")."""
    found = None
    for q in QUANTITY.finditer(before):
        if q["cur"] or q["suffix"] or q["mu"] or not re.search(rf"\b{prep}\s+$", before[: q.start()]):
            continue
        found = _head_noun(before, q.end()) or found
    return found


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _figures_in_order(body: str, start: int, previous: str) -> Counted | None:
    """'... conducted 4 936 inspections, issued 187 warnings and initiated 23 prosecutions. The
    figures for 2023 were 4 210, 162 and 19 respectively.': the k-th figure of the list counts
    what the k-th count of the sentence before counted, when both list as many (two or more)."""
    # "maintained 1 378 road bridges, 1 026 footbridges and 15 road tunnels, compared with 1 361,
    # 1 009 and 15 a year earlier": the bases pair with the counts of the same sentence
    bases = _BASES_LIST.search(body, 0, start + 1)
    counted_in, opener = (body[: bases.start()], bases.end()) if bases else (previous, None)
    items: list[re.Match[str]] = []
    for q in QUANTITY.finditer(body, opener or 0):
        if items and not _LIST_GAP.fullmatch(body, items[-1].end(), q.start()):
            break
        if items or (q.start() == opener if bases else _FIGURES_ARE.search(body[: q.start()])):
            items.append(q)
    index = next((i for i, q in enumerate(items) if q.start("num") == start), None)
    if index is None or len(items) < 2 or any(q["cur"] or q["suffix"] or q["mu"] for q in items):
        return None
    counts = []
    for q in QUANTITY.finditer(counted_in):
        if q["cur"] or q["suffix"] or q["mu"]:
            continue
        noun = _head_noun(counted_in, q.end())
        if noun is not None:
            counts.append(noun)
    return counts[index] if len(counts) == len(items) else None


_BASES_LIST = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus)\s+(?=\d)", re.IGNORECASE)


# "Total employment increased by around 10 100 from 3 681 000 ... to 3 691 100": a change of a
# measure named before it; the labour-market measures count persons.
_THE_NUMBER = re.compile(
    r"\s*(?:the|this)\s+(?:number|figure|total)\s+(?:(?:has|have|had)\s+)?", re.IGNORECASE
)
# "146 schools joined the scheme, and we expect the number to exceed 200": a bound on the count
# named before
_THE_NUMBER_TO = re.compile(r"\b(?:the|this)\s+(?:number|figure|total)\s+(?:to|will|would)\s+$", re.I)
_CHANGE_OF = re.compile(
    # ("edged up by 0.1 per cent to 151 397", "unemployment cases (down 1.8 per cent to 18 902)")
    r"(?:\b(?:increas|decreas|rose|ris|fell|fall|drop|grew|grow|declin|went\s+(?:up|down)|climb|surg|jump|slipp"
    r"|dipp|edged\s+(?:up|down)|doubl|tripl|halv)\w*|\((?:up|down))\b"
    r"(?:[^.;]|\.\d){0,80}?\b(?:by|from|to)\s+$",
    re.IGNORECASE,
)
# "decreased from 3 853 900 in July - September 2019 to 3 838 700 in August - October 2019, or by
# 15 200": the change restated as its size, after a long clause
_OR_BY = re.compile(r",\s+or\s+by\s+$", re.IGNORECASE)
# "rose to 53 (38 in the same period last year)": a figure in brackets compared with the one before
_BRACKET_OPEN = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*\(\s*$")
_PERIOD_AFTER = re.compile(r"\s+(?:in|on|during|for|a\s+year|last|the\s+same)\b")
_ARRESTED_BEFORE = re.compile(r"\b(?:arrest|arrests|arrested|detained)\s+$", re.IGNORECASE)
_BY_ALONE = re.compile(
    r"\s*(?:or\s+)?by\s+(?:(?:about|around|some)\s+)?(?:\d[\d,. ]*(?:\s*(?:per\s+cent|%))?\s+to\s+)?",
    re.IGNORECASE,
)
_FROM_ALONE = re.compile(
    r"\s*(?:(?:rising|falling|increasing|decreasing|growing|climbing|dropping|declining)\s+)?from\s+"
    r"(?:(?:[^,;.]|[.,]\d){1,60}?\s+to\s+)?",  # ("from 4,120 to 11,372": a thousands comma)
    re.IGNORECASE,
)
_FROM_ONLY = re.compile(r"\s*(?:(?:up|down)\s+)?from\s+", re.IGNORECASE)
_PERSONS_MEASURE = re.compile(
    r"\b(?:employment|labour\s+force|population|workforce|unemployed|underemployed)\b", re.IGNORECASE
)
_SHARE_OPENING = re.compile(r"\W*(?:Of|Among)\s+(?:these|them|those|which|the)\b", re.IGNORECASE)
# "as follows: Hong Kong Island: 5 120; Kowloon: 8 390": a list item labelled by a name
_NAME_LABEL = re.compile(
    r"(?:\bfollows\s*:\s*|;\s*(?:and\s+)?)[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s*:\s*$"
)
# ("dropped to 1,530 (2014: 1,702)": the same count for the year in the bracket)
_YEAR_LABEL = re.compile(r"(?:^|[:;,(]\s*|\s)(?:19|20)\d{2}(?:\s*[-/]\s*\d{2})?\s*:\s*$")
_NUMBERS_OF_ANY = re.compile(
    r"\b(?:numbers?|total)\s+of\s+(?:[\w-]+\s+|\([A-Z][A-Za-z&]*\)\s+){0,5}?(?P<noun>[a-z][a-z-]{2,}s(?<!ss)(?<!ous)|(?-i:[A-Z][A-Z&]+s))\b",
    re.I,
)  # not "illness" in "the number of influenza-like illness outbreaks", nor "bus" in "of bus captains"
# "The accident rate per 1 000 workers ... dropped from 29.3 to 27.8": values of the rate.
_RATE_OF = re.compile(
    r"\brates?\s+per\s+(?P<base>\d{1,3}(?:[ ,]\d{3})*)\s+(?P<noun>[a-z]+s)\b(?:[^.;,]|\.\d){0,60}?"
    r"\b(?:was|were|is|stood\s+at|at|of|from|to|reached|dropped\s+from|fell\s+to|rose\s+to)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
_RATE_PER = re.compile(r"\brates?\s+per\s+\d", re.IGNORECASE)
_PER_BASE_AFTER = re.compile(
    r"\s+per\s+(?P<base>\d{1,3}(?:[ ,]\d{3})+)\s+(?P<noun>population|live\s+births|[a-z]+s)\b"
)
# Before the number: words that make it a label, an age or an address, not a count.
NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:Room|Flat|Unit|No|Nos|Level|Block|Tower|Exit|Phase|Chapter|Cap|Section|Rule|"
    # ("homes now number 224": the verb)
    r"Article|Item|Annex|aged|age|Tel|Fax|telephone|(?<!\bnow\s)number|numbers|priority|category|tier|"
    # a hotline's number: "the government hotline, 1823,", "call 1823", "the Mental Health Support
    # Hotline (18111)"
    r"hotline,?|hotline\s*\(|call|dial|"
    # capitalised only: "will stage 12 fairs", "type 3 words" are not labels
    # ("No-3", "#3", "1/4"; not "won 110 medals - 26 gold, ...", a spaced dash opening a list)
    r"(?-i:Stage|Type|Class|Zone|Terminal|Platform|Pier|Gate|Route|Schedule|Part))\.?|(?<!\s)-|[/#]"
    # "trade between the two places", "talks between the two sides": who, not how many
    r"|\bbetween\s+the"
    # "Mr Lee, who at 87 still visits ...": an age
    r"|\bwho\s+at"
    # "graduated from the world's top 100 universities": a rank, not a count
    r"|(?-i:\b(?:[Tt]he|world['’]s|its|their)\s+top)"
    # both ends of an age range: "aged 23 to 71", "aged between 20 and 45"
    r"|\b(?:aged|ages?)\s+(?:between|from)|\b(?:aged|ages?)\s+(?:between\s+|from\s+)?\d+\s*(?:to|and|-|\u2013)"
    # and the ranges listed after the first: "persons aged 15 to 19 and 20 to 24"
    r"|\b(?:aged|ages?)\s+\d{1,3}\s*(?:to|-|\u2013)\s*\d{1,3}(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}\s*(?:to|-|\u2013)\s*\d{1,3})*"
    r"\s*(?:,|\band|\bor)\s*(?:\d{1,3}\s*(?:to|-|\u2013)\s*)?"
    # "children aged between six months and under 12 years": the upper end of an age range
    r"|\baged\s+between\s+\S+(?:\s+\S+)?\s+and\s+(?:under|over|below|above)?"
    # "persons aged over 50", "children aged under 12": an age with its bound
    r"|\b(?:aged|ages?)\s+(?:over|under|above|below|about|around|at\s+least)"
    # school classes: "Primary Six schoolgirls", "Form 3 students"
    r"|\b(?:Primary|Secondary|Form|Grade)"
    r")\s*$",
    re.IGNORECASE,
)
# "compared with 88", "more than double the 19 800 in 2023": a base figure
_COMPARED_WITH = re.compile(
    # ("36 per cent more than the 35 490 recorded in the same period last year")
    # ("compared with the 980 received in 2012")
    # ("compared with a peak of 2 474 in 2000-01", "an increase of 0.4% over the figure of 7 531 800")
    r"\b(?:compare[sd]\s+(?:with|to)(?:\s+the)?(?:\s+(?:a|the)\s+(?:record\s+)?(?:peak|high|low|level|figure|total)\s+of)?"
    r"|over\s+the\s+(?:figure|level|total)\s+of"
    # ("reached 26 430, exceeding the target of 25 000 for the year")
    r"|(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|above|below|against)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?targets?\s+of"
    r"|against|versus|than(?:\s+the)?|(?:double|triple|twice|half)\s+the"
    # ("up 14.9 per cent on the 13.14 million for the same months in 2011")
    r"|(?:per\s+cent|%)\s+(?:on|over)\s+the"
    # ("about 12 per cent more than last year's 1 027", "from the previous year's 315 740")
    r"|(?:than|from|with|over|on)\s+(?:last|the\s+previous|the\s+preceding)\s+(?:year|month|quarter)['’]s)\s+$",
    re.IGNORECASE,
)
# "3.93 million visitors in October, up 14.6 per cent, after 3.41 million in September": the
# figure of the period before
_AFTER_BEFORE = re.compile(r",\s+after\s+$")
_IN_PERIOD_AFTER = re.compile(
    r"\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|(?:19|20)\d{2}\b|the\s+(?:previous|preceding|last|same)\s)"
)
_PERSONS_STATED = re.compile(
    r"\b(?:population|labour\s+force|workforce|(?:staff|manpower)\s+strength|headcount|"
    r"employment(?!\s+(?:rate|services?|programmes?)))\b(?:(?:[^,;.]|\.\d){0,50}\b(?:was|were|is|stood\s+at|standing\s+at|"
    r"reached|reaching|rose\s+to|averaged|(?:increased|grown|grew|decreased|declined|dropped)\s+to|"
    # ("will serve a population of about 370 000")
    r"fell\s+to|totalled)|(?:[^.;]|\.\d){0,80}\bfigure\s+of|(?<=population)\s+of)\s+$",
    re.IGNORECASE,
)
# "Islands had the fewest, at 83,064": a superlative in apposition
_SUPERLATIVE = re.compile(r"\b(?:the\s+)?(?:most|fewest|least|largest|smallest|highest|lowest)\s*$")
# "58 of the 64 survey areas": the whole a share is taken from
_SHARE_OF_WHOLE = re.compile(rf"(?:\b\d[\d,. ]*|\b(?:{NUMBER_WORDS}))\s+of\s+(?:the|all)\s+$", re.IGNORECASE)
# "expects passenger trips to exceed": the counted noun right before "to"
_NOUN_BEFORE_TO = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]+)\s+to\s+$")
# "total visitor arrivals ..., at 14.2 million, were": a total in apposition
_AT_APPOSITION = re.compile(r"(?<=[a-z]),\s+at\s+$")
# "a zero tolerance approach", "zero waste": "zero" naming a stance or target, no count
_ZERO_IDIOM = re.compile(
    r"[- ](?:tolerance|waste|emissions?|carbon|landfill|growth|accidents?|interest|sum|hour|day)\b",
    re.IGNORECASE,
)
# "0.4 and 0.3 percentage point", "4 and 3 per cent": the unit written once, after the last
_SHARED_SHARE = re.compile(
    # ("discounts of 20 to 50 per cent": the first end of a range of shares)
    r"\s+(?P<joint>and|or|to)\s+(?:about\s+)?\d+(?:\.\d+)?(?:\s*%|\s+per\s*cent\b|\s+(?P<points>percentage\s+points?)\b)",
    re.IGNORECASE,
)
# A verb right after a number: the number is its subject ("80 involved males"), not a modifier.
_SUBJECT_OF_VERB = re.compile(
    # ("80 related deaths": an adjective, not "12 related to drugs")
    r"\s+(?:involved|came|remained|died|recovered|required|sought|included|related(?=\s+(?:to|mainly|chiefly)\b)"
    r"|concerned|contained)\b"  # ("37 contained excessive pesticide residues": what the 37 are)
)
# "compared with 23 105 at end-2021 and 24 352 at end-2020": a second base
_SECOND_BASE = re.compile(
    # ("compared with 59.2 million in the second half of 2024 and 51.7 million in ...")
    # ("against 144 in the same period last year and 117 in the first quarter of 2010")
    r"\b(?:compared\s+(?:with|to)|from|against|versus)\s+(?:about\s+|some\s+)?\d[\d,.]*(?:[ ]\d{3})*"
    r"(?:\s+(?:million|billion))?(?:\s+[A-Za-z-]+){0,3}?"
    # ("compared with 1 152 outstanding DHOs a year earlier and 1 297 two years earlier")
    r"(?:\s+(?:in|at|on)\s+[\w-]+(?:\s+[\w-]+){0,5}?|\s+(?:a|one|two|three)\s+years?\s+(?:earlier|before|ago))?"
    r",?\s+and\s+$",
    re.IGNORECASE,
)
# "respective normals of 10 and 12", "record highs of 36.1": values of a measure, not things counted
_VALUES = {"normals", "averages", "totals", "figures", "rates", "values", "scores", "ratios", "records",
           "highs", "lows", "increases", "decreases", "rises", "falls", "declines", "readings"}  # fmt: skip
_PARTICIPLE_AFTER = re.compile(
    # ("the number has increased to over 150, attracting some 1.8 million visitors": a clause of its own)
    r"\s*(?:[a-z]{3,}ing\s|of\s+which\b|of\s+whom\b)"
)
# A thing sized by a count: "a 300-bed hospital", "the 1 280-unit estate", "a 2 000-seat hall".
_SIZED_BY = re.compile(r"-(?P<noun>bed|unit|seat|berth|classroom|place)\b(?![-–])", re.I)
_GROUP_SIZE = re.compile(
    # ("a 28-member business delegation": its kind between; "the department's 6 500-strong team")
    r"-(?P<kind>member|person|people|strong)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<group>delegation|team|group|panel|committee|board|council|mission|task\s+force|workforce|contingent)\b",
    re.I,
)
# The groups whose size counts members ("a 538-strong delegation"); a team or a workforce, persons
_OF_MEMBERS = {"delegation", "panel", "committee", "board", "council", "mission"}
_NOUN_OF = re.compile(r"(?<![Nn]umber\s)(?<![Tt]otal\s)\b(?:[a-z]+\s+)?(?P<noun>[a-z][a-z-]+s)\s+of\s+$")
# ("Museum attendance has grown steadily, rising from 4.4 million in 2010 to ...": a participle too)
_CHANGED_FROM = (
    r"(?:rose|increased|decreased|dropped|fell|grew|declined|rising|increasing|decreasing|dropping|falling"
    r"|growing|declining)\s+from"
)
# A number of people named by a collective noun: "an audience of about 1.5 million".
_CROWDS = {"audience": "persons", "turnout": "persons", "headcount": "persons", "attendance": "attendances",
           "membership": "members", "vehicle flow": "vehicles", "traffic flow": "vehicles",
           "enrolment": "students", "enrollment": "students", "caseload": "cases",
           "crime figure": "cases"}  # fmt: skip
_CROWD_OF = re.compile(
    # "an audience of about 1.5 million", "the average daily attendance during the holidays was 4 050"
    r"\b(?P<noun>"
    + "|".join(_CROWDS)
    + r")(?:\s+of|(?:\s+[\w&'’\-]+,?){0,12}?\s+"
    + rf"(?:was|stood\s+at|reached|totalled|{_CHANGED_TO}|{_CHANGED_BY}"
    # ("Attendance at the museums rose from 3.1 million in 2022 to 5.24 million in 2023")
    + rf"|{_CHANGED_FROM}(?:(?:\s+[\w.]+){{1,6}}?\s+to)?))\s+$",
    re.IGNORECASE,
)
# The count named before, taken further: "aims to raise the number to at least 500", "and last
# year it reached 13 450"
_SAME_COUNT_TO = re.compile(
    # ("had reached 68 flight movements per hour, and the AAHK aims to raise it to 80 by 2027")
    r"\b(?:(?:rais|increas|boost|doubl|bring|brought|lift)\w*\s+(?:it|(?:the|this)\s+(?:number|figure|total))\s+to"
    r"|(?:it|this|the\s+figure)\s+(?:reached|rose\s+to|grew\s+to|fell\s+to|stood\s+at)"
    # ("The figure is projected to reach 2.74 million ... by 2046": a projection of the count before)
    r"|(?:it|(?:the|this)\s+(?:figure|number|total))\s+(?:is|was)\s+(?:projected|expected|estimated|forecast)\s+to"
    r"\s+(?:reach|(?:rise|increase|grow|fall|drop|decrease)\s+to))\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:)]|$|\s(?:in|on|for|during|as|at|by|last|this|next|compared|when|while|and|to|from)\b"
    # "decreased by 298 (down 0.3 per cent) to 111 862": the change's share in brackets
    r"|\s\((?:up|down)\s"
    # "rose to 53 (38 in the same period last year)": the figure compared with, in brackets
    r"|\s\((?:HK)?\$?\d[\d,.]*(?:\s\d{3})*(?:\s*%|\s+per\s+cent)?\s+(?:in|on|during|for|a\s+year|last|the\s+same)\b"
    # "dropped to 1,530 (2014: 1,702)": the figure of another year, labelled by it, in brackets
    r"|\s\((?:19|20)\d{2}(?:[-/]\d{2})?\s*:\s*(?:HK)?\$?\d"
    # "more than the 35 490 recorded in the same period last year": a participle of the figure
    r"|\s(?:recorded|registered|reported|held|staged|organised|organized|handled|received|processed|"
    r"issued|approved|conducted|completed|stipulated|specified|set|laid\s+down)\s+(?:in|on|during|for|at|by|over|last|a)\b"
    r"|\sover\s+(?:the|last|this|a)\b"  # "rose by around 200 to 3 866 000 over the same period"
    r"|\s(?:a|one|two|three)\s+years?\s+(?:earlier|before|ago)\b"  # "and 1 297 two years earlier"
    r"|\s(?:a|per)\s+(?:day|week|month|year)\b"  # "rose to 187 000 a day in June"
    r"|\s(?:[a-z]+|\d+)\s+(?:years?|months?)\s+ago\b"  # "up from some 600 five years ago"
    # "down 9.2% from 316 a year earlier", "from 41 the previous year"
    r"|\s(?:(?:a|the)\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago)|(?:the\s+)?(?:previous|preceding)\s+[a-z]+)\b)"
)
# "Fifteen of them were women": what they were says they are people, whatever was counted last
_WERE_PEOPLE = re.compile(
    r"\s+(?:were|are)\s+(?:(?:all|also)\s+)?(?:women|men|males|females|girls|boys|children|minors|juveniles)\b"
)
# "Two of the injured": an adjective or participle standing for persons; "Three of the crew": a
# group of persons named in the singular
_PERSONS_ADJECTIVE = re.compile(
    r"(?:[a-z]+ed|elderly|sick|young|poor|homeless|deceased|crew|staff|personnel)\b"
)
# A count of people by what befell them: "1 834 seriously injured", "three killed"
_HURT_AFTER = re.compile(
    r"\s+(?:(?:seriously|slightly|critically|severely|mildly|fatally)\s+)?(?P<state>injured|killed|wounded|hurt)\b"
)
# "The successful applicants came mainly from the financial services (52), ...": where they came from
_SOURCE_SUBJECT = re.compile(
    r"\W*(?:The|These|Those|Most)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*s)\s+(?:came|come|were|are)\s+"
    r"(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?(?:from|in)\b"
)
_PARTS_IN_PARENS = re.compile(r"(?:[^()]*(?:,|\band))?\s*")  # the first item of a bracket, or a later one
_CLOSE_PAREN = re.compile(r"\s*(?:\)|,\s*or\s)")  # "goods vehicles (112 156, or 18.4 per cent)"
# "61 in the Transport category", "and 2 980 in 2023", "and 2 980 in 2023/24": a list item, or
# the same count for another period
_LIST_ITEM_AFTER = re.compile(
    # ("97 were in the New Territories, 38 on Hong Kong Island and 23 in Kowloon")
    r"\s+(?:in|on|from|at|under|for|to)\s+(?:the\s+)?"
    # "400 in 2023 and 830 in 2024" (not "in 2000 cases")
    r"(?:[A-Z]|(?:19|20)\d{2}\b(?!\s*(?:per|%|(?!(?:and|or|to|respectively)\b)[a-z])))"
    # "17 920 as at end-December 2022, 18 650 as at end-December 2023 and ..."
    r"|\s+as\s+(?:at|of)\s+(?:end-|the\s+end\s+of\s+)?(?:[A-Z]|(?:19|20)\d{2}\b)"
)
# "7 to Thailand", "23 in Sham Shui Po": an item by the place it names (not "47 in 2024", "9 in June")
_PLACE_ITEM_AFTER = re.compile(
    r"\s+(?:in|on|from|at|to)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z][a-z]"
)
_BREAKDOWN_AFTER = re.compile(
    # ("including 186 relating to natural disasters", "including 412 on chartered flights")
    # ("nine in e-commerce and logistics": a hyphenated word too)
    r"\s+(?:(?:in|from|at|for|to|on)\s+(?:the\s+)?[a-z](?:[a-z]|-(?=[a-z])){2,}(?<!total)\b"
    r"|(?:working|based|located|serving|living|relating|involving|concerning)\b)"
)
# "including 11 in ...", "The new partners included 12 in ..., nine in ...": a breakdown follows
_INCLUDE = r"\b(?:includ(?:ing|ed|es|e)|compris(?:ing|ed|es|e))"
_INCLUDING = re.compile(rf"{_INCLUDE}\b(?:[^.;]|\.\d)*$", re.IGNORECASE)
_LIST_ITEM_BEFORE = re.compile(
    rf"(?:{_INCLUDE}|\bof\s+which|\bnamely|,|\band|\bwith|\bwhile|\bwhereas|\bbut)\s*$", re.IGNORECASE
)
# ("covering 14 of its 74 public markets")
_PARTITIVE = re.compile(
    # ("Fifteen of last year's fires occurred ...")
    r"\s+of\s+(?:(?P<pron>them|whom|which)\b|(?P<det>these|those|the|its|their|our|(?:last|this)\s+year['’]s)\s+)",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"\bper\s*cent\b|%")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z&]*[A-Z]s)\)")


@dataclass(frozen=True)
class Counted:
    unit: str
    noun: str  # the head noun as written (lowercase)
    noun_end: int


_MEN = ("men", "women")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_JOINERS = frozenset({"and", "or", "nor", "but", "of", "in", "to", "for", "with", "at", "on", "from", "by"})


_RANK = re.compile(r"I{1,3}|IV")
# "287 e-Channels", "e-Services": a lower-case prefix before a capital
_E_PREFIXED = re.compile(r"[a-z]{1,2}-[A-Z][a-z]+s")
_PLURALS_IN_US = frozenset({"menus", "gurus", "emus", "haikus", "tutus"})


def is_plural(word: str) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return False  # "25 618 learner's driving licences": a possessive modifies what is counted
    if low in UNIT_SYNONYMS or low in IRREGULAR_PLURALS:
        return True
    if low.endswith(_MEN) and low == word and len(low) > 5:
        return True  # "285 firemen", "120 ambulancemen", "40 fishermen"
    return (
        low.endswith("s")
        and not low.endswith(("ss", "ous"))
        # "radius", "campus", "surplus": a Latin singular (not "menus")
        and not (low.endswith("us") and low not in _PLURALS_IN_US)
        and not low.endswith("sis")  # "three suicide crisis intervention centres": a Greek singular
        and len(low) > 3
        and (low == word or _E_PREFIXED.fullmatch(word) is not None)
        and low not in NOT_PLURALS
        and low.rsplit("-", 1)[-1] not in NOT_PLURALS
    )


_NUMBER_WORD = re.compile(NUMBER_WORDS)
_DECIMAL = re.compile(r"\d\.\d")
_A_DIGIT = re.compile(r"\d")
_CONTRAST_AFTER = re.compile(r"\s*(?:while|whereas)\b")
# before a decimal figure that may stand between a number and its noun: a list's joints and
# qualifiers ("2.3 million, 1.9 million and about 1.5 million visitors")
_LIST_JOINS = frozenset({"and", "or", "to", ",", "about", "some", "around", "approximately", "nearly",
                         "almost", "over", "than", "least", "under", "up"})  # fmt: skip


# Plural-only nouns that modify a compound as they stand: "12 640 goods vehicle drivers", "40 arts
# centre staff"
_PLURAL_MODIFIERS = frozenset({"goods", "arts", "sports", "customs", "savings"})


def _modifies_compound(sentence: str, following: re.Match[str] | None) -> bool:
    """Whether an invariant plural ('fish', 'youth') is followed by a lowercase noun and then the
    plural the compound counts."""
    if following is None:
        return False
    word = following.group()
    if not word.islower() or word in STOP_WORDS or word in _JOINERS or _NUMBER_WORD.fullmatch(word):
        return False  # "five staff eight years ago": a number starts something else
    last = _TOKEN.match(sentence, following.end() + 1)
    return last is not None and is_plural(last.group()) and last.group().lower() not in STOP_WORDS


# "15 general and three roadside monitoring stations": the first number shares the second's noun.
_GAPPED = re.compile(rf"\s+[a-z][a-z-]*\s+(?:and|or)\s+(?:{DIGITS}|{NUMBER_WORDS})(?=\s)")
_VERB_AFTER_AND = re.compile(r",?\s+and\s+[a-z]+s\s+(?:the|a|an|its|their|to|with)\s")


_MODIFIER_LIST = re.compile(
    r"\s*(?:[A-Z][\w-]*\s*,\s*){0,3}[A-Z][\w-]*\s+(?:and|or)\s+[A-Z]?[\w-]+\s+[a-z][\w-]*s\b"
)


# Nouns whose head alone misreads what is counted ("servants", "95 family offices" are not
# offices, "170 government car parks" not parks); the dev labels write them whole ("8 000 staff
# members" are staff, persons). ("post offices" stays "offices": the dev labels split.)
# (and a head that would merge two measures of one kind of release: "marine parks" and "country
# parks", "job fairs" and "trade fairs", "bus captains"; the dev labels write these whole 5 to 15
# times for each time they write the head alone)
_WHOLE = (
    "civil servants", "family offices", "car parks", "collection points", "page views", "task forces",
    "black spots", "job seekers",  # (no dev label writes "seekers": 15 "job seekers", 17 "persons")
    "marine parks", "country parks", "job fairs", "trade fairs", "bus captains", "tropical cyclones",
    "parking spaces", "control points", "ship calls",
    # (and heads that say nothing alone: "95 sports centres", "44 swimming pools", "22 special
    # areas"; the dev labels write each whole 3 to 8 times and never the head)
    "sports centres", "swimming pools", "tennis courts", "special areas", "service points",
    "travel agents", "farm lots", "school nets",
)  # fmt: skip
# "exhibitors from 20 countries and regions", "168 countries and territories": one unit, written whole
_PLACES_PAIR = re.compile(r"countries\s+and\s+(?:regions|territories)\b", re.I)
_COMPOUND_UNITS = {"staff members": "persons"} | {c: c for c in _WHOLE}
_COMPOUND_UNIT = re.compile(r"\b(?:" + "|".join(_COMPOUND_UNITS).replace(" ", r"\s+") + r")\b", re.I)


def _compound_at(text: str, start: int, end: int, low: str) -> Counted | None:
    """The noun ending at `end` when it is written whole with the word before it ("staff members",
    "job seekers"), its unit from `_COMPOUND_UNITS` (`low`: the last word, lower case)."""
    compound = _COMPOUND_UNIT.search(text, start, end)
    if compound is None or compound.end() != end:
        return None
    whole = " ".join(compound.group().lower().split())
    unit = _COMPOUND_UNITS[whole]
    return Counted(unit, whole if unit == whole else low, end)


# ("Three members of a family living in the flat were sent to hospital": people)
_OF_THE_PUBLIC = re.compile(
    r"\s+of\s+(?:the\s+public|(?:a|the|one|his|her|their)\s+(?:family|household))\b", re.IGNORECASE
)


# An acronym in brackets between modifiers and their noun: "research and development (R&D) centres"
_INNER_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z&]*[A-Z]\s*\)(?=\s+[a-z])")


# "with 800 to 1 000 places offered": the first end of a range counts the noun after the second
_RANGE_ON = re.compile(rf"\s+to\s+(?P<second>{DIGITS}|{NUMBER_WORDS}\b)(?=\s+[a-z])")


_CLAUSE_THEN_FIGURE = re.compile(
    rf",\s+(?:and|while|but|whereas)\s+(?:(?:{QUALIFIER_RE})\s+)?(?:(?:HK|US)?\$)?\d"
)
_ITEM_BEFORE = re.compile(r"\d\s*,\s*$|\d\s+(?:and|or)\s+$")


def _head_noun(sentence: str, pos: int) -> Counted | None:
    """The plural noun a number counts: 'over 100 upstream, midstream and downstream ... enterprises'."""
    if _SUBJECT_OF_VERB.match(sentence, pos):
        return None
    if ranged := _RANGE_ON.match(sentence, pos):
        pos = ranged.end()
    modifiers = 0
    last_capital = False
    titled = True  # every word so far in title case
    last, last_end = "", pos
    skip = pos
    contrast: int | None = None
    for tok in _TOKEN.finditer(sentence, pos):
        if tok.start() < skip:
            continue
        word = tok.group()
        low = word.lower()
        inner = _INNER_ACRONYM.match(sentence, tok.start()) if word == "(" and modifiers else None
        if inner:  # "eight new research and development (R&D) centres": the modifiers' acronym
            skip = last_end = inner.end()
            continue
        # a figure between, not an item of a list ("1.22 million and 0.24 million passengers")
        if _DECIMAL.search(sentence, last_end, tok.start()) and last.lower() not in _LIST_JOINS:
            return None
        # ("Flight movements rose to 32 215, while cargo throughput reached 404 000 tonnes": the
        # noun of the next clause's own figure; not "totalled 3.9 million, while local registered
        # items reached 7.2 million")
        if contrast is not None and _A_DIGIT.search(sentence, contrast, tok.start()):
            return None
        last, last_end = word, tok.end()
        if tok.start() == pos and word.startswith("-"):
            return None
        if (
            low in NOT_UNITS
            and not (low in ("days", "nights") and _KIND_OF_DAY.search(sentence, pos, tok.start()))
            and not (low in COUNTED_WHEN_MODIFIED and modifiers)
        ):
            return None
        if is_plural(word):
            if low in STOP_WORDS or _VERB_AFTER_AND.search(sentence, pos, tok.end() + 6):
                return None  # "... of around 60.7 million, and expects the opening of ...": a verb
            following = _TOKEN.match(sentence, tok.end() + 1)
            if following and is_plural(following.group()) and following.group().lower() not in STOP_WORDS:
                continue  # "12 sports centres", "40 goods vehicles": the last noun is counted
            invariant = low in IRREGULAR_PLURALS or low in _PLURAL_MODIFIERS
            if invariant and _modifies_compound(sentence, following):
                continue  # "26 fish culture zones", "30 youth service centres", "goods vehicle drivers"
            acronym = _ACRONYM_AFTER.match(sentence, tok.end()) if low in GENERIC_NOUNS else None
            if acronym:  # "two boundary control points (BCPs)": the unit as the release writes it
                return Counted(acronym["acr"], low, tok.end())
            paired = _PLACES_PAIR.match(sentence, tok.start())
            if paired:
                whole = " ".join(paired.group().lower().split())
                return Counted(whole, whole, paired.end())
            compound = _compound_at(sentence, max(pos, tok.start() - 12), tok.end(), low)
            if compound is not None:  # "8 000 staff members": staff
                return compound
            if low == "members" and _OF_THE_PUBLIC.match(sentence, tok.end()):
                return Counted("persons", low, tok.end())  # "180 000 members of the public": people
            # ("285 firemen", "40 fishermen": the dev labels keep a trade's own word; "men" and
            # "women" are persons)
            return Counted(UNIT_SYNONYMS.get(low, low), low, tok.end())
        if _ACRONYM_PLURAL.fullmatch(word):  # "742 RCHEs", "23.9 million TEUs"
            return Counted(UNIT_SYNONYMS.get(low, word), low, tok.end())
        # "14 870 Fire Hazard Abatement Notices": a document type in title case, its last word plural
        if titled and word[:1].isupper() and word[1:].islower() and is_plural(low):
            following = _TOKEN.match(sentence, tok.end() + 1)
            plural_after = (
                following
                and following.group().islower()
                and is_plural(following.group())
                and following.group() not in STOP_WORDS  # "90 Immigration Officers this year"
            )
            # ("421 Assistant Officers II": a grade's rank in Roman numerals)
            capital_after = (
                following and following.group()[:1].isupper() and not _RANK.fullmatch(following.group())
            )
            if not capital_after and not plural_after:
                return Counted(low, low, tok.end())  # not "four Christmas stamps"
        # ("22 new Recycling Stores": a lead word before the title-cased name)
        # ("the 26 iPostal Stations": a brand's lower-case first letter)
        capital = word[:1].isupper() or _brand_case(word)
        titled = titled and (capital or (low in _TITLE_LEADS and not modifiers))
        if word == "A" and titled and tok.start() > pos + 1:
            continue  # "20 Tier A sports", "12 Grade A buildings": a grade's letter, not the article
        if low in STOP_WORDS or word in '.;:()[]“”"':
            return None
        if (
            word == ","
            and re.match(r",\s*[A-Z]", sentence[tok.start() : tok.start() + 3])
            # "387 overseas, Mainland and Taiwan companies": a list of modifiers goes on
            and not (modifiers and _MODIFIER_LIST.match(sentence, tok.end()))
        ):
            return None
        if word == "," and _PARTICIPLE_AFTER.match(sentence, tok.end()):
            return None  # "stood at 182, comprising 151 licensed banks": what follows is a part
        if word == "," and _CONTRAST_AFTER.match(sentence, tok.end()):
            contrast = tok.end()  # the next clause's subject may be what it counts, not its own figure's noun
        # ("some 30 100 PRH and Green Form Subsidised Home Ownership Scheme units": a name in title
        # case modifies as one word)
        modifiers += word != "," and not (word[:1].isupper() and last_capital)
        last_capital = word[:1].isupper()
        if modifiers > MODIFIERS_ALLOWED:
            return None
    return None


_JOURNEYS = re.compile(
    r"\b(?:trade|business|buying|industry|investment|promotion(?:al)?|study|outbound|inbound|overseas|"
    r"marketing|exchange)\s+missions$",
    re.IGNORECASE,
)
_TITLE_LEADS = frozenset({"new", "more", "additional", "existing"})


def _brand_case(word: str) -> bool:
    """'iPostal', 'eKiosk': a brand's lower-case first letter before its capital."""
    return len(word) > 2 and word[0].islower() and word[1].isupper() and word[2].islower()


_OF_COUNTED = re.compile(r"\d\s+[a-z][a-z-]+s\s+of\s+$")


_YEAR_DASH = re.compile(r"(?:19|20)\d\d[-/]$")


def _last_count(text: str, people: bool = False) -> Counted | None:
    """The noun of the last count in `text` ('a total of 86 companies'); `people`: of the last
    count of people ("52 teachers from 23 schools ... Eleven of them": teachers)."""
    last: Counted | None = None
    for q in QUANTITY.finditer(text):
        if _OF_COUNTED.search(text, max(0, q.start() - 40), q.start()):
            continue  # "68 420 waterbirds of 71 species": a count describing the one before
        if _YEAR_ITEM.fullmatch(q["num"]) or _YEAR_DASH.search(text, max(0, q.start() - 5), q.start()):
            continue  # "58 prosecutions in 2008-09 against owners": a year is no count
        if not (q["cur"] or q["suffix"] or q["mu"]):
            partitive = _PARTITIVE.match(text, q.end())  # "68 of the companies"
            after = partitive.end() if partitive and partitive["det"] else q.end()
            counted = _head_noun(text, after)
            if counted is not None and (not people or counted.noun.lower() in _HUMAN_NOUNS):
                last = counted
    return last


# Verbs in -s that report what follows "that" ("The survey shows that ..."), never counted nouns.
_SAYS_VERBS = frozenset({
    "shows", "reveals", "indicates", "suggests", "means", "notes", "states", "says", "finds",
    "estimates", "projects", "expects", "confirms", "demonstrates", "reports", "stresses",
    "highlights", "believes", "considers", "understands",
})  # fmt: skip


# ("The places provided by ...": places as a participle's subject are no classifier)
_NOT_HEADS = ABSTRACT_NOUNS | NOT_UNITS | STOP_WORDS | {"figures", "numbers", "totals", "times"}
_PARTICIPLE_SUBJECT = re.compile(
    rf"{_ITEM_LABEL}The\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]*s)\s+"
    rf"(?:[a-z]{{3,}}ed|{_PARTICIPLES})\s+"
    r"(?:by|in|at|for|from|under|to|through|during|on)\b"
)

# "Overseas visitors attending these events numbered ...", "Smuggling cases involving postal and
# express parcels reached ...", "Visitors to the wetland numbered ...": a plural subject, then a
# participle's or "to the" phrase
_ING_SUBJECT = re.compile(
    rf"{_ITEM_LABEL}(?:The\s+)?(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z][a-z-]*s)\s+(?:[a-z]{{3,}}ing\s+"
    r"(?:the|these|those|its|their|an?|in|at|on|to|from|[a-z]+\s+and\s+[a-z]+)|to\s+the)\b"
)


# a counted item closed before the next: "aquaculture (14), fisheries technology "
_ITEM_BEFORE_NEXT = re.compile(
    rf"\(\s*(?:{DIGITS}|{NUMBER_WORDS})\s*\)\s*(?:[,;]\s*(?:and\s+)?|and\s+)[^();.]{{0,60}}$", re.I
)


def _first_item_head(head: str) -> str:
    """The text before a list's first bracketed count: 'The approved projects covered aquaculture
    (14), fisheries technology (eight)': each item counts what the first does (projects), not a
    plural inside a later item's name."""
    while (item := _ITEM_BEFORE_NEXT.search(head)) is not None:
        head = head[: item.start()]
    return head


# "visitor arrivals to Hong Kong", "visits to the museums": a plural and where it goes, not "aims to"
_TO_A_PLACE = re.compile(r" to (?:the |[A-Z])")


_SHARE_END = re.compile(r"\d\s*%|\d\s+per\s+cent\b")


def _antecedent(text: str) -> Counted | None:
    """What a bare number after `text` counts: the noun of the last count in it ('a total of 86
    companies, followed by the US (47)'), else its last counted plural noun."""
    last = _last_count(text)
    if last is not None:
        return last
    # "46 per cent of the awardees studied STEM subjects. Thirty-seven of them ...": the group a
    # share was taken of
    groups = [g for s in _SHARE_END.finditer(text) if (g := SHARE_OF.match(text, s.end()))]
    group = groups[-1].group(1) if groups else None
    if group is not None and is_plural(group) and group not in _NOT_ANTECEDENTS:
        return Counted(UNIT_SYNONYMS.get(group, group), group, groups[-1].end(1))
    # "The number of P1 students in these schools was 41 260, down 8.1 per cent from 44 900", "the
    # largest numbers of companies were in innovation and technology (97)": the noun counted
    number_of = max(_NUMBERS_OF_ANY.finditer(text), key=lambda n: n.start(), default=None)
    if number_of is not None:
        return _number_of_noun(number_of)
    # "The places provided by these kindergartens in the same years totalled ...": the subject's
    # head, which a participle's phrase follows
    headed = _PARTICIPLE_SUBJECT.match(text) or _ING_SUBJECT.match(text)
    if headed is not None and is_plural(headed["noun"].lower()) and headed["noun"].lower() not in _NOT_HEADS:
        low = headed["noun"].lower()
        return Counted(UNIT_SYNONYMS.get(low, low), low, headed.end("noun"))
    for tok in reversed(list(_TOKEN.finditer(text))):
        word = tok.group()
        low = word.lower()
        if (text.startswith(" to ", tok.end()) and not _TO_A_PLACE.match(text, tok.end())) or (
            low in _SAYS_VERBS and text.startswith(" that ", tok.end())
        ):
            continue  # "aims to", "plans to", "The report shows that": a verb, not what is counted
        # "Arrivals from long-haul markets grew ...": a plural opening the sentence is capitalised
        opening = not text[: tok.start()].strip() and word[:1].isupper()
        named = _NAME_WORD.fullmatch(word) and _IN_A_NAME.search(text, max(0, tok.start() - 24), tok.start())
        if named and not opening:
            continue  # "Joint operations with the Hong Kong Police Force numbered 84": a name's word
        if (is_plural(word) or (opening and is_plural(low))) and low not in _NOT_ANTECEDENTS:
            return Counted(UNIT_SYNONYMS.get(low, low), low, tok.end())
    return None


_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_IN_A_NAME = re.compile(r"\b[A-Z][a-z]+\s+$")  # the capitalised word before, inside one name


# A sentence about a plural subject named before: "These enterprises are ...", "The new partners work ..."
_TOPIC_SUBJECT = re.compile(
    r"^\W*(?:These|Those|The|Such|All\s+the|All\s+these)\s+(?:(?:new|other|same|remaining)\s+)?"
    r"(?P<noun>[a-z][a-z\-]*s)\s+(?!of\b|and\b|in\b|for\b|from\b|with\b|to\b|at\b|on\b|by\b)[a-z]+"
)


def _subject_of(previous: str) -> Counted | None:
    m = _TOPIC_SUBJECT.match(previous)
    if m is None or not is_plural(m["noun"]) or m["noun"] in _NOT_ANTECEDENTS:
        return None
    low = m["noun"]
    return Counted(UNIT_SYNONYMS.get(low, low), low, m.end("noun"))


def _compared_figure(body: str, lead: str, previous: str) -> Counted | None:
    """'The average daily penal population in 2011 was 9,327, down 4.6 per cent from 9,777': a
    base with no noun of its own counts what the figure it is compared with counts."""
    for q in reversed(list(QUANTITY.finditer(lead))):
        if q["cur"] or q["suffix"] or q["mu"] or _YEAR_ITEM.fullmatch(q["num"]):
            continue  # money and shares carry their own unit; a year is no figure
        if NOT_A_COUNT_BEFORE.search(lead, max(0, q.start() - 28), q.start()):
            continue  # "214 were aged under 21, compared with 167": an age is no figure
        if _OF_COUNTED.search(lead, max(0, q.start() - 40), q.start()):
            continue  # "68 420 waterbirds of 71 species, 9 per cent more than the 62 750"
        found = unit_of(body, q, previous, compared=False)
        if not (found and found[1]) and _LIST_GAP.fullmatch(lead, q.end()):
            continue  # "compared with nine and 141": a bare item before, itself a base
        return Counted(found[0], found[1], found[3]) if found and found[1] else None
    if _THE_FIGURE.match(lead):  # "The figure compared with 12.3 million in 2019": the one before
        return _last_count(previous)
    return None


# "The figure compared with ...", "This number compares with ...": the count the sentence before gave
_THE_FIGURE = re.compile(r"\W*(?:The|This|That)\s+(?:figure|number|total)\s+(?:was\s+)?compar", re.IGNORECASE)


_FIELDS_OF_WORK = re.compile(r"\s+(?:key|priority|focus|strategic|core|major|main|policy)\s+areas\b", re.I)
# "Of these, 58 were start-ups", "of which 412 are day-care places": a noun phrase after the verb
# Where a bare number is the subject of its clause: the sentence's start, after a comma, "and",
# "another", "the remaining".
_SUBJECT_SLOT = re.compile(
    r"(?:^\W*|[,;]\s+|\band\s+|,\s+(?:while|whereas)\s+"
    r"|\b(?:[Aa]nother|[Aa]\s+further|[Tt]he\s+(?:remaining|other|rest\s+of\s+the))\s+)$"
)
_ANOTHER = re.compile(r"\b(?:[Aa]nother|[Aa]\s+further)\s+$")  # ("and a further 52 will be added")
# ("Of the 412 000 persons in these age groups, some 318 000 (77 per cent) had replaced ...")
_SHARE_VERB_AFTER = re.compile(r"\s+(?:\([^()]{1,30}\)\s+)?(?:were|was|passed|failed|had)\b")
# "Of the 336, 203 were from the Mainland": the whole a sentence opens with
_WHOLE_OPENING = re.compile(r"\W*(?:Of|Among)\s+(?:the|these|those|all)\s+")
_DURATION_OWNED = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?)['’]")
# "another 30 years of success": a length of time (a count of days is a weather statistic)
_DURATION = re.compile(r"\s+(?:years?|months?|weeks?|hours?|minutes?)\b(?![-‐]|\s+on\s+)")
# "16 very hot days", "21 hot nights", "five rainy days": days of a kind, counted
_KIND_OF_DAY = re.compile(r"\b(?:hot|cold|rainy|wet|dry|sunny|foggy|misty|hazy|thundery|frosty)\s+$", re.I)
_WERE_A_NOUN = re.compile(
    # ("Of these convictions, 53 were against company directors": whom they were against)
    r"\s+(?:were|are)\s+(?!(?:in|at|on|from|for|with|by|aged|under|over|below|above|against|about|"
    r"related|involving|concerning|regarding|of|to|into|among|between|within|outside|near)\b)"
    # ("another 120 were given merit certificates": what they received, not what they are)
    r"(?!(?:given|awarded|granted|offered|presented|issued|sent|paid|allocated|allotted|provided)\b)"
)
_MEDAL_ONLY = re.compile(r"\s+(?:gold|silver|bronze)\b(?!\s+medals?\b)", re.IGNORECASE)
_CHANGE_OF_BEFORE = re.compile(r"\b(?:increase|decrease|rise|drop|decline|growth|fall)\s+of\s+$", re.I)
_CHANGE_OVER_FIGURE = re.compile(r"\s+(?:over|on|from)\s+(?:the\s+)?(?=\d)")


# "37 were arts and cultural events": a noun joined to an adjective before the shared head noun
_SHARED_HEAD = re.compile(r"\s+and\s+[a-z]+(?<!s)\s+(?P<noun>[a-z][a-z-]+s)\b")


def _were_a_noun(body: str, stop: int) -> Counted | None:
    """The plural noun a partitive count is said to be: 'Of these, 58 were start-ups'."""
    were = _WERE_A_NOUN.match(body, stop)
    named = _head_noun(body, were.end()) if were else None
    if named is None or were is None or named.noun_end - were.end() >= 40:
        return None
    shared = _SHARED_HEAD.match(body, named.noun_end)
    if shared and is_plural(shared["noun"]) and shared["noun"] not in NOT_UNITS:
        low = shared["noun"]
        return Counted(UNIT_SYNONYMS.get(low, low), low, shared.end("noun"))
    return named


_BARE_COUNT_OPENER = re.compile(r"\W*A\s+total\s+of\s+[\d,. ]+\d\s+(?:were|was)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$")
# "Complaints about telecommunications services and the travel industry numbered ...": a plural
# subject, then what it is about
_SUBJECT_ABOUT = re.compile(
    r"\W*(?P<noun>[A-Z][a-z-]+s)\s+(?:about|on|against|concerning|regarding|involving|over)\s+(?!\d)"
)
_COMMA_BEFORE = re.compile(r"[a-z],\s+$")
# "Forty-one of them", "12 of the samples": a sentence that opens with a share of a whole
_COUNT_OF_WHOLE_OPENS = re.compile(
    rf"\W*(?:{DIGITS}|{NUMBER_WORDS})\s+of\s+(?:them|these|those|the)\b", re.IGNORECASE
)
_AND_VERBED = re.compile(r"\band\s+[a-z]{3,}ed\s+$")
_GAPPED_PARTICIPLE = re.compile(
    rf"\s+(?:[a-z]{{3,}}ed|{_PARTICIPLES})"
    r"\s*(?:[;,.)]|$|\s+and\b)"
)
_WHILE_BEFORE = re.compile(r",\s+(?:while|whereas)\s+$")
_FIGURES_AFTER = re.compile(rf"(?:\s*,\s*{DIGITS})*\s*,?\s+and\s+{DIGITS}")
# "The numbers of applications ... were 1 204, 1 356 and 1 410, while those under the pilot scheme
# were 310, 342 and 388", "whereas that of the previous year was 1 980": the number of the same
# things for another whole
_THOSE_OF = re.compile(
    r",\s+(?:while|whereas|and)\s+(?:those|that)\s+(?:of|for|under|in|at|by|from|among|on)\s+"
    r"[^,;]{1,60}?\s+(?:was|were|stood\s+at|reached|totalled)\s+(?:about\s+|some\s+|around\s+)?$"
)
_NUMBERS_OF = re.compile(r"\b[Nn]umbers?\s+of\s+[a-z]")
_AND_THE_REMAINING = re.compile(r"\band\s+the\s+remaining\s+$")
# "while the remaining 280 were withdrawn", "and the other 15 are re-appointed"
_REMAINING_BEFORE = re.compile(r"\b[Tt]he\s+(?:remaining|other)\s+$")
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]{3,})\b")


def _verb_after(body: str, stop: int) -> bool:
    """A present verb right after a bare number ("the remaining 47 cover ..."): a lowercase word
    that is neither a plural noun, a past form nor a function word."""
    word = _WORD_AFTER.match(body, stop)
    return (
        word is not None
        and not is_plural(word["word"])
        and not word["word"].endswith("ed")
        and word["word"] not in STOP_WORDS | _JOINERS
    )


# "Of the places in operation, 460 are on Hong Kong Island": the noun the share is of;
# "Of the injured, 173 were seriously injured": persons
_SHARE_OF_THE = re.compile(
    r"\W*(?:Of|Among)\s+the\s+(?:(?P<adj>injured|arrested|dead|deceased|infected|unemployed|elderly)"
    r"|(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][a-z-]+s(?<!ss)(?<!ous)))\b[^,;\d]{0,60},\s"
)


def _share_of_the(body: str, start: int) -> Counted | None:
    m = _SHARE_OF_THE.match(body)
    if m is None or m.end() > start:
        return None
    if m["adj"]:
        return Counted("persons", m["adj"].lower(), m.end("adj"))
    low = m["noun"]
    if not is_plural(low) or low in STOP_WORDS or low in NOT_UNITS:
        return None
    return Counted(UNIT_SYNONYMS.get(low, low), low, m.end("noun"))


# "and three were admitted to hospital", "the remaining eight were withdrawn": the number is the
# subject of a passive verb
_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?[a-z]{3,}(?:ed|en|wn)\b"
)
_MODAL_AFTER = re.compile(r"\s+(?:will|would|could|may|might|can|should)\s+[a-z]{2,}\b")
_WERE_AGED = re.compile(r"\s+(?:were|was|are|is)\s+aged\b")
# "Among those arrested, 47 were found to have ...": those a participle names are persons
_THOSE_DONE_TO = re.compile(
    r"\W*(?:Of|Among)\s+(?:those|the\s+persons|the\s+people)\s+(?:arrested|convicted|charged|detained|"
    r"prosecuted|injured|interviewed|surveyed|infected|hospitali[sz]ed|rescued|sentenced|intercepted)\s*,\s*",
    re.IGNORECASE,
)
_BE_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have)\b")
# "Of the complaints received in the first five months, ", "Of the orders issued in 2018, ": a whole
# named; "Of the 4 050 teachers who left in the 2021/22 school year, 1 560 (38.5 per cent) retired,
# 1 380 (34.1 per cent) left for further studies, and the remaining 1 110 ...": a whole counted,
# then its shares
_OF_THE_WHOLE = re.compile(
    rf"{_ITEM_LABEL}(?:Of|Among)\s+(?:the|these|those|all\s+the)\s+(?P<count>\d[\d,.]*(?:\s\d{{3}})*\s+)?"
    r"(?P<np>[a-z](?:[^,\d;:()]|(?:19|20)\d\d(?:[/-]\d\d)?\b)*?),\s*"
)
_SHARE_ASIDE = re.compile(rf"\s*\(\s*(?:(?:{QUALIFIER_RE})\s+)?\d[\d.]*\s*(?:per\s+cent|%)\s*\)", re.I)
# an earlier share of the list, before this one: "1 560 (38.5 per cent) retired, " / "..., and the
# remaining "
_ITEM_BEFORE = re.compile(r"\d[^,;]*,\s+(?:and\s+)?(?:the\s+remaining\s+|another\s+)?$")
_VERB_NEXT = re.compile(
    r"\s+(?:were|was|are|is|will|would|had|have|has|can|may|did|[a-z]{3,}ed"
    r"|left|took|made|went|came|sat|won|became|held|gave|paid|sold|lost|found|spent|chose)\b"
)
_THESE = re.compile(r"\W*(?:Of|Among)\s+(?:these|them)\s*,")
_PARTITIVE_OPENER = re.compile(r"\W*(?:Of|Among)\s+(?:these|them|those|which)\b", re.IGNORECASE)
# "Of the 46 projects, 19 are in ...", "Twenty-nine of the illegal workers were arrested at ...":
# a sentence that shares out a whole, whose later items ("14 in X", "11 at restaurants") are parts
_SHARE_OPENER = re.compile(
    r"\W*(?:(?:Of|Among)\s+(?:these|them|those|the)\b|[A-Z][a-z]+(?:-[a-z]+)?\s+of\s+(?:the|these|them|those)\b)"
)
# ("the remaining 64 200 are being processed")
_PREDICATE_AFTER = re.compile(
    r"\s+(?:were|was|are\s+being|is\s+being)\s+(?![a-z]+[^su]s\b)[a-z]+\s*(?:[,.;]|and\b)"
)
_WERE_AT = re.compile(r"\s+(?:were|was|are|is)\s+(?:at|in|on|under|below|above)\s")
_YEAR_ITEM = re.compile(r"(?:19|20)\d{2}")
_SPLIT_YEAR_END = re.compile(r"\b(?:19|20)\d{2}[/-]\d{2}$")
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)
_NOTE_THEN_VERB = re.compile(
    r"\s*\([^()]{1,30}\)\s+(?:were|was|are|is|related|concerned|involved|came|went|to|in|on|at|from)\b"
)
_PARALLEL = re.compile(
    r"(?:,\s*|;\s*)(?:while|whereas|and|but)\s+(?:[\w'’()-]+\s+){1,8}?"
    r"(?:made|recorded|received|handled|had|saw|reported|registered|took|attracted|welcomed|carried|served"
    r"|processed|issued|sold|conducted|completed|treated|admitted|collected|seized|detected|arrested"
    r"|inspected|approved|tested|hosted|enrolled|contributed|accounted\s+for|provided|generated|produced"
    # ("..., while the Shenzhen Bay Control Point will handle some 980 000": the same, to come)
    r"|(?:will|would|(?:is|are)\s+expected\s+to)\s+(?:make|record|receive|handle|have|see|register|take"
    r"|attract|welcome|carry|serve|process|issue|sell|conduct|complete|treat|admit|collect|inspect|approve"
    r"|test|host|enrol|provide|generate|produce|create|offer))\s+$"
)
_WHILE_THOSE = re.compile(r"[,;]\s*(?:while|whereas|and|but)\s+those\b[^,;]*$", re.I)
# "while those involving goods vehicles totalled ...": "those" stands for the noun counted before
_THOSE_STAND_FOR = re.compile(
    r"\s*(?:while|whereas|and|but)\s+those\s+(?:[a-z]+ing|[a-z]+ed|aged|with|in|of|from|who|under|over|at|on|against)\b"
)
_FOLLOWED_WITH = re.compile(
    r",\s+followed\s+by\s+(?:the\s+)?[A-Z][^,;()]{0,60}?\s+with\s+(?:about\s+|some\s+)?$"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")
# "Deception cases, however, rose by 11.8 per cent to 1 916": an aside between subject and verb
_INTERJECTION = re.compile(
    r",\s+(?:however|meanwhile|though|therefore|moreover|in\s+contrast|by\s+contrast|in\s+turn|also|too"
    r"|on\s+the\s+other\s+hand|in\s+particular|for\s+example)\s*,",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(r"\s+(?:that|the|a|an|its|their|to)\b")
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z][a-z-]*)\b")


_NOUN_FROM = re.compile(r"\b(?P<noun>[a-z][a-z-]*s)\s+from\s+(?:about\s+|some\s+|around\s+)?$")
_NOUN_FROM_TO = re.compile(
    rf"\b(?P<noun>[a-z][a-z-]*s)\s+from\s+(?:about\s+|some\s+|around\s+)?{DIGITS}(?:\s+(?:million|billion))?"
    r"\s+to\s+(?:about\s+|some\s+|around\s+)?$"
)
# verbs of change in -s ("the figure rises from 3 to 5"), not what changes
_NOT_MOVED = frozenset({
    "rises", "increases", "decreases", "grows", "drops", "falls", "jumps", "climbs", "goes", "ranges",
    "varies", "moves", "changes", "declines", "surges", "soars", "expands", "shrinks", "rebounds",
    "eases", "dips", "slides", "widens", "narrows", "improves", "dates", "runs", "lasts", "extends",
})  # fmt: skip
_EXCEPT_BEFORE = re.compile(r"\bexcept(?:\s+for)?\s+$")
_MORE_AFTER = re.compile(r"\s+more\s+(?:were|are|was|is|will|would|have|has|had)\b")
_DIFFERENCE_AFTER = re.compile(r"\s+(?:fewer|more|less)\s+than\b")
# "21 846 attendances, or an average of 5 462 a day", "a daily average of over 1 million": a rate
# of what the sentence counted before
_AVERAGE_OF = re.compile(
    r"\b(?:an?\s+(?P<per>daily|weekly|monthly|yearly|annual)?\s*average\s+of|averaging"
    # ("with the daily average reaching 204 000", "The daily average of some 189 000 was ...")
    r"|the\s+(?P<per_the>daily|weekly|monthly|yearly|annual)\s+average\s+(?:of|reaching|reached|was|stood\s+at|at))\s+$",
    re.I,
)
_EXAMPLES_ASIDE = re.compile(r",\s+(?:including|excluding|such\s+as|mostly|mainly)\b")


def _counts_in(text: str) -> bool:
    """Whether `text` holds a figure that may count something (not a year, a share, an amount or a
    span of time: "Over the past five years, the number of cases has more than doubled, from 98")."""
    return any(
        not (q["suffix"] or q["cur"] or _YEAR_ITEM.fullmatch(q["num"]))
        and not NOT_A_COUNT_BEFORE.search(text, max(0, q.start() - 40), q.start())  # ("aged under 21")
        and not _SPAN_OF_TIME.match(text, q.end())
        for q in QUANTITY.finditer(text)
        if q["num"]
    )


_SPAN_OF_TIME = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?)\b")


def _clause_cut(text: str) -> int:
    """Where the last clause of `text` starts: its last ',' or ';' (not the comma of '1,870'), or -1."""
    i = max(text.rfind(","), text.rfind(";"))
    while i > 0 and text[i] == "," and text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit():
        i = max(text.rfind(",", 0, i), text.rfind(";", 0, i))
    return i


def _subject_noun(text: str) -> Counted | None:
    """The first plural noun of a clause's subject: 'The number of hours in which ... at roadside
    stations' counts hours, 'The backlog of removal orders' orders."""
    number_of = _NUMBERS_OF_ANY.search(text)
    if number_of:  # "The EDB projects that the number of six-year-old children ..."
        return _number_of_noun(number_of)
    for tok in _TOKEN.finditer(text):
        word = tok.group()
        # "Arrivals from long-haul markets fell ...": a plural opening the sentence is capitalised,
        # and no verb ("Visits to public libraries fell ...")
        opening = not text[: tok.start()].strip() and word[:1].isupper()
        if not opening and _VERB_BEFORE.match(text, tok.end()):
            continue  # "The EDB projects that ...": a verb in -s
        if (
            is_plural(word) or (opening and is_plural(word.lower()))
        ) and word.lower() not in _NOT_ANTECEDENTS:
            # "low earnings cases decreased by 19": a plural before a plural modifies it
            while (nxt := _NEXT_WORD.match(text, tok.end())) and is_plural(nxt["word"]):
                if nxt["word"].lower() in _NOT_ANTECEDENTS:
                    break
                tok, word = nxt, nxt["word"]
            low = word.lower()
            return Counted(UNIT_SYNONYMS.get(low, low), low, tok.end())
    return None


def _number_of_noun(number_of: re.Match[str]) -> Counted:
    """The noun of 'the number of X': a plural acronym as written ('the number of AIs')."""
    noun = number_of["noun"]
    low = noun.lower()
    end = number_of.end("noun")
    # ("the numbers of job seekers": written whole)
    compound = _compound_at(number_of.string, max(0, number_of.start("noun") - 12), end, low)
    if compound is not None:
        return compound
    unit = noun if _ACRONYM_PLURAL.fullmatch(noun) else UNIT_SYNONYMS.get(low, low)
    return Counted(unit, low, end)


_VERB_WORD = re.compile(r"\s+(?P<verb>[a-z]{3,})\s")
_COPULAS = frozenset({"were", "was", "are", "had", "have", "has", "became", "remained"})
_FROM_AFTER = re.compile(r"from\s")
_FROM_VERBS = frozenset({"come", "came", "are", "were", "originate", "originated"})


def _same_verb_as_first(body: str, start: int, stop: int) -> bool:
    """A number in a subject slot followed by the same verb as the sentence's first number."""
    first = next(QUANTITY.finditer(body), None)
    if first is None or first.start("num") >= start or first["suffix"] or first["cur"]:
        return False
    partitive = _PARTITIVE.match(body, first.end())  # "Fourteen of them are from ..."
    mine, theirs = (
        _VERB_WORD.match(body, stop),
        _VERB_WORD.match(body, partitive.end() if partitive else first.end()),
    )
    if not (mine and theirs and _SHARE_OPENER.match(body)):
        return False
    # "Among them, 38 come from the Mainland, 31 are from overseas", "Fourteen of them are from
    # the Mainland, six are from Europe": where each is from
    if {mine["verb"], theirs["verb"]} <= _FROM_VERBS and _FROM_AFTER.match(body, mine.end()):
        return _FROM_AFTER.match(body, theirs.end()) is not None
    if not _SHARE_OPENING.match(body):
        return False
    # ("12 were men and 8 were women": what each is differs)
    return mine["verb"] == theirs["verb"] and mine["verb"] not in _COPULAS


def _does_as_first(body: str, start: int, stop: int) -> bool:
    """'All 18 monitoring stations met the objective for SO2, and 16 met the one for PM10': a
    number doing what the sentence's first count of things did, of the same things."""
    first = next(QUANTITY.finditer(body), None)
    if first is None or first.start("num") >= start or first["suffix"] or first["cur"]:
        return False
    counted = _head_noun(body, first.end())
    mine = _VERB_WORD.match(body, stop)
    theirs = _VERB_WORD.match(body, counted.noun_end) if counted is not None else None
    return bool(mine and theirs and mine["verb"] == theirs["verb"] and mine["verb"] not in _COPULAS)


def _first_share(body: str, start: int, previous: str) -> Counted | None:
    """What the first number of a sentence that shares out a whole counts ('Of the applications
    approved, 4 210 were from applicants in X, 3 660 from Y': applications)."""
    first = next(QUANTITY.finditer(body), None)
    if first is None or first.start("num") >= start:
        return None
    found = unit_of(body, first, previous)
    return Counted(found[0], found[1], found[3]) if found and found[1] else None


def _elliptic(body: str, m: re.Match[str], previous: str, compared: bool = True) -> Counted | None:
    """The noun a bare number counts when the noun is not written after it: 'the US (47)',
    'including 61 in the Transport category', 'Four of these cases', 'Fifteen of them', 'of which
    12 were positive', 'and 18 were local', 'the number of jobs created was 4,812', 'visitor
    arrivals reached 4.5 million'."""
    start, end = m.start("num"), m.end("num")
    stop = m.end("scale") if m["scale"] else end
    stop = so.end() if (so := OR_SO.match(body, stop)) else stop  # "the remaining 1 800 or so were ..."
    before, lead = body[:start], body[: m.start()]
    hurt = _HURT_AFTER.match(body, stop)
    if hurt:  # "comprising 96 persons killed, 1 834 seriously injured and 18 488 slightly injured"
        return Counted("persons", hurt["state"].lower(), hurt.end())
    near = max(0, len(lead) - 80)  # (patterns anchored at the end: a window, not the whole sentence)
    moved = (_NOUN_FROM.search(lead, near) if _TO_FIGURE.match(body, stop) else None) or _NOUN_FROM_TO.search(
        lead, near
    )
    low = moved["noun"].lower() if moved else ""
    if moved and is_plural(low) and low not in _NOT_MOVED and low not in NOT_UNITS and low not in STOP_WORDS:
        # "expand its network of raingauges from 160 to 190", "increase day care places from 3 100
        # to 3 600": the noun the change is of counts both ends
        return Counted(UNIT_SYNONYMS.get(low, low), low, stop)
    if _ARRESTED_BEFORE.search(lead, max(0, m.start() - 16)):
        return Counted("persons", "persons", stop)  # "Police arrest 58 in operation": people arrested
    if lead.rstrip().endswith("("):
        figures = [q for q in QUANTITY.finditer(lead) if q["num"] and not _YEAR_ITEM.fullmatch(q["num"])]
        last = figures[-1] if figures else None
        if last is not None and _BRACKET_OPEN.match(lead, last.end()) and _PERIOD_AFTER.match(body, stop):
            # "rose to 53 (38 in the same period last year)": counts what the figure before counts
            found = unit_of(body, last, previous, compared=False)
            if found and found[1]:
                return Counted(found[0], found[1], stop)
    rate = _RATE_OF.search(lead)
    if rate and not _TOKEN.search(lead, rate.end()):  # "the rate per 1 000 workers ... fell to 31.5"
        base = rate["base"].replace(" ", "").replace(",", "")
        return Counted(f"per {base} {rate['noun'].lower()}", "rate", rate.end())
    if rate:  # a number after the rate's clause: what the rest of the sentence counts
        lead = lead[rate.end() :]
    in_order = _figures_in_order(body, start, previous)
    if in_order is not None:
        return in_order
    if _WHOLE_OPENING.fullmatch(lead) and body[stop : stop + 1] == ",":
        return _antecedent(previous)  # "Of the 336, 203 were from the Mainland": of what was counted
    average = _AVERAGE_OF.search(lead)
    if average and (average["per"] or average["per_the"] or _PER_PERIOD_AFTER.match(body, stop)):
        return _antecedent(before[: average.start()]) or _antecedent(previous)
    if _DIFFERENCE_AFTER.match(body, stop):  # "There were 27 homicide cases, nine fewer than in 2011"
        return _antecedent(before) or _antecedent(previous)
    if _EXCEPT_BEFORE.search(lead, max(0, m.start() - 16)):
        # "All 160 samples tested were satisfactory except two": some of the whole before
        return _antecedent(before) or _antecedent(previous)
    if _MORE_AFTER.match(body, stop) and _AND_BEFORE.search(lead):
        # "operated nine Community Green Stations, and four more were under construction": more of
        # what was counted before
        return _antecedent(before) or _antecedent(previous)
    those = _THOSE_OF.search(lead)
    if those and _NUMBERS_OF.search(lead, 0, those.start()):  # what the count before it counts
        found = [
            unit_of(body, q, previous, compared=False) for q in QUANTITY.finditer(body, 0, those.start())
        ]
        named = [f for f in found if f and f[1]]
        if named:
            return Counted(named[-1][0], named[-1][1], stop)
    if _THOSE_DONE_TO.fullmatch(lead) and _BE_AFTER.match(body, stop):
        return Counted("persons", "persons", stop)  # "Among those arrested, 47 were found to ..."
    # "Of the complaints received in the first five months, 3 410 concerned ... and 1 275 ...", "Of
    # the temporary staff, 210 will work night shifts": a share of the whole the sentence opens with
    opened = _OF_THE_WHOLE.match(lead)
    aside = _SHARE_ASIDE.match(body, stop)  # "1 560 (38.5 per cent) retired"
    if (
        opened is not None
        and (
            opened.end() == len(lead)
            or _AND_BEFORE.search(lead)
            or (opened["count"] and _ITEM_BEFORE.search(lead, opened.end()))
        )
        and _VERB_NEXT.match(body, aside.end() if aside else stop)
        and _were_a_noun(body, stop) is None  # (not "Of the illegal workers, 315 were visitors")
    ):
        # ("Of the vacancies, about 1 290 are full-time positions and some 830 are part-time": what
        # the figure before was said to be)
        gapped = _AND_BEFORE.search(lead) and _WERE_A_NOUN.match(body, stop)
        before_me = [q for q in QUANTITY.finditer(lead, opened.end()) if q["num"]] if gapped else []
        said = _were_a_noun(body, before_me[-1].end()) if before_me else None
        if said is not None:
            return Counted(said.unit, said.noun, stop)
        whole = _subject_noun(opened["np"])
        if whole is not None:
            return Counted(whole.unit, whole.noun, stop)
    first = (
        next((q for q in QUANTITY.finditer(body, 0, start) if _SHARE_ASIDE.match(body, q.end())), None)
        if aside and _AND_BEFORE_FIGURE.search(lead)
        else None
    )
    if first is not None:
        # "12 316 (30 per cent) had been outstanding for less than three years, 17 874 (43 per
        # cent) for three to six years": each item of a list of shares counts what the first does
        # ("Of these 268 applicants, 141 (52.6 per cent) were allotted ... and 127 (47.4 per cent)
        # under ...": the first share, after the whole the sentence opens with)
        found = unit_of(body, first, previous)
        if found is not None and found[1]:
            return Counted(found[0], found[1], found[3])
    if _SUBJECT_SLOT.search(lead):
        # "and about 4.85 million were visitors", "The remaining four were foreign domestic
        # helpers", "Another 14 220 were false alarms", "Of these beneficiaries, 96 800 were
        # primary students": what the number is said to be
        named = _were_a_noun(body, stop)
        if named is not None:
            return named
        if _same_verb_as_first(body, start, stop):
            # "Of these, 11 207 took the Use of English paper, 9 843 took the Use of Chinese paper
            # and 12 516 took the Aptitude Test": each does what the first did, of the same whole
            shared = _first_share(body, start, previous)
            if shared is not None:
                return shared
        joined = (
            _AND_BEFORE.search(lead)
            or _REMAINING_BEFORE.search(lead)
            # ("Forty-one of them were found to ..., 37 contained ... and 18 were ...": a list of
            # shares of the whole the first figure was taken from)
            or (_COMMA_BEFORE.search(lead) and _COUNT_OF_WHOLE_OPENS.match(body))
        )
        # ("Of these NGOs, 38 received ... exceeding $100 million, while 54 received less than ...")
        contrasted = _WHILE_BEFORE.search(lead) and _PAST_VERB.match(body, stop)
        # ("Of these, 3 412, 1 986 and 1 705 were subject to BSD, while 605, 287 and 221 were subject
        # to SSD": a list of the same things, contrasted)
        rest = _FIGURES_AFTER.match(body, stop) if _WHILE_BEFORE.search(lead) else None
        contrasted = contrasted or (rest is not None and _VERB_NEXT.match(body, rest.end()) is not None)
        # ("1 950 of the 2 860 orders had been complied with, while the remaining 910 were outstanding")
        # ("Five of them will be in X, three in Y and the remaining six in Z": a breakdown)
        remaining = _REMAINING_BEFORE.search(lead) and (
            _PREDICATE_AFTER.match(body, stop)
            or _BREAKDOWN_AFTER.match(body, stop)
            or _WERE_AT.match(body, stop)  # "while the remaining six were at Level 2"
            or _verb_after(body, stop)  # "and the remaining 47 cover market research"
        )
        if contrasted or (
            joined
            and (
                _SUBJECT_OF_VERB.match(body, stop)
                or _PASSIVE_AFTER.match(body, stop)
                or _MODAL_AFTER.match(body, stop)  # "and about 250 will surrender their licences"
                or remaining
                or _does_as_first(body, start, stop)
                # ("Forty-one of them were found to ..., and 18 were found to ...": a share too)
                or (_COUNT_OF_WHOLE_OPENS.match(body) and _VERB_NEXT.match(body, stop))
            )
        ):
            # "Six of them sought medical attention and four required admission": what the
            # sentence's first number counts
            shared = _first_share(body, start, previous)
            if shared is not None:
                return shared
        aged = _WERE_AGED.match(body, stop)
        if aged and _PARTITIVE_OPENER.match(body):
            # "Of those arrested, 312 were aged under 21": persons; "Of these, ...": of what the
            # sentence before counted
            counted = _antecedent(previous) if _THESE.match(body) else None
            return counted or Counted("persons", "persons", aged.end())
        if aged and _WERE_AGED.search(lead):
            # "64 of the arrestees were aged under 18, 103 were aged 18 to 30": the count before
            counted = _last_count(lead)
            if counted is not None:
                return counted
        if _ANOTHER.search(lead):
            return _antecedent(before) or _antecedent(previous)  # "and another three are ..."
        if _SHARE_OPENING.match(body) and _SHARE_VERB_AFTER.match(body, stop):
            # "Of the 121 300 candidates who took the test, 52 160 passed": a share of the whole
            # the sentence opens with
            # ("Of these, 16 210 passed": of what the sentence before counted)
            shared = _first_share(body, start, previous) or (
                _antecedent(previous) if _THESE.match(body) else None
            )
            if shared is not None:
                return shared
    partitive = _PARTITIVE.match(body, stop)  # "34 million of them"
    if partitive and partitive["det"]:
        whole = QUANTITY.match(body, partitive.end())  # "Fifteen of the 24 major sectors"
        counted = _head_noun(body, whole.end() if whole and whole["num"] else partitive.end())
        persons = _PERSONS_ADJECTIVE.match(body, partitive.end())
        if counted is None and persons:
            return Counted("persons", persons.group(), persons.end())
        if counted is None and partitive["det"].lower() in ("these", "those"):
            # "Fifteen of these are located in ...": these of what was counted before
            return _antecedent(before) or _antecedent(previous)
        return counted
    if partitive:
        if partitive["pron"] and partitive["pron"].lower() == "them" and not before.strip():
            # "These enterprises are expected to create 14 000 jobs. Forty-one of them come from
            # the Mainland": "them" goes on with the subject the sentence before was about
            found = _subject_of(previous) or _last_count(previous, people=True) or _antecedent(previous)
            if _WERE_PEOPLE.match(body, partitive.end()) and (
                found is None or found.noun not in _HUMAN_NOUNS
            ):
                return Counted("persons", "persons", stop)  # "Nine of them were women": people
            return found
        if partitive["pron"] and partitive["pron"].lower() == "them" and _last_count(before) is None:
            # "About 80 per cent of the enterprises ... have commenced operations, and around 30 of
            # them have set up ...": the whole a share was taken of, not the last plural
            shares = [SHARE_OF.match(before, p.end()) for p in _PER_CENT.finditer(before)]
            share = next((s for s in reversed(shares) if s is not None), None)
            if share is not None and share.group(1).lower() not in _NOT_ANTECEDENTS:
                low = share.group(1).lower()
                return Counted(UNIT_SYNONYMS.get(low, low), low, share.end(1))
        found = _antecedent(before)
        if (
            found is not None
            and partitive["pron"]
            and partitive["pron"].lower() == "them"
            and _last_count(before) is None
            and len(before[: found.noun_end].split()) <= 2
        ):
            # "Owners could not be traced for 29 of them", "Irregularities were found in 45 of
            # them": "them" is not the clause's own subject but what the sentence before counted
            found = _antecedent(previous) or found
        return found or _antecedent(previous)
    if m.group().lower().startswith("a total of") and _VERB_AFTER.match(body, stop):
        # "A total of 3 805 were approved": of what the sentence before counted
        return _antecedent(before) or _antecedent(previous)
    which = _WHICH_BEFORE.search(lead, max(0, m.start() - 20))
    if which:
        named = _were_a_noun(body, stop)
        if named is not None:  # "Of these, 58 were start-ups founded by ...": what they were
            return named
        if not lead[: which.start()].strip() and "them" in which.group().lower():
            # "These enterprises are expected to create about 20,000 jobs. Among them, 38 come
            # from the Mainland": "them" goes on with the subject the sentence before was about
            subject = _subject_of(previous)
            if subject is not None:
                return subject
        return _antecedent(lead[: which.start()]) or _antecedent(previous)
    if _OF_THOSE_DOING.match(lead):
        # "36 210 elders were waiting ... Of those waiting, 5 880 had applied for ...": of what
        # the sentence before counted
        return _antecedent(previous)
    these = _OF_THESE_NOUN.search(lead, max(0, m.start() - 60))
    if (
        these is None
        and _JOINED_SUBJECT.search(lead)
        and (_VERB_AFTER.match(body, stop) or _PAST_VERB.match(body, stop))
    ):
        # "Of these cases, 64 per cent were related to fake job offers, while 312 involved
        # investment scams": a later clause's bare subject is of what the sentence opened with
        these = _OF_THESE_OPENING.match(lead)
    if these:
        low = these["noun"].lower()
        return Counted(UNIT_SYNONYMS.get(low, low), low, these.end("noun"))
    item = _AFTER_LIST_ITEM.search(lead, max(0, m.start() - 40))
    if item:  # "1 250, 1 420 and 1 180": what the first item counts
        # (with its qualifier: "was about 26 in 2022 and about 28 in 2024")
        qual = _QUALIFIER_BEFORE.search(body, max(0, item.start("item") - 30), item.start("item"))
        first = QUANTITY.match(body, qual.start() if qual else item.start("item"))
        # ("between 1985 and 2014": the first end of a range takes its unit from this one, so
        # asking it back would never end)
        ranged = first and BETWEEN_BEFORE.search(body, max(0, first.start() - 12), first.start())
        found = unit_of(body, first, previous, compared=compared) if first and not ranged else None
        if found and found[1]:
            return Counted(found[0], found[1], found[3])
        # "9 350 flats in 2022/23, 14 100 in 2023/24": a financial or school year is a year too
        # "3 985 attendances on January 29, 4 240 on January 30": a day of a month too
        dated = _SPLIT_YEAR_END.search(lead, 0, item.end("item")) or _MONTH_BEFORE.search(
            lead, 0, item.start()
        )
        if not _YEAR_ITEM.fullmatch(item["item"]) and not dated and not item["year"]:
            return None
        # "fell from 172 in 2018 to 96 in 2019 and 58 in 2020": the item before is a year
    if m["qual"] is None and _ITEM_END.match(body, stop) and (item := _LABELLED_ITEM.search(before)):
        return _antecedent(before[: item.start()]) or _antecedent(previous)
    opened = before.rfind("(")
    if (
        m["qual"] is None
        and opened > 0
        and _PARTS_IN_PARENS.fullmatch(before, opened + 1)
        and (_BREAKDOWN_AFTER.match(body, stop) or _LIST_ITEM_AFTER.match(body, stop))
    ):
        # "Ten drowning cases (seven at beaches and three at pools)": the parts of the count the
        # bracket follows
        whole = _last_count(before[:opened])
        if whole is not None and not before[whole.noun_end : opened].strip():
            return whole
    if (
        (m["qual"] is None or qualifier_of(m["qual"]) == "approx")  # ("the airport (about 63 000)")
        and _PARENTHESISED.search(lead, max(0, m.start() - 8))
        and _CLOSE_PAREN.match(body, stop)  # "Japan (3.2 million)"
    ):
        # ("came from (1) the Mainland (251), (2) India (38)": a marked item's own count)
        marked = _MARKED_ITEM.search(lead, max(0, m.start() - 80))
        next_marker = bool(marked and marked["mark"].isdigit() and m["num"] == str(int(marked["mark"]) + 1))
        if next_marker:
            marked = None  # "(1) review the scheme (2) ...": the next marker
        # ("the Elderly Commission (1), the Women's Commission (2)": a count closes its item, a
        # marker opens one)
        counted_item = not next_marker and _COUNT_CLOSES_ITEM.match(body, stop) is not None
        if (_ENUMERATION.search(before) and not marked) or (m["num"] in ("1", "i") and not counted_item):
            return None
        # "The top source economies were the Mainland (120), the US (47)": what the sentence
        # before counted ("InvestHK assisted 402 companies")
        # ("The successful applicants came mainly from financial services (52), ...": the
        # subject the sentence opens with, when no count comes before)
        head = before[: before.rindex("(")]
        source = _SOURCE_SUBJECT.match(head)
        if source is not None and is_plural(source["noun"]) and _last_count(head) is None:
            low = source["noun"]
            return Counted(UNIT_SYNONYMS.get(low, low), low, source.end("noun"))
        # ("job-matching days (30), workplace visits (12) and career talks (45)": items that are
        # plurals, the first among them, count themselves)
        first = _first_item_head(head)
        last_word = first.split()[-1] if first.split() else ""
        return _antecedent(head if is_plural(last_word) else first) or _antecedent(previous)
    # ("2 100 bins in private buildings and about 560 at public places": an estimate too)
    if (m["qual"] is None or qualifier_of(m["qual"]) == "approx") and (
        _LIST_ITEM_BEFORE.search(lead, max(0, m.start() - 16))
        # "1 342 applications were approved under the BUD Fund and the remaining 8 518 under the EMF"
        or _AND_THE_REMAINING.search(lead, max(0, m.start() - 24))
    ):
        parallel = _parallel_item(before, _PREP_AFTER.match(body, stop))
        if parallel is not None:
            return parallel
    if (
        # ("more than 15 900 were studying in primary schools and nearly 11 400 in secondary
        # schools": an estimate or a bound as an item too)
        (m["qual"] is None or qualifier_of(m["qual"]) in ("approx", "nearly", "more_than"))
        and _LIST_ITEM_BEFORE.search(lead if m["qual"] else before, max(0, m.start() - 16))
        and (
            _LIST_ITEM_AFTER.match(body, stop)
            or _VERB_AFTER.match(body, stop)
            or _NOTE_THEN_VERB.match(body, stop)  # "1 108 (28 per cent) related to ..."
            # "53 enterprises, including 11 in life and health technology and 14 in ...": after
            # "including", a breakdown by any field
            or (
                _BREAKDOWN_AFTER.match(body, stop)
                and (_INCLUDING.search(before, max(0, start - 160)) or _SHARE_OPENER.match(body))
            )
        )
    ):
        # "Of these, 96 were fatal, 1 812 were serious and ...": of what the sentence before counted
        named = _were_a_noun(body, stop) if _PARTITIVE_OPENER.match(body) else None
        if named is not None:  # "Of these, 2 915 were remanded ... and 1 108 were young persons"
            return named
        breakdown = _BREAKDOWN_AFTER.match(body, stop)
        including = _INCLUDING.search(before, max(0, start - 160)) if breakdown else None
        # "... included 14 in X, eight in data services, and five in Y": what came before "included"
        found = (including and _antecedent(before[: including.start()])) or None
        # ("Nine of them had travelled to Indonesia, 7 to Thailand and 5 to the Philippines": an
        # item by place too)
        placed = breakdown or _PLACE_ITEM_AFTER.match(body, stop)
        if found is None and placed and _SHARE_OPENER.match(body):
            found = _first_share(body, start, previous)  # "Of the applications approved, 4 210 ..."
        found = found or _antecedent(before) or _share_of_the(body, start)
        if found is None and _BARE_COUNT_OPENER.match(body):
            # "A total of 3 805 were approved ..., while 212 remained": the noun both leave out
            return _antecedent(previous)
        # ("Of these, 19 were from the Mainland, 17 from Europe and 12 from the Middle East")
        shares = breakdown or _PREDICATE_AFTER.match(body, stop) or _LIST_ITEM_AFTER.match(body, stop)
        if found is None and _PARTITIVE_OPENER.match(body) and shares:
            # "Of these, 96 were fatal, 1 812 were serious and 13 915 were slight", "... and 28
            # for obstructing ...": each is a share of what the sentence before counted
            return _antecedent(previous)
        if found is not None or not _COMPARED_WITH.search(lead, max(0, m.start() - 30)):
            return found
        # ("Kindergarten enrolment stood at 152 760, compared with 160 640 in 2022/23": a base
        # with its period, read as a base below)
    by = _BY_AFTER.match(body, stop) if compared else None
    if by and _AND_BEFORE_FIGURE.search(lead, max(0, m.start() - 8)):
        # "129.6 million trips were made by residents and 136.4 million by visitors", "48 902
        # (64.7 per cent) were lodged through placing banks and 26 713 through brokers": the
        # passive's verb and noun are left out; the figure counts what the passive's count counts
        passives = [p for p in _PASSIVE_BY.finditer(lead) if p["prep"].lower() == by["prep"].lower()]
        passive = passives[-1] if passives else None
        figures = (
            [
                q
                for q in QUANTITY.finditer(lead, 0, passive.start())
                if q["num"] and not (q["suffix"] or q["cur"])
            ]
            if passive
            else []
        )
        found = unit_of(body, figures[-1], previous, compared=False) if figures else None
        if found and found[1]:
            return Counted(found[0], found[1], found[3])
    # "63 900 applications received and 51 200 approved;", "received 63 900 applications and
    # approved 51 200.": the clause leaves out the noun of the count before "and"
    # ("Of these, 312 400 have been approved, 9 800 rejected and 2 700 withdrawn": of what the
    # sentence before counted)
    joined = _AND_BEFORE_FIGURE.search(lead) if _GAPPED_PARTICIPLE.match(body, stop) else None
    joined = joined or (_AND_VERBED.search(lead) if _CLAUSE_END.match(body, stop) else None)
    if joined:
        counted = _last_count(lead[: joined.start()]) or (
            _antecedent(previous) if _THESE.match(body) else None
        )
        if counted is not None:
            return counted
    gapped = _GAPPED_PREP.search(lead, max(0, m.start() - 60))
    if m["qual"] is None and gapped and _CLAUSE_END.match(body, stop):
        counted = _gapped_count(lead[: gapped.start()], gapped["prep"].lower())
        if counted is not None:
            return counted
    subject = _GAPPED_SUBJECT.search(lead, max(0, m.start() - 60))
    if subject and _CLAUSE_END.match(body, stop) and ";" not in lead[subject.start() - 1 :]:
        counted = _last_count(lead[: subject.start()])
        if counted is not None:
            return counted
    if (_BARE_CHANGE.search(lead, max(0, m.start() - 16)) and _BASE_AFTER.match(body, stop)) or (
        _RESTATED.search(lead, max(0, m.start() - 40)) and _PER_PERIOD_AFTER.match(body, stop)
    ):
        figures = [q for q in QUANTITY.finditer(lead) if q["num"]]
        figure = figures[-1] if figures else None
        found = unit_of(body, figure, previous, compared=False) if figure and not figure["suffix"] else None
        if found and found[1] is not None:
            return Counted(found[0], found[1], found[3])
    over = _CHANGE_OVER_FIGURE.match(body, stop)
    if over and _CHANGE_OF_BEFORE.search(lead):
        # "an increase of 74 316 over the 3 338 192 electors": what the figure compared with counts
        figure = QUANTITY.match(body, over.end())
        counted = _head_noun(body, figure.end()) if figure and not figure["suffix"] else None
        if counted is not None:
            return counted
    if not _CLAUSE_END.match(body, stop):
        return None
    number_of = _NUMBER_OF.search(lead)
    if number_of:
        return _number_of_noun(number_of)
    stock = _STOCK.search(lead)
    if stock:
        group = "caseload" if stock["caseload"] else "enrolled"
        unit = "cases" if stock["caseload"] else f"{stock['enrolled'].lower()}s"
        return Counted(unit, unit, stock.end(group))
    year_label = _YEAR_LABEL.search(lead, max(0, m.start() - 12))  # "as follows: 2020: 28 500; 2021: ..."
    # "as follows: Hong Kong Island: 5 120; Kowloon: 8 390"
    name_label = not year_label and "follows" in lead and _NAME_LABEL.search(lead, max(0, m.start() - 48))
    if year_label or name_label:
        number_of = _NUMBERS_OF_ANY.search(lead)
        if number_of:
            return _number_of_noun(number_of)
        if name_label and _SHARE_OPENING.match(previous):
            return None  # after "Of these, 18 210 were in ... homes": the whole is further back
        if year_label and "(" in year_label.group():
            # "approved 300 applications (2014-15: 280)": what the figure before the bracket counts
            return _antecedent(lead[: lead.rfind("(")]) or _antecedent(previous)
        return _antecedent(previous)
    if (
        _COMPARED_WITH.search(lead, max(0, m.start() - 30))
        or (_AFTER_BEFORE.search(lead, max(0, m.start() - 10)) and _IN_PERIOD_AFTER.match(body, stop))
        or CHANGE_BASE.search(lead, max(0, m.start() - 30))
        or _SECOND_BASE.search(lead, max(0, m.start() - 60))
    ):  # "15 outbreaks, compared with nine", "down from 21 in 2006"
        if compared and _RATE_PER.search(lead):  # "the rate per 1 000 workers was 28.9, against 30.6"
            return _compared_figure(body, lead, previous) or _antecedent(lead)
        # ("was 39 826, against 44 157 in September 2022": what the figure compared with counts,
        # not the last plural before it)
        return (_compared_figure(body, lead, previous) if compared else None) or _antecedent(lead)
    crowd = _CROWD_OF.search(lead, max(0, m.start() - 120))
    if crowd:  # "reaching an audience of about 1.5 million", "a total attendance of around 210 000"
        low = crowd["noun"].lower()
        return Counted(_CROWDS[low], low, crowd.end("noun"))
    if _SAME_COUNT_TO.search(lead, max(0, m.start() - 60)):
        # "some 380 students received lessons, and it aims to raise the number to at least 500"
        # ("The TD and the bus operators aim to increase the number to 2 600": what the sentence
        # before counted, not the plural of the subject)
        return _last_count(lead) or _antecedent(previous) or _antecedent(lead)
    noun_of = _NOUN_OF.search(lead, max(0, m.start() - 40))
    low = noun_of["noun"] if noun_of else ""  # "forecasts visitor arrivals of around 60.7 million"
    if noun_of and is_plural(low) and low not in NOT_UNITS | ABSTRACT_NOUNS | _VALUES:
        return Counted(UNIT_SYNONYMS.get(low, low), low, noun_of.end("noun"))
    if _PERSONS_STATED.search(lead):  # "the resident population was 7 498 100"
        return Counted("persons", "population", 0)
    figures = _FIGURES_ARE.search(lead)
    if figures and "corresponding" in figures.group():
        # "For secondary schools, the corresponding figures were A, B and C": what the figures of
        # the sentence before counted, not the group they are given for
        return _antecedent(previous) or _antecedent(lead)
    if figures:
        return _antecedent(lead) or _antecedent(previous)
    if _CHANGE_OF.search(lead, max(0, m.start() - 120)) or _OR_BY.search(lead, max(0, m.start() - 12)):
        # "The number of top scorers, who obtained 5** in seven subjects, rose from six": the
        # relative clause is not the clause of the change
        main = _INTERJECTION.sub(" ", _RELATIVE_CLAUSE.sub("", lead))
        cut = _clause_cut(main)
        if _BY_ALONE.fullmatch(main, cut + 1) or (
            _FROM_ALONE.fullmatch(main, cut + 1) and not _counts_in(main[:cut])
        ):
            # "the labour force also decreased, by 9 800", "... to 3 838 700, or by 15 200", "The
            # number of visits has risen steadily, from 22 in 2002": the change's clause is the
            # one before the comma (not "rose to 3 128 last year, from 2 764 in 2023"; but "fell by
            # 26 per cent, from 781 to 578": a share counts nothing)
            cut = _clause_cut(main[:cut])
        clause = main[cut + 1 :]
        persons = _PERSONS_MEASURE.search(clause)
        if persons:
            return Counted("persons", persons.group().lower(), 0)
        change = _CHANGE_OF.search(clause)
        if change is None and _FROM_ONLY.fullmatch(clause):
            # "rose to 3 128 last year, from 2 764 in 2023": the figure the change started from
            # counts what the figure it reached counts
            cut = _clause_cut(lead)
            figures = [q for q in QUANTITY.finditer(body, 0, cut) if not _YEAR_ITEM.fullmatch(q["num"])]
            found = unit_of(body, figures[-1], previous, compared=False) if figures else None
            if found and found[1]:
                return Counted(found[0], found[1], found[3])
        if change and _THE_NUMBER.fullmatch(clause[: change.start()]):
            # "The number rose to 32 180": the count named before, in this sentence ("In 2015, 8 600
            # trees were planted; in 2019, the number rose to 11 200") or the one before
            return _antecedent(main[: len(main) - len(clause)]) or _antecedent(previous)
        subject = _subject_noun(clause[: change.start()]) if change else None
        if subject is not None:  # "Robbery cases decreased from 98 to 71": what the subject counts
            return subject
    # "Total visitor arrivals exceeded 40.8 million": the qualifier is the verb stating it
    # (or "the number of registered members of the scheme exceeded 1.2 million")
    qualifying_verb = " ".join((m["qual"] or "").lower().split()) in _QUALIFYING_VERBS
    if qualifying_verb and (the_number := _THE_NUMBER_TO.search(lead)):
        # "146 schools joined the scheme, and we expect the number to exceed 200": the count before
        return _antecedent(lead[: the_number.start()]) or _antecedent(previous)
    stated_by_qualifier = qualifying_verb and (
        _PLURAL_END.search(lead) or _NUMBERS_OF_ANY.search(lead, max(_clause_cut(lead), 0))
    )
    bringing = _BRINGING_TOTAL.search(lead, max(0, m.start() - 120))
    # "Visitor arrivals in 2009, 2010 and 2011 were 29.6 million, ...": a plural subject whose
    # period or place stands between it and the verb
    placed = _STATED_OF_PERIOD.search(lead, max(0, m.start() - 100))
    stated = _STATED_AS.search(lead, max(0, m.start() - 64))
    if stated and stated["taken"] and is_plural(stated["taken"]):
        low = stated["taken"]
        return Counted(UNIT_SYNONYMS.get(low, low), low, stated.end("taken"))
    if stated_by_qualifier or bringing or placed or stated:
        clause = lead[placed.start() :] if placed else lead[_clause_cut(lead) + 1 :]
        before_to = _NOUN_BEFORE_TO.search(clause) if stated_by_qualifier else None
        if before_to and is_plural(before_to["noun"].lower()):
            # "expects passenger trips to exceed 300 million": the noun right before "to"
            low = before_to["noun"].lower()
            return Counted(UNIT_SYNONYMS.get(low, low), low, before_to.end("noun"))
        number_of = _NUMBERS_OF_ANY.search(clause) if stated_by_qualifier else None
        if number_of:  # "the number of registered users of the ... services platform had exceeded"
            return _number_of_noun(number_of)
        # "..., bringing the total to 123": the total of what the sentence counted before
        total = bringing or _TOTAL_TO.search(clause)
        found = (
            _antecedent(clause)
            or (_antecedent(lead) or _antecedent(previous) if total else None)
            # "3 900 surplus places in 2024/25, rising to approximately 7 300 in 2026/27": the
            # count the clause before stated
            or (_last_count(lead) if _GERUND_TO.match(clause) else None)
        )
        topic = _SUBJECT_ABOUT.match(clause) if stated else None
        if (
            topic
            and is_plural(topic["noun"].lower())
            and (found is None or found.noun_end > topic.end("noun"))
        ):
            # "Complaints about telecommunications services ... numbered 4 322": the subject, not
            # the noun of what it is about
            low = topic["noun"].lower()
            found = Counted(UNIT_SYNONYMS.get(low, low), low, topic.end("noun"))
        those = _WHILE_THOSE.search(lead)
        if those is not None and not found:
            # "were 9 200, 9 800 and 8 700 respectively, while those aged 20 to 24 numbered 20 100":
            # "those" are of the noun the clause before counted
            found = _antecedent(lead[: those.start()])
        elif those is not None and _THOSE_STAND_FOR.match(lead, those.start() + 1):
            # "Accidents involving motorcycles rose ... to 2 540, while those involving goods
            # vehicles totalled 3 318": what the figure before counts, not the noun after "those"
            figures = [q for q in QUANTITY.finditer(lead, 0, those.start()) if q["num"] and not q["suffix"]]
            before = unit_of(body, figures[-1], previous, compared=False) if figures else None
            found = Counted(before[0], before[1], before[3]) if before and before[1] else found
        asides = [] if found else list(_EXAMPLES_ASIDE.finditer(lead))
        if asides:
            aside = asides[-1]
            # "Special service calls, including rescues from lifts and persons trapped, totalled
            # 31 455": the subject before the examples
            head = lead[: aside.start()]
            found = _antecedent(head[_clause_cut(head) + 1 :])
        return found
    apposed = _AT_APPOSITION.search(lead, max(0, m.start() - 12))
    if apposed:  # "total visitor arrivals in the first half of this year, at 14.2 million, were"
        head = lead[: apposed.start()]
        named = _antecedent(head[_clause_cut(head) + 1 :])
        if named is not None and re.search(rf"\b{re.escape(named.noun)}\b", head):
            return named
        # "Islands had the fewest, at 83,064": not the district's name, but what the sentence
        # before counted
        return _antecedent(previous) if _SUPERLATIVE.search(head) else None
    if _FOLLOWED_WITH.search(lead, max(0, m.start() - 80)):
        # "Tuen Mun Hospital handled 702 attendances, followed by Princess Margaret Hospital with 655"
        return _antecedent(lead)
    parallel = _PARALLEL.search(lead)
    if parallel:  # "Residents made 1.48 million trips, while visitors made 1.16 million"
        return _antecedent(lead[: parallel.start()])
    return None


def unit_of(
    body: str, m: re.Match[str], previous: str, *, compared: bool = True
) -> tuple[str, str, int, int] | None:
    """(unit, counted noun, end of the quantity, end of the noun) of a number, or None.
    `compared=False`: a base's unit is not looked up from another figure (no recursion)."""
    suffix = (m["suffix"] or "").strip().lower()
    currency = currency_of(m["cur"])
    # "1 020 million cubic metres": a unit after a scale word, written out and spaced
    spaced = m["mu"] and (not m["scale"] or (m["mu"][:1].isspace() and len(m["mu"].strip()) > 2))
    measure = measure_unit(m["mu"].lstrip(" -\t\n")) if spaced else None
    group = _GROUP_SIZE.match(body, m.end("num"))
    if group and not measure:  # "The 28-member delegation", "a 12-person team": its members
        kind = group["kind"].lower()
        members = kind == "member" or (kind == "strong" and group["group"].lower() in _OF_MEMBERS)
        unit = "members" if members else "persons"
        return unit, unit, group.end(), group.end()
    sized = None if measure else _SIZED_BY.match(body, m.end("num"))
    if sized:
        unit = sized["noun"].lower() + "s"
        return unit, unit, sized.end(), sized.end()
    if not measure and re.match(r"(?:st|nd|rd|th)\b|[-–/:]\d|\.\d|[-–]", body[m.end("num") :]):
        return None  # ordinals, ranges, times, "10-year"
    if _DURATION_OWNED.match(body, m.end("scale") if m["scale"] else m.end("num")) or (
        not (m["suffix"] or m["cur"]) and _DURATION.match(body, m.end())
    ):
        return None  # "15 months' imprisonment": a length of time
    if currency:
        return (
            currency,
            "",
            m.end("mu") if measure == "m" else m.end("scale") if m["scale"] else m.end("num"),
            0,
        )
    if suffix in ("per cent", "%"):
        return "percent", "", m.end("suffix"), 0
    if suffix in ("p", "pf", "pflops", "petaflops") and m["suffix"].strip()[0] in "Pp":
        if suffix == "p" and m["suffix"] != "P":
            return None
        return "PFLOPS", "", m.end("suffix"), 0
    if measure:
        return measure, "", m.end("mu"), 0
    per = _PER_BASE_AFTER.match(body, m.end("num"))
    if per:  # "rose from 5.1 per 1 000 consultations": a rate, named by its base
        base = per["base"].replace(" ", "").replace(",", "")
        return f"per {base} {' '.join(per['noun'].lower().split())}", "rate", per.end(), per.end()
    end = m.end("scale") if m["scale"] else m.end("num")
    if m["num"].lower() == "zero" and _ZERO_IDIOM.match(body, end):
        return None  # "a zero tolerance approach", "zero waste", "zero-emission buses": no count
    shared = _SHARED_SHARE.match(body, end)
    if shared and (m["scale"] or (shared["joint"].lower() == "or" and (parse_number(m["num"]) or 0) > 100)):
        # "an increase of 24 900 or 0.3%": a count and its share, not "3 or 4 per cent"; "down
        # from 1.01 million and 15.1 per cent": a count in millions is no share
        shared = None
    if shared:  # "rose by 0.4 and 0.3 percentage point respectively", "by 4 and 3 per cent"
        return ("percentage points" if shared["points"] else "percent"), "", end, 0
    # "to between 15 and 18 micrograms per cubic metre": the first end measures what the second does
    ranged = (
        AND_FIGURE.match(body, end)
        if BETWEEN_BEFORE.search(body, max(0, m.start() - 12), m.start())
        else None
    )
    if ranged:
        other = QUANTITY.match(body, ranged.end())
        found = unit_of(body, other, previous, compared=False) if other and other["num"] else None
        if found:
            return found[0], found[1], end, found[3]
    # "at levels of 0.05 to 0.31 parts per million": the first end measures what the second does
    # (its head noun would be the unit's first word, "parts")
    to_second = _RANGE_ON.match(body, end) if not measure else None
    second = QUANTITY.match(body, to_second.start("second")) if to_second else None
    found = unit_of(body, second, previous, compared=False) if second and second["mu"] else None
    if found and found[0] in DIMENSIONS:
        return found[0], found[1], end, found[3]
    if re.match(r"[A-Za-z]", body[end:]):
        return None  # "1990s", "3B", "5G": a name or a decade, not a count
    # "96 medals, comprising 38 gold, 31 silver and 27 bronze" (in text about medals: not "10 000
    # gold lined seabream")
    medal = _MEDAL_ONLY.match(body, end) if "medal" in f"{previous} {body}".lower() else None
    if medal:
        return "medals", "medals", end, medal.end()
    gapped = _GAPPED.match(body, end)
    # "58 projects, of which 24 targeted young people": after "of which", a past verb, not an
    # adjective of the noun after it; the number counts what "which" stands for
    # (or after "Of these NGOs,": "38 received annual subventions" is what 38 of the NGOs did)
    relative = _PAST_VERB.match(body, end) and (
        _WHICH_BEFORE.search(body, max(0, m.start() - 20), m.start())
        or _OF_THESE_NOUN.search(body, max(0, m.start() - 60), m.start())
        or (_OF_THESE_OPENING.match(body) and _JOINED_SUBJECT.search(body, 0, m.start()))
        # ("Of these, 101 336 attended half-day classes, 54 982 attended whole-day classes": each
        # share does what the first did)
        or _same_verb_as_first(body, m.start("num"), end)
    )
    # ("..., and the remaining 47 cover market research and other activities": a verb, not an
    # adjective of the noun after it; the number counts what the shares before it counted)
    remaining = _REMAINING_BEFORE.search(body, max(0, m.start() - 16), m.start())
    relative = relative or (remaining and _verb_after(body, end))
    whom = _OF_WHOM.search(body, 0, m.start()) if "whom" in body else None
    verb = whom and _VERB_NOT_BE.match(body, end)
    if verb and not is_plural(verb["word"]):
        # "24 members, of whom 11 represent employers and contractors, five represent
        # professionals ...", "of whom 31 manage alternative investments": what "whom" stands for
        named = _antecedent(body[: whom.start()])
        if named is not None:
            return named.unit, named.noun, end, named.noun_end
    # "the number of participating kindergartens rose to 811, and some 113 500 children were ...":
    # a figure that ends its clause counts no noun of the next one (not "1 250, 1 420, and 1 180
    # flats", where it is an item of a list)
    clause_ends = _CLAUSE_THEN_FIGURE.match(body, end) and not _ITEM_BEFORE.search(
        body, max(0, m.start() - 8), m.start()
    )
    counted = (
        (relative and _elliptic(body, m, previous, compared))
        or (None if clause_ends else _head_noun(body, end))
        or (gapped and _head_noun(body, gapped.end()))
        or _elliptic(body, m, previous, compared)
    )
    if counted is None:
        # "will increase from 24 to 30 sailings a day": the figure a change starts from counts
        # what the figure it reaches counts
        reached = _TO_FIGURE.match(body, end) if _FROM_BEFORE.search(body, 0, m.start()) else None
        target = QUANTITY.match(body, reached.end()) if reached else None
        found = unit_of(body, target, previous, compared=False) if target and target["num"] else None
        if found and found[1]:
            return found[0], found[1], end, found[3]
        # "will increase by 167 posts to 5 750": the figure a change reaches counts what the change does
        change = _BY_FIGURE_TO.search(body, max(0, m.start() - 60), m.start())
        changed = _head_noun(body, change.end()) if change else None
        if changed is not None:
            return changed.unit, changed.noun, end, changed.noun_end
        listed = _FIGURE_LIST_AFTER.match(body, end) if compared else None
        last = QUANTITY.match(body, listed.end()) if listed else None
        if last is not None and not _RESPECTIVELY_AFTER.match(body, last.end()):
            last = None
        found = unit_of(body, last, previous, compared=False) if last is not None and last["num"] else None
        if found and found[1]:
            # "accounted for 1,318, 1,102 and 846 of the reports respectively": each figure of a
            # list counts what its last figure counts
            return found[0], found[1], end, found[3]
        return None
    before = body[: m.start("num")]
    if counted.noun == "degrees" and _CELSIUS.search(body):
        # "23.4 degrees Celsius, 0.3 degrees above normal": the scale the sentence names (a bare
        # "degrees" stays as written: the dev labellers split two against two)
        return "degrees Celsius", "degrees", end, counted.noun_end
    rate = _PER_BASE_AFTER.match(body, counted.noun_end) if counted.noun_end > end else None
    if rate:  # "52.3 cases per 100 000 population": a rate, its noun and its base as written
        per = f"per {' '.join(rate['base'].split())} {' '.join(rate['noun'].split())}"
        return f"{counted.noun} {per}", "rate", end, rate.end()  # named as a rate, not a count
    if counted.noun == "times" and _MET_BEFORE.search(before):
        return "meetings", "meetings", end, counted.noun_end  # "The Board met 45 times last year"
    if (
        counted.noun in ("others", "ones")
        and counted.noun_end > end
        and any(q["num"] and _head_noun(before, q.end()) for q in QUANTITY.finditer(before))
    ):
        # "14 routes were cancelled and 18 others were merged": the others are routes too (not
        # "The defendants are Leung Ka-fai, 52, ..., and two others", with no count before); "7 866
        # traffic accidents ..., including 52 fatal ones": the ones are accidents
        counted = _antecedent(before) or counted
    after = counted.noun_end > end  # not "the numbers of doctors and nurses ... stood at 7 045"
    if after and counted.noun in _HUMAN_NOUNS and _MORE_HUMANS.match(body, counted.noun_end):
        # "about 300 students, teachers and volunteers": people of several kinds, persons
        return "persons", counted.noun, end, counted.noun_end
    # "58 of the 64 survey areas", "Fifteen of the 24 major sectors": a share and its whole count
    whole = _SHARE_OF_WHOLE.search(body, max(0, m.start() - 40), m.start())
    of_the = _PARTITIVE.match(body, end) if counted.noun_end > end else None
    share = of_the is not None and QUANTITY.match(body, of_the.end()) is not None
    # ("Of the 19 survey areas with an RIR above the alert level, 11 were in Kowloon": the whole)
    # (and its shares, "... and eight in the New Territories", counting what it counts)
    opening = _WHOLE_OPENING.fullmatch(body, 0, m.start()) or (not after and _WHOLE_OPENING.match(body))
    # ("47 outbound trade missions, eight more than in 2006", "at least six overseas industry
    # missions": journeys, not a body's missions)
    journeys = counted.noun == "missions" and _JOURNEYS.search(body, 0, counted.noun_end) is not None
    if (
        (counted.noun in ABSTRACT_NOUNS or (counted.noun == "areas" and _FIELDS_OF_WORK.match(body, end)))
        and not journeys
        and not whole
        and not share
        and not opening
        and (not m["num"][0].isdigit() or _DEFINITE.search(body, max(0, m.start() - 12), m.start()))
        # ("covering five types of products", "accept nine types of recyclables": kinds of things
        # counted, not a structure)
        and not (counted.noun in _KIND_NOUNS and _OF_THINGS.match(body, counted.noun_end))
    ):
        return None
    return counted.unit, counted.noun, end, counted.noun_end
