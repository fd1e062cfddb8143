"""Statement speakers: who a possessive source and a placed, described group name.

A possessive description is its own speaker ("their union said": the union, "her lawyer said": the lawyer),
not the owner its pronoun refers to, unless it is the owner's part or mouthpiece ("its foreign ministry",
"his spokesman"). A group of people described by a word before its plural ("industry representatives in
Lima, who asked not to be named, said") speaks, not the place it is in.
"""

import pytest

import stancekit


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(source, speaker's name, speaker's type) of each statement, in text order."""
    document = stancekit.annotate(text)
    found = []
    for statement in sorted(document.statements, key=lambda statement: statement.content.start):
        entity = document.entity(statement.speaker) if statement.speaker else None
        found.append(
            (
                statement.source.text if statement.source else "",
                entity.name if entity else None,
                entity.type if entity else None,
            )
        )
    return found


# -- a possessive description speaks for itself ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "name", "kind"),
    [
        ("Thousands of dockworkers walked out on Monday, their union said.", "their union", "union", "organization"),
        (
            "ANTWERP (Belgium) — Thousands of dockworkers walked out on Monday, their union said.",
            "their union",
            "union",
            "organization",
        ),
        ("Hundreds of nurses stayed home on Tuesday, their union said.", "their union", "union", "organization"),
        (
            "Acme Foods will close its plant in Leeds, its parent company said.",
            "its parent company",
            "parent company",
            "organization",
        ),
        ("The senator will step down next month, his party said.", "his party", "party", "organization"),
        ("Mary Okafor denies every charge, her lawyer said on Friday.", "her lawyer", "lawyer", "person"),
        ("The striker is fit to play on Sunday, his coach said.", "his coach", "coach", "person"),
    ],
)
def test_possessive_description_speaks(text: str, source: str, name: str, kind: str) -> None:
    assert speakers(text) == [(source, name, kind)]


def test_possessive_party_is_the_one_named_before() -> None:
    text = "Senator Mark Hale of the Green Party will resign in May, his party said."
    assert speakers(text) == [("his party", "Green Party", "organization")]


# Unchanged, guarded: a body's own part, or who speaks for an owner, is the owner speaking.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A body's own part, or who speaks for an owner, is the owner speaking.
        ("Brazil was more guarded. Its foreign ministry said it had taken note of the results.", "Brazil"),
        ("Acme Corp cut 300 jobs. Its spokesman said the cuts were needed.", "Acme Corp"),
        ("Senator Mark Hale will resign, his spokesman said.", "Mark Hale"),
    ],
)
def test_owner_speaks_through_its_part(text: str, name: str) -> None:
    assert speakers(text)[-1][1] == name


# -- a described group placed somewhere ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Industry representatives in Lima, who asked not to be named, said Peruvian processors opposed any cap.",
            "industry representatives",
        ),
        ("Industry representatives in Lima said Peruvian processors opposed any cap.", "industry representatives"),
        ("Timber merchants in Riga said the Latvian sawmills were short of logs.", "timber merchants"),
        (
            "Peruvian processors opposed any cap, fishing industry representatives in Lima said.",
            "fishing industry representatives",
        ),
    ],
)
def test_described_group_in_a_place_speaks(text: str, name: str) -> None:
    assert speakers(text)[0][1:] == (name, "group")


# Unchanged, guarded.
def test_one_word_group_in_a_place_still_speaks() -> None:
    assert speakers("Exporters in Chile said Peruvian processors opposed any cap.")[0][1:] == ("exporters", "group")


# -- "the watchdog" is the body that fined, not the one fined ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ofwat fined Thames Water on Monday. The watchdog said the company had failed its customers.", "Ofwat"),
        ("Ofcom on Tuesday fined Channel Five over a quiz show. The regulator said viewers had been misled.", "Ofcom"),
        ("Finma sanctioned Helvetia Private Bank in March. The watchdog said controls had been lax.", "Finma"),
    ],
)
def test_watchdog_is_the_body_that_fined(text: str, name: str) -> None:
    assert speakers(text)[-1][1:] == (name, "organization")


def test_fined_body_is_no_watchdog() -> None:
    text = "Thames Water was fined on Monday. The regulator said the company had failed its customers."
    assert speakers(text)[-1][1] != "Thames Water"


def test_company_after_the_watchdog_is_the_fined_body() -> None:
    text = (
        "Ofwat fined Thames Water on Monday. The watchdog said the company had failed its customers. "
        "The company said it would appeal."
    )
    assert [name for _, name, _ in speakers(text)] == ["Ofwat", "Thames Water"]
