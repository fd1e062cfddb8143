"""Statements after the twelfth held-out batch, each pinned with sentences of its own.

- a person's name after a title only ("Dr.", "Vice President") still opens the sentence, so the name and
  its apposition before the cue are the subject, not a content the cue closes;
- "that" after the words a cue's object ends at starts the reported clause: "X, a surgeon, told the
  board that ..." has no inverted source;
- an act verb after a subject with its name in apposition ("Its treasurer, Nadia Petrov, posted that ...")
  reports the clause or quotation after it;
- a name after a document's "by" is its author, a body when the entities stage did not know it ("a survey by
  Quantel");
- one unnamed person named by a role noun speaks ("an officer, who asked not to be named, said");
- a quotation whose "he", "she" or "they" has no antecedent is a statement of an unknown speaker.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(statement.speaker or ""), statement.content.text) for statement in document.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ward reopened. Dr. Lena Ortiz, a surgeon who trained in Lyon, told the board that beds were short.",
            "Lena Ortiz",
        ),
        (
            "The ward reopened. Vice President Omar Haddad, an economist, told the panel that growth would slow.",
            "Omar Haddad",
        ),
        (
            "Rain fell all week. Prof. Ilse Varga, a geologist at the institute, told the council that the slope held.",
            "Ilse Varga",
        ),
    ],
)
def test_a_titled_name_with_its_apposition_is_the_subject(text: str, speaker: str) -> None:
    found = statements(stancekit.annotate(text))
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].split()[0] in ("beds", "growth", "the")


def test_that_after_the_object_of_told_is_the_content() -> None:
    text = "The vote was close. Several of the founders, a small group by now, told the board that the fund was safe."
    contents = [content for _, content in statements(stancekit.annotate(text))]
    assert contents == ["the fund was safe"]


def test_an_inverted_source_still_reads_after_a_quote() -> None:
    # The trap: an inverted cue keeps its source when no "that" follows it.
    text = "“We will rebuild the pier,” said Marta Quist, the harbour master, on Monday."
    assert statements(stancekit.annotate(text)) == [("Marta Quist", "We will rebuild the pier")]


def test_an_act_after_a_subject_in_apposition_reports_its_clause() -> None:
    text = "Its treasurer, Nadia Petrov, posted on her blog that the club would sell the ground."
    assert statements(stancekit.annotate(text)) == [("Nadia Petrov", "the club would sell the ground")]


def test_an_act_after_a_subject_in_apposition_with_an_object_is_no_statement_but_a_stance() -> None:
    document = stancekit.annotate("The union's leader, Omar Bakri, criticised the rota.")
    assert statements(document) == []
    names = {entity.id: entity.name for entity in document.entities}
    assert [(names[stance.holder], stance.polarity, stance.target.text) for stance in document.stances] == [
        ("Omar Bakri", "oppose", "the rota")
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Turnout will fall, according to a survey by Quantel for the broadcaster.", "Quantel"),
        ("According to a poll by Verian Mori, most voters want a referendum.", "Verian Mori"),
    ],
)
def test_an_unknown_name_after_a_documents_by_is_its_author(text: str, author: str) -> None:
    assert [speaker for speaker, _ in statements(stancekit.annotate(text))] == [author]


def test_a_one_word_author_the_entities_stage_did_not_know_is_a_body() -> None:
    document = stancekit.annotate("Turnout will fall, according to a survey by Quantel.")
    assert {entity.name: entity.type for entity in document.entities}.get("Quantel") == "organization"


def test_a_weekday_after_by_is_no_author() -> None:
    document = stancekit.annotate("Turnout will fall, according to a survey due by Monday.")
    assert "Monday" not in {entity.name for entity in document.entities}


@pytest.mark.parametrize("role", ["officer", "teacher", "engineer", "lawyer"])
def test_one_unnamed_person_by_role_speaks(role: str) -> None:
    article = "a" if role[0] not in "aeiou" else "an"
    text = f"{article.capitalize()} {role}, who asked not to be named, said the ward would close in May."
    assert statements(stancekit.annotate(text)) == [(role, "the ward would close in May")]


@pytest.mark.parametrize("pronoun", ["she", "he", "they"])
def test_a_quotation_whose_pronoun_has_no_antecedent_keeps_its_statement(pronoun: str) -> None:
    # No person before the pronoun: the speaker is unknown, but the quotation is still a statement.
    text = f"The dam will open in May. “We will not wait,” {pronoun} said, “for the courts.”"
    assert statements(stancekit.annotate(text)) == [(None, "We will not wait for the courts")]


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal," her lead counsel, Ilse Varga, said.',
        '"We will appeal," Ilse Varga, her lead counsel, said outside the court.',
        '"We will appeal," the firm\'s chief lawyer, Ilse Varga, told reporters.',
    ],
)
def test_a_quotation_before_a_named_source_with_its_role_in_apposition(text: str) -> None:
    assert statements(stancekit.annotate(text)) == [("Ilse Varga", "We will appeal")]


def test_a_participle_after_in_or_a_determiner_is_an_adjective_no_cue() -> None:
    text = "In written evidence, the Dockers Guild contended that cranes were unsafe."
    assert [content for _, content in statements(stancekit.annotate(text))] == ["cranes were unsafe"]


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov."])
def test_an_inverted_source_reads_past_a_title_with_its_stop(title: str) -> None:
    text = f"“The checks are a walk-by,” said {title} Nadia Petrov, who chairs the panel."
    assert statements(stancekit.annotate(text)) == [("Nadia Petrov", "The checks are a walk-by")]
