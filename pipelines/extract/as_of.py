"""The period a fact describes (`as_of`) and the date it counts from (`since`).

Each number takes, in this order:
1. the date written after it in its clause ("rose by 1.4% in December 2025, larger than the
   increase (1.2%) in November 2025"; "from 380 in 2016 to 402 in 2017"; "1,300 PFLOPS this year
   ... 3,000 PFLOPS next year"; "30kg from the same date" takes the date named before), or after
   the last figure of its list ("against 5.0%, 4.0% and 3.6% in February 2013"); a month that
   labels the figures after it ("(September: 1.0%, 1.3% and 1.4%)") dates those; "a 0.4% rise in
   the preceding quarter" and "3.7% in the preceding three-month period" are of the quarter or
   rolling three months before the period named;
2. the nearest date before it in the sentence ("In 2017, InvestHK assisted 402 companies"; a
   sentence about the future skips past dates);
3. a date the sentence puts itself in ("in", "during", "by", "as at" ... a date, or a bare date
   opening it), unless another number owns it as its comparison ("up from 1 500 in 2020");
4. a sentence that continues the target of the one before it (it opens with "These", "They",
   "Among them" ... and speaks of the future) takes that target ("by early 2026. These two
   phases will provide 3 000P" -> 2026); any other future sentence without a date is the
   release date;
5. the period of the passage: a sentence dated by a past or present period dates the following
   sentences of its paragraph, and those of later paragraphs that report the past or refer back
   ("The number ...", "These ...") until another period is named (a heading "2017 Annual
   Results" names one). A sentence in the present perfect, with "currently", "to date", "so
   far", "since ...", or about the future does not take it. A paragraph that opens with a
   speaker's aside and no figure ("Mr Lo said the Force would continue its efforts") leaves the
   choice to its next sentence;
6. the release date. (A release with no date line reads a bare month, "in March", in the year of
   the month it named before, or of the part of a year it reports: "In the first half of 2025";
   a bare "the first quarter" in the year of the period named before.)

Dates that do not date the fact are left out: "since ..." (that is `since`), comparison bases
("over the previous year", "compared with the same period last year"), the start of the subject
("set up in 2015, the fund ..."), a year naming something ("the 2024 Policy Address").

School and financial years (`scheme_years.py`: "2024/25", "2025-26", "the 2023-24 school
year", "financial year 2024-25", "last school year") date a fact when written as its period ("in
2023-24", "for the 2024-25 financial year", or with "school/financial year"), never as a name
("the 2024-25 Budget"). They are not labelled dates and stay out of temporal_expressions; as `as_of` they are
the year they start in, at year precision (the labelling rules say nothing; the first year is how
the period is written and read).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise

from dateutil.relativedelta import relativedelta

from pipelines.extract.dates import (
    FULL_MONTH,
    MONTHS,
    TemporalExpression,
    find_temporal,
    in_named_part_year,
    part_end_month,
)
from pipelines.extract.numbers import CHANGE_BASE, LEVEL_OF, NUMBER_WORDS, QUALIFIER_RE
from pipelines.extract.scheme_years import SENTENCE_PREP as _SENTENCE_PREP
from pipelines.extract.scheme_years import maybe_period, scheme_years

Span = tuple[int, int]

_SINCE = re.compile(r"\bsince\b(?:\s+\S+){0,6}\s*$", re.I)
_RECORD_SINCE = re.compile(
    r"\b(?:lowest|highest|best|worst|largest|smallest|biggest|fewest|strongest|weakest|warmest|coldest|"
    r"wettest|driest|first)\b[^,;.]{0,40}\bsince\s+(?:the\s+)?(?:\S+\s+){0,2}$",
    re.I,
)
# "Since the implementation of the Scheme in June 2012, ...": the clause opened by "since".
_SINCE_CLAUSE = re.compile(r"\bsince\b(?:[^,;.]|\.\d){0,100}$", re.I)
# "as follows: 2020: 28 500; 2021: 30 100": a year labelling the number after it.
# ("2023: 88 200", "2023 (88 200 households; $1,012 million)": a year labelling its figures)
_LABEL_OF_NUMBER = re.compile(r"\s*(?::|\()\s*(?:HK)?\$?\d")
# "said that 2009 was one of the warmest years": a year that is the subject is a period.
_YEAR_AS_SUBJECT = re.compile(r"\s+(?:was|saw|marked|recorded|witnessed|has\s+been|had\s+been)\b")
_ALLOCATED = re.compile(
    r"\b(?:set\s+aside|earmarked|allocated|reserved|budgeted|estimated|forecast|projected)\b"
    r"(?:[^.;,]|[.,](?=\d)){0,60}\b(?:in|for)\s+(?:the\s+)?$",
    re.I,
)
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$")  # "Marathon 2019", not "In 2019"
# "the results of its 2023 Startup Survey": a survey or census named by its year reports that year
_SURVEY_OF_YEAR = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3}\s+(?:Survey|Census|By-census)\b")
# "According to InvestHK's Startup Survey 2025, there were 4,694 start-ups": the same, year after
_SURVEY_BEFORE_YEAR = re.compile(r"\b(?:Survey|Census|By-census)\s+$")
# "The SWD subvents 90 centres", "The committee comprises 20 members": a present-simple verb
# stating the number (a word in -s right before it), or "is"/"are".
_ABOUT = r"about|some|around|nearly|almost|over|more\s+than"
_PRESENT_VERB = re.compile(
    rf"\b(?:is|are|[a-z]{{3,}}[^su\W]s)\s+(?:(?:{_ABOUT})\s+)?(?:\d|(?:{NUMBER_WORDS})\s+[a-z])"
    # "The fee ... remains at $900", "The monthly rates range from $1,300 to $5,250"
    r"|\bremains?\s+(?:at\s+(?:HK)?\$?\d|available\b)|\b(?<!\bto\s)range\s+from\b"
    # "The Government spends about $900 million on the programme annually"
    r"|\b(?:spends|costs|receives|pays|earns|allocates|invests|provides|contributes)\s+"
    rf"(?:(?:{_ABOUT})\s+)?(?:HK)?\$\d"
    r"|\b(?:is|are)\b"
    # "The register contains the particulars of some 38 000 persons", "covers a total of 120 sites":
    # the figure in the verb's object
    rf"|\b[a-z]{{3,}}[^su\W]s\s+(?:the|a|an)\s+(?:[a-z]+\s+){{0,2}}?of\s+(?:(?:{_ABOUT})\s+)?\d"
    # "Under the programme, we upgrade 150 slopes ... every year": what is done as a rule
    r"|\b(?:[Ww]e|[Tt]hey)\s+(?:\w+ly\s+)?(?!(?:said|held|sold|built|found|spent|sent|paid|got|put|set|lost|"
    r"kept|told|brought|bought|thought|taught|ran|wrote|chose|also|then|still)\b)[a-z]{3,}(?<!ed)\s+(?:\w+\s+){0,2}?\d"
    # "Some 250 Dutch companies have offices in Hong Kong", "80 Saudi companies use Hong Kong as a
    # base": a plural present verb after the counted noun
    r"|\d\s+(?:[A-Za-z-]+\s+){1,3}(?:have|use|run|operate|employ|call|own|hold)\s+(?!been\b|by\b|\w+ed\b)"
)
# "The index maintained by the HAB contains ...": a past participle after its noun, a reduced relative
_PARTICIPLE_BY = re.compile(r"\b[a-z]{2,}[^e\W]ed\s+by\b")
# "an increase of 0.9% over the figure of 7 346 100": the number compared with.
# The nouns that name a figure compared with: "over the figure of", "from the revised estimate of",
# "than the level recorded in"
_LEVEL = r"(?:figure|level|total|estimate|amount|sum|number|expenditure|spending|revenue|cost)s?"
# ("an increase of 6 per cent over the actual expenditure of about $170 million in 2022-23")
_OVER_FIGURE = re.compile(
    rf"\b(?:over|from|with)\s+(?:the|a|its)\s+(?:\w+\s+)?{_LEVEL}\s+of\s+(?:about\s+|some\s+|around\s+)?$",
    re.I,
)
# "As at end-November, ... has attracted 50 ... which will invest": a reporting date dates the
# state it reports, even in a sentence that goes on about the future.
_AS_AT = re.compile(r"\bas\s+(?:at|of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?|end-|mid-)?$", re.I)
# A comparison base: "over 2022", "than in 2022", "compared with the same period last year", "up
# from the same month last year" ("from <date>" alone is when a change starts).
_SAME_PERIOD = (
    r"(?:same|corresponding)\s+(?:period|month|quarter|time|day|phase|season|week)(?:\s+(?:of|in))?\s+"
)
_COMPARED = re.compile(
    r"\b(?:(?:over|than|compared\s+(?:with|to)|against|versus)\s+(?:in\s+|at\s+|that\s+(?:of|in|for|at)\s+)?"
    # ("when compared with end-January last year")
    rf"(?:the\s+)?(?:{_SAME_PERIOD})?(?:end-|mid-|(?:the\s+)?end\s+of\s+)?|from\s+the\s+{_SAME_PERIOD}"
    # "a net decrease of 412 cases or 0.2 per cent from that at end-February": the level compared
    r"|\bfrom\s+(?:that|those)\s+(?:of|in|for|at)\s+(?:the\s+)?(?:end-|mid-|(?:the\s+)?end\s+of\s+)?"
    # "(219 companies assisted) in the same period last year", "broadly the same as last year":
    # the period compared with, whatever came before
    rf"|\b(?:in|of|for|during|with)\s+the\s+{_SAME_PERIOD}|\bthe\s+same\s+as\s+(?:in\s+|that\s+(?:of|in)\s+)?"
    # "stood at 3.9%, the same as the revised figure for November 2025 - January 2026"
    r"|\bthe\s+same\s+as\s+the\s+(?:\w+\s+)?(?:figure|level|rate|number|total)\s+(?:for|in|of)\s+(?:the\s+)?"
    # "room rates up about 5% on last year's Golden Week"
    # (not "adjusted upwards by 2.6 per cent on February 1 this year": a day is when it happened)
    # ("up 3.5 per cent and 2.1 per cent respectively on 2012")
    rf"|(?P<on>(?:%|\bper\s*cent|\bpercentage\s+points?)(?:\s+respectively)?\s+on\s+(?:the\s+)?(?:{_SAME_PERIOD})?)"
    r"|\bsimilar\s+to\s+(?:that\s+(?:of|in)\s+)?"
    # "21.2 per cent below its peak in 2021": the level compared with
    # ("8 per cent below the level recorded in 2018")
    r"|\b(?:below|above)\s+(?:its|the|their)\s+(?:\w+\s+)?(?:peak|high|low|level)\s+"
    r"(?:(?:recorded|registered|reached|seen)\s+)?(?:in|of|at)\s+"
    # "amounted to $31.2 billion, exceeding the figure for the same period last year by 9.5 per cent"
    rf"|\b(?:exceed|surpass|outstrip)\w*\s+(?:the|its|their)\s+(?:\w+\s+)?(?:{_LEVEL})\s+(?:for|of|in)\s+"
    rf"(?:the\s+)?(?:{_SAME_PERIOD})?"
    # "2.1 times that in the same quarter last year": a multiple of the base
    rf"|\btimes\s+(?:that|those)\s+(?:of|in|for)\s+(?:the\s+)?(?:{_SAME_PERIOD})?"
    # "Comparing August 2014 with August 2013, ..."
    r"|\bcompar(?:ing|ed)\s+(?:\S+\s+){1,5}?with\s+"
    # "totalled 3 318 (3 402 in 2023)": a base in brackets after the figure
    # ("detected 120 cases (98 in 2024)", "goods worth $12 million ($9.8 million in 2024)")
    r"|\d+(?:[.,]\d+)*(?:\s+(?:million|billion))?(?:\s+[a-z][\w-]*){0,2}\s*\(\s*(?:HK)?\$?\d[\d,. ]*"
    r"(?:%|\s*per\s+cent|\s+(?:million|billion))?\s+(?:in|during|for)\s+(?:the\s+)?"
    # "compared with 3 080 and 16 470 respectively in April": the bases' period
    r"|\b(?:compared\s+(?:with|to)|against)\s+(?:[\d.,%$]|\s|and\b|per\s+cent\b|(?:million|billion)\b)+"
    r"respectively\s+(?:in|for|at|during)\s+(?:the\s+)?)$",
    re.I,
)
# "an increase of 9 per cent over the 7 560 agreements": the number the change is over.
_CHANGE_OVER = re.compile(
    r"(?:\d\s*%|\bper\s*cent|\b(?:increase|decrease|rise|drop|decline|growth)"
    r"(?:\s+of\s+\d[\d,. ]*(?:million|billion)?)?)\s+(?:over|on|above|below)\s+(?:the\s+)?$",
    re.I,
)
# ("up from 212 hotels with 67 394 rooms at end-2012": a base's own count, joined by "with")
_JOINED = re.compile(r"\b(?:and|with)\s+(?:\w+\s+){0,3}$")
_JOINED_PAIR = re.compile(r"\s+(?:[a-z]+(?:\s+in\s+[\w ]{1,30}?)?|in\s+[\w ]{1,30}?)\s+and\s+")
_CHANGE_AFTER = re.compile(r"\s+(?:from|over|than|higher|lower|more|fewer|less|above|below)\b")
# "compared with $2.41 million to 1 057 students in 2019/20": what was given to whom, one base
# (only after "compared with": "from 2 000 to 3 000 in 2020" is a change, its end dated)
_GIVEN_TO = re.compile(r"\bto\s+(?:\w+\s+){0,2}$")
_COMPARED_WITH = re.compile(
    # ("and well above the 241 projects completed in 2009": a base named by a level)
    r"\b(?:compared\s+(?:with|to)|against|versus|(?:well\s+|far\s+)?(?:above|below)\s+the)\s+(?:\w+\s+)?$"
    # ("already exceeds the annual totals of 15 cases in 2018 and 10 cases in 2017")
    r"|\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+the\s+(?:\w+\s+){0,2}?(?:totals?|figures?)\s+of\s+$",
    re.I,
)
# "up 12 per cent from 2024", "a decrease of 4.2% from last year": a past date after a stated
# change is its base ("will rise by 5% from April 1", a coming date, is when the change starts).
_CHANGE_FROM = re.compile(
    r"(?:\d\s*(?:%|per\s*cent|percentage\s+points?)"
    # "Fatal accidents rose by nine from 2023": a change counted, from the year it is counted over
    r"|\b(?:rose|fell|increased|decreased|grew|dropped|declined)\s+by\s+[\w.]+(?:\s+(?:million|billion))?"
    # "total employment was 3 681 000, up about 12 000 from end-2024": a bare change
    r"|\b(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|around\s+)?\d[\d ,.]*(?:\s+(?:million|billion))?)"
    # ("a decrease of 1.5 per cent in quantity from a year earlier": what changed, named between)
    # ("up 4.2 per cent and 2.6 per cent respectively from a year ago": a pair of changes)
    r"(?:\s+in\s+(?:terms\s+of\s+)?[a-z]+|\s+respectively)?\s+from\s+(?:in\s+)?(?:the\s+)?"
    # ("a drop of about 74 per cent from the peak of 4 496 in early 2019": the base's own period)
    rf"(?:{LEVEL_OF}\d[\d ,.]*(?:\s+(?:million|billion))?\s+(?:in|at)\s+)?$",
    re.I,
)
_ORIGIN = re.compile(
    r"(?:^\W*|,\s*|\b(?:which|that|who|was|were)\s+(?:was\s+|were\s+)?)(?:\w+\s+)?"
    r"(?:(?:launched|introduced|inaugurated)|(?:established|set\s+up|founded|formed|incorporated)"
    # ("The LASC, established under the Legal Aid Services Council Ordinance in 1996, ...": a
    # body's founding; not "The Festival, launched by the HKTB in October last year, attracted ...")
    r"(?:\s+(?:under|by)\s+[^,;()]{1,60}?)?)\s+(?:in|on)\s+$"
    # "The e-Channel service, launched a year and a half ago, handled ...": when it began
    r"|,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:established|set\s+up|founded|launched|introduced|inaugurated)\s+$"
    # "The station, which commenced operation on September 23, handled ...": when it opened
    r"|,\s*(?:(?:which|that)\s+(?:has\s+|had\s+)?)?(?:commenced|started|began|opened|came\s+into)"
    r"(?:\s+(?:full\s+)?(?:operations?|service|business))?\s+(?:in|on)\s+$"
    r"|\b(?:its|their|his|her)\s+(?:establishment|launch|inception|founding|formation)\s+in\s+$"
    # "Opened in mid-2021, the Hub currently houses 86 start-ups": the Hub's opening
    r"|^\W*(?:opened|commissioned|completed)\s+(?:in|on)\s+$"
    # "1 200 cartons of plastic tableware, which arrived from Vietnam on March 9": the journey of
    # the goods, not the day of the fact
    r"|,\s*(?:which|that)\s+(?:had\s+)?(?:arrived|departed|was\s+shipped|were\s+shipped|was\s+imported|"
    r"were\s+imported)(?:\s+(?:from|in|at|to)\s+[^,;]{1,40}?)?\s+(?:in|on)\s+$",
    re.I,
)
_WHEN_CLAUSE = re.compile(r"\W*When\s+(?:[^,]|,\s*(?=[A-Z]))*$")  # "When the Greening, Landscape and ..."
# "In the first round, launched in 2024-25, the ITC received 187 applications": the round the
# sentence opens with is dated by its launch
_ROUND_OPENER = re.compile(
    r"\W*(?:In|During|Under|For)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|phase|batch|stage|exercise|cycle|tranche|edition)\s*,\s*(?:launched|introduced|held|conducted|"
    r"started|rolled\s+out)\s+(?:in|on)\s+$",
    re.I,
)
_DATING_PREP = re.compile(
    r"(?:\b(?:in|during|throughout|for|of|by|within|before|until|till|to|from|between|and|on|at|as\s+(?:at|of)|comparing"
    r"|end|mid)\s+(?:the\s+)?|^\W*)$",
    re.I,
)
_SECOND_COMPARED = re.compile(
    # ("down from 3.6 per cent in the first round and 4.1 per cent in the same period last year")
    # ("rose sharply from 260 kg in 2011 and 310 kg in 2012 to 790 kg")
    r"\b(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from"
    r"|(?:rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped)\s+(?:\w+ly\s+)?from)"
    r"\s+(?:about\s+|some\s+)?\d[^;:()]{0,40}?\s+and\s+"
    r"(?:about\s+|some\s+)?$",
    re.I,
)
# "against 2.0% for the calendar year 2023": a year named as such is a date, not a name
_CALENDAR_YEAR = re.compile(r"\b(?:in|for|during|of|over)\s+the\s+calendar\s+year\s+$", re.I)
# "from 10 kilograms to 30kg", "from 380 in 2016 to 402": the first number is the one compared.
# ("... from 90 in 1995 to four at present": a count in words)
# The qualifier a change's end may carry: "from 9 per cent in 2022 to at least 25 per cent by 2028"
_TO_QUALIFIED = (
    r"\bto\s+(?:(?:about|some|around|over|nearly|almost|approximately|at\s+least|more\s+than)\s+)?"
)
_CHANGE_TO = re.compile(rf"(?:[^.;,]|\.\d){{0,45}}?{_TO_QUALIFIED}(?:(?:HK)?\$?\d|(?:{NUMBER_WORDS})\b)")
_TO_THEN_FROM = re.compile(
    _TO_QUALIFIED + r"(?:HK)?\$?\d(?:[^.;]|\.\d){0,40}?\bfrom\s+"
    r"(?:about\s+|some\s+|around\s+)?$",
    re.I,
)
# "appointed four new members ... all for two years from April 1": the day a term starts dates
# the appointments it begins, even in a sentence that reports them as done.
_TERM_START = re.compile(
    r"\b(?:(?:with\s+effect|effective)\s+from|(?:years?|months?)\s+(?:\w+\s+){0,2}?from)\s+(?:\w+\s+)?$", re.I
)
_APPOINTED = re.compile(r"\b(?:re-?)?appoint(?:ed|ing|ments?)\b", re.I)
_TARGET_PREP = re.compile(r"\b(?:by|within|before|until|as\s+(?:at|of))\s+(?:the\s+)?$", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|(?:plans?|aims?|targets?|targeting)\s+to|(?:targets?|targeting)\s+an?\s"
    # ("Nearly 720 000 passenger trips are also expected on January 1 next year": a forecast for a day)
    r"|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|projected|forecast)\s+(?:to|on|in|during|over|for|by)"
    # "our target is to have more than 5 000 start-ups by 2027"
    r"|(?:target|goal|aim|objective)s?\s+(?:is|are)\s+to"
    # "the ImmD expects about 1.1 million passenger trips", "the HKTB forecasts 46 million arrivals",
    # "the HA expects to complete about 30 500 flats in 2026-27"
    r"|(?<=[A-Za-z] )(?:expects|forecasts|anticipates)\s+"
    r"(?:about|some|around|over|nearly|more|up|at|an?|the|to|\d))\b",
    re.I,
)
_NOW_WORDS = (
    r"\b(?:currently|at\s+present|presently|now|to\s+date|so\s+far"
    r"|as\s+(?:at|of)\s+today|at\s+the\s+moment)\b"
)
_NOW = re.compile(_NOW_WORDS, re.I)
# "over the past two weeks", "in the past three years": a span that ends on the release day
# (not "in the last week of October"; nor "over the past year", which the labels date by its year)
_UP_TO_NOW = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:(?:few|several|[a-z]+|\d+)\s+)?"
    r"(?:days|weeks|months|years|decades|week|month)\b(?!\s+of\b)",
    re.I,
)
# "Each month, between 300 and 400 bank accounts ... are frozen": what happens as a rule, now
_HABITUAL_OPENING = re.compile(r"\W*(?:Each|Every)\s+(?:day|week|month|year)\s*,", re.I)
# "about 60 000 registered slopes, many of which were formed before ... in 1977": what part of
# them did, in its own period, dates none of the whole
_SOME_OF_WHICH = re.compile(r",\s+(?:many|most|some|several|half|none)\s+of\s+(?:which|whom)\b[^,;]*$", re.I)
# "will increase from 38 officers at present to 52 officers by end-2021": a figure said to hold
# now, whatever period the passage or the sentence names
# "Compared with 2024-25, when 11 sites were sold for about $21.6 billion, ...": the clause a
# period opens with "when" is of that period
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+[^,;:]*$", re.I)
# "TACO currently has about 120 officers", "there are at present 30 stations": what holds now, whatever
# period another clause of the sentence names
_NOW_BEFORE = re.compile(
    r"\b(?:(?:currently|at\s+present|presently|now)\s+(?:has|have|is|are|employs?|operates?|stands?\s+at)"
    r"|there\s+(?:are|is)\s+(?:currently|at\s+present|presently|now))\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# ("and some 2 400 collection points are now in place": "now" after the verb)
_NOW_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:at\s+present|currently|at\s+the\s+moment)\b"
    r"|(?:\s+[\w'-]+){0,4}?\s+(?:are|is)\s+now\b",
    re.I,
)
_PRESENT = re.compile(
    _NOW_WORDS + r"|\b(?:has|have)\s+(?:(?:\w+ly|also|already|just)\s+)?"
    # ("has also set up 10 mobile teams", "has also re-appointed eight members")
    r"(?:been|(?:re-|co-|pre-)?\w+(?:ed|en|wn)|met|made|brought|grown|risen|held|won|sold|paid|built|taught|"
    r"found|kept|spent|led|sent|had|set|put|done|begun|run|bought|sought|caught)\b"
    # reported speech: "She said (that) $1.15 billion had been earmarked" is "has been earmarked"
    r"|\b(?:said|added|noted|stated|explained)\s+(?:that\s+)?(?:[^.;]|\.\d)*?\bhad\s+(?:\w+ly\s+)?"
    r"(?:been|\w+(?:ed|en|wn))\b",
    re.I,
)
# Word pre-tests (a sentence's words, lowercased): cheaper than the regexes they guard.
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "came",
        "rose",
        "fell",
        "grew",
        "went",
        "saw",
        "stood",
        "took",
        "made",
        "gave",
        "met",
        "led",
        "won",
        "became",
        "began",
    ]
)
_PUNCTUATION = str.maketrans({c: " " for c in ",.;:()[]\"'“”‘’!?"})
_FUTURE_WORDS = frozenset({"will", "shall", "would"})
# "A survey commissioned last year found that 62 per cent of respondents would visit ...": what a
# finding says people would do is no future of the release
_FINDING_WOULD = re.compile(r"\b(?:found|showed|revealed|indicated)\s+that\s+(?:[^.;]|\.\d)*?\bwould\b", re.I)
# "if the goods seized in 2011 had been duty-paid, the duty would have amounted to $210 million": a
# counterfactual of the past
_WOULD_HAVE = re.compile(r"\bwould\s+have\s+(?:been|\w+(?:ed|en|wn))\b", re.I)


def _about_future(text: str, words: frozenset[str]) -> bool:
    """A future word or cue in `text` (`words`, its lowercased words), not counting the "would"
    of a finding or of a counterfactual past ("would have amounted")."""
    if words & _FUTURE_WORDS == {"would"}:
        finding = _FINDING_WOULD.search(text)
        would = text.lower().count("would")
        if finding and would == 1:
            text = text[: finding.end() - len("would")] + text[finding.end() :]
            words = words - {"would"}
        elif would == len(_WOULD_HAVE.findall(text)):
            words = words - {"would"}
    return bool(words & _FUTURE_WORDS) or (bool(words & _FUTURE_CUES) and _FUTURE.search(text) is not None)


# Where a sentence's clauses part: ", and", "; ", ", while", ", but", ", whereas".
_CUT_WORDS = "and|while|but|whereas"
_CLAUSE_CUT = re.compile(rf",\s+(?:{_CUT_WORDS})\s+|;\s+")
# "approved HK$258 million for 47 projects, which are expected to create 1 900 jobs": a relative
# clause about the future leaves the main clause in the past
# (or after a colon, a clause dated on its own: "... will also continue: in the 2023/24 school
# year, officers delivered talks at 352 schools")
# (", up from 150 last year": the base a future figure is compared with, in a clause of its own)
_FUTURE_CLAUSE_CUT = re.compile(
    rf",\s+(?:{_CUT_WORDS}|which|who)\s+|;\s+|:\s+(?=(?:in|during|last)\s)|,\s+(?=(?:up|down)\s+from\s)"
    # "grew to 2.08 million passengers in 2015 and is projected to exceed 3 million by 2017": a
    # second predicate about the future
    r"|\s+and\s+(?=(?:is|are)\s+(?:now\s+|also\s+)?(?:projected|expected|forecast)\s+to\s)"
)
# "was adjusted to $43.1 per hour on May 1 last year and will rise to $44.6 per hour on May 1 this
# year", "The two men have been charged and will appear in court tomorrow (November 19)": a second
# predicate about the future, whose dates are not the first one's
_AND_WILL = re.compile(r"\s+and\s+(?=will\s+[a-z]+\s)")
_FUTURE_CUES = frozenset({"plan", "plans", "aim", "aims", "target", "targets", "targeting", "expected",
                          "projected", "forecast", "goal", "goals", "objective", "objectives",
                          "expects", "forecasts", "anticipates"})  # fmt: skip
_PRESENT_CUES = frozenset({"currently", "present", "presently", "now", "date", "far", "today", "moment",
                           "has", "have", "that", "said", "added", "noted", "stated",
                           "explained"})  # fmt: skip
# A verb in "-ed" after its subject ("InvestHK assisted"), not a participle ("is designed", "the
# proposed scheme") nor "hundred", "speed".
_ED_WORD = re.compile(r"(?:\b(\w+)\s+)?\b[a-z]{2,}[^e\W]ed\b")
_NOT_BEFORE_PAST = {"is", "are", "be", "been", "being", "has", "have", "the", "a", "an", "to", "and", "or",
                    # ("from enrolled private doctors", "of registered contractors": adjectives)
                    "from", "of", "by", "for", "with", "among",
                    # ("The Board's approved budget", "its revised estimate": a possessive's adjective)
                    "s", "its", "their", "our"}  # fmt: skip
# A share of a whole named before: "Of the places in operation, 460 are on Hong Kong Island".
_SHARES_BACK = re.compile(r"^\W*Of\s+the\s+(?:\d[\d ,]*\s+)?[a-z][\w\s-]{0,40},")
# "The breakdown by type of service is as follows: ...": the parts of the whole reported before
_BREAKDOWN = re.compile(r"\W*(?:The|A|Its|Their)\s+breakdowns?\b")
_SHARE_OF_THESE = re.compile(r"^\W*(?:Of|Among)\s+(?:these|them|those)\b")
# "Some 210 of them are also registered structural engineers", "Fifteen of these were ...": a
# part of the whole the sentence before counted
_PART_OF_THESE = re.compile(
    rf"^\W*(?:(?:{QUALIFIER_RE})\s+)?(?:[A-Z][a-z]+|\d[\d ,.]*)\s+of\s+(?:these|them|those)\b", re.I
)
_PRONOUN_SUBJECT = re.compile(r"\W*(?:It|They|Its|Their)\b")
_REFERS_BACK = re.compile(
    r"^\W*(?:These|This|Those|They|It|Its|Their|Such|Both|Together|Of\s+(?:these|them|which)|"
    # "Fifteen of these are located in ...", "Four of them were ..."
    r"(?:[A-Z][a-z]+|\d[\d ,]*)\s+of\s+(?:these|them|those)\b|"
    r"Among\s+(?:them|these)|The\s+(?:number|numbers|figure|figures|total|amount|rate|increase|"
    r"decrease|rise|growth|result|results)\b|The\s+\d)"
)
# Two words joined by "and" ("exports and transhipments"), not figures of a list ("752 and 790")
_WORDS_AND = re.compile(r"[A-Za-z][\w'’-]*\s+and\s+[A-Za-z]")
# A court's sentence: "were fined a total of $68,000 at the Kowloon City Magistrates' Courts today";
# told again without a date, "The owners were each fined between $7,000 and $12,500"
_SENTENCING = re.compile(r"\b(?:fined|sentenced|convicted|jailed)\b")
_SENTENCED_AGAIN = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|each|respectively|jointly)\s+)*(?:fined|sentenced)\b"
)
# The story of the day a visit release reports: "In the afternoon, ...", "At a luncheon ...", "Mr
# Leung then met ..." (`Scene.day_narrative`).
_DAY_NARRATIVE = re.compile(
    r"^\W*(?:(?:Earlier|Later)\s+(?:in\s+the\s+day|today|on)|In\s+the\s+(?:morning|afternoon|evening)|"
    r"At\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:luncheon|lunch|dinner|breakfast|reception|banquet)\b)"
    r"|\b(?:[Hh]e|[Ss]he|Mr\s+[A-Z][\w-]+|Ms\s+[A-Z][\w-]+)\s+(?:then|later|also|afterwards)\s+"
    r"(?:met|visited|toured|called\s+on|addressed|attended|officiated)\b"
)
# "About 6 000 participants are expected to join the event": a future sentence about the event
# the passage announced takes its day.
_THE_EVENT = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:event|day|period|festival|fair|exhibition|ceremony|race|"
    r"ride|run|show|closure|operation|exercise|programme|campaign|competition|match|concert|parade)\b",
    re.I,
)
# "an increase of 0.4% over the figure of 7 531 800 at mid-2025": the period of the figure compared with.
_FIGURE_AT = re.compile(
    rf"\b(?:over|from|with|than)\s+(?:the|a|its)\s+(?:\w+\s+)?{_LEVEL}\s+of\s+\d[\d ,.]*"
    r"(?:\s+\w+)?\s+(?:at|in|for|as\s+at)\s+(?:the\s+)?$"
    # "an increase of 6.3 per cent over the $3.671 billion payable for 2011", "surpassing the 46
    # medals won at the Jakarta-Palembang Games in 2018"
    r"|\b(?:over|than|surpass\w*|exceed\w*)\s+the\s+(?:HK)?\$?\d[\d ,.]*(?:\s+(?:million|billion))?"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:at|in|for|as\s+at)\s+(?:the\s+)?$",
    re.I,
)
_LEVEL_AFTER = re.compile(rf"\s+(?:{_LEVEL}|peak|high|low)\b", re.I)
_PREVIOUS_RECORD = re.compile(r"\b(?:previous|former|last|old)\s+(?:best|record|high|peak|low)\b", re.I)
# (", against 29 and 17 respectively in 2011": a clause that opens with "against")
# ("surpassing the 46 medals won at the Games in 2018": the figure compared with)
_COMPARISON_OPEN = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus)\s|,\s+against\s|\b(?:surpass|exceed)\w*\s+the\s+"
    r"|\bcomparable\s+(?:with|to)\s",  # "was comparable with the 99.7 per cent recorded in ..."
    re.I,
)
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w-])")
_BASE_IN_BRACKET = re.compile(r"\(\s*(?:HK)?\$?")
_BASE_FIGURE_OPEN = re.compile(r"\(\s*(?:HK)?\$?\d")  # "(14 in the same period last year)"
_FIGURE_BEFORE_BRACKET = re.compile(r"\d(?:\s+(?:million|billion))?(?:\s+[a-z][\w-]*){0,2}\s*$", re.I)
_SPAN_OF_TIME = re.compile(r"\s+(?:months?|years?|weeks?|days?|quarters?)\b")
_CLAUSE_BREAK = re.compile(r",\s|;|\bwhile\b|\bwhereas\b")
# "compared with 108 cases, including four local cases, in the same period last year": an aside
# inside a clause
_ASIDE = re.compile(r",\s+(?:including|comprising|of\s+which|among\s+them)\s+[^,;]{1,60}?(?=,\s)")


# (not "will open 520 beds, bringing the total to 30 100 by the end of this year": the total the
# additions make is of their date)
_PARTICIPLE_CUT = re.compile(r",\s+(?!(?:bringing|raising|taking|making|increasing)\b)[a-z]+ing\s")


# ("has earmarked $3.6 million for the Scheme – more than double the amount spent in 2009-10": a
# dash before a lower-case word opens an aside, as a comma does; not a range of dates)
_CUT = re.compile(r",\s|;|\s[–—]\s+(?=[a-z])")


def _end_of_clause(text: str, start: int, end: int) -> int:
    """Where the clause that runs from `start` ends before `end`: its first comma, semicolon or
    dash aside, else `end`."""
    cut = _CUT.search(text, start, end)
    return cut.start() if cut else end


def _clause_break(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first break of the clause in text[start:end], an aside in it ("..., including X,") not
    breaking it."""
    pos = start
    while (m := _CLAUSE_BREAK.search(text, pos, end)) is not None:
        aside = _ASIDE.match(text, m.start())
        if aside is None:
            return m
        pos = aside.end() + 1
    return None


# figures listed after "compared with": "17, 131 and 3 452"
_FIGURES_LIST = re.compile(r"(?:[\d.,%$ ]|\band\b|\bper\s+cent\b|\b(?:million|billion)\b)*")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+(?:\w+\s+)?$")
# The members of a body who leave it at an appointment.
_OUTGOING = re.compile(
    r"\boutgoing\s+(?:[\w-]+\s+)?(?:members|chairm[ae]n|chairpersons|vice-chairm[ae]n)\b", re.I
)
# A penalty the law sets stands whatever the passage reports.
# What the law or a scheme sets, whenever it is said: "reminded employers that ... is liable to a
# maximum fine of $500,000", "offers an allowance of up to $5,000"
_STANDING_RULE = re.compile(
    r"\b(?:liable|maximum|minimum|penalty|penalties|capped|up\s+to|remind(?:ed|s)?|prohibited)\b", re.I
)
_PAST_BE = re.compile(r"\b(?:was|were|had)\b")
_RULE_MODAL = re.compile(r"\b(?:should|must|shall)\s+(?:normally\s+|not\s+|only\s+|also\s+)?[a-z]+\b")
_OWNS = re.compile(r"['’]s\s+")
_LIABLE = re.compile(
    r"\b(?:is|are|shall\s+be|will\s+be)\s+liable\b"
    # "reminded the public that the maximum penalty for ... is a fine of $500,000": a standing rule
    r"|\bmaximum\s+(?:penalty|penalties|fine|sentence)\b(?:[^.;]|\.\d)*?\b(?:is|are)\b"
    # "offenders face a maximum fine of $25,000": what the law sets for anyone
    r"|\b(?:face|faces|risk|risks)\s+(?:a\s+)?maximum\s+(?:penalty|penalties|fine|sentence)\b"
    # "Each project may receive funding of up to $5 million": what a scheme allows
    r"|\b(?:may|can)\s+(?:also\s+|each\s+|still\s+)?(?:receive|apply|claim|borrow|be\s+granted)\b"
    # "A daily fine of $900 may also be imposed for a continuing offence": what the law allows
    r"|\b(?:may|can|shall)\s+(?:also\s+)?be\s+(?:imposed|levied)\b"
    # "is an offence liable to a fine of $200,000", "an offence carrying a maximum penalty of"
    r"|\boffence\s+liable\b|\b(?:carry|carries|carrying)\s+(?:a\s+)?maximum\s+(?:penalty|penalties|fine|sentence)\b"
    # "the maximum permitted level of sulphur dioxide in dried fruit is 2 000 ppm": a legal limit
    r"|\b(?:maximum|minimum)\s+(?:permitted|permissible|allowable)\b"
    # "each start-up must employ a minimum of five staff": a condition a scheme sets
    r"|\bmust\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:minimum|maximum)\s+of\b"
    # "the programme offers a monthly on-the-job training allowance of up to $5,000"
    r"|\b(?:offers?|provides?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:allowance|subsidy|grant)\s+of\s+up\s+to\b",
    re.I,
)
# Between the numbers of a list ("1 250, 1 420 and 1 180") and the years of a range ("2021 to 2023").
_IN_PERIOD = re.compile(r"\b(?:in|during|for)\s+$", re.I)
_COMPARING_OPEN = re.compile(r"\W*Comparing\s", re.I)
_AT_SAME_POINT = re.compile(r"\bat\s+the\s+same\s+(?:time|point|date)\s+(?:of\s+|in\s+)?$", re.I)
# Periods stepped back by months, whose figure "in the preceding quarter" is its own
_ROLLED = r"quarter|three-month\s+period"
_PREVIOUS_TEXT = re.compile(rf"the\s+(?:previous|preceding)\s+(?:{_ROLLED})\b", re.I)
_BARE_FIGURE = re.compile(r"[\d.,\s]+")
_LABELS_NEXT = re.compile(r"\s*:")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# the counted noun of a list item before the next: "Recycling Stations, ", " job seekers and "
_NOUN_GAP = re.compile(
    r"\s+(?P<noun>(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_NOT_NOUNS = frozenset((
    "in", "at", "on", "of", "for", "from", "to", "by", "with", "were", "was", "are", "is", "had",
    "has", "have", "been", "up", "down", "rose", "fell", "respectively", "per", "cent", "percent",
    "which", "who", "that",
))  # fmt: skip


_NOUN_THEN_DATE = re.compile(
    r"\s+(?P<noun>(?:[A-Za-z][\w'’-]*\s+){0,4}?)(?:in|at|as\s+at|as\s+of|on)\s+(?:the\s+)?"
    r"(?:(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)?",
    re.I,
)


def _is_noun_gap(gap: str, pattern: re.Pattern[str] = _NOUN_GAP) -> bool:
    m = pattern.fullmatch(gap)
    return m is not None and not any(w.lower() in _NOT_NOUNS for w in m["noun"].split())


# "rejected from 2022 to 2024", "upgraded between 1977 and 2010": a span of years
_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_TO = re.compile(r"\s*(?:to|and|-|–)\s*")
_SAME_PERIODS = re.compile(
    r"\b(?:the\s+same|these|those|the\s+above|the\s+past)\s+(?:\w+\s+){0,2}(?:periods?|years?)\b"
    # "... end-2023, end-2024 and end-2025 ... The corresponding strength was A, B and C"
    # ("..., while the corresponding female participation rates were A, B and C": also in a clause)
    # ("For secondary schools, the corresponding figures were A, B and C": the group given first)
    r"|^\W*(?:(?:For|As\s+for)\s+[^,;]{1,60},\s+)?The\s+corresponding\s+(?:[a-z]+\s+){1,2}?(?:was|were|stood\s+at)\s"
    r"|,\s+(?:while|whereas)\s+the\s+corresponding\s+(?:[a-z]+\s+){1,3}?(?:was|were)\s",
    re.I,
)
_OR_ESTIMATE = r",\s+or\s+(?:about\s+|some\s+|around\s+|nearly\s+)?"  # ", or about 26.6 per cent"
_SHARE_APPOSITION = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,3}}{_OR_ESTIMATE}\d[\d.]*\s*(?:per\s+cent|%)(?:\s+[a-z]+){{0,4}},\s"
)
_OR_BEFORE = re.compile(rf"{_OR_ESTIMATE}$")
_APPOSITION_END = re.compile(r"(?:\s+[a-z]+){0,3},\s")  # "35.6 degrees, was recorded": its unit, the comma
_OF_LEVEL_AT = re.compile(
    rf"\b(?:of|than|over|from|with)\s+(?:the|its|a)\s+(?:\w+\s+)?{_LEVEL}"
    r"\s+(?:(?:recorded|registered|reported|seen)\s+)?(?:at|in|for|of|as\s+at)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
# "The programme expenditure in that year amounted to ...": the period last named
_THAT_PERIOD = re.compile(
    r"\b(?:in|during|for|over|throughout)\s+that\s+(?:year|month|quarter|period)\b", re.I
)
_END_OF_THAT_YEAR = re.compile(r"\b(?:at|by|as\s+at|as\s+of)\s+the\s+end\s+of\s+(?:that|the)\s+year\b", re.I)
_THE_YEAR = re.compile(
    r"\b(?:during|in|for|over|throughout)\s+the\s+year\b(?!\s+(?:of|before|after|ended|ending|to))", re.I
)
_THE_MONTH = re.compile(
    r"\b(?:during|in|for|over|throughout)\s+the\s+month\b(?!\s+(?:of|before|after))"
    # "The mean relative humidity of the month was 74 per cent", "The month's total rainfall was"
    r"|\bof\s+the\s+month\s+(?:was|were|stood|reached|totalled|amounted)\b|^\W*The\s+month[’']s\s",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SPAN_GAP = re.compile(r"\s*(?:to|-|–|and|until|till)\s*")
_SPAN_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
# "During the holiday period", "over the Golden Week", "throughout the operation": the event's days
_THE_SPAN = re.compile(
    r"\b(?:during|over|throughout|in)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:holidays?|period|week|festival|fair"
    r"|event|operation|campaign|blitz|exercise|show|exhibition|carnival)\b(?!\s+(?:last|next|this|of|from)\b)",
    re.I,
)
_PART_OF_YEAR = re.compile(
    r"\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b|\bQ[1-4]\b|\bH[12]\b"
    r"|\bfirst\s+(?:\w+\s+)?(?:months|weeks)\b",
    re.I,
)
_DAY_RANGE = re.compile(r"\d\s*(?:-|–|to)\s*\d")
# A comparison with the same period a year before the one the sentence or passage reports
_YEAR_EARLIER = re.compile(r"\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)
_MONTH_EARLIER = re.compile(r"\b(?:a|one)\s+month\s+(?:earlier|before)\b", re.IGNORECASE)
_SAME_DATE = re.compile(r"\b(?:the\s+same\s+(?:date|day))\b", re.I)
_PERIODS = ("year", "month")
_THE_SAME_PERIOD = re.compile(rf"\bthe\s+{_SAME_PERIOD}$", re.I)
# Numbers that take listed periods in turn: "respectively", or "compared with 455 and 471 in the
# corresponding periods of 2018 and 2017" (periods in the plural, each of its own number)
_IN_TURN = re.compile(
    r"\brespectively\b|\b(?:same|corresponding)\s+periods\s+(?:of|in)\s+(?:19|20)\d\d", re.I
)
_SAME_PERIODS_OF = re.compile(
    r"\bthe\s+(?:same|corresponding)\s+periods\s+(?:of|in)\s+(?:(?:19|20)\d\d\s*(?:,\s*|\s+and\s+))*$", re.I
)
# A sentence that opens in the passage's period a year before: its own period, not a comparison.
# "During the Easter holiday last year, ...": the event the release reports, a year before.
_EVENT_THEN = r"(?:[A-Z][\w'’-]*\s+){1,3}(?:[Hh]olidays?|[Ww]eek|[Pp]eriod|[Ff]estival|[Ss]eason|[Bb]reak)\s+"
_THEN_OPENER = re.compile(
    rf"^\W*(?:In|During|For|Over)\s+the\s+(?:(?i:{_SAME_PERIOD})|{_EVENT_THEN})last\s+year\b"
)
_THIS_PERIOD = re.compile(r"this\s+(?:year|month)$", re.I)
_COMPARED_CUES = (
    "over", "than", "compar", "against", "versus", "from", "same", "similar", " on ", "(", "below", "above",
    "exceed", "surpass", "outstrip",
)  # fmt: skip
_ORIGIN_CUES = (
    "establish",
    "set up",
    "found",
    "launch",
    "introduc",
    "inaugurat",
    "form",
    "incorporat",
    "commenc",
    "start",
    "began",
    "opened",
    "came into",
    "commission",
    "complet",
    "arrived",
    "departed",
    "shipped",
    "imported",
)


def _part_end(t: TemporalExpression) -> int | None:
    """The last month of a year-long expression that names the first months of its year."""
    if t.precision != "year" or t.kind not in ("partial", "relative", "span"):
        return None
    d0, d1 = t.date_start, t.date_end
    if d0 is not None and d1 is not None and d0.year == d1.year and (d0.month, d1.month) != (1, 12):
        return d1.month  # "from April to June this year": months of one year, named by the last
    return part_end_month(t.text)


def period_start(t: TemporalExpression) -> tuple[date | None, str | None]:
    """The first day of the period at its precision (a school year 2023/24 -> 2023-01-01, year);
    a period of several months is named by its last ("July - September 2015" -> 2015-09-01, "the
    first half of 2025" -> 2025-06-01), days of several months by the last day ("from July 19 to
    September 30" -> September 30, day), days of one month by that month."""
    d = t.date_start
    if d is None:
        return None, None
    if t.precision == "year":
        end = _part_end(t)
        if end is not None:  # "the first ten months of 2024": named by its last month, as a quarter is
            return date(d.year, end, 1), "month"
        return date(d.year, 1, 1), "year"
    if t.precision == "month":
        if t.date_end is not None and (t.date_end.year, t.date_end.month) != (d.year, d.month):
            d = t.date_end  # "July - September 2015": a rolling quarter is named by its last month
        return date(d.year, d.month, 1), "month"
    if (
        t.precision == "day"
        and t.date_end is not None
        and (t.date_end.year, t.date_end.month) > (d.year, d.month)
    ):
        return t.date_end, "day"  # "From July 19 to September 30": a count over the days, as at the last
    if t.precision == "day" and (_DAY_RANGE.search(t.text) or (t.date_end is not None and t.date_end > d)):
        return date(d.year, d.month, 1), "month"  # "from September 2 to 4": days of one month
    return d, t.precision


def year_before(t: TemporalExpression, anchor: TemporalExpression, months: int = 12) -> TemporalExpression:
    """'a year earlier' said of `anchor`'s period: that period a year before, at its precision
    ('a month earlier': `months` 1)."""
    d0, d1 = anchor.date_start, anchor.date_end
    if d0 is None or d1 is None:
        return t
    precision = anchor.precision
    end = _part_end(anchor)
    if end is not None:  # "the same period last year" after "the first half of 2023": June 2022
        d0 = date(d0.year, end, 1)
        d1, precision = d0 + relativedelta(months=1) - timedelta(days=1), "month"
    d0, d1 = d0 - relativedelta(months=months), d1 - relativedelta(months=months)
    shown = {"year": f"{d0:%Y}", "month": f"{d0:%Y-%m}"}.get(precision or "", d0.isoformat())
    return TemporalExpression(t.start, t.end, t.text, t.kind, shown, precision, d0, d1)


@dataclass
class Passage:
    """What the sentences read so far say about time."""

    section: object = None  # paragraph of the sentence before
    # The paragraph opened with a speaker's aside ("Mr Lo said the Force would continue its
    # efforts"): its next sentence decides whether the passage goes on, unless it is about people too.
    deferred: bool = False
    period: TemporalExpression | None = None  # the past or present period last named
    target: TemporalExpression | None = None  # the future target of the sentence before
    last_day: TemporalExpression | None = None  # the last day or reporting date named ("the same date")
    # The periods of the last sentence that listed several ("2022: 31 204; 2023: 33 356; 2024:
    # 35 498"): "In the same period, ... were A, B and C respectively" takes them in order.
    series: tuple[TemporalExpression, ...] = ()
    # The last year-long period named, kept across paragraphs: "During the year, ..." after a
    # paragraph about the law goes back to it.
    year: TemporalExpression | None = None
    # The last month named: "Port cargo throughput in the month was ..." after "For 2015 as a
    # whole, ..." in a review of December 2015 goes back to it.
    month: TemporalExpression | None = None
    # The earlier period the passage compares its own with ("131 persons were killed in 2015,
    # compared with 148 in 2014"): "Pedestrian deaths decreased from 74 to 63" starts from it.
    base: TemporalExpression | None = None
    # The span of days of the event the release reports ("during the seven-day Easter holiday
    # period from April 2 to April 8"): "During the holiday period, ..." goes back to it.
    span: TemporalExpression | None = None
    # The past period the release's title names ("Customs announces enforcement statistics for
    # 2015"): a report on that period, whose undated past facts are of it.
    theme: TemporalExpression | None = None
    # The day of the sentence the release reports ("were fined a total of $68,000 ... today
    # (September 28)"): "The company was fined $50,000" after a paragraph on how the case began
    # goes back to it.
    verdict: TemporalExpression | None = None


@dataclass
class Scene:
    """One sentence, read for the periods its numbers describe."""

    text: str
    sentence: Span
    release: date | None
    passage: Passage
    new_paragraph: bool
    dates: list[TemporalExpression] = field(default_factory=list)  # those that can date a fact
    listed: list[TemporalExpression] = field(default_factory=list)  # all, if it says "respectively"
    roles: dict[int, str] = field(default_factory=dict)  # start -> since | comparison | origin | name
    used: list[TemporalExpression] = field(default_factory=list)  # dates of its (non-comparison) numbers
    compared: list[TemporalExpression] = field(default_factory=list)  # comparison periods
    origins: list[TemporalExpression] = field(default_factory=list)  # "founded in 2019"
    based: list[TemporalExpression] = field(default_factory=list)  # periods of its base numbers
    asked: bool = False  # whether a number was dated
    # Where the sentence's first number stands, when it took the passage's period: a period that
    # dates only numbers after it ("up 2.1 per cent, after a 4.4 per cent fall in January") is
    # that clause's, not the passage's.
    carried_from: int | None = None
    went_back: TemporalExpression | None = None  # "in the month": the month named before
    future_here: bool | None = None  # the clause of the number being dated is about the future

    @cached_property
    def body(self) -> str:
        return self.text[self.sentence[0] : self.sentence[1]]

    def _clause_before(self, at: int) -> str:
        """The text of the clause before `at`, from the sentence's start or its last ", and",
        ", while", "; " ("Of these, A, B and C persons were prosecuted, and D, E and F were ...")."""
        cuts = list(_CLAUSE_CUT.finditer(self.text, self.sentence[0], at))
        return self.text[cuts[-1].end() if cuts else self.sentence[0] : at]

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.body.lower().translate(_PUNCTUATION).split())

    @cached_property
    def future(self) -> bool:
        return _about_future(self.body, self.words)

    @cached_property
    def present(self) -> bool:
        """'currently', 'has trained': up to the release. A sentence counting since a date, or
        about something a year names, is not in the passage either."""
        present = bool(self.words & _PRESENT_CUES) and _PRESENT.search(self.body) is not None
        present = present or _HABITUAL_OPENING.match(self.body) is not None
        # ("Over the past week, 18 outbreaks were reported": a span that ends on the release day)
        present = present or _UP_TO_NOW.search(self.body) is not None
        return present or bool({"since", "name"} & set(self.roles.values()))

    @cached_property
    def present_simple(self) -> bool:
        """'The SWD subvents 90 centres', 'Offenders are liable to a fine of $5,000': a standing
        state, not the passage's past (a sentence with a past verb, or referring back, is not;
        but "It is responsible for ... through its two boards", a pronoun's standing state, with no
        past anywhere in it, is)."""
        if self.words & _PAST_WORDS:
            return False
        if self.refers_back and not (_PRONOUN_SUBJECT.match(self.body) and not _reports_past(self.body)):
            return False
        if _LIABLE.search(self.body):  # "a person convicted of ... is liable to a fine of"
            return True
        verb = _PRESENT_VERB.search(self.body)
        # ("The index maintained by the HAB contains ...": a participle of the subject, no past)
        if verb is None or _reports_past(_PARTICIPLE_BY.sub("", self.body[: verb.start()])):
            return False
        # "The catering sector, which employs over 200 000 workers, recorded 5 983 accidents":
        # a present verb in a relative clause; the main verb after it tells the tense.
        relative = _RELATIVE_OPEN.search(self.body, 0, verb.start()) is not None
        return not (relative and _reports_past(self.body[verb.end() :]))

    @cached_property
    def _figures(self) -> tuple[Span, ...]:
        """The sentence's figures written in digits, outside its dates (facts or not)."""
        s0, s1 = self.sentence
        inside = [(t.start, t.end) for t in (*self.dates, *self.compared)]
        # (not "over the 12 months to August", a length of time)
        spans = (
            m.span()
            for m in _FIGURE.finditer(self.text, s0, s1)
            if not _SPAN_OF_TIME.match(self.text, m.end())
        )
        return tuple(f for f in spans if not any(a <= f[0] < z for a, z in inside))

    def _figures_besides(self, others: Sequence[Span], at: Span | None) -> list[Span]:
        """Figures compared with that are none of the facts `others` (nor `at`): 'an increase of
        2.6% over the 1,357,540 as at the end of June last year'."""
        if at is None and not others:
            return []  # the sentence read as a whole: which figures are facts is not known
        facts = [*others, at] if at is not None else others
        return [
            f for f in self._figures
            if not any(a < f[1] and f[0] < z for a, z in facts) and self._is_base(f, others)
        ]  # fmt: skip

    @cached_property
    def refers_back(self) -> bool:
        return _REFERS_BACK.search(self.body) is not None

    def as_of(self, at: Span | None = None, others: Sequence[Span] = ()) -> tuple[date | None, str | None]:
        """The period of the number at `at` (doc offsets; None: of the sentence), `others` being
        the spans of the sentence's other numbers."""
        self.asked = True
        self.future_here = self._future_at(at)
        if at is not None and self.release and _NOW_AFTER.match(self.text, at[1], self.sentence[1]):
            return self.release, "day"
        s0 = self.sentence[0]
        now_before = at is not None and _NOW_BEFORE.search(self.text, max(s0, at[0] - 60), at[0])
        if now_before and self.release:
            return self.release, "day"  # "TACO currently has about 120 enforcement officers, and ... 2018-19"
        if at is not None:  # "about 12 per cent more than last year's 1 027": the period owning it
            owner = next(
                (
                    t
                    for t in (*self.dates, *self.compared)
                    if t.date_start and _OWNS.fullmatch(self.text, t.end, at[0])
                ),
                None,
            )
            if owner is not None:
                return period_start(owner)
        if at is not None and "when" in self.words:
            when = next(
                (
                    t for t in (*self.dates, *self.compared)
                    if t.date_start is not None and t.end < at[0]
                    and _WHEN_AFTER.match(self.text, t.end, at[0])
                ),
                None,
            )  # fmt: skip
            if when is not None:
                return period_start(when)
        respective = (
            _IN_TURN.search(self.body) is not None
            or _SAME_PERIODS.search(self.body) is not None
            or (len(self.passage.series) >= 2 and _SHARE_OF_THESE.search(self.body) is not None)
        )
        compared = self._comparison_date(at) if at is not None and self.compared else None
        if compared is None and at is not None and self.compared and self._figures_of_compared():
            # "The corresponding figures for the same period last year were 264 cases": its numbers
            compared = self.compared[0]
        if (
            compared is None
            and at is not None
            and self.compared
            and not self.dates
            and self._only_of_compared()
        ):
            # "For comparison, a deficit of $26.1 billion was recorded in the same month a year
            # earlier"; "The number of placements in the same period last year was 13 512"
            compared = self.compared[0]
        if compared is None and at is not None and self.compared:
            compared = self._previous_after(at, others)  # "after 3.7% in the preceding three-month period"
        # "compared with 1 107 and 286 respectively in the same period last year": the numbers of
        # a comparison pair with the numbers compared, not with the sentence's periods
        if (
            (self.listed or self.passage.series or self.passage.span)
            and at is not None
            and respective
            and compared is None
        ):
            own = self._respective(at, others)
            if own is not None:
                self.used.append(own)
                return period_start(self._same_part(own))
        if compared is not None and at is not None and _IN_TURN.search(self.body):
            # "compared with 684 and 552 in the same period of 2015 and 2014 respectively": the
            # years written for the comparison, in order
            own = self._respective(at, others)
            if own is not None and own.start > compared.start:
                self.used.append(own)
                return period_start(self._same_part(own))
        if compared is not None:  # "compared with 61 clusters affecting 230 persons in the same period ..."
            same_day = self._same_day_before(compared)
            if same_day is not None:
                return same_day
            return period_start(self._same_part(self._a_year_before(compared)))
        started = self._started_with(at)
        if started is not None:
            return period_start(started)
        if at is not None and self.passage.period is not None and self._of_that_period(at):
            return period_start(self.passage.period)  # "The expenditure in that year amounted to ..."
        year_end = self._end_of_that_year()
        if year_end is not None:
            return year_end
        base = at is not None and bool(self.dates or self.compared) and self._is_base(at, others)
        found = self._dated(at, others, base)
        same_day = self._same_day_before(found) if found is not None else None
        if same_day is not None:  # "compared with 44.1 per cent at the same point last year"
            return same_day
        if found is not None:
            found = self._this_part(self._same_part(self._a_year_before(found)))
            if base:
                self.based.append(found)
            else:
                self.used.append(found)
            return period_start(found)
        kept = self.passage.base  # "decreased from 74 to 63" after "in 2015, compared with 2014"
        undated_base = at is not None and not self.dates and self._is_base(at, others)
        if kept is not None and undated_base and self._carries():
            return period_start(kept)
        year = self.passage.year
        period = self.passage.period
        if year is not None and (period is None or period.precision == "day") and _THE_YEAR.search(self.body):
            # "During the year, ..." after a paragraph about something else, or about a day ("a
            # ceremony held yesterday (January 20)")
            return period_start(year)
        month = self.passage.month
        if month is not None and not self.future_here and _THE_MONTH.search(self.body):
            self.went_back = month
            return period_start(month)
        span = self.passage.span
        if span is not None and not self.future_here and _THE_SPAN.search(self.body):
            self.went_back = span  # "During the holiday period, a total of 68 700 vehicles ..."
            return period_start(span)
        verdict = self.passage.verdict
        if verdict is not None and not self.dates and _SENTENCED_AGAIN.search(self.body):
            return period_start(verdict)  # "The company was fined $50,000": the sentence reported
        if self.release is None:
            # no release date: only the passage's own period dates a fact, and not in a sentence
            # dated by words that need the release ("As at the end of March this year")
            carried = self.passage.period
            unresolved = any(t.date_start is None for t in self.dates)
            if carried is not None and not unresolved and not self.future_here and self._carries():
                return period_start(carried)
            return None, None
        if self.future_here:
            back = self.refers_back or _THE_EVENT.search(self.body) is not None
            target = self.passage.target if back else None
            if target is not None:
                return period_start(target)
            carried = self.passage.period
            if self.refers_back and carried is not None and carried.precision != "day" and self._goes_on():
                # "In 2025, InvestHK assisted 612 companies ... These companies are expected to
                # create 7 300 jobs": what the passage's companies will do is of its period
                return period_start(carried)
            return self.release, "day"
        carried = self.passage.period
        if carried is not None and self._carries():
            after = self._after_compared(carried)
            if after is not None:
                self.went_back = after
                return period_start(after)
            if at is not None and not self.used and not self.based and self.carried_from is None:
                self.carried_from = at[0]
            return period_start(carried)
        theme = self.passage.theme
        if (
            theme is not None
            and not self.present
            and (self.words & _PAST_WORDS or _reports_past(self.body))
            and not _STANDING_RULE.search(self.body)
        ):
            return period_start(theme)  # ("In addition, 1 026 cases of illicit fuel were detected")
        return self.release, "day"

    def theme(self) -> TemporalExpression | None:
        """The past period this sentence, a release's title, reports on: a year or a month before
        the release's ("... enforcement statistics for 2015", "Student enrolment statistics,
        2023/24", "Retail sales for November 2013"); a name's year ("Tokyo 2020") is none."""
        release = self.release
        for t in self.dates:
            if release is None or t.date_start is None or t.date_end is None:
                continue
            if (t.precision == "year" and t.date_start.year < release.year) or (
                t.precision == "month" and t.date_end < release
            ):
                return t
        return None

    def later_as_at(self, t: TemporalExpression) -> bool:
        """'as at March 31' after a clause break: a reporting day of a later clause."""
        s0 = self.sentence[0]
        return (
            _AS_AT.search(self.text, max(s0, t.start - 24), t.start) is not None
            and _CLAUSE_CUT.search(self.text, s0, t.start) is not None
        )

    def _a_year_before(self, t: TemporalExpression) -> TemporalExpression:
        """'78 per cent, compared with 83 per cent a year earlier': a year before the period the
        sentence reports (its own date, else the passage's), not before the release."""
        months = 12 if _YEAR_EARLIER.fullmatch(t.text) else 1 if _MONTH_EARLIER.fullmatch(t.text) else 0
        if not months:
            return t
        anchor = next((u for u in reversed(self.used) if not _YEAR_EARLIER.fullmatch(u.text)), None)
        if anchor is None and self.passage.period is not None and self._carries():
            anchor = self.passage.period
        if months == 1 and (anchor is None or anchor.precision not in ("month", "day")):
            return t  # "a month earlier" than a year: the release's month before
        return year_before(t, anchor, months) if anchor is not None else t

    def _after_compared(self, carried: TemporalExpression) -> TemporalExpression | None:
        """'Last year, the C&ED seized 10 650 kg. [...] On illicit cigarettes, the C&ED seized 412
        million sticks, nearly 15 per cent fewer than in the same period last year': a figure set
        against the same period a year before is not of that period, which the passage carried;
        it is of the period a year after it."""
        c0, c1 = carried.date_start, carried.date_end
        if c0 is None or c1 is None:
            return None
        for t in self.compared:
            same = _THE_SAME_PERIOD.search(self.text, max(self.sentence[0], t.start - 40), t.start)
            t0, t1 = t.date_start, t.date_end
            if same and t0 is not None and t1 is not None and t0 <= c0 and c1 <= t1:
                return year_before(t, t, -12)
        return None

    def _started_with(self, at: Span | None) -> TemporalExpression | None:
        """'was founded in 2019 with just four engineers', 'launched in September last year with
        1 200 vouchers': what it started with, at its start."""
        if at is None:
            return None
        for t in self.origins:
            if t.date_start is not None and _STARTED_WITH.fullmatch(self.text, t.end, at[0]):
                return t
        return None

    def _same_part(self, t: TemporalExpression) -> TemporalExpression:
        """'In the first half of 2023, ... compared with 41 cases in the same period last year':
        that part of the year before (June 2022), not the whole year; 'in October ..., compared
        with 86 per cent in the same month last year': October of the year before; 'as at
        December 1, ... than the 1.47 million doses in the same period last year': that day."""
        same = (
            re.search(_SAME_PERIOD, t.text, re.I)
            or _THE_SAME_PERIOD.search(self.text, max(self.sentence[0], t.start - 40), t.start)
            # "compared with 71 and 58 in the same periods of 2006 and 2005 respectively"
            or _SAME_PERIODS_OF.search(self.text, max(self.sentence[0], t.start - 60), t.start)
        )
        if t.precision != "year" or t.date_start is None or not same:
            return t
        year = t.date_start.year
        named = [*self.dates, *([self.passage.period] if self.passage.period is not None else [])]
        parts = [
            (u.date_start.year, u)
            for u in named
            if u.date_start
            and u.date_start.year > year
            and (_part_end(u) or u.precision == "month" or (u.precision == "day" and not _is_deictic(u)))
        ]
        if not parts:
            return t
        # (that part of the year after first; of a later one when the year after names none)
        later, part = min(parts, key=lambda p: p[0])
        return year_before(t, part, 12 * (later - year))

    def _this_part(self, t: TemporalExpression) -> TemporalExpression:
        """The days of an event rather than its first ('from April 2 to April 8'); and 'this
        year' set against 'the same period last year': the event's period, not the whole year."""
        span = _span_of_days(self.text, self.dates)
        if span is not None and (span.start == t.start or span.end == t.end):
            return span
        event = self.passage.span
        if (
            t.text.lower() == "this year"
            and event is not None
            and event.date_start is not None
            and t.date_start is not None
            and event.date_start.year == t.date_start.year
            and re.search(_SAME_PERIOD, self.body, re.I)
        ):
            return event
        return t

    def _carries(self) -> bool:
        """Whether the passage's period goes on in this sentence."""
        if _OUTGOING.search(self.body):
            return False  # "Dr Ko thanked the six outgoing members": those leaving on the day
        rule = _RULE_MODAL.search(self.body)
        if rule and not _PAST_BE.search(self.body, 0, rule.start()):
            # "a delegation should normally comprise not more than five officers": a rule in force
            # (not "was lower, at 55 per cent, as each pitch must be closed ...": a past fact's reason)
            return False
        if self.day_narrative and self.passage.period is not None and self.passage.period.precision != "day":
            return False
        shares = _SHARES_BACK.search(self.body) is not None  # "Of the places in operation, 460 are ..."
        if (self.refers_back or shares) and not self.new_paragraph and self._reported_state():
            return not _NOW.search(
                self.body
            )  # "As at end-October, ... 11 projects. Seven of these have been completed"
        if _BREAKDOWN.match(self.body):
            # "The breakdown by type of service is as follows: hostels ... had 4 120 places": the
            # parts of the whole just reported, in a paragraph of their own too
            return not _NOW.search(self.body)
        part = _SHARE_OF_THESE.search(self.body) or _PART_OF_THESE.search(self.body)
        if (shares or part) and not self.new_paragraph:
            # "In 2017, InvestHK assisted 402 companies. Of these, 120 are from the Mainland": the
            # make-up of the whole the sentence before counted, in any tense
            return not _NOW.search(self.body)
        return not self.present and not self.present_simple and self._goes_on()

    def _goes_on(self) -> bool:
        return not self.new_paragraph or self._continues()

    def _reported_state(self) -> bool:
        """Whether the passage's period is a reporting day ('As at end-October this year, ...'):
        what the next sentences say of 'these' is the state on that day, in any tense."""
        period = self.passage.period
        return (
            period is not None
            and _AS_AT.search(self.text, max(0, period.start - 24), period.start) is not None
        )

    @cached_property
    def day_narrative(self) -> bool:
        """'In the afternoon, he visited ...', 'At a luncheon ..., Mr Leung addressed ...', 'Mr
        Leung then met ...': the story of the day the release reports, not the statistics of the
        year or month it quoted before."""
        return _DAY_NARRATIVE.search(self.body) is not None

    def _future_at(self, at: Span | None) -> bool:
        """'In 2023/24, about 65 per cent ... involved X, and the proportion is expected to exceed
        80 per cent within this year': a sentence about the future may report the past in a
        clause of its own, which keeps its past dates."""
        if not self.future or at is None:
            return self.future
        s0, s1 = self.sentence
        opened = list(_FUTURE_CLAUSE_CUT.finditer(self.text, s0, at[0]))
        cuts = [m.end() for m in opened]
        start = cuts[-1] if cuts else s0
        end = _FUTURE_CLAUSE_CUT.search(self.text, at[1], s1)
        stop = end.start() if end else s1
        will = _AND_WILL.search(self.text, at[1], stop)
        if will and any(t.start >= at[1] for t in self.dates):
            # (with no date after the number, the sentence's future keeps it from the passage's past)
            stop = will.start()
        if opened and opened[-1].group().lstrip(", ").startswith(("which", "who")):
            # "The centre, which received some 8 500 visitors last year, will remain open": a
            # relative clause in the past ends at its comma
            comma = self.text.find(",", at[1], s1)
            past = comma >= 0 and (
                frozenset(self.text[start:comma].lower().split()) & _PAST_WORDS
                or _ED_WORD.search(self.text, start, comma)
            )
            stop = comma if past else stop
        clause = self.text[start:stop]
        if _about_future(clause, frozenset(clause.lower().translate(_PUNCTUATION).split())):
            return True
        return not (cuts or stop < s1)  # a clause of its own, without a future: not the future

    def _respective(self, at: Span, others: Sequence[Span]) -> TemporalExpression | None:
        """'in 2021, 2022 and 2023 were 1 250, 1 420 and 1 180 respectively', 'From 2021 to 2023
        ... 40 500, 41 200 and 42 800 inspections respectively': the i-th number of a list takes
        the i-th period of the sentence's list of periods (or year of its range)."""
        spans = sorted({*others, at})
        runs = [[spans[0]]]
        for span in spans[1:]:  # the lists of numbers, `at` in one of them
            if _LIST_GAP.fullmatch(self.text, runs[-1][-1][1], span[0]):
                runs[-1].append(span)
            else:
                runs.append([span])
        run = next(r for r in runs if at in r)
        if len(run) < 2:
            return None
        periods = [t for t in self.listed if t.date_start and not run[0][0] <= t.start < run[-1][1]]
        periods = [t for t in periods if t.precision in ("year", "month")]
        series = self.passage.series
        # ("compared with 63 per cent and 55 per cent for the same periods of 2022 and 2021
        # respectively": the periods are written, not the passage's)
        written = any(len(g) == len(run) for g in self._coordinated(periods))
        if len(periods) != len(run) and _SAME_PERIODS.search(self.body) and not written:
            # "In the same period, ... were A, B and C (respectively)": the periods listed before,
            # or the years of the range named before ("from 2011-12 to 2015-16")
            if len(series) == len(run):
                return series[run.index(at)]
            return self._year_of_range(list(series), run, at)
        # "In 2009-10, 2010-11 and 2011-12, the HA allocated A, B and C flats respectively. Of
        # these, D, E and F flats went to ...": the parts of each whole in turn, "respectively" unsaid
        parts = _SHARE_OF_THESE.search(self.body) is not None and not periods and len(series) == len(run)
        if not _IN_TURN.search(self.body) and not parts:
            return None
        if (
            not periods
            and len(series) == len(run)
            and not self.new_paragraph
            # ("Of these, ...", "Their ...", "A total of 8 870, 9 914 and 10 345 persons were
            # arrested respectively": any list whose subject names no pair of its own)
            # (not "Its working groups on A and on B held five and seven meetings respectively", nor
            # "while exports and transhipments amounted to A and B respectively": the list's clause
            # names a pair of its own)
            # (an "and" between figures, "701, 752 and 790 were approved, representing rates of",
            # joins a list, not a pair of subjects)
            and not _WORDS_AND.search(self._clause_before(run[0][0]))
        ):
            # "... in 2021, 2022 and 2023 were A, B and C respectively. Of these, D, E and F
            # respectively ...": a list with no periods of its own takes those listed just before
            return series[run.index(at)]
        day = self._day_of_span(run, at) if not periods else None
        if day is not None:  # "(January 29 to 31) ... The daily attendances were A, B and C respectively"
            return day
        found = self._year_of_range(periods, run, at)
        if found is not None:
            return found
        periods = self._month_over_years(periods)
        if len(periods) != len(run) and len(run) >= 2:
            # "plunged by 26.4% in the third quarter, with arrivals in August and September down by
            # 39.1% and 34.2% respectively": the periods written as one list
            periods = next((g for g in reversed(self._coordinated(periods)) if len(g) == len(run)), [])
        if len(periods) != len(run):
            return None
        if len(self._coordinated(periods)) > 1 and sum(len(r) == len(run) for r in runs) > 1:
            # "in CPI(A), CPI(B) and CPI(C) in January 2012 were 7.0%, 5.7% and 5.4% respectively,
            # as against 6.6%, 5.3% and 5.1% in December 2011 and ...": each list has its period
            return None
        return periods[run.index(at)]

    def _day_of_span(self, run: list[Span], at: Span) -> TemporalExpression | None:
        """The i-th day of the passage's span of days, when the list has one number a day."""
        span = self.passage.span
        if span is None or span.date_start is None or span.date_end is None:
            return None
        if (span.date_end - span.date_start).days + 1 != len(run):
            return None
        day = span.date_start + timedelta(days=run.index(at))
        named = f"{day:%B} {day.day}"  # one day of the span, not the span ("January 29 to 31")
        return TemporalExpression(span.start, span.end, named, span.kind, day.isoformat(), "day", day, day)

    def _coordinated(self, periods: list[TemporalExpression]) -> list[list[TemporalExpression]]:
        """The periods in runs written as one list ('in August and September', 'end-2023, end-2024
        and end-2025')."""
        groups: list[list[TemporalExpression]] = []
        for t in periods:
            if groups and _LIST_GAP.fullmatch(self.text, groups[-1][-1].end, t.start):
                groups[-1].append(t)
            else:
                groups.append([t])
        return groups

    def _range_end(self, t: TemporalExpression, usable: list[TemporalExpression]) -> TemporalExpression:
        """'Of the 1 385 applications rejected from 2022 to 2024', 'were upgraded between 1977 and
        2010': a figure over a span of years is of the span's last year."""
        opens = _SPAN_OPENS.search(self.text, max(self.sentence[0], t.start - 9), t.start)
        if t.precision != "year" or opens is None:
            return t
        gap = _SPAN_TO.match(self.text, t.end)
        end = next((u for u in usable if gap and u.start == gap.end() and u.precision == "year"), None)
        return end if end is not None and (end.date_start or date.min) > (t.date_start or date.max) else t

    def _year_of_range(
        self, periods: list[TemporalExpression], run: list[Span], at: Span
    ) -> TemporalExpression | None:
        """'From 2021 to 2023 ... 40 500, 41 200 and 42 800': the i-th number, the i-th year."""
        if len(periods) != 2 or len(run) <= 2 or not periods[0].precision == periods[1].precision == "year":
            return None
        y0, y1 = periods[0].date_start.year, periods[1].date_start.year  # type: ignore[union-attr]
        if y1 - y0 + 1 != len(run) or not _RANGE_TO.fullmatch(self.text, periods[0].end, periods[1].start):
            return None
        year = y0 + run.index(at)
        t = periods[0]
        return TemporalExpression(t.start, t.end, str(year), t.kind, str(year), "year",
                                  date(year, 1, 1), date(year, 12, 31))  # fmt: skip

    def _month_over_years(self, periods: list[TemporalExpression]) -> list[TemporalExpression]:
        """'As at the end of March 2014, 2015 and 2016': the years listed after a month-year
        are that month of each year."""
        first = periods[0] if periods else None
        if first is None or first.precision != "month" or first.date_start is None:
            return periods
        out = [first]
        for prev, t in pairwise(periods):
            listed = _LIST_GAP.fullmatch(self.text, prev.end, t.start)
            if t.precision != "year" or t.date_start is None or not listed:
                return periods
            d0 = first.date_start.replace(year=t.date_start.year)
            d1 = d0 + relativedelta(months=1) - timedelta(days=1)
            out.append(TemporalExpression(t.start, t.end, t.text, t.kind, f"{d0:%Y-%m}", "month", d0, d1))
        return out

    def _continues(self) -> bool:
        """A sentence of a new paragraph goes on with the passage's period if it reports the past
        or refers back ('The number ...', 'These ...')."""
        if self.passage.deferred and _PEOPLE_SAY.search(self.body):
            return False  # "... would continue its efforts. The Hon Ho, who attended, welcomed ..."
        return self.refers_back or bool(self.words & _PAST_WORDS) or _reports_past(self.body)

    def _usable(self, t: TemporalExpression) -> bool:
        if t.date_start is None or t.date_end is None:
            return False
        if self.release is None:
            return True
        if (
            _NOW_CLAUSE.search(self.body)
            and _POSSESSIVE_AFTER.match(self.text, t.end)
            and t.text.lower().startswith("this ")
        ):
            return False  # "this year's forum has brought together 1 200 participants": as it stands
        # A sentence about the future is not dated by the past it mentions, nor one about the
        # past or present by a date still to come ("announced 14 appointments ... with effect
        # from August 1").
        if self.future_here if self.future_here is not None else self.future:
            return t.date_end >= self.release or bool(
                _AS_AT.search(self.text, max(self.sentence[0], t.start - 24), t.start)
            )
        # ("has appointed five new members ... for two years from August 1": appointments are made
        # the day they are announced, whenever the term they begin starts; "the Board will have
        # 24 members with effect from June 1", about the future, is dated above by that day)
        if _APPOINTED.search(self.body) and _TERM_START.search(
            self.text, max(self.sentence[0], t.start - 40), t.start
        ):
            return False
        # ("The price for 2012 represents an increase of 6.3 per cent": the subject's own period)
        named = _SUBJECT_FOR.match(self.text, self.sentence[0], t.start)
        # ("has set aside $35 million in 2015-16": money put aside for a period to come)
        allocated = _ALLOCATED.search(self.text, max(self.sentence[0], t.start - 100), t.start)
        # ("The DPO has set a target for 90 per cent of services ... by end-2026": what a target
        # is set for holds by its date)
        targeted = "target" in self.body and bool(
            _TARGET_PREP.search(self.text, max(self.sentence[0], t.start - 16), t.start)
        )
        return (
            t.date_start <= self.release
            or self._term_start(t)
            or named is not None
            or allocated is not None
            or targeted
        )

    def _term_start(self, t: TemporalExpression) -> bool:
        """A term's first day, in a sentence that names no day of its own before it (one that
        does, "today (January 17) announced ... with effect from February 1", is dated by it)."""
        if _TERM_START.search(self.text, max(self.sentence[0], t.start - 40), t.start) is None:
            return False
        release = self.release
        earlier = (u for u in self.dates if u.start < t.start and u.date_start is not None)
        return not any(release is not None and u.date_start <= release for u in earlier)  # type: ignore[operator]

    def _dated(self, at: Span | None, others: Sequence[Span], base: bool) -> TemporalExpression | None:
        usable = [t for t in self.dates if self._usable(t)]
        # (a base keeps its own past period in a sentence about the future: "will create 3 214
        # jobs, compared with 2 689 jobs in 2006")
        if not usable and not (base and (self.compared or self.dates)):
            return None
        owned = self._owned(others, at)
        if at is not None:
            a, b = at
            # "higher than that for March 2011 (4.0%)": the figure of the period compared with
            bracketed = next((t for t in self.compared if _OPEN_BRACKET.fullmatch(self.text, t.end, a)), None)
            if bracketed is not None and bracketed.date_start is not None:
                return bracketed
            # "as follows: 2023 (88 200 households; $1,012 million), 2024 (...)": the period
            # labelling the bracket the figure sits in (not "(end-May: US$350.1 billion)")
            label = self._bracket_label(a, usable)
            if label is not None:
                return label
            # the next number, a fact or not ("an increase of 2.6% over the 1,357,540 as at the
            # end of June last year": the date is the figure's, not the increase's)
            starts = (*(o[0] for o in others), *(f[0] for f in self._figures_besides(others, at)))
            stop = min((o for o in starts if o >= b), default=self.sentence[1])
            change = _CHANGE_TO.match(self.text, b, stop) if base else None
            stop = change.end() if change else stop  # "from 10 kilograms to": 10's own date is before "to"
            # "The highest temperature in 2009, 35.6 degrees, was recorded ... on July 19": a figure
            # in apposition reads on past its closing comma
            # (and "About 1.49 million visitors, or 26.6 per cent of the total, visited ... last
            # year": a share in apposition, the figure's clause reading on past it)
            apposed = _SHARE_APPOSITION.match(self.text, b)
            opened = self.text.startswith(", ", a - 2) or _OR_BEFORE.search(
                self.text, max(self.sentence[0], a - 12), a
            )
            closing = _APPOSITION_END.match(self.text, b) if opened else None
            after = closing.end() if closing and a - 2 >= self.sentence[0] else b
            if apposed is not None:
                after = apposed.end()
                stop = max(stop, min((o for o in starts if o >= after), default=self.sentence[1]))
            clause = _end_of_clause(self.text, after, stop)
            # "recruited 312 firemen and 208 ambulancemen during the year and will take delivery
            # of 64 new ambulances in 2009": a past figure is not of the date of the plan after it
            will = _AND_WILL.search(self.text, after, _end_of_clause(self.text, after, self.sentence[1]))
            planned = will is not None and not self._future_at(at)
            if will is not None and planned:
                clause = min(clause, will.start())
            # "1.6% respectively (September: 1.0%)": a month labelling the figures after it
            own = next((t for t in usable if b <= t.start < clause and not self._labels_next(t)), None)
            if own is None:  # "4.1%, 3.4% and 3.2% respectively in March 2013, against 5.0%, 4.0%
                own = self._list_date(at, others, usable)  # and 3.6% in February 2013"
            if own is None and base and _COMPARING_OPEN.match(self.body):
                # "Comparing December 2024 - February 2025 with November 2024 - January 2025, the
                # rate rose from 6.1% to 6.8%": the figure it rose from is of the period compared with
                own = next((t for t in self.compared if t.date_start is not None), None)
            if own is None and base:  # "will provide 3 400 places, up from 2 500 in 2022": a base's
                # own period, past in a sentence about the future
                own = next(
                    (t for t in self.dates if b <= t.start < clause and t.date_start and t.date_end), None
                )
            if own is None and base:  # "over the 7 560 agreements received in the same period last year"
                own = next((t for t in self.compared if b <= t.start < clause and t.date_start), None)
            if own is None and base:  # "compared with 1 192 prosecutions and fines of $7.65 million in 2017"
                given = _COMPARED_WITH.search(self.text, max(self.sentence[0], a - 40), a) is not None
                dated = [t for t in self.dates if t.date_start and t.date_end]  # past ones too
                own = self._date_of_coordinated_bases(b, dated, others, given)
            if own is not None:
                own = self._range_end(own, usable)
            if own is not None and _CHANGE_BY.search(self.text, max(self.sentence[0], a - 24), a):
                # "rose by HK$40.2 billion from end-April to HK$3,521.6 billion at end-May": a
                # change runs up to the period it ends in
                own = self._change_end(own, usable) or own
            if own is not None:
                if _YEAR_EARLIER.fullmatch(own.text) or _MONTH_EARLIER.fullmatch(own.text):
                    return own  # a year before the period reported, not a day within its own
                return self._reported_at(own, usable, at, others) or own
            # ("increased by 3.5% over a year earlier to $393.8 billion in October 2023")
            if not base and not planned:
                shared = self._clause_date(b, usable, owned)
                if shared is not None:  # "As at end-October, ... arrested 1 284 A and 312 B this year"
                    return self._reported_at(shared, usable) or shared
            if (
                base
                and self.release
                and any(t.start >= b and t.date_end and t.date_end > self.release for t in usable)
            ):
                return None  # "from 10 kilograms to 30kg from <a coming date>": 10 holds until then
            before = [t for t in usable if t.end <= a and owned.get(t.start) != "base"]
            unknown = [t.start for t in self.dates if t.date_start is None and t.end <= a]
            if before and unknown and max(unknown) > before[-1].start:
                return None  # "at the 2018 edition ..., and last year the festival attracted 52 000"
            if before:  # "As of yesterday (November 20), 186 cases ... this year, comprising 171 ..."
                plain = [t for t in before if not _is_deictic(t)]
                if not plain and _REPORTED.match(self.text, before[-1].end):
                    # "today (January 16) announced that it assisted a record 387 overseas,
                    # Mainland and Taiwan companies ... last year": the day of the telling
                    told = next(
                        (t for t in usable if t.start >= b and not _is_deictic(t) and t.start not in owned
                         and not _CLAUSE_CUT.search(self.text, b, t.start)), None
                    )  # fmt: skip
                    if told is not None:
                        return told
                last = (plain or before)[-1]
                return self._reported_at(last, usable) or last
        s0 = self.sentence[0]
        # A later clause's reporting day is its own, unless the sentence counts since a date: then
        # every count runs up to it ("Since 2012, the BD has selected 6 840 ..., and ... had been
        # complied with as at end-December 2020").
        since = "since" in self.roles.values()
        # A target ("by early 2026") holds for the whole sentence, even if written after another
        # number; "in 2025" only for its own clause.
        free = [
            t for t in usable
            if not (at is not None and t.start > at[1] and _SOME_OF_WHICH.search(self.text, at[1], t.start))
            and (t.start not in owned
            or (owned[t.start] == "number" and _TARGET_PREP.search(self.text[max(s0, t.start - 16): t.start])
                and (since or not self._other_clause(at, t))))
        ]  # fmt: skip
        placed = [
            t for t in free
            if not _is_deictic(t)
            and (_SENTENCE_PREP.search(self.text[max(s0, t.start - 28) : t.start]) or self._term_start(t))
            and not (self._other_clause(at, t) and self.later_as_at(t) and not since)
        ]  # fmt: skip
        if at is None:
            placed = placed or [t for t in free if not _is_deictic(t)]
        return (placed or [t for t in free if _is_deictic(t)] or [None])[0]

    def _bracket_label(self, a: int, usable: list[TemporalExpression]) -> TemporalExpression | None:
        """The period written just before the open bracket a figure at `a` sits in, when the
        bracket dates nothing itself before the figure."""
        opened = self.text.rfind("(", self.sentence[0], a)
        if opened < 0 or ")" in self.text[opened:a]:
            return None
        if any(opened < t.start < a for t in (*self.dates, *self.compared)):
            return None
        return next((t for t in usable if _OPEN_BRACKET.fullmatch(self.text, t.end, opened + 1)), None)

    def _change_end(
        self, start: TemporalExpression, usable: list[TemporalExpression]
    ) -> TemporalExpression | None:
        """The period a change 'from <start> to ...' ends in, when its start is the one named
        ('between the 2011 and 2013 review periods': the later of the two)."""
        if _BETWEEN_BEFORE.search(self.text, max(self.sentence[0], start.start - 12), start.start):
            return next((t for t in usable if _AND_NEXT.fullmatch(self.text, start.end, t.start)), None)
        if not _FROM_BEFORE.search(self.text, max(self.sentence[0], start.start - 8), start.start):
            return None
        return next(
            (t for t in usable if t.start > start.end
             and _AT_OR_IN_BEFORE.search(self.text, max(self.sentence[0], t.start - 12), t.start)
             and _CHANGE_TO.match(self.text, start.end, t.start)),
            None,
        )  # fmt: skip

    def _other_clause(self, at: Span | None, t: TemporalExpression) -> bool:
        """'18 562 orders were complied with during the year, while 3 115 orders remained
        outstanding as at March 31': a date owned by a number of a later clause."""
        if at is None or t.start <= at[1]:
            return False
        if _CLAUSE_CUT.search(self.text, at[1], t.start) is not None:
            return True
        # ("will set aside $25 million for nurse training, benefiting at least 3 000 nurses by the
        # end of next year": a participle's clause with a figure of its own)
        cut = _PARTICIPLE_CUT.search(self.text, at[1], t.start)
        return cut is not None and _FIGURE.search(self.text, cut.end(), t.start) is not None

    def _end_of_that_year(self) -> tuple[date, str] | None:
        """'In 2016, the EHCs had 38 620 members. More than 31 000 elderly persons were on the
        waiting list at the end of that year': December of the year the passage named."""
        if self.dates or not _END_OF_THAT_YEAR.search(self.body):
            return None
        period = self.passage.period
        year = period if period is not None and period.precision == "year" else self.passage.year
        if year is None or year.date_start is None or _part_end(year) is not None:
            return None
        return date(year.date_start.year, 12, 1), "month"

    def _of_that_period(self, at: Span) -> bool:
        """'In 2011-12, ... The programme expenditure in that year amounted to $163.4 million':
        the period last named, pointed back at in the number's clause."""
        s0 = self.sentence[0]
        that = [m for m in _THAT_PERIOD.finditer(self.text, s0, at[0])]
        return bool(that) and not _CLAUSE_BREAK.search(self.text, that[-1].end(), at[0])

    def _figures_of_compared(self) -> bool:
        """'The figures for the same period last year were ...' (not '..., exceeding the figure for
        the same period last year by 9.5 per cent': the base of this period's figure)."""
        m = _FIGURES_FOR_SAME.search(self.body)
        return m is not None and not _COMPARED_LEAD.search(self.body, 0, m.start())

    def _only_of_compared(self) -> bool:
        """A sentence about the period compared with alone: it opens 'For comparison, ...', or
        names that period and compares nothing with it."""
        if _FOR_COMPARISON.match(self.body):
            return True
        t = self.compared[0]
        if self._in_base_bracket(t):
            return False  # "11 homicide cases (14 in the same period last year)": a base beside it
        named = _IN_SAME_PERIOD.search(self.text, max(self.sentence[0], t.start - 40), t.start)
        return named is not None and _COMPARING_WORD.search(self.body) is None

    def _in_base_bracket(self, t: TemporalExpression) -> bool:
        """Whether `t` is written inside brackets that give a figure's base: '53 (38 in the same
        period last year)'."""
        s0 = self.sentence[0]
        bracket = self.text.rfind("(", s0, t.start)
        return (
            bracket >= 0
            and ")" not in self.text[bracket : t.start]
            and _BASE_FIGURE_OPEN.match(self.text, bracket, t.start) is not None
            and _FIGURE_BEFORE_BRACKET.search(self.text, max(s0, bracket - 40), bracket) is not None
        )

    def _same_day_before(self, t: TemporalExpression) -> tuple[date, str] | None:
        """'reached 47.8 per cent, compared with 44.1 per cent at the same point last year': in a
        sentence that names no period of its own, the point its figure stands at a year before:
        the day or month of the passage ('as at December 1, ...'), else the release day."""
        if (
            t.precision != "year"
            or any(u is not t for u in self.dates)
            or not _AT_SAME_POINT.search(self.text, max(self.sentence[0], t.start - 32), t.start)
        ):
            return None
        point = self.passage.period
        if point is None:
            return (self.release - relativedelta(years=1), "day") if self.release is not None else None
        if point.precision not in ("day", "month") or point.date_start is None or not self._carries():
            return None
        return point.date_start - relativedelta(years=1), point.precision

    def _comparison_date(self, at: Span) -> TemporalExpression | None:
        """Every number of a comparison clause ('compared with 275 kg in 96 cases in the same
        period last year') holds for the period the clause compares with, written after it."""
        s0, s1 = self.sentence
        if _PREVIOUS_RECORD.search(self.text, s0, at[0]):  # "The previous best was 17, achieved in 2013"
            return next((t for t in self.compared if t.start >= at[1] and t.date_start), None)
        if _FROM_LEVEL_OF.search(self.text, max(s0, at[0] - 40), at[0]):
            # "a drop of 74 per cent from the peak of 4 496 in early 2019": the base's own period
            return next((t for t in self.compared if _IN_OR_AT.fullmatch(self.text, at[1], t.start)), None)
        bracket = self.text.rfind("(", s0, at[0])
        if bracket >= 0 and _LABELLED_BRACKET.fullmatch(self.text, bracket, at[0]):
            # "dropped to 1,530 (2014: 1,702)": the figure of the year that labels the bracket
            labelled = next((t for t in self.compared if bracket < t.start < at[0] and t.date_start), None)
            if labelled is not None:
                return labelled
        if (
            bracket >= 0
            and _BASE_IN_BRACKET.fullmatch(self.text, bracket, at[0])
            and _FIGURE_BEFORE_BRACKET.search(self.text, max(s0, bracket - 40), bracket)
        ):
            # "rose to 53 (38 in the same period last year)": the figure in brackets is the base,
            # of the period written after it inside the brackets
            close = self.text.find(")", at[1], s1)
            stop = close if close >= 0 else s1
            inside = next((t for t in self.compared if at[1] <= t.start < stop and t.date_start), None)
            if inside is not None:
                return inside
            if re.match(r"\s*\)", self.text[at[1] : s1]):
                # "11 homicide cases (14 in the same period last year), 74 robbery cases (95)": a
                # bare figure in brackets is a base of the period the first bracket named
                based = (t for t in self.compared if t.end <= bracket and self._in_base_bracket(t))
                first = next((t for t in based if t.date_start), None)
                if first is not None:
                    return first
        opened = [m for m in _COMPARISON_OPEN.finditer(self.text, s0, at[0])]
        # ("compared with 17, 131 and 3 452 respectively in the first half of 2011": the commas of
        # a list of figures break no clause)
        if not opened or (
            not _FIGURES_LIST.fullmatch(self.text, opened[-1].end(), at[0])
            and _clause_break(self.text, opened[-1].end(), at[0])
        ):
            return None
        listed = _FIGURES_LIST.match(self.text, at[1], s1)
        after = listed.end() if listed else at[1]
        # (a figure of the aside reads on past its closing comma: "including four local cases,")
        aside = next((a for a in _ASIDE.finditer(self.text, s0, s1) if a.start() < at[0] < a.end()), None)
        end = _clause_break(self.text, aside.end() + 1 if aside else after, s1)
        stop = end.start() if end else s1
        return next((t for t in self.compared if at[1] <= t.start < stop and t.date_start), None)

    def _previous_after(self, at: Span, others: Sequence[Span]) -> TemporalExpression | None:
        """'following a 0.4% rise in the preceding quarter', 'after 3.7% in the preceding
        three-month period': the quarter or rolling three months before, written after the number
        in its clause, is the number's own (a week, month or year before is read as a comparison)."""
        for t in self.compared:
            gap = self.text[at[1] : t.start]
            if (
                t.start >= at[1]
                and t.date_start is not None
                and _PREVIOUS_TEXT.match(t.text)
                and _IN_PERIOD.search(gap)  # not "an increase of 6.2 per cent over the previous year"
                and ", " not in gap
                and ";" not in gap
                and not any(at[1] <= o[0] < t.start for o in others)
            ):
                return t
        return None

    def _date_of_coordinated_bases(
        self, b: int, usable: list[TemporalExpression], others: Sequence[Span], given: bool = False
    ) -> TemporalExpression | None:
        """The date after a run of compared numbers joined by 'and' (or, after 'compared with',
        by 'to': `given`), each a base."""
        s1 = self.sentence[1]
        cut = _end_of_clause(self.text, b, s1)
        between = [o for o in others if b <= o[0] < cut]
        if not between or not all(self._is_base(o, others) or self._joined_base(o, given) for o in between):
            return None
        return next((t for t in usable if b <= t.start < cut), None)

    def _list_date(
        self, at: Span, others: Sequence[Span], usable: list[TemporalExpression]
    ) -> TemporalExpression | None:
        """'against 5.0%, 4.0% and 3.6% in February 2013': a number in a list of figures of one
        kind takes the date written after the list's last, in that one's clause."""
        run, nouns = [at], False
        for span in sorted(o for o in others if o[0] >= at[1]):
            if not _LIST_GAP.fullmatch(self.text, run[-1][1], span[0]):
                if not _is_noun_gap(self.text[run[-1][1] : span[0]]):
                    break
                nouns = True  # "11 Recycling Stations, 32 Recycling Stores and 88 Recycling Spots at ..."
            run.append(span)
        kinds = {_is_share(self.text[a:z]) for a, z in run if not _BARE_FIGURE.fullmatch(self.text, a, z)}
        if len(run) < 2 or len(kinds) > 1:  # ("0.4 and 0.3 percentage point": one kind)
            return None
        last = run[-1][1]
        s1 = self.sentence[1]
        nxt = min((o[0] for o in others if o[0] >= last), default=s1)
        cut = _end_of_clause(self.text, last, nxt)
        t = next((t for t in usable if last <= t.start < cut and not self._labels_next(t)), None)
        if t is not None and nouns and not _is_noun_gap(self.text[last : t.start], _NOUN_THEN_DATE):
            return None  # "120 complaints, and 45 cases were referred in March": a clause of its own
        return t

    def _labels_next(self, t: TemporalExpression) -> bool:
        return _LABELS_NEXT.match(self.text, t.end) is not None

    def _joined_base(self, at: Span, given: bool = False) -> bool:
        """'... and fines of $7.65 million': a number joined by 'and' to a base before it."""
        left = max(self.sentence[0], at[0] - 30)
        if given and _GIVEN_TO.search(self.text, left, at[0]):
            return True
        return _JOINED.search(self.text, left, at[0]) is not None

    def _reported_at(
        self,
        period: TemporalExpression,
        usable: list[TemporalExpression],
        at: Span | None = None,
        others: Sequence[Span] = (),
    ) -> TemporalExpression | None:
        """'As of yesterday (November 3), 27 cases had been recorded this year': a count over a
        period ('this year') reported as at a day inside it is the count on that day. A reporting
        day written after another figure is that figure's ("4 000 vouchers were available in
        2023-24, and 3 652 were in use as at end-March 2024")."""
        for t in usable:
            if at is not None and any(at[1] <= o[0] < t.start for o in others):
                continue
            if (
                t is not period
                and t.date_start is not None
                and t.date_end is not None
                and period.date_start is not None
                and period.date_end is not None
                and period.date_start <= t.date_start
                and t.date_end <= period.date_end
                and (t.date_start, t.date_end) != (period.date_start, period.date_end)
                and _AS_AT.search(self.text, max(self.sentence[0], t.start - 24), t.start)
            ):
                return t
        return None

    def _clause_date(
        self, b: int, usable: list[TemporalExpression], owned: dict[int, str]
    ) -> TemporalExpression | None:
        """The date another (not compared) number of the clause after `b` is dated by."""
        end = self.sentence[1]
        clause_end = _end_of_clause(self.text, b, end)
        return next((t for t in usable if b <= t.start < clause_end and owned.get(t.start) == "number"), None)

    def _owned(self, others: Sequence[Span], at: Span | None = None) -> dict[int, str]:
        """Dates written right after another number, in its clause: 'base' if that number is a
        comparison ('up from 1 500 in 2020'), else 'number'."""
        owned: dict[int, str] = {}
        facts = set(others)
        for t in self.dates:
            before = [o for o in (*others, *self._figures_besides(others, at)) if o[1] <= t.start]
            if not before or _LABELS_NEXT.match(self.text, t.end):
                continue
            o = max(before)
            if _end_of_clause(self.text, o[1], t.start) == t.start:
                # a figure compared with that is no fact ("over the 1,357,540 as at ...") too
                owned[t.start] = "base" if o not in facts or self._is_base(o, others) else "number"
        return owned

    def _is_base(self, at: Span, others: Sequence[Span]) -> bool:
        """A number that is the comparison: 'from 380 ... to 402', 'compared with 250', 'than the
        increase (1.2%)'."""
        a, b = at
        left = self.text[max(self.sentence[0], a - 40) : a]
        if _COMPARED_WITH.search(left) or _OVER_FIGURE.search(left) or _CHANGE_OVER.search(left):
            return True
        if _SECOND_COMPARED.search(self.text, max(self.sentence[0], a - 70), a):
            return True  # "compared with 14 932 in 2022 and 12 478 in 2021": the second base too
        if re.search(r"\brang(?:ing|ed|es|e)\s+from\s+$", left, re.I):
            return False  # "increases ranging from 2.6% in X to 5.7% in Y": a range of one period
        if re.search(r"\bfrom\s+(?:the\s+)?(?:about\s+|some\s+|around\s+)?$", left, re.I):
            # "down from 21 in 2006", "a decrease of 3.2 per cent from 37 622": a change's base;
            # "rose to about 3 716 500 persons from 3 689 200 in the fourth quarter": its start
            # ("down 11 per cent from the 8 790 recorded in 2017")
            return (
                CHANGE_BASE.search(_THE_END.sub("", left)) is not None
                or _CHANGE_TO.match(self.text, b, min(b + 60, self.sentence[1])) is not None
                or _TO_THEN_FROM.search(self.text, max(self.sentence[0], a - 100), a) is not None
            )
        m = re.search(r"\bthan\b(\D*)$", left)
        if m and m.group(1).strip():
            return True
        # "compared with 2 689 jobs and $3.02 billion in 2006 and 2 301 jobs and $2.47 billion in
        # 2005": a figure joined by "and" to a base just before it (or to its period) is one too
        prior = max((o for o in others if o[1] <= a), default=None)
        return (
            prior is not None
            and _JOINED_PAIR.fullmatch(self.text, prior[1], a) is not None
            and _CHANGE_AFTER.match(self.text, b) is None  # not "and 19 per cent from 3 360 in 2020"
            and self._is_base(prior, others)
        )


def _in_passage_year(t: TemporalExpression, passage: Passage) -> TemporalExpression:
    """'the first three months of the year' is of the year the passage speaks of (a January review
    of 2009), which the dates module, reading the sentence alone, took to be the release's."""
    period = passage.period
    if (
        period is None
        or period.precision != "year"
        or period.date_start is None
        or t.date_start is None
        or t.date_end is None
        or not t.text.lower().endswith("the year")
    ):
        return t
    shift = period.date_start.year - t.date_start.year
    if shift == 0:
        return t
    try:
        d0 = t.date_start.replace(year=t.date_start.year + shift)
        d1 = t.date_end.replace(year=t.date_end.year + shift)
    except ValueError:  # February 29
        return t
    return TemporalExpression(t.start, t.end, t.text, t.kind, str(d0.year), t.precision, d0, d1)


def _in_passage_year_undated(text: str, t: TemporalExpression, passage: Passage) -> TemporalExpression:
    """A release without a date line: 'the rate was 3.9% in March, down from 4.1% in February',
    after 'the Consumer Price Index for March 2013', is of the year of the month the text named (a
    year alone does not say which months it reports; the dates table keeps such a date
    unresolved, as the labelling rules ask)."""
    part = passage.period
    # a month the text named: a monthly release's neighbours ("in February"), while the passage
    # is still about it (not after "the estimate for 2020/21")
    anchor = passage.month if part is None or part is passage.month else None
    if t.kind != "partial" or t.date_start is not None:
        return t
    if _BARE_PART.fullmatch(t.text) and part is not None and part.date_start is not None:
        # "decreased by 5.4% in the first quarter" after "in the first quarter of 2022": that year's
        return _read_in_year(text, t, part.date_start.year) or t
    if anchor is None and part is not None and part.date_start is not None and _part_end(part):
        # "In the first half of 2025, ...": its months ("in June, after ... in May") are of 2025
        last = date(part.date_start.year, _part_end(part) or 12, 1)
        end = last + relativedelta(months=1) - timedelta(days=1)
    elif anchor is None or anchor.date_start is None:
        return t
    else:
        end = anchor.date_end or anchor.date_start
    u = _read_as_if_released(text, t, end)  # in its words ("in March"), at the period's end
    if u is None or u.date_start is None or u.date_end is None or u.precision != "month":
        return t
    if u.date_start > end:  # not after the period reported
        return year_before(t, u)
    return u


_BARE_PART = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)", re.I)


def _read_as_if_released(text: str, t: TemporalExpression, release: date) -> TemporalExpression | None:
    """`t` read again in its words (40 characters each side) as if the release were dated `release`."""
    left = max(0, t.start - 40)
    near = find_temporal(text[left : t.end + 40], release)
    u = next((u for u in near if (left + u.start, left + u.end) == (t.start, t.end)), None)
    if u is None:
        return None
    return TemporalExpression(t.start, t.end, t.text, t.kind, u.normalized, u.precision, u.date_start,
                              u.date_end)  # fmt: skip


def _read_in_year(text: str, t: TemporalExpression, year: int) -> TemporalExpression | None:
    """`t` read as if released at the end of `year`, when that reading is of `year`."""
    u = _read_as_if_released(text, t, date(year, 12, 31))
    return u if u is not None and u.date_start is not None and u.date_start.year == year else None


# "Best-before date: December 31, 2026": a product's label, no period of the release; "persons born
# in the years 1946 to 1955": who, not when
_BORN = re.compile(
    r"\bborn\s+(?:in|between|on|before|after|from)\s+(?:the\s+years?\s+)?(?:(?:19|20)\d\d\s+(?:to|and|-)\s+)?$",
    re.I,
)
_DATE_LABEL = re.compile(r"\b(?:date|expiry|best[- ]before|use[- ]by|valid\s+until)\s*:\s*$", re.I)
# "founded in 2019 with just four engineers": what it started with
# ("established in 2011 with an injection of $7 billion", "launched in 2009 as a pilot scheme, with
# an annual voucher amount of $250")
_STARTED_WITH = re.compile(
    r"(?:\s+as\s+an?\s+[^,;.]{1,40})?,?\s+with\s+(?:an?\s+|its\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?"
    r"(?:just\s+|only\s+|some\s+|about\s+|around\s+|over\s+)?"
)
# "The corresponding figures for the same period last year were 264 cases and 1 789kg"
_FIGURES_FOR_SAME = re.compile(
    r"\b(?:corresponding\s+)?(?:figures?|numbers?|totals?)\s+(?:for|in)\s+the\s+(?:same|corresponding)\s+period\b",
    re.I,
)
# "The price for 2012 ...", "The estimated expenditure for 2026 ...": a subject named by its period
_SUBJECT_FOR = re.compile(r"\W*The\s+(?:[a-z][\w-]*\s+){1,3}for\s+(?:the\s+)?(?:year\s+)?$")
_COMPARED_LEAD = re.compile(
    r"\b(?:exceed\w*|surpass\w*|outstrip\w*|than|compared\s+(?:with|to)|against|versus|over|from"
    # "4.1 million visitors, nearly double the figure for the same period last year"
    r"|double|triple|twice|half|times|similar\s+to|comparable\s+(?:with|to))"
    r"\s+(?:the\s+)?$",
    re.I,
)
# Words that set one figure against another ("The number of placements in the same period last
# year was 13 512" has none: the sentence is about that period alone)
_COMPARING_WORD = re.compile(
    r"\b(?:than|compar\w*|against|versus|over|from|up|down|rose|fell|increas\w*|decreas\w*|drop\w*|"
    r"declin\w*|grew|growth|higher|lower|more|less|fewer|times\s+(?:that|those))\b",
    re.I,
)
_IN_SAME_PERIOD = re.compile(rf"\b(?:in|during|for|over)\s+the\s+{_SAME_PERIOD}$", re.I)
# A sentence about the period compared with only: "For comparison, a deficit of ... was recorded ..."
_FOR_COMPARISON = re.compile(r"\s*(?:for|by|in)\s+comparison\s*,", re.I)
# "This year's Summit, which has brought together ...", "this year's festival will feature ...":
# the event the year names, counted as it stands (not "This year's Awards received 1 246 entries")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_NOW_CLAUSE = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ght)\b"
    r"|\b(?:will|brings|attracts|features|gathers|welcomes|draws|showcases)\b"
)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# a status held ("and 28 registered escalator contractors"), not an act
_STATUS_PARTICIPLES = frozenset({
    "registered", "licensed", "qualified", "accredited", "certified", "authorised", "designated",
    "subsidised", "aided",
})  # fmt: skip


def _reports_past(body: str) -> bool:
    return any(
        (m[1] or "").lower() not in _NOT_BEFORE_PAST
        and not (m[1] or "").endswith("ing")
        # ("the 36 registered lift contractors": an adjective; not "Of them, 11 launched new services")
        and not (
            (m[1] or "").isdigit()
            and (_THE_BEFORE.search(body, 0, m.start()) or m.group().split()[-1] in _STATUS_PARTICIPLES)
        )
        and not m.group().endswith("hundred")
        for m in _ED_WORD.finditer(body)
    )


def _is_deictic(t: TemporalExpression) -> bool:
    return t.kind == "relative" and t.precision == "day"


_PEOPLE_SAY = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Professor|Hon|said|says|added|welcomed|thanked)\b")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CHANGE_BY = re.compile(
    r"\b(?:rose|increased|grew|fell|dropped|decreased|declined|went\s+(?:up|down))\s+by\s+(?:about\s+|some\s+)?$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")
_THE_END = re.compile(r"(?<=\s)the\s+$", re.I)
_AT_OR_IN_BEFORE = re.compile(r"\b(?:at|in|as\s+at)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_SPEECH = re.compile(r"\b(?:said|says|added|noted|stressed|remarked|pointed\s+out)\b")
_REPORTED = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:announced|said|reported|revealed|released|stated|noted|told)\b", re.I
)
_YEAR_BRACKET_LABEL = re.compile(r"\s*:\s*(?:HK)?\$?\d")
_FROM_LEVEL_OF = re.compile(rf"\bfrom\s+{LEVEL_OF}$", re.I)
_IN_OR_AT = re.compile(r"\s+(?:in|at)\s+")
# "(2014: 1,702", "(September: 1.0%, 1.3% and ": a bracket's figures, labelled by their period
_LABELLED_BRACKET = re.compile(r"\([^():;]{1,40}:\s*(?:[^();]*?(?:,|\band)\s+)?(?:HK)?\$?")
_ASIDE_OPEN = re.compile(r",\s+(?:whose|which|who|where)\s")


def _in_aside(text: str, s0: int, s1: int, t: TemporalExpression) -> bool:
    """Whether a date sits in a relative clause set off by commas ('X, whose ... since 2020, was')."""
    opened = [m for m in _ASIDE_OPEN.finditer(text, s0, t.start) if "," not in text[m.end() : t.start]]
    return bool(opened) and text.find(", ", t.end, s1) >= 0


def read_sentence(
    text: str,
    sentence: Span,
    release: date | None,
    dates: Sequence[TemporalExpression],
    passage: Passage | None = None,
    section: object = None,
) -> Scene:
    """Read one sentence (its temporal expressions in doc offsets) in the passage so far."""
    passage = passage or Passage(section=section)
    s0, s1 = sentence
    body = text[s0:s1]
    # "this year" inside "the first 11 months of this year": the span dates the sentence
    outer = [t for t in dates if not any(u is not t and u.start <= t.start and t.end <= u.end for u in dates)]
    outer = [in_named_part_year(text, s0, t) for t in outer]
    if release is None:
        outer = [_in_passage_year_undated(text, t, passage) for t in outer]
    found = _months_spanned(text, [_in_passage_year(t, passage) for t in outer])
    if maybe_period(body):
        found += scheme_years(text, sentence, release)
        same = _SAME_DATE.search(body)
        if same and passage.last_day is not None:
            t = passage.last_day
            found.append(TemporalExpression(s0 + same.start(), s0 + same.end(), same.group(), t.kind,
                                            t.normalized, t.precision, t.date_start, t.date_end))  # fmt: skip
        found.sort(key=lambda t: t.start)
    own_then = _THEN_OPENER.match(body) if passage.period is not None else None
    found = _same_period_before(text, s0, found, passage, own_then.end() if own_then else None, release)
    if release is not None and found and _SO_FAR.search(body):
        found = [_so_far(t, release) for t in found]
    previous = _previous_periods(text, s0, body, found, passage)
    found = sorted([*found, *previous], key=lambda t: t.start)
    scene = Scene(text, sentence, release, passage, new_paragraph=section != passage.section)
    if not found and not passage.period and not passage.target:
        return scene
    has_since = "ince" in body
    record = _PREVIOUS_RECORD.search(body)
    last: TemporalExpression | None = None
    cuts: dict[int, TemporalExpression] = {}  # a cut-off date in brackets -> it, where its year stands
    for t in found:
        prior, last = last, t
        left = text[max(s0, t.start - 40) : t.start]
        if t in previous:  # "in the previous week": the period compared with
            scene.roles[t.start] = "comparison"
            continue
        cut = _CUT_OFF_AFTER.match(text, t.end) if t.precision == "year" else None
        inner = next((u for u in found if cut and cut.start() < u.start <= cut.end()), None)
        if inner is not None:
            # "In 2019-20 and 2020-21 (up to end-December 2020), ... were A and B respectively": the
            # year runs only to the day or month in brackets, which dates its figures (and takes
            # the year's place in a list of periods)
            scene.roles[t.start] = "cut"
            cuts[inner.start] = replace(inner, start=t.start, end=t.end)
            continue
        if (
            prior is not None
            and scene.roles.get(prior.start) == "comparison"
            and _RANGE_TO.fullmatch(text, prior.end, t.start)
        ):
            # "lower than that in June - August last year": the range's end is compared with too
            scene.roles[t.start] = "comparison"
            continue
        if own_then and s0 + own_then.end() > t.start:
            continue  # the sentence's own period, a year before the passage's
        if has_since and _RECORD_SINCE.search(text, max(s0, t.start - 80), t.start):
            # "the lowest for the period since 1978": a record, compared with the years before
            scene.roles[t.start] = "comparison"
        elif has_since and (_SINCE.search(left) or _SINCE_CLAUSE.search(text, s0, t.start)):
            # "Another owner, whose canopies had been subject to an order since 2020, was fined
            # $21,500": a count since a date in an aside says nothing of the main clause's time
            scene.roles[t.start] = "aside" if _in_aside(text, s0, s1, t) else "since"
        elif (
            _FIGURE_AT.search(text, max(s0, t.start - 90), t.start)
            or _OF_LEVEL_AT.search(text, max(s0, t.start - 60), t.start)
            # "or 52 per cent of the 2018 level": a level named by its year
            or (left.endswith(("the ", "The ")) and _LEVEL_AFTER.match(text, t.end))
        ):
            # ("2.6% more than the figure at end-2009", "about 74% of the level recorded in 2018")
            # "an increase of 0.4% over the figure of 7 531 800 at mid-2025": the base's period
            scene.roles[t.start] = "comparison"
        elif _YEAR_BRACKET_LABEL.match(text, t.end) and text[max(s0, t.start - 2) : t.start].strip() == "(":
            # "dropped to 1,530 (2014: 1,702)": the year the bracketed base is labelled with
            scene.roles[t.start] = "comparison"
        elif record is not None and t.start >= s0 + record.end():
            # "The previous best was 17 medals, achieved in 2013": the record compared with
            scene.roles[t.start] = "comparison"
        elif (
            any(w in text[max(s0, t.start - 64) : t.start].lower() for w in _COMPARED_CUES)
            and (
                # "Comparing December 2023 - February 2024 with November 2023 - January 2024"
                (
                    (compared := _COMPARED.search(text, max(s0, t.start - 64), t.start))
                    and not (compared["on"] and t.precision == "day")
                    # ("... to 302 in the first half of 2011, and further to 236 in the same period
                    # this year": the period the release reports, not one compared with)
                    and not _THIS_PERIOD.match(t.text)
                )
                or (
                    _CHANGE_FROM.search(text[max(s0, t.start - 80) : t.start])
                    and t.date_end is not None
                    and (release is None or t.date_end <= release)
                )
            )
        ):
            scene.roles[t.start] = "comparison"
        elif (
            any(w in text[max(s0, t.start - 100) : t.start].lower() for w in _ORIGIN_CUES)
            and _ORIGIN.search(text[s0 : t.start])
            # "When the Federation was founded in 1993, it had three ensembles": the main clause's time
            and not _WHEN_CLAUSE.match(text, s0, t.start)
            and not _ROUND_OPENER.match(text, s0, t.start)
        ):
            scene.roles[t.start] = "origin"
        elif _DATE_LABEL.search(left) or _BORN.search(left):
            # "Best-before date: December 31, 2026": a product's label; "persons born in 1970 to
            # 1972": an age group, no period of the facts
            scene.roles[t.start] = "name"
        elif t.kind == "name" or (
            t.kind == "absolute"
            and t.text.isdigit()
            and not _DATING_PREP.search(text[max(s0, t.start - 12) : t.start])
            and not _CALENDAR_YEAR.search(text, max(s0, t.start - 40), t.start)
            and not _LABEL_OF_NUMBER.match(text, t.end)
            # ("The Standard Chartered Hong Kong Marathon 2019 was held": the year names the event)
            and not (_YEAR_AS_SUBJECT.match(text, t.end) and not _NAME_WORD_BEFORE.search(text, s0, t.start))
            and not _SURVEY_OF_YEAR.match(text, t.end)
            and not _SURVEY_BEFORE_YEAR.search(text, max(s0, t.start - 12), t.start)
        ):
            scene.roles[t.start] = "name"  # "the 2024 Policy Address", "the 2024-25 Budget"
    scene.dates = [t for t in found if t.start not in scene.roles]
    scene.compared = [t for t in found if scene.roles.get(t.start) == "comparison"]
    scene.origins = [t for t in found if scene.roles.get(t.start) == "origin"]
    if _IN_TURN.search(body) and (len(found) > 1 or passage.series):
        # "rose by 6 per cent and 4 per cent respectively over the 2023/24 school year": the
        # comparison base is not one of the listed periods
        scene.listed = sorted(
            (
                cuts.get(t.start, t)
                for t in found
                if scene.roles.get(t.start) not in ("comparison", "since", "origin", "aside", "cut")
            ),
            key=lambda t: t.start,
        )
    return scene


_CUT_OFF_AFTER = re.compile(r"\s*\(\s*(?:up\s+to|as\s+at|as\s+of|until)\s+(?:the\s+)?", re.I)
_FURTHER_TO = re.compile(r"\b(?:further|then)\s+to\b", re.I)


def next_passage(scene: Scene, section: object = None) -> Passage:
    """The passage after `scene`: the period it names (that of its numbers, else its first past
    or present date; 'today' alone names the release), its future target, the last day named."""
    old, release = scene.passage, scene.release
    if not scene.dates and not scene.asked and old.target is None and old.section == section:
        return old  # most sentences: nothing changes
    # the days named, and the reporting dates ("as at end-September 2025"): "As at the same date"
    days = [
        t for t in scene.dates
        if t.date_start and (t.precision == "day" or _AS_AT.search(scene.text, max(0, t.start - 24), t.start))
    ]  # fmt: skip
    # (a respectively-list's periods, a range's ends included: "from 2011-12 to 2015-16")
    listed = tuple(
        t for t in (scene.listed or scene.dates) if t.precision in ("year", "month") and t.date_start
    )
    series = listed if len(listed) >= 2 else old.series
    passage = Passage(
        section=section,
        period=old.period,
        last_day=days[-1] if days else old.last_day,
        series=series,
        year=old.year,
        month=old.month,
        base=old.base,
        span=old.span,
        theme=old.theme,
        verdict=_verdict_day(scene, days) or old.verdict,
    )
    # "The crime rate was 565, down from 588 in the first half of last year": the base's period is
    # not the passage's. With no release date, a past period is one the text names and not in a
    # sentence about the future.
    named = [
        t for t in scene.dates
        if t.date_start and t.date_end
        and (t.date_start <= release if release else not _target_date(scene, t))
        and (not scene.future or (release is not None and t.date_end < release))
        and not (t in scene.based and t not in scene.used)
    ]  # fmt: skip
    # "As at the end of May, 3 940 teachers had enrolled" in a release without a date: a period of
    # its own the text does not resolve; the passage's year does not go on after it (a target in a
    # clause about the future does not end it: "and will target another 500 buildings this year")
    unresolved = [t for t in scene.dates if t.date_start is None]
    if release is None and not named and any(not scene._future_at((t.start, t.end)) for t in unresolved):
        passage.period = None
        return passage
    if old.period is not None and named and all(_same_part_a_year_before(t, old.period) for t in named):
        # "The rate was 99.6 per cent in the previous quarter and 99.8 per cent in the third quarter
        # of last year": the same part of the year before is a comparison; the passage goes on
        return passage
    if not named and scene.based and not scene.used:
        return passage  # only base periods named: the passage goes on
    if old.period is not None:
        # "18 562 orders were complied with during the year, while 3 115 remained outstanding as
        # at March 31": a reporting day in a later clause dates that clause, not the passage
        named = [t for t in named if not scene.later_as_at(t)]
        if scene.carried_from is not None:  # the first number went on with the passage
            named = [t for t in named if t.start < scene.carried_from]
    used = [t for t in scene.used if t in named]
    # "yesterday (January 16)" dates the event the next sentences go on with; "today" does not
    # (facts of the release day take the release date anyway)
    lasting = [
        t for t in named
        if not _is_deictic(t) or (release is not None and t.date_end is not None and t.date_end < release)
    ]  # fmt: skip
    if scene.went_back is not None and not (used or lasting):
        passage.period = scene.went_back  # the next sentences go on with the month gone back to
    elif used or lasting:
        passage.period = (used or lasting)[0]
        span = _span_of_days(scene.text, named)
        if span is not None and span.start == passage.period.start and passage.period.end < span.end:
            # "an operation from August 26 to yesterday (September 4). A total of 21 persons were
            # arrested": what the next sentences report is of the span's last day
            passage.period = next((t for t in named if t.end == span.end), passage.period)
        if len(listed) < 2 and _outside(passage.period, old.series):
            # "(3) In the first quarter of this year, ... 12% lower than in the same period last
            # year" after "62 850 at end-December 2024, compared with 63 940 at end-December
            # 2023": a single period beyond those the passage listed ends the list (one of them,
            # "Of the reports received last year" after "In 2012, 2013 and 2014", does not)
            passage.series = ()
        # ("fell from 9 107 in 2013 to 8 366 in 2014 and 7 912 in 2015": a series run forward)
        series = sorted({*used, *(t for t in scene.based if t in scene.dates)}, key=lambda t: t.start)
        if len(used) >= 2 and _FURTHER_TO.search(scene.text, used[0].end, used[-1].start):
            # "increased from 4 257 in 2023 to 4 694 in 2024 and further to 4 917 last year": the
            # passage goes on with the period the series reached
            passage.period = max(used, key=lambda t: t.date_start or date.min)
        elif len(series) >= 3 and _in_order(series):
            passage.period = series[-1]
        if passage.period.precision == "year":
            passage.year = passage.period
        elif passage.period.precision == "month":
            passage.month = passage.period
    elif named or (scene.asked and not scene.dates and scene.present and scene.carried_from is None):
        # "today", "currently": the release (unless its numbers went on with the passage: "Seven of
        # these projects ... are in operation" after "As at end-October, ...")
        passage.period = None
    elif old.period is not None and scene.new_paragraph and not scene._continues():
        if not scene.asked and not scene.dates and _SPEECH.search(scene.body):
            # "Mr Lo said the Force would continue its efforts. Violent crime dropped by 5.1 per
            # cent": a speaker's aside without figures or dates leaves the choice to the next
            # sentence
            passage.section, passage.deferred = old.section, True
        else:
            passage.period = None  # a paragraph that neither goes on nor names a period ends the passage
    passage.base = _base_period(scene, passage.period, old)
    if not scene.future:
        passage.span = _span_of_days(scene.text, named) or old.span
    if scene.future and release is not None:
        targets = [t for t in scene.dates if t.date_end and t.date_end >= release]
        passage.target = max(targets, key=lambda t: t.date_end or release, default=None)
    return passage


def _verdict_day(scene: Scene, days: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """The day a sentence the scene reports was passed: the first day named after the verb, else
    the last before it ("said today (May 16) that four owners were convicted ... yesterday (May 15)")."""
    verb = _SENTENCING.search(scene.text, *scene.sentence)
    if verb is None:
        return None
    on_days = [t for t in days if t.precision == "day"]
    after = [t for t in on_days if t.start >= verb.end()]
    return after[0] if after else (on_days[-1] if on_days else None)


def _outside(t: TemporalExpression, series: Sequence[TemporalExpression]) -> bool:
    """Whether `t` starts before the first period of `series` or after the last one ends."""
    spans = [(u.date_start, u.date_end or u.date_start) for u in series if u.date_start is not None]
    if not spans or t.date_start is None:
        return False
    return t.date_start < min(a for a, _ in spans) or t.date_start > max(b for _, b in spans)


def _in_order(periods: Sequence[TemporalExpression]) -> bool:
    """Whether periods written one after another run forward in time ("fell from 9 107 in 2013 to
    8 366 in 2014 and 7 912 in 2015")."""
    starts = [t.date_start for t in periods]
    return all(a is not None and b is not None and a < b for a, b in pairwise(starts))


def _same_part_a_year_before(t: TemporalExpression, period: TemporalExpression) -> bool:
    """Whether `t` is the part of the year `period` covers (a month, "the third quarter", "the
    first half"), a year earlier."""
    if t.date_start is None or period.date_start is None or t.date_start.year != period.date_start.year - 1:
        return False
    part = _PART_OF_YEAR.search(period.text)
    if part is not None:
        other = _PART_OF_YEAR.search(t.text)
        return other is not None and other.group().lower() == part.group().lower()
    return (
        period.precision == "month"
        and t.precision == "month"
        and t.date_start.month == period.date_start.month
    )


def _span_of_days(text: str, named: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """'November 12 to 30', 'from April 2 to April 8': the days an event ran, as one period."""
    for t in named:
        if (
            t.precision == "day"
            and t.date_start
            and t.date_end
            and t.date_end > t.date_start
            and _DIGIT.search(t.text)
        ):
            return t  # "November 12 to 30" (not "last year" said of such a span)
    for t, u in pairwise(named):
        if (
            t.precision == u.precision == "day"
            and t.date_start and u.date_end and t.date_start < u.date_end
            and _SPAN_GAP.fullmatch(text, t.end, u.start)
            and _SPAN_OPEN.search(text, max(0, t.start - 8), t.start)
        ):  # fmt: skip
            return TemporalExpression(
                t.start, u.end, text[t.start : u.end], t.kind, t.normalized, "day", t.date_start, u.date_end
            )
    return None


_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*")
_TO_MONTH = re.compile(rf"\s*(?:to|until|till|-|–)\s*(?P<month>{FULL_MONTH})\b(?!\s*,?\s*\d)")


def _months_spanned(text: str, dates: list[TemporalExpression]) -> list[TemporalExpression]:
    """'The accumulated rainfall from January to July was ...': one period of months of the first
    month's year, named by its last month (as 'July - September 2015' is), not its first."""
    out = list(dates)
    for i, t in enumerate(dates):
        if t.precision != "month" or t.date_start is None or t.date_end is None:
            continue
        to = _TO_MONTH.match(text, t.end)
        if to is None or not _SPAN_OPEN.search(text, max(0, t.start - 8), t.start):
            continue
        month = MONTHS[to["month"].lower()]
        if month <= t.date_start.month:
            continue
        last = calendar.monthrange(t.date_start.year, month)[1]
        end = date(t.date_start.year, month, last)
        shown = f"{end:%Y-%m}"
        out[i] = TemporalExpression(
            t.start, to.end(), text[t.start : to.end()], t.kind, shown, "month", t.date_start, end
        )
    return out


def _base_period(scene: Scene, period: TemporalExpression | None, old: Passage) -> TemporalExpression | None:
    """The period compared with that the passage keeps: the last one this sentence compares its
    period with, else the one kept before while the period is the same."""
    if period is None or period.date_start is None:
        return None
    # earlier: ends first and starts no later ("November 2025 - January 2026" before "December
    # 2025 - February 2026", rolling quarters that overlap)
    end = period.date_end or period.date_start
    earlier = [
        t for t in (*scene.based, *scene.compared)
        if t.date_end is not None and t.date_start is not None
        and t.date_end < end and t.date_start <= period.date_start
        # "the lowest first-half figure since 1969": a record, no base of the changes that follow
        and not _RECORD_SINCE.search(scene.text, max(scene.sentence[0], t.start - 80), t.start)
    ]  # fmt: skip
    if earlier:
        return max(earlier, key=lambda t: t.start)
    return old.base if period is old.period else None


def _same_period_before(
    text: str,
    s0: int,
    found: list[TemporalExpression],
    passage: Passage,
    opener_end: int | None,
    release: date | None,
) -> list[TemporalExpression]:
    """'the same period last year' as the period a year before the one reported:
    - opening the sentence ('In the same period last year, the department instituted 198
      prosecutions', `opener_end` its end in the sentence): a year before the passage's period;
    - in a release with no date ('In the first nine months of 2009, ... compared with 275 kg in the
      same period last year'): a year before the sentence's own period, else the passage's.
    With a date, a comparison's "last year" is read against the release, as the labels read it."""
    out = []
    for t in found:
        anchor = None
        if opener_end is not None and t.start < s0 + opener_end:
            same = re.search(_SAME_PERIOD, text[s0 : s0 + opener_end], re.I)
            anchor = passage.period if same or passage.span is None else passage.span
        elif (
            release is None
            and t.text.lower() == "last year"
            and _THE_SAME_PERIOD.search(text, max(s0, t.start - 40), t.start)
        ):
            periods = [u for u in found if u.start < t.start and u.date_start and u.precision in _PERIODS]
            anchor = periods[0] if periods else passage.period
        out.append(year_before(t, anchor) if anchor is not None else t)
    return out


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date)\s+this\s+year\b|\bthis\s+year\s+so\s+far\b", re.I)


def _so_far(t: TemporalExpression, release: date) -> TemporalExpression:
    """'26 cases have been detected so far this year': the count up to the release day, the
    year-to-date the release reports (its year named by the day too)."""
    if t.text.lower() != "this year" or t.date_start is None or t.date_start.year != release.year:
        return t
    return TemporalExpression(t.start, t.end, t.text, t.kind, release.isoformat(), "day", release, release)


# "up from 29 outbreaks in the previous week": the week before the one reported
_PREVIOUS_PERIOD = re.compile(
    r"\b(?:in|during|for|of|over)\s+(?P<the>the\s+(?:previous|preceding)\s+"
    rf"(?P<unit>week|month|year|{_ROLLED}))\b",
    re.I,
)
_STEP = {"week": relativedelta(days=7), "month": relativedelta(months=1), "year": relativedelta(years=1)}
# the precision of the period each step goes back from ("the week ending January 11": its last day)
_STEP_FROM = {"week": ("day",), "month": ("month", "day"), "year": ("year",)}


def _is_share(figure: str) -> bool:
    return figure.rstrip().endswith(("%", "cent", "point", "points"))


def _previous_periods(
    text: str, s0: int, body: str, found: list[TemporalExpression], passage: Passage
) -> list[TemporalExpression]:
    """'In the week ending January 11, ... up from 29 outbreaks in the previous week': the period
    before the one the sentence (else the passage) reports, by a week, a month or a year."""
    if "previous" not in body and "preceding" not in body:
        return []
    out = []
    for m in _PREVIOUS_PERIOD.finditer(body):
        start = s0 + m.start("the")
        unit = m["unit"].lower()
        if unit not in _STEP:  # "in the preceding quarter", "in the previous three-month period"
            rolled = _previous_months(found, passage, start, unit)
            if rolled is not None:
                out.append(TemporalExpression(start, s0 + m.end(), m["the"], "relative", *rolled))
            continue
        named = [t for t in found if t.end <= start and t.date_start and t.precision in _STEP_FROM[unit]]
        anchor = named[-1] if named else passage.period
        if anchor is None or anchor.date_start is None or anchor.date_end is None:
            continue
        if anchor.precision not in _STEP_FROM[unit]:
            continue
        step = _STEP[unit]
        d0, d1 = anchor.date_start - step, anchor.date_end - step
        if anchor.precision == "month":
            d1 = d0 + relativedelta(months=1) - timedelta(days=1)
        elif unit == "month":  # "the month ending January 11": the month before, as a month
            d0 = d0.replace(day=1)
            d1 = d0 + relativedelta(months=1) - timedelta(days=1)
        precision = "month" if unit == "month" else anchor.precision
        shown = {"month": f"{d0:%Y-%m}", "year": f"{d0:%Y}"}.get(precision, d0.isoformat())
        out.append(TemporalExpression(start, s0 + m.end(), m["the"], "relative", shown, precision, d0, d1))
    return out


def _previous_months(
    found: list[TemporalExpression], passage: Passage, start: int, unit: str
) -> tuple[str, str, date, date] | None:
    """The quarter before the quarter named ('the third quarter' -> April to June), or the
    rolling three months before ('December 2024 - February 2025' -> November to January),
    named by its last month."""
    named = [t for t in found if t.end <= start and t.date_start]
    anchor = named[-1] if named else passage.period
    if anchor is None or anchor.date_start is None or anchor.date_end is None:
        return None
    end, first = anchor.date_end, anchor.date_start
    if anchor.precision == "year" and _part_end(anchor) is not None:
        end = date(first.year, _part_end(anchor) or 12, 1)  # "the third quarter": named by September
    elif anchor.precision != "month" or (end.year, end.month) == (first.year, first.month):
        return None  # not a period of months
    last = date(end.year, end.month, 1) - relativedelta(months=3 if unit == "quarter" else 1)
    if unit == "quarter" and anchor.precision == "year" and not re.search(r"quarter", anchor.text, re.I):
        return None  # "the first half of 2025": no quarter to step back from
    d0 = last - relativedelta(months=2)
    return f"{last:%Y-%m}", "month", d0, last + relativedelta(months=1) - timedelta(days=1)


def _target_date(scene: Scene, t: TemporalExpression) -> bool:
    """'before 2035', 'by end-2030': a target, not a period the passage reports. (In a release
    without a date, 'as at end-September 2025' stays out of the passage too: read as the
    passage's period, it cost three check sets facts their labels leave undated.)"""
    return _TARGET_PREP.search(scene.text, max(scene.sentence[0], t.start - 16), t.start) is not None


def since_of(text: str, dates: Sequence[TemporalExpression]) -> TemporalExpression | None:
    for t in dates:
        window = text[max(0, t.start - 40) : t.start].lower()
        if t.date_start and _SINCE.search(window):
            return t
    return None


def as_of_for(
    text: str,
    s0: int,
    body: str,
    release: date | None,
    dates: Sequence[TemporalExpression],
    previous_dates: Sequence[TemporalExpression] = (),
    previous_sentence: Span | None = None,
) -> tuple[date | None, str | None]:
    """The period of a sentence's facts, read alone (`process.metric_rows` reads each number in
    its passage). A future sentence that refers back takes the target of the sentence before."""
    if not dates and previous_sentence is None and not maybe_period(body):
        return release, ("day" if release else None)
    key = (s0, len(body), release, tuple(dates), previous_sentence, tuple(previous_dates))
    if _LAST[0] is not text or _LAST[1] != key:  # the facts of one sentence share one reading
        passage = None
        if previous_sentence is not None:
            passage = next_passage(read_sentence(text, previous_sentence, release, previous_dates))
        _LAST[:] = [text, key, read_sentence(text, (s0, s0 + len(body)), release, dates, passage).as_of()]
    return _LAST[2]


_LAST: list = [None, None, None]
