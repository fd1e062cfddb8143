"""Statement speakers in the sixth session, pinned with sentences of our own.

- plurals without an "s" name unnamed people: "women", "children", and compounds of "-men" and "-people"
  ("Militiamen said", "local tradespeople said"); a name that ends so ("Yemen", "Carmen") stays a name;
- a subject of names joined by "and" ("The CGT and Unite said") is spoken by its first name, and every name
  has its entity; a one-word name joined to a body is a body; a clause, a place or a time before "and" is
  no name of the subject;
- a title after "the" ("The CEO said", "The Minister said") is one person's office: the person named
  before with that role, else a person known by the office, never a body called "The CEO";
- a person "for" a body speaks, as one "of", "at" or "from" it does ("Ana Ruiz for the port authority");
- "X acknowledged ... but said": when the first name of the sentence stands after its first verb (in the
  object of the first clause), it does not speak; the words before the verb do;
- a comma inside a number ("7,000") opens no apposition between a subject and its cue;
- a role without an article before a name in an apposition ("forensic chemist Ivo Marsh") describes that person;
- "quoted X as saying ..." and "X was quoted as saying ..." are X's statements.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers(document: Document) -> list[str | None]:
    """The name of each statement's speaker, in order."""
    return [document.entity(statement.speaker).name if statement.speaker else None for statement in document.statements]


# -- 1. plurals without an "s" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Women in the camp said they had no clean water.", "Women in the camp"),
        ("Children at the school said the roof leaked.", "Children at the school"),
        ("Militiamen said they had taken the bridge.", "Militiamen"),
        ("Policemen said the road would stay closed.", "Policemen"),
        ("Local tradespeople said business had been slow all winter.", "Local tradespeople"),
    ],
)
def test_plural_without_s_speaks_as_a_group(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers(document) == [speaker]
    assert document.entity(document.statements[0].speaker).type == "group"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Yemen said the talks had failed.", "Yemen", "country"),
        ("Carmen said the talks had failed.", "Carmen", "person"),
    ],
)
def test_name_ending_in_men_is_no_group(text: str, speaker: str, kind: str) -> None:
    document = stancekit.annotate(text)
    assert speakers(document) == [speaker]
    assert document.entity(document.statements[0].speaker).type == kind


# -- 2. coordinated subjects --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        ("The FNV and Unison said they would back the walkout.", "The FNV", "Unison"),
        ("Oxfam and the WWF said the camps were full.", "Oxfam", "WWF"),
        ("Peru, Chile and Bolivia said the border would reopen.", "Peru", "Bolivia"),
    ],
)
def test_coordinated_subject_speaks_through_its_first_name(text: str, speaker: str, other: str) -> None:
    document = stancekit.annotate(text)
    assert speakers(document) == [speaker]
    names = {entity.name: entity.type for entity in document.entities}
    assert other in names
    assert names[other] != "person"
    assert names[speaker] != "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prices fell sharply and Halvorsen said the market had turned.", "Halvorsen"),
        ("On Monday and Tuesday the ministry said nothing.", None),
    ],
)
def test_clause_or_time_before_and_is_no_conjunct(text: str, speaker: str | None) -> None:
    document = stancekit.annotate(text)
    assert speakers(document)[:1] in ([speaker], [])


# -- 3. a title after "the" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Profits at the brewer halved. The CEO said the firm would cut jobs.", "chief executive"),
        ("The Minister said the bridge would be rebuilt.", "minister"),
    ],
)
def test_title_after_the_is_a_person(text: str, role: str) -> None:
    document = stancekit.annotate(text)
    speaker = document.entity(document.statements[-1].speaker)
    assert speaker.type == "person"
    assert speaker.role == role


def test_title_after_the_refers_to_the_holder_named_before() -> None:
    document = stancekit.annotate("CEO Marta Lind opened the plant. The CEO said the firm would grow.")
    assert speakers(document) == ["Marta Lind"]


def test_a_paper_after_the_stays_a_body() -> None:
    document = stancekit.annotate("The Clarion said the firm would grow.")
    assert document.entity(document.statements[0].speaker).type == "organization"


# -- 4. a person for a body ----------------------------------------------------------------------


def test_person_for_a_body_speaks() -> None:
    document = stancekit.annotate("Tomas Hale for the Quarry Trust said the site would close in May.")
    assert speakers(document) == ["Tomas Hale"]


# -- 5. the subject of a coordinated "but said" ------------------------------------------------


def test_name_in_the_first_object_does_not_speak() -> None:
    text = "The regional water authority acknowledged the Harbour Council's worries but said the rents were too high."
    document = stancekit.annotate(text)
    said = [statement for statement in document.statements if statement.cue and statement.cue.text == "said"]
    assert [document.entity(statement.speaker).name for statement in said] == ["regional water authority"]


def test_name_opening_the_sentence_still_speaks() -> None:
    document = stancekit.annotate("Tomas Hale welcomed the Harbour Council's offer but said the rents were too high.")
    said = [statement for statement in document.statements if statement.cue and statement.cue.text == "said"]
    assert document.entity(said[0].speaker).name == "Tomas Hale"


# -- 6. a number inside an apposition ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Quay Tenants' Association, which has collected 4,500 signatures, said it would sue the city.",
            "Quay Tenants' Association",
        ),
        ("Marta Lind, who has led 1,200 dockers since 2019, said the strike would go on.", "Marta Lind"),
    ],
)
def test_comma_inside_a_number_opens_no_apposition(text: str, speaker: str) -> None:
    assert speakers(stancekit.annotate(text)) == [speaker]


# -- 7. a bare role before the name in an apposition -------------------------------------------


def test_bare_role_before_a_name_in_apposition() -> None:
    text = "The defence's second witness, forensic chemist Ivo Marsh, testified that the samples were mislabelled."
    assert speakers(stancekit.annotate(text)) == ["Ivo Marsh"]


def test_someone_else_named_in_apposition_does_not_speak() -> None:
    text = "The union's lawyer, a cousin of Lena Okafor, said the vote was void."
    assert "Lena Okafor" not in speakers(stancekit.annotate(text))


# -- 8. "quoted X as saying" -------------------------------------------------------------------


def test_quoted_as_saying_credits_the_person_quoted() -> None:
    text = "The state broadcaster quoted Deputy Fisheries Minister Omar Farid as saying the crews were unharmed."
    document = stancekit.annotate(text)
    assert speakers(document) == ["Omar Farid"]
    assert document.statements[0].content.text == "the crews were unharmed"


def test_as_saying_without_quoted_reports_nothing() -> None:
    assert stancekit.annotate("He was described as saying nothing useful.").statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Omar Farid visited the harbour. He was quoted as saying the crews were unharmed.",
        "Omar Farid has been quoted as saying that the crews were unharmed.",
    ],
)
def test_passive_quoted_as_saying_credits_the_subject(text: str) -> None:
    document = stancekit.annotate(text)
    assert speakers(document) == ["Omar Farid"]
    assert document.statements[0].content.text == "the crews were unharmed"
