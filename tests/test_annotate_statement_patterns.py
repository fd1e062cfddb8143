"""Statement patterns that unseen news showed: addressees of "told", transcripts, group sources.

Each sentence is written for its test, in the styles of wire copy, local news and interviews.
"""

from __future__ import annotations

import stancekit
from stancekit.model import Document, Statement


def _statements(text: str) -> tuple[Document, list[Statement]]:
    document = stancekit.annotate(text)
    return document, list(document.statements)


def _speaker_name(document: Document, statement: Statement) -> str | None:
    if statement.speaker is None:
        return None
    return next(entity.name for entity in document.entities if entity.id == statement.speaker)


def _by_cue(document: Document, cue: str) -> Statement:
    return next(statement for statement in document.statements if statement.cue.text == cue)


# -- an addressee the pack does not list -----------------------------------------------


def test_told_colleagues_that_cuts_the_addressee() -> None:
    """After "told", a short noun phrase before "that" is who was told, not what."""
    document, _ = _statements("Mayor Ines Duarte told colleagues that she would oppose any amendment.")
    assert _by_cue(document, "told").content.text == "she would oppose any amendment"


def test_told_a_longer_addressee_with_a_place_before_that() -> None:
    """ "told party members in Lagos that ...": the whole addressee goes, whatever its words."""
    document, _ = _statements("Governor Bola Adeyemi told party members in Lagos that the primary had been rigged.")
    assert _by_cue(document, "told").content.text == "the primary had been rigged"
    # A quoted show title after the addressee is no quotation of what was said.
    document, _ = _statements('Senator Ana Ruiz told MSNBC\'s "Morning Joe" that the bill would pass.')
    assert _by_cue(document, "told").content.text != "Morning Joe"


def test_told_an_addressee_then_a_quotation() -> None:
    """ "tells the party faithful: “...”": the quotation is the content."""
    document, _ = _statements("Senator Ruth Okafor told the party faithful: “We will never give up this seat.”")
    statement = _by_cue(document, "told")
    assert statement.content.text == "We will never give up this seat"
    assert statement.mode == "direct"


def test_told_an_addressee_then_a_pronoun_clause() -> None:
    """ "told a closed meeting of donors he would ...": the clause starts at its pronoun subject."""
    document, _ = _statements("Premier Jonas Lindqvist told a closed meeting of donors he would run again in 2027.")
    assert _by_cue(document, "told").content.text == "he would run again in 2027"


# -- transcripts and Q&A ------------------------------------------------------------


_INTERVIEW = """Chile's Mining Minister Tomas Achurra spoke to this newspaper on Tuesday.

Q: Producers say the new royalty will make Chilean lithium uncompetitive. Are they wrong?

Achurra: They said the same thing about copper. We support a profitable industry.

Q: Would you accept a lower royalty?

Achurra: If someone brings me that proposal, I will read it.
"""


def test_a_known_surname_label_makes_the_answer_a_direct_statement() -> None:
    """ "Achurra: ..." is a statement by Tomas Achurra, the whole answer, in direct speech."""
    document, statements = _statements(_INTERVIEW)
    answers = [statement for statement in statements if statement.cue.text == ":"]
    assert [_speaker_name(document, statement) for statement in answers] == ["Tomas Achurra", "Tomas Achurra"]
    assert answers[0].content.text == "They said the same thing about copper. We support a profitable industry"
    assert {statement.mode for statement in answers} == {"direct"}
    # "Q:" is nobody: no statement by a "Q", and the question's own cue is read as usual.
    assert "Q" not in {_speaker_name(document, statement) for statement in statements}
    assert _by_cue(document, "say").content.text == "the new royalty will make Chilean lithium uncompetitive"


def test_a_cue_inside_an_answer_reports_nothing_of_its_own() -> None:
    """ "They said the same thing" inside an answer is part of the answer (one statement per word)."""
    _, statements = _statements(_INTERVIEW)
    assert not any(statement.cue.text == "said" for statement in statements)


def test_capital_labels_of_a_transcript_take_turns() -> None:
    """ "WALLACE: ..." / "PENCE: ...": named speakers in capitals, the interviewer's questions included."""
    text = (
        "Partial transcript as follows:\n\n"
        "WALLACE: Will Gennifer Flowers be at the debate tomorrow night?\n\n"
        "PENCE: Gennifer Flowers will not be attending the debate.\n\n"
        "But the truth is that Donald Trump has a unique way of communicating.\n\n"
        "WALLACE: Governor, I want to try to get one more question in.\n"
    )
    document, statements = _statements(text)
    turns = [
        (_speaker_name(document, statement), text[slice(*statement.content.pieces[0])]) for statement in statements
    ]
    assert sorted(turns) == [
        ("Pence", "Gennifer Flowers will not be attending the debate"),
        ("Wallace", "Governor, I want to try to get one more question in"),
        ("Wallace", "Will Gennifer Flowers be at the debate tomorrow night?"),
    ]
    pence = next(statement for statement in statements if _speaker_name(document, statement) == "Pence")
    assert len(pence.content.pieces) == 2  # the unlabelled paragraph goes on with his answer
    # A roundup's rubrics in capitals ("BRAZIL:", "NORWAY:"), each once, name no one.
    roundup = (
        "Governments responded to the vote on Wednesday.\n\n"
        "BRAZIL: Brasília hailed the vote as a victory. A spokesman said Brazil would push for a treaty.\n\n"
        "NORWAY: Norway voted against. Its position reflects plans to drill, analysts noted.\n"
    )
    assert not any(statement.cue.text == ":" for statement in stancekit.annotate(roundup).statements)


def test_breaking_and_exclusive_labels_are_no_speakers() -> None:
    """ "Breaking: ..." and "Exclusive: ..." are rubrics, not people."""
    _, statements = _statements(
        "Exclusive: Ministers plan a fuel tax rise in March.\n\nBreaking: The port of Durban has closed.\n"
    )
    assert not any(statement.cue.text == ":" for statement in statements)


# -- group sources ---------------------------------------------------------------------


def test_a_people_in_two_places_is_the_group() -> None:
    """ "Palestinians in Gaza and the West Bank said": the Palestinians speak, not the West Bank."""
    document, _ = _statements("Palestinians in Gaza and the West Bank said they feared a new offensive.")
    statement = _by_cue(document, "said")
    assert _speaker_name(document, statement) == "Palestinians"
    assert statement.source is not None and statement.source.text.startswith("Palestinians")


def test_officials_in_washington_dc_are_officials() -> None:
    """ "Officials in Washington, D.C. said": "D.C." is part of the place, never a person."""
    document, _ = _statements("Officials in Washington, D.C. said the plan was dead.")
    assert _speaker_name(document, _by_cue(document, "said")) == "officials"
    assert all(entity.name != "D.C." for entity in document.entities)


def test_party_and_state_after_a_name_belong_to_the_name() -> None:
    """ "Sen. Cornel West, D-N.Y., said": the senator speaks, "D-N.Y." is no one."""
    document, _ = _statements("Sen. Cornel West, D-N.Y., said the bill would pass before the recess.")
    assert _speaker_name(document, _by_cue(document, "said")) == "Cornel West"
    assert all(entity.name != "D-N.Y." for entity in document.entities)


def test_one_surgeon_is_an_unnamed_speaker() -> None:
    """ "one surgeon, who asked not to be named, told reporters": someone unnamed, not nobody."""
    document, _ = _statements(
        '"We are operating on children by torchlight," one surgeon, who asked not to be named, told reporters.'
    )
    assert _speaker_name(document, _by_cue(document, "told")) == "surgeon"


def test_said_at_least_reports_a_clause() -> None:
    """ "said at least 12 people had been killed": "at least" is no place after the cue."""
    document, _ = _statements(
        "Doctors at the town's only functioning hospital said at least 12 people had been killed."
    )
    statement = _by_cue(document, "said")
    assert statement.content.text == "at least 12 people had been killed"
    assert _speaker_name(document, statement) == "doctors"
