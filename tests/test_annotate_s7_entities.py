"""Entities that unseen news got wrong, pinned with sentences of our own (seventh session)."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers_of(document: Document) -> list[str | None]:
    """The speaker's name of every statement, in text order."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        names.get(statement.speaker) if statement.speaker else None
        for statement in sorted(document.statements, key=lambda statement: statement.content.start)
    ]


def entity_named(document: Document, name: str) -> tuple[str, str | None] | None:
    """(type, affiliation's name) of the entity called ``name``, if any."""
    names = {entity.id: entity.name for entity in document.entities}
    for entity in document.entities:
        if entity.name == name:
            return entity.type, names.get(entity.affiliation) if entity.affiliation else None
    return None


# -- a place's name opening a firm's ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ohio Plastics said on Friday that orders had slowed.", "Ohio Plastics"),
        ("Kenya Power said the outage would last two days.", "Kenya Power"),
        ("Profits rose at Norway Pelagic, and Norway Pelagic said it would hire.", "Norway Pelagic"),
    ],
)
def test_a_place_opening_a_firms_name_is_part_of_it(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document) == [speaker]
    assert entity_named(document, speaker) == ("organization", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A date after the place, a title after it, a place noun after it: no firm.
        ("She arrived in Kenya Tuesday and said the talks had gone well.", "Kenya"),
        ("Norway Prime Minister Ola Rud said the budget was sound.", "Ola Rud"),
    ],
)
def test_a_place_before_a_date_or_a_title_stays_a_place(text: str, speaker: str) -> None:
    assert speakers_of(stancekit.annotate(text))[0] != "Kenya Tuesday"
    document = stancekit.annotate(text)
    assert all(entity.name not in ("Kenya Tuesday", "Norway Prime") for entity in document.entities)


def test_a_place_in_a_headline_opens_no_firm() -> None:
    document = stancekit.annotate("Kenya Hits Back At Critics\n\nThe government said the claims were false.")
    assert all(entity.name != "Kenya Hits" and entity.type != "organization" for entity in document.entities)


# -- a body named by its noun after a role, among many people ----------------------------------------


def test_many_spokespeople_for_the_ministry_each_work_for_the_ministry_named_first() -> None:
    surnames = ["Oduya", "Brandt", "Kovac", "Lindqvist", "Ferreira", "Nakamura", "Osei", "Halloran"]
    text = "The Ministry of Fisheries set new quotas on Monday. " + " ".join(
        f"Lena {surname}, a spokeswoman for the ministry, said the quotas were fair." for surname in surnames
    )
    document = stancekit.annotate(text)
    for surname in surnames:
        assert entity_named(document, f"Lena {surname}") == ("person", "Ministry of Fisheries")


def test_the_bank_after_a_role_is_the_last_bank_named() -> None:
    text = (
        "Brontë Savings Bank lent the money. Later Harwick Bank bought the loans. "
        "Tomas Riedel, an economist at the bank, said the price was low."
    )
    document = stancekit.annotate(text)
    assert entity_named(document, "Tomas Riedel") == ("person", "Harwick Bank")


# -- "&" in a headline -------------------------------------------------------------------------------


def test_two_surnames_joined_by_an_ampersand_in_a_headline_are_two_people() -> None:
    text = "Meloni & Sanchez Spar Over Migrants\n\nGiorgia Meloni said on Friday that Pedro Sanchez was wrong."
    document = stancekit.annotate(text)
    assert all("&" not in entity.name for entity in document.entities)
    assert speakers_of(document) == ["Giorgia Meloni"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # Written again in the text, or the same name on both sides: a firm's, cut before the headline's verb.
        ("Dunmore & Pike Profits Slide\n\nDunmore & Pike said sales fell by a fifth.", "Dunmore & Pike"),
        ("Hollis & Hollis Settles Claim\n\nThe firm said it would pay.", "Hollis & Hollis"),
    ],
)
def test_a_firm_joined_by_an_ampersand_in_a_headline_stops_before_the_headlines_verb(text: str, firm: str) -> None:
    document = stancekit.annotate(text)
    assert entity_named(document, firm) == ("organization", None)
    assert all(entity.name == firm or "&" not in entity.name for entity in document.entities)


# -- people acting for someone -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Attorneys for the Corvid Shipping Line said the fine was unlawful.",
            "Attorneys for the Corvid Shipping Line",
        ),
        ("Lawyers for Emil Sandoval said he would appeal.", "Lawyers for Emil Sandoval"),
        ("Advisers for the family said the offer was too low.", "Advisers for the family"),
    ],
)
def test_people_acting_for_someone_are_named_with_whom_they_act_for(text: str, phrase: str) -> None:
    document = stancekit.annotate(text)
    statement = document.statements[0]
    assert statement.speaker is not None
    speaker = document.entity(statement.speaker)
    mentions = {mention.span.text for mention in document.mentions if mention.entity == speaker.id}
    assert phrase in mentions | {speaker.name} | set(speaker.aliases)
    # The body they act for is no organisation named after them.
    assert all(not entity.name.startswith(phrase.split()[0]) for entity in document.entities if entity.type != "group")


def test_the_body_lawyers_act_for_is_named_alone() -> None:
    document = stancekit.annotate("Attorneys for the Corvid Shipping Line said the fine was unlawful.")
    assert entity_named(document, "Corvid Shipping Line") == ("organization", None)


def test_prosecutors_for_a_time_are_still_prosecutors() -> None:
    document = stancekit.annotate("Prosecutors for two years have said the evidence was thin.")
    assert any(mention.span.text == "Prosecutors" for mention in document.mentions)


# -- a group and the place after it ---------------------------------------------------------------------


def group_mentions(document: Document) -> set[str]:
    return {
        mention.span.text
        for mention in document.mentions
        if next(entity for entity in document.entities if entity.id == mention.entity).type == "group"
    }


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Nurses from hospitals in northern Portugal rejected the offer.",
            "Nurses from hospitals in northern Portugal",
        ),
        ("Drivers at depots near Tilbury said they would walk out.", "Drivers at depots near Tilbury"),
    ],
)
def test_a_place_after_a_groups_plural_belongs_to_the_groups_phrase(text: str, phrase: str) -> None:
    document = stancekit.annotate(text)
    assert phrase in group_mentions(document)
    # The entities stage's group, which the stances stage's subject walk meets, is the whole phrase.
    assert entity_named(document, phrase[0].lower() + phrase[1:]) == ("group", None)


def test_a_place_after_a_topic_stays_out_of_the_group() -> None:
    document = stancekit.annotate("People familiar with the talks in Oslo said a deal was near.")
    assert not any("Oslo" in phrase for phrase in group_mentions(document))


def test_a_name_after_in_the_is_a_place_not_a_person() -> None:
    document = stancekit.annotate("Fishermen in the Costa Brava said the catch was poor.")
    assert all(entity.type != "person" for entity in document.entities)


def test_a_known_persons_name_after_in_the_is_still_the_person() -> None:
    document = stancekit.annotate(
        "Faith in the Tomas Brenner plan faded. Tomas Brenner said on Monday he would try again."
    )
    assert entity_named(document, "Tomas Brenner") == ("person", None)


# -- "X said its members ...": the body the unknown subject is -------------------------------------------


def test_its_after_an_unknown_subject_and_a_cue_is_that_body() -> None:
    document = stancekit.annotate("Brackwell said its members backed the walkout.")
    its = [mention for mention in document.mentions if mention.span.text == "its"]
    assert len(its) == 1
    assert document.entity(its[0].entity).name == "Brackwell"
    assert [document.entity(stance.holder).name for stance in document.stances] == ["Brackwell"]


def test_its_after_an_unknown_subject_and_another_verb_stays_unresolved() -> None:
    document = stancekit.annotate("Brackwell sold its stake in the mine.")
    assert not any(mention.span.text == "its" for mention in document.mentions)


# -- a body's apposition after a name taken for a person's --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mill's buyer, Tarrant Looms, a Bradford textile firm, plans to reopen it.",
        "The site was sold. Its new owner, Orrin Vale, a startup based in Ghent, declined to comment.",
    ],
)
def test_a_name_described_as_a_firm_is_an_organisation(text: str) -> None:
    document = stancekit.annotate(text)
    name = "Tarrant Looms" if "Tarrant" in text else "Orrin Vale"
    assert entity_named(document, name) == ("organization", None)


def test_a_person_described_with_a_firms_noun_stays_a_person() -> None:
    document = stancekit.annotate("The offer came from Marta Lindqvist, a Bergen startup founder, on Monday.")
    assert entity_named(document, "Marta Lindqvist") == ("person", None)


# -- "the Texas governor": a person by role at a place or body --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Oregon governor said the wildfire budget was too small.", "Oregon governor"),
        ("The Spanish foreign minister said the border would reopen.", "Spanish foreign minister"),
        ("The Harwick Bank chief executive said rates would rise.", "Harwick Bank chief executive"),
    ],
)
def test_the_place_and_a_role_is_a_person_not_the_place(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document) == [speaker]
    assert entity_named(document, speaker) is not None
    assert entity_named(document, speaker)[0] == "person"  # type: ignore[index]


def test_the_place_and_a_role_before_a_named_person_is_that_person() -> None:
    text = (
        "Spanish Foreign Minister Lucia Ferrer arrived on Monday. "
        "The Spanish foreign minister said the border would reopen."
    )
    assert speakers_of(stancekit.annotate(text)) == ["Lucia Ferrer"]


def test_the_place_and_a_role_then_a_name_in_apposition_is_the_named_person() -> None:
    document = stancekit.annotate("The Oregon governor, Dana Whitfield, said the budget was too small.")
    assert speakers_of(document) == ["Dana Whitfield"]
    assert all(entity.name != "Oregon governor" for entity in document.entities)


# -- a role, then a verb, before a group -------------------------------------------------------------------


def test_a_verb_after_a_role_is_no_part_of_the_group_after_it() -> None:
    document = stancekit.annotate("The mayor met nurses from clinics in eastern Lyon on Sunday.")
    names = {entity.name for entity in document.entities if entity.type == "group"}
    assert names == {"nurses from clinics in eastern Lyon"}


def test_a_noun_before_a_group_is_still_its_modifier() -> None:
    document = stancekit.annotate("Senior council officials said the road would close.")
    assert {entity.name for entity in document.entities if entity.type == "group"} == {"senior council officials"}


def test_a_place_opening_a_persons_name_called_by_the_surname_later_is_a_person() -> None:
    text = "Chad Ruland said the vote was fair. Ruland said he would run again."
    document = stancekit.annotate(text)
    assert entity_named(document, "Chad Ruland") == ("person", None)
    assert speakers_of(document) == ["Chad Ruland", "Chad Ruland"]


def test_a_place_before_a_peoples_plural_opens_no_firm() -> None:
    document = stancekit.annotate("He said Israel Palestinians talks had stalled again.")
    assert all(entity.type != "organization" for entity in document.entities)


def test_a_verb_after_a_group_is_no_part_of_the_next_group() -> None:
    document = stancekit.annotate("The club's lawyers met prosecutors on Friday.")
    names = {entity.name for entity in document.entities if entity.type == "group"}
    assert not any("met" in name for name in names)
