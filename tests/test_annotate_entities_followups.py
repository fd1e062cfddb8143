"""Entities: dotted abbreviations in group names, compass words as family names, territories as places."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def entities(document: Document) -> set[tuple[str, str]]:
    return {(entity.name, entity.type) for entity in document.entities}


def speakers(document: Document) -> list[str | None]:
    return [document.entity(statement.speaker).name if statement.speaker else None for statement in document.statements]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Officials at the U.N. Security Council said the vote would be delayed.",
            "officials at the U.N. Security Council",
        ),
        ("Diplomats at the U.S. Embassy in Kyiv said the talks had stalled.", "diplomats at the U.S. Embassy"),
        ("Sources at the E.U. Commission said the fine would stand.", "sources at the E.U. Commission"),
        ("Officials in the U.K. said on Monday that the deal was close.", "officials in the U.K."),
        ("Analysts at J.P. Morgan said the rally would fade.", "analysts at J.P. Morgan"),
    ],
)
def test_group_names_read_dotted_abbreviations_whole(annotator: RuleAnnotator, text: str, group: str) -> None:
    names = {name for name, kind in entities(annotator.annotate(text)) if kind == "group"}
    assert group in names
    assert not any(name.endswith((" U", " E", " J")) for name in names)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Economists at the Bank of Japan said inflation would ease.", "economists at the Bank of Japan"),
        (
            "Officials at the U.S. Department of State said Friday the embassy would reopen.",
            "officials at the U.S. Department of State",
        ),
    ],
)
def test_group_names_go_on_over_of(annotator: RuleAnnotator, text: str, group: str) -> None:
    assert (group, "group") in entities(annotator.annotate(text))


def test_an_apposition_for_a_dotted_body_links_that_body(annotator: RuleAnnotator) -> None:
    """'a spokesman for the U.N. secretary-general' is the UN's, not the last organisation with a 'u'."""
    document = annotator.annotate(
        "Wang Lei, a spokesman for the U.S. Embassy, said no. "
        "Stephane Dujarric, a spokesman for the U.N. secretary-general, said the convoy was hit."
    )
    people = {entity.name: entity for entity in document.entities}
    assert document.entity(people["Stephane Dujarric"].affiliation or "").name == "United Nations"
    assert document.entity(people["Wang Lei"].affiliation or "").name == "U.S. Embassy"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kanye West said he would run for president.", "Kanye West"),
        ("Cornel West said the speech was a disgrace.", "Cornel West"),
        ("Adam West, the actor, said he was retiring.", "Adam West"),
        ("Crowds cheered Adam West and his co-stars.", "Adam West"),
        ('"We will not back down," Kanye West told supporters in Atlanta on Saturday.', "Kanye West"),
        ("Sen. Cornel West said the bill was dead.", "Cornel West"),
        ("Former Marine Lt. Col. Oliver North said the hearings were a farce.", "Oliver North"),
        ("The ruling angered Kanye West Tuesday, his publicist said.", "Kanye West"),
    ],
)
def test_a_compass_word_after_a_given_name_is_a_family_name(annotator: RuleAnnotator, text: str, person: str) -> None:
    document = annotator.annotate(text)
    assert (person, "person") in entities(document)
    assert "the West" not in {name for name, _ in entities(document)}
    assert set(speakers(document)) <= {person, None}


def test_a_lone_compass_surname_is_the_person(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Kanye West said he would run. West added that the campaign would start in May.")
    assert entities(document) == {("Kanye West", "person")}
    assert speakers(document) == ["Kanye West", "Kanye West"]


def test_mr_and_a_compass_word_is_a_person(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Mr. West told reporters the album was finished.")
    assert entities(document) == {("West", "person")}


@pytest.mark.parametrize(
    "text",
    [
        "Cornel West said China and the West have clashed over sanctions.",
        "Western diplomats said the West's sanctions were working, Cornel West said.",
        "West Weighs Sanctions on Moscow\nCornel West said the plan would fail.",
        "Russia Warns West Over Sanctions\nMOSCOW (Reuters) - Cornel West said the West would pay.",
        "Moscow accused the West of hypocrisy, Cornel West said.",
    ],
)
def test_the_west_stays_beside_a_compass_surname(annotator: RuleAnnotator, text: str) -> None:
    """'China and the West', 'the West's', headlines and 'the Wild West' keep the West; the person is found too."""
    assert {("the West", "group"), ("Cornel West", "person")} <= entities(annotator.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Cornel West said Michelle Obama West Virginia rally was full.",
        "It was like the Wild West, Cornel West said.",
        "Cornel West died at his home in Key West, his family said.",
        "Cornel West said:\tKieran\tWest Ham",
    ],
)
def test_a_compass_word_before_a_name_or_after_in_is_no_family_name(annotator: RuleAnnotator, text: str) -> None:
    people = {name for name, kind in entities(annotator.annotate(text)) if kind == "person"}
    assert people == {"Cornel West"}


@pytest.mark.parametrize(
    ("text", "place", "kb_id", "country"),
    [
        ("Residents of the West Bank said the raids continued.", "West Bank", "loc:west_bank", "PSE"),
        ("Protesters in the Gaza Strip said they would continue.", "Gaza Strip", "loc:gaza", "PSE"),
        ("Residents of the Golan Heights said the shelling stopped.", "Golan Heights", "loc:golan_heights", "SYR"),
        ("Ukraine said Russia had fortified Crimea.", "Crimea", "UA-43", "UKR"),
        ("Shelling in the Donbas continued, officials said.", "Donbas", "loc:donbas", "UKR"),
        ("Officials in Western Sahara said the referendum was overdue.", "Western Sahara", "ESH", "ESH"),
        ("Casinos in Macau reported record revenue, officials said.", "Macau", "MAC", "MAC"),
        ("Police in Kashmir said two militants were killed.", "Kashmir", "loc:kashmir", None),
        ("Flooding in Puerto Rico cut power, FEMA said.", "Puerto Rico", "PRI", "PRI"),
    ],
)
def test_territories_are_places(
    annotator: RuleAnnotator, text: str, place: str, kb_id: str, country: str | None
) -> None:
    document = annotator.annotate(text)
    found = [entity for entity in document.entities if entity.name == place]
    assert found, [entity.name for entity in document.entities]
    assert (found[0].type, found[0].kb_id, found[0].country) == ("other", kb_id, country)
    assert not any(entity.type == "organization" and "Bank" in entity.name for entity in document.entities)


def test_the_west_bank_is_no_mention_of_the_west(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Palestinians in Gaza and the West Bank said aid had not arrived.")
    assert {name for name, _ in entities(document)} >= {"West Bank", "Gaza Strip"}
    assert "the West" not in {name for name, _ in entities(document)}
