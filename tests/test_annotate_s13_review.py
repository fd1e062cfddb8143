"""Fixes from the review of the twelfth session's annotator changes."""

from __future__ import annotations

import pytest

import stancekit


def stances(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker name, speaker type) of every statement."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[s.speaker].name, entities[s.speaker].type) if s.speaker in entities else ("", "")
        for s in document.statements
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union has urged the government to scrap the tax for years.", "the government to scrap the tax"),
        ("Farmers have urged the ministry to lift the ban for many years.", "the ministry to lift the ban"),
        ("Nurses have called on the board to hire more staff for decades.", "the board to hire more staff"),
    ],
)
def test_a_duration_of_the_act_leaves_a_target_with_an_infinitive(text: str, target: str) -> None:
    """ "for years" after an infinitive says how long the urging went on: it is dropped, as without "to"."""
    assert target in [target for _, _, target in stances(text)]


def test_a_bare_count_after_an_infinitive_stays_in_the_target() -> None:
    """ "to freeze rents for two years" may be a two-year freeze: the count stays."""
    found = [target for _, _, target in stances("The union urged the council to freeze rents for two years.")]
    assert found == ["the council to freeze rents for two years"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry in Moscow said the talks had failed.",
        "The interior ministry in Kabul said the roads were closed.",
        "The embassy in Nairobi said the visa rules would change.",
        "The regional office in Lyon said the scheme would close.",
    ],
)
def test_a_body_placed_by_a_city_is_no_unnamed_person(text: str) -> None:
    """ "The foreign ministry in Moscow said": a body's noun before "in" is no person placed there (no group)."""
    assert all(kind != "group" for _, kind in speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A federal judge in Des Moines said the law was void.", "federal judge in Des Moines"),
        ("A farmer near Ames said the rain came late.", "farmer near Ames"),
        ("One resident from Tulsa said the water was brown.", "resident from Tulsa"),
    ],
)
def test_one_unnamed_person_placed_by_a_city_is_still_a_group(text: str, speaker: str) -> None:
    """The people a noun and a place name still speak as the whole phrase."""
    assert (speaker, "group") in speakers(text)


@pytest.mark.parametrize("gap", ["  ", "\t", " \t "])
def test_an_areas_mention_covers_its_words_whatever_the_spaces_between(gap: str) -> None:
    """ "the sheriff of Kessel  County": the area's mention ends with "County", not one character short."""
    text = f"The sheriff of Kessel{gap}County said the road would close."
    document = stancekit.annotate(text)
    areas = [entity.id for entity in document.entities if entity.name == "Kessel County"]
    assert areas
    written = [mention.span.text for mention in document.mentions if mention.entity in areas]
    assert written == [f"Kessel{gap}County"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Vantor criticised the fine on Monday. Its shares fell sharply.", "Vantor", "organization"),
        ("Harlan Brisk criticised the fine. Its lawyers said it would appeal.", "Harlan Brisk", "organization"),
        ("Okafor praised the agency. Its chief executive said more was needed.", "Okafor", "person"),
    ],
)
def test_its_organs_still_show_the_name_before_them_is_a_body(text: str, name: str, kind: str) -> None:
    """ "Vantor ... Its shares": the name "its" stands for is a body; not past a body's noun ("the agency")."""
    document = stancekit.annotate(text)
    assert (name, kind) in [(entity.name, entity.type) for entity in document.entities]


def test_body_evidence_reads_each_its_once_per_name_not_every_its_for_every_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long text with many names and many "Its shares": the "its" read stay about as many as the names.

    Every "its" of the text used to be read again for every name asked about once the mentions had grown,
    which made the entity and statement stages of a long text quadratic.
    """
    from stancekit.annotate import entities

    calls = 0
    real = entities._owns_its

    def counted(*args: object) -> str | None:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(entities, "_owns_its", counted)
    firms = ["Vantor", "Kestrel", "Brennix", "Halvard", "Quorvo"]
    paragraphs = [
        f"{firms[number % 5]} Okonkwo{number} criticised the fine on Monday. Its shares fell. "
        f"Analysts said Marta Velez{number} backed the plan."
        for number in range(120)
    ]
    document = stancekit.annotate("\n\n".join(paragraphs))
    assert any(entity.name == "Vantor Okonkwo0" and entity.type == "organization" for entity in document.entities)
    assert calls < 10 * len(paragraphs)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union rejected the plan for tomorrow.", "the plan for tomorrow"),
        ("The union rejected the strike planned for Friday.", "the strike planned for Friday"),
        ("The union opposed the closure of the plant by Friday.", "the closure of the plant by Friday"),
        ("The council criticised the deadline of Monday.", "the deadline of Monday"),
        ("The union criticised the ban until Monday.", "the ban until Monday"),
    ],
)
def test_a_day_the_targets_own_preposition_takes_stays(text: str, target: str) -> None:
    """ "the plan for tomorrow": a day after a preposition is the target's; no target ends in a bare "for"."""
    assert [found for _, _, found in stances(text)] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union condemned the closure yesterday.", "the closure"),
        ("The union backed the plan Tuesday.", "the plan"),
        ("Critics condemned the march on Saturday.", "the march"),
    ],
)
def test_a_day_of_the_act_still_leaves_the_target(text: str, target: str) -> None:
    """ "backed the plan Tuesday", "on Saturday": when the act was, dropped as before."""
    assert [found for _, _, found in stances(text)] == [target]
