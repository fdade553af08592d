"""The invented releases of `tests/data/invented/`, `invented2/` (14 each), `invented3/` (12),
`invented4/` (10), `invented5/` to `invented8/` (12 each), `invented9/` (8), `invented10/` to
`invented299/` (10 each), written and labelled by the corpus rules by sessions that never saw the
extraction rules (README "Accuracy"): a floor under each field, at the figure reached after the
rules they exposed were fixed, so a rule change that breaks what they caught shows here, in every
checkout (the labelled corpus in ../shared may be absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.commands.evaluate import warehouse_tables
from pipelines.evaluation import score

DATA = Path(__file__).parent / "data"
# F1 per set (`make eval-invented`), measured at the commit that raised it.
# Round 7 lowered five dates floors once (marked): "end-November 2022", "the end of March 2024" and
# a bare "the first quarter" are now labelled as partial dates, as the README labels "end-2023".
# The blind labellers split on them: dates F1 went up on invented3, 5, 10, 11, 16 and 17, and down
# on invented2, 4, 8, 12 and 14, whose labels leave them out. Every other floor its rules moved
# is raised to the figure at the end of the round (88aafa4).
# Round 12 lowered one floor on purpose: "sq m" is now given as "square metres", as three of the
# four labels of it in the blind sets write it (invented18, invented38); invented4 writes "m2"
# (its +unit 0.862 -> 0.856).
# Round 13 lowered two dev floors by one fact each, on purpose: "total visitor arrivals exceeded
# 40.8 million" is now a fact (value+qualifier up on both sets), its unit "arrivals" as the
# pipeline gives visitor arrivals everywhere (62 blind labels write "arrivals", 31 "persons");
# invented36 and invented48 label it "persons" (+unit and as_of -0.002 each).
# Round 9 lowered floors once, on purpose (at 11be1d3 and after): a count in the title ("Customs
# seizes 3.2 million illicit cigarettes") is now a fact, as the real corpus labels one; the
# labels of invented, invented3, invented5 and invented13 leave such titles out (value+qualifier,
# +unit and as_of down by 0.002 to 0.004 there). And a bare number that is its clause's subject
# is what it is said to be ("and 4.85 million were visitors"): tuned on the dev sets (+unit up on
# invented2, 4, 6, 9, 10, 16, 17, 20, 21, 22 and 25); the check sets invented11, 14 and 15 went
# down by 0.002 to 0.010 with it (their misses unread), and those floors follow.
# Last, two period rules tuned on invented28 (+0.025 as_of: a list "in the same period" takes the
# years of the range named before; "Between January and June" is of the release's year) took
# one fact of the check set invented24 (as_of 0.779 -> 0.775, misses unread); that floor follows.
# Round 10 lowered three floors once: "casualties" and "recipients" now count persons (the labels of
# invented28, 31 and 32 say so; invented20's keep "casualties": +unit 0.919 -> 0.903, as_of 0.887 ->
# 0.882), and "parts per million" is a unit (ppm), which moved one fact of the check set invented11
# (as_of 0.877 -> 0.875, its misses unread).
# Round 16 lowered one check floor by one fact, on purpose: "one" beside other counts is now a
# count ("six marine parks and one marine reserve"); invented24 labels its unit "marine
# reserves" where the pipeline gives the noun, "reserves" (+unit 0.878 -> 0.876; its
# value+qualifier rose).
# Round 17 lowered floors by one to three facts each, on purpose, each traced by switching the
# rule off (the check sets' misses unread): "N times" is now a count ("issued the Warning 87
# times", 15 blind labels of about 19 such counts): value+qualifier rose on invented2, 24, 51, 57
# and 64, whose labels give some of them another unit or none (+unit -0.001 to -0.006); the ends of
# a range of amounts are its bounds ("payments ranging from $10,000 to $80,000", 8 blind labels
# of 12): invented29 labels its price ranges exact (value+qualifier 0.947 -> 0.934); a speaker's
# aside opening a paragraph leaves the passage to the next sentence (invented66 as_of +0.08):
# invented35 as_of -0.007; "As at the end of May" in a release without a date takes the year of
# the month the text named: invented7 labels it null (as_of -0.004); "27 drivers were arrested
# for drink driving and four for drug driving" counts drivers, invented42 labels persons.
# Round 18 lowered one check floor by one fact, on purpose, traced by switching the rule off (its
# misses unread): items of a list written with a scale word ("29.6 million, 36.0 million and
# 41.9 million") now count what the first counts; invented67 gains a fact (value+qualifier 0.829
# -> 0.833) whose unit its label gives otherwise (+unit 0.806 -> 0.804, as_of 0.700 -> 0.698).
# Two dev floors moved down with it, each a fact now found under another convention: invented10's
# "Islands had the fewest, at 83,064" (value+qualifier 0.990 -> 0.993) is labelled at the release
# day, not the passage's year (as_of 0.931 -> 0.929); invented23's "visitor arrivals, at around
# 185 000" and "expected visitor arrivals to exceed 45 million" are labelled persons, not arrivals
# (+unit 0.942 -> 0.938, as_of 0.919 -> 0.915).
# Round 19 lowered no floor: every set's figure at the round's end (554ed14, `make
# eval-invented`) is at or above its start; the floors that moved were raised to it.
# Round 21 lowered floors on purpose, each traced to one rule (check sets' misses unread):
# "the same period last year" is now a date row of its own, the phrase 130 of 138 blind labels
# write; the labels of invented, invented9, 19, 21, 25, 32, 34, 39, 40, 52, 64, 78 and 82 write
# only "last year", so the extra row is a false positive there (dates -0.007 to -0.022; dates rose
# on 35 other sets). "short-haul and long-haul markets contributed some 650 000 and 200 000" counts arrivals,
# which invented54 labels persons (+unit and as_of -0.002); "310 Assistant Officers II" counts
# officers, which invented66 labels persons (+unit and as_of -0.002); a Latin singular in "-us"
# ("radius") is no plural noun any more, which moved one value of the check set invented65
# (value+qualifier 0.985 -> 0.982, while its +unit and as_of rose).
# Round 22 lowered floors by one fact each, on purpose; each fact is a value found now whose unit
# or period its label gives otherwise: "9 per cent more than the 62 750 recorded in January last
# year" and "8.5 per cent fewer than the 669 in 2023" are facts now, counting what the figure
# compared with counts; invented40 labels the birds "birds" (the pipeline: waterbirds) and
# invented42 the drivers "persons" (+unit and as_of -0.002). The same rule ("than the N recorded
# in ...", traced by switching it off in a copy; misses unread) finds one more value in the check
# set invented57 (value+qualifier 0.962 -> 0.966) whose unit its label gives otherwise (+unit
# 0.939 -> 0.936, as_of 0.826 -> 0.823); the check set invented89 gained a value (value+qualifier
# and +unit up) whose as_of its label gives otherwise (as_of 0.873 -> 0.871; the rule not traced).
# Round 23 lowered floors by one or two facts each, on purpose, each traced to one rule (check
# sets' misses unread). Trades in "-men" ("285 firemen", "120 ambulancemen") keep their own word,
# as 11 of 13 dev labels of them do; invented2 labels them persons (+unit 0.827 -> 0.818, as_of
# 0.803 -> 0.793). "6 912 staff members" are persons (10 blind labels); invented7 labels them
# members (as_of 0.907 -> 0.902). Two rules find one more value in a check set, whose unit its label
# gives otherwise: "covering 14 of its 74 public markets" in invented35 (value+qualifier 0.979 ->
# 0.983, +unit 0.797 -> 0.794, as_of 0.608 -> 0.606) and "than the N received in ..." in invented93
# (value+qualifier 0.951 -> 0.954, +unit 0.819 -> 0.817, its as_of up).
# Round 24 lowered three floors, on purpose, each traced to one rule (check sets' misses unread).
# In a release without a date line, a period the text cannot resolve ("As at the end of May") ends
# the passage: as_of rose on 12 check and 7 dev sets and fell on check invented89 (0.871 -> 0.838).
# "this year" there needs the release date (the README: relative dates are then null), so a month
# named before no longer goes on past it; invented82 resolves it from that month (as_of 0.793 ->
# 0.787). "The Board met 45 times" counts meetings (6 dev labels of 7 outside invented96, which
# labels times: +unit 0.910 -> 0.905).
# Round 25 lowered floors of 11 sets, on purpose, each traced to one rule by switching it off in a
# copy (check sets' misses unread). A means test's income and asset limits are maxima (13 dev labels
# against 4): dev invented7 and invented20 and check invented14 label them exact (check 29 and 101
# rose with it). "countries and regions" / "countries and territories" are one unit (7 dev labels
# against 2): dev invented8 and invented21 and check invented35 and 73 label countries (check 43, 65,
# 75, 87, 91 and 123 rose with it). Three rules find one more value whose unit or period its label
# gives otherwise: "a further 21 were about ..." in dev invented40, "reached a record N" in check
# invented89, "some 318 000 (77 per cent) had replaced" in check invented24.
# Round 26 lowered floors of 13 sets, on purpose, each traced to one rule by switching it off in a
# copy (check sets' misses unread). Kilometres and millimetres written as words are now given as
# "km" and "mm", as kilograms are "kg" (the dev labels write them so 59 times against 31): dev
# invented7, 10, 17, 20, 30, 44 and 80 and check invented18, 85 and 99 write the words (+unit and
# as_of down; check 11, 12, 41, 53, 83, 97, 115, 127, 139 and 147 rose with it). Counts in brackets
# after marked list items ("(1) the Mainland (251)") give dev invented146 five values whose unit
# its label writes "persons" (value+qualifier up, +unit and as_of down). "Of the complaints
# received ..., 3 410 concerned ..." now counts the whole's noun: check invented62 loses a fact's
# unit with it (check 12, 81 and 109 rose), and dev invented114 finds "nine in e-commerce" with a
# unit its label gives otherwise. Every other floor that the round's rules raised was raised to
# the figure at its end (25243de, the last rule commit). Nine sets were added
# (invented139 to 147), each scored before any change; 147 is a second transport set, written by a
# helper whose prompt arrived garbled.
# Round 27 lowered floors of three sets, on purpose, each traced to one rule by switching it off in
# a copy (check sets' misses unread). "The landslides claimed 138 lives" counts persons (the dev
# labels of invented25 and invented150 write it so); check invented109 writes lives (+unit 0.929
# -> 0.923, as_of 0.850 -> 0.845). Figures listed with their years ("11.28 million in 2013, 11.64
# million in 2014 and ...") count what the first counts: check invented95 finds a value whose unit
# its label gives otherwise (value+qualifier 0.980 -> 0.984, +unit 0.948 -> 0.944, as_of 0.895 ->
# 0.892; check 41 and 143 and dev 154 rose with it). "The numbers of X through A, B and C ...
# were" reads past a list of names: dev invented3 finds "248 600" vehicle journeys, which it
# labels "vehicle journeys" (+unit 0.873 -> 0.870, as_of 0.852 -> 0.849). Every other floor the
# round's rules moved was raised to the figure at its end (f94d2a0, the last rule commit). Eight
# sets were added (invented148 to 155), each scored before any change.
# Round 28 lowered floors of five sets, on purpose, each traced to one rule by switching it off in
# a copy (check sets' misses unread). "Arrestees" and drug "abusers" count persons (dev 3, 44, 154
# and 156, check 31, 39 and 129 rose); check invented11 writes them otherwise (+unit 0.917 ->
# 0.912, as_of 0.902 -> 0.896). Counts now found whose unit the labels write as persons where the
# other dev labels write arrivals (125 against 51): dev invented23 "visitor arrivals were estimated
# at about 4.1 million" (+unit 0.940 -> 0.937, as_of 0.927 -> 0.924) and dev invented54 "some 650
# 000 and 200 000 respectively" (+unit 0.867 -> 0.864, as_of 0.752 -> 0.750). A speech's salutation
# no longer runs a body's name into the next person's (dev 102 and 162 rose): check invented93
# organisations 0.969 -> 0.953. "An average of 88 a month" counts what the total counted: check
# invented139 finds a value (value+qualifier 0.947 -> 0.952, +unit 0.774 -> 0.781) whose period
# differs (as_of 0.635 -> 0.631). Every other floor the rules moved was raised to the figure at the
# round's end (5974d4c). Eight sets were added (invented156 to 163), each scored before any change.
# Round 29 lowered floors of three check sets, on purpose, each traced to one rule by switching it
# off in a copy (their misses unread). A title naming a past year ("... enforcement statistics for
# 2015") dates the undated past facts of its body: check invented43 (as_of 0.693 -> 0.732) and 45
# (0.764 -> 0.863) rose with dev 164 and 118; check invented12 (as_of 0.929 -> 0.923) and 89 (0.836
# -> 0.826) fell. "The total number of students enrolled in kindergartens, primary day schools and
# secondary day schools was": check invented71 finds a value (value+qualifier 0.947 -> 0.960) whose
# unit its label writes otherwise (+unit 0.793 -> 0.784, as_of 0.728 -> 0.720); check 22 rose.
# Every other floor the rules moved was raised to the figure at the round's end (93f37cb). Eight
# sets were added (invented164 to 171), each scored before any change.
# Round 30 lowered floors of four check sets and three dev sets, on purpose, each traced to one rule
# by switching it off in a copy (the check sets' misses unread). The first end of a range written
# with 'to' alone counts the noun after the second ('with 800 to 1 000 places offered'): check
# invented139 finds a value (value+qualifier 0.958 -> 0.961) whose unit and period its label writes
# otherwise (+unit 0.781 -> 0.779, as_of 0.632 -> 0.630), check invented155 loses one
# (value+qualifier 0.930 -> 0.928), checks 153, 161 and 163 rose, and dev invented170 dates its new
# value by the passage (as_of 0.844 -> 0.841). A figure per a base is a rate named by it ('5.1 per 1
# 000 consultations'): checks 45, 69, 141 and 165 rose, check invented131 finds a value whose unit
# its label writes otherwise (+unit 0.856 -> 0.853, as_of 0.822 -> 0.819), and so does dev
# invented52 ('0.91 per 10 000 population': +unit 0.870 -> 0.867, as_of 0.695 -> 0.692). A second
# base 'two years earlier' and 'the remaining six were at Level 2': checks 45 and 91 rose, check
# invented99 finds a value whose period differs (as_of 0.869 -> 0.866). The fix to the cross-
# paragraph antecedent ('Fifteen of them' opening a paragraph) lifted checks 73, 77, 79, 93, 113 and
# 127; dev invented88 finds values in an undated release that its labels date (as_of 0.783 ->
# 0.779). Every other floor the rules moved was raised to the figure at the round's end (328d3f9).
# Eight sets were added (invented172 to 179), each scored before any change.
# Round 31 lowered floors of four dev sets only, on purpose, each traced to one rule by switching it
# off in a copy; no check set lost anything. Job seekers are counted whole ('4 200 job seekers'):
# checks 41 and 103 and dev 5, 76, 124 and 186 rose, and dev invented16 (+unit 0.958 -> 0.940,
# as_of 0.940 -> 0.922), 20 (+unit 0.892 -> 0.881, as_of 0.887 -> 0.876) and 21 (+unit 0.981 ->
# 0.970, as_of 0.938 -> 0.927) label them 'persons'. A present perfect with an irregular verb ('has
# also set up 10 teams') is not in the passage: checks 57 and 177 and dev 72, 144 and 186 rose, and
# dev invented146 dates one such sentence by the passage (as_of 0.778 -> 0.773). Every other floor
# the rules moved was raised to the figure at the round's end (2343de4). Eight sets were added
# (invented180 to 187), each scored before any change.
# Round 32 lowered floors of three dev sets and two check sets, on purpose, each traced to one rule
# by switching it off in a copy. A participle of a status after a figure is an adjective ('the 36
# registered lift contractors', 'and 28 registered escalator contractors'), not a past report:
# checks 153 and 181 and dev 194 rose, and check invented49 dates such sentences by its passage
# (as_of 0.820 -> 0.793). A plural present verb after 'we' or 'they' ('we upgrade 150 slopes ...
# every year') states a rule, not the passage's past: dev 194 rose, check invented183 dates one such
# figure by its passage (as_of 0.807 -> 0.802). A title-cased plural after 'new' or 'more' is counted
# ('20 more Recycling Stores'): values found in dev 74 and 172, whose labels write the unit
# 'recycling stores' (invented74 +unit 0.926 -> 0.923, as_of 0.878 -> 0.876; invented172 +unit
# 0.887 -> 0.883, as_of 0.882 -> 0.878). A facility's places written with a hyphen ('a 650-place
# correctional facility') are counted: dev invented10 finds one its label dates by the release, not
# the passage (as_of 0.912 -> 0.910). Every other floor the rules moved was raised to the figure at
# the round's end (dc19fdb). Eight sets were added (invented188 to 195), each scored before any change.
# Round 33 lowered floors of one dev set and seven check sets, on purpose, each traced to one rule
# by switching it off in a copy (no check miss was read). A range of shares whose first end is bare
# ('discounts of 20 to 50 per cent', 'cut journey times by 15 to 25 per cent') gives its bounds:
# checks 155, 157, 169, 185 and 199 and dev 192, 198 and 200 rose, and checks invented18 (value+qual
# 0.980 -> 0.971) and invented64 (value+qual 0.959 -> 0.953, +unit 0.790 -> 0.784, as_of 0.671 ->
# 0.666) fell. A range of counts ('ranged from 180 to 320 kilocalories') gives its bounds: checks 177
# and 203 and dev 160 and 202 rose, and checks invented29 (value+qual 0.967 -> 0.960, +unit 0.941 ->
# 0.934, as_of 0.895 -> 0.888) and invented187 (value+qual 0.941 -> 0.930, +unit 0.904 -> 0.893,
# as_of 0.861 -> 0.851) fell. A count per head of population is a rate ('18.6 cases per 100 000
# population'): checks 195 and 199 and dev 6, 66, 96, 156 and 184 rose, and dev invented28 (+unit
# 0.953 -> 0.949, as_of 0.904 -> 0.900; its label writes 'cases'), checks invented62 (+unit 0.955 ->
# 0.949, as_of 0.930 -> 0.924) and invented129 (+unit 0.945 -> 0.940) fell. A day range ends on or
# after its start ('from May 1 to October 31'): check invented189's dates rose (0.929 -> 0.944) and
# its as_of fell (0.775 -> 0.770). Every other floor the rules moved was raised to the figure at the
# round's end (3ae46cd). Eight sets were added (invented196 to 203), each scored before any change.
# Round 34 lowered three check floors, on purpose, each traced (no check miss was read). A list
# stated 'respectively' with no periods of its own takes the periods listed just before ('A total of
# 8 870, 9 914 and 10 345 persons were arrested respectively'): dev 150, 164, 176 and 206 and checks
# 49, 161, 175 and 207 rose, and check invented147 fell by one fact (as_of 0.766 -> 0.756; switching
# the rule off in a copy of the end restores it).
# Check invented139 gained a value (value+qual 0.961 -> 0.964, +unit 0.779 -> 0.782) whose as_of its
# label gives otherwise (as_of 0.630 -> 0.628). A committee of a fund defined by an acronym is named
# whole ('Assessment Committee of the Green Tech Fund (GTF)'): dev 208 and checks 43, 123 and 187
# rose, check invented103 fell (organisations 0.986 -> 0.959; the rule alone separates the two
# evaluations). Every other floor the rules moved was raised to the figure at the round's end
# (d1653d8). Eight sets were added (invented204 to 211), each scored before any change.
# Round 35 lowered floors on purpose, each traced by switching one rule off in a copy of the end
# (no check miss was read). 'Ceilings' are maxima like 'ceiling' ('The fee ceilings are $24,000'):
# dev 212 rose, check invented103 fell (value+qual 0.983 -> 0.976, +unit 0.930 -> 0.924, as_of 0.866
# -> 0.860). A gapped figure after one said to be something counts that ('some 830 are part-time'):
# dev 16 rose, check invented109 fell (+unit 0.923 -> 0.918, as_of 0.845 -> 0.839). 'Nine of them
# were women' counts persons: dev 218 rose, check invented141 fell (+unit 0.949 -> 0.944). A brand's
# lower-case first letter keeps a title-case noun ('26 iPostal Stations'): check invented81 gained a
# value (0.988 -> 0.991) its label gives another unit (+unit 0.894 -> 0.891, as_of 0.857 -> 0.854).
# A sentence opening on a figure stated before takes that figure's period ('Of the 9 540 approved
# applications, ...'): dev 48, 80, 90, 110, 128, 158, 180 and 218 and checks 14, 15, 19, 24, 26, 49,
# 65, 73, 155 and 163 rose; check invented115 (with a value a title-case name let through: as_of
# 0.870 -> 0.858) and dev invented188 (an undated release its label leaves undated: as_of 0.858 ->
# 0.845) fell. A list contrasted after 'while' is counted: dev invented88 gained two values, one
# dated otherwise in its undated release (as_of 0.779 -> 0.776). Every other floor the rules moved
# was raised to the figure at the round's end (2bd7a92). Eight sets were added (invented212 to 219),
# each scored before any change.
# Round 38 lowered floors on purpose, each by one rule. A gapped item of a
# list of bracketed shares counts what the first share counts ('and 127 (47.4 per cent) under
# ...'): dev invented124 gained the value, its label writes 'persons' for the applicants (+unit
# 0.897 -> 0.895, as_of 0.819 -> 0.817). A prison listed before a body ends its run ('Stanley Prison
# and Lo Wu Correctional Institution'): dev invented226, whose label counts no correctional
# institution, has one more such body (organisations 0.885 -> 0.873). Nine compounds are counted
# whole where the head alone would merge two measures ('marine parks' and 'country parks', 'job
# fairs' and 'trade fairs', 'bus captains', 'tropical cyclones', 'parking spaces', 'control points',
# 'ship calls'): 53 sets rose (30 dev, 23 check); the labels of dev invented7, 10, 16, 20, 32, 42,
# 70, 90 and 112 and check invented18, 53, 109, 115, 147, 159 and 169 write the head for some of
# them (+unit and as_of down by one to eight facts each: 36 facts in all, against 133 gained; the
# check sets' misses unread). Every other floor the rules moved was raised to the figure at the
# round's end. Eight sets were added (invented236 to 243), each scored before any change.
# Round 39 lowered floors on purpose, each by one rule. Appointments are of the day announced, not
# the first day of their term: dev invented2, 3 and 8 (the sets round 8's term rule came from)
# date them by the term (as_of down by one to two facts each); 44 of 48 dev labels with a footer
# give the release day. "the same month last year" is one date row of the month named before: the
# labels of dev invented4, 5, 38, 48, 232 and check invented47, 209 write "last year" alone or no
# row. Eight more compounds are counted whole ("sports centres", "swimming pools", "tennis courts",
# "special areas", ...): dev invented152 ("water sports centres") and check invented12, 65, 73, 167
# write the head. A span that ends now ("over the past week") is of the release day: dev
# invented28, 66, 160 and check invented215 date "the past six months" by its month. Every other
# floor the rules moved was raised. Eight sets were added (invented244 to 251), each scored before
# any change.
# Round 40 lowered two floors on purpose, by one rule: "Some 210 of them are ...", "Fifteen of these
# were ..." are of the period of the whole the sentence before counted, in any tense (605 dev labels
# against 7); dev invented150 ("Eight of them have already been repaired") and check invented217
# date such a sentence by the release day (as_of down by one fact each). Every other floor the
# rules moved was raised. Eight sets were added (invented252 to 259), each scored before any change
# (invented255 at the figures of the step isolation alone: the round's start crashed on it). Later
# in the round, a figure that ends its clause stopped taking the noun of the next one ("rose to
# 811, and some 113 500 children ..."): dev invented148 ("... was 44 100, while 142 600 persons
# were admitted") had "persons" from the next clause by accident, and its label writes persons for
# "One-way Permit holders"; check invented77 down the same way, its misses unread (+unit and as_of
# down by one fact each).
# Round 41 lowered floors on purpose, each by one rule. A bare figure that is part of the figure
# before, or coordinated with it, counts what that figure counts ("with some 260 000 approved",
# "while the remaining 910 were outstanding"): it was dropped before. Dev invented7, 76, 84, 104,
# 196 and 240 now read such a figure with its value right, and their labels give it a noun of their
# own ("kindergartens" for "KGs", "persons" for arrivals and attendances) or a period the sentence
# does not write (+unit and/or as_of down by one fact each); check invented139 and 191 the same,
# their misses unread. "while those involving goods vehicles totalled 3 318" counts what the figure
# before counted: check invented135 down by three facts (+unit and as_of), unread. "Commandant
# (Ms ...)" and "may also apply" moved check invented55 (as_of, one fact); "in the same period this
# year" as the period reported moved check invented113 (as_of, one fact). Every other floor the
# rules moved was raised. Eight sets were added (invented260 to 267), each scored before any change.
# Round 42 lowered floors on purpose, each by one rule. "Owners could not be traced for 29 of
# them": "them" is what the sentence before counted; dev invented54's "Mainland visitors accounted
# for 34 million of them" now counts arrivals, which its label writes persons (+unit and as_of, one
# fact), and check invented12 lost one fact the same way, unread. "the legal limit of 1 000 ppm"
# is now the bound it sets (the dev labels write at_most ten times in eleven): dev invented21
# labels it exact (value+qualifier, one fact). "the figure has already reached 166" and "Of those
# waiting, 5 880 ..." are now found: check invented31 and 115 label their unit or period otherwise
# (value+qualifier up, +unit and/or as_of down one fact each), unread. Every other floor the rules
# moved was raised. Eight sets were added (invented268 to 275), each scored before any change.
# Round 43 lowered floors on purpose, each by one rule. "the beginning of 2023" and "the start of
# this year" are now the year (the dev labels write the year eight times in ten): dev invented198
# labels one such date by its month, and check invented26, 159 and 165 lost a date each, unread
# (159 an as_of too). "a year earlier" after "last year" is now the year before it: dev invented17
# leaves that date unlabelled. "rising from 4.4 million in 2010 to ..." now counts attendance:
# dev invented180 labels the figures persons (value+qualifier up, +unit and as_of down). An
# estimated list item ("and some 1 700 ...") is now found: dev invented234 dates it otherwise
# (value+qualifier up, as_of down), and check invented26 went down the same way in +unit and
# as_of, unread. Every other floor the rules moved was raised. Eight sets were added (invented276
# to 283), each scored before any change.
# Round 44 lowered floors on purpose, each by one rule. "January to November this year" is now one
# date, the year (the dev labels write such a range whole 18 times: the year 11 times, the first
# month 4): dev invented61, 140, 144, 146, 164, 174 and 270 label it by its first month or by its
# two ends, and check invented77, 107, 129, 169, 177, 199 and 273 lost a date each, unread. "The
# numbers of applicants waiting for A, B and C were ..." and "the other 15" now find facts: check
# invented189 dates one otherwise (value+qualifier and +unit up, as_of down by 0.002), unread.
# Every other floor the rules moved was raised. Eight sets were added (invented284 to 291), each
# scored before any change.
# Round 45 lowered floors on purpose, each by one rule that finds values the labels write with
# another unit or period. Dev: invented2 and 48 ("the daily average of some 189 000": the value
# found, labelled persons where the extraction counts arrivals), invented20 ("local illustrator",
# labelled "illustrator"; the blind labels write a noun of the trade with the occupation 23 times
# against 7), invented68 ("buying missions", where the extraction writes the head noun) and
# invented214 ("raingauges from 160 to 190", written "rain gauges" by the glued-word repair). Check,
# unread: invented11 and 37 (the exceptions of a whole), invented19 (the occupation's noun),
# invented57 (a dash ends a clause), invented85 (a past figure is not of a plan after it),
# invented119 (a figure against "the same period last year") and invented189 (items by place).
# Every other floor the rules moved was raised. Eight sets were added (invented292 to 299), each
# scored before any change.
FLOORS = {
    # Two floors of this set went down once, on purpose: its labels leave out "a year earlier"
    # (the other two blind sets label it, as the corpus README labels "a year ago") and an
    # organisation named inside a title ("Head of Airport Command of the C&ED"; the real corpus
    # lists every such organisation).
    "invented": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.875,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.950,
        "metrics.as_of": 0.920,
        "dates.normalized": 0.916,  # round 21: labels write only "last year" (see above)
    },
    # Scored before any change (commit b59ac68): people.name 0.975, name+title 0.825,
    # organisations 0.970, value+qualifier 0.916, +unit 0.785, as_of 0.506, dates 0.896.
    "invented2": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.974,
        "organisations": 1.0,
        "metrics.value+qualifier": 0.975,
        # +unit and as_of lowered once in round 6: a unit written as a word is now given
        # as a word ("386.2 millimetres" -> millimetres), as the real corpus labels "1.5
        # metres"; this set's labels abbreviate such units (mm, km, m2).
        "metrics.value+qualifier+unit": 0.830,  # round 23: see above FLOORS
        "metrics.as_of": 0.796,  # round 23: see above FLOORS
        # Lowered once (0.960): "the first three months of the year" in a January release about
        # the year before is now found; the README resolves it against the release year, the label
        # takes the year reported. +unit lowered once (0.834): "visitor arrivals were about
        # 320 000" is now found, with the unit the text writes (the label says persons).
        "dates.normalized": 0.961,  # 0.952 until round 7 (see "Round 7" above FLOORS)
    },
    # 12 releases. Scored before any change for them (commit 5bba144): people.name 0.985,
    # name+title 0.892, organisations 0.918, value+qualifier 0.935, +unit 0.853, as_of 0.772,
    # dates 0.917 (at the commit this round started from, 716a4a0: 0.926, 0.839 and 0.736 for
    # the three metric fields, the rest the same).
    "invented3": {
        "release_date": 1.0,
        "people.name": 1.0,
        # Three floors lowered once: name+title (0.969) because "veteran actress" keeps its
        # status word, as two later blind labellers wrote it; +unit (0.871) and as_of (0.806)
        # because "21 590 UBWs" is now found with the acronym the text writes as its unit (as the
        # corpus labels "BCPs"), and "the number of first registrations of vehicles" counts
        # registrations (the label says vehicles).
        "people.name+title": 0.938,
        "organisations": 0.990,
        "metrics.value+qualifier": 0.960,
        "metrics.value+qualifier+unit": 0.881,
        "metrics.as_of": 0.849,
        "dates.normalized": 0.951,
    },
    # 10 releases. Scored before any change for them (commit aafd0a1): people.name 1.000,
    # name+title 0.882, organisations 0.841, value+qualifier 0.926, +unit 0.834, as_of 0.640,
    # dates 0.974 (at 716a4a0: 0.923, 0.831 and 0.630 for the three metric fields).
    "invented4": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.882,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.974,
        # +unit and as_of lowered once in round 6: a unit written as a word is now given
        # as a word ("386.2 millimetres" -> millimetres), as the real corpus labels "1.5
        # metres"; this set's labels abbreviate such units (mm, km, m2).
        "metrics.value+qualifier+unit": 0.879,
        "metrics.as_of": 0.823,
        "dates.normalized": 0.947,  # 0.987 until round 7 (see "Round 7" above FLOORS)
    },
    # Round 5: four sets of 12, each scored before any change for it (the honest figure), beside
    # the commit the round started from (5539b09). Fields: name, name+title, organisations,
    # value+qualifier, +unit, as_of, dates.
    # invented5 at 5539b09: 1.000 0.759 0.917 0.920 0.842 0.668 0.875;
    #   before its changes (b6fbce6): 1.000 0.759 0.917 0.925 0.843 0.670 0.882.
    # Its labels give the role to the one a successor succeeds; invented7's do not, and the README
    # asks for the title written in apposition, so that name+title stays a miss here.
    "invented5": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.828,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.936,
        "metrics.as_of": 0.854,
        "dates.normalized": 0.900,
    },
    # invented6 at 5539b09: 1.000 0.857 0.843 0.911 0.815 0.688 0.912;
    #   before its changes (175174b): 1.000 0.857 0.843 0.911 0.815 0.693 0.919.
    "invented6": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.952,
        "organisations": 0.977,
        "metrics.value+qualifier": 0.985,
        # +unit and as_of lowered once in round 6: a unit written as a word is now given
        # as a word ("386.2 millimetres" -> millimetres), as the real corpus labels "1.5
        # metres"; this set's labels abbreviate such units (mm, km, m2).
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.919,
        "dates.normalized": 0.941,
    },
    # invented7 at 5539b09: 0.893 0.857 0.971 0.936 0.890 0.803 0.961;
    #   before its changes (a9a0c64): 0.893 0.821 0.971 0.938 0.893 0.843 0.984.
    "invented7": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 1.0,
        "organisations": 1.0,
        "metrics.value+qualifier": 0.957,  # round 25: see above FLOORS
        "metrics.value+qualifier+unit": 0.929,  # round 25: see above FLOORS
        "metrics.as_of": 0.892,  # round 25: see above FLOORS
        "dates.normalized": 0.992,
    },
    # invented8 at 5539b09: 0.987 0.987 0.923 0.943 0.920 0.741 0.875;
    #   before its changes (144ede1): 0.987 0.987 0.939 0.964 0.928 0.794 0.884.
    "invented8": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 1.0,
        "organisations": 1.0,
        "metrics.value+qualifier": 0.998,
        "metrics.value+qualifier+unit": 0.971,  # round 25: see above FLOORS
        "metrics.as_of": 0.922,  # round 25: see above FLOORS
        "dates.normalized": 0.866,  # 0.884 until round 7 (see "Round 7" above FLOORS)
    },
    # 8 releases written at the end of round 5 to measure it: scored once at the final commit
    # before any change (b69de3c): name 1.000, name+title 0.750, organisations 0.978,
    # value+qualifier 0.966, +unit 0.931, as_of 0.848, dates 0.988 (at 5539b09: 1.000, 0.750,
    # 0.978, 0.958, 0.924, 0.861, 0.963). One bug it showed was fixed (a release with no date line
    # carried the passage's period into a sentence dated "this year").
    "invented9": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 1.000,
        "organisations": 0.978,
        "metrics.value+qualifier": 0.989,
        # +unit and as_of lowered once in round 6: a unit written as a word is now given
        # as a word ("386.2 millimetres" -> millimetres), as the real corpus labels "1.5
        # metres"; this set's labels abbreviate such units (mm, km, m2).
        "metrics.value+qualifier+unit": 0.989,
        "metrics.as_of": 0.948,
        "dates.normalized": 0.976,  # round 21: labels write only "last year" (see above)
    },
    # Round 6: two sets of 10 written at its start. invented10 is tuned on (dev); invented11 is
    # only scored (check). Scored before any change (06a8ff0): name, name+title, organisations,
    # value+qualifier, +unit, as_of, dates:
    # invented10: 1.000 0.975 0.981 0.960 0.874 0.732 0.916;
    # invented11: 1.000 0.920 0.921 0.944 0.890 0.826 0.973.
    "invented10": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 1.000,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.958,
        "metrics.as_of": 0.909,
        "dates.normalized": 0.956,
    },
    # The check set, only scored (its misses never read): before any change (above), at 2843ce0
    # (value+qualifier 0.963, +unit 0.900, as_of 0.832) and at 4e2f00a, whose four rules from
    # the dev sets cost it a fact or two (these floors).
    "invented11": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.960,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.910,
        "metrics.as_of": 0.899,
        "dates.normalized": 0.991,
    },
    # 10 releases written during round 6 to measure it, scored once at a23832e before any change
    # (these floors). At the round's start (06a8ff0) it scored the same but for value+qualifier
    # 0.966, +unit 0.935 and as_of 0.888: the round's rules did not carry over to it.
    "invented12": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.945,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.946,
        "metrics.as_of": 0.916,
        "dates.normalized": 0.945,  # 0.914 until round 7 (see "Round 7" above FLOORS)
    },
    # 10 releases rich in people and organisations, written during round 6 and tuned on (dev).
    # Scored before any change (6b06aa5): name 0.941, name+title 0.863, organisations 0.916,
    # value+qualifier 0.935, +unit 0.915, as_of 0.889, dates 0.937.
    "invented13": {
        "release_date": 1.0,
        "people.name": 0.993,
        "people.name+title": 0.993,
        "organisations": 0.991,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.949,  # 0.936 until round 15 (see below)
        "metrics.as_of": 0.937,  # 0.923 until round 15
        "dates.normalized": 0.955,
    },
    # 10 releases written during round 6 to measure its end, only scored: once at the final
    # commit 1de21a6 (these floors) and once at the round's start 06a8ff0 (name 0.930, name+title
    # 0.817, organisations 0.988, value+qualifier 0.968, +unit 0.946, as_of 0.748, dates 0.898).
    "invented14": {
        "release_date": 1.0,
        "people.name": 0.943,
        "people.name+title": 0.914,
        "organisations": 0.988,
        "metrics.value+qualifier": 0.980,  # round 25 (check): see above FLOORS
        "metrics.value+qualifier+unit": 0.966,  # round 25 (check): see above FLOORS
        "metrics.as_of": 0.895,  # round 25 (check): see above FLOORS
        "dates.normalized": 0.917,  # 0.898 until round 7 (see "Round 7" above FLOORS)
    },
    # Round 7: four sets of 10. Scored before any change for them (name, name+title, organisations,
    # value+qualifier, +unit, as_of, dates), at the round's start 80a5886 unless said:
    # invented15 (check, only scored): 0.971 0.943 0.938 0.940 0.873 0.769 0.950;
    # invented16 (dev): 1.000 0.897 0.892 0.963 0.920 0.816 0.950;
    # invented17 (check until its first scoring at 814905b, identical to 80a5886, then dev):
    #   1.000 0.917 0.864 0.977 0.935 0.811 0.909;
    # invented18 (check, only scored; first scored at 88aafa4, the end of the round's rules):
    #   1.000 0.951 0.900 0.963 0.900 0.756 0.902 (at 80a5886: 1.000 0.927 0.900 0.960 0.897
    #   0.753 0.891).
    "invented15": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.943,
        "organisations": 0.954,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.917,
        "metrics.as_of": 0.877,
        "dates.normalized": 0.967,
    },
    "invented16": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.931,
        "metrics.as_of": 0.913,
        "dates.normalized": 0.975,
    },
    "invented17": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.963,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.948,
        "metrics.as_of": 0.922,
        "dates.normalized": 0.936,
    },
    "invented18": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.976,
        "organisations": 0.968,
        "metrics.value+qualifier": 0.971,
        # +unit lowered once in round 8 (0.900): items of a sentence that shares out a whole ("Of
        # the 46 projects, 19 are in X, 14 in Y") are now counted. On this check set that found
        # more figures (value+qualifier 0.963 -> 0.972) with units its labels write otherwise; it
        # raised +unit on invented11, 14, 15, 19, 20, 21 and 22. Misses unread.
        "metrics.value+qualifier+unit": 0.875,
        "metrics.as_of": 0.824,
        "dates.normalized": 0.913,
    },
    # 10 releases (round 8), check set, only scored. First scored at f2dbb97, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 1.000, 0.939, 0.949, 0.970, 0.970, 0.916, 0.950.
    "invented19": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.969,
        "organisations": 0.966,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.993,
        "metrics.as_of": 0.986,
        "dates.normalized": 0.941,  # round 21: labels write only "last year" (see above)
    },
    # 10 releases (round 8), dev set. First scored at f2dbb97, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.977, 0.791, 0.967, 0.968, 0.898, 0.860, 0.933.
    "invented20": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.952,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.994,  # round 25: see above FLOORS
        "metrics.value+qualifier+unit": 0.874,  # round 25: see above FLOORS
        "metrics.as_of": 0.869,  # round 25: see above FLOORS
        "dates.normalized": 0.933,
    },
    # 10 releases (round 8), dev set. First scored at f2dbb97, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 1.000, 0.906, 0.980, 0.972, 0.939, 0.840, 0.953.
    "invented21": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.938,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.970,  # round 25: see above FLOORS
        "metrics.as_of": 0.927,  # round 25: see above FLOORS
        "dates.normalized": 0.955,  # round 21: labels write only "last year" (see above)
    },
    # 10 releases (round 8), check set, only scored. First scored at f2dbb97, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.984, 0.921, 1.000, 0.978, 0.898, 0.751, 0.921.
    "invented22": {
        "release_date": 1.0,
        "people.name": 0.984,
        "people.name+title": 0.984,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.876,
        "dates.normalized": 0.955,
    },
    # 10 releases (round 9), dev set. First scored at 6118fa0, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 1.000, 0.636, 0.977, 0.975, 0.935, 0.872, 0.842.
    "invented23": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.681,
        "organisations": 0.976,
        "metrics.value+qualifier": 0.995,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.933,
        "dates.normalized": 0.844,
    },
    # 10 releases (round 9), check set, only scored (its misses never read). First scored at
    # 6118fa0, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.952, 0.952, 0.943, 0.955, 0.878, 0.784, 0.976.
    "invented24": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.943,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.941,
        "metrics.as_of": 0.875,  # round 25 (check): see above FLOORS
        "dates.normalized": 0.984,
    },
    # 10 releases (round 9), dev set. First scored at e8046d7, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.950, 0.950, 0.954, 0.969, 0.722, 0.595, 0.947.
    "invented25": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.776,
        "metrics.as_of": 0.750,
        "dates.normalized": 0.968,  # round 21: labels write only "last year" (see above)
    },
    # 10 releases (round 9), check set, only scored (its misses never read). First scored at
    # 6118fa0, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.892, 0.784, 0.895, 0.956, 0.910, 0.780, 0.932.
    "invented26": {
        "release_date": 1.0,
        "people.name": 0.932,
        "people.name+title": 0.849,
        "organisations": 0.933,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.945,
        "metrics.as_of": 0.840,
        "dates.normalized": 0.917,
    },
    # 10 releases (round 9), dev set. First scored at 11be1d3, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 0.908, 0.846, 0.905, 0.972, 0.929, 0.807, 0.984.
    "invented27": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.984,
        "organisations": 0.959,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.946,
        "metrics.as_of": 0.839,
        "dates.normalized": 0.992,
    },
    # 10 releases (round 9), dev set. First scored at 11be1d3, before any change for
    # them (name, name+title, orgs, value+qualifier, +unit, as_of, dates):
    # 1.000, 1.000, 0.941, 0.963, 0.908, 0.804, 0.924.
    "invented28": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.955,
        "metrics.as_of": 0.927,
        "dates.normalized": 0.931,
    },
    # Round 10 check set, scored before any change (9a336d7): people.name 1.000, name+title 0.800,
    # organisations 0.960, value+qualifier 0.930, +unit 0.896, as_of 0.843, dates 0.965.
    "invented29": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.800,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.960,
        "metrics.value+qualifier+unit": 0.934,
        "metrics.as_of": 0.908,
        "dates.normalized": 0.988,
    },
    # Round 10 dev set, scored before any change (9a336d7): people.name 0.987, name+title 0.909,
    # organisations 0.980, value+qualifier 0.964, +unit 0.868, as_of 0.802, dates 0.935.
    "invented30": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.932,
        "metrics.as_of": 0.909,
        "dates.normalized": 0.935,
    },
    # Round 10 check set, scored before any change (9a336d7): people.name 1.000, name+title 1.000,
    # organisations 0.939, value+qualifier 0.939, +unit 0.763, as_of 0.473, dates 0.966.
    "invented31": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.955,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.849,
        "metrics.as_of": 0.669,
        "dates.normalized": 0.966,
    },
    # Round 10 dev set, scored before any change (9a336d7): people.name 0.897, name+title 0.828,
    # organisations 0.978, value+qualifier 0.973, +unit 0.710, as_of 0.634, dates 0.956.
    "invented32": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.765,
        "metrics.as_of": 0.754,
        "dates.normalized": 0.989,  # round 21: labels write only "last year" (see above)
    },
    # Round 11 check set (customs, police, enforcement), scored before any change (52514ac):
    # people.name 0.971 name+title 0.914 organisations 0.944 value+qualifier 0.984
    # +unit 0.822 as_of 0.654 dates 0.989.
    "invented33": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.848,
        "metrics.as_of": 0.707,
        "dates.normalized": 0.989,
    },
    # Round 11 dev set (speeches, LegCo replies with tables), scored before any change (52514ac):
    # people.name 1.000 name+title 0.929 organisations 0.857 value+qualifier 0.795
    # +unit 0.744 as_of 0.731 dates 0.959.
    "invented34": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.960,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.919,
        "metrics.as_of": 0.919,
        "dates.normalized": 0.960,  # round 21: labels write only "last year" (see above)
    },
    # Round 11 check set (appointments, culture, sport), scored before any change (52514ac):
    # people.name 0.974 name+title 0.803 organisations 0.926 value+qualifier 0.972
    # +unit 0.783 as_of 0.608 dates 0.975.
    "invented35": {
        "release_date": 1.0,
        "people.name": 0.974,
        "people.name+title": 0.894,
        "organisations": 0.945,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.798,  # round 25 (check): see above FLOORS
        "metrics.as_of": 0.631,  # round 25 (check): see above FLOORS
        "dates.normalized": 0.988,
    },
    # Round 11 dev set (investment promotion, statistics), scored before any change (52514ac):
    # people.name 0.933 name+title 0.800 organisations 0.920 value+qualifier 0.987
    # +unit 0.905 as_of 0.756 dates 0.961.
    "invented36": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.857,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.928,
        "metrics.as_of": 0.882,
        "dates.normalized": 0.974,
    },
    # Round 12 check set (health, food safety, social welfare), scored before any change (9d81dfb):
    # people.name 1.000 name+title 1.000 organisations 0.962 value+qualifier 0.935
    # +unit 0.891 as_of 0.841 dates 1.000.
    "invented37": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.962,
        "metrics.value+qualifier": 0.971,
        "metrics.value+qualifier+unit": 0.921,
        "metrics.as_of": 0.872,
        "dates.normalized": 1.000,
    },
    # Round 12 dev set (buildings, environment, transport), scored before any change (9d81dfb):
    # people.name 0.952 name+title 0.952 organisations 0.926 value+qualifier 0.944
    # +unit 0.804 as_of 0.784 dates 0.965.
    "invented38": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.945,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.909,
        "metrics.as_of": 0.909,
        "dates.normalized": 0.976,
    },
    # Round 12 check set (mixed kinds), scored before any change (9d81dfb):
    # people.name 0.984 name+title 0.984 organisations 0.861 value+qualifier 0.983
    # +unit 0.868 as_of 0.793 dates 1.000.
    "invented39": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.889,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.885,
        "metrics.as_of": 0.818,
        "dates.normalized": 0.988,  # round 21: labels write only "last year" (see above)
    },
    # Round 12 dev set (mixed kinds), scored before any change (9d81dfb):
    # people.name 1.000 name+title 0.956 organisations 0.981 value+qualifier 0.968
    # +unit 0.827 as_of 0.751 dates 0.955.
    "invented40": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.864,  # round 25: see above FLOORS
        "metrics.as_of": 0.829,  # round 25: see above FLOORS
        "dates.normalized": 0.955,  # round 21: labels write only "last year" (see above)
    },
    # Round 13 check set (LegCo replies: housing, labour, education, elderly),
    # scored before any change (7c96cd7): people.name 1.000 name+title 0.944 organisations 0.957
    # value+qualifier 0.924
    # +unit 0.824 as_of 0.817 dates 0.972.
    "invented41": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.978,
        "metrics.value+qualifier": 0.960,
        "metrics.value+qualifier+unit": 0.895,
        "metrics.as_of": 0.895,
        "dates.normalized": 0.972,
    },
    # Round 13 dev set (LegCo replies: transport, security, environment, welfare),
    # scored before any change (7c96cd7): people.name 0.971 name+title 0.971 organisations 0.983
    # value+qualifier 0.949
    # +unit 0.831 as_of 0.797 dates 0.977.
    "invented42": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.859,
        "metrics.as_of": 0.840,  # round 22: see above FLOORS
        "dates.normalized": 0.989,
    },
    # Round 13 check set (culture, sport, tourism, trade and investment),
    # scored before any change (7c96cd7): people.name 0.968 name+title 0.925 organisations 0.964
    # value+qualifier 0.983
    # +unit 0.898 as_of 0.593 dates 0.926.
    "invented43": {
        "release_date": 1.0,
        "people.name": 0.989,
        "people.name+title": 0.946,
        "organisations": 0.965,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.822,
        "dates.normalized": 0.957,
    },
    # Round 13 dev set (customs, police, immigration, weather, post, statistics),
    # scored before any change (7c96cd7): people.name 1.000 name+title 1.000 organisations 1.000
    # value+qualifier 0.974
    # +unit 0.793 as_of 0.706 dates 0.957.
    "invented44": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.770,
        "metrics.as_of": 0.706,
        "dates.normalized": 0.957,
    },
    # Round 13 check set (health and food safety),
    # scored before any change (7c96cd7, and identical at cd086a4): people.name 1.000 name+title 1.000
    # organisations 0.966
    # value+qualifier 0.949 +unit 0.892 as_of 0.728 dates 0.982.
    "invented45": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.966,
        "metrics.value+qualifier": 0.978,
        "metrics.value+qualifier+unit": 0.935,
        "metrics.as_of": 0.892,
        "dates.normalized": 0.991,
    },
    # Round 13 dev set (appointments, speeches, district events),
    # scored before any change (7c96cd7, and identical at cd086a4): people.name 0.988 name+title 0.940
    # organisations 0.909
    # value+qualifier 0.978 +unit 0.837 as_of 0.804 dates 1.000.
    "invented46": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.988,
        "organisations": 0.975,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.852,
        "metrics.as_of": 0.830,
        "dates.normalized": 1.000,
    },
    # Round 13 check set (environment, planning, lands, buildings),
    # scored before any change (7c96cd7, and identical at cd086a4): people.name 1.000 name+title 0.929
    # organisations 0.963
    # value+qualifier 0.950 +unit 0.837 as_of 0.787 dates 1.000.
    "invented47": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.963,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.883,
        "metrics.as_of": 0.840,
        "dates.normalized": 0.967,
    },
    # Round 13 dev set (economic statistics),
    # scored before any change (7c96cd7, and identical at cd086a4): people.name 1.000 name+title 1.000
    # organisations 0.919
    # value+qualifier 0.971 +unit 0.930 as_of 0.576 dates 0.800.
    "invented48": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.936,
        "metrics.as_of": 0.850,
        "dates.normalized": 0.769,
    },
    # Round 14 check set (investment promotion, OASES, funding schemes),
    # scored before any change (cdc14e6): people.name 1.000 name+title 1.000
    # organisations 0.980
    # value+qualifier 0.977 +unit 0.866 as_of 0.793 dates 0.977.
    "invented49": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.891,
        "metrics.as_of": 0.859,
        "dates.normalized": 0.977,
    },
    # Round 14 dev set (customs, police and ICAC enforcement),
    # scored before any change (cdc14e6): people.name 1.000 name+title 0.783
    # organisations 0.882
    # value+qualifier 0.982 +unit 0.912 as_of 0.653 dates 0.963.
    "invented50": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.941,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.938,
        "metrics.as_of": 0.915,
        "dates.normalized": 0.963,
    },
    # Round 14 check set (speeches, appointments, award ceremonies),
    # scored before any change (cdc14e6): people.name 1.000 name+title 1.000
    # organisations 0.889
    # value+qualifier 0.992 +unit 0.873 as_of 0.780 dates 0.975.
    "invented51": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.889,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.902,
        "metrics.as_of": 0.827,
        "dates.normalized": 0.987,
    },
    # Round 14 dev set (health and hygiene surveillance),
    # scored before any change (cdc14e6): people.name 1.000 name+title 0.857
    # organisations 0.930
    # value+qualifier 0.940 +unit 0.819 as_of 0.534 dates 0.952.
    "invented52": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.959,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.881,
        "metrics.as_of": 0.743,
        "dates.normalized": 0.953,  # round 21: labels write only "last year" (see above)
    },
    # Round 15: invented13 lowered once (marked): "supported by 38 coaches and officials" is now
    # persons, as 7 of the 8 blind labels of people of several kinds counted together give it.
    # Round 15 check set (transport and infrastructure), scored before any change (241d9b0):
    # people.name 1.000 name+title 1.000 organisations 0.964
    # value+qualifier 0.979 +unit 0.821 as_of 0.800 dates 0.991.
    "invented53": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.964,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.784,
        "metrics.as_of": 0.771,
        "dates.normalized": 0.991,
    },
    # Round 15 dev set (statistics and social welfare with breakdowns),
    # scored before any change (241d9b0): people.name 1.000 name+title 0.875 organisations 0.947
    # value+qualifier 0.951 +unit 0.816 as_of 0.627 dates 0.951.
    # Round 20 lowered +unit and as_of by one fact on purpose: "Of the 3.9 million arrivals, 3.05
    # million came from the Mainland" is now a fact (value+qualifier up), in "arrivals" as the
    # pipeline gives visitor arrivals everywhere; this set's labels write "persons".
    "invented54": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.937,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.862,  # round 21: as above
        "metrics.as_of": 0.753,  # round 21: arrivals, labelled persons (see above)
        "dates.normalized": 0.951,
    },
    # Round 15 check set (education and youth), scored before any change (241d9b0):
    # people.name 0.980 name+title 0.939 organisations 0.857
    # value+qualifier 0.950 +unit 0.906 as_of 0.835 dates 0.988.
    "invented55": {
        "release_date": 1.0,
        "people.name": 0.980,
        "people.name+title": 0.939,
        "organisations": 0.889,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.873,
        "dates.normalized": 0.988,
    },
    # Round 15 dev set (environment and housing), scored before any change (241d9b0):
    # people.name 1.000 name+title 1.000 organisations 1.000
    # value+qualifier 0.966 +unit 0.938 as_of 0.917 dates 0.923.
    "invented56": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.980,
        "metrics.as_of": 0.952,
        "dates.normalized": 0.923,
    },
    # Round 16 check set (culture, sport and appointments), scored before any change (69a96b6):
    # people.name 0.982 name+title 0.909 organisations 0.960
    # value+qualifier 0.942 +unit 0.934 as_of 0.834 dates 1.000.
    "invented57": {
        "release_date": 1.0,
        "people.name": 0.988,
        "people.name+title": 0.939,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.969,
        "metrics.value+qualifier+unit": 0.947,  # round 22 (check): see above FLOORS
        "metrics.as_of": 0.834,  # round 22 (check): see above FLOORS
        "dates.normalized": 1.000,
    },
    # Round 16 dev set (buildings, lands and fire safety), scored before any change (69a96b6):
    # people.name 1.000 name+title 1.000 organisations 0.936
    # value+qualifier 0.992 +unit 0.969 as_of 0.916 dates 0.946.
    "invented58": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.977,
        "metrics.as_of": 0.947,
        "dates.normalized": 0.972,
    },
    # Round 16 check set (investment promotion and OASES), scored before any change (69a96b6):
    # people.name 1.000 name+title 0.833 organisations 0.892
    # value+qualifier 0.986 +unit 0.880 as_of 0.836 dates 0.960.
    "invented59": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.833,
        "organisations": 0.892,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.906,
        "metrics.as_of": 0.867,
        "dates.normalized": 0.960,
    },
    # Round 16 dev set (LegCo replies on health and labour), scored before any change (69a96b6):
    # people.name 1.000 name+title 1.000 organisations 0.957
    # value+qualifier 0.934 +unit 0.861 as_of 0.847 dates 0.930.
    "invented60": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.957,
        "metrics.value+qualifier+unit": 0.920,
        "metrics.as_of": 0.913,
        "dates.normalized": 0.930,
    },
    # Round 16 dev set (health and food safety), scored before any change (69a96b6):
    # people.name 1.000 name+title 0.846 organisations 0.951
    # value+qualifier 0.949 +unit 0.915 as_of 0.822 dates 0.976.
    "invented61": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.958,
        "metrics.as_of": 0.900,
        "dates.normalized": 0.963,
    },
    # Round 16 check set (customs and police), scored before any change (69a96b6):
    # people.name 1.000 name+title 1.000 organisations 0.912
    # value+qualifier 0.987 +unit 0.955 as_of 0.904 dates 0.977.
    "invented62": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.912,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.949,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.977,
    },
    # Round 16 dev set (speeches and LegCo replies), scored before any change (69a96b6):
    # people.name 0.945 name+title 0.945 organisations 0.935
    # value+qualifier 0.978 +unit 0.885 as_of 0.806 dates 0.945.
    "invented63": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.935,
        "metrics.as_of": 0.892,
        "dates.normalized": 0.945,
    },
    # Round 16 check set (environment and monthly statistics), scored before any change (69a96b6):
    # people.name 1.000 name+title 0.917 organisations 1.000
    # value+qualifier 0.948 +unit 0.789 as_of 0.485 dates 0.836.
    "invented64": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.917,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.953,
        "metrics.value+qualifier+unit": 0.784,
        "metrics.as_of": 0.676,
        "dates.normalized": 0.836,  # round 21: labels write only "last year" (see above)
    },
    # Round 17 check (culture, sport and leisure), scored before any change (68e880b):
    # people.name 0.982 name+title 0.855 organisations 0.954
    # value+qualifier 0.959 +unit 0.918 as_of 0.805 dates 0.914.
    "invented65": {
        "release_date": 1.0,
        "people.name": 0.991,
        "people.name+title": 0.862,
        "organisations": 0.954,
        "metrics.value+qualifier": 0.987,  # round 21 (check): see above
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.851,
        "dates.normalized": 0.935,
    },
    # Round 17 dev (security and law enforcement), scored before any change (68e880b):
    # people.name 1.000 name+title 0.846 organisations 1.000
    # value+qualifier 0.972 +unit 0.875 as_of 0.772 dates 0.943.
    "invented66": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.923,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.906,  # round 21: as above
        "metrics.as_of": 0.886,  # round 21: officers, labelled persons (see above)
        "dates.normalized": 0.943,
    },
    # Round 17 check (LegCo replies on housing, health, welfare and schools), scored before any
    # change (68e880b):
    # people.name 1.000 name+title 1.000 organisations 0.969
    # value+qualifier 0.826 +unit 0.802 as_of 0.702 dates 0.930.
    "invented67": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.873,
        "metrics.value+qualifier+unit": 0.844,
        "metrics.as_of": 0.781,
        "dates.normalized": 0.930,
    },
    # Round 17 dev (economy, trade and investment), scored before any change (68e880b):
    # people.name 0.947 name+title 0.526 organisations 0.906
    # value+qualifier 0.981 +unit 0.912 as_of 0.821 dates 0.962.
    "invented68": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.526,
        "organisations": 0.982,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.937,
        "metrics.as_of": 0.863,
        "dates.normalized": 0.985,
    },
    # Round 18 check (public health and hospitals), scored before any change (839b935):
    # people.name 1.000 name+title 1.000 organisations 0.944
    # value+qualifier 0.928 +unit 0.905 as_of 0.814 dates 0.875.
    "invented69": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.944,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.960,
        "metrics.as_of": 0.882,
        "dates.normalized": 0.940,
    },
    # Round 18 dev (LegCo replies and monthly/quarterly statistics), scored before any change (839b935):
    # people.name 1.000 name+title 0.842 organisations 1.000
    # value+qualifier 0.957 +unit 0.914 as_of 0.877 dates 0.913.
    "invented70": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.842,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.927,
        "metrics.as_of": 0.901,
        "dates.normalized": 0.922,
    },
    # Round 18 check (appointments, awards, speeches and visits), scored before any change (839b935):
    # people.name 1.000 name+title 0.932 organisations 0.955
    # value+qualifier 0.947 +unit 0.785 as_of 0.721 dates 0.863.
    "invented71": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.931,
        "organisations": 0.965,
        "metrics.value+qualifier": 0.960,
        "metrics.value+qualifier+unit": 0.816,
        "metrics.as_of": 0.768,
        "dates.normalized": 0.893,
    },
    # Round 18 dev (enforcement, regulation and investment promotion), scored before any change (839b935):
    # people.name 1.000 name+title 1.000 organisations 0.964
    # value+qualifier 0.987 +unit 0.935 as_of 0.889 dates 0.918.
    "invented72": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.964,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.986,
        "metrics.as_of": 0.954,
        "dates.normalized": 0.959,
    },
    # Round 19 check (culture, sport and tourism), scored before any change (4e5cc44):
    # people.name 1.000 name+title 0.724 organisations 0.923
    # value+qualifier 0.980 +unit 0.971 as_of 0.883 dates 0.904.
    "invented73": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.759,
        "organisations": 0.923,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.963,  # round 25 (check): see above FLOORS
        "metrics.as_of": 0.881,  # round 25 (check): see above FLOORS
        "dates.normalized": 0.935,
    },
    # Round 19 dev (environment, buildings and housing), scored before any change (4e5cc44):
    # people.name 0.968 name+title 0.839 organisations 0.935
    # value+qualifier 0.988 +unit 0.905 as_of 0.833 dates 0.869.
    "invented74": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.933,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.875,
        "dates.normalized": 0.880,
    },
    # Round 19 check (economy, trade and investment), scored before any change (4e5cc44):
    # people.name 1.000 name+title 0.700 organisations 0.962
    # value+qualifier 0.978 +unit 0.906 as_of 0.857 dates 0.881.
    "invented75": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.700,
        "organisations": 0.962,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.899,
        "dates.normalized": 0.881,
    },
    # Round 19 dev (LegCo replies on education, welfare and labour), scored before any change (4e5cc44):
    # people.name 1.000 name+title 1.000 organisations 0.970
    # value+qualifier 0.963 +unit 0.795 as_of 0.733 dates 0.991.
    "invented76": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.954,
        "metrics.as_of": 0.906,
        "dates.normalized": 1.000,
    },
    # Round 19 check (police, ICAC, fire services, immigration), scored before any change (4e5cc44):
    # people.name 1.000 name+title 0.773 organisations 0.976
    # value+qualifier 0.987 +unit 0.919 as_of 0.878 dates 0.938.
    # Round 20 lowered value+qualifier by one fact (score only; misses unread): a number followed
    # by "concerned" ("and 23 concerned unsafe platforms") no longer counts the noun after the
    # verb; that raised +unit and as_of here and on check set 85, and lost this one value.
    "invented77": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.773,
        "organisations": 0.976,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.932,
        "metrics.as_of": 0.896,
        "dates.normalized": 0.953,
    },
    # Round 19 dev (official statistics, weather), scored before any change (4e5cc44):
    # people.name 0.979 name+title 0.851 organisations 0.957
    # value+qualifier 0.957 +unit 0.818 as_of 0.740 dates 0.905.
    "invented78": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.870,
        "organisations": 0.971,
        "metrics.value+qualifier": 0.961,
        "metrics.value+qualifier+unit": 0.872,
        "metrics.as_of": 0.814,
        "dates.normalized": 0.920,  # round 21: labels write only "last year" (see above)
    },
    # Round 20 check (public health: CHP notifications, vaccination, tobacco control, Hospital Authority),
    # scored before any change (61acd43):
    # people.name 1.000 name+title 1.000 organisations 1.000 value+qualifier 0.972 +unit 0.938 as_of 0.871
    # dates 0.951.
    "invented79": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.952,
        "metrics.as_of": 0.908,
        "dates.normalized": 0.951,
    },
    # Round 20 dev (food safety, hawker and pest control, agriculture and fisheries, country parks), scored
    # before any change (61acd43):
    # people.name 1.000 name+title 1.000 organisations 0.975 value+qualifier 0.968 +unit 0.953 as_of 0.753
    # dates 0.938.
    "invented80": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.976,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.985,
    },
    # Round 20 check (Customs seizures and penalties, Inland Revenue, Hongkong Post), scored before any change
    # (61acd43):
    # people.name 0.971 name+title 0.971 organisations 0.853 value+qualifier 0.972 +unit 0.884 as_of 0.834
    # dates 0.920.
    "invented81": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.923,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.891,
        "metrics.as_of": 0.854,
        "dates.normalized": 0.948,
    },
    # Round 20 dev (transport: road safety, patronage, airport and port traffic, highways), scored before any
    # change (61acd43):
    # people.name 1.000 name+title 0.955 organisations 0.988 value+qualifier 0.935 +unit 0.801 as_of 0.677
    # dates 0.902.
    "invented82": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.898,
        "metrics.as_of": 0.830,  # round 24: see above FLOORS
        "dates.normalized": 0.910,  # round 21: labels write only "last year" (see above)
    },
    # Round 20 check (appointments, awards and ceremonies, with speeches), scored before any change (61acd43):
    # people.name 1.000 name+title 0.959 organisations 0.904 value+qualifier 0.990 +unit 0.787 as_of 0.732
    # dates 0.923.
    "invented83": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.959,
        "organisations": 0.916,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.881,
        "metrics.as_of": 0.826,
        "dates.normalized": 0.943,
    },
    # Round 20 dev (speeches by the CE, CS, FS and Secretaries, with appointments), scored before any change
    # (61acd43):
    # people.name 1.000 name+title 0.985 organisations 0.914 value+qualifier 0.985 +unit 0.927 as_of 0.897
    # dates 0.937.
    "invented84": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.985,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.959,
        "metrics.as_of": 0.930,
        "dates.normalized": 0.970,
    },
    # Round 20 check (environment: EPD prosecutions, air quality, waste; AFCD conservation), scored before any
    # change (61acd43):
    # people.name 0.973 name+title 0.865 organisations 1.000 value+qualifier 0.982 +unit 0.866 as_of 0.817
    # dates 0.948.
    "invented85": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.911,
        "metrics.as_of": 0.881,
        "dates.normalized": 0.975,
    },
    # Round 20 dev (housing, lands and planning: LegCo replies, PRH, land sales, building orders), scored
    # before any change (61acd43):
    # people.name 1.000 name+title 0.929 organisations 0.935 value+qualifier 0.935 +unit 0.919 as_of 0.816
    # dates 0.966.
    "invented86": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.929,
        "organisations": 0.968,
        "metrics.value+qualifier": 0.970,
        "metrics.value+qualifier+unit": 0.954,
        "metrics.as_of": 0.869,
        "dates.normalized": 0.966,
    },
    # Round 20 check (education and youth: school places, enrolment, HKEAA results, student finance), scored
    # before any change (61acd43):
    # people.name 1.000 name+title 0.760 organisations 0.975 value+qualifier 0.972 +unit 0.955 as_of 0.893
    # dates 0.841.
    "invented87": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.760,
        "organisations": 0.988,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.963,
        "metrics.as_of": 0.907,
        "dates.normalized": 0.881,
    },
    # Round 20 dev (labour and welfare: employment services, industrial safety, SWD places, MPF), scored
    # before any change (61acd43):
    # people.name 0.973 name+title 0.757 organisations 0.963 value+qualifier 0.983 +unit 0.804 as_of 0.726
    # dates 0.953.
    "invented88": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.833,
        "organisations": 0.963,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.842,
        "metrics.as_of": 0.793,
        "dates.normalized": 0.963,
    },
    # Round 21 check (official statistics: CPI, GDP, retail sales, unemployment, external trade, population),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.941 organisations 0.987
    # value+qualifier 0.955 +unit 0.908 as_of 0.870 dates 0.917.
    "invented89": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.941,
        "organisations": 0.987,
        "metrics.value+qualifier": 0.948,
        "metrics.value+qualifier+unit": 0.896,  # round 25 (check): see above FLOORS
        "metrics.as_of": 0.845,  # round 25 (check): see above FLOORS
        "dates.normalized": 0.936,
    },
    # Round 21 dev (tourism and economic statistics: visitor arrivals, hotels, HKTB, trade, wages),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.957 organisations 0.986
    # value+qualifier 0.982 +unit 0.945 as_of 0.890 dates 0.890.
    "invented90": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.957,
        "organisations": 0.986,
        "metrics.value+qualifier": 0.998,
        "metrics.value+qualifier+unit": 0.952,
        "metrics.as_of": 0.920,
        "dates.normalized": 0.902,
    },
    # Round 21 check (culture and sport: LCSD museums, libraries, festivals, athletes and medals),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.920 organisations 0.969
    # value+qualifier 0.970 +unit 0.882 as_of 0.844 dates 0.851.
    "invented91": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.960,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.975,
        "metrics.value+qualifier+unit": 0.920,
        "metrics.as_of": 0.893,
        "dates.normalized": 0.859,
    },
    # Round 21 dev (arts and sports funding and events: ADC, elite athletes, Games, film),
    # scored before any change (ad7e907):
    # people.name 0.980 name+title 0.898 organisations 0.954
    # value+qualifier 0.981 +unit 0.938 as_of 0.756 dates 0.948.
    "invented92": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.966,
        "metrics.as_of": 0.775,
        "dates.normalized": 0.980,
    },
    # Round 21 check (InvestHK results, OASES, StartmeupHK, family offices, talent admission),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 1.000 organisations 0.969
    # value+qualifier 0.948 +unit 0.816 as_of 0.770 dates 0.945.
    "invented93": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.953,
        "metrics.value+qualifier": 0.971,
        "metrics.value+qualifier+unit": 0.910,  # round 23: see above FLOORS
        "metrics.as_of": 0.870,
        "dates.normalized": 0.955,
    },
    # Round 21 dev (innovation and technology: ITF, Cyberport, Science Park, digital government),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.955 organisations 0.987
    # value+qualifier 0.997 +unit 0.930 as_of 0.899 dates 0.848.
    "invented94": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.955,
        "organisations": 0.987,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.939,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.866,
    },
    # Round 21 check (buildings and safety: BD orders, unauthorised works, lifts, EMSD, gas safety),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.812 organisations 1.000
    # value+qualifier 0.977 +unit 0.944 as_of 0.885 dates 0.980.
    "invented95": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.812,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.906,
        "dates.normalized": 0.980,
    },
    # Round 21 dev (security: Police, Fire Services, Immigration, ICAC, Correctional Services),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 1.000 organisations 0.948
    # value+qualifier 0.967 +unit 0.880 as_of 0.849 dates 0.932.
    "invented96": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.927,  # round 24: see above FLOORS
        "metrics.as_of": 0.912,
        "dates.normalized": 0.955,
    },
    # Round 21 check (LegCo questions and written replies on health, transport, welfare, housing),
    # scored before any change (ad7e907):
    # people.name 1.000 name+title 0.970 organisations 0.976
    # value+qualifier 0.973 +unit 0.863 as_of 0.842 dates 0.865.
    "invented97": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.970,
        "organisations": 0.976,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.905,
        "metrics.as_of": 0.873,
        "dates.normalized": 0.889,
    },
    # Round 21 dev (public finance and markets: Budget, HKMA, SFC, stamp duty, government bonds),
    # scored before any change (ad7e907):
    # people.name 0.976 name+title 0.878 organisations 0.885
    # value+qualifier 0.962 +unit 0.945 as_of 0.852 dates 0.893.
    "invented98": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.968,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.975,
        "metrics.as_of": 0.932,
        "dates.normalized": 0.904,
    },
    # Round 22 check (environment and conservation: EPD waste and recycling, air quality, country and
    # marine parks), scored before any change (70a5b8a):
    # people.name 1.000 name+title 0.862 organisations 0.960 value+qualifier 0.970 +unit 0.905 as_of
    # 0.859 dates 0.918.
    "invented99": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.896,
        "organisations": 0.960,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.879,
        "dates.normalized": 0.918,
    },
    # Round 22 dev (transport: TD, MTR and bus patronage, airport traffic, Marine Department, road
    # accidents), scored before any change (70a5b8a):
    # people.name 1.000 name+title 0.783 organisations 0.928 value+qualifier 0.992 +unit 0.836 as_of
    # 0.798 dates 0.970.
    "invented100": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.783,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.847,
        "metrics.as_of": 0.810,
        "dates.normalized": 0.970,
    },
    # Round 22 check (housing and lands: HA flat production, waiting times, land sales, Lands
    # Department), scored before any change (70a5b8a):
    # people.name 1.000 name+title 0.909 organisations 0.940 value+qualifier 0.932 +unit 0.918 as_of
    # 0.910 dates 0.899.
    "invented101": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.909,
        "organisations": 0.940,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.982,
        "metrics.as_of": 0.975,
        "dates.normalized": 0.921,
    },
    # Round 22 dev (health and food safety: DH notifications, vaccinations, HA attendances, CFS), scored
    # before any change (70a5b8a):
    # people.name 1.000 name+title 0.950 organisations 0.947 value+qualifier 0.988 +unit 0.965 as_of
    # 0.912 dates 0.985.
    "invented102": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.989,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.971,
        "metrics.as_of": 0.941,
        "dates.normalized": 0.985,
    },
    # Round 22 check (education and labour: EDB, student finance, job fairs, employment programmes,
    # safety), scored before any change (70a5b8a):
    # people.name 0.974 name+title 0.872 organisations 0.986 value+qualifier 0.983 +unit 0.895 as_of
    # 0.814 dates 0.943.
    "invented103": {
        "release_date": 1.0,
        "people.name": 0.974,
        "people.name+title": 0.872,
        "organisations": 0.958,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.930,
        "metrics.as_of": 0.883,
        "dates.normalized": 0.943,
    },
    # Round 22 dev (social welfare: SWD elderly and rehabilitation services, CSSA, childcare,
    # subventions), scored before any change (70a5b8a):
    # people.name 1.000 name+title 0.938 organisations 0.985 value+qualifier 0.962 +unit 0.880 as_of
    # 0.854 dates 0.886.
    "invented104": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.938,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.913,
        "metrics.as_of": 0.907,
        "dates.normalized": 0.898,
    },
    # Round 22 check (trade, customs and intellectual property: C&ED seizures, TID, FTAs, IPD), scored
    # before any change (70a5b8a):
    # people.name 1.000 name+title 0.867 organisations 0.940 value+qualifier 0.986 +unit 0.939 as_of
    # 0.911 dates 0.962.
    "invented105": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.867,
        "organisations": 0.940,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.968,
        "metrics.as_of": 0.945,
        "dates.normalized": 0.962,
    },
    # Round 22 dev (speeches and overseas visits of officials, dense with counted facts), scored before
    # any change (70a5b8a):
    # people.name 1.000 name+title 0.949 organisations 0.936 value+qualifier 0.978 +unit 0.897 as_of
    # 0.853 dates 0.926.
    "invented106": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.946,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.906,
        "dates.normalized": 0.926,
    },
    # Round 22 check (home and youth affairs: HAD, District Councils, youth exchanges, festivals,
    # volunteers), scored before any change (70a5b8a):
    # people.name 1.000 name+title 1.000 organisations 0.895 value+qualifier 0.978 +unit 0.946 as_of
    # 0.914 dates 0.971.
    "invented107": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.921,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.952,
        "metrics.as_of": 0.933,
        "dates.normalized": 0.952,
    },
    # Round 22 dev (weather and works: HKO rainfall and typhoons, CEDD slopes, DSD drainage, WSD),
    # scored before any change (70a5b8a):
    # people.name 1.000 name+title 1.000 organisations 1.000 value+qualifier 0.974 +unit 0.759 as_of
    # 0.696 dates 0.824.
    "invented108": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.908,
        "metrics.as_of": 0.880,
        "dates.normalized": 0.824,
    },
    # Round 23 check (police and security: crime statistics, deception cases, arrests, FSD call-outs, ImmD),
    # scored before any change (d227081):
    # people.name 1.000 name+title 0.917 organisations 0.987 value+qualifier 0.997 +unit 0.908 as_of 0.829
    # dates 0.992.
    "invented109": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.917,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.913,
        "metrics.as_of": 0.834,
        "dates.normalized": 0.992,
    },
    # Round 23 dev (statistics: C&SD retail sales, external trade, GDP, CPI, labour force, tourism receipts),
    # scored before any change (d227081):
    # people.name 1.000 name+title 0.905 organisations 1.000 value+qualifier 0.987 +unit 0.956 as_of 0.921
    # dates 0.855.
    "invented110": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.952,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.965,
        "metrics.as_of": 0.948,
        "dates.normalized": 0.870,
    },
    # Round 23 check (money and finance: HKMA banking figures, Exchange Fund, bonds, stamp duty, MPF, SFC),
    # scored before any change (d227081):
    # people.name 0.958 name+title 0.833 organisations 0.916 value+qualifier 0.984 +unit 0.957 as_of 0.887
    # dates 0.899.
    "invented111": {
        "release_date": 1.0,
        "people.name": 0.979,
        "people.name+title": 0.894,
        "organisations": 0.928,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.957,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.911,
    },
    # Round 23 dev (tourism and events: HKTB arrivals, MICE events, hotel occupancy, cruise calls, mega
    # events), scored before any change (d227081):
    # people.name 1.000 name+title 0.893 organisations 0.940 value+qualifier 0.982 +unit 0.910 as_of 0.890
    # dates 0.965.
    "invented112": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.929,
        "organisations": 0.940,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.939,
        "metrics.as_of": 0.928,
        "dates.normalized": 0.965,
    },
    # Round 23 check (culture and sport: LCSD museums, libraries, festivals, sports venues, athletes and
    # medals), scored before any change (d227081):
    # people.name 1.000 name+title 0.714 organisations 0.932 value+qualifier 0.976 +unit 0.916 as_of 0.771
    # dates 0.939.
    "invented113": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.714,
        "organisations": 0.945,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.814,
        "dates.normalized": 0.965,
    },
    # Round 23 dev (innovation and technology: ITC schemes, Science Park, Cyberport, start-ups, R&D centres),
    # scored before any change (d227081):
    # people.name 1.000 name+title 1.000 organisations 0.987 value+qualifier 0.980 +unit 0.873 as_of 0.772
    # dates 0.924.
    "invented114": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.896,
        "metrics.as_of": 0.840,
        "dates.normalized": 0.924,
    },
    # Round 23 check (LegCo replies on mixed subjects: multi-part answers, tables as text, several periods),
    # scored before any change (d227081):
    # people.name 1.000 name+title 1.000 organisations 1.000 value+qualifier 0.962 +unit 0.913 as_of 0.841
    # dates 0.977.
    "invented115": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.966,
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.851,
        "dates.normalized": 0.985,
    },
    # Round 23 dev (agriculture, fisheries and hygiene: AFCD farms and fisheries, animal welfare, FEHD
    # markets), scored before any change (d227081):
    # people.name 1.000 name+title 0.846 organisations 0.975 value+qualifier 0.972 +unit 0.864 as_of 0.835
    # dates 0.899.
    "invented116": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.846,
        "organisations": 0.988,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.907,
        "dates.normalized": 0.899,
    },
    # Round 23 check (law and order institutions: CSD, ICAC, Judiciary caseloads, Legal Aid, DoJ), scored
    # before any change (d227081):
    # people.name 0.980 name+title 0.816 organisations 0.929 value+qualifier 0.969 +unit 0.929 as_of 0.895
    # dates 0.926.
    "invented117": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.833,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.943,
        "metrics.as_of": 0.937,
        "dates.normalized": 0.926,
    },
    # Round 23 dev (civil service and government services: CSB, 1823, Post Office, registries, OGCIO), scored
    # before any change (d227081):
    # people.name 0.970 name+title 0.970 organisations 1.000 value+qualifier 0.944 +unit 0.837 as_of 0.724
    # dates 0.855.
    "invented118": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.967,
        "metrics.value+qualifier+unit": 0.907,
        "metrics.as_of": 0.881,
        "dates.normalized": 0.871,
    },
    # Round 24 check (health: CHP notifications and outbreaks, HA waiting times, vaccination, tobacco
    # control), scored before any change (8af49fe): people.name 1.000 name+title 1.000 organisations 0.989
    # value+qualifier 0.979 +unit 0.845 as_of 0.739 dates 0.895.
    "invented119": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.989,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.860,
        "metrics.as_of": 0.762,
        "dates.normalized": 0.895,
    },
    # Round 24 dev (appointments and advisory bodies: chairmen and members, terms, board sizes), scored before
    # any change (8af49fe): people.name 1.000 name+title 0.979 organisations 0.944 value+qualifier 0.988 +unit
    # 0.866 as_of 0.780 dates 0.979.
    "invented120": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.990,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.933,
        "dates.normalized": 0.979,
    },
    # Round 24 check (customs and excise: seizures of drugs, cigarettes and smuggled goods, penalties), scored
    # before any change (8af49fe): people.name 1.000 name+title 0.615 organisations 0.988 value+qualifier
    # 0.993 +unit 0.951 as_of 0.917 dates 0.978.
    "invented121": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.615,
        "organisations": 0.988,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.965,
        "metrics.as_of": 0.931,
        "dates.normalized": 0.978,
    },
    # Round 24 dev (environment and energy: recycling, waste charging, EV chargers, air quality, EMSD), scored
    # before any change (8af49fe): people.name 0.955 name+title 0.864 organisations 0.930 value+qualifier
    # 0.973 +unit 0.863 as_of 0.829 dates 0.903.
    "invented122": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.954,
        "organisations": 0.930,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.928,
        "metrics.as_of": 0.915,
        "dates.normalized": 0.903,
    },
    # Round 24 check (speeches and overseas visits of officials, several periods), scored before any change
    # (8af49fe): people.name 1.000 name+title 0.982 organisations 0.915 value+qualifier 0.972 +unit 0.924
    # as_of 0.821 dates 0.932.
    "invented123": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.982,
        "organisations": 0.936,
        "metrics.value+qualifier": 0.975,
        "metrics.value+qualifier+unit": 0.941,
        "metrics.as_of": 0.838,
        "dates.normalized": 0.932,
    },
    # Round 24 dev (InvestHK, OASES, StartmeupHK, family offices and talent admission schemes), scored before
    # any change (8af49fe): people.name 1.000 name+title 0.920 organisations 0.950 value+qualifier 0.958 +unit
    # 0.800 as_of 0.710 dates 0.978.
    "invented124": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.960,
        "organisations": 0.950,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.895,
        "metrics.as_of": 0.817,
        "dates.normalized": 0.962,
    },
    # Round 24 check (buildings, lands and planning: BD orders, land sales, Planning Department, URA), scored
    # before any change (8af49fe): people.name 1.000 name+title 0.762 organisations 0.933 value+qualifier
    # 0.986 +unit 0.973 as_of 0.912 dates 0.968.
    "invented125": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.809,
        "organisations": 0.945,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.976,
        "metrics.as_of": 0.955,
        "dates.normalized": 0.968,
    },
    # Round 24 dev (health and hospitals: DH services, HA attendances and beds, vouchers, dental, mental
    # health), scored before any change (8af49fe): people.name 1.000 name+title 0.893 organisations 0.975
    # value+qualifier 0.995 +unit 0.951 as_of 0.876 dates 0.909.
    "invented126": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.964,
        "organisations": 0.987,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.989,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.909,
    },
    # Round 24 check (transport and logistics: TD, tunnels, MTR and buses, port and air cargo, driving tests),
    # scored before any change (8af49fe): people.name 1.000 name+title 0.926 organisations 0.966
    # value+qualifier 0.982 +unit 0.888 as_of 0.841 dates 0.912.
    "invented127": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.926,
        "organisations": 0.977,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.894,
        "dates.normalized": 0.912,
    },
    # Round 24 dev (LegCo written replies on economy, welfare and education, tables written as text), scored
    # before any change (8af49fe): people.name 0.973 name+title 0.946 organisations 1.000 value+qualifier
    # 0.938 +unit 0.859 as_of 0.824 dates 0.936.
    "invented128": {
        "release_date": 1.0,
        "people.name": 0.973,
        "people.name+title": 0.973,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.899,
        "metrics.as_of": 0.885,
        "dates.normalized": 0.964,
    },
    # Round 25 check (police and crime: arrests, seizures, crime statistics, operations), scored before
    # any change (8a15b11):
    # people.name 1.000 name+title 0.947 organisations 0.800 value+qualifier 0.989 +unit 0.929 as_of
    # 0.847 dates 0.954.
    "invented129": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.947,
        "organisations": 0.814,
        "metrics.value+qualifier": 0.995,
        "metrics.value+qualifier+unit": 0.945,
        "metrics.as_of": 0.872,
        "dates.normalized": 0.907,
    },
    # Round 25 dev (culture, sport and leisure: LCSD events, museums, attendance, athletes), scored
    # before any change (8a15b11):
    # people.name 1.000 name+title 0.793 organisations 0.989 value+qualifier 0.973 +unit 0.914 as_of
    # 0.796 dates 0.984.
    "invented130": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.896,
        "organisations": 0.989,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.944,
        "metrics.as_of": 0.858,
        "dates.normalized": 0.984,
    },
    # Round 25 check (labour and employment: unemployment, Labour Department, prosecutions, job fairs),
    # scored before any change (8a15b11):
    # people.name 1.000 name+title 1.000 organisations 1.000 value+qualifier 0.976 +unit 0.852 as_of
    # 0.818 dates 0.978.
    "invented131": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.880,
        "metrics.as_of": 0.860,
        "dates.normalized": 1.000,
    },
    # Round 25 dev (economic statistics: trade, retail sales, GDP, tourism receipts), scored before any
    # change (8a15b11):
    # people.name 1.000 name+title 0.750 organisations 0.933 value+qualifier 0.960 +unit 0.960 as_of
    # 0.929 dates 0.834.
    "invented132": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.750,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.978,
        "metrics.value+qualifier+unit": 0.978,
        "metrics.as_of": 0.964,
        "dates.normalized": 0.855,
    },
    # Round 25 check (housing: public rental housing, Housing Authority, flats, transitional housing),
    # scored before any change (8a15b11):
    # people.name 1.000 name+title 0.923 organisations 0.951 value+qualifier 0.990 +unit 0.971 as_of
    # 0.894 dates 0.991.
    "invented133": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.923,
        "organisations": 0.951,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.974,
        "metrics.as_of": 0.897,
        "dates.normalized": 0.991,
    },
    # Round 25 dev (immigration: visitors, talent admission, illegal workers, travel documents), scored
    # before any change (8a15b11):
    # people.name 1.000 name+title 0.923 organisations 0.963 value+qualifier 0.955 +unit 0.742 as_of
    # 0.708 dates 0.921.
    "invented134": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.923,
        "organisations": 0.987,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.840,
        "metrics.as_of": 0.814,
        "dates.normalized": 0.935,
    },
    # Round 25 check (education: EDB, schools, examinations, scholarships, student numbers), scored
    # before any change (8a15b11):
    # people.name 1.000 name+title 0.868 organisations 0.958 value+qualifier 0.975 +unit 0.930 as_of
    # 0.856 dates 0.959.
    "invented135": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.868,
        "organisations": 0.958,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.927,
        "metrics.as_of": 0.860,
        "dates.normalized": 0.959,
    },
    # Round 25 dev (food safety and environmental hygiene: CFS, FEHD, food samples, pest control,
    # hawkers), scored before any change (8a15b11):
    # people.name 1.000 name+title 1.000 organisations 0.964 value+qualifier 0.958 +unit 0.911 as_of
    # 0.881 dates 0.924.
    "invented136": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.988,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.962,
        "metrics.as_of": 0.950,
        "dates.normalized": 0.924,
    },
    # Round 25 check (fire, correctional and security services: FSD call-outs, CSD, ambulance, drills),
    # scored before any change (8a15b11):
    # people.name 0.981 name+title 0.981 organisations 0.964 value+qualifier 0.984 +unit 0.918 as_of
    # 0.848 dates 0.885.
    "invented137": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.964,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.929,
        "metrics.as_of": 0.859,
        "dates.normalized": 0.885,
    },
    # Round 25 dev (social welfare: SWD, elderly and rehabilitation services, CSSA, NGOs, subsidies),
    # scored before any change (8a15b11):
    # people.name 1.000 name+title 0.952 organisations 0.929 value+qualifier 0.951 +unit 0.923 as_of
    # 0.865 dates 0.951.
    "invented138": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.952,
        "organisations": 0.929,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.969,
        "metrics.as_of": 0.918,
        "dates.normalized": 0.951,
    },
    # Round 26 check (transport and traffic: TD, accidents, buses, tunnels, parking, cross-boundary
    # traffic), scored before any change (6870905): name 0.968 name+title 0.935 organisations 0.951
    # value+qualifier 0.936 +unit 0.752 as_of 0.629 dates 0.972.
    "invented139": {
        "release_date": 1.0,
        "people.name": 0.967,
        "people.name+title": 0.935,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.967,
        "metrics.value+qualifier+unit": 0.818,
        "metrics.as_of": 0.697,
        "dates.normalized": 0.972,
    },
    # Round 26 dev (environment and conservation: EPD, waste, air quality, noise, country and marine
    # parks), scored before any change (6870905): name 0.986 name+title 0.931 organisations 0.980
    # value+qualifier 0.963 +unit 0.824 as_of 0.819 dates 0.938.
    "invented140": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.972,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.864,
        "metrics.as_of": 0.864,
        "dates.normalized": 0.946,
    },
    # Round 26 check (communicable diseases and public health: CHP, vaccination, outbreaks, dengue),
    # scored before any change (6870905): name 1.000 name+title 1.000 organisations 0.980 value+qualifier
    # 0.988 +unit 0.940 as_of 0.848 dates 0.939.
    "invented141": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.949,
        "metrics.as_of": 0.886,
        "dates.normalized": 0.953,
    },
    # Round 26 dev (customs seizures and trade controls: C&ED, drugs, cigarettes, strategic commodities),
    # scored before any change (6870905): name 1.000 name+title 1.000 organisations 0.955 value+qualifier
    # 0.968 +unit 0.945 as_of 0.939 dates 1.000.
    "invented142": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.954,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.957,
        "metrics.as_of": 0.957,
        "dates.normalized": 1.000,
    },
    # Round 26 check (money and public finance: HKMA, Exchange Fund, bonds, stamp duty, budget outturn),
    # scored before any change (6870905): name 1.000 name+title 1.000 organisations 0.955 value+qualifier
    # 0.949 +unit 0.931 as_of 0.719 dates 0.948.
    "invented143": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.954,
        "metrics.value+qualifier": 0.979,
        "metrics.value+qualifier+unit": 0.960,
        "metrics.as_of": 0.749,
        "dates.normalized": 0.948,
    },
    # Round 26 dev (LegCo replies on mixed subjects), scored before any change (6870905): name 1.000
    # name+title 1.000 organisations 1.000 value+qualifier 0.967 +unit 0.775 as_of 0.718 dates 0.949.
    "invented144": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.971,
        "metrics.value+qualifier+unit": 0.800,
        "metrics.as_of": 0.776,
        "dates.normalized": 0.934,
    },
    # Round 26 check (tourism, conventions and mega events), scored before any change (6870905): name
    # 1.000 name+title 1.000 organisations 0.980 value+qualifier 0.972 +unit 0.792 as_of 0.736 dates
    # 0.930.
    "invented145": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.834,
        "metrics.as_of": 0.797,
        "dates.normalized": 0.945,
    },
    # Round 26 dev (innovation, technology and digital government: ITC, DPO, Cyberport, HKSTP), scored
    # before any change (6870905): name 1.000 name+title 1.000 organisations 0.962 value+qualifier 0.959
    # +unit 0.837 as_of 0.770 dates 0.974.
    "invented146": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.961,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.849,
        "metrics.as_of": 0.790,
        "dates.normalized": 0.964,
    },
    # Round 26 check (transport and traffic, a second set: its helper's prompt arrived garbled and it
    # chose the topic), scored before any change (6870905): name 1.000 name+title 0.974 organisations
    # 0.933 value+qualifier 0.962 +unit 0.796 as_of 0.741 dates 0.887.
    "invented147": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.973,
        "organisations": 0.960,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.821,
        "metrics.as_of": 0.765,
        "dates.normalized": 0.916,
    },
    # Round 27 dev (economic and social statistics: labour force, external trade, CPI, population,
    # household income), scored before any change (5f2f9c5): name 1.000 name+title 1.000 organisations
    # 0.927 value+qualifier 0.974 +unit 0.916 as_of 0.858 dates 0.897.
    "invented148": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.926,
        "metrics.value+qualifier": 0.973,
        "metrics.value+qualifier+unit": 0.936,
        "metrics.as_of": 0.920,
        "dates.normalized": 0.962,
    },
    # Round 27 check (hospitals and health services: HA waiting times, DH clinics, health schemes,
    # vaccination), scored before any change (5f2f9c5): name 1.000 name+title 0.963 organisations
    # 0.963 value+qualifier 0.974 +unit 0.944 as_of 0.867 dates 0.939.
    "invented149": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.953,
        "metrics.as_of": 0.892,
        "dates.normalized": 0.964,
    },
    # Round 27 dev (buildings, lands and planning: BD orders, land sales, Town Planning Board,
    # slopes), scored before any change (5f2f9c5): name 0.974 name+title 0.974 organisations 1.000
    # value+qualifier 0.964 +unit 0.928 as_of 0.846 dates 0.930.
    "invented150": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.959,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.930,
    },
    # Round 27 check (customs and excise enforcement: seizures, IP, dutiable commodities, smuggling),
    # scored before any change (5f2f9c5): name 0.971 name+title 0.914 organisations 0.981
    # value+qualifier 0.985 +unit 0.950 as_of 0.815 dates 0.979.
    "invented151": {
        "release_date": 1.0,
        "people.name": 0.971,
        "people.name+title": 0.914,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.965,
        "metrics.as_of": 0.830,
        "dates.normalized": 0.979,
    },
    # Round 27 dev (culture, sport and leisure: LCSD, museums, major sports events, athletes'
    # results), scored before any change (5f2f9c5): name 1.000 name+title 0.944 organisations 0.918
    # value+qualifier 0.986 +unit 0.943 as_of 0.823 dates 0.939.
    "invented152": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.944,
        "organisations": 0.935,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.823,
        "dates.normalized": 0.991,
    },
    # Round 27 check (appointments and speeches of officials: advisory bodies, speeches at events),
    # scored before any change (5f2f9c5): name 1.000 name+title 0.979 organisations 0.947
    # value+qualifier 0.964 +unit 0.881 as_of 0.742 dates 0.981.
    "invented153": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.903,
        "metrics.as_of": 0.787,
        "dates.normalized": 0.981,
    },
    # Round 27 dev (investment promotion and talent: InvestHK, OASES, StartmeupHK, talent admission),
    # scored before any change (5f2f9c5): name 1.000 name+title 1.000 organisations 0.969
    # value+qualifier 0.960 +unit 0.842 as_of 0.788 dates 0.935.
    "invented154": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.973,
        "metrics.value+qualifier+unit": 0.888,
        "metrics.as_of": 0.846,
        "dates.normalized": 0.934,
    },
    # Round 27 check (LegCo written replies on mixed subjects), scored before any change (5f2f9c5):
    # name 1.000 name+title 1.000 organisations 0.912 value+qualifier 0.930 +unit 0.875 as_of 0.797
    # dates 0.941.
    "invented155": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.912,
        "metrics.value+qualifier": 0.944,
        "metrics.value+qualifier+unit": 0.910,
        "metrics.as_of": 0.860,
        "dates.normalized": 0.941,
    },
    # Round 28 dev (police and crime: arrests, crime statistics, anti-deception, drug seizures), scored before
    # any change (a31f483):
    # name 0.986 name+title 0.959 organisations 0.986 value+qualifier 0.986 +unit 0.845 as_of 0.807 dates
    # 0.860.
    "invented156": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.985,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.933,
        "dates.normalized": 0.942,
    },
    # Round 28 check (environment and conservation: EPD, AFCD, waste, air quality, country parks), scored
    # before any change (a31f483):
    # name 0.986 name+title 0.957 organisations 0.966 value+qualifier 0.968 +unit 0.876 as_of 0.844 dates
    # 0.970.
    "invented157": {
        "release_date": 1.0,
        "people.name": 0.985,
        "people.name+title": 0.956,
        "organisations": 0.965,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.912,
        "metrics.as_of": 0.891,
        "dates.normalized": 0.979,
    },
    # Round 28 dev (food safety and environmental hygiene: CFS, FEHD, hawkers, rodent surveys), scored before
    # any change (a31f483):
    # name 1.000 name+title 1.000 organisations 1.000 value+qualifier 0.935 +unit 0.888 as_of 0.794 dates
    # 0.944.
    "invented158": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.946,
        "metrics.as_of": 0.901,
        "dates.normalized": 0.944,
    },
    # Round 28 check (economic statistics: GDP, retail sales, trade, tourism, labour force), scored before any
    # change (a31f483):
    # name 1.000 name+title 0.969 organisations 0.931 value+qualifier 0.943 +unit 0.843 as_of 0.817 dates
    # 0.797.
    "invented159": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.949,
        "metrics.value+qualifier": 0.947,
        "metrics.value+qualifier+unit": 0.842,
        "metrics.as_of": 0.820,
        "dates.normalized": 0.837,
    },
    # Round 28 dev (housing: HA flats, waiting lists, transitional housing, subsidised sale), scored before
    # any change (a31f483):
    # name 1.000 name+title 0.971 organisations 0.983 value+qualifier 0.941 +unit 0.897 as_of 0.800 dates
    # 1.000.
    "invented160": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.983,
        "metrics.as_of": 0.908,
        "dates.normalized": 1.000,
    },
    # Round 28 check (officials' speeches and visits: speeches at events, duty visits, forums), scored before
    # any change (a31f483):
    # name 1.000 name+title 1.000 organisations 0.983 value+qualifier 0.945 +unit 0.866 as_of 0.732 dates
    # 0.968.
    "invented161": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.975,
        "metrics.value+qualifier+unit": 0.903,
        "metrics.as_of": 0.789,
        "dates.normalized": 0.967,
    },
    # Round 28 dev (labour and employment: LD, employment schemes, occupational safety, wages), scored before
    # any change (a31f483):
    # name 1.000 name+title 0.967 organisations 0.983 value+qualifier 0.986 +unit 0.778 as_of 0.712 dates
    # 0.991.
    "invented162": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.966,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.781,
        "metrics.as_of": 0.720,
        "dates.normalized": 0.990,
    },
    # Round 28 check (InvestHK results, OASES and talent schemes), scored before any change (a31f483):
    # name 1.000 name+title 1.000 organisations 0.977 value+qualifier 0.976 +unit 0.871 as_of 0.805 dates
    # 0.991.
    "invented163": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.976,
        "metrics.value+qualifier": 0.995,
        "metrics.value+qualifier+unit": 0.890,
        "metrics.as_of": 0.848,
        "dates.normalized": 0.991,
    },
    # Round 29 dev (customs and excise enforcement: seizures, smuggling, dutiable commodities, IP), scored
    # before any change (19c5316): name 1.000 name+title 0.952 organisations 0.947 value+qualifier 0.989
    # value+qualifier+unit 0.920 as_of 0.824 normalized 0.925.
    "invented164": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.965,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.895,
        "dates.normalized": 0.934,
    },
    # Round 29 check (public health and disease surveillance: CHP, vaccination, outbreaks, DH services),
    # scored before any change (19c5316): name 1.000 name+title 0.966 organisations 0.972 value+qualifier
    # 0.972 value+qualifier+unit 0.912 as_of 0.846 normalized 0.957.
    "invented165": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.965,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.922,
        "metrics.as_of": 0.887,
        "dates.normalized": 0.940,
    },
    # Round 29 dev (buildings, slopes and lifts: BD orders, unauthorised works, inspections, prosecutions),
    # scored before any change (19c5316): name 1.000 name+title 1.000 organisations 0.973 value+qualifier
    # 0.981 value+qualifier+unit 0.954 as_of 0.879 normalized 0.918.
    "invented166": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.984,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.917,
    },
    # Round 29 check (culture, sport and leisure: LCSD, museums, festivals, athletes' results, venues), scored
    # before any change (19c5316): name 1.000 name+title 1.000 organisations 0.985 value+qualifier 0.989
    # value+qualifier+unit 0.870 as_of 0.847 normalized 0.939.
    "invented167": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.870,
        "metrics.as_of": 0.856,
        "dates.normalized": 0.958,
    },
    # Round 29 dev (appointments to boards and committees: advisory bodies, statutory boards), scored before
    # any change (19c5316): name 1.000 name+title 0.984 organisations 0.961 value+qualifier 0.930
    # value+qualifier+unit 0.825 as_of 0.754 normalized 1.000.
    "invented168": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.984,
        "organisations": 0.973,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.890,
        "metrics.as_of": 0.867,
        "dates.normalized": 1.000,
    },
    # Round 29 check (LegCo written replies on transport and infrastructure), scored before any change
    # (19c5316): name 1.000 name+title 1.000 organisations 0.987 value+qualifier 0.939 value+qualifier+unit
    # 0.876 as_of 0.792 normalized 0.935.
    "invented169": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.987,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.892,
        "metrics.as_of": 0.808,
        "dates.normalized": 0.926,
    },
    # Round 29 dev (education: EDB school places, scholarships, teachers, kindergartens), scored before any
    # change (19c5316): name 1.000 name+title 1.000 organisations 0.923 value+qualifier 0.937
    # value+qualifier+unit 0.860 as_of 0.777 normalized 0.988.
    "invented170": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.960,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.944,
        "metrics.as_of": 0.865,
        "dates.normalized": 0.988,
    },
    # Round 29 check (social welfare: SWD, elderly services, childcare, subsidies, NGOs), scored before any
    # change (19c5316): name 1.000 name+title 1.000 organisations 0.905 value+qualifier 0.967
    # value+qualifier+unit 0.764 as_of 0.709 normalized 0.860.
    "invented171": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.904,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.792,
        "metrics.as_of": 0.737,
        "dates.normalized": 0.888,
    },
    # Round 30 dev (environment and conservation: EPD prosecutions, waste, recycling, air quality, AFCD,
    # country parks), scored before any change (1515543): name 1.000 name+title 0.971 organisations 1.000
    # value+qualifier 0.964 value+qualifier+unit 0.878 as_of 0.850 normalized 0.889.
    "invented172": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.970,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.906,
        "metrics.as_of": 0.896,
        "dates.normalized": 0.931,
    },
    # Round 30 check (economic and social statistics: labour force, external trade, CPI, GDP, population,
    # retail sales), scored before any change (1515543): name 1.000 name+title 0.939 organisations 0.978
    # value+qualifier 0.970 value+qualifier+unit 0.902 as_of 0.860 normalized 0.848.
    "invented173": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.969,
        "organisations": 0.977,
        "metrics.value+qualifier": 0.979,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.897,
        "dates.normalized": 0.847,
    },
    # Round 30 dev (officials' speeches and duty visits: speeches at events, forums, visits with figures),
    # scored before any change (1515543): name 1.000 name+title 1.000 organisations 0.960 value+qualifier
    # 0.994 value+qualifier+unit 0.856 as_of 0.786 normalized 0.972.
    "invented174": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.858,
        "metrics.as_of": 0.812,
        "dates.normalized": 0.962,
    },
    # Round 30 check (customs and excise enforcement: seizures, smuggling, dutiable commodities, IP), scored
    # before any change (1515543): name 1.000 name+title 0.889 organisations 0.980 value+qualifier 0.993
    # value+qualifier+unit 0.961 as_of 0.905 normalized 0.891.
    "invented175": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.944,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.965,
        "metrics.as_of": 0.928,
        "dates.normalized": 0.945,
    },
    # Round 30 dev (InvestHK results, OASES and talent schemes: companies assisted, jobs, investment,
    # admissions), scored before any change (1515543): name 1.000 name+title 1.000 organisations 0.906
    # value+qualifier 0.962 value+qualifier+unit 0.912 as_of 0.780 normalized 0.938.
    "invented176": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.905,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.939,
        "metrics.as_of": 0.841,
        "dates.normalized": 0.964,
    },
    # Round 30 check (LegCo written replies on hospitals and health services: HA waiting times, DH clinics),
    # scored before any change (1515543): name 1.000 name+title 1.000 organisations 0.970 value+qualifier
    # 0.959 value+qualifier+unit 0.872 as_of 0.851 normalized 0.989.
    "invented177": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.979,
        "metrics.value+qualifier+unit": 0.892,
        "metrics.as_of": 0.882,
        "dates.normalized": 0.977,
    },
    # Round 30 dev (public health and disease surveillance: CHP, vaccination, outbreaks, DH services), scored
    # before any change (1515543): name 1.000 name+title 0.970 organisations 0.965 value+qualifier 0.987
    # value+qualifier+unit 0.935 as_of 0.862 normalized 0.978.
    "invented178": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.976,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.992,
    },
    # Round 30 check (buildings, lands and planning: BD orders, land sales, Town Planning Board, slopes),
    # scored before any change (1515543): name 1.000 name+title 0.963 organisations 0.946 value+qualifier
    # 0.972 value+qualifier+unit 0.910 as_of 0.816 normalized 0.928.
    "invented179": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.912,
        "metrics.as_of": 0.837,
        "dates.normalized": 0.927,
    },
    # Round 31 dev (culture, arts and sport: LCSD events, museum attendance, athletes' results, arts funding),
    # scored before any change (1540170): name 1.000 name+title 0.973 organisations 0.982 value+qualifier
    # 0.977 value+qualifier+unit 0.917 as_of 0.741 normalized 0.970.
    "invented180": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.933,
        "metrics.as_of": 0.799,
        "dates.normalized": 0.970,
    },
    # Round 31 check (appointments to boards and committees: statutory and advisory bodies, members lists),
    # scored before any change (1540170): name 1.000 name+title 0.969 organisations 0.931 value+qualifier
    # 0.968 value+qualifier+unit 0.903 as_of 0.789 normalized 0.978.
    "invented181": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.968,
        "organisations": 0.931,
        "metrics.value+qualifier": 0.978,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.832,
        "dates.normalized": 0.977,
    },
    # Round 31 dev (LegCo written replies on education and schools: EDB, places, teachers, SEN, subsidies),
    # scored before any change (1540170): name 1.000 name+title 0.969 organisations 0.978 value+qualifier
    # 0.926 value+qualifier+unit 0.855 as_of 0.843 normalized 0.967.
    "invented182": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.968,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.928,
        "dates.normalized": 0.967,
    },
    # Round 31 check (transport and traffic: TD statistics, road accidents, railways, buses, tunnels,
    # licences), scored before any change (1540170): name 0.985 name+title 0.954 organisations 0.984
    # value+qualifier 0.988 value+qualifier+unit 0.839 as_of 0.804 normalized 0.897.
    "invented183": {
        "release_date": 1.0,
        "people.name": 0.984,
        "people.name+title": 0.953,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.846,
        "metrics.as_of": 0.826,
        "dates.normalized": 0.897,
    },
    # Round 31 dev (police and crime statistics: arrests, operations, frauds, anti-drug, crime figures),
    # scored before any change (1540170): name 1.000 name+title 1.000 organisations 0.915 value+qualifier
    # 0.975 value+qualifier+unit 0.908 as_of 0.888 normalized 0.964.
    "invented184": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.979,
        "metrics.value+qualifier+unit": 0.928,
        "metrics.as_of": 0.918,
        "dates.normalized": 0.963,
    },
    # Round 31 check (tourism and trade promotion: visitor arrivals, HKTB, trade missions, exhibitions,
    # HKTDC), scored before any change (1540170): name 1.000 name+title 1.000 organisations 0.939
    # value+qualifier 0.959 value+qualifier+unit 0.737 as_of 0.699 normalized 0.947.
    "invented185": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.958,
        "metrics.value+qualifier": 0.971,
        "metrics.value+qualifier+unit": 0.779,
        "metrics.as_of": 0.746,
        "dates.normalized": 0.968,
    },
    # Round 31 dev (labour, welfare and employment: LD, SWD, CSSA, MPF, employment programmes, prosecutions),
    # scored before any change (1540170): name 1.000 name+title 0.963 organisations 1.000 value+qualifier
    # 0.968 value+qualifier+unit 0.876 as_of 0.651 normalized 0.947.
    "invented186": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.963,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.925,
        "metrics.as_of": 0.862,
        "dates.normalized": 0.989,
    },
    # Round 31 check (food safety and agriculture: CFS tests, FEHD prosecutions, AFCD farms and fisheries),
    # scored before any change (1540170): name 1.000 name+title 1.000 organisations 0.933 value+qualifier
    # 0.942 value+qualifier+unit 0.904 as_of 0.862 normalized 0.919.
    "invented187": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.977,
        "metrics.value+qualifier": 0.930,
        "metrics.value+qualifier+unit": 0.893,
        "metrics.as_of": 0.856,
        "dates.normalized": 0.919,
    },
    # Round 32 dev (officials' speeches at ceremonies, forums and summits: figures quoted, salutations),
    # scored before any change (f23e444): name 1.000 name+title 0.975 organisations 0.957 value+qualifier
    # 0.991 value+qualifier+unit 0.864 as_of 0.827 normalized 0.983.
    "invented188": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.978,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.899,
        "metrics.as_of": 0.849,
        "dates.normalized": 0.982,
    },
    # Round 32 check (communicable diseases and health surveillance: CHP cases, outbreaks, vaccination, DH
    # clinics), scored before any change (f23e444): name 1.000 name+title 1.000 organisations 0.927
    # value+qualifier 0.980 value+qualifier+unit 0.862 as_of 0.775 normalized 0.929.
    "invented189": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.927,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.870,
        "metrics.as_of": 0.773,
        "dates.normalized": 0.968,
    },
    # Round 32 dev (customs and excise enforcement: C&ED seizures, smuggling, dutiable commodities, IP),
    # scored before any change (f23e444): name 1.000 name+title 0.967 organisations 0.941 value+qualifier
    # 0.995 value+qualifier+unit 0.957 as_of 0.913 normalized 0.951.
    "invented190": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.941,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.965,
        "metrics.as_of": 0.948,
        "dates.normalized": 0.987,
    },
    # Round 32 check (investment promotion and talent: InvestHK results, OASES, StartmeupHK, talent schemes),
    # scored before any change (f23e444): name 1.000 name+title 1.000 organisations 0.964 value+qualifier
    # 0.980 value+qualifier+unit 0.894 as_of 0.778 normalized 1.000.
    "invented191": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.964,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.899,
        "metrics.as_of": 0.778,
        "dates.normalized": 1.000,
    },
    # Round 32 dev (environment and conservation: EPD prosecutions, waste, recycling, air quality, AFCD),
    # scored before any change (f23e444): name 1.000 name+title 0.971 organisations 0.978 value+qualifier
    # 0.969 value+qualifier+unit 0.831 as_of 0.797 normalized 0.970.
    "invented192": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.977,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.872,
        "metrics.as_of": 0.838,
        "dates.normalized": 0.989,
    },
    # Round 32 check (economic and social statistics: C&SD GDP, trade, CPI, labour force, retail sales),
    # scored before any change (f23e444): name 1.000 name+title 1.000 organisations 1.000 value+qualifier
    # 0.965 value+qualifier+unit 0.928 as_of 0.901 normalized 0.876.
    "invented193": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.944,
        "metrics.as_of": 0.917,
        "dates.normalized": 0.903,
    },
    # Round 32 dev (buildings, lands and planning: BD orders, land sales, Town Planning Board, slopes, lifts),
    # scored before any change (f23e444): name 0.984 name+title 0.952 organisations 0.977 value+qualifier
    # 0.970 value+qualifier+unit 0.953 as_of 0.871 normalized 0.965.
    "invented194": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.967,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.978,
        "metrics.as_of": 0.935,
        "dates.normalized": 0.964,
    },
    # Round 32 check (LegCo written replies on mixed subjects: housing, security, finance, home affairs),
    # scored before any change (f23e444): name 1.000 name+title 1.000 organisations 0.985 value+qualifier
    # 0.978 value+qualifier+unit 0.919 as_of 0.901 normalized 0.898.
    "invented195": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.923,
        "metrics.as_of": 0.905,
        "dates.normalized": 0.898,
    },
    # Round 33 dev (culture, arts and sport: LCSD events, museums, athletes, venues, funding), scored before
    # any change (e30b1fb): name 1.000 name+title 0.972 organisations 0.969 value+qualifier 0.987
    # value+qualifier+unit 0.928 as_of 0.842 normalized 0.979.
    "invented196": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.941,
        "metrics.as_of": 0.860,
        "dates.normalized": 1.000,
    },
    # Round 33 check (appointments to boards and committees: advisory bodies, statutory boards, memberships),
    # scored before any change (e30b1fb): name 1.000 name+title 1.000 organisations 1.000 value+qualifier
    # 0.977 value+qualifier+unit 0.752 as_of 0.691 normalized 0.954.
    "invented197": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.755,
        "metrics.as_of": 0.693,
        "dates.normalized": 0.972,
    },
    # Round 33 dev (LegCo written replies on transport and infrastructure: roads, railways, buses, works),
    # scored before any change (e30b1fb): name 1.000 name+title 0.973 organisations 1.000 value+qualifier
    # 0.964 value+qualifier+unit 0.811 as_of 0.729 normalized 0.990.
    "invented198": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.888,
        "metrics.as_of": 0.822,
        "dates.normalized": 0.968,
    },
    # Round 33 check (police and crime: arrests, operations, deception, drugs, crime statistics), scored
    # before any change (e30b1fb): name 1.000 name+title 1.000 organisations 0.987 value+qualifier 0.981
    # value+qualifier+unit 0.869 as_of 0.839 normalized 0.970.
    "invented199": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.986,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.881,
        "metrics.as_of": 0.851,
        "dates.normalized": 0.950,
    },
    # Round 33 dev (tourism and trade promotion: visitor arrivals, HKTB, HKTDC, trade missions, exhibitions),
    # scored before any change (e30b1fb): name 0.985 name+title 0.985 organisations 1.000 value+qualifier
    # 0.962 value+qualifier+unit 0.790 as_of 0.729 normalized 0.923.
    "invented200": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.849,
        "metrics.as_of": 0.816,
        "dates.normalized": 0.940,
    },
    # Round 33 check (labour, welfare and employment: LD, SWD, CSSA, employment programmes, prosecutions),
    # scored before any change (e30b1fb): name 1.000 name+title 1.000 organisations 0.947 value+qualifier
    # 0.974 value+qualifier+unit 0.808 as_of 0.775 normalized 0.965.
    "invented201": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.836,
        "metrics.as_of": 0.822,
        "dates.normalized": 0.964,
    },
    # Round 33 dev (food safety and agriculture: CFS tests, FEHD prosecutions, AFCD farms and fisheries),
    # scored before any change (e30b1fb): name 1.000 name+title 1.000 organisations 0.980 value+qualifier
    # 0.976 value+qualifier+unit 0.922 as_of 0.883 normalized 0.938.
    "invented202": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.949,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.955,
    },
    # Round 33 check (housing: HA flats, waiting lists, transitional housing, subsidised sale, rent), scored
    # before any change (e30b1fb): name 1.000 name+title 1.000 organisations 0.926 value+qualifier 0.955
    # value+qualifier+unit 0.941 as_of 0.679 normalized 0.958.
    "invented203": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.925,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.962,
        "metrics.as_of": 0.702,
        "dates.normalized": 0.958,
    },
    # Round 34 dev (speeches and ceremonies: salutations, awards, graduation parades), scored
    # before any change (cf91409): name 1.000 name+title 0.821 organisations 1.000
    # value+qualifier 0.980 value+qualifier+unit 0.828 as_of 0.748 normalized 0.960.
    "invented204": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.845,
        "metrics.as_of": 0.767,
        "dates.normalized": 0.960,
    },
    # Round 34 check (health: CHP and DH infections, vaccination, inspections, hospitals), scored
    # before any change (cf91409): name 1.000 name+title 1.000 organisations 0.986
    # value+qualifier 0.949 value+qualifier+unit 0.917 as_of 0.864 normalized 1.000.
    "invented205": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.949,
        "metrics.value+qualifier+unit": 0.917,
        "metrics.as_of": 0.874,
        "dates.normalized": 1.000,
    },
    # Round 34 dev (customs and excise: seizures, arrests, dutiable commodities, penalties), scored
    # before any change (cf91409): name 1.000 name+title 0.938 organisations 0.923
    # value+qualifier 0.992 value+qualifier+unit 0.914 as_of 0.862 normalized 0.945.
    "invented206": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.937,
        "organisations": 0.935,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.917,
        "metrics.as_of": 0.891,
        "dates.normalized": 0.977,
    },
    # Round 34 check (investment promotion: InvestHK results, StartmeupHK, family offices), scored
    # before any change (cf91409): name 1.000 name+title 0.947 organisations 0.982
    # value+qualifier 0.997 value+qualifier+unit 0.914 as_of 0.850 normalized 1.000.
    "invented207": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.947,
        "organisations": 0.982,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.914,
        "metrics.as_of": 0.861,
        "dates.normalized": 1.000,
    },
    # Round 34 dev (environment and conservation: EPD waste, air quality, AFCD parks and wildlife), scored
    # before any change (cf91409): name 1.000 name+title 0.929 organisations 0.964
    # value+qualifier 0.980 value+qualifier+unit 0.946 as_of 0.873 normalized 0.860.
    "invented208": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.928,
        "organisations": 0.982,
        "metrics.value+qualifier": 0.971,
        "metrics.value+qualifier+unit": 0.949,
        "metrics.as_of": 0.887,
        "dates.normalized": 0.883,
    },
    # Round 34 check (official statistics: C&SD retail sales, trade, prices, labour force, GDP), scored
    # before any change (cf91409): name 1.000 name+title 0.929 organisations 0.926
    # value+qualifier 0.804 value+qualifier+unit 0.740 as_of 0.650 normalized 0.909.
    "invented209": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.928,
        "organisations": 0.925,
        "metrics.value+qualifier": 0.803,
        "metrics.value+qualifier+unit": 0.745,
        "metrics.as_of": 0.662,
        "dates.normalized": 0.909,
    },
    # Round 34 dev (buildings, lands and planning: BD orders, land sales, TPB, URA, fire safety), scored
    # before any change (cf91409): name 1.000 name+title 0.960 organisations 1.000
    # value+qualifier 0.962 value+qualifier+unit 0.923 as_of 0.830 normalized 0.977.
    "invented210": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.960,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.934,
        "metrics.as_of": 0.852,
        "dates.normalized": 0.976,
    },
    # Round 34 check (LegCo written replies on education, health, welfare and environment), scored
    # before any change (cf91409): name 1.000 name+title 1.000 organisations 0.951
    # value+qualifier 0.874 value+qualifier+unit 0.811 as_of 0.779 normalized 0.935.
    "invented211": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.950,
        "metrics.value+qualifier": 0.961,
        "metrics.value+qualifier+unit": 0.900,
        "metrics.as_of": 0.839,
        "dates.normalized": 0.935,
    },
    "invented212": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.818,
        "organisations": 0.928,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.878,
        "dates.normalized": 0.969,
    },
    "invented213": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.877,
        "metrics.as_of": 0.825,
        "dates.normalized": 0.875,
    },
    "invented214": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.933,
        "organisations": 0.943,
        "metrics.value+qualifier": 0.928,
        "metrics.value+qualifier+unit": 0.817,
        "metrics.as_of": 0.722,
        "dates.normalized": 0.928,
    },
    "invented215": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.861,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.961,
        "metrics.as_of": 0.925,
        "dates.normalized": 0.943,
    },
    "invented216": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.781,
        "organisations": 0.901,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.936,
        "metrics.as_of": 0.804,
        "dates.normalized": 0.987,
    },
    "invented217": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.900,
        "organisations": 0.923,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.876,
        "metrics.as_of": 0.850,
        "dates.normalized": 0.845,
    },
    "invented218": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.967,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.930,
        "metrics.as_of": 0.884,
        "dates.normalized": 0.923,
    },
    "invented219": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.933,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.871,
        "metrics.as_of": 0.774,
        "dates.normalized": 0.915,
    },
    "invented220": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.945,
        "metrics.as_of": 0.903,
        "dates.normalized": 0.954,
    },
    "invented221": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.720,
        "organisations": 0.982,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.957,
        "metrics.as_of": 0.753,
        "dates.normalized": 0.979,
    },
    "invented222": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.933,
        "organisations": 0.876,
        "metrics.value+qualifier": 0.970,
        "metrics.value+qualifier+unit": 0.928,
        "metrics.as_of": 0.758,
        "dates.normalized": 0.985,
    },
    "invented223": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.965,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.918,
        "metrics.as_of": 0.699,
        "dates.normalized": 0.949,
    },
    "invented224": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.882,
        "organisations": 0.888,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.964,
        "metrics.as_of": 0.881,
        "dates.normalized": 0.923,
    },
    "invented225": {
        "release_date": 1.0,
        "people.name": 0.974,
        "people.name+title": 0.974,
        "organisations": 0.967,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.904,
        "dates.normalized": 0.923,
    },
    "invented226": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.760,
        "organisations": 0.873,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.945,
        "metrics.as_of": 0.913,
        "dates.normalized": 0.967,
    },
    "invented227": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.906,
        "organisations": 0.843,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.911,
        "metrics.as_of": 0.820,
        "dates.normalized": 0.971,
    },
    "invented228": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.947,
        "metrics.value+qualifier+unit": 0.916,
        "metrics.as_of": 0.873,
        "dates.normalized": 0.882,
    },
    "invented229": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.866,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.985,
        "metrics.value+qualifier+unit": 0.943,
        "metrics.as_of": 0.896,
        "dates.normalized": 0.963,
    },
    "invented230": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.928,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.955,
        "metrics.as_of": 0.847,
        "dates.normalized": 0.931,
    },
    "invented231": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.894,
        "organisations": 0.964,
        "metrics.value+qualifier": 0.959,
        "metrics.value+qualifier+unit": 0.900,
        "metrics.as_of": 0.846,
        "dates.normalized": 0.851,
    },
    "invented232": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.983,
        "metrics.value+qualifier+unit": 0.909,
        "metrics.as_of": 0.839,
        "dates.normalized": 0.890,
    },
    "invented233": {
        "release_date": 1.0,
        "people.name": 0.980,
        "people.name+title": 0.980,
        "organisations": 0.960,
        "metrics.value+qualifier": 0.966,
        "metrics.value+qualifier+unit": 0.913,
        "metrics.as_of": 0.891,
        "dates.normalized": 0.921,
    },
    "invented234": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.935,
        "organisations": 0.968,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.935,
        "metrics.as_of": 0.876,
        "dates.normalized": 0.891,
    },
    "invented235": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.964,
        "organisations": 0.955,
        "metrics.value+qualifier": 0.989,
        "metrics.value+qualifier+unit": 0.931,
        "metrics.as_of": 0.873,
        "dates.normalized": 0.979,
    },
    "invented236": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.967,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.943,
        "metrics.as_of": 0.918,
        "dates.normalized": 0.923,
    },
    "invented237": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.956,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.968,
        "metrics.value+qualifier+unit": 0.932,
        "metrics.as_of": 0.895,
        "dates.normalized": 0.945,
    },
    "invented238": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.892,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.968,
        "metrics.as_of": 0.941,
        "dates.normalized": 0.988,
    },
    "invented239": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.937,
        "organisations": 0.931,
        "metrics.value+qualifier": 0.959,
        "metrics.value+qualifier+unit": 0.862,
        "metrics.as_of": 0.837,
        "dates.normalized": 0.888,
    },
    "invented240": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.979,
        "metrics.as_of": 0.938,
        "dates.normalized": 0.926,
    },
    "invented241": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.955,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.814,
        "metrics.as_of": 0.687,
        "dates.normalized": 1.000,
    },
    "invented242": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.933,
        "organisations": 0.980,
        "metrics.value+qualifier": 0.980,
        "metrics.value+qualifier+unit": 0.896,
        "metrics.as_of": 0.873,
        "dates.normalized": 1.000,
    },
    "invented243": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.913,
        "organisations": 0.931,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.914,
        "metrics.as_of": 0.844,
        "dates.normalized": 0.936,
    },
    "invented244": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.975,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.917,
        "metrics.as_of": 0.817,
        "dates.normalized": 0.964,
    },
    "invented245": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.777,
        "organisations": 0.942,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.924,
        "dates.normalized": 0.985,
    },
    "invented246": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.966,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.935,
        "metrics.as_of": 0.850,
        "dates.normalized": 0.947,
    },
    "invented247": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.966,
        "organisations": 0.985,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.921,
        "metrics.as_of": 0.787,
        "dates.normalized": 1.000,
    },
    "invented248": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.902,
        "metrics.as_of": 0.859,
        "dates.normalized": 0.920,
    },
    "invented249": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.914,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.845,
        "metrics.as_of": 0.820,
        "dates.normalized": 1.000,
    },
    "invented250": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.970,
        "organisations": 0.935,
        "metrics.value+qualifier": 0.975,
        "metrics.value+qualifier+unit": 0.868,
        "metrics.as_of": 0.775,
        "dates.normalized": 0.913,
    },
    "invented251": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.973,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.879,
        "metrics.as_of": 0.782,
        "dates.normalized": 0.943,
    },
    "invented252": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.909,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.973,
        "metrics.value+qualifier+unit": 0.947,
        "metrics.as_of": 0.899,
        "dates.normalized": 0.938,
    },
    "invented253": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.914,
        "organisations": 0.941,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.840,
        "metrics.as_of": 0.800,
        "dates.normalized": 0.860,
    },
    "invented254": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.958,
        "organisations": 0.982,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.951,
        "metrics.as_of": 0.940,
        "dates.normalized": 0.933,
    },
    "invented255": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.750,
        "organisations": 0.983,
        "metrics.value+qualifier": 0.926,
        "metrics.value+qualifier+unit": 0.801,
        "metrics.as_of": 0.702,
        "dates.normalized": 0.909,
    },
    "invented256": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.968,
        "organisations": 0.914,
        "metrics.value+qualifier": 0.962,
        "metrics.value+qualifier+unit": 0.911,
        "metrics.as_of": 0.848,
        "dates.normalized": 0.954,
    },
    "invented257": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.988,
        "metrics.value+qualifier+unit": 0.934,
        "metrics.as_of": 0.923,
        "dates.normalized": 1.000,
    },
    "invented258": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.941,
        "metrics.value+qualifier": 0.984,
        "metrics.value+qualifier+unit": 0.960,
        "metrics.as_of": 0.806,
        "dates.normalized": 1.000,
    },
    "invented259": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.973,
        "metrics.value+qualifier+unit": 0.894,
        "metrics.as_of": 0.842,
        "dates.normalized": 0.966,
    },
    "invented260": {
        "release_date": 1.0,
        "people.name": 0.974,
        "people.name+title": 0.871,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.933,
        "metrics.as_of": 0.915,
        "dates.normalized": 0.933,
    },
    "invented261": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.956,
        "organisations": 0.954,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.943,
        "metrics.as_of": 0.839,
        "dates.normalized": 0.929,
    },
    "invented262": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.851,
        "metrics.as_of": 0.827,
        "dates.normalized": 0.943,
    },
    "invented263": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.978,
        "metrics.value+qualifier+unit": 0.886,
        "metrics.as_of": 0.832,
        "dates.normalized": 0.978,
    },
    "invented264": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.962,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.945,
        "metrics.as_of": 0.916,
        "dates.normalized": 0.941,
    },
    "invented265": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.964,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.936,
    },
    "invented266": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.952,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.961,
        "metrics.as_of": 0.941,
        "dates.normalized": 0.956,
    },
    "invented267": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.866,
        "organisations": 0.888,
        "metrics.value+qualifier": 0.979,
        "metrics.value+qualifier+unit": 0.924,
        "metrics.as_of": 0.787,
        "dates.normalized": 0.969,
    },
    "invented268": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.959,
        "metrics.as_of": 0.849,
        "dates.normalized": 0.979,
    },
    "invented269": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.875,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.884,
        "dates.normalized": 0.977,
    },
    "invented270": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.992,
        "metrics.value+qualifier+unit": 0.832,
        "metrics.as_of": 0.802,
        "dates.normalized": 0.921,
    },
    "invented271": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.900,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.981,
        "metrics.as_of": 0.919,
        "dates.normalized": 0.961,
    },
    "invented272": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.958,
        "organisations": 0.911,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.938,
        "metrics.as_of": 0.909,
        "dates.normalized": 0.904,
    },
    "invented273": {
        "release_date": 1.0,
        "people.name": 0.969,
        "people.name+title": 0.848,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.913,
        "metrics.as_of": 0.890,
        "dates.normalized": 0.962,
    },
    "invented274": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.952,
        "metrics.as_of": 0.905,
        "dates.normalized": 0.943,
    },
    "invented275": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.961,
        "organisations": 0.947,
        "metrics.value+qualifier": 0.977,
        "metrics.value+qualifier+unit": 0.828,
        "metrics.as_of": 0.801,
        "dates.normalized": 0.918,
    },
    "invented276": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.888,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.972,
        "metrics.as_of": 0.916,
        "dates.normalized": 1.000,
    },
    "invented277": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.963,
        "metrics.as_of": 0.936,
        "dates.normalized": 0.982,
    },
    "invented278": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.972,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.978,
        "metrics.as_of": 0.928,
        "dates.normalized": 0.900,
    },
    "invented279": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.976,
        "metrics.value+qualifier+unit": 0.924,
        "metrics.as_of": 0.896,
        "dates.normalized": 0.900,
    },
    "invented280": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.777,
        "organisations": 0.982,
        "metrics.value+qualifier": 0.994,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.903,
        "dates.normalized": 0.979,
    },
    "invented281": {
        "release_date": 1.0,
        "people.name": 0.987,
        "people.name+title": 0.857,
        "organisations": 0.923,
        "metrics.value+qualifier": 0.986,
        "metrics.value+qualifier+unit": 0.933,
        "metrics.as_of": 0.907,
        "dates.normalized": 1.000,
    },
    "invented282": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.987,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.942,
        "metrics.as_of": 0.884,
        "dates.normalized": 1.000,
    },
    "invented283": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.997,
        "metrics.value+qualifier+unit": 0.997,
        "metrics.as_of": 0.941,
        "dates.normalized": 0.909,
    },
    "invented284": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.996,
        "metrics.value+qualifier+unit": 0.943,
        "metrics.as_of": 0.943,
        "dates.normalized": 0.987,
    },
    "invented285": {
        "release_date": 1.0,
        "people.name": 0.980,
        "people.name+title": 0.862,
        "organisations": 0.936,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.894,
        "metrics.as_of": 0.852,
        "dates.normalized": 0.953,
    },
    "invented286": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.927,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.991,
        "metrics.value+qualifier+unit": 0.927,
        "metrics.as_of": 0.910,
        "dates.normalized": 0.962,
    },
    "invented287": {
        "release_date": 1.0,
        "people.name": 0.983,
        "people.name+title": 0.950,
        "organisations": 0.911,
        "metrics.value+qualifier": 0.957,
        "metrics.value+qualifier+unit": 0.912,
        "metrics.as_of": 0.828,
        "dates.normalized": 0.989,
    },
    "invented288": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.984,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.875,
        "metrics.as_of": 0.863,
        "dates.normalized": 0.945,
    },
    "invented289": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.800,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.974,
        "metrics.value+qualifier+unit": 0.929,
        "metrics.as_of": 0.878,
        "dates.normalized": 0.967,
    },
    "invented290": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.979,
        "metrics.value+qualifier": 0.990,
        "metrics.value+qualifier+unit": 0.970,
        "metrics.as_of": 0.957,
        "dates.normalized": 0.960,
    },
    "invented291": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 0.909,
        "metrics.value+qualifier": 0.973,
        "metrics.value+qualifier+unit": 0.871,
        "metrics.as_of": 0.834,
        "dates.normalized": 0.938,
    },
    "invented292": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.944,
        "organisations": 0.905,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.940,
        "metrics.as_of": 0.940,
        "dates.normalized": 0.979,
    },
    "invented293": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.947,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.987,
        "metrics.value+qualifier+unit": 0.936,
        "metrics.as_of": 0.863,
        "dates.normalized": 0.891,
    },
    "invented294": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.974,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.982,
        "metrics.value+qualifier+unit": 0.957,
        "metrics.as_of": 0.914,
        "dates.normalized": 0.955,
    },
    "invented295": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.972,
        "metrics.value+qualifier+unit": 0.950,
        "metrics.as_of": 0.883,
        "dates.normalized": 0.986,
    },
    "invented296": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.950,
        "organisations": 0.962,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.911,
        "metrics.as_of": 0.811,
        "dates.normalized": 1.000,
    },
    "invented297": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 1.000,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.993,
        "metrics.value+qualifier+unit": 0.907,
        "metrics.as_of": 0.867,
        "dates.normalized": 0.930,
    },
    "invented298": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.850,
        "organisations": 1.000,
        "metrics.value+qualifier": 1.000,
        "metrics.value+qualifier+unit": 0.952,
        "metrics.as_of": 0.888,
        "dates.normalized": 0.946,
    },
    "invented299": {
        "release_date": 1.0,
        "people.name": 1.000,
        "people.name+title": 0.950,
        "organisations": 1.000,
        "metrics.value+qualifier": 0.970,
        "metrics.value+qualifier+unit": 0.946,
        "metrics.as_of": 0.863,
        "dates.normalized": 0.989,
    },
}
SIZES = {"invented": 14, "invented2": 14, "invented3": 12, "invented4": 10, "invented5": 12, "invented6": 12,
         "invented7": 12, "invented8": 12, "invented9": 8, "invented10": 10, "invented11": 10,
         "invented12": 10, "invented13": 10, "invented14": 10, "invented15": 10, "invented16": 10,
         "invented17": 10, "invented18": 10, "invented19": 10, "invented20": 10, "invented21": 10,
         "invented22": 10, "invented23": 10, "invented24": 10, "invented25": 10, "invented26": 10,
         "invented27": 10, "invented28": 10, "invented29": 10, "invented30": 10, "invented31": 10,
         "invented32": 10, "invented33": 10, "invented34": 10, "invented35": 10,
         "invented36": 10, "invented37": 10, "invented38": 10, "invented39": 10,
         "invented40": 10, "invented41": 10, "invented42": 10, "invented43": 10,
         "invented44": 10, "invented45": 10, "invented46": 10, "invented47": 10,
         "invented48": 10, "invented49": 10, "invented50": 10, "invented51": 10,
         "invented52": 10, "invented53": 10, "invented54": 10, "invented55": 10,
         "invented56": 10, "invented57": 10, "invented58": 10, "invented59": 10,
         "invented60": 10, "invented61": 10, "invented62": 10, "invented63": 10,
         "invented64": 10, "invented65": 10, "invented66": 10, "invented67": 10,
         "invented68": 10, "invented69": 10, "invented70": 10, "invented71": 10,
         "invented72": 10, "invented73": 10, "invented74": 10, "invented75": 10,
         "invented76": 10, "invented77": 10, "invented78": 10,
         "invented79": 10, "invented80": 10, "invented81": 10, "invented82": 10,
         "invented83": 10, "invented84": 10, "invented85": 10, "invented86": 10,
         "invented87": 10, "invented88": 10,
         "invented89": 10, "invented90": 10, "invented91": 10, "invented92": 10, "invented93": 10,
         "invented94": 10, "invented95": 10, "invented96": 10, "invented97": 10,
         "invented98": 10,
         "invented99": 10, "invented100": 10, "invented101": 10, "invented102": 10,
         "invented103": 10, "invented104": 10, "invented105": 10, "invented106": 10,
         "invented107": 10, "invented108": 10,
         "invented109": 10, "invented110": 10, "invented111": 10, "invented112": 10,
         "invented113": 10, "invented114": 10, "invented115": 10, "invented116": 10,
         "invented117": 10, "invented118": 10,
         "invented119": 10, "invented120": 10, "invented121": 10, "invented122": 10,
         "invented123": 10, "invented124": 10, "invented125": 10, "invented126": 10,
         "invented127": 10, "invented128": 10,
         "invented129": 10, "invented130": 10, "invented131": 10, "invented132": 10,
         "invented133": 10, "invented134": 10, "invented135": 10, "invented136": 10,
         "invented137": 10, "invented138": 10, "invented139": 10, "invented140": 10,
         "invented141": 10, "invented142": 10, "invented143": 10, "invented144": 10,
         "invented145": 10, "invented146": 10, "invented147": 10,
         "invented148": 10, "invented149": 10, "invented150": 10, "invented151": 10,
         "invented152": 10, "invented153": 10, "invented154": 10, "invented155": 10,
         "invented156": 10, "invented157": 10, "invented158": 10, "invented159": 10,
         "invented160": 10, "invented161": 10, "invented162": 10, "invented163": 10,
         "invented164": 10, "invented165": 10, "invented166": 10, "invented167": 10,
         "invented168": 10, "invented169": 10, "invented170": 10, "invented171": 10,
         "invented172": 10, "invented173": 10, "invented174": 10, "invented175": 10,
         "invented176": 10, "invented177": 10, "invented178": 10, "invented179": 10,
         "invented180": 10, "invented181": 10, "invented182": 10, "invented183": 10,
         "invented184": 10, "invented185": 10, "invented186": 10, "invented187": 10,
         "invented188": 10, "invented189": 10, "invented190": 10, "invented191": 10,
         "invented192": 10, "invented193": 10, "invented194": 10, "invented195": 10,
         "invented196": 10, "invented197": 10, "invented198": 10, "invented199": 10,
         "invented200": 10, "invented201": 10, "invented202": 10, "invented203": 10,
         "invented204": 10, "invented205": 10, "invented206": 10, "invented207": 10,
         "invented208": 10, "invented209": 10, "invented210": 10, "invented211": 10,
         "invented212": 10, "invented213": 10, "invented214": 10, "invented215": 10,
         "invented216": 10, "invented217": 10, "invented218": 10, "invented219": 10,
         "invented220": 10, "invented221": 10, "invented222": 10, "invented223": 10,
         "invented224": 10, "invented225": 10, "invented226": 10, "invented227": 10,
         "invented228": 10, "invented229": 10, "invented230": 10, "invented231": 10,
         "invented232": 10, "invented233": 10, "invented234": 10, "invented235": 10,
         "invented236": 10, "invented237": 10, "invented238": 10, "invented239": 10,
         "invented240": 10, "invented241": 10, "invented242": 10, "invented243": 10,
         "invented244": 10, "invented245": 10, "invented246": 10, "invented247": 10,
         "invented248": 10, "invented249": 10, "invented250": 10, "invented251": 10,
         "invented252": 10, "invented253": 10, "invented254": 10, "invented255": 10,
         "invented256": 10, "invented257": 10, "invented258": 10, "invented259": 10,
         "invented260": 10, "invented261": 10, "invented262": 10, "invented263": 10,
         "invented264": 10, "invented265": 10, "invented266": 10, "invented267": 10,
         "invented268": 10, "invented269": 10, "invented270": 10, "invented271": 10,
         "invented272": 10, "invented273": 10, "invented274": 10, "invented275": 10,
         "invented276": 10, "invented277": 10, "invented278": 10, "invented279": 10,
         "invented280": 10, "invented281": 10, "invented282": 10, "invented283": 10,
         "invented284": 10, "invented285": 10, "invented286": 10, "invented287": 10,
         "invented288": 10, "invented289": 10, "invented290": 10, "invented291": 10,
         "invented292": 10, "invented293": 10, "invented294": 10, "invented295": 10,
         "invented296": 10, "invented297": 10, "invented298": 10, "invented299": 10}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_field_at_or_above_its_floor(name: str) -> None:
    # One test per set, so each set is built once on one xdist worker (a shared fixture was built
    # by every worker); the message names every field below its floor.
    gold = json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))
    report = score(warehouse_tables(DATA / name / "docs"), gold)
    below = {
        field: f"{report.f1(field):.3f} < {floor}"
        for field, floor in FLOORS[name].items()
        if report.f1(field) < floor - 5e-4
    }
    assert not below, f"{name}: {below}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_invented_release_is_read(name: str) -> None:
    gold = json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in (DATA / name / "docs").iterdir())
    assert files == sorted(g["file"] for g in gold) and len(files) == SIZES[name]
