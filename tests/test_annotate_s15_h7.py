"""Statements whose speaker the text gives only by a kind or a pronoun, each pinned with sentences of our own.

"The city said" after a city's council or government; "a union said", "A trade association said" after the one
body of that kind; "their government" of people placed in a country; "its chairman" after a body and a country.
Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, source) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names.get(s.speaker) if s.speaker else None, s.source.text if s.source else "") for s in document.statements
    ]


def said_by(text: str, source: str) -> str | None:
    """The name of the speaker of the statement whose source is ``source``."""
    found = [name for name, written in speakers(stancekit.annotate(text)) if written == source]
    assert len(found) == 1, speakers(stancekit.annotate(text))
    return found[0]


# -- "the city" after the city's own government ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "Lisbon's city council voted on Monday to ban short-term rentals in the old town. The city said in a "
            "statement that the ban would start in March.",
            "The city",
            "Lisbon's city council",
        ),
        (
            "The city of Kyiv banned cars from the centre on Sunday. The city said the air was cleaner.",
            "The city",
            "Kyiv",
        ),
        (
            "Talks in Tromsø ended. Tromsø's council approved the harbour plan. The city said the plan would cut "
            "traffic.",
            "The city",
            "Tromsø",
        ),
        (
            "The town of Dunmore sued the quarry owner in May. The town said the quarry had polluted its river.",
            "The town",
            "Dunmore",
        ),
        (
            "Porto City Council approved a new tram line. Rents would fall, according to the city's own figures.",
            "the city's own figures",
            "Porto City Council",
        ),
    ],
)
def test_the_city_is_the_government_the_text_has(text: str, source: str, speaker: str) -> None:
    """ "The city said": the city's council or the town's government named before speaks."""
    assert said_by(text, source) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Porto approved a new tram line on Monday. The city said the work would take two years.",
        "Manchester City beat Arsenal on Sunday. The city said the parade would be held on Monday.",
    ],
)
def test_the_city_without_its_government_is_no_one(text: str) -> None:
    """No government of the city in the text (a football club is none): no speaker is guessed."""
    assert said_by(text, "The city") is None


# -- "a union", "a trade association": the one body of that kind ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "Unite called a strike at the Hanson plant. The strike will continue, a union said.",
            "a union",
            "Unite",
        ),
        (
            "The Dockers' Union called a strike at the port. The strike will continue, a union said.",
            "a union",
            "Dockers' Union",
        ),
        (
            "The Retail Trade Association opposed the levy. A trade association said the tariffs would hurt exporters.",
            "A trade association",
            "Retail Trade Association",
        ),
        # Two unions, another kind, a rival, a bloc: a body the text does not name.
        (
            "The Dockers' Union and the Transport Workers Union called a strike. The strike will continue, a union "
            "said.",
            "a union",
            "union",
        ),
        (
            "The Scotch Whisky Association opposed the levy. A trade association said the tariffs would hurt "
            "exporters.",
            "A trade association",
            "trade association",
        ),
        (
            "The Dockers' Union called a strike at the port. The strike is illegal, a rival union said.",
            "a rival union",
            "rival union",
        ),
        ("The European Union fined the bank. The fine was too small, a union said.", "a union", "union"),
        ("The strike will continue, a union said.", "a union", "union"),
    ],
)
def test_a_body_of_a_kind_is_the_one_named(text: str, source: str, speaker: str) -> None:
    """ "a union said": the one union the text named, else an unnamed union, as "an official said" is someone."""
    assert said_by(text, source) == speaker


def test_an_official_is_still_someone() -> None:
    assert said_by("An official said the talks had stalled.", "An official") == "official"


# -- "their government": the people's country ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        ("Voters in Chile rejected the draft. Their government said it would try again.", "Their government", "Chile"),
        (
            "Farmers in Kenya blocked the roads on Monday. Their government said the protest was illegal.",
            "Their government",
            "Kenya",
        ),
        (
            "Ana Soto, a Chilean economist, criticised the plan. Her government said the plan would stay.",
            "Her government",
            "Chile",
        ),
        (
            "Chile rejected the draft. The country's government said it would try again.",
            "The country's government",
            "Chile",
        ),
    ],
)
def test_their_government_is_their_country(text: str, source: str, speaker: str) -> None:
    """ "Their government" of people placed in a country: that country, not the people."""
    assert said_by(text, source) == speaker


def test_their_union_stays_a_union() -> None:
    text = "Workers at the plant walked out. Their union said the strike would go on."
    assert said_by(text, "Their union") == "union"


# -- "its chairman" after a body, with a country named between -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Norvik Mining Ltd raised its output target. Kazakhstan supplies most of the world's uranium. Sales "
            "would rise, according to its chairman.",
            "its chairman",
        ),
        (
            "Norvik Mining Ltd raised its output target. Kazakhstan supplies most of the world's uranium. Its chief "
            "executive said the target was achievable.",
            "Its chief executive",
        ),
        (
            "Norvik Mining Ltd raised its output target. The firm sells ore. Kazakhstan supplies most of the "
            "world's uranium. Prices fell. Its board said exports would rise.",
            "Its board",
        ),
    ],
)
def test_its_chairman_is_the_bodys(text: str, source: str) -> None:
    """A chairman, a chief executive, a board are a body's: "its" is the body, not the country named between."""
    assert said_by(text, source) == "Norvik Mining Ltd"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Norvik Mining Ltd raised its output target. Kazakhstan supplies most of the world's uranium. Its "
            "president said the target was achievable.",
            "Its president",
        ),
        ("Kazakhstan supplies most of the world's uranium. Its chairman said exports would rise.", "Its chairman"),
    ],
)
def test_its_role_a_country_has_stays_the_countrys(text: str, source: str) -> None:
    """A president is a country's too; with no body named before, "its" stays the country."""
    assert said_by(text, source) == "Kazakhstan"


# -- "according to its chairman, NAME": the name set off after a role is the source's ------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Norvik Mining Ltd raised its output target. Sales would rise, according to its chairman, Yerlan Sadykov.",
            "its chairman, Yerlan Sadykov",
            "Sales would rise",
        ),
        (
            "Norvik Mining Ltd raised its output target. According to its chairman, Yerlan Sadykov, sales would rise.",
            "its chairman, Yerlan Sadykov",
            "sales would rise",
        ),
        (
            "Norvik Mining Ltd raised its target. According to its chairman, Yerlan Sadykov, who took over in May, "
            "sales would rise.",
            "its chairman, Yerlan Sadykov",
            "sales would rise",
        ),
        (
            "Prices will fall, according to a spokeswoman, Ivo Lind, who spoke in Tallinn.",
            "a spokeswoman, Ivo Lind",
            "Prices will fall",
        ),
    ],
)
def test_a_name_after_a_role_is_the_source(text: str, source: str, content: str) -> None:
    """ "according to its chairman, Yerlan Sadykov": the named person is the source, not a part of the content."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    found = [
        (names.get(s.speaker) if s.speaker else None, s.content.text if s.content else "")
        for s in document.statements
        if s.source is not None and s.source.text == source
    ]
    assert found == [(source.split(", ")[-1], content)]


def test_a_relative_clause_after_the_name_says_its_own() -> None:
    text = (
        "Norvik Mining Ltd raised its target. According to its chairman, Yerlan Sadykov, who said the target was "
        "achievable, sales would rise."
    )
    assert ("Yerlan Sadykov", "its chairman, Yerlan Sadykov") in speakers(stancekit.annotate(text))
    assert ("Yerlan Sadykov", "who") in speakers(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "According to the ministry, Anna Berg, the suspect, was arrested on Monday.",
        "According to the ministry, Anna Berg was arrested on Monday.",
    ],
)
def test_a_name_after_a_body_is_news(text: str) -> None:
    """No role before the comma: the name opens what the body reports."""
    document = stancekit.annotate(text)
    assert [s.source.text for s in document.statements if s.source] == ["the ministry"]
    assert document.statements[0].content is not None
    assert document.statements[0].content.text.startswith("Anna Berg")
