"""People and organisations of one document, with in-document coreference."""

from __future__ import annotations

import pytest

from pipelines.extract.acronyms import find_acronyms
from pipelines.extract.entities import Entities, Person, extract_entities, normalise_key
from pipelines.extract.people import find_people


def entities(text: str) -> Entities:
    found = extract_entities(text)
    for m in found.mentions:
        assert text[m.start : m.end] == m.text
    return found


def person(found: Entities, name: str) -> Person:
    matches = [p for p in found.people if p.name == name]
    assert len(matches) == 1, [p.name for p in found.people]
    return matches[0]


def test_title_in_apposition_before_honorific_name() -> None:
    text = (
        "The Secretary for Transport and Logistics, Mr Lam Sai-hung, said today that the "
        "new ferry pier would open next year."
    )
    found = entities(text)
    assert [p.name for p in found.people] == ["Lam Sai-hung"]
    lam = found.people[0]
    assert lam.honorific == "Mr"
    assert lam.title == "Secretary for Transport and Logistics"
    assert lam.first.text == "Mr Lam Sai-hung"


def test_title_with_commas_in_apposition() -> None:
    text = (
        "The Secretary for Innovation, Technology and Industry, Professor Sun Dong, said "
        "the sector was growing."
    )
    sun = person(entities(text), "Sun Dong")
    assert sun.honorific == "Professor"
    assert sun.title == "Secretary for Innovation, Technology and Industry"


def test_title_before_bare_name() -> None:
    found = entities("Financial Secretary Paul Chan officiated at the ceremony this morning.")
    chan = person(found, "Paul Chan")
    assert chan.title == "Financial Secretary"
    assert chan.honorific is None
    assert chan.first.text == "Paul Chan"


def test_title_after_name_in_apposition() -> None:
    found = entities("Mr Chan Siu-ming, Director of Home Affairs, said the event was a success.")
    chan = person(found, "Chan Siu-ming")
    assert chan.title == "Director of Home Affairs"
    assert chan.honorific == "Mr"


def test_surname_with_honorific_joins_full_name() -> None:
    text = (
        "The Director of Home Affairs, Mr Philip Yung, visited the district. "
        "Mr Yung said the work would continue."
    )
    found = entities(text)
    assert [p.name for p in found.people] == ["Philip Yung"]
    yung = found.people[0]
    keys = {m.key for m in found.mentions if m.label == "PERSON"}
    assert keys == {yung.key}
    assert "Mr Yung" in [m.text for m in found.mentions if m.method == "coref"]
    assert yung.n_mentions >= 2


def test_surname_before_full_name_also_joins() -> None:
    text = "Mr Yung opened the forum. The Director of Home Affairs, Mr Philip Yung, spoke later."
    found = entities(text)
    assert [p.name for p in found.people] == ["Philip Yung"]
    assert found.people[0].title == "Director of Home Affairs"


def test_bare_chief_executive_joins_the_named_person() -> None:
    text = (
        "Chief Executive John Lee met the delegation this morning. "
        "The Chief Executive said Hong Kong would welcome more visitors."
    )
    found = entities(text)
    lee = person(found, "John Lee")
    assert lee.title == "Chief Executive"
    refs = [m for m in found.mentions if m.method == "title_coref"]
    assert [m.text for m in refs] == ["Chief Executive"]
    assert refs[0].key == lee.key
    assert refs[0].start == text.index("Chief Executive said")
    assert lee.n_mentions == 2


def test_acronym_defined_in_parentheses_gives_organisation_and_mentions() -> None:
    text = (
        "The Office for Supporting Small Traders (OSST) was set up last year. "
        "The OSST has since helped many shops, and the OSST will keep doing so."
    )
    found = entities(text)
    assert len(found.organisations) == 1
    org = found.organisations[0]
    assert (org.name, org.acronym) == ("Office for Supporting Small Traders", "OSST")
    acronym_uses = [m for m in found.mentions if m.text == "OSST"]
    assert len(acronym_uses) == 3
    assert {m.key for m in acronym_uses} == {org.key}
    assert all(m.label == "ORG" for m in acronym_uses)
    assert org.n_mentions == 4
    assert org.first.text == "Office for Supporting Small Traders"


def test_find_acronyms_long_form_span() -> None:
    text = "The Hong Kong Trade Development Council (HKTDC) organised the fair."
    (acr,) = find_acronyms(text)
    assert (acr.short, acr.long) == ("HKTDC", "Hong Kong Trade Development Council")
    assert text[acr.long_start : acr.long_end] == acr.long
    assert text[acr.short_start : acr.short_end] == "HKTDC"


def test_person_carries_organisation_named_in_title() -> None:
    text = (
        "The Director-General of the Office for Supporting Small Traders (OSST), "
        "Mr Philip Yung, opened the fair."
    )
    found = entities(text)
    yung = person(found, "Philip Yung")
    assert yung.title == "Director-General of the Office for Supporting Small Traders"
    assert yung.organisation == "Office for Supporting Small Traders"


def test_listed_committee_members_carry_the_committee() -> None:
    text = (
        "The Government today announced the appointment of members to the Harbourfront "
        "Advisory Committee. The new members are Mr Chan Tai-man, Ms Wong Siu-ling, "
        "Dr Lee Ka-ho and Professor Ho Wing-kei."
    )
    found = entities(text)
    assert [o.name for o in found.organisations] == ["Harbourfront Advisory Committee"]
    members = ["Chan Tai-man", "Wong Siu-ling", "Lee Ka-ho", "Ho Wing-kei"]
    assert [p.name for p in found.people] == members
    for p in found.people:
        assert p.organisation == "Harbourfront Advisory Committee"
        assert p.title is None
    assert [p.honorific for p in found.people] == ["Mr", "Ms", "Dr", "Professor"]


def test_three_listed_committee_members_carry_the_committee() -> None:
    text = (
        "The Harbourfront Advisory Committee held its first meeting today. "
        "The members are Mr Chan Tai-man, Ms Wong Siu-ling and Dr Lee Ka-ho."
    )
    found = entities(text)
    assert [p.organisation for p in found.people] == ["Harbourfront Advisory Committee"] * 3


def test_role_of_the_appointer_is_not_the_title_of_the_appointees() -> None:
    text = (
        "The Secretary for Development has appointed Mr Chan Tai-man, Ms Wong Siu-ling, "
        "Dr Lee Ka-ho and Mr Ho Wing-kei as members of the Harbourfront Advisory Committee."
    )
    found = entities(text)
    assert [p.title for p in found.people] == [None, None, None, None]


def test_appositive_title_does_not_cross_sentence_boundary() -> None:
    text = (
        "The Chief Executive will visit Japan next week. The Chief Executive, Mr John Lee, "
        "said the trip would promote trade."
    )
    assert person(entities(text), "John Lee").title == "Chief Executive"


def test_title_in_apposition_at_sentence_end() -> None:
    text = (
        "The Financial Secretary, Mr Paul Chan, met Mr Chan Tai-man, Chairman of the "
        "Harbourfront Advisory Committee."
    )
    chan = person(entities(text), "Chan Tai-man")
    assert chan.title == "Chairman of the Harbourfront Advisory Committee"


@pytest.mark.parametrize(
    "text",
    [
        "The Government will continue to support the industry.",
        "The Government said it welcomed the visitors. The Government thanked them.",
        "The Government of the Hong Kong Special Administrative Region welcomed the delegation.",
    ],
)
def test_bare_government_is_not_an_organisation(text: str) -> None:
    found = entities(text)
    assert found.organisations == []
    assert all(m.label != "ORG" for m in found.mentions)


def test_government_beside_named_body_keeps_only_the_body() -> None:
    found = entities("The Government and the Hong Kong Tourism Board welcomed the visitors.")
    assert [o.name for o in found.organisations] == ["Hong Kong Tourism Board"]


@pytest.mark.parametrize(
    "text",
    [
        "Yung Shing-wai, aged 47, was arrested yesterday.",
        "A man, Yung Shing-wai, aged 47, was arrested for theft.",
    ],
)
def test_name_with_age_is_a_person(text: str) -> None:
    found = entities(text)
    shing = person(found, "Yung Shing-wai")
    assert shing.honorific is None
    assert shing.title is None
    assert shing.first.method == "aged"


def test_find_people_spans_slice_text() -> None:
    text = (
        "The Secretary for Transport and Logistics, Mr Lam Sai-hung, met Financial Secretary "
        "Paul Chan and Yung Shing-wai, aged 47."
    )
    found = list(find_people(text))
    assert {p.name for p in found} == {"Lam Sai-hung", "Paul Chan", "Yung Shing-wai"}
    for p in found:
        assert text[p.start : p.end] == p.text


def test_places_are_not_people_or_organisations() -> None:
    found = entities("Mr Lam visited Hong Kong and the Mainland.")
    assert [p.name for p in found.people] == ["Lam"]
    assert found.organisations == []
    assert {m.text for m in found.mentions if m.label == "GPE"} == {"Hong Kong", "Mainland"}


def test_normalise_key() -> None:
    assert normalise_key("ORG", "the  Hong Kong Tourism Board") == "org:hong kong tourism board"
    assert normalise_key("PERSON", "Lam Sai-hung") == "person:lam sai-hung"


def test_mentions_are_sorted() -> None:
    text = (
        "The Office for Supporting Small Traders (OSST) and Mr Lam Sai-hung met Financial "
        "Secretary Paul Chan in Hong Kong. The OSST thanked Mr Lam."
    )
    found = entities(text)
    starts = [(m.start, m.end) for m in found.mentions]
    assert starts == sorted(starts)
    assert {p.name for p in found.people} == {"Lam Sai-hung", "Paul Chan"}


def test_a_role_whose_modifier_is_a_head_word_and_a_members_body_before_a_bare_name() -> None:
    # a child-care release and a centre opening (kinds the corpus lacks)
    found = entities(
        "Ms Ho Wing-yan, Centre Supervisor of the Silver Harbour Children's Association, welcomed "
        "the move. Also present was Tai Po District Council member Yeung Chi-kin."
    )
    assert [o.name for o in found.organisations] == [
        "Silver Harbour Children's Association",
        "Tai Po District Council",
    ]
    supervisor, member = person(found, "Ho Wing-yan"), person(found, "Yeung Chi-kin")
    assert supervisor.title == "Centre Supervisor of the Silver Harbour Children's Association"
    assert supervisor.organisation == "Silver Harbour Children's Association"
    assert (member.title, member.organisation) == (
        "Tai Po District Council member",
        "Tai Po District Council",
    )
    # "member" alone, after no body, is no title
    assert person(entities("Every member Mr Lam Ka-ho knew came."), "Lam Ka-ho").title is None
    # an appointment list's "(new member)" is a status, not a title
    assert (
        person(entities("The new members are Mr Au Yeung Chi-kin (new member)."), "Au Yeung Chi-kin").title
        is None
    )
