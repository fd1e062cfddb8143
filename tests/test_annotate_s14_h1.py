"""Statement sources, speakers and contents misread in news text, each pinned with sentences of our own.

A focus adverb between a cue and its report ("said only that ..."); a dateline set off by a spaced hyphen
("LONDON, May 3 (Reuters) - The minister said"). Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements_of(document: Document) -> list[tuple[str | None, str, str, str]]:
    """(speaker name, source, cue, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (
            names.get(s.speaker) if s.speaker else None,
            s.source.text if s.source else "",
            s.cue.text,
            s.content.text if s.content else "",
        )
        for s in document.statements
    ]


def said(text: str) -> list[tuple[str | None, str, str, str]]:
    return statements_of(stancekit.annotate(text))


# -- a focus adverb between the cue and the report -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said only that talks with the unions would continue.", "talks with the unions would continue"),
        ("A spokeswoman said just that the case had been closed.", "the case had been closed"),
        ("Ms Okonjo said further that the bank had enough capital.", "the bank had enough capital"),
        ("The club said merely that the coach was on leave.", "the coach was on leave"),
        ("He said only: “We will see what the court decides.”", "We will see what the court decides"),
    ],
)
def test_a_focus_adverb_before_the_report_is_no_part_of_it(text: str, content: str) -> None:
    """ "said only that X": the content is X; "only" narrows the report, it is not what was said."""
    assert [statement[3] for statement in said(text)] == [content]


def test_only_inside_the_clause_stays() -> None:
    """ "said only Labour could win": "only" is a word of the clause, no mark follows it."""
    assert [statement[3] for statement in said("She said only Labour could win the seat.")] == [
        "only Labour could win the seat"
    ]


# -- a dateline set off by a spaced hyphen ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("LONDON, May 3 (Reuters) - Britain's finance minister said prices would ease.", "Britain's finance minister"),
        ("PARIS, June 2 (AFP) - The French government said it would act on rents.", "The French government"),
        ("OSLO (Reuters) -- Norway's fisheries minister said quotas would be cut.", "Norway's fisheries minister"),
        ("NAIROBI, Kenya - Kenya's treasury told reporters the loan would be repaid.", "Kenya's treasury"),
    ],
)
def test_a_dateline_before_a_spaced_hyphen_is_no_part_of_the_source(text: str, source: str) -> None:
    """ "LONDON, May 3 (Reuters) - X said": the source is X; the hyphen is a dash, as "—" is."""
    assert [statement[1] for statement in said(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ferreira -- co-author of a study of port strikes -- said the dockers would win.", "Ferreira"),
        ("Her brother - a lawyer in Porto - said the charge was false.", "Her brother"),
        ("The mayor—elected only in March—said the budget was empty.", "The mayor"),
        ("The union — which represents 4,000 nurses — said wards were understaffed.", "The union"),
    ],
)
def test_an_aside_set_off_by_dashes_before_the_cue_leaves_the_source_before_it(text: str, source: str) -> None:
    """ "X -- co-author of a study -- said": X speaks; the aside is no source, nor does it end the source."""
    assert [statement[1] for statement in said(text)] == [source]


# -- a description set off by commas before the name that speaks ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company, Vantor, said profits fell.", ("Vantor", "Vantor", "said", "profits fell")),
        ("The bank, Nordea, said lending rose.", ("Nordea", "Nordea", "said", "lending rose")),
        ("Its chief executive, Ana Ruiz, said sales grew.", ("Ana Ruiz", "Ana Ruiz", "said", "sales grew")),
    ],
)
def test_a_subject_that_describes_the_name_after_it_is_no_content(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    """ "The company, Vantor, said profits fell": Vantor reports "profits fell", not "The company"."""
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Bills will rise next year, the regulator, Ofwat, said.", "Bills will rise next year"),
        ("Fares will go up, Britain's biggest train operator, Avanti, said on Monday.", "Fares will go up"),
        ("The strike will go on, the union's leader, Tom Baker, told reporters.", "The strike will go on"),
        ("Prices will fall, the carrier, Skyvia, said.", "Prices will fall"),
    ],
)
def test_a_description_of_a_postposed_source_is_no_part_of_the_content(text: str, content: str) -> None:
    """ "X, the regulator, Ofwat, said": the content is X; "the regulator" describes the source."""
    assert [statement[3] for statement in said(text)] == [content]


def test_a_content_ending_in_an_object_before_a_plain_source_stays_whole() -> None:
    """ "We will fight the company, Ana Ruiz said": no second comma, the object is the report's."""
    assert [statement[3] for statement in said("We will fight the company, Ana Ruiz said.")] == [
        "We will fight the company"
    ]


# -- a surname in "-s" opening a sentence ------------------------------------------------------------------------


def speakers(text: str) -> list[tuple[str, str] | None]:
    """(name, type) of each statement's speaker."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [(entities[s.speaker].name, entities[s.speaker].type) if s.speaker else None for s in document.statements]


@pytest.mark.parametrize(
    "text",
    [
        "Reynolds said the plan would fail.",
        "Williams told reporters the talks had stalled.",
        "Hughes warned that costs would rise.",
        "Jenkins said the count was flawed.",
        "Edwards argued that the rule was unfair.",
    ],
)
def test_a_surname_in_s_opening_a_sentence_is_a_person(text: str) -> None:
    """ "Reynolds said ...": a person, not a group named by a plural noun."""
    assert speakers(text) == [(text.split()[0], "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Exporters said the tariffs would hurt.",
        "Fans said the club had let them down.",
        "Historians say the war began earlier.",
        "Judges said the law was unclear.",
        "Coaches said the pitch was poor.",
    ],
)
def test_a_plural_noun_opening_a_sentence_stays_a_group(text: str) -> None:
    """ "Exporters said", "Fans said": people of a kind, a group."""
    assert [speaker[1] if speaker else None for speaker in speakers(text)] == ["group"]


# -- "asked for" a thing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union asked for a meeting with the board.",
        "Tenants are asking for lower rents and a new lift.",
        "The mayor has also asked for a review of the budget.",
    ],
)
def test_asking_for_a_thing_reports_nothing(text: str) -> None:
    """ "asked for a meeting": a request for a thing, an act, no statement."""
    assert said(text) == []


def test_asking_a_question_still_reports() -> None:
    """ "asked whether ...": a question asked, a statement."""
    assert [statement[3] for statement in said("The senator asked whether the plan was legal.")] == [
        "whether the plan was legal"
    ]


# -- a body or unnamed people described in lower case -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The data-protection authority said the app broke the law.", "data-protection authority"),
        ("The consumer watchdog said the prices were unfair.", "consumer watchdog"),
        ("The state-owned utility said supply was secure.", "state-owned utility"),
        ("The trade association said exports would fall.", "trade association"),
    ],
)
def test_a_body_described_in_lower_case_speaks(text: str, name: str) -> None:
    """ "The data-protection authority said": a body of its own, named by the description."""
    assert speakers(text) == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "People familiar with the company's plans said it would sell the unit.",
            "People familiar with the company's plans",
        ),
        ("Two people familiar with the matter said the deal was close.", "people familiar with the matter"),
        ("Sources close to the minister said she would resign.", "sources close to the minister"),
    ],
)
def test_unnamed_people_tied_to_the_matter_are_a_group(text: str, name: str) -> None:
    """ "People familiar with the plans said": a group named by the phrase (as written)."""
    assert speakers(text) == [(name, "group")]


# -- "It said" after a sentence whose plural subject acted on a body ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regulators fined Kovalt on Monday. It said it would appeal.", "Kovalt"),
        ("Prosecutors charged Dalby Shipping with fraud. It said it was innocent.", "Dalby Shipping"),
        ("Investors sued Harbor Bank in March. It said the case had no merit.", "Harbor Bank"),
    ],
)
def test_it_after_a_plural_subject_is_the_body_it_acted_on(text: str, name: str) -> None:
    """ "Regulators fined Kovalt. It said ...": "it" is no group of regulators; the body they fined speaks."""
    assert speakers(text) == [(name, "organization")]


def test_it_after_a_plural_subject_is_never_a_person() -> None:
    """ "Police arrested Tom Baker. It said ...": no person is "it"; no speaker is made up."""
    assert [speaker for speaker in speakers("Police arrested Tom Baker. It said the arrest was lawful.")] in (
        [],
        [None],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Residents praised Holt on Monday. It said the talks were useful.",
        "Regulators questioned Musk on Monday. It said the probe was closed.",
        "Fans cheered Okafor after the match. It said the team would improve.",
    ],
)
def test_a_surname_after_a_verb_that_does_not_act_on_bodies_is_no_body(text: str) -> None:
    """Only an authority's act on a body ("fined", "sued", "charged") makes the name after it a body "it" can be."""
    assert "organization" not in {kind for _, kind in filter(None, speakers(text))}
    entity_types = {entity.name: entity.type for entity in stancekit.annotate(text).entities}
    assert all(kind != "organization" for name, kind in entity_types.items() if name in ("Holt", "Musk", "Okafor"))


# -- people or a body placed at a place: the place is where, not who ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Exporters in Chile said the tariffs would hurt them.", "exporters"),
        ("Retailers in Ohio say sales fell in March.", "retailers"),
        ("Shipowners in Greece said the fees were too high.", "shipowners"),
    ],
)
def test_people_of_a_kind_placed_at_a_place_are_a_group(text: str, name: str) -> None:
    """ "Exporters in Chile said": the exporters speak, a group; not Chile."""
    assert speakers(text) == [(name, "group")]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The health ministry in Kyiv said ten people were injured.", "health ministry", "UKR"),
        ("The foreign ministry in Beijing said the visit was a provocation.", "foreign ministry", "CHN"),
        ("The interior ministry in Paris said 20 people were arrested.", "interior ministry", "FRA"),
    ],
)
def test_a_body_described_before_its_place_speaks_with_the_places_country(text: str, name: str, country: str) -> None:
    """ "The health ministry in Kyiv said": the ministry speaks (Ukraine's), not the country."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    speaker = entities[document.statements[0].speaker or ""]
    assert (speaker.name, speaker.type, speaker.country) == (name, "government", country)


def test_a_body_placed_joins_the_body_the_text_named_before() -> None:
    """ "The Ukrainian Health Ministry ... The health ministry in Kyiv said": the one body named before."""
    text = "The Ukrainian Health Ministry warned of shortages. The health ministry in Kyiv said ten people were hurt."
    assert speakers(text) == [("Ukrainian Health Ministry", "government")]


def test_the_government_placed_at_its_capital_stays_the_country() -> None:
    """ "The government in Kyiv said": the country speaks, as for "Ukraine's government"."""
    assert speakers("The government in Kyiv said talks would resume.") == [("Ukraine", "country")]


# -- "by claiming" after "accused X of ...": X's act ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics accused Holt of misleading voters by claiming that taxes would fall.", "Holt"),
        ("Neighbours accused Dana Price of stoking fears by saying the plant would close.", "Dana Price"),
        ("Farmers credited the mayor with saving the market by arguing that rents must fall.", "mayor"),
    ],
)
def test_a_report_by_which_the_accused_acted_is_not_the_accusers(text: str, speaker: str) -> None:
    """ "Critics accused Holt of misleading voters by claiming X": the claim is Holt's, not the critics'."""
    assert [name for name, _, cue, _ in said(text) if cue.endswith("ing")] == [speaker]


def test_a_report_by_an_accused_pronoun_is_nobodys() -> None:
    """ "Rivals accused him of ... by claiming X": not the rivals'; with no name, no statement."""
    assert said("Rivals accused him of misleading voters by claiming that taxes would fall.") == []


def test_by_after_the_subjects_own_verb_stays_the_subjects() -> None:
    """ "Holt misled voters by claiming X": Holt's claim."""
    assert [name for name, _, _, _ in said("Holt misled voters by claiming that taxes would fall.")] == ["Holt"]


# -- a town whose name opens with an article, after "in" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The festival was held in Le Havre last week.",
        "He grew up in La Rochelle before the war.",
        "The talks in Den Haag ended without a deal.",
        "Rallies in El Paso drew thousands of people.",
    ],
)
def test_a_town_named_with_an_article_after_in_is_no_person(text: str) -> None:
    """ "in Le Havre": a place, not a person called "Le Havre"."""
    assert [entity.type for entity in stancekit.annotate(text).entities if entity.type == "person"] == []


def test_a_surname_with_a_particle_stays_a_person() -> None:
    """ "Le Pen said", "Voters in Le Pen's heartland": a person still; only a plain "in X" names a place."""
    assert speakers("Le Pen said the vote was rigged.") == [("Le Pen", "person")]
    entities = stancekit.annotate("Voters in Le Pen's heartland were angry.").entities
    assert [(entity.name, entity.type) for entity in entities if entity.type == "person"] == [("Le Pen", "person")]


def test_people_of_a_kind_placed_in_an_unknown_town_are_a_group() -> None:
    """ "Dockers in Le Havre said": the dockers speak."""
    assert speakers("Dockers in Le Havre said the port was closed.") == [("dockers", "group")]


# -- a body's description before its name, after an inverted cue or a report ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bills will rise next year, said the regulator, Ofwat.", ("Ofwat", "organization")),
        ("“We will appeal,” said its parent company, Vantor Holdings.", ("Vantor Holdings", "organization")),
        ("Fares must rise, said the airline, Skyvia, which lost money.", ("Skyvia", "organization")),
    ],
)
def test_an_inverted_description_of_a_body_gives_way_to_its_name(text: str, expected: tuple[str, str]) -> None:
    """ "..., said the regulator, Ofwat.": Ofwat speaks, not a body called "regulator"."""
    assert speakers(text) == [expected]


def test_an_inverted_description_alone_still_speaks() -> None:
    """ "..., said the regulator.": no name follows; the regulator speaks."""
    assert speakers("Prices will rise, said the regulator.") == [("regulator", "organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales fell, the union's leader, Tom Baker, told analysts on Monday.",
            ("Tom Baker", "Tom Baker", "told", "Sales fell"),
        ),
        (
            "Costs had doubled, the company's chief executive, Ana Ruiz, said on Monday.",
            ("Ana Ruiz", "Ana Ruiz", "said", "Costs had doubled"),
        ),
    ],
)
def test_a_report_before_a_described_source_is_the_content(text: str, expected: tuple[str, str, str, str]) -> None:
    """ "Sales fell, the union's leader, Tom Baker, told analysts": "Sales fell" is reported; the rest is the source."""
    assert said(text) == [expected]


# -- a definite description with a relative clause is the subject ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The watchdog, which began its inquiry last year, said the bank broke the rules.",
            ("watchdog", "The watchdog", "said", "the bank broke the rules"),
        ),
        (
            "The minister, who took office in May, said prices fell.",
            ("minister", "The minister", "said", "prices fell"),
        ),
        (
            "The company, which fined the firm in May, said profits fell.",
            ("company", "The company", "said", "profits fell"),
        ),
    ],
)
def test_a_description_with_a_relative_clause_is_the_subject(text: str, expected: tuple[str, str, str, str]) -> None:
    """ "The watchdog, which ..., said X": the watchdog reports X, not content before an inverted "said the bank"."""
    assert said(text) == [expected]


def test_a_surname_in_ers_placed_at_a_place_is_the_person_named_before() -> None:
    """ "Rogers in London said" after "Rogers, speaking in London, said": one person, not a group "rogers" beside."""
    text = "Rogers, speaking in London, said the deal was off. Rogers in London said prices fell."
    assert speakers(text) == [("Rogers", "person"), ("Rogers", "person")]
    assert ("rogers", "group") not in {(entity.name, entity.type) for entity in stancekit.annotate(text).entities}
