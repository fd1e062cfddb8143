"""Entities and coreference in the fifth session: the right speaker and holder, pinned with sentences of our own.

- a given name that tells a gender (the pack's ``given_names``) keeps "he" and "she" from people of the
  other one; a title or a gendered role says more, and a name given to both genders tells nothing;
- a member of a named body known by role may have a modifier after the article ("a senior Western
  diplomat", "a former EU official"), and speaks as that person, not as the body; a person known by a role
  lends no word of it to coreference ("Marina" after "Marina Lopes's spokesman" is still Marina Lopes);
- a body described by the noun of its kind ("X, one of Norway's biggest insurers,") is an organisation that
  "the insurer" refers to before any nearer body, and no other kind's noun ("the company") refers to it;
- a title inside a capitalised run ("Green Party MP", "Councillor", "Chief Executive") is no part of the
  person's name, and the words of a name cut so lend nothing to coreference; a possessor before a first
  name and a surname ("Radio Sur's Lidia Campos") is no part of the name either;
- the subject of a clause after ", while", ", but" is what a pronoun later in its sentence refers to;
- more heads of company and armed-group names ("Therapeutics", "Homes", "Strategies", "Brigades") make
  organisations, not people, of them;
- place names ("Fort Carlow", "Silver Springs", "Los Alamitos", "Brenner Canal") are no people;
- a heading in capitals or a headline's verb is no part of a person's name;
- a name after "maker", "supplier", "exporter" ("the Dutch cheese maker Holmvik Ost") is an organisation's;
- a company named by one word and heads is that word alone too ("Brightline" after "Brightline Brands").
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def pronoun_of(document: Document, text: str, offset_after: int = 0) -> str | None:
    """The entity name a pronoun (the first ``text`` at or after ``offset_after``) refers to, or None."""
    start = document.text.index(text, offset_after)
    mention = next((mention for mention in document.mentions if mention.span.start == start), None)
    return document.entity(mention.entity).name if mention is not None else None


# -- 1. given names and the pronouns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "Ruth Okafor chaired the hearing. Counsel for the port was Tobias Lindgren. She adjourned it at noon.",
            "She",
            "Ruth Okafor",
        ),
        (
            "Pavel Hruska ran the depot for a decade. His deputy was Margit Solvang. He retired in May.",
            "He",
            "Pavel Hruska",
        ),
        (
            "Greta Aalto met Ibrahim Sowe on Friday. He said the harbour would reopen.",
            "He",
            "Ibrahim Sowe",
        ),
    ],
)
def test_a_given_name_keeps_the_pronoun_of_the_other_gender_away(text: str, pronoun: str, name: str) -> None:
    assert pronoun_of(stancekit.annotate(text), pronoun, text.index(".") + 1) == name


def test_a_pronoun_after_a_gendered_name_goes_to_its_statement_speaker() -> None:
    text = "Clara Mendel chairs the committee. The bill was drafted by Daniel Brekke. She said that it raised rents."
    document = stancekit.annotate(text)
    speakers = {document.entity(statement.speaker).name for statement in document.statements if statement.speaker}
    assert speakers == {"Clara Mendel"}


def test_a_title_says_more_than_a_given_name() -> None:
    """Trap: "Mrs." before a name the list calls male wins; the pronoun still finds her."""
    text = "Mrs. Daniel Fairbrook opened the fete. She thanked the volunteers."
    assert pronoun_of(stancekit.annotate(text), "She") == "Daniel Fairbrook"


def test_a_name_given_to_both_genders_tells_nothing() -> None:
    """Trap: "Andrea" is a man's name in Italy and a woman's elsewhere; "he" may still refer to him."""
    text = "Andrea Ferraretto led the delegation. He said the terms were fair."
    assert pronoun_of(stancekit.annotate(text), "He") == "Andrea Ferraretto"


def test_a_lone_given_name_or_surname_tells_no_gender() -> None:
    """Trap: a one-word name is no given name and a surname; only "she" says who she is."""
    text = "Daniel spoke at the rally. She said the march would go on."
    assert pronoun_of(stancekit.annotate(text), "She") != "Daniel"


# -- 2. members of a named body known by role ---------------------------------------------------


def speakers(document: Document) -> list[str | None]:
    return [document.entity(s.speaker).name if s.speaker else None for s in document.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (
            "The vote was delayed. A senior Western diplomat said the harbour deal was dead.",
            "senior Western diplomat",
            "the West",
        ),
        (
            "The tariff talks resumed. A former EU official, who asked not to be named, said a deal was near.",
            "former EU official",
            "European Union",
        ),
        ("Grain prices rose. A top Kremlin aide said the export quota would stay.", "top Kremlin aide", "Russia"),
    ],
)
def test_a_member_known_by_role_may_have_a_modifier_after_the_article(text: str, speaker: str, body: str) -> None:
    document = stancekit.annotate(text)
    assert speakers(document) == [speaker]
    person = next(entity for entity in document.entities if entity.name == speaker)
    assert person.type == "person"
    assert document.entity(person.affiliation).name == body


def test_a_modifier_outside_the_lists_makes_no_member_of_the_body() -> None:
    """Trap: only the packs' modifiers ("senior", "former", "veteran") may stand there; "visiting" may not."""
    document = stancekit.annotate("The port reopened. A visiting Chinese diplomat toured the docks.")
    assert not any(entity.type == "person" for entity in document.entities)


def test_a_person_known_by_role_lends_no_word_to_coreference() -> None:
    text = "Marina Lopes met the press. Marina Lopes's spokesman said the trip was off. Later Marina said she would go."
    document = stancekit.annotate(text)
    start = text.index("Marina", text.index("Later"))
    mention = next(mention for mention in document.mentions if mention.span.start == start)
    assert document.entity(mention.entity).name == "Marina Lopes"


# -- 3. bodies described by their kind, and "the insurer", "the regulator" -----------------------


def mentions_of(document: Document, name: str) -> list[str]:
    return [mention.span.text for mention in document.mentions if document.entity(mention.entity).name == name]


def test_a_body_described_by_its_kind_is_what_that_noun_refers_to() -> None:
    text = (
        "Kovalis, one of Norway's biggest mutual insurers, refused the claim. Dalberg Pharma had set the price. "
        "The insurer said the price was far too high."
    )
    document = stancekit.annotate(text)
    kovalis = next(entity for entity in document.entities if entity.name == "Kovalis")
    assert kovalis.type == "organization"
    assert mentions_of(document, "Kovalis") == ["Kovalis", "The insurer"]
    assert [document.entity(s.speaker).name for s in document.statements if s.speaker] == ["Kovalis"]


def test_the_regulator_is_the_body_described_as_one_not_the_nearest() -> None:
    text = (
        "Brennwater, the water regulator, fined Northvale Utilities Ltd on Monday. Northvale Utilities Ltd "
        "said it would appeal. The regulator said the fine would stand."
    )
    assert mentions_of(stancekit.annotate(text), "Brennwater")[-1] == "The regulator"


def test_a_body_described_as_one_kind_is_not_another_kind() -> None:
    """Trap: "the company" is not the body the text called a regulator, even when it is the nearest."""
    text = "Brennwater, the water regulator, issued a fine on Monday. The company said it would appeal."
    assert mentions_of(stancekit.annotate(text), "Brennwater") == ["Brennwater"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, a bank manager, said the branch would close.",
        "Jonsson, the head of the bank, said the branch would close.",
        "The delegates met in Harlow Hall, a group of them staying late.",
    ],
)
def test_no_body_is_made_of_a_person_or_a_place_before_a_kind_noun(text: str) -> None:
    """Trap: a person's apposition, a noun after "of", a new phrase after a place: no organisation."""
    document = stancekit.annotate(text)
    assert not any(entity.type == "organization" for entity in document.entities)


# -- 4. titles inside a capitalised run --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Green Party MP Hana Kowalczyk asked for a recount.", "Hana Kowalczyk", "member of parliament"),
        ("Councillor Bram Oyelowo voted against the budget.", "Bram Oyelowo", "councillor"),
        ("Superintendent Ilse Brandvold closed the school.", "Ilse Brandvold", "superintendent"),
        ("Chief Executive Ravi Mendonca cut the dividend.", "Ravi Mendonca", "chief executive"),
    ],
)
def test_a_title_in_a_capitalised_run_is_no_part_of_the_name(text: str, name: str, role: str) -> None:
    document = stancekit.annotate(text)
    people = [entity for entity in document.entities if entity.type == "person"]
    assert [(person.name, person.role) for person in people] == [(name, role)]


def test_a_name_after_a_title_of_two_words_keeps_its_surname() -> None:
    """The surname alone refers to the person, not to a person named with the title's words."""
    text = "Chief Executive Ravi Mendonca cut the dividend. Mendonca said that the cut was needed."
    document = stancekit.annotate(text)
    assert [document.entity(s.speaker).name for s in document.statements if s.speaker] == ["Ravi Mendonca"]
    assert not any(mention.span.text == "Chief" for mention in document.mentions)


def test_a_title_word_as_a_surname_is_not_cut() -> None:
    """Trap: a title of two words must match as a whole; a name with one of its words stays whole."""
    document = stancekit.annotate("Diana Chief met the press on Monday.")
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Diana Chief"]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Green Party MP Hana Kowalczyk asked for a recount.", "Green Party", "Hana Kowalczyk"),
        ("Bank of Ruritania Governor Ana Ruiz cut rates again.", "Bank of Ruritania", "Ana Ruiz"),
        ("The Tarnby Workers Union Chairman Piet Odendaal called a strike.", "Tarnby Workers Union", "Piet Odendaal"),
    ],
)
def test_a_body_ends_before_the_title_of_the_person_after_it(text: str, body: str, person: str) -> None:
    document = stancekit.annotate(text)
    named = {entity.name: entity for entity in document.entities}
    assert named[body].type in ("organization", "government")
    assert named[person].type == "person"
    assert named[person].affiliation == named[body].id


def test_a_title_of_several_words_before_a_name_makes_no_body() -> None:
    document = stancekit.annotate("Chief Cabinet Secretary Kenta Moriyama said the reserve would be released.")
    assert [(entity.name, entity.type) for entity in document.entities] == [("Kenta Moriyama", "person")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("General Motors said it would cut jobs.", "General Motors"),
        ("He spoke for the Republican Party. He said the vote was close.", "Republican Party"),
    ],
)
def test_a_title_word_in_a_body_name_cuts_nothing(text: str, body: str) -> None:
    """Trap: "General" before a head, "Republican" before "Party" and a sentence end are no title and name."""
    document = stancekit.annotate(text)
    assert any(entity.name == body and entity.type == "organization" for entity in document.entities)


# -- 5. a possessor before a person's name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Radio Sur's Lidia Campos asked the minister about the strike.", "Lidia Campos"),
        ("Kenya's Wafula Onyango said the border would stay open.", "Wafula Onyango"),
    ],
)
def test_a_possessor_is_no_part_of_the_persons_name(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert [entity.name for entity in document.entities if entity.type == "person"] == [name]


def test_a_known_possessor_is_the_persons_affiliation() -> None:
    document = stancekit.annotate("Kenya's Wafula Onyango said the border would stay open.")
    person = next(entity for entity in document.entities if entity.type == "person")
    assert document.entity(person.affiliation).name == "Kenya"
    assert [document.entity(s.speaker).name for s in document.statements if s.speaker] == ["Wafula Onyango"]


def test_a_person_after_a_possessor_still_holds_with_the_one_before_and() -> None:
    text = "Members were split. Osei Mensah and Labour's Ruth Adjei backed the proposal."
    document = stancekit.annotate(text)
    assert sorted(document.entity(stance.holder).name for stance in document.stances) == [
        "Osei Mensah",
        "Ruth Adjei",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pollster's Battleground Surveys showed a tie.",
        "Voters Weigh Lindqvar's Housing Plans",
    ],
)
def test_no_person_is_cut_from_a_plural_or_a_headline(text: str) -> None:
    """Trap: a plural after the possessor ("Surveys") or a title-case headline makes no person of two words."""
    document = stancekit.annotate(text)
    assert not any(entity.type == "person" and len(entity.name.split()) == 2 for entity in document.entities)


# -- 6. subjects of clauses inside a sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "The Arctic Council welcomed the proposal, while Norway declined to sign, saying it had not been asked.",
            "it",
            "Norway",
        ),
        ("Omar Haddad praised the deal, but Pavel Novak said he would wait.", "he", "Pavel Novak"),
    ],
)
def test_a_clause_subject_is_the_pronoun_later_in_its_sentence(text: str, pronoun: str, name: str) -> None:
    assert pronoun_of(stancekit.annotate(text), pronoun, text.rindex(f" {pronoun} ") + 1) == name


def test_and_between_objects_opens_no_clause() -> None:
    """Trap: "the minister and Pavel Novak" are objects; "he" is still the sentence's subject."""
    text = "Omar Haddad met the minister and Pavel Novak, saying he was hopeful."
    assert pronoun_of(stancekit.annotate(text), "he", text.rindex(" he ") + 1) == "Omar Haddad"


# -- 7. heads of organisation names -------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Norrvik Therapeutics", "Ashgrove Homes", "Tallis Strategies", "Harbour Mutual", "Eastern Hills Brigades"],
)
def test_a_name_with_a_company_or_armed_group_head_is_an_organisation(name: str) -> None:
    document = stancekit.annotate(f"The talks stalled on Monday. {name} said it would not sign the deal.")
    entity = next(entity for entity in document.entities if entity.name == name)
    assert entity.type == "organization"
    assert [document.entity(s.speaker).name for s in document.statements if s.speaker] == [name]


def test_a_person_named_like_no_head_stays_a_person() -> None:
    """Trap: "Homer" and "Mutua" only begin like heads; whole words count."""
    document = stancekit.annotate("Homer Mutua said he would not sign the deal.")
    assert [(entity.name, entity.type) for entity in document.entities] == [("Homer Mutua", "person")]


# -- 8. places are no people ---------------------------------------------------------------------


@pytest.mark.parametrize("place", ["Fort Carlow", "Silver Springs", "Los Alamitos", "Brenner Canal", "Mt. Kenya"])
def test_a_place_name_is_no_person(place: str) -> None:
    text = f"Ana Duarte drove to {place} on Monday. She said the road was closed."
    document = stancekit.annotate(text)
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Ana Duarte"]
    assert pronoun_of(document, "She") == "Ana Duarte"


@pytest.mark.parametrize("name", ["Anita Hill", "Nora Marsh", "Rosa Parks"])
def test_a_surname_that_is_also_a_place_word_stays_a_name(name: str) -> None:
    """Trap: only place words that are no common surnames are listed ("Hill", "Marsh" are left out)."""
    document = stancekit.annotate(f"{name} said the road was closed.")
    assert [entity.name for entity in document.entities if entity.type == "person"] == [name]


# -- 9. headings and headlines around names ---------------------------------------------------


def test_a_heading_in_capitals_makes_no_person_with_the_word_after_it() -> None:
    text = "THE SAVINGS GAP Pensions have shrunk, Ola Berntsen said."
    document = stancekit.annotate(text)
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Ola Berntsen"]


def test_a_headlines_verb_is_no_part_of_the_name() -> None:
    document = stancekit.annotate("Port Talks Failed, Marta Quiroga Says\n\nMarta Quiroga said the talks failed.")
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Marta Quiroga"]


def test_a_name_with_an_acronym_stays_a_name() -> None:
    """Trap: a short word in capitals is an initial or an acronym of the name ("JD", "AWR"), no heading."""
    document = stancekit.annotate("JD Okafor said the talks failed.")
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["JD Okafor"]


# -- 10. companies by their kind and by their first word ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch cheese maker Holmvik Ost said it would cut jobs.",
        "The Chilean copper exporter Minera Tacna said it would cut jobs.",
    ],
)
def test_a_name_after_a_makers_noun_is_an_organisation(text: str) -> None:
    document = stancekit.annotate(text)
    assert not any(entity.type == "person" for entity in document.entities)


def test_a_name_after_a_producer_stays_a_person() -> None:
    """Trap: "producer" is left out of the descriptors: a film producer is a person."""
    document = stancekit.annotate("The film producer Ana Ruiz said it would rain.")
    assert [(entity.name, entity.type) for entity in document.entities] == [("Ana Ruiz", "person")]


def test_a_company_is_its_first_word_alone() -> None:
    text = "Brightline Brands agreed to buy the dairy. Brightline said the price was fair."
    document = stancekit.annotate(text)
    assert [(entity.name, entity.type) for entity in document.entities] == [("Brightline Brands", "organization")]
    assert [document.entity(s.speaker).name for s in document.statements if s.speaker] == ["Brightline Brands"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Lindqvar founded Lindqvar Holdings in 1990. Lindqvar said the price was fair.", "Ana Lindqvar"),
        (
            "The Harwick Times backed the plan. Protesters marched in Harwick on Sunday. Harwick said it was unfair.",
            "Harwick",
        ),
    ],
)
def test_a_first_word_that_is_a_person_or_a_place_is_no_company(text: str, speaker: str) -> None:
    """Trap: a person's surname ("Lindqvar") and a place the text names ("in Harwick") stay what they are."""
    document = stancekit.annotate(text)
    said = next(s for s in document.statements if s.cue is not None and s.cue.text == "said")
    assert document.entity(said.speaker).name == speaker


def test_a_church_body_is_an_organisation() -> None:
    document = stancekit.annotate("The Diocese of Kellmoor backed the strike in a letter read at mass.")
    body = next(entity for entity in document.entities if entity.name == "Diocese of Kellmoor")
    assert body.type == "organization"
    assert [document.entity(stance.holder).name for stance in document.stances] == ["Diocese of Kellmoor"]


def test_a_role_with_its_body_in_apposition_describes_the_person_named_before() -> None:
    document = stancekit.annotate("Lena Ortiz, a senior Danish diplomat, said the talks had stalled.")
    people = [(entity.name, entity.role) for entity in document.entities if entity.type == "person"]
    assert people == [("Lena Ortiz", "diplomat")]
